// Sentence ends from terminal punctuation, and the merge into spans.
//
// PunctuationCuts scans for runs of . ! ? and considers a sentence end after
// the run plus any closing quotes or brackets ('He said "no." Then', '(...).
// Next') when whitespace follows (so "3.5", "U.S.-led", "news.az",
// "25.07.2025", e-mails and URLs never break). It then looks at the next word,
// past opening quotes and brackets:
//   - lower case or punctuation next: no break ("e.g. a", '..." he said');
//   - ? or ! in the run: break (before a capital or a digit), unless a
//     closing quote follows and a reporting verb comes within four words
//     ('"Why?" Aliyev asked.', '"Stop!" Officer Ahmadov shouted.');
//   - an ellipsis (two or more dots): break before a capital only;
//   - one period: the word before it decides (abbreviations.h):
//       ordinary word, "etc", a word ending in a quote or bracket: break;
//       a number: break before a capital only (no break in "25. 07"),
//         nor after a 1-3 digit list enumerator starting a line ("1. The");
//       title (Mr., Gen., e.g., vs.): never;
//       number prefix (No., Art.): no break before a digit;
//       month (Jan., Sept.): no break before a digit, else as below;
//       may-end (U.S., a.m., Inc., initials J.): break only before a clear
//         sentence starter (The, He, In, But...): "in the U.S. The ministry"
//         breaks, "U.S. President Joe Biden" and "Ilham H. Aliyev" do not.
// Sentence ends found by lines.cc (layout) and here are merged in order;
// the text between consecutive ends, trimmed, is a sentence.
//
// Tested by sentences_test.cc.
#include "text/internal/sentences.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "text/internal/abbreviations.h"
#include "text/internal/chars.h"

namespace riposte::text::internal {

namespace {

struct TerminalTable {
  bool is[256];
  constexpr TerminalTable() : is() {
    is[static_cast<unsigned char>('.')] = true;
    is[static_cast<unsigned char>('!')] = true;
    is[static_cast<unsigned char>('?')] = true;
  }
};
constexpr TerminalTable kTerminal{};

// The first terminal byte ('.', '!', '?') of s[i, n), or n. Eight bytes at a
// time: terminals are a few percent of the bytes, and the byte-wise scan was
// most of the sentence splitter's time. The zero-byte test is exact for the
// lowest flagged byte, the one returned.
size_t NextTerminal(const unsigned char* s, size_t i, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      const uint64_t period = w ^ (kOnes * '.'), bang = w ^ (kOnes * '!'), question = w ^ (kOnes * '?');
      const uint64_t flagged = (((period - kOnes) & ~period) | ((bang - kOnes) & ~bang) |
                                ((question - kOnes) & ~question)) & kHighs;
      if (flagged != 0) return i + std::countr_zero(flagged) / 8;
    }
  }
  while (i < n && !kTerminal.is[s[i]]) ++i;
  return i;
}

bool IsNumeric(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    if (ClassOf(c) == kDigit) digit = true;
    else if (c != '.' && c != ',') return false;
  }
  return digit;
}

// True iff only spaces stand between `i` and the start of its line: a number
// there is a list enumerator ("1. Baku closed the office").
bool StartsLine(std::string_view text, size_t i) {
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i == 0 || text[i - 1] == '\n';
}

// The ASCII letters of the word starting at `i` ("The" of "The ministry").
std::string_view NextWord(std::string_view text, size_t i) {
  size_t k = i;
  while (k < text.size() && (ClassOf(text[k]) == kUpper || ClassOf(text[k]) == kLower)) ++k;
  return text.substr(i, k - i);
}

// True iff one of the (up to four) words from `i` on is a lower-case
// reporting verb: '"Why?" Aliyev asked.'
bool AttributionFollows(std::string_view text, size_t i) {
  const size_t stop = std::min(text.size(), i + 48);
  for (int words = 0; words < 4 && i < stop; ++words) {
    size_t b = i;
    while (i < stop && (ClassOf(text[i]) == kLower || ClassOf(text[i]) == kUpper)) ++i;
    if (IsReportingVerb(text.substr(b, i - b))) return true;
    if (i == b || i >= stop || text[i] != ' ') return false;  // a word ends at a space
    ++i;
  }
  return false;
}

// Decides a single period at `p` followed (after spaces and openers) by the
// word at `next_at`, of shape `next`.
bool PeriodBreaks(std::string_view text, size_t p, size_t next_at, Shape next) {
  // Words longer than kMaxWord bytes are not abbreviations; the cap keeps
  // the scan linear on text without spaces.
  constexpr size_t kMaxWord = 64;
  size_t wb = p;
  while (wb > 0 && p - wb < kMaxWord && !IsSpaceByte(text[wb - 1])) --wb;
  while (wb < p && IsOpener(text[wb])) ++wb;
  std::string_view word = text.substr(wb, p - wb);
  if (word.empty() || IsCloser(word.back())) return true;
  if (IsNumeric(word))
    return next == Shape::kUpper && !(word.size() <= 3 && StartsLine(text, wb));
  switch (ClassifyAbbreviation(word)) {
    case AbbrevClass::kNone:
    case AbbrevClass::kUsuallyEnds:
      return true;
    case AbbrevClass::kTitle:
      return false;
    case AbbrevClass::kNumberPrefix:
      return next == Shape::kUpper;
    case AbbrevClass::kMonth:
    case AbbrevClass::kMayEnd:
      return next == Shape::kUpper && IsSentenceStarter(NextWord(text, next_at));
  }
  return true;
}

}  // namespace

void PunctuationCuts(std::string_view text, std::vector<Offset>& cuts) {
  const size_t n = text.size();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < n) {
    i = NextTerminal(s, i, n);
    if (i >= n) break;
    const size_t p = i;
    size_t dots = 0;
    bool bang = false;
    while (i < n && kTerminal.is[s[i]]) {
      if (s[i] == '.') ++dots;
      else bang = true;
      ++i;
    }
    size_t r = i;
    while (r < n && IsCloser(text[r])) ++r;
    if (r >= n || !IsSpaceByte(text[r])) continue;
    size_t t = r;
    while (t < n && IsSpaceByte(text[t])) ++t;
    while (t < n && IsOpener(text[t])) ++t;
    if (t >= n) continue;
    const Shape next = ShapeAt(text, t);
    bool brk;
    if (next == Shape::kLower || next == Shape::kOther) brk = false;
    else if (bang) brk = !(r > i && (text[r - 1] == '"' || text[r - 1] == '\'') &&
                           AttributionFollows(text, t));
    else if (dots >= 2) brk = next == Shape::kUpper;
    else brk = PeriodBreaks(text, p, t, next);
    if (brk) cuts.push_back(static_cast<Offset>(r));
  }
}

void SplitNormalized(std::string_view text, std::vector<Span>& out) {
  std::vector<Offset> layout, punct;
  LineBreakCuts(text, layout);
  PunctuationCuts(text, punct);
  std::vector<Offset> cuts(layout.size() + punct.size());
  std::merge(layout.begin(), layout.end(), punct.begin(), punct.end(), cuts.begin());
  cuts.push_back(static_cast<Offset>(text.size()));
  size_t start = 0;
  for (Offset cut : cuts) {
    if (cut <= start) continue;
    size_t b = start, e = cut;
    while (b < e && IsSpaceByte(text[b])) ++b;
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    if (b < e) out.push_back(Span{static_cast<Offset>(b), static_cast<Offset>(e)});
    start = cut;
  }
}

}  // namespace riposte::text::internal
