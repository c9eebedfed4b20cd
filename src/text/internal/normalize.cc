// Normalisation with an offset map, in two passes.
//
// Pass 1 copies the text, replacing characters that news text writes in many
// ways by one ASCII form: typographic single quotes and primes -> ', double
// quotes, guillemets and double primes -> ", hyphens, dashes and the minus
// sign -> -, Unicode spaces (NBSP, U+2000..U+200A, U+202F, U+205F, U+3000,
// U+1680) -> ' ', line/paragraph separators and NEL -> newlines, the
// ellipsis -> "..."; it drops the soft hyphen, zero-width characters
// (U+200B..U+200D), bidi controls (U+200E/F, U+202A..U+202E, U+2066..U+2069),
// the word joiner and the BOM. Ill-formed UTF-8 becomes U+FFFD. Runs of ASCII
// are copied 8 bytes at a time with an identity map; every output byte of a
// replacement maps to the first byte of the character it replaces.
//
// Pass 2 applies NFC (ICU Normalizer2) only when pass 1 kept non-ASCII
// characters and ICU's quick check says the text is not already NFC; the
// Edits of normalizeUTF8 compose the two maps (a changed segment maps all its
// bytes to the original start of the segment).
//
// So the map is non-decreasing, ends at the original size, maps the bytes of
// a character kept as is to themselves, and maps the first byte of every
// normalised character to the first byte of an original one: a normalised
// span of whole characters never maps to a range that splits a UTF-8
// sequence.
//
// Tested by text_test.cc.
#include "text/internal/normalize.h"

#include <cstring>
#include <numeric>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include "text/internal/chars.h"

namespace riposte::text::internal {

namespace {

// What pass 1 does with one code point: `hit` false keeps it as is.
struct Replacement {
  bool hit = false;
  const char* bytes = "";
  uint8_t size = 0;
};

Replacement ReplacementFor(UChar32 c) {
  if (c < 0xA0) {
    if (c == 0x85) return {true, "\n", 1};
    return {};
  }
  switch (c) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return {true, " ", 1};
    case 0x00AD: case 0x2060: case 0xFEFF:
      return {true, "", 0};
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x2039: case 0x203A:
      return {true, "'", 1};
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
      return {true, "\"", 1};
    case 0x2212:
      return {true, "-", 1};
    case 0x2026:
      return {true, "...", 3};
    case 0x2028:
      return {true, "\n", 1};
    case 0x2029:
      return {true, "\n\n", 2};
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return {true, " ", 1};
  if (c >= 0x200B && c <= 0x200F) return {true, "", 0};
  if (c >= 0x2010 && c <= 0x2015) return {true, "-", 1};
  if (c >= 0x202A && c <= 0x202E) return {true, "", 0};
  if (c >= 0x2066 && c <= 0x2069) return {true, "", 0};
  return {};
}

// True iff a character with this lead byte may have a replacement: only
// U+0080..U+00BF (C2), U+1680 (E1), U+2000..U+2FFF (E2), U+3000 (E3) and
// U+FEFF (EF) do. Skips the lookup for most letters of other scripts.
bool MayBeReplaced(char lead) {
  switch (static_cast<unsigned char>(lead)) {
    case 0xC2: case 0xE1: case 0xE2: case 0xE3: case 0xEF: return true;
    default: return false;
  }
}

// Pass 1. Returns true iff the output holds non-ASCII characters.
bool MapCharacters(std::string_view in, std::string& out, std::vector<Offset>& map) {
  const size_t n = in.size();
  out.clear();
  out.reserve(n + 16);
  map.clear();
  map.reserve(n + 17);
  bool kept_high = false;
  size_t i = 0;
  while (i < n) {
    size_t run = AsciiPrefix(in.data() + i, n - i);
    if (run > 0) {
      out.append(in.data() + i, run);
      size_t old = map.size();
      map.resize(old + run);
      std::iota(map.begin() + static_cast<std::ptrdiff_t>(old), map.end(), static_cast<Offset>(i));
      i += run;
      if (i == n) break;
    }
    int32_t len;
    UChar32 c = DecodeAt(in, i, len);
    const Offset at = static_cast<Offset>(i);
    if (c < 0) {
      out.append("\xEF\xBF\xBD");
      map.insert(map.end(), 3, at);
      kept_high = true;
    } else if (Replacement r = MayBeReplaced(in[i]) ? ReplacementFor(c) : Replacement{}; r.hit) {
      out.append(r.bytes, r.size);
      map.insert(map.end(), r.size, at);
    } else {
      out.append(in.data() + i, static_cast<size_t>(len));
      for (int32_t k = 0; k < len; ++k) map.push_back(at + static_cast<Offset>(k));
      kept_high = true;
    }
    i += static_cast<size_t>(len);
  }
  map.push_back(static_cast<Offset>(n));
  return kept_high;
}

// Pass 2: NFC of `text` in place, composing `map`. Leaves both untouched when
// the text is already NFC or ICU fails (the text is then used un-composed).
void ApplyNfc(std::string& text, std::vector<Offset>& map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  if (nfc->isNormalizedUTF8(text, status) || U_FAILURE(status)) return;
  status = U_ZERO_ERROR;
  std::string composed;
  composed.reserve(text.size());
  icu::StringByteSink<std::string> sink(&composed);
  icu::Edits edits;
  nfc->normalizeUTF8(0, text, sink, &edits, status);
  if (U_FAILURE(status)) return;
  std::vector<Offset> composed_map;
  composed_map.reserve(composed.size() + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src = static_cast<size_t>(it.sourceIndex());
    const auto count = static_cast<size_t>(it.newLength());
    if (it.hasChange()) {
      composed_map.insert(composed_map.end(), count, map[src]);
    } else {
      composed_map.insert(composed_map.end(), map.begin() + static_cast<std::ptrdiff_t>(src),
                          map.begin() + static_cast<std::ptrdiff_t>(src + count));
    }
  }
  if (U_FAILURE(status) || composed_map.size() != composed.size()) return;
  composed_map.push_back(map.back());
  text.swap(composed);
  map.swap(composed_map);
}

}  // namespace

size_t AsciiPrefix(const char* s, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

void NormalizeInto(std::string_view in, std::string& out, std::vector<Offset>& to_orig) {
  if (MapCharacters(in, out, to_orig)) ApplyNfc(out, to_orig);
}

bool IsBlankCodePoint(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsSpaceByte(static_cast<char>(c));
  Replacement r = ReplacementFor(c);
  if (!r.hit) return false;
  for (uint8_t k = 0; k < r.size; ++k)
    if (!IsSpaceByte(r.bytes[k])) return false;
  return true;
}

}  // namespace riposte::text::internal
