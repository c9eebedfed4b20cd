// INTERNAL: use text/text.h instead.
//
// Character classes shared by the segment stage's internal files: an ASCII
// byte-class table (the fast path) and ICU-backed classes for other code
// points, decoded with U8_NEXT. All functions take normalised text (see
// normalize.h), which is valid UTF-8 whose only whitespace is ASCII.
#pragma once

#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace riposte::text::internal {

// Classes of an ASCII byte (bytes >= 0x80 are kHigh: decode and ask ICU).
enum ByteClass : uint8_t {
  kSpace = 0,  // ' ', \t, \n, \v, \f, \r
  kLower,      // a-z
  kUpper,      // A-Z
  kDigit,      // 0-9
  kPunct,      // every other ASCII byte, control characters included
  kHigh,       // lead or continuation byte of a multi-byte sequence
};

struct ByteClassTable {
  uint8_t cls[256];
  constexpr ByteClassTable() : cls() {
    for (int b = 0; b < 256; ++b) {
      uint8_t c = kPunct;
      if (b >= 0x80) c = kHigh;
      else if (b == ' ' || (b >= '\t' && b <= '\r')) c = kSpace;
      else if (b >= 'a' && b <= 'z') c = kLower;
      else if (b >= 'A' && b <= 'Z') c = kUpper;
      else if (b >= '0' && b <= '9') c = kDigit;
      cls[b] = c;
    }
  }
};
inline constexpr ByteClassTable kByteClass{};

inline uint8_t ClassOf(char c) { return kByteClass.cls[static_cast<unsigned char>(c)]; }
inline bool IsSpaceByte(char c) { return ClassOf(c) == kSpace; }
inline bool IsAsciiAlnum(char c) {
  uint8_t k = ClassOf(c);
  return k == kLower || k == kUpper || k == kDigit;
}

// Decodes the code point at `i` (REQUIRES i < s.size()); sets `len` to its
// byte length. Ill-formed bytes decode as a negative value of length >= 1.
inline UChar32 DecodeAt(std::string_view s, size_t i, int32_t& len) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  len = pos - static_cast<int32_t>(i);
  return c;
}

// Case of the first letter at `i`, for sentence decisions.
enum class Shape {
  kUpper,   // upper- or title-case letter, or a letter of an uncased script
  kLower,   // lower-case letter
  kDigit,   // decimal digit
  kOther,   // punctuation, symbol, end of text
};

inline Shape ShapeAt(std::string_view s, size_t i) {
  if (i >= s.size()) return Shape::kOther;
  switch (ClassOf(s[i])) {
    case kUpper: return Shape::kUpper;
    case kLower: return Shape::kLower;
    case kDigit: return Shape::kDigit;
    case kHigh: break;
    default: return Shape::kOther;
  }
  int32_t len;
  UChar32 c = DecodeAt(s, i, len);
  if (c < 0) return Shape::kOther;
  if (u_islower(c)) return Shape::kLower;
  if (u_isupper(c) || u_istitle(c) || u_isalpha(c)) return Shape::kUpper;
  if (u_isdigit(c)) return Shape::kDigit;
  return Shape::kOther;
}

// True for letters, marks and decimal/letter numbers: the stuff words are
// made of.
inline bool IsWordCodePoint(UChar32 c) {
  if (c < 0) return false;
  constexpr uint32_t kMask = U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_NL_MASK;
  return (U_GET_GC_MASK(c) & kMask) != 0;
}

// True iff the code point at `i` is a word character; sets `len`.
inline bool IsWordAt(std::string_view s, size_t i, int32_t& len) {
  uint8_t k = ClassOf(s[i]);
  if (k != kHigh) {
    len = 1;
    return k == kLower || k == kUpper || k == kDigit;
  }
  return IsWordCodePoint(DecodeAt(s, i, len));
}

// Number of code points in s[b, e) (counts non-continuation bytes).
inline uint32_t CountChars(std::string_view s, size_t b, size_t e) {
  uint32_t n = 0;
  for (size_t i = b; i < e; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// Opening and closing punctuation around sentences (normalised text has only
// ASCII quotes).
inline bool IsOpener(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{'; }
inline bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }
inline bool IsTerminal(char c) { return c == '.' || c == '!' || c == '?'; }

}  // namespace riposte::text::internal
