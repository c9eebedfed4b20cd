// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Line matchers behind SniffMetadata: each looks at one line of an article
// (a view into Document::text) and says what it found and where, as byte
// offsets into that line, so the caller can cut the exact evidence.
//
//   MatchDateline("PYATIGORSK, July 1. /TASS/. Russia's ...")
//     -> place "PYATIGORSK", outlet "TASS", month 7, day 1, no year,
//        evidence [0, 27) = "PYATIGORSK, July 1. /TASS/."
//   MatchByline("By Mehdi Seyf Tabrizi, Expert in Azerbaijan Affairs")
//     -> author "Mehdi Seyf Tabrizi", evidence "By Mehdi Seyf Tabrizi"
//   MatchOutletLine("© 2025 Reuters. All rights reserved.") -> "Reuters"
//
// All matchers abstain (return nullopt) when the line is only probably what
// they look for: a wrong byline or outlet is worse than none.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/internal/dates.h"

namespace riposte::ingest::internal {

// Returns the position of the first byte at or after `pos` that is not a
// space, tab, carriage return or no-break space (U+00A0).
inline size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    if (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r') {
      ++pos;
    } else if (s.substr(pos, 2) == "\xC2\xA0") {
      pos += 2;
    } else {
      break;
    }
  }
  return pos;
}

// text.rfind('\n', end - 1) (REQUIRES end > 0), eight bytes at a time: the
// tail's lines are paragraphs, and the byte-wise backward scan was a third
// of sniffing. The test flags exactly the bytes equal to '\n' (no carries
// between bytes), so the highest flag is the last newline.
inline size_t LastNewlineBefore(std::string_view text, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kLows = 0x7F7F7F7F7F7F7F7Full;
  if constexpr (std::endian::native == std::endian::little) {
    for (; end >= 8; end -= 8) {
      uint64_t w;
      std::memcpy(&w, text.data() + end - 8, 8);
      const uint64_t x = w ^ (kOnes * '\n');
      const uint64_t zero = ~(((x & kLows) + kLows) | x) & ~kLows;
      if (zero != 0) return end - 8 + (63 - std::countl_zero(zero)) / 8;
    }
  }
  while (end > 0) {
    if (text[--end] == '\n') return end;
  }
  return std::string_view::npos;
}

// Returns true iff `a` and `b` are equal but for ASCII letter case.
inline bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] | 0x20) : a[i];
    char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] | 0x20) : b[i];
    if (x != y) return false;
  }
  return true;
}

// A value read from a line, with its evidence at [begin, end) of the line.
struct LineMatch {
  std::string value;
  size_t begin = 0;
  size_t end = 0;
};

struct DatelineMatch {
  std::string place;        // as written: "BAKU", "Baku"
  size_t begin = 0;         // the whole dateline within the line
  size_t end = 0;
  std::string outlet;       // from an agency marker ("TASS"), or ""
  int month = 0;            // 0 when the dateline has no date
  int day = 0;
  bool has_year = false;
  DateTimeValue date;       // the full date when has_year
  size_t date_begin = 0;    // the date's text within the line
  size_t date_end = 0;
};

// A dateline at the start of `line` (leading spaces allowed): an all-caps
// place ("BAKU", "NEW YORK") or, with an agency marker or a dated dash, a
// title-case one ("Baku"); optional regions (", Azerbaijan"); an optional
// date ("July 1", "1 July 2025"); an optional agency marker ("(Reuters)",
// "/TASS/", "REPORT.AZ/"); then a dash, a period or the marker ends it. The
// article text must follow in lower case, so all-caps headlines are not
// taken for datelines.
std::optional<DatelineMatch> MatchDateline(std::string_view line);

// A byline: "By Jane Doe", "BY JANE DOE", "Written by ...", "Reporting by
// Jane Doe; Editing by ...", "Author: Jane Doe". The name must be two to
// five capitalised words and end the byline (end of line, punctuation, or
// "in"/"for"/"at"). "By Reuters" and "By Jane Doe, Reuters" fill *outlet.
std::optional<LineMatch> MatchByline(std::string_view line, std::optional<LineMatch>* outlet);

// "• Ibrahim Ekmekci": a bullet followed by a person's name and nothing else.
std::optional<LineMatch> MatchBulletName(std::string_view line);

// True iff the line is a bullet ("•", "·") item.
bool IsBulletLine(std::string_view line);

// The outlet named by a copyright line ("© 2025 Reuters"), a source line
// naming a known agency ("Source: TASS"), or a disclaimer ("... may not
// coincide with the view of News.Az.").
std::optional<LineMatch> MatchOutletLine(std::string_view line);

// The canonical outlet for an agency name or marker ("AA" -> "Anadolu
// Agency", "ТАСС" -> "TASS", "REPORT.AZ" -> "Report.az"), "" if unknown.
std::string OutletForAgency(std::string_view name);

}  // namespace riposte::ingest::internal
