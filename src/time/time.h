// Riposte time stage: time expressions in news text, normalised against the
// document date; document date inference; event-date anchoring (issue 5).
//
//   riposte::temporal::Annotate(doc);          // after text::Analyze
//   for (const TimeExpression& t : doc.times) ...;   // "2025-06-27", day
//   auto when = riposte::temporal::DateOf(doc, verb_span);  // the event's date
//
// Recognition walks the analysed tokens; normalisation is relative to the
// document date (given, else inferred) and to the verb's tense in the
// expression's clause ("on Friday" in a past-tense report is the last Friday
// before the document date; "in February" is this year's February in the past
// tense and next year's when the clause is future and February has passed).
// "The following day", "two days later" and "the day before" count from the
// previous reference in the text, not from the document date.
//
// The namespace is `temporal`, not `time`, so that ::time() stays callable.
// Thread-safety: all functions are reentrant; they touch only `doc`.
#pragma once

#include <string>
#include <string_view>

#include "core/core.h"

namespace riposte::temporal {

// "day", "week", "month", "quarter", "season", "half", "year", "decade",
// "century", "duration", "none".
const char* GranularityName(TimeGranularity g);
// "absolute", "document", "previous".
const char* AnchorName(TimeAnchor a);

// Fills doc.times (replacing any) from an analysed document. Relative
// expressions are normalised against `date` (ISO, day precision needed for
// day-relative ones), else doc.date, else doc.date_inferred; with none of
// them they are kept with granularity kNone and an empty value.
void Recognize(Document& doc, std::string_view date = {});

// When doc.date is empty: infers the publication date from expressions
// anchored in the text (absolute dates of day precision in the present or
// past tense near the start, "on Friday, June 27"), sets doc.date_inferred
// with provenance "inferred" and the evidence quote, and returns true.
// Abstains (returns false, leaves date_inferred empty) when the evidence is
// weak or conflicting. Never touches doc.date. Uses doc.times (Recognize
// first).
bool InferDocumentDate(Document& doc);

// Recognize, then InferDocumentDate when the document has no date, then
// Recognize again against the inferred date.
void Annotate(Document& doc);

// The date of an event whose evidence (its verb) is `span`.
struct EventDate {
  std::string value;      // ISO at `precision`; "" when precision is "none"
  std::string start, end; // ISO days, inclusive
  std::string precision;  // "day", "week", "month", "quarter", "season", "year",
                          // "report" (the document date stood in), "none"
  int32_t expression = -1;  // index into doc.times, or -1 (report/none)
  std::string how;        // "clause", "sentence", "narrative", "report", "none"
  // With precision "report": the report's year ("2025") when the story has
  // already reached it and the act is told in the past (anchor.cc, step 4);
  // else "".
  std::string story_year;
};

// The time expression that governs `span`: one in the same clause first, then
// in the same sentence, then the nearest in the preceding narrative (the last
// expression of the earlier sentences of the paragraph, when the tense
// agrees); else the document date (given, else inferred) with precision
// "report"; else precision "none". Durations never date an event; the
// dateline or byline date is the report date, not an act's ("BAKU, Dec
// 26 — The jet that crashed on Wednesday was brought down": Wednesday),
// except for an act of the dateline's own sentence that nothing else dates;
// a date of a reduced relative dates only its participle ("detained six
// men suspected of murders committed in 2001": not 2001). anchor.cc has
// the full rules.
EventDate DateOf(const Document& doc, Span span);

}  // namespace riposte::temporal
