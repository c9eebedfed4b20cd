// The segment stage's public functions: normalise once, split and tokenize
// the normalised text (internal/), map every span back to the stored text.
//
// Plain ASCII text is its own normalised form: it skips the copy and the
// offset map entirely (the common case for English wire text). Otherwise the
// text is normalised (internal/normalize.cc) and each span [b, e) becomes
// [to_orig[b], to_orig[e]), then trimmed of whitespace and of the characters
// normalisation dropped (a zero-width space just before the next sentence
// would otherwise end up inside this one). A span that maps to nothing is
// dropped. Tokens are found sentence by sentence, so no token crosses a
// sentence end.
//
// Tested by text_test.cc (and sentences_test.cc, tokens_test.cc).
#include "text/text.h"

#include <algorithm>

#include <unicode/utf8.h>

#include "text/internal/normalize.h"
#include "text/internal/sentences.h"
#include "text/internal/tokens.h"

namespace riposte::text {

namespace {

using internal::IsAscii;

bool IsBlankAt(std::string_view s, size_t i, size_t& len) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  len = static_cast<size_t>(pos) - i;
  return internal::IsBlankCodePoint(c);
}

// Trims whitespace and dropped characters off both ends of s[b, e).
Span TrimOriginal(std::string_view s, Offset b, Offset e) {
  // Fast path: both ends are visible ASCII.
  if (b < e && static_cast<unsigned char>(s[b]) > ' ' && static_cast<unsigned char>(s[b]) < 0x80 &&
      static_cast<unsigned char>(s[e - 1]) > ' ' && static_cast<unsigned char>(s[e - 1]) < 0x80)
    return Span{b, e};
  size_t len;
  while (b < e && IsBlankAt(s, b, len)) b += static_cast<Offset>(len);
  while (e > b) {
    size_t start = e - 1;
    // Back to the lead byte of the last code point (at most 3 steps).
    for (int k = 0; k < 3 && start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80; ++k)
      --start;
    if (!IsBlankAt(s, start, len) || start + len != e) break;
    e = static_cast<Offset>(start);
  }
  return Span{b, e};
}

// Maps normalised spans back to `orig` through `to_orig`, shifted by `base`,
// trimmed, empty ones dropped. The elements are made in place (resize, then
// set each span): a Token pushed as a temporary was built, moved and
// destroyed, its string included.
template <typename T>
void MapBack(const std::vector<Span>& spans, std::string_view orig, const std::vector<Offset>& to_orig,
             Offset base, std::vector<T>& out) {
  size_t n = out.size();
  out.resize(n + spans.size());
  for (Span s : spans) {
    Span o = TrimOriginal(orig, to_orig[s.begin], to_orig[s.end]);
    if (!o.empty()) out[n++].span = Span{o.begin + base, o.end + base};
  }
  out.resize(n);
}

template <typename T>
void Copy(const std::vector<Span>& spans, Offset base, std::vector<T>& out) {
  size_t n = out.size();
  out.resize(n + spans.size());
  for (Span s : spans) out[n++].span = Span{s.begin + base, s.end + base};
}

}  // namespace

Normalized Normalize(std::string_view text) {
  Normalized n;
  internal::NormalizeInto(text, n.text, n.to_orig);
  return n;
}

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  std::vector<Span> spans;
  if (IsAscii(text)) {
    internal::SplitNormalized(text, spans);
    Copy(spans, 0, out);
    return out;
  }
  Normalized n = Normalize(text);
  internal::SplitNormalized(n.text, spans);
  MapBack(spans, text, n.to_orig, 0, out);
  return out;
}

std::vector<Token> Tokenize(std::string_view text, Span within) {
  std::vector<Token> out;
  std::vector<Span> spans;
  const Offset end = std::min<Offset>(within.end, static_cast<Offset>(text.size()));
  const Offset begin = std::min(within.begin, end);
  std::string_view sub = text.substr(begin, end - begin);
  if (IsAscii(sub)) {
    internal::TokenizeNormalized(text, begin, end, internal::Origin{}, spans);
    Copy(spans, 0, out);
    return out;
  }
  Normalized n = Normalize(sub);
  internal::TokenizeNormalized(n.text, 0, n.text.size(), internal::Origin{sub, n.to_orig.data()},
                               spans);
  MapBack(spans, sub, n.to_orig, begin, out);
  return out;
}

void Segment(Document& doc) {
  doc.sentences.clear();
  doc.tokens.clear();
  if (doc.text.size() > kMaxTextBytes) {
    doc.warnings.push_back(Diagnostic{"text longer than the segment limit; not segmented"});
    return;
  }
  std::vector<Span> sentences, tokens;
  tokens.reserve(doc.text.size() / 5 + 16);
  if (IsAscii(doc.text)) {
    internal::SplitNormalized(doc.text, sentences);
    for (Span s : sentences)
      internal::TokenizeNormalized(doc.text, s.begin, s.end, internal::Origin{}, tokens);
    Copy(sentences, 0, doc.sentences);
    Copy(tokens, 0, doc.tokens);
    return;
  }
  Normalized n = Normalize(doc.text);
  internal::SplitNormalized(n.text, sentences);
  const internal::Origin origin{doc.text, n.to_orig.data()};
  for (Span s : sentences) internal::TokenizeNormalized(n.text, s.begin, s.end, origin, tokens);
  MapBack(sentences, doc.text, n.to_orig, 0, doc.sentences);
  MapBack(tokens, doc.text, n.to_orig, 0, doc.tokens);
}

}  // namespace riposte::text
