// Matcher, part 1: the entry points and the absolute expressions (dates in
// every common news form, bare years, decades, year ranges).
//
// Algorithm: the driver (recognize.cc) asks Trigger() of each token, a hash
// lookup and a first-byte test, and only then At(), which tries, from the
// token on: a range ("between 2001 and 2011"), a modifier prefix ("since",
// "until", "around") over a core expression, a part ("early", "the end of")
// over a base expression, and the base expressions, each a hand-written
// token pattern (no regex engine). The first reading that matches wins; the
// patterns are tried longest first ("Friday, June 27, 2025" before
// "Friday"). Words that double as other things ("May" the modal, "March" the
// verb, "2020 people", "Flight 2020") need context: a day or year next to
// them, or an introducing preposition. Tested by recognize*_test.cc.
#include <cstring>

#include "text/text.h"
#include "time/internal/calendar.h"
#include "time/internal/match.h"

namespace riposte::temporal::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

constexpr int kMaxListItems = 6;  // numbers looked at in "1950, 1900 and 2000 votes"

// Words before a bare month or season that make it a date.
constexpr const char* kBareIntroducers[] = {
    "in", "since", "until", "till", "by", "from", "to", "of", "during", "through",
    "throughout", "before", "after", "early", "late", "mid", "between", "and", "or",
    "on", "for", "over", "around", "last", "next", "this", "that", "the",
};

// Of those, the ones after which a capitalised word may follow the month
// ("in June Baku protested").
constexpr const char* kStrongMonthIntroducers[] = {
    "in", "since", "until", "till", "by", "during", "through", "throughout", "before", "after",
    "early", "late", "mid", "last", "next", "this", "between", "from",
};

// Capitalised words that may open a sentence before a weekday ("On Friday").
constexpr const char* kWeekdayIntroducers[] = {"on", "at", "in", "for", "of", "during", "and",
                                               "but", "or", "then", "also", "late", "early",
                                               "until", "by", "since", "from"};

// Words before a bare year followed by a plural noun that keep it a year
// ("the 2020 elections", "since 2014 troops"); other ones make it a count.
constexpr const char* kYearIntroducers[] = {
    "the", "in", "since", "until", "till", "by", "from", "to", "of", "during", "before",
    "after", "between", "and", "early", "late", "mid", "its", "their", "his", "her",
    "our", "'s", "\xE2\x80\x99s", "through", "for", "as", "at",
};
// Of those, the ones that keep a year even before a plural noun ("the 2020
// elections"); after the others a plural noun makes it a count ("of 2000
// delegates").
constexpr const char* kStrongYearIntroducers[] = {
    "the", "in", "since", "until", "till", "during", "before", "after", "early", "late",
    "mid", "its", "their", "his", "her", "our", "'s", "\xE2\x80\x99s", "through",
};

bool InList(std::string_view w, const char* const* list, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (EqualsLower(w, list[k])) return true;
  }
  return false;
}

// Splits "30-06-2025" into digit groups; returns the group count (0 when
// the token is not digits joined by one kind of separator).
int DigitGroups(std::string_view s, int value[3], size_t len[3], char* sep) {
  int groups = 0;
  size_t start = 0;
  *sep = 0;
  for (size_t k = 0; k <= s.size(); ++k) {
    if (k < s.size() && IsDigit(s[k])) continue;
    if (k == start || groups == 3) return 0;
    value[groups] = ParseDigits(s.substr(start, k - start));
    len[groups] = k - start;
    ++groups;
    if (k == s.size()) break;
    if (s[k] != '-' && s[k] != '.' && s[k] != '/') return 0;
    if (*sep != 0 && *sep != s[k]) return 0;
    *sep = s[k];
    start = k + 1;
  }
  return groups;
}

bool ValidDay(int y, int m, int d) { return IsValid(Ymd{y, m, d}); }

}  // namespace

bool Matcher::Capitalised(uint32_t i) const {
  const std::string_view s = Text(i);
  return !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
}

bool Matcher::Trigger(uint32_t i) const {
  const std::string_view s = Text(i);
  if (s.empty()) return false;
  if (IsDigit(s[0]) || IsApostrophe(s)) return true;
  const WordInfo* w = Info(i);
  if (w != nullptr && w->trigger) return true;
  if (IsHolidayStart(s)) return true;
  return s.size() > 3 && std::memchr(s.data(), '-', s.size()) != nullptr;
}

bool Matcher::At(uint32_t i, Parsed* out) const {
  const WordInfo* w = Info(i);
  if (w != nullptr && w->prefix != PrefixMod::kNone) {
    if (Range(i, out)) return true;
    if (w->prefix != PrefixMod::kFrom && w->prefix != PrefixMod::kBetween && Core(i + 1, out) &&
        out->kind != Kind::kRange) {
      out->begin = i;
      out->prefix = w->prefix;
      return true;
    }
  }
  return Core(i, out);
}

int Matcher::YearAt(uint32_t i) const {
  if (!In(i)) return 0;
  const std::string_view s = Text(i);
  if (s.size() != 4) return 0;
  const int y = ParseDigits(s);
  return (y >= 1000 && y <= 2100) ? y : 0;
}

int Matcher::DayAt(uint32_t i) const {
  if (!In(i)) return 0;
  std::string_view s = Text(i);
  if (s.size() > 2 && !IsDigit(s.back())) {
    const std::string_view suffix = s.substr(s.size() - 2);
    if (!EqualsLower(suffix, "st") && !EqualsLower(suffix, "nd") && !EqualsLower(suffix, "rd") &&
        !EqualsLower(suffix, "th")) {
      return 0;
    }
    s.remove_suffix(2);
  }
  if (s.empty() || s.size() > 2) return 0;
  const int d = ParseDigits(s);
  return (d >= 1 && d <= 31) ? d : 0;
}

bool Matcher::DaysAt(uint32_t i, int* first, int* last) const {
  if (!In(i)) return false;
  int v[3] = {0, 0, 0};
  size_t len[3] = {0, 0, 0};
  char sep = 0;
  if (DigitGroups(Text(i), v, len, &sep) != 2 || sep != '-' || len[0] > 2 || len[1] > 2) return false;
  if (v[0] < 1 || v[1] > 31 || v[0] >= v[1]) return false;
  *first = v[0], *last = v[1];
  return true;
}

int Matcher::NumberAt(uint32_t i) const {
  if (!In(i)) return -1;
  const std::string_view s = Text(i);
  if (IsDigit(s[0])) return s.size() <= 4 ? ParseDigits(s) : -1;
  const WordInfo* w = Info(i);
  return w != nullptr ? w->number : -1;
}

int Matcher::MonthAt(uint32_t i) const {
  const WordInfo* w = Info(i);
  return (w != nullptr && w->month > 0 && Capitalised(i)) ? w->month : 0;
}

bool Matcher::BareContext(uint32_t i) const {
  if (!In(i - 1) || i == 0) return false;
  return InList(Text(i - 1), kBareIntroducers, std::size(kBareIntroducers));
}

bool Matcher::Base(uint32_t i, Parsed* out) const {
  if (!In(i)) return false;
  const std::string_view s = Text(i);
  *out = Parsed{};
  out->begin = i;
  if (IsDigit(s[0])) {
    return HolidayAt(i, out) || Numeric(i, out) || DayLed(i, out) || Counted(i, out) ||
           Compound(i, out) || Year(i, out);
  }
  if (IsApostrophe(s) && In(i + 1)) {
    const std::string_view d = Text(i + 1);
    if (d.size() == 3 && IsDigit(d[0]) && d[1] == '0' && d[2] == 's' && Touch(i)) {
      const int tens = d[0] - '0';
      out->kind = Kind::kDecade;
      out->year = (tens >= 3 ? 1900 : 2000) + tens * 10;
      out->end = i + 2;
      out->rule = "decade";
      return true;
    }
    return false;
  }
  if (HolidayAt(i, out)) return true;
  *out = Parsed{};
  out->begin = i;
  const WordInfo* w = Info(i);
  if (w != nullptr) {
    if (w->month > 0) return MonthLed(i, out);
    if (w->weekday >= 0) return WeekdayLed(i, out);
    if (EqualsLower(s, "the")) return The(i, out);
    if (w->season >= 0 && SeasonLed(i, out)) return true;
    if (QuarterLed(i, out) || Relative(i, out)) return true;
    if (w->number >= 0 && Counted(i, out)) return true;
  }
  return s.size() > 3 && std::memchr(s.data(), '-', s.size()) != nullptr && Compound(i, out);
}

bool Matcher::Numeric(uint32_t i, Parsed* out) const {
  const std::string_view s = Text(i);
  int v[3] = {0, 0, 0};
  size_t len[3] = {0, 0, 0};
  char sep = 0;
  const int groups = DigitGroups(s, v, len, &sep);
  out->end = i + 1;
  if (groups == 3) {
    int y = 0, m = 0, d = 0;
    if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
      y = v[0], m = v[1], d = v[2];
    } else if (len[2] == 4 && len[0] <= 2 && len[1] <= 2) {
      y = v[2], m = v[1], d = v[0];
      if (m > 12 && d <= 12) std::swap(m, d);  // 06/30/2025, US order
    }
    if (y < 1000 || !ValidDay(y, m, d)) return false;
    out->kind = Kind::kDate;
    out->year = y, out->month = m, out->day = d;
    out->rule = len[0] == 4 ? "iso-date" : "numeric-date";
    return true;
  }
  if (groups == 2 && sep == '-' && len[0] == 4 && len[1] == 4 && YearAt(i) == 0) {
    if (v[0] < 1000 || v[1] > 2100 || v[1] <= v[0]) return false;
    out->kind = Kind::kRange;
    out->year = v[0], out->year2 = v[1];
    out->rule = "year-range";
    return true;
  }
  if (groups == 2 && (sep == '.' || sep == '/') && len[0] <= 2 && len[1] == 2) {
    // "25.07 2025", also as a dateline broken over two lines (the segmenter
    // then ends a sentence after "25.07": the year is the next one's first token).
    int y = YearAt(i + 1);
    if (y == 0 && i + 1 == end_ && i + 1 < doc_.tokens.size()) {
      const Span gap{doc_.tokens[i].span.end, doc_.tokens[i + 1].span.begin};
      const std::string_view between = doc_.Slice(gap);
      const std::string_view next = doc_.Slice(doc_.tokens[i + 1].span);
      const int year = next.size() == 4 ? ParseDigits(next) : -1;
      const bool blank = between.find_first_not_of(" \t\r\n") == std::string_view::npos;
      if (blank && year >= 1000 && year <= 2100) y = year;
    }
    if (y == 0 || !ValidDay(y, v[1], v[0])) return false;
    out->kind = Kind::kDate;
    out->year = y, out->month = v[1], out->day = v[0];
    out->end = i + 2;
    out->rule = "numeric-date";
    return true;
  }
  if (groups == 2 && sep == '-' && len[0] == 4 && len[1] == 2 && v[0] >= 1900 && v[0] <= 2100 &&
      v[1] == (v[0] + 1) % 100) {
    out->kind = Kind::kRange;  // "2020-21": a season or fiscal year
    out->year = v[0], out->year2 = v[0] + 1;
    out->rule = "year-range";
    return true;
  }
  if (groups == 1 && len[0] <= 2 && Touch(i) && Text(i + 1) == "/" && Touch(i + 1) && Touch(i + 2) &&
      In(i + 4) && Text(i + 3) == "/" && Touch(i + 3)) {
    const int a = v[0], b = ParseDigits(Text(i + 2)), y = YearAt(i + 4);
    int m = b, d = a;
    if (m > 12 && d <= 12) std::swap(m, d);
    if (y == 0 || b < 0 || !ValidDay(y, m, d)) return false;
    out->kind = Kind::kDate;
    out->year = y, out->month = m, out->day = d;
    out->end = i + 5;
    out->rule = "numeric-date";
    return true;
  }
  if (groups == 1 && len[0] == 4 && Touch(i) && Text(i + 1) == "/" && Touch(i + 1) && Touch(i + 2) &&
      In(i + 4) && Text(i + 3) == "/" && Touch(i + 3)) {
    const int y = YearAt(i), m = ParseDigits(Text(i + 2)), d = ParseDigits(Text(i + 4));
    if (y == 0 || !ValidDay(y, m, d)) return false;
    out->kind = Kind::kDate;
    out->year = y, out->month = m, out->day = d;
    out->end = i + 5;
    out->rule = "iso-date";
    return true;
  }
  if (s.size() == 5 && s[4] == 's' && s[3] == '0') {
    const int y = ParseDigits(s.substr(0, 4));
    if (y < 1000 || y > 2100) return false;
    out->kind = Kind::kDecade;
    out->year = y;
    out->rule = "decade";
    return true;
  }
  return false;
}

bool Matcher::DayLed(uint32_t i, Parsed* out) const {
  int d = DayAt(i), d2 = 0;
  if (d == 0 && !DaysAt(i, &d, &d2)) return false;
  out->day2 = d2;
  uint32_t j = i + 1;
  if (Is(j, "of")) ++j;
  const int m = MonthAt(j);
  if (m == 0) return false;
  out->kind = Kind::kDate;
  out->month = m, out->day = d;
  out->end = j + 1;
  out->rule = d2 != 0 ? "day-range-month" : "day-month";
  uint32_t k = j + 1;
  if (Is(k, ",")) ++k;
  if (const int y = YearAt(k); y != 0) {
    out->year = y;
    out->end = k + 1;
    out->rule = d2 != 0 ? "day-range-month-year" : "day-month-year";
  }
  if (!ValidDay(out->year != 0 ? out->year : 2024, m, d)) return false;
  return true;
}

bool Matcher::MonthLed(uint32_t i, Parsed* out) const {
  const int m = MonthAt(i);
  if (m == 0) return false;
  const WordInfo* w = Info(i);
  out->kind = Kind::kDate;
  out->month = m;
  int d = DayAt(i + 1), d2 = 0;
  if (d == 0) DaysAt(i + 1, &d, &d2);
  if (d != 0 && !(In(i + 2) && IsMeasureWord(Text(i + 2)))) {
    out->day = d;
    out->day2 = d2;
    out->end = i + 2;
    out->rule = d2 != 0 ? "month-day-range" : "month-day";
    uint32_t k = i + 2;
    if (Is(k, ",")) ++k;
    if (const int y = YearAt(k); y != 0) {
      out->year = y;
      out->end = k + 1;
      out->rule = d2 != 0 ? "month-day-range-year" : "month-day-year";
    }
    return ValidDay(out->year != 0 ? out->year : 2024, m, d);
  }
  uint32_t k = i + 1;
  if (Is(k, ",") || Is(k, "of")) ++k;
  if (const int y = YearAt(k); y != 0) {
    out->year = y;
    out->end = k + 1;
    out->rule = "month-year";
    return true;
  }
  // A month alone: a full name, introduced, and not the modal or a verb.
  const TagId tag = doc_.tokens[i].tag;
  if (w->month_abbrev || !BareContext(i) || tag == text::Id(text::Tag::MD)) return false;
  if (In(i + 1) && IsDigit(Text(i + 1)[0])) return false;  // "June 41": not a date we can read
  // "spoke to June Smith": a name after a weak introducer.
  if (In(i + 1) && Capitalised(i + 1) && MonthAt(i + 1) == 0 &&
      !InList(Text(i - 1), kStrongMonthIntroducers, std::size(kStrongMonthIntroducers))) {
    return false;
  }
  if (text::IsVerb(tag) && m != 5) return false;
  out->end = i + 1;
  out->rule = "month";
  return true;
}

bool Matcher::WeekdayLed(uint32_t i, Parsed* out) const {
  if (!Capitalised(i)) return false;
  // "Good Friday", "Bloody Sunday", "The Sunday Times": names.
  if (i > begin_ && Capitalised(i - 1) && Info(i - 1) == nullptr &&
      !InList(Text(i - 1), kWeekdayIntroducers, std::size(kWeekdayIntroducers))) {
    return false;
  }
  if (In(i + 1) && Capitalised(i + 1) && MonthAt(i + 1) == 0) return false;
  uint32_t j = i + 1;
  if (Is(j, ",")) ++j;
  Parsed date;
  date.begin = j;
  if (In(j) && (MonthLed(j, &date) || DayLed(j, &date)) && date.day != 0) {
    *out = date;
    out->begin = i;
    out->rule = date.year != 0 ? "weekday-date-year" : "weekday-date";
    return true;
  }
  out->kind = Kind::kWeekday;
  out->index = Info(i)->weekday;
  out->end = i + 1;
  out->rule = "weekday";
  return true;
}

bool Matcher::Year(uint32_t i, Parsed* out) const {
  const int y = YearAt(i);
  if (y == 0) return false;
  const bool has_prev = i > begin_;
  const std::string_view prev = has_prev ? Text(i - 1) : std::string_view();
  const bool introduced = has_prev && InList(prev, kYearIntroducers, std::size(kYearIntroducers));
  const bool strong = has_prev && InList(prev, kStrongYearIntroducers, std::size(kStrongYearIntroducers));
  if (has_prev) {
    if (IsLabelWord(prev) || IsDigit(prev[0])) return false;
    if ((prev == "," || EqualsLower(prev, "and") || EqualsLower(prev, "or")) && i >= begin_ + 2 &&
        IsDigit(Text(i - 2)[0]) && YearAt(i - 2) == 0) {
      return false;  // "98, 2010": a list of counts
    }
    // "Cell 2020", "Expo 2025": a name with a number (not "In 2020" opening a sentence).
    if (i - 1 > begin_ && Capitalised(i - 1) && !introduced && Info(i - 1) == nullptr) return false;
    if (Touch(i - 1) && prev != "(" && prev != "\"" && !IsApostrophe(prev)) return false;
  }
  if (In(i + 1)) {
    const std::string_view next = Text(i + 1);
    if (IsMeasureWord(next) || IsDigit(next[0])) return false;
    if (Touch(i) && next != "," && next != "." && next != ")" && next != ";" && next != ":" &&
        next != "'s" && next != "\"" && next != "?" && next != "!") {
      return false;
    }
    // "between 2000 and 3000 people", "in 2096, 252 and 97": counts in a
    // range or a list with numbers that cannot be years.
    if ((EqualsLower(next, "and") || EqualsLower(next, "or") || EqualsLower(next, "to") || next == "-" ||
         next == ",") &&
        In(i + 2) && IsDigit(Text(i + 2)[0]) && YearAt(i + 2) == 0) {
      return false;
    }
    // The word after the number, or after the list it opens ("1950, 1900
    // and 2000 votes"): a plural noun or a measure makes the numbers counts.
    uint32_t after = i + 1;
    for (int items = 0; items < kMaxListItems && In(after + 1) && IsDigit(Text(after + 1)[0]) &&
                        (Text(after) == "," || EqualsLower(Text(after), "and") || EqualsLower(Text(after), "or"));
         ++items) {
      after += 2;
    }
    const std::string_view word = Text(after);
    const TagId tag = doc_.tokens[after].tag;
    if (after != i + 1 && IsMeasureWord(word)) return false;
    if (!strong && (tag == text::Id(text::Tag::NNS) || EqualsLower(word, "million") ||
                    EqualsLower(word, "billion") || EqualsLower(word, "thousand"))) {
      return false;
    }
  }
  if (!introduced && (y < 1900 || y > 2099)) return false;
  out->kind = Kind::kDate;
  out->year = y;
  out->end = i + 1;
  out->rule = "year";
  return true;
}

bool Matcher::Range(uint32_t i, Parsed* out) const {
  const WordInfo* w = Info(i);
  if (w->prefix != PrefixMod::kBetween && w->prefix != PrefixMod::kFrom) return false;
  Parsed a, b;
  if (!Base(i + 1, &a) || a.kind != Kind::kDate || !In(a.end + 1)) return false;
  const std::string_view link = Text(a.end);
  const bool linked = w->prefix == PrefixMod::kBetween
                          ? EqualsLower(link, "and")
                          : (EqualsLower(link, "to") || EqualsLower(link, "until") ||
                             EqualsLower(link, "till") || EqualsLower(link, "through") || link == "-");
  if (!linked || !Base(a.end + 1, &b) || b.kind != Kind::kDate || b.year == 0) return false;
  if (a.year == 0) {
    if (a.month == 0) return false;
    a.year = b.year;
  }
  if ((a.day == 0) != (b.day == 0) || (a.month == 0) != (b.month == 0)) return false;
  *out = Parsed{};
  out->kind = Kind::kRange;
  out->begin = i;
  out->end = b.end;
  out->year = a.year, out->month = a.month, out->day = a.day;
  out->year2 = b.year, out->month2 = b.month, out->day2 = b.day;
  out->rule = "range";
  return true;
}

}  // namespace riposte::temporal::internal
