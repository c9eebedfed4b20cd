// Calendar arithmetic for the time stage.
//
// Day numbers use the civil-from-days method: shift the year to start on
// March 1 so the leap day is the last day of the shifted year, split into
// 400-year eras of 146097 days, and compute the day of the era from the year
// of the era and the day of the (shifted) year with 153-day five-month runs.
//
// Tested by calendar_test.cc.
#include "time/internal/calendar.h"

#include <algorithm>
#include <cstdio>

namespace riposte::temporal::internal {

int64_t DaysFromCivil(Ymd d) {
  const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;                                  // [0, 399]
  const int64_t mp = (d.month + 9) % 12;                               // March = 0
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;                  // [0, 365]
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Ymd{year, month, day};
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValid(Ymd d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

int Weekday(int64_t days) {
  // 1970-01-01 was a Thursday (3).
  const int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

IsoWeek IsoWeekOf(int64_t days) {
  // The ISO year is the year of the week's Thursday.
  const int64_t thursday = days - Weekday(days) + 3;
  const int year = CivilFromDays(thursday).year;
  const int64_t first_thursday_week_start = MondayOfIsoWeek(year, 1);
  return IsoWeek{year, static_cast<int>((days - first_thursday_week_start) / 7 + 1)};
}

int64_t MondayOfIsoWeek(int year, int week) {
  // Week 1 holds January 4.
  const int64_t jan4 = DaysFromCivil(Ymd{year, 1, 4});
  return jan4 - Weekday(jan4) + static_cast<int64_t>(week - 1) * 7;
}

namespace {
int ClampYear(int y) { return std::clamp(y, 0, 9999); }

// Writes `v` (0..9999) as 4 digits at `out`.
void Put4(char* out, int v) {
  out[0] = static_cast<char>('0' + v / 1000);
  out[1] = static_cast<char>('0' + v / 100 % 10);
  out[2] = static_cast<char>('0' + v / 10 % 10);
  out[3] = static_cast<char>('0' + v % 10);
}
// Writes `v` (0..99) as 2 digits at `out`.
void Put2(char* out, int v) {
  out[0] = static_cast<char>('0' + v / 10);
  out[1] = static_cast<char>('0' + v % 10);
}
bool TwoDigits(int v) { return v >= 0 && v <= 99; }
}  // namespace

// The digits are written by hand: snprintf cost about 1,800 instructions a
// call, and the time stage and event dating format a day for nearly every
// expression and event. Values outside the fixed widths (an unchecked month
// or day) keep snprintf's output.
std::string FormatDay(Ymd d) {
  if (!TwoDigits(d.month) || !TwoDigits(d.day)) {
    char buf[16];  // the size it always had: the same truncation
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ClampYear(d.year), d.month, d.day);
    return buf;
  }
  std::string out(10, '-');
  Put4(out.data(), ClampYear(d.year));
  Put2(out.data() + 5, d.month);
  Put2(out.data() + 8, d.day);
  return out;
}

std::string FormatDay(int64_t days) { return FormatDay(CivilFromDays(days)); }

std::string FormatMonth(int year, int month) {
  if (!TwoDigits(month)) {
    char buf[16];  // the size it always had: the same truncation
    std::snprintf(buf, sizeof buf, "%04d-%02d", ClampYear(year), month);
    return buf;
  }
  std::string out(7, '-');
  Put4(out.data(), ClampYear(year));
  Put2(out.data() + 5, month);
  return out;
}

std::string FormatYear(int year) {
  std::string out(4, '0');
  Put4(out.data(), ClampYear(year));
  return out;
}

std::string FormatWeek(IsoWeek w) {
  if (!TwoDigits(w.week)) {
    char buf[16];  // the size it always had: the same truncation
    std::snprintf(buf, sizeof buf, "%04d-W%02d", ClampYear(w.year), w.week);
    return buf;
  }
  std::string out = "0000-W00";
  Put4(out.data(), ClampYear(w.year));
  Put2(out.data() + 6, w.week);
  return out;
}

namespace {
bool Digits(std::string_view s, size_t at, size_t n, int* out) {
  if (at + n > s.size()) return false;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}
}  // namespace

std::optional<Ymd> ParseIsoDate(std::string_view s, int* precision) {
  Ymd d{0, 1, 1};
  int p = 1;
  if (!Digits(s, 0, 4, &d.year)) return std::nullopt;
  if (s.size() > 4 && s[4] == '-') {
    if (!Digits(s, 5, 2, &d.month) || d.month < 1 || d.month > 12) return std::nullopt;
    p = 2;
    if (s.size() > 7 && s[7] == '-') {
      if (!Digits(s, 8, 2, &d.day) || !IsValid(d)) return std::nullopt;
      p = 3;
    }
  }
  if (precision != nullptr) *precision = p;
  return d;
}

}  // namespace riposte::temporal::internal
