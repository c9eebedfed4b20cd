// INTERNAL: use text/text.h instead.
//
// The tokenizer, on normalised text (normalize.h).
#pragma once

#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::text::internal {

// Where normalised text came from: lets the tokenizer tell a hyphen of the
// original ("tit-for-tat") from a dash normalised to '-' ("fire—without").
// A null `to_orig` means the text is its own original (ASCII fast path).
struct Origin {
  std::string_view orig;
  const Offset* to_orig = nullptr;
};

// Appends the token spans of normalised `text` within [b, e), in order.
void TokenizeNormalized(std::string_view text, size_t b, size_t e, const Origin& origin,
                        std::vector<Span>& out);

}  // namespace riposte::text::internal
