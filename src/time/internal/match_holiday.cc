// Fixed-date holidays as time expressions: "Christmas Eve", "New Year's
// Day", "the 2025 Victory Day Parade", "New Year's Eve 2023" (a year just
// before or after the name is taken).
//
// The table holds only holidays whose Gregorian date is the same every year
// and that news about crises names (moveable feasts such as Easter or
// Nowruz, which falls on the 20th or 21st, are left out rather than
// guessed). Names are written as the tokenizer splits them ("New Year 's
// Day"); a typographic apostrophe matches a straight one. Longest names come
// first so that "Christmas Eve" wins over "Christmas". A match is a kDate
// with month and day and the year given before it, or 0 (from the document
// date and tense, like "June 27").
//
// Tested by recognize_test.cc (Holidays).
#include <array>
#include <string_view>

#include "time/internal/match.h"

namespace riposte::temporal::internal {
namespace {

struct Holiday {
  std::array<std::string_view, 4> words;  // as tokens; unused slots empty
  int month, day;
};

// Longest first. Facts: the holidays' calendar dates.
constexpr Holiday kHolidays[] = {
    {{"International", "Women", "'s", "Day"}, 3, 8},
    {{"New", "Year", "'s", "Eve"}, 12, 31},
    {{"New", "Year", "'s", "Day"}, 1, 1},
    {{"Orthodox", "Christmas", "", ""}, 1, 7},
    {{"Christmas", "Eve", "", ""}, 12, 24},
    {{"Christmas", "Day", "", ""}, 12, 25},
    {{"Boxing", "Day", "", ""}, 12, 26},
    {{"Valentine", "'s", "Day", ""}, 2, 14},
    {{"Victory", "Day", "", ""}, 5, 9},        // Russia and most post-Soviet states
    {{"VE", "Day", "", ""}, 5, 8},
    {{"Bastille", "Day", "", ""}, 7, 14},
    {{"Armistice", "Day", "", ""}, 11, 11},
    {{"Remembrance", "Day", "", ""}, 11, 11},
    {{"May", "Day", "", ""}, 5, 1},
    {{"Halloween", "", "", ""}, 10, 31},
    {{"Christmas", "", "", ""}, 12, 25},
};

bool SameWord(std::string_view token, std::string_view word) {
  if (word == "'s") return token == "'s" || token == "\u2019s";
  return token == word;
}

}  // namespace

bool IsHolidayStart(std::string_view token) {
  if (token.empty() || token[0] < 'A' || token[0] > 'Z') return false;
  for (const Holiday& h : kHolidays) {
    if (h.words[0] == token) return true;
  }
  return false;
}

bool Matcher::HolidayAt(uint32_t i, Parsed* out) const {
  if (!In(i)) return false;
  const int year = YearAt(i);
  const uint32_t at = year != 0 ? i + 1 : i;
  if (!In(at) || !IsHolidayStart(Text(at))) return false;
  for (const Holiday& h : kHolidays) {
    uint32_t k = at;
    bool ok = true;
    for (std::string_view w : h.words) {
      if (w.empty()) break;
      if (!In(k) || !SameWord(Text(k), w)) {
        ok = false;
        break;
      }
      ++k;
    }
    if (!ok) continue;
    int y = year;
    if (y == 0 && (y = YearAt(k)) != 0) ++k;  // "New Year's Eve 2023"
    *out = Parsed{};
    out->kind = Kind::kDate;
    out->begin = i;
    out->end = k;
    out->year = y;
    out->month = h.month;
    out->day = h.day;
    out->rule = y != 0 ? "year+holiday" : "holiday";
    return true;
  }
  return false;
}

}  // namespace riposte::temporal::internal
