// Matcher, part 2: parts of periods ("late 2024", "the end of June",
// "mid-June"), relative expressions (yesterday, last week, next Friday,
// "earlier this year", "two days ago", "the following day", "two days
// later"), seasons, quarters and halves, decades and centuries after "the",
// and durations ("for four months", "a six-week war"). Token patterns only;
// see match.cc for the overall algorithm. Tested by recognize*_test.cc.
#include <cstring>

#include "text/text.h"
#include "time/internal/match.h"

namespace riposte::temporal::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Kinds a part ("early", "the end of") may narrow.
bool Partable(const Parsed& p) {
  switch (p.kind) {
    case Kind::kDate: case Kind::kWeekday: case Kind::kRelativeDay: case Kind::kShifted:
    case Kind::kDecade: case Kind::kCentury: case Kind::kSeason: case Kind::kQuarter:
    case Kind::kHalf:
      return p.part == Part::kNone;
    default:
      return false;
  }
}

// Units a count may carry in a relative expression or a duration.
bool Countable(Unit u) { return u != Unit::kNone && u != Unit::kQuarter; }

}  // namespace

bool Matcher::Core(uint32_t i, Parsed* out) const {
  if (!In(i)) return false;
  const std::string_view s = Text(i);
  const WordInfo* w = Info(i);
  // "early October", "late 2024", "mid 2024".
  if (w != nullptr && w->part != Part::kNone &&
      (EqualsLower(s, "early") || EqualsLower(s, "late") || EqualsLower(s, "mid"))) {
    uint32_t j = i + 1;
    const bool on = Is(j, "on");  // "late on Friday": a day
    if (Is(j, "-") || on) ++j;
    if (Base(j, out) && Partable(*out) &&
        (!on || out->kind == Kind::kWeekday || out->kind == Kind::kRelativeDay || out->day != 0)) {
      out->begin = i;
      out->part = w->part;
      return true;
    }
  }
  if (EqualsLower(s, "the") && In(i + 2)) {
    const WordInfo* next = Info(i + 1);
    // "the end of 2024", "the beginning of March", "the middle of the year".
    if (next != nullptr && next->part != Part::kNone && Is(i + 2, "of")) {
      const WordInfo* unit = Info(i + 4);
      if (Is(i + 3, "the") && unit != nullptr &&
          (unit->unit == Unit::kWeek || unit->unit == Unit::kMonth || unit->unit == Unit::kYear)) {
        *out = Parsed{};
        out->kind = Kind::kShifted;
        out->unit = unit->unit;
        out->shift = 0;
        out->begin = i, out->end = i + 5;
        out->part = next->part;
        out->rule = "part-of-this";
        return true;
      }
      if (Base(i + 3, out) && Partable(*out)) {
        out->begin = i;
        out->part = next->part;
        return true;
      }
    }
    // "the early 2000s", "the late 1990s".
    if (next != nullptr && next->part != Part::kNone && !Is(i + 2, "of") &&
        Base(i + 2, out) && Partable(*out)) {
      out->begin = i;
      out->part = next->part;
      return true;
    }
  }
  return Base(i, out);
}

void Matcher::OfYear(uint32_t i, Parsed* out) const {
  if (const int y = YearAt(i); y != 0) {
    out->year = y;
    out->end = i + 1;
    return;
  }
  if (!Is(i, "of")) return;
  if (const int y = YearAt(i + 1); y != 0) {
    out->year = y;
    out->end = i + 2;
    return;
  }
  const WordInfo* w = Info(i + 1);
  if (Is(i + 2, "year") && (Is(i + 1, "the") || (w != nullptr && w->shift != kNoShift &&
                                                  !Is(i + 1, "past") && !Is(i + 1, "following")))) {
    out->rel_year = Is(i + 1, "the") ? 0 : w->shift;
    out->end = i + 3;
  }
}

bool Matcher::Counted(uint32_t i, Parsed* out) const {
  const int n = NumberAt(i);
  const WordInfo* u = Info(i + 1);
  if (n < 0 || u == nullptr || !Countable(u->unit)) return false;
  const bool article = !IsDigit(Text(i)[0]) && n == 1 && (Is(i, "a") || Is(i, "an"));
  out->amount = n;
  out->unit = u->unit;
  const WordInfo* post = Info(i + 2);
  const Post p = post != nullptr ? post->post : Post::kNone;
  if (p == Post::kAgo) {
    out->kind = Kind::kAgo;
    out->end = i + 3;
    out->rule = "ago";
    return true;
  }
  if (p == Post::kLater || p == Post::kEarlier ||
      ((p == Post::kBefore || p == Post::kAfter) &&
       (!In(i + 3) || text::IsPunctuation(doc_.tokens[i + 3].tag)))) {
    out->kind = Kind::kPrevious;
    out->amount = (p == Post::kLater || p == Post::kAfter) ? n : -n;
    out->end = i + 3;
    out->rule = "relative-previous";
    return true;
  }
  if (Is(i + 2, "old") || Is(i + 2, "-old") || n == 0) return false;
  if (article) {
    // "a week" is a duration only after "for"/"within"/"over"/"in" ("once a week" is not).
    if (i == begin_ || !(Is(i - 1, "for") || Is(i - 1, "within") || Is(i - 1, "over") || Is(i - 1, "in"))) {
      return false;
    }
  }
  out->kind = Kind::kDuration;
  out->end = i + 2;
  out->rule = "duration";
  if (i > begin_ && Is(i - 1, "in")) {
    out->kind = Kind::kIn;
    out->begin = i - 1;
    out->rule = "in-future";
  }
  return true;
}

bool Matcher::Compound(uint32_t i, Parsed* out) const {
  const std::string_view s = Text(i);
  const size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  const std::string_view head = s.substr(0, dash), rest = s.substr(dash + 1);
  const WordInfo* hw = LookUp(head);
  // "mid-June", "mid-2024", "mid-1990s", "late-2024".
  if (hw != nullptr && hw->part != Part::kNone && !rest.empty()) {
    const WordInfo* rw = LookUp(rest);
    *out = Parsed{};
    out->begin = i, out->end = i + 1;
    out->part = hw->part;
    out->kind = Kind::kDate;
    out->rule = "part-compound";
    if (rw != nullptr && rw->month > 0 && rest[0] >= 'A' && rest[0] <= 'Z') {
      out->month = rw->month;
      if (const int y = YearAt(i + 1); y != 0) out->year = y, out->end = i + 2;
      return true;
    }
    const int y = rest.size() >= 4 ? ParseDigits(rest.substr(0, 4)) : -1;
    if (y >= 1000 && y <= 2100 && rest.size() == 4) {
      out->year = y;
      return true;
    }
    if (y >= 1000 && y <= 2100 && rest.size() == 5 && rest[4] == 's' && y % 10 == 0) {
      out->kind = Kind::kDecade;
      out->year = y;
      return true;
    }
    return false;
  }
  // "six-week", "10-day", "two-year"; not "45-year-old".
  const size_t dash2 = rest.find('-');
  const std::string_view unit_word = rest.substr(0, dash2);
  if (dash2 != std::string_view::npos) return false;
  int n = -1;
  if (IsDigit(head[0])) {
    n = head.size() <= 3 ? ParseDigits(head) : -1;
  } else if (hw != nullptr && hw->number > 0 && !EqualsLower(head, "a") && !EqualsLower(head, "an")) {
    n = hw->number;
  }
  const WordInfo* uw = LookUp(unit_word);
  if (n <= 0 || uw == nullptr || !Countable(uw->unit)) return false;
  if (unit_word.back() == 's' && !EqualsLower(unit_word, "hours")) return false;
  if (Is(i + 1, "old") || Is(i + 1, "-")) return false;
  *out = Parsed{};
  out->kind = Kind::kDuration;
  out->begin = i, out->end = i + 1;
  out->amount = n;
  out->unit = uw->unit;
  out->rule = "duration-compound";
  return true;
}

bool Matcher::Relative(uint32_t i, Parsed* out) const {
  const WordInfo* w = Info(i);
  const std::string_view s = Text(i);
  out->begin = i;
  if (w->rel_day != -128) {
    // "Russia Today", "USA Today": a capitalised name, not the day.
    if (Capitalised(i) && i > begin_ && Capitalised(i - 1)) return false;
    out->kind = Kind::kRelativeDay;
    out->amount = w->rel_day;
    out->end = i + 1;
    out->rule = w->rel_day < 0 ? "yesterday" : w->rel_day > 0 ? "tomorrow" : "today";
    return true;
  }
  if (EqualsLower(s, "earlier") || EqualsLower(s, "later")) {
    const WordInfo* u = Info(i + 2);
    if (Is(i + 1, "this") && u != nullptr &&
        (u->unit == Unit::kWeek || u->unit == Unit::kMonth || u->unit == Unit::kYear)) {
      out->kind = Kind::kPeriodToDate;
      out->amount = EqualsLower(s, "earlier") ? -1 : 1;
      out->unit = u->unit;
      out->end = i + 3;
      out->rule = "period-to-date";
      return true;
    }
    if (Is(i + 1, "today")) {
      out->kind = Kind::kRelativeDay;
      out->end = i + 2;
      out->rule = "today";
      return true;
    }
    // "Earlier in the day": the day of the previous reference, like "that day".
    if (Is(i + 1, "in") && Is(i + 2, "the") && Is(i + 3, "day")) {
      out->kind = Kind::kPrevious;
      out->unit = Unit::kDay;
      out->end = i + 4;
      out->rule = "relative-previous";
      return true;
    }
    return false;
  }
  if (EqualsLower(s, "that")) {
    if (!Is(i + 1, "day") && !Is(i + 1, "night") && !Is(i + 1, "morning")) return false;
    out->kind = Kind::kPrevious;
    out->unit = Unit::kDay;
    out->end = i + 2;
    out->rule = "relative-previous";
    return true;
  }
  if (w->shift == kNoShift || EqualsLower(s, "past") || EqualsLower(s, "previous") ||
      EqualsLower(s, "following") || !In(i + 1)) {
    return false;
  }
  const std::string_view next = Text(i + 1);
  if ((w->shift == -1 && EqualsLower(next, "night")) ||
      (w->shift == 0 && (EqualsLower(next, "morning") || EqualsLower(next, "afternoon") ||
                         EqualsLower(next, "evening")))) {
    out->kind = Kind::kRelativeDay;
    out->amount = w->shift;
    out->end = i + 2;
    out->rule = w->shift < 0 ? "last-night" : "this-morning";
    return true;
  }
  const WordInfo* n = Info(i + 1);
  if (n == nullptr) return false;
  out->shift = w->shift;
  out->end = i + 2;
  if (n->weekday >= 0 && Capitalised(i + 1)) {
    out->kind = Kind::kWeekday;
    out->index = n->weekday;
    out->rule = "weekday-shift";
    return true;
  }
  if (n->month > 0 && !n->month_abbrev && Capitalised(i + 1)) {
    out->kind = Kind::kDate;
    out->month = n->month;
    out->rule = "month-shift";
    return true;
  }
  if (n->season >= 0) {
    out->kind = Kind::kSeason;
    out->index = n->season;
    out->rule = "season-shift";
    return true;
  }
  if (n->unit == Unit::kWeek || n->unit == Unit::kMonth || n->unit == Unit::kQuarter ||
      n->unit == Unit::kYear) {
    if (EqualsLower(next, "weeks") || EqualsLower(next, "months") || EqualsLower(next, "years")) return false;
    out->kind = Kind::kShifted;
    out->unit = n->unit;
    out->rule = "unit-shift";
    return true;
  }
  return false;
}

bool Matcher::SeasonLed(uint32_t i, Parsed* out) const {
  const WordInfo* w = Info(i);
  out->kind = Kind::kSeason;
  out->index = w->season;
  out->end = i + 1;
  out->rule = "season";
  OfYear(i + 1, out);
  if (out->year != 0 || out->rel_year != kNoShift) return true;
  // A season alone: introduced ("in the summer", "during winter"), and not
  // part of a name ("the Arab Spring", "Operation Winter").
  if (Capitalised(i) && i > begin_ && Capitalised(i - 1)) return false;
  if (Capitalised(i) && In(i + 1) && Capitalised(i + 1)) return false;
  if (!BareContext(i) || Is(i + 1, "of")) return false;  // "the fall of Kabul"
  if (EqualsLower(Text(i), "fall") && !Is(i - 1, "the")) return false;
  return true;
}

bool Matcher::QuarterLed(uint32_t i, Parsed* out) const {
  const std::string_view s = Text(i);
  if (s.size() != 2 || (s[0] != 'Q' && s[0] != 'H') || !IsDigit(s[1])) return false;
  const int k = s[1] - '0';
  if (k < 1 || k > (s[0] == 'Q' ? 4 : 2)) return false;
  out->kind = s[0] == 'Q' ? Kind::kQuarter : Kind::kHalf;
  out->index = k;
  out->end = i + 1;
  out->rule = s[0] == 'Q' ? "quarter" : "half";
  OfYear(i + 1, out);
  return s[0] == 'Q' || out->year != 0;
}

bool Matcher::The(uint32_t i, Parsed* out) const {
  if (!In(i + 1)) return false;
  const std::string_view s1 = Text(i + 1);
  const WordInfo* w1 = LookUp(s1);
  // "the 27th of June, 2025".
  if (DayAt(i + 1) != 0 && Is(i + 2, "of") && DayLed(i + 1, out)) {
    out->begin = i;
    return true;
  }
  // "the 1990s", "the '90s", "the mid-1990s".
  if ((IsDigit(s1[0]) || IsApostrophe(s1) || s1.find('-') != std::string_view::npos) && Base(i + 1, out) &&
      out->kind == Kind::kDecade) {
    out->begin = i;
    return true;
  }
  // "the 20th century", "the twentieth century".
  int ordinal = w1 != nullptr ? w1->ordinal : -1;
  if (ordinal < 0 && IsDigit(s1[0]) && s1.size() > 2) ordinal = DayAt(i + 1);
  if (ordinal > 0 && Is(i + 2, "century")) {
    *out = Parsed{};
    out->kind = Kind::kCentury;
    out->index = ordinal;
    out->begin = i, out->end = i + 3;
    out->rule = "century";
    return true;
  }
  // "the third quarter of 2025", "the first half of the year".
  if (ordinal > 0 && (Is(i + 2, "quarter") || Is(i + 2, "half"))) {
    const bool quarter = Is(i + 2, "quarter");
    if (ordinal > (quarter ? 4 : 2)) return false;
    *out = Parsed{};
    out->kind = quarter ? Kind::kQuarter : Kind::kHalf;
    out->index = ordinal;
    out->begin = i, out->end = i + 3;
    out->rule = quarter ? "quarter" : "half";
    OfYear(i + 3, out);
    return true;
  }
  if (w1 == nullptr || !In(i + 2)) return false;
  // "the summer of 2024", "the spring".
  if (w1->season >= 0 && SeasonLed(i + 1, out)) {
    out->begin = i;
    return true;
  }
  const WordInfo* w2 = Info(i + 2);
  // "the following day", "the next morning", "the previous week", "the same day".
  if ((EqualsLower(s1, "following") || EqualsLower(s1, "next") || EqualsLower(s1, "previous") ||
       EqualsLower(s1, "same"))) {
    const std::string_view s2 = Text(i + 2);
    const bool dayish = EqualsLower(s2, "morning") || EqualsLower(s2, "night") ||
                        EqualsLower(s2, "evening") || EqualsLower(s2, "afternoon");
    if (!dayish && w2 == nullptr) return false;
    if (!dayish && w2->unit != Unit::kDay && w2->unit != Unit::kWeek && w2->unit != Unit::kMonth &&
        w2->unit != Unit::kYear) {
      return false;
    }
    if (s2.back() == 's') return false;  // "the next few days" is vague
    *out = Parsed{};
    out->kind = Kind::kPrevious;
    out->unit = dayish ? Unit::kDay : w2->unit;
    out->amount = EqualsLower(s1, "previous") ? -1 : EqualsLower(s1, "same") ? 0 : 1;
    out->begin = i, out->end = i + 3;
    out->rule = "relative-previous";
    return true;
  }
  // "the day before", "the week after", "the day before yesterday".
  if (w1->unit == Unit::kDay || w1->unit == Unit::kWeek || w1->unit == Unit::kMonth ||
      w1->unit == Unit::kYear) {
    if (w2 == nullptr || w1->unit == Unit::kNone || s1.back() == 's') return false;
    const bool before = w2->post == Post::kBefore || w2->post == Post::kEarlier;
    const bool after = w2->post == Post::kAfter || w2->post == Post::kLater;
    if (!before && !after) return false;
    *out = Parsed{};
    out->begin = i, out->end = i + 3;
    if (w1->unit == Unit::kDay && (Is(i + 3, "yesterday") || Is(i + 3, "tomorrow"))) {
      out->kind = Kind::kRelativeDay;
      out->amount = before ? -2 : 2;
      out->end = i + 4;
      out->rule = before ? "day-before-yesterday" : "day-after-tomorrow";
      return true;
    }
    // "the day after the crash" dates from an event we cannot resolve.
    if (In(i + 3) && !text::IsPunctuation(doc_.tokens[i + 3].tag) && !Is(i + 3, "and")) return false;
    out->kind = Kind::kPrevious;
    out->unit = w1->unit;
    out->amount = before ? -1 : 1;
    out->rule = "relative-previous";
    return true;
  }
  // "the past three years", "the last two weeks": durations.
  if (EqualsLower(s1, "past") || EqualsLower(s1, "last")) {
    if (Counted(i + 2, out) && out->kind == Kind::kDuration) {
      out->begin = i;
      return true;
    }
    if (w2 != nullptr && (w2->unit == Unit::kWeek || w2->unit == Unit::kMonth ||
                          w2->unit == Unit::kYear || w2->unit == Unit::kDecade) &&
        Text(i + 2).back() != 's') {
      *out = Parsed{};
      out->kind = Kind::kDuration;
      out->amount = 1;
      out->unit = w2->unit;
      out->begin = i, out->end = i + 3;
      out->rule = "duration-past";
      return true;
    }
  }
  // "the current year", "the coming week" read as this/next.
  if ((EqualsLower(s1, "current") || EqualsLower(s1, "coming")) && Relative(i + 1, out)) {
    out->begin = i;
    return true;
  }
  return false;
}

}  // namespace riposte::temporal::internal
