// INTERNAL: use text/text.h instead.
//
// Normalisation for the segment stage: builds the normalised copy of a text
// and its byte map back to the original (see Normalized in text.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/umachine.h>

#include "core/core.h"

namespace riposte::text::internal {

// Number of leading bytes of s[0, n) below 0x80 (8 bytes at a time).
size_t AsciiPrefix(const char* s, size_t n);
inline bool IsAscii(std::string_view s) { return AsciiPrefix(s.data(), s.size()) == s.size(); }

// Writes the normalised form of `in` to `out` and the map to `to_orig`
// (out.size() + 1 entries). Pure ASCII input gives a copy and the identity.
void NormalizeInto(std::string_view in, std::string& out, std::vector<Offset>& to_orig);

// True iff normalisation turns `c` into whitespace or drops it (NBSP,
// U+2000..U+200A, soft hyphen, zero-width and bidi controls, BOM...). Used
// to trim spans mapped back to the original.
bool IsBlankCodePoint(UChar32 c);

}  // namespace riposte::text::internal
