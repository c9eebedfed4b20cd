// Normalisation of Parsed expressions: ISO values at a granularity, the
// inclusive interval of days, mod and anchor.
//
// Year-less expressions ("27 June", "in February", "the summer", "Q3") take
// the year of the occurrence nearest the document date: in the past tense
// (the default for news) the latest one that has started by the document
// date; in the future tense the earliest one that has not ended by it; in
// the simple present (schedules) the one nearest the document date;
// "last X" is the latest that ended before the document date, "next X" the
// earliest that starts after it, "this X" the one of the document's year.
// Weekdays work alike on days ("on Friday" in the past: the latest Friday on
// or before the document date; wire copy names the publication day by its
// weekday too). Counted units are calendar arithmetic from the document
// date ("two weeks ago": the ISO week of the day 14 days before) or from the
// previous dated expression ("two days later"). Tested by recognize*_test.cc.
#include "time/internal/normalize.h"

#include <cstdint>
#include <cstdio>
#include <string>

#include "time/internal/calendar.h"

namespace riposte::temporal::internal {
namespace {

struct Interval {
  int64_t start = 0, end = 0;
  bool valid = true;  // false for February 29 of a common year
};

int64_t Day(int y, int m, int d) { return DaysFromCivil(Ymd{y, m, d}); }
Interval YearSpan(int y) { return {Day(y, 1, 1), Day(y, 12, 31)}; }
Interval MonthSpan(int y, int m) { return {Day(y, m, 1), Day(y, m, DaysInMonth(y, m))}; }
Interval MonthsSpan(int y, int first, int last) {
  return {Day(y, first, 1), Day(y, last, DaysInMonth(y, last))};
}
Interval QuarterSpan(int y, int q) { return MonthsSpan(y, 3 * q - 2, 3 * q); }
Interval HalfSpan(int y, int h) { return MonthsSpan(y, 6 * h - 5, 6 * h); }
Interval SeasonSpan(int y, int s) {
  if (s == 3) return {Day(y, 12, 1), Day(y + 1, 2, DaysInMonth(y + 1, 2))};
  return MonthsSpan(y, 3 + 3 * s, 5 + 3 * s);
}

// Adds `n` months to (y, m).
void AddMonths(int* y, int* m, int n) {
  const int total = *y * 12 + (*m - 1) + n;
  *y = total / 12;
  *m = total % 12 + 1;
}

// The year of the occurrence of a yearly period (span(year)) that the
// document date, tense and shift select (see the file comment).
template <typename SpanOf>
int ChooseYear(SpanOf span_of, int64_t doc, Reading reading, int shift) {
  const bool future = reading == Reading::kFuture;
  constexpr int kReach = 5;  // years looked at on each side (a leap day is within 4)
  const int doc_year = CivilFromDays(doc).year;
  if (shift == 0) {
    for (int y = doc_year - 1; y <= doc_year; ++y) {
      const Interval iv = span_of(y);
      if (iv.valid && iv.start <= doc && doc <= iv.end) return y;
    }
    return doc_year;
  }
  if (shift == kNoShift && (reading == Reading::kPresent || reading == Reading::kNearest)) {
    int best = doc_year;
    int64_t best_distance = INT64_MAX;
    for (int y = doc_year - kReach; y <= doc_year + kReach; ++y) {
      const Interval iv = span_of(y);
      if (!iv.valid) continue;
      const int64_t distance = iv.start > doc ? iv.start - doc : iv.end < doc ? doc - iv.end : 0;
      if (distance < best_distance) best = y, best_distance = distance;
    }
    return best;
  }
  if (shift == -1 || (shift == kNoShift && !future)) {
    for (int y = doc_year + 1; y >= doc_year - kReach; --y) {
      const Interval iv = span_of(y);
      if (iv.valid && (shift == -1 ? iv.end < doc : iv.start <= doc)) return y;
    }
    return doc_year - 1;
  }
  for (int y = doc_year - 1; y <= doc_year + kReach; ++y) {
    const Interval iv = span_of(y);
    if (iv.valid && (shift == 1 ? iv.start > doc : iv.end >= doc)) return y;
  }
  return doc_year + 1;
}

std::string Printf(const char* format, int a, int b = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, a, b);
  return buf;
}

// Narrows `iv` to the first, middle or last third of the period.
Interval Narrow(Interval iv, Part part, TimeGranularity g) {
  if (part == Part::kNone || g == TimeGranularity::kDay) return iv;
  const Ymd s = CivilFromDays(iv.start);
  const int index = part == Part::kEarly ? 0 : part == Part::kMid ? 1 : 2;
  switch (g) {
    case TimeGranularity::kYear: return MonthsSpan(s.year, 1 + 4 * index, 4 + 4 * index);
    case TimeGranularity::kMonth: {
      const int last = DaysInMonth(s.year, s.month);
      const int from[] = {1, 11, 21}, to[] = {10, 20, last};
      return {Day(s.year, s.month, from[index]), Day(s.year, s.month, to[index])};
    }
    case TimeGranularity::kDecade: case TimeGranularity::kCentury: {
      const int step = g == TimeGranularity::kDecade ? 1 : 10;
      const int from[] = {0, 3, 7}, to[] = {2, 6, 9};
      return {YearSpan(s.year + from[index] * step).start,
              YearSpan(s.year + to[index] * step + step - 1).end};
    }
    default: {
      const int64_t third = (iv.end - iv.start + 1) / 3;
      if (index == 0) return {iv.start, iv.start + third - 1};
      if (index == 2) return {iv.end - third + 1, iv.end};
      return {iv.start + third, iv.end - third};
    }
  }
}

const char* ModName(PrefixMod prefix, Part part) {
  switch (prefix) {
    case PrefixMod::kSince: return "since";
    case PrefixMod::kUntil: return "until";
    case PrefixMod::kBefore: return "before";
    case PrefixMod::kAfter: return "after";
    case PrefixMod::kApprox: return "approx";
    default: break;
  }
  switch (part) {
    case Part::kEarly: return "early";
    case Part::kMid: return "mid";
    case Part::kLate: return "late";
    default: return "";
  }
}

char DurationLetter(Unit u) {
  switch (u) {
    case Unit::kDay: return 'D';
    case Unit::kWeek: case Unit::kFortnight: return 'W';
    case Unit::kYear: case Unit::kDecade: case Unit::kCentury: return 'Y';
    default: return 'M';  // months, and minutes after "PT"
  }
}

// Builds the result of a period at granularity `g` starting in `iv`.
struct Period {
  TimeGranularity g = TimeGranularity::kNone;
  Interval iv;
  std::string value;
};

Period DayResult(int64_t day) { return {TimeGranularity::kDay, {day, day}, FormatDay(day)}; }
Period MonthResult(int y, int m) { return {TimeGranularity::kMonth, MonthSpan(y, m), FormatMonth(y, m)}; }
Period YearResult(int y) { return {TimeGranularity::kYear, YearSpan(y), FormatYear(y)}; }
Period WeekResult(int64_t day) {
  const IsoWeek w = IsoWeekOf(day);
  const int64_t monday = MondayOfIsoWeek(w.year, w.week);
  return {TimeGranularity::kWeek, {monday, monday + 6}, FormatWeek(w)};
}
Period DateResult(int y, int m, int d) {
  if (d != 0) return DayResult(Day(y, m, d));
  if (m != 0) return MonthResult(y, m);
  return YearResult(y);
}
Period QuarterResult(int y, int q) {
  return {TimeGranularity::kQuarter, QuarterSpan(y, q), Printf("%04d-Q%d", y, q)};
}
Period HalfResult(int y, int h) { return {TimeGranularity::kHalf, HalfSpan(y, h), Printf("%04d-H%d", y, h)}; }
Period SeasonResult(int y, int s) {
  return {TimeGranularity::kSeason, SeasonSpan(y, s), FormatYear(y) + "-" + SeasonCode(s)};
}

// Shifts `day` by `n` units and returns the period at the unit's granularity
// (days and weeks counted give days when `days_for_weeks`).
Period Shift(int64_t day, Unit unit, int n, bool week_granularity) {
  Ymd d = CivilFromDays(day);
  switch (unit) {
    case Unit::kWeek:
      return week_granularity ? WeekResult(day + 7LL * n) : DayResult(day + 7LL * n);
    case Unit::kFortnight: return DayResult(day + 14LL * n);
    case Unit::kMonth: AddMonths(&d.year, &d.month, n); return MonthResult(d.year, d.month);
    case Unit::kQuarter: {
      int y = d.year, m = (d.month - 1) / 3 * 3 + 1;
      AddMonths(&y, &m, 3 * n);
      return QuarterResult(y, (m - 1) / 3 + 1);
    }
    case Unit::kYear: return YearResult(d.year + n);
    case Unit::kDecade: return YearResult(d.year + 10 * n);
    case Unit::kCentury: return YearResult(d.year + 100 * n);
    case Unit::kDay: return DayResult(day + n);
    case Unit::kHour: return DayResult(day + n / 24);
    default: return DayResult(day);  // minutes stay on the day
  }
}

}  // namespace

void Normalize(const Parsed& p, const NormalizeContext& ctx, TimeExpression* out) {
  out->mod = ModName(p.prefix, p.part);
  out->rule = p.rule;
  out->anchor = TimeAnchor::kAbsolute;
  out->previous = -1;
  Period r;
  const bool has_doc = ctx.document_day.has_value();
  const int64_t doc = has_doc ? *ctx.document_day : 0;
  const int doc_year = has_doc ? CivilFromDays(doc).year : 0;
  bool relative = false;  // needs the document date
  switch (p.kind) {
    case Kind::kDate: {
      int y = p.year;
      if (y == 0) {
        relative = true;
        if (!has_doc) break;
        y = ChooseYear(
            [&](int year) {
              if (p.day == 0) return MonthSpan(year, p.month);
              const int64_t day = Day(year, p.month, p.day);
              return Interval{day, day, IsValid(Ymd{year, p.month, p.day})};
            },
            doc, ctx.reading, p.shift);
      }
      r = DateResult(y, p.month, p.day);
      if (p.day2 != 0 && IsValid(Ymd{y, p.month, p.day2})) {  // "June 5-7"
        r.iv.end = Day(y, p.month, p.day2);
        r.value += "/" + FormatDay(r.iv.end);
      }
      break;
    }
    case Kind::kWeekday: {
      relative = true;
      if (!has_doc) break;
      const int back = (Weekday(doc) - p.index + 7) % 7, ahead = (p.index - Weekday(doc) + 7) % 7;
      int64_t day = 0;
      if (p.shift == -1) day = doc - (back == 0 ? 7 : back);
      else if (p.shift == 1) day = doc + (ahead == 0 ? 7 : ahead);
      else if (p.shift == 0) day = doc - Weekday(doc) + p.index;
      else if (ctx.reading == Reading::kNearest) day = ahead < back ? doc + ahead : doc - back;
      else day = ctx.reading == Reading::kFuture ? doc + ahead : doc - back;
      r = DayResult(day);
      // Weekdays in the present tense read as past: news headlines use the
      // historic present ("Putin apologises on Saturday"). A non-finite verb
      // ("to attend on Thursday") takes the nearest one.
      if (p.shift == kNoShift) {
        out->rule = ctx.reading == Reading::kNearest ? (ahead < back ? "weekday-future" : "weekday-past")
                    : ctx.reading == Reading::kFuture ? "weekday-future" : "weekday-past";
      }
      break;
    }
    case Kind::kRelativeDay:
      relative = true;
      if (has_doc) r = DayResult(doc + p.amount);
      break;
    case Kind::kShifted:
      relative = true;
      if (has_doc) r = Shift(doc, p.unit, p.shift, true);
      break;
    case Kind::kAgo:
      relative = true;
      if (has_doc) r = Shift(doc, p.unit, -p.amount, true);
      break;
    case Kind::kPrevious:
      if (ctx.previous >= 0) {
        r = Shift(ctx.previous_day, p.unit, p.amount, false);
        out->anchor = TimeAnchor::kPrevious;
        out->previous = ctx.previous;
      } else {
        // "Two days later" with no earlier date: later than what the text
        // does not say. Abstain (granularity none) rather than count from
        // the document date.
        relative = true;
      }
      break;
    case Kind::kDecade:
      r = {TimeGranularity::kDecade, {YearSpan(p.year).start, YearSpan(p.year + 9).end},
           Printf("%03d", p.year / 10)};
      break;
    case Kind::kCentury: {
      const int first = (p.index - 1) * 100;
      r = {TimeGranularity::kCentury, {YearSpan(first).start, YearSpan(first + 99).end},
           Printf("%02d", p.index - 1)};
      break;
    }
    case Kind::kSeason: case Kind::kQuarter: case Kind::kHalf: {
      auto span_of = [&](int y) {
        return p.kind == Kind::kSeason ? SeasonSpan(y, p.index)
               : p.kind == Kind::kQuarter ? QuarterSpan(y, p.index) : HalfSpan(y, p.index);
      };
      int y = p.year;
      if (y == 0) {
        relative = true;
        if (!has_doc) break;
        y = p.rel_year != kNoShift ? doc_year + p.rel_year : ChooseYear(span_of, doc, ctx.reading, p.shift);
      }
      r = p.kind == Kind::kSeason ? SeasonResult(y, p.index)
          : p.kind == Kind::kQuarter ? QuarterResult(y, p.index) : HalfResult(y, p.index);
      break;
    }
    case Kind::kDuration: {
      int n = p.amount;
      if (p.unit == Unit::kDecade) n *= 10;
      if (p.unit == Unit::kCentury) n *= 100;
      if (p.unit == Unit::kFortnight) n *= 2;
      const bool clock = p.unit == Unit::kHour || p.unit == Unit::kMinute;
      r.g = TimeGranularity::kDuration;
      r.value = (clock ? "PT" : "P") + std::to_string(n) +
                (p.unit == Unit::kHour ? 'H' : DurationLetter(p.unit));
      break;
    }
    case Kind::kRange: {
      const Period a = DateResult(p.year, p.month, p.day), b = DateResult(p.year2, p.month2, p.day2);
      r = {a.g, {a.iv.start, b.iv.end}, a.value + "/" + b.value};
      break;
    }
    case Kind::kIn:
      relative = true;
      if (has_doc) r = Shift(doc, p.unit, p.amount, true);
      break;
    case Kind::kPeriodToDate: {
      relative = true;
      if (!has_doc) break;
      r = Shift(doc, p.unit, 0, true);
      if (p.amount < 0) r.iv.end = doc;
      else r.iv.start = doc;
      break;
    }
  }
  // A part or a prefix names itself before the rule: "late+year", "since+month".
  if (p.part != Part::kNone) {
    out->rule = std::string(ModName(PrefixMod::kNone, p.part)) + "+" + out->rule;
  }
  if (p.prefix != PrefixMod::kNone) out->rule = std::string(ModName(p.prefix, Part::kNone)) + "+" + out->rule;
  if (relative) out->anchor = TimeAnchor::kDocument;
  out->granularity = r.g;
  out->value = std::move(r.value);
  if (r.g == TimeGranularity::kNone || r.g == TimeGranularity::kDuration) {
    out->start.clear();
    out->end.clear();
    return;
  }
  const Interval iv = Narrow(r.iv, p.part, r.g);
  out->start = FormatDay(iv.start);
  out->end = FormatDay(iv.end);
}

}  // namespace riposte::temporal::internal
