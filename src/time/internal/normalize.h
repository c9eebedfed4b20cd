// INTERNAL to the time stage: use time/time.h instead. This header may
// change in backwards-incompatible ways.
//
// Normalisation of a Parsed expression (match.h) into a TimeExpression's
// value, granularity, interval, mod and anchor, against the document date,
// the tense of the expression's clause and the previous dated expression.
#pragma once

#include <cstdint>
#include <optional>

#include "core/core.h"
#include "time/internal/match.h"

namespace riposte::temporal::internal {

// How the clause's tense places a year-less date: before the document date
// (past, and the default), after it (future), or nearest to it (the simple
// present of schedules: "the trial starts on July 15").
// How the expression's clause places it in time: past, present (a weekday
// reads as past: the historic present of headlines), future, or nearest
// (a non-finite verb, "to attend on Thursday": the nearest occurrence).
enum class Reading : uint8_t { kPast, kPresent, kFuture, kNearest };

struct NormalizeContext {
  std::optional<int64_t> document_day;  // day number of the document date
  Reading reading = Reading::kPast;     // from the tense of the expression's clause
  int32_t previous = -1;                // index in doc.times of the last day-dated expression
  int64_t previous_day = 0;             // its day number (start), when previous >= 0
};

// Fills value, granularity, start, end, mod, anchor, previous and rule of
// `out` (not its span). Conventions (documented in recognize.cc):
//   parts: early/mid/late = first/middle/last third of the period (a year:
//   Jan-Apr, May-Aug, Sep-Dec; a month: days 1-10, 11-20, 21-end);
//   seasons are meteorological, northern: SP Mar-May, SU Jun-Aug, FA Sep-Nov,
//   WI Dec of the year to Feb of the next; centuries: "the 20th century" is
//   value "19", 1900-01-01..1999-12-31 (ISO 8601's two-digit century).
void Normalize(const Parsed& p, const NormalizeContext& ctx, TimeExpression* out);

}  // namespace riposte::temporal::internal
