// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Date reading shared by NormalizeDate (metadata values) and SniffMetadata
// (dates inside article text). Both read the same written forms:
//
//   2025-07-01   2025-07-01T10:00:00Z   2025-07-01 10:00+03:00   2025/07/01
//   01.07.2025   1-7-2025 (day first)   25/07/2025 (slashes only when unambiguous)
//   Tue, 01 Jul 2025 10:00:00 GMT   01 Jul 25 10:00 +0300 (RFC 822)
//   July 1, 2025   Jul. 1st 2025   1 July 2025   Tuesday, 1 July 2025, 10:32 AM
//   1 июля 2025 г.
//
// Sniffing mode is stricter: month names must be capitalised ("may" is a
// verb), two-digit years are refused, and the text after the date must not
// continue the number or word.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace riposte::ingest::internal {

struct DateTimeValue {
  int year = 0;
  int month = 0;   // 1..12
  int day = 0;     // 1..31, valid for the month
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_zone = false;
  int offset_minutes = 0;  // east of UTC
};

enum class DateMode { kMetadata, kSniffing };

// Oldest and newest years accepted anywhere.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2100;

// Reads a complete date (with year), optionally preceded by a weekday and
// followed by a time and zone, at the start of `s`. Returns the bytes
// consumed, 0 when `s` does not start with a valid date. Trailing spaces are
// not consumed.
size_t ParseDatePrefix(std::string_view s, DateMode mode, DateTimeValue* out);

// Reads a month and day without a year ("July 1", "Jul. 1", "1 July",
// "1 июля") at the start of `s`. Returns the bytes consumed or 0.
size_t ParseMonthDayPrefix(std::string_view s, DateMode mode, int* month, int* day);

// "2025-07-01", "2025-07-01T10:00:00Z" or "2025-07-01T10:00:00+03:00";
// a time without a zone is written without one.
std::string FormatIsoDate(const DateTimeValue& v);

// 1..12 for an English month name or abbreviation ("Jul", "Sept", "July")
// or a Russian genitive month name ("июля"); 0 otherwise. In sniffing mode
// English names must start with a capital (or be all capitals).
int MonthFromName(std::string_view word, DateMode mode);

// True iff the day exists in that month of that year, and the year is in
// [kMinYear, kMaxYear].
bool IsValidDate(int year, int month, int day);

}  // namespace riposte::ingest::internal
