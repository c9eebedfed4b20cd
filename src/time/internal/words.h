// INTERNAL to the time stage: use time/time.h instead. This header may
// change in backwards-incompatible ways.
//
// The time stage's word tables: month and weekday names, number words,
// ordinals, units, seasons, and the modifier and trigger words of time
// expressions. Our own lists (see words.cc), looked up case-insensitively
// through a small open-addressing hash built once, without allocation per
// lookup.
#pragma once

#include <cstdint>
#include <string_view>

namespace riposte::temporal::internal {

// Calendar units of relative expressions and durations.
enum class Unit : int8_t {
  kNone, kMinute, kHour, kDay, kWeek, kFortnight, kMonth, kQuarter, kYear, kDecade, kCentury
};

// Where in a period: "early October", "mid-2024", "late 2024", "the end of".
enum class Part : int8_t { kNone, kEarly, kMid, kLate };

// Modifier words that open an expression ("since December").
enum class PrefixMod : int8_t { kNone, kSince, kUntil, kBefore, kAfter, kApprox, kFrom, kBetween };

// Post-positions of counted units: "two days ago / later / earlier / before / after".
enum class Post : int8_t { kNone, kAgo, kLater, kEarlier, kBefore, kAfter };

// Everything the tables know about one word (lower-cased). Fields not
// applicable are 0 / kNone / -1.
struct WordInfo {
  int8_t month = 0;        // 1..12 ("june", "jun", "jun.", "sept.")
  bool month_abbrev = false;
  int8_t weekday = -1;     // 0 = Monday .. 6 = Sunday
  int8_t number = -1;      // cardinal 0..99 ("two", "twenty-five", "a")
  int8_t ordinal = -1;     // 1..31 ("first", "third", "twentieth", "twenty-first")
  Unit unit = Unit::kNone; // "day", "days", "weeks"
  int8_t season = -1;      // 0 spring, 1 summer, 2 autumn, 3 winter
  int8_t rel_day = -128;   // yesterday -1, today/tonight 0, tomorrow +1
  int8_t shift = -128;     // last/previous -1, this/current 0, next/coming +1
  Part part = Part::kNone; // early/mid/late/middle/end/beginning/start
  PrefixMod prefix = PrefixMod::kNone;
  Post post = Post::kNone;
  bool trigger = false;    // may start (or be the core of) a time expression
};

// Returns the entry for `word` (any case), or nullptr when the word is in no
// table. Thread-safe (the table is built on first use).
const WordInfo* LookUp(std::string_view word);

// Returns true iff `word` lower-cased equals `lower` (ASCII).
bool EqualsLower(std::string_view word, std::string_view lower);

// Returns true iff `s` is an apostrophe: ' or a typographic one (U+2019, U+2018).
inline bool IsApostrophe(std::string_view s) {
  return s == "'" || s == "\xE2\x80\x99" || s == "\xE2\x80\x98";
}

// Parses an all-digit string (up to 9 digits); -1 otherwise.
int ParseDigits(std::string_view s);

// Two-letter season code in values: "SP", "SU", "FA", "WI".
const char* SeasonCode(int season);

// The tag-like word classes that block a bare year or a month name from
// being a date: measure nouns after a number ("2020 people", "2000 km") and
// labels before one ("Flight 2020", "Article 15", "No. 1990").
bool IsMeasureWord(std::string_view word);
bool IsLabelWord(std::string_view word);

}  // namespace riposte::temporal::internal
