// The tokenizer: byte spans of words, numbers, abbreviations, clitics,
// punctuation, URLs and e-mail addresses in normalised text.
//
// One left-to-right pass. ASCII bytes are classified by a 256-entry table;
// other code points are decoded (U8_NEXT) and classified by ICU (letters,
// marks and decimal digits make words; anything else is a one-character
// token). A word is a run of word characters joined by
//   - a hyphen of the original text between word characters ("tit-for-tat",
//     "F-16"; a dash normalised to '-' is not a joiner),
//   - a period before a word character ("U.S", "3.5", "25.07.2025",
//     "news.az"),
//   - a comma between a digit and exactly three digits ("1,200"),
//   - a colon between digits ("10:30"), '&' between capitals ("AT&T"),
//   - an apostrophe before a letter ("O'Brien", "Russia's"), one '@' (e-mail).
// Then clitics split off: "n't" ("do" "n't", "ca" "n't") and 's 're 've 'll
// 'd 'm after the last apostrophe ("Russia" "'s"; "O'Brien" stays whole; also
// after an abbreviation: "U.S." "'s").
// A period right after a word is part of it when the word is an abbreviation
// (abbreviations.h: "Mr.", "U.S.", "etc.", initials "J.", "No." before a
// number). Text starting with http://, https://, ftp:// or www., or a dotted
// word followed by '/', is a URL up to whitespace, less trailing punctuation.
// Runs of periods ("...") and of hyphens ("--") are one token each.
// Whitespace is never a token.
//
// Tested by tokens_test.cc.
#include "text/internal/tokens.h"

#include <bit>
#include <cstring>

#include "text/internal/abbreviations.h"
#include "text/internal/chars.h"

namespace riposte::text::internal {

namespace {

bool IsDigitByte(char c) { return ClassOf(c) == kDigit; }
bool IsUpperByte(char c) { return ClassOf(c) == kUpper; }
char Lower(char c) { return IsUpperByte(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view text, size_t i, size_t e, std::string_view prefix) {
  if (e - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k)
    if (Lower(text[i + k]) != prefix[k]) return false;
  return true;
}

bool IsRealHyphen(const Origin& origin, size_t j) {
  if (origin.to_orig == nullptr) return true;
  const size_t o = origin.to_orig[j];
  std::string_view s = origin.orig;
  if (o < s.size() && s[o] == '-') return true;
  return o + 2 < s.size() && s[o] == '\xE2' && s[o + 1] == '\x80' &&
         (s[o + 2] == '\x90' || s[o + 2] == '\x91');
}

bool IsWordCharAt(std::string_view text, size_t i, size_t e) {
  if (i >= e) return false;
  int32_t len;
  return IsWordAt(text, i, len) && i + static_cast<size_t>(len) <= e;
}

// End of a URL starting at i: up to whitespace or < > ", less trailing
// punctuation (a ')' stays when the URL holds a '(').
size_t UrlEnd(std::string_view text, size_t i, size_t e) {
  size_t j = i;
  bool paren = false;
  while (j < e && !IsSpaceByte(text[j]) && text[j] != '"' && text[j] != '<' && text[j] != '>') {
    paren = paren || text[j] == '(';
    ++j;
  }
  while (j > i) {
    char c = text[j - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == ']' || c == '}' || (c == ')' && !paren)) {
      --j;
    } else {
      break;
    }
  }
  return j;
}

bool IsUrlStart(std::string_view text, size_t i, size_t e) {
  // Every prefix starts with h, f or w: other words are ruled out at once.
  const char first = Lower(text[i]);
  if (first != 'h' && first != 'f' && first != 'w') return false;
  return StartsWithNoCase(text, i, e, "http://") || StartsWithNoCase(text, i, e, "https://") ||
         StartsWithNoCase(text, i, e, "ftp://") ||
         (StartsWithNoCase(text, i, e, "www.") && IsWordCharAt(text, i + 4, e));
}

// The end of the run of ASCII letters and digits at text[j, e). Eight bytes
// at a time while eight are left: a byte loop lost a mispredicted exit per
// word. The tests are exact per byte (no carry crosses a byte).
size_t SkipAsciiAlnum(std::string_view text, size_t j, size_t e) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = kOnes * 0x80, kLows = kOnes * 0x7F;
  if constexpr (std::endian::native == std::endian::little) {
    for (; j + 8 <= e; j += 8) {
      uint64_t w;
      std::memcpy(&w, text.data() + j, 8);
      const uint64_t low = w & kLows;
      const uint64_t folded = low | (kOnes * 0x20);
      const uint64_t letter = ((folded + kOnes * (0x80 - 'a')) & ~(folded + kOnes * (0x80 - 'z' - 1)));
      const uint64_t digit = ((low + kOnes * (0x80 - '0')) & ~(low + kOnes * (0x80 - '9' - 1)));
      const uint64_t stop = ~((letter | digit) & ~w) & kHighs;
      if (stop != 0) return j + static_cast<size_t>(std::countr_zero(stop)) / 8;
    }
  }
  while (j < e && IsAsciiAlnum(text[j])) ++j;
  return j;
}

// Scans the joined word starting at i (a word character); returns its end.
// `has_dot` and `has_apostrophe` tell whether it joined a '.' or a '\''.
size_t ScanWord(std::string_view text, size_t i, size_t e, const Origin& origin, bool& has_dot,
                bool& has_apostrophe) {
  size_t j = i;
  bool has_at = false;
  has_dot = false;
  has_apostrophe = false;
  while (j < e) {
    j = SkipAsciiAlnum(text, j, e);
    if (j >= e) break;
    const uint8_t k = ClassOf(text[j]);
    if (k == kHigh) {
      int32_t len;
      if (IsWordAt(text, j, len) && j + static_cast<size_t>(len) <= e) {
        j += static_cast<size_t>(len);
        continue;
      }
      break;
    }
    const char c = text[j];
    if (j == i || !IsWordCharAt(text, j + 1, e)) break;
    const char prev = text[j - 1], next = text[j + 1];
    bool join = false;
    switch (c) {
      case '-': join = IsRealHyphen(origin, j); break;
      case '.': join = true; has_dot = true; break;
      case ',':
        join = IsDigitByte(prev) && j + 3 < e && IsDigitByte(text[j + 1]) &&
               IsDigitByte(text[j + 2]) && IsDigitByte(text[j + 3]) &&
               (j + 4 >= e || !IsDigitByte(text[j + 4]));
        break;
      case ':': join = IsDigitByte(prev) && IsDigitByte(next); break;
      case '&': join = IsUpperByte(prev) && IsUpperByte(next); break;
      case '\'':
        join = ShapeAt(text, j + 1) == Shape::kLower || ShapeAt(text, j + 1) == Shape::kUpper;
        has_apostrophe = has_apostrophe || join;
        break;
      case '@': join = !has_at; has_at = true; break;
      default: break;
    }
    if (!join) break;
    ++j;
  }
  return j;
}

// Length of a clitic ending the word [i, j), 0 if none.
size_t CliticLength(std::string_view text, size_t i, size_t j) {
  if (j - i > 3 && Lower(text[j - 3]) == 'n' && text[j - 2] == '\'' && Lower(text[j - 1]) == 't' &&
      ShapeAt(text, j - 4) != Shape::kOther)
    return 3;
  size_t a = j;
  while (a > i && text[a - 1] != '\'') --a;
  if (a <= i + 1) return 0;  // no apostrophe, or nothing before it
  std::string_view suffix = text.substr(a, j - a);
  char buf[3];
  if (suffix.size() > 2) return 0;
  for (size_t k = 0; k < suffix.size(); ++k) buf[k] = Lower(suffix[k]);
  std::string_view s(buf, suffix.size());
  if (s == "s" || s == "re" || s == "ve" || s == "ll" || s == "d" || s == "m") return j - a + 1;
  return 0;
}

bool NumberFollows(std::string_view text, size_t i, size_t e) {
  while (i < e && text[i] == ' ') ++i;
  return i < e && IsDigitByte(text[i]);
}

void Push(std::vector<Span>& out, size_t b, size_t e) {
  out.push_back(Span{static_cast<Offset>(b), static_cast<Offset>(e)});
}

}  // namespace

void TokenizeNormalized(std::string_view text, size_t b, size_t e, const Origin& origin,
                        std::vector<Span>& out) {
  size_t i = b;
  while (i < e) {
    const uint8_t k = ClassOf(text[i]);
    if (k == kSpace) {
      ++i;
      continue;
    }
    int32_t len = 1;
    bool word = k == kLower || k == kUpper || k == kDigit;
    if (k == kHigh) {
      UChar32 c = DecodeAt(text, i, len);
      if (i + static_cast<size_t>(len) > e) len = static_cast<int32_t>(e - i);
      if (c >= 0 && u_isUWhiteSpace(c)) {
        i += static_cast<size_t>(len);
        continue;
      }
      word = IsWordCodePoint(c) && i + static_cast<size_t>(len) <= e;
    }
    if (word) {
      if (IsUrlStart(text, i, e)) {
        size_t j = UrlEnd(text, i, e);
        Push(out, i, j);
        i = j;
        continue;
      }
      bool has_dot, has_apostrophe;
      size_t j = ScanWord(text, i, e, origin, has_dot, has_apostrophe);
      if (has_dot && j < e && text[j] == '/') {  // news.az/politics/...
        j = UrlEnd(text, i, e);
        Push(out, i, j);
        i = j;
        continue;
      }
      // Every clitic holds an apostrophe: most words skip the backward scan.
      if (size_t clitic = has_apostrophe ? CliticLength(text, i, j) : 0; clitic > 0) {
        Push(out, i, j - clitic);
        Push(out, j - clitic, j);
      } else {
        if (j < e && text[j] == '.' && !(j + 1 < e && text[j + 1] == '.') &&
            TakesPeriod(text.substr(i, j - i), NumberFollows(text, j + 1, e)))
          ++j;
        Push(out, i, j);
      }
      i = j;
      continue;
    }
    size_t j = i + static_cast<size_t>(len);
    if (text[i] == '\'' && i > b && !IsSpaceByte(text[i - 1])) {
      // A clitic after an abbreviation or a quote: "U.S.'s".
      size_t k = j;
      while (k < e && k - j < 3 && (ClassOf(text[k]) == kLower || ClassOf(text[k]) == kUpper)) ++k;
      if (k > j && !IsWordCharAt(text, k, e) && CliticLength(text, i - 1, k) == k - i) j = k;
    }
    if (text[i] == '.' || text[i] == '-') {
      while (j < e && text[j] == text[i]) ++j;
    }
    Push(out, i, j);
    i = j;
  }
}

}  // namespace riposte::text::internal
