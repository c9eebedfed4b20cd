// Event-date anchoring: DateOf(doc, span) finds the time expression that
// governs an event whose evidence is `span` (its verb, or a longer quote).
//
// Algorithm. The event's anchor token is the head of the first verb group
// overlapping `span` (else the span's first token); its clause is the
// innermost clause of doc.clauses holding that token. Only "datable"
// expressions are considered: normalised (granularity not kNone) and of day,
// week, month, quarter, season, half or year granularity. Durations ("for
// four months") never date an event; decades and centuries are too coarse to
// be an event date and are skipped too. So are, except inside the
// evidence, the dateline or byline date (the report's date: "BAKU, Dec 26
// —"; internal/anchor_rules.h) and a date of a reduced relative's
// participle ("murders committed in 2001") for any verb but that
// participle. Then, first match wins:
//   1. clause    an expression overlapping `span` itself, else one whose
//                innermost clause is the anchor's clause; but when that one
//                follows another verb that is a speech verb ("..., sources
//                said on Thursday") and a relative clause on the event's
//                subject has a date ("the jet that crashed on Wednesday was
//                brought down"), the relative clause's date;
//   2. sentence  one anywhere in the anchor's sentence, except, for a speech
//                verb, those of the clause it reports ("said [that police
//                detained them on June 27]": the saying is not of that
//                day), and, for a verb in the plain present, past-tense ones
//                of clauses not enclosing it (the present is the report's
//                time: "Baku expects ..." beside "the plane that crashed
//                last Wednesday"); failing these, the dateline that opens
//                the anchor's own sentence ("OSLO, May 5 — Police arrested
//                ...": the lead's news is of the dateline's day);
//   3. narrative the last datable expression (of its sentence's main clause
//                when it has one) of the earlier sentences of the
//                same paragraph, or, when they hold none, of the previous
//                paragraph, and failing that of the ones before it, up to
//                three (kNarrativeParagraphs: web news puts one or two sentences in
//                a paragraph and carries the story's date across them), when
//                its tense agrees with the event's (a future-tense
//                expression never dates a past event and vice versa);
//                expressions bounding a period ("since December", "until",
//                "before", "after"), dates naming an entity ("the 2020
//                war", "Monday's search"), the dateline and reduced
//                relatives' dates do not carry a narrative and are passed;
//                when none is found so far back but every expression of the
//                text before is the report's own day (a same-day report),
//                that day;
//                paragraphs are separated by blank lines, or by line breaks
//                in a text that has no blank line within kParagraphProbe
//                bytes (one paragraph a line, as web extractions give);
//   4. report    the document date (doc.date, else doc.date_inferred),
//                precision "report". When that date is known to the day or
//                month, the event is told in the past or present perfect (the
//                plain present is the report's own day), and an earlier
//                datable expression of the document falls in the report's
//                year (the story's timeline has reached that year; an act
//                named by a noun counts as told in the past even in a
//                present-tense clause),
//                EventDate::story_year is that year: an act told without a
//                date in a story of this year's events is this year's, as
//                far as the text commits. The events stage dates such acts
//                by it;
//   5. none.
// Within steps 1 and 2 candidates are ranked by: no other verb group between
// the expression and the event (an expression next to its verb group, on
// either side, is attached to it: "On June 27, police detained ...", "police
// detained 50 people on June 27"); then a prepositional phrase after the
// event ("... detained them on Friday"); then byte distance.
// A half year ("2025-H1") is reported at precision "year" with the half's
// interval, since the Event contract has no half precision.
//
// Tested by anchor_test.cc and anchor_attach_test.cc.
#include <algorithm>
#include <cstdint>
#include <tuple>

#include "text/text.h"
#include "time/internal/anchor_rules.h"
#include "time/internal/calendar.h"
#include "time/time.h"

namespace riposte::temporal {
namespace {

using internal::ClauseOf;
using internal::Encloses;
using internal::ReportedUnder;
using internal::SentenceAt;
using internal::TenseOfToken;
using internal::TokenAt;
using internal::TokenBefore;
using internal::VerbGroupBetween;
using internal::VerbOfClause;

constexpr size_t kYearLen = 4;  // "2025" of "2025-H1"
// How many paragraphs before the event's own the narrative may reach back
// when the nearer ones hold no expression (one-sentence paragraphs of web
// news continue the same story). Measured on the seeds and the demo corpus
// with the events stage: 2 -> 3 raised seed recall 40 -> 42 of 81 and demo
// recall 26 -> 27 of 53; 4 gave less.
constexpr int kNarrativeParagraphs = 3;
// Bytes around the event's sentence searched for a blank line.
constexpr size_t kParagraphProbe = 8192;

bool Datable(const TimeExpression& t) {
  switch (t.granularity) {
    case TimeGranularity::kDay: case TimeGranularity::kWeek: case TimeGranularity::kMonth:
    case TimeGranularity::kQuarter: case TimeGranularity::kSeason: case TimeGranularity::kHalf:
    case TimeGranularity::kYear:
      return !t.value.empty();
    default:
      return false;
  }
}

// "since December", "until 2026", "before July", "after the war": they
// bound a state or another event; they do not carry the narrative's date.
bool OpensOrClosesAPeriod(const TimeExpression& t) {
  return t.mod == "since" || t.mod == "until" || t.mod == "before" || t.mod == "after";
}

EventDate FromExpression(const Document& doc, int32_t index, const char* how) {
  const TimeExpression& t = doc.times[index];
  EventDate d;
  d.value = t.value;
  d.precision = GranularityName(t.granularity);
  if (t.granularity == TimeGranularity::kHalf) {
    d.value = t.value.substr(0, kYearLen);
    d.precision = "year";
  }
  d.start = t.start;
  d.end = t.end;
  d.expression = index;
  d.how = how;
  return d;
}

EventDate FromReport(const Document& doc) {
  EventDate d;
  const std::string& date = doc.ReportDate();
  int precision = 0;
  const auto ymd = date.empty() ? std::nullopt : internal::ParseIsoDate(date, &precision);
  if (!ymd) {
    d.precision = "none";
    d.how = "none";
    return d;
  }
  if (precision >= 3) {
    d.value = d.start = d.end = internal::FormatDay(*ymd);
  } else if (precision == 2) {
    d.value = internal::FormatMonth(ymd->year, ymd->month);
    d.start = internal::FormatDay(internal::Ymd{ymd->year, ymd->month, 1});
    d.end = internal::FormatDay(
        internal::Ymd{ymd->year, ymd->month, internal::DaysInMonth(ymd->year, ymd->month)});
  } else {
    d.value = internal::FormatYear(ymd->year);
    d.start = internal::FormatDay(internal::Ymd{ymd->year, 1, 1});
    d.end = internal::FormatDay(internal::Ymd{ymd->year, 12, 31});
  }
  d.precision = "report";
  d.how = "report";
  return d;
}

// Step 4's story year (file comment), or "" when the story has not reached
// the report's year before `before`.
std::string StoryYear(const Document& doc, const EventDate& report, Offset before, Tense tense,
                      bool perfect) {
  // The future is not told; the plain present is the report's own day.
  if (tense == Tense::kFuture || (tense == Tense::kPresent && !perfect)) return "";
  if (report.precision != "report" || report.value.size() < 7) return "";  // a day or a month
  const std::string_view year = std::string_view(report.value).substr(0, kYearLen);
  for (const TimeExpression& t : doc.times) {
    if (t.span.begin >= before) break;
    if (Datable(t) && t.start.size() >= kYearLen && std::string_view(t.start).substr(0, kYearLen) == year) {
      return std::string(year);
    }
  }
  return "";
}

// Returns true iff sentences `earlier` < `later` are in one paragraph.
bool SameParagraph(const Document& doc, int32_t earlier, int32_t later, bool blank_lines) {
  const Offset from = doc.sentences[earlier].span.end;
  const Offset to = doc.sentences[later].span.begin;
  const std::string_view gap = std::string_view(doc.text).substr(from, to - from);
  if (!blank_lines) return gap.find('\n') == std::string_view::npos;
  size_t newlines = 0;
  for (char c : gap) {
    if (c == '\n') {
      if (++newlines == 2) return false;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      newlines = 0;
    }
  }
  return true;
}

// Returns true iff a datable expression `t` can carry the narrative to
// later sentences: not a bound of a period, not a date naming an entity,
// not the dateline (the report's date), not the date of a reduced relative
// ("murders committed in 2001": background, not the story's date).
bool CarriesNarrative(const Document& doc, const TimeExpression& t) {
  return !OpensOrClosesAPeriod(t) && !internal::NamesAnEntity(doc, t) && !internal::IsDateline(doc, t) &&
         internal::ModifierParticiple(doc, t) < 0;
}

// The last expression before `before` that can carry the narrative, when
// every such expression of the text so far names the report's own day (a
// same-day report: "crashed on Wednesday", "earlier in the day" in a
// report of that Wednesday), else -1. The story then has a single date,
// however many paragraphs back the text gave it, and an undated act told
// later belongs to it (kNarrativeParagraphs bounds stories of several days).
int32_t OnlyDateOfTheStory(const Document& doc, Offset before) {
  const std::string& report = doc.ReportDate();
  int32_t last = -1;
  for (size_t time_idx = 0; time_idx < doc.times.size(); ++time_idx) {
    const TimeExpression& t = doc.times[time_idx];
    if (t.span.begin >= before) break;
    if (!Datable(t) || !CarriesNarrative(doc, t)) continue;
    if (t.granularity != TimeGranularity::kDay || t.value != report) return -1;
    last = static_cast<int32_t>(time_idx);
  }
  return last;
}

bool TensesAgree(Tense event, Tense expression) {
  return !((event == Tense::kPast && expression == Tense::kFuture) ||
           (event == Tense::kFuture && expression == Tense::kPast));
}

}  // namespace

EventDate DateOf(const Document& doc, Span span) {
  if (!doc.Valid(span) || doc.tokens.empty()) return FromReport(doc);
  // The anchor: the first verb group in the span, else the span's first token.
  const int32_t first = TokenAt(doc, span.begin);
  const int32_t last = std::max(first, TokenBefore(doc, std::max(span.end, span.begin + 1)));
  if (first < 0) return FromReport(doc);
  int32_t anchor = first, own_vg = -1;
  const size_t overlapping = internal::FirstNotBefore(
      doc.phrases.size(), [&](size_t i) { return doc.phrases[i].end <= static_cast<uint32_t>(first); });
  for (size_t phrase_idx = overlapping; phrase_idx < doc.phrases.size(); ++phrase_idx) {
    const Phrase& p = doc.phrases[phrase_idx];
    if (p.begin > static_cast<uint32_t>(last)) break;
    if (p.kind == PhraseKind::kVerbGroup && p.end > static_cast<uint32_t>(first)) {
      own_vg = static_cast<int32_t>(phrase_idx);
      anchor = p.head >= 0 ? p.head : static_cast<int32_t>(p.begin);
      break;
    }
  }
  const int32_t clause = ClauseOf(doc, anchor);
  const int32_t sentence = SentenceAt(doc, doc.tokens[anchor].span.begin);
  const Span sentence_span = sentence >= 0 ? doc.sentences[sentence].span : span;

  // Ranks the datable expressions of the sentence; the best one in the
  // clause, else the best in the sentence, governs. The dateline and a date
  // of a reduced relative's participle date no other verb (anchor_rules.h).
  const bool speech_event = own_vg >= 0 && internal::IsSpeechVerb(doc, own_vg);
  const bool plain_present = own_vg >= 0 && doc.phrases[own_vg].tense == Tense::kPresent &&
                             !doc.phrases[own_vg].perfect;
  using Rank = std::tuple<bool, bool, uint32_t>;  // verb between, not a following PP, distance
  int32_t best_clause = -1, best_sentence = -1, subject_relative = -1;
  bool clause_speech = false;  // the best in the clause dates another verb's saying
  Rank rank_clause{}, rank_sentence{};
  for (size_t time_idx = 0; time_idx < doc.times.size(); ++time_idx) {
    const TimeExpression& t = doc.times[time_idx];
    if (t.span.end <= sentence_span.begin) continue;
    if (t.span.begin >= sentence_span.end) break;
    if (!Datable(t)) continue;
    const int32_t idx = static_cast<int32_t>(time_idx);
    if (t.span.begin < span.end && span.begin < t.span.end) {  // inside the evidence
      return FromExpression(doc, idx, "clause");
    }
    if (internal::IsDateline(doc, t)) continue;
    const int32_t participle = internal::ModifierParticiple(doc, t);
    if (participle >= 0 && participle != own_vg) continue;
    const int32_t t_first = TokenAt(doc, t.span.begin);
    const int32_t t_last = std::max(t_first, TokenBefore(doc, t.span.end));
    const int32_t t_clause = ClauseOf(doc, t_first);
    // What a speaker said happened is not when the speaker said it.
    if (speech_event && ReportedUnder(doc, t_clause, clause)) continue;
    const bool after = t.span.begin >= span.end;
    const bool verb_between = after ? VerbGroupBetween(doc, last + 1, t_first, own_vg)
                                    : VerbGroupBetween(doc, t_last + 1, first, own_vg);
    bool following_pp = false;
    if (after && t_first > 0) {
      following_pp = doc.tokens[t_first - 1].tag == text::Id(text::Tag::IN);
    }
    const uint32_t distance = after ? t.span.begin - span.end : span.begin - t.span.end;
    const Rank rank{verb_between, !following_pp, distance};
    if (clause >= 0 && t_clause == clause) {
      if (best_clause < 0 || rank < rank_clause) {
        best_clause = idx;
        rank_clause = rank;
        const int32_t speech = internal::SpeechVerbBefore(doc, t);
        clause_speech = speech >= 0 && speech != own_vg;
      }
    } else if (t_clause >= 0 && clause >= 0 && doc.clauses[t_clause].parent == clause &&
               doc.clauses[t_clause].kind == ClauseKind::kRelative && !after) {
      subject_relative = idx;  // "the jet that crashed on Wednesday [was brought down]"
    }
    // A past act told in another clause (not one enclosing the event's)
    // does not date a state in the plain present ("Baku expects ..." beside
    // "the plane that crashed last Wednesday"): the present is the report's
    // time; "Baku said on Monday that it expects" keeps Monday.
    if (plain_present && t_clause >= 0 && !Encloses(doc, t_clause, clause) &&
        TenseOfToken(doc, t_first) == Tense::kPast) {
      continue;
    }
    if (best_sentence < 0 || rank < rank_sentence) {
      best_sentence = idx;
      rank_sentence = rank;
    }
  }
  // "The jet that crashed on Wednesday was brought down ..., sources said on
  // Thursday": the relative clause on the event's subject tells the act,
  // the speech verb's date only when it was told.
  if (best_clause >= 0 && clause_speech && subject_relative >= 0) {
    return FromExpression(doc, subject_relative, "sentence");
  }
  if (best_clause >= 0) return FromExpression(doc, best_clause, "clause");
  if (best_sentence >= 0) return FromExpression(doc, best_sentence, "sentence");
  // The lead's own acts, with no other date: the dateline's day.
  for (size_t time_idx = 0; time_idx < doc.times.size(); ++time_idx) {
    const TimeExpression& t = doc.times[time_idx];
    if (t.span.begin >= sentence_span.end) break;
    if (t.span.end <= sentence_span.begin || !Datable(t) || !internal::IsDateline(doc, t)) continue;
    return FromExpression(doc, static_cast<int32_t>(time_idx), "sentence");
  }

  // Narrative: the last datable expression before this sentence, in its
  // paragraph or the kNarrativeParagraphs before it.
  if (sentence > 0) {
    // Paragraphs are blank-line separated when a blank line is near (probing
    // the whole text on every call would make a document's events quadratic).
    const size_t probe_from = sentence_span.begin > kParagraphProbe ? sentence_span.begin - kParagraphProbe : 0;
    const std::string_view near =
        std::string_view(doc.text).substr(probe_from, sentence_span.end + kParagraphProbe - probe_from);
    const bool blank_lines =
        near.find("\n\n") != std::string_view::npos || near.find("\n\r\n") != std::string_view::npos;
    // The paragraph's first sentence, or that of up to kNarrativeParagraphs
    // earlier ones while no expression is found.
    int32_t start_sentence = sentence;
    for (int paragraphs = 0; paragraphs <= kNarrativeParagraphs && start_sentence > 0; ++paragraphs) {
      if (paragraphs > 0) --start_sentence;  // step into the previous paragraph
      while (start_sentence > 0 && SameParagraph(doc, start_sentence - 1, start_sentence, blank_lines)) {
        --start_sentence;
      }
      bool found = false;
      for (const TimeExpression& t : doc.times) {
        if (t.span.begin >= sentence_span.begin) break;
        found = found || (t.span.begin >= doc.sentences[start_sentence].span.begin && Datable(t) &&
                          CarriesNarrative(doc, t));
      }
      if (found) break;
    }
    // The last datable expression carries the narrative; within its
    // sentence, one of the main clause wins over one in a reported or
    // subordinate clause ("acknowledged on Thursday that ... crashed last
    // December": the story is on Thursday).
    const Offset from = doc.sentences[start_sentence].span.begin;
    int32_t pick = -1, pick_sentence = -1;
    for (size_t time_idx = doc.times.size(); time_idx-- > 0;) {
      const TimeExpression& t = doc.times[time_idx];
      if (t.span.begin >= sentence_span.begin) continue;
      if (t.span.begin < from) break;
      if (!Datable(t) || !CarriesNarrative(doc, t)) continue;
      const int32_t ts = SentenceAt(doc, t.span.begin);
      if (pick >= 0 && ts != pick_sentence) break;
      const int32_t tc = ClauseOf(doc, TokenAt(doc, t.span.begin));
      const bool main_clause = tc < 0 || doc.clauses[tc].parent < 0;
      if (pick < 0 || main_clause) {
        pick = static_cast<int32_t>(time_idx);
        pick_sentence = ts;
      }
      if (main_clause) break;
    }
    if (pick < 0) pick = OnlyDateOfTheStory(doc, sentence_span.begin);
    if (pick >= 0) {
      const Tense event_tense = own_vg >= 0 ? doc.phrases[own_vg].tense : TenseOfToken(doc, anchor);
      if (TensesAgree(event_tense, TenseOfToken(doc, TokenAt(doc, doc.times[pick].span.begin)))) {
        return FromExpression(doc, pick, "narrative");
      }
    }
  }
  const int32_t verb = own_vg >= 0 ? own_vg : VerbOfClause(doc, clause);
  Tense tense = verb >= 0 ? doc.phrases[verb].tense : Tense::kNone;
  // A nominal act ("Aliyev's recent call with Zelenskyy helps Baku ...",
  // "arrests continue") is not told in its clause's plain present: that
  // verb tells a state or a consequence, and the act itself lies at or
  // before the report.
  if (own_vg < 0 && tense == Tense::kPresent) tense = Tense::kPast;
  EventDate report = FromReport(doc);
  report.story_year = StoryYear(doc, report, sentence_span.begin, tense,
                                verb >= 0 && doc.phrases[verb].perfect);
  return report;
}

}  // namespace riposte::temporal
