// INTERNAL to the time stage: use time/time.h instead. This header may
// change in backwards-incompatible ways.
//
// Proleptic Gregorian calendar arithmetic on day numbers (days since
// 1970-01-01), and ISO 8601 text for days, months, weeks and years.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace riposte::temporal::internal {

struct Ymd {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool operator==(const Ymd&) const = default;
};

// Day number of a valid date; DaysFromCivil({1970,1,1}) == 0.
int64_t DaysFromCivil(Ymd d);
Ymd CivilFromDays(int64_t days);

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);  // REQUIRES: 1 <= month <= 12
bool IsValid(Ymd d);

// 0 = Monday ... 6 = Sunday (ISO numbering minus one).
int Weekday(int64_t days);

// ISO 8601 week: the week-numbering year and week (1..53) of a day, and the
// Monday of a given ISO week.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(int64_t days);
int64_t MondayOfIsoWeek(int year, int week);

// "2025-06-27". Years outside 0..9999 are clamped to 4 digits' range.
std::string FormatDay(Ymd d);
std::string FormatDay(int64_t days);
std::string FormatMonth(int year, int month);  // "2025-06"
std::string FormatYear(int year);              // "2025"
std::string FormatWeek(IsoWeek w);             // "2025-W26"

// Parses the leading ISO date of `s` at any precision: "2025", "2025-06",
// "2025-06-27", and "2025-06-27T10:00:00Z" (time ignored). Missing month or
// day is reported through `precision` (1 year, 2 month, 3 day) and set to 1.
std::optional<Ymd> ParseIsoDate(std::string_view s, int* precision = nullptr);

}  // namespace riposte::temporal::internal
