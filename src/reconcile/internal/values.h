// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Values of claims and when two of them agree: figures with qualifiers as
// intervals, vague counts ("several", "dozens"), dates as day ranges, places
// and actors by country, causes by coarse class; and the number reader
// claims use on analysed text ("about 2 million", "three million",
// "600,000", "thirty-eight").
// Tested by disputes_test.cc (compatibility), claims_cause_test.cc (causes)
// and claims_test.cc (reader).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// A closed interval of plausible true values of a figure.
struct Interval {
  double lo = 0, hi = 0;
};

// The interval a stated figure allows. `value` is the number ("50"), `words`
// the figure as written ("almost 50 Azerbaijanis"), whose leading words refine
// the contract's qualifier (almost/nearly/close to are upper-side estimates,
// though the events stage writes them "about"). Vague counts have no number:
// their interval comes from the word ("several" [3,9], "dozens" [24,99]).
// Returns nullopt when neither gives a figure.
std::optional<Interval> FigureInterval(std::string_view normalized, std::string_view qualifier,
                                       std::string_view words);

// Returns true iff the two figures' intervals overlap.
bool FiguresCompatible(const DisputeValue& a, const DisputeValue& b);

// The day range [start, end] (ISO days) of an ISO date at any of the time
// stage's granularities the claims use: "2025-06-27", "2025-06", "2025";
// other forms ("2025-W26", "2025-Q3") fall back to their year. `tolerance_days`
// widens day dates (a date reckoned from "on Friday" may be off).
struct DayRange {
  int64_t start = 0, end = 0;  // days since 0000-03-01, comparable
};
std::optional<DayRange> DateRange(std::string_view iso, int tolerance_days = 0);

// The days a date value allows: its DateRange, widened by
// kRelativeDateToleranceDays for qualifier "about" (reckoned from a relative
// expression), and for "at_most" (a bound: no later than the date) every
// earlier day and a day of slack after. nullopt when not a date.
std::optional<DayRange> DateValueRange(const DisputeValue& v);

// Dates agree when their DateValueRanges overlap.
bool DatesCompatible(const DisputeValue& a, const DisputeValue& b);

// Places and actors agree when their normalised names share the first three
// letters (a country code: "rus" and "rusmil"), or either is shorter.
bool NamesCompatible(const DisputeValue& a, const DisputeValue& b);

// Dispatches on the value kind; booleans agree when equal.
// CAVEAT: causes are names too; compare them with CausesCompatible.
bool ValuesCompatible(const DisputeValue& a, const DisputeValue& b);

// The coarse class of a normalised cause ("air defence" -> "external
// attack", "heart failure" -> "medical"): the class of the longest entry of
// the cause table that is a whole-word part of `normalized`; "" when none is.
std::string_view CauseClass(std::string_view normalized);
// The words of that longest table entry ("air defence" for "russian air
// defence system"), "" when none: a stable normalised form of the cause.
std::string_view CauseKey(std::string_view normalized);

// Two causes disagree iff both have a class (CauseClass) and the classes
// differ ("bird strike" and "missile strike": nature, external attack),
// whatever head word they share. Same class agrees ("missile" and "air
// defence"); so does a cause of no known class with any other: one naming
// the other's head ("explosion", "gas cylinder explosion") is the same
// cause, and two unknown ones are not known to contradict each other.
bool CausesCompatible(const DisputeValue& a, const DisputeValue& b);

// The number "1e+06"-free: "2000000", "3.5".
std::string FormatNumber(double v);

// A figure read from the tokens of an analysed document.
struct ReadFigure {
  uint32_t begin = 0;     // first token (the qualifier's when there is one)
  uint32_t number = 0;    // first token of the number itself
  uint32_t end = 0;       // one past the last token of the number
  std::optional<double> value;  // unset for vague counts
  std::string qualifier = "exact";  // the contract's qualifier
};

// Reads the figure whose number starts at token `t` (digits "600,000", words
// "three", "thirty-eight", scaled by million/thousand..., or a vague count
// "several", "dozens of") with its qualifier words just before it (not before
// `floor`). Returns nullopt when token `t` starts no figure.
std::optional<ReadFigure> ReadFigureAt(const Document& doc, uint32_t t, uint32_t floor);

// Lower-case ASCII copy.
std::string Lower(std::string_view s);

// Returns true iff token `t` reads `word` (ASCII case-insensitive).
bool TokenIs(const Document& doc, uint32_t t, std::string_view word);

// Returns true iff the two actor codes name the same sector, or one names
// none ("RUS" against "RUSGOV").
bool SameSectorOrUnsaid(std::string_view a, std::string_view b);

// Returns true iff `s` is one or more ASCII digits.
bool AllDigits(std::string_view s);

}  // namespace riposte::reconcile::internal
