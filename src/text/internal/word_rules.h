// INTERNAL to the text stage: use text/text.h instead.
//
// The tagger's rules about single tokens (word_rules.cc): lexicon keys,
// word shapes, guesses for words the lexicon lacks, and the Penn tag of a
// punctuation token.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/core.h"
#include "text/internal/poslex.h"

namespace riposte::text::internal {

// Longest token looked up in the lexicon (longer ones are guessed).
inline constexpr size_t kMaxKeyBytes = 64;

// The lexicon key of a token: ASCII lower case, typographic apostrophes and
// single quotes as ', “ as ``, ” as '', — and – as --, … as "...". Written
// to `buf` (kMaxKeyBytes); empty when the token is longer.
std::string_view LexKey(std::string_view token, char* buf);

// What the rules need to know about a token's spelling.
struct WordShape {
  bool has_letter = false;
  bool has_digit = false;
  bool has_lower = false;
  bool first_upper = false;  // first letter is A-Z (or a non-ASCII capital)
  bool all_upper = false;    // letters, all capitals: "NATO", "U.S."
  bool hyphen = false;       // inner hyphen: "pro-Russian"
  bool punct_only = false;   // no letter or digit: ",", "“", "--"
};
WordShape ShapeOf(std::string_view token);

// Candidate tags of a token the lexicon does not hold, with log P(word|tag)
// scores comparable to the lexicon's. Returns how many were written to
// `out` (at most kMaxCandidates, at least 1).
int GuessTags(std::string_view token, const WordShape& shape, bool sentence_initial,
              const PosLex& lex, LexTag* out);

// The Penn tag of a punctuation token ("," -> kComma, "(" -> kLrb, "“" ->
// kOpenQuote...). A plain " is open or close by `open_quote`. Unknown
// symbols give SYM.
TagId PunctuationTag(std::string_view token, bool open_quote);

}  // namespace riposte::text::internal
