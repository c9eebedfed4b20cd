// Sentence ends from the layout of lines.
//
// The text is cut into lines at '\n' and the lines into paragraphs at blank
// lines; a paragraph end always ends a sentence. Inside a paragraph each line
// break is a hard break (a sentence ends there) or a soft one (plain
// whitespace: the punctuation rules of sentences.cc decide), in this order:
//   1. the next line is a bullet or list item (•, ▪, "- ", "* ", "1.", "2)",
//      "(a)")                                              -> hard
//   2. the line ends with ':'                              -> hard, unless the
//      paragraph is hard-wrapped and the next line starts in lower case
//   3. the next line starts in lower case or with , ; ) %  -> soft
//   4. the line ends with terminal punctuation             -> hard, unless the
//      paragraph is hard-wrapped (then an abbreviation may end the line)
//   5. the line is a bullet item                           -> hard, unless the
//      next line is indented further (the item continues)
//   6. the line ends with , - & / or a function word (the, of, and...) -> soft
//   7. the paragraph is not hard-wrapped                   -> hard (a headline,
//      a byline, a dateline: one paragraph a line)
//   8. hard-wrapped: soft if the next line's first word would not have fitted
//      on this line within the wrap width (the wrapper had to break); else
//      hard if the line is title-like or at most 60% of the width (a
//      headline or byline in front of the body), soft otherwise.
// "Hard-wrapped" comes from line-length statistics: over the whole text, the
// lengths of lines followed by another line of their paragraph; when at least
// three exist, their 90th percentile is the wrap width and the text is
// wrapped if that width lies in [30, 110] characters and 60% of those lines
// are at least 70% of it. A paragraph of a wrapped text is wrapped when its
// longest line is within the width (+10); a paragraph of at least three lines
// whose own longest line is in [30, 110] and whose lines before the last are
// mostly (and at least two) at 70% of it is wrapped on its own evidence.
// Two-line paragraphs in a text with no other evidence count as not wrapped.
//
// Tested by sentences_test.cc.
#include "text/internal/sentences.h"

#include <algorithm>
#include <cstring>

#include "text/internal/abbreviations.h"
#include "text/internal/chars.h"

namespace riposte::text::internal {

namespace {

constexpr uint32_t kMinWrapWidth = 30;
constexpr uint32_t kMaxWrapWidth = 110;
constexpr uint32_t kWrapSlack = 10;

// A non-blank line. Blank lines are not stored (a text of newlines costs no
// memory); they only mark the next line as a paragraph start.
struct Line {
  Offset begin = 0;         // first byte of the line
  Offset text_begin = 0;    // first non-space byte
  Offset end = 0;           // one past the last non-space byte
  uint32_t chars = 0;       // code points in [begin, end)
  bool para_start = false;  // first line of a paragraph
  uint32_t indent() const { return text_begin - begin; }
};

struct Wrap {
  bool wrapped = false;
  uint32_t width = 0;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 64 + 1);
  const size_t n = text.size();
  size_t pos = 0;
  bool after_blank = true;
  while (pos <= n) {
    const void* nl = pos < n ? std::memchr(text.data() + pos, '\n', n - pos) : nullptr;
    size_t stop = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : n;
    size_t b = pos, e = stop;
    while (b < e && IsSpaceByte(text[b])) ++b;
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    if (b == e) {
      after_blank = true;
    } else {
      Line line;
      line.begin = static_cast<Offset>(pos);
      line.text_begin = static_cast<Offset>(b);
      line.end = static_cast<Offset>(e);
      line.para_start = after_blank;
      lines.push_back(line);
      after_blank = false;
    }
    if (!nl) break;
    pos = stop + 1;
  }
  return lines;
}

// Wrap evidence over the whole text (see the file comment).
Wrap DocumentWrap(const std::vector<Line>& lines) {
  std::vector<uint32_t> samples;
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    if (!lines[i + 1].para_start) samples.push_back(lines[i].chars);
  Wrap w;
  if (samples.size() < 3) return w;
  auto pct90 = samples.begin() + static_cast<std::ptrdiff_t>((samples.size() - 1) * 9 / 10);
  std::nth_element(samples.begin(), pct90, samples.end());
  w.width = *pct90;
  if (w.width < kMinWrapWidth || w.width > kMaxWrapWidth) return w;
  size_t full = 0;
  for (uint32_t c : samples) full += c * 10 >= w.width * 7;
  w.wrapped = full * 10 >= samples.size() * 6;
  return w;
}

Wrap ParagraphWrap(const std::vector<Line>& lines, size_t p, size_t q, const Wrap& doc) {
  uint32_t widest = 0;
  for (size_t i = p; i < q; ++i) widest = std::max(widest, lines[i].chars);
  if (doc.wrapped && widest <= doc.width + kWrapSlack) return {true, std::max(doc.width, widest)};
  const size_t n = q - p;
  if (n < 3 || widest < kMinWrapWidth || widest > kMaxWrapWidth) return {};
  size_t full = 0;
  for (size_t i = p; i + 1 < q; ++i) full += lines[i].chars * 10 >= widest * 7;
  if (full >= 2 && full * 2 >= n - 1) return {true, widest};
  return {};
}

bool IsBulletGlyph(UChar32 c) {
  switch (c) {
    case 0x2022: case 0x2023: case 0x2043: case 0x00B7: case 0x25AA: case 0x25AB:
    case 0x25A0: case 0x25A1: case 0x25CF: case 0x25E6: case 0x25BA: case 0x25B6:
    case 0x25C6: case 0x2713: case 0x2714: case 0x27A2: case 0x2219:
      return true;
    default:
      return false;
  }
}

// True iff the line starts with a bullet or a list enumerator.
bool IsBullet(std::string_view text, const Line& line) {
  size_t i = line.text_begin;
  const size_t e = line.end;
  if (i >= e) return false;
  char c = text[i];
  if (ClassOf(c) == kHigh) {
    int32_t len;
    return IsBulletGlyph(DecodeAt(text, i, len));
  }
  if (c == '-' || c == '*' || c == '+') {
    // "- item", not "-- " rules nor "- who said" (a wrapped dash).
    return i + 2 < e && text[i + 1] == ' ' && ShapeAt(text, i + 2) != Shape::kLower &&
           text[i + 2] != '-';
  }
  size_t j = i;
  if (c == '(') ++j;
  size_t digits = 0;
  while (j < e && ClassOf(text[j]) == kDigit && digits < 3) ++j, ++digits;
  bool letter = false;
  if (digits == 0 && j < e && (ClassOf(text[j]) == kLower || ClassOf(text[j]) == kUpper)) {
    ++j;
    letter = true;
  }
  if ((digits == 0 && !letter) || digits > 2 || j + 1 >= e) return false;
  if (text[j] == ')') return text[j + 1] == ' ';
  // "1. text" (digits only: "A. Smith" is an initial) when not "(1." .
  return c != '(' && !letter && text[j] == '.' && text[j + 1] == ' ';
}

bool EndsWithTerminal(std::string_view text, const Line& line) {
  size_t k = line.end;
  while (k > line.text_begin && IsCloser(text[k - 1])) --k;
  return k > line.text_begin && IsTerminal(text[k - 1]);
}

std::string_view LastWord(std::string_view text, const Line& line) {
  size_t k = line.end;
  while (k > line.text_begin && !IsSpaceByte(text[k - 1])) --k;
  return text.substr(k, line.end - k);
}

uint32_t FirstWordChars(std::string_view text, const Line& line) {
  size_t k = line.text_begin;
  while (k < line.end && !IsSpaceByte(text[k])) ++k;
  return CountChars(text, line.text_begin, k);
}

// Headline style: no lower-case letter at all, or at least 75% of the
// content words (not lower-case function words) capitalised.
bool IsTitleLike(std::string_view text, const Line& line) {
  size_t content = 0, capitalised = 0;
  bool any_lower = false;
  size_t i = line.text_begin;
  const size_t e = line.end;
  while (i < e) {
    while (i < e && IsSpaceByte(text[i])) ++i;
    size_t wb = i;
    while (i < e && !IsSpaceByte(text[i])) ++i;
    std::string_view word = text.substr(wb, i - wb);
    if (word.empty() || IsFunctionWord(word)) continue;
    Shape first = Shape::kOther;
    for (size_t k = wb; k < i; ++k) {
      Shape s = ShapeAt(text, k);
      if (s == Shape::kUpper || s == Shape::kLower) {
        first = s;
        break;
      }
    }
    if (first == Shape::kOther) continue;
    ++content;
    if (first == Shape::kUpper) ++capitalised;
    for (size_t k = wb; k < i && !any_lower; ++k) any_lower = ClassOf(text[k]) == kLower;
  }
  if (content == 0) return false;
  return !any_lower || capitalised * 4 >= content * 3;
}

bool StartsContinuation(std::string_view text, const Line& line) {
  char c = text[line.text_begin];
  if (c == ',' || c == ';' || c == ')' || c == '%' || c == ']') return true;
  return ShapeAt(text, line.text_begin) == Shape::kLower;
}

// The rules of the file comment, for the break between lines a and b.
bool IsHardBreak(std::string_view text, const Line& a, const Line& b, const Wrap& para) {
  if (IsBullet(text, b)) return true;
  const char last = text[a.end - 1];
  const bool b_continues = StartsContinuation(text, b);
  if (last == ':') return !(para.wrapped && b_continues);
  if (b_continues) return false;
  if (EndsWithTerminal(text, a)) return !para.wrapped;
  if (IsBullet(text, a)) return b.indent() <= a.indent();
  if (last == ',' || last == '-' || last == '&' || last == '/') return false;
  if (IsFunctionWord(LastWord(text, a))) return false;
  if (!para.wrapped) return true;
  if (a.chars + 1 + FirstWordChars(text, b) > para.width) return false;
  return IsTitleLike(text, a) || a.chars * 10 <= para.width * 6;
}

}  // namespace

void LineBreakCuts(std::string_view text, std::vector<Offset>& cuts) {
  std::vector<Line> lines = SplitLines(text);
  // Only lines of multi-line paragraphs need their length.
  for (size_t i = 0; i < lines.size(); ++i) {
    bool multi = !lines[i].para_start || (i + 1 < lines.size() && !lines[i + 1].para_start);
    if (multi) lines[i].chars = CountChars(text, lines[i].begin, lines[i].end);
  }
  const Wrap doc = DocumentWrap(lines);
  size_t i = 0;
  while (i < lines.size()) {
    size_t q = i + 1;
    while (q < lines.size() && !lines[q].para_start) ++q;
    if (q - i >= 2) {
      const Wrap para = ParagraphWrap(lines, i, q, doc);
      for (size_t k = i; k + 1 < q; ++k)
        if (IsHardBreak(text, lines[k], lines[k + 1], para)) cuts.push_back(lines[k].end);
    }
    cuts.push_back(lines[q - 1].end);
    i = q;
  }
}

}  // namespace riposte::text::internal
