// INTERNAL to the events stage: use events/events.h instead.
//
// The word-matching steps of Patterns::Match (patterns.cc): the per-document
// context, the forward search for a pattern's words after its trigger, the
// passive reading, and the specificity of a code.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "events/events.h"
#include "text/text.h"

namespace riposte::events::internal {

inline constexpr uint32_t kMaxGap = 6;       // tokens skipped between two pattern words
inline constexpr uint32_t kPassiveBack = 8;  // tokens looked at before a passive verb group

// Returns true iff `lemma` equals the lower-case `word` ignoring ASCII case.
// Inline: the matcher compares every pattern word with the words after
// every trigger.
inline bool EqualsLower(std::string_view lemma, std::string_view word) {
  if (lemma.size() != word.size()) return false;
  for (size_t i = 0; i < lemma.size(); ++i) {
    char c = lemma[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// The bit of PatternWord::lengths for a word of `size` bytes.
inline uint64_t LengthBit(size_t size) { return uint64_t{1} << (size < 63 ? size : 63); }

// The bit of PatternWord::firsts for a word: its first byte, lower-cased
// (lemmas are compared ignoring ASCII case), modulo 64; bit 0 for "".
inline uint64_t FirstBit(std::string_view word) {
  if (word.empty()) return 1;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
  return uint64_t{1} << (c & 63);
}

// Per-document views the matcher needs, built once per Match call.
struct Context {
  const Document& doc;
  std::vector<int32_t> token_phrase;  // phrase index or -1
  std::vector<int32_t> token_clause;  // innermost clause index or -1
  std::vector<uint8_t> vg_head;       // 1 if the token heads a verb group

  std::string_view Lemma(uint32_t t) const {
    const Token& tok = doc.tokens[t];
    return tok.lemma.empty() ? doc.Slice(tok.span) : std::string_view(tok.lemma);
  }
  bool Matches(uint32_t t, const PatternWord& w) const {
    std::string_view lemma = Lemma(t);
    if ((w.lengths & LengthBit(lemma.size())) == 0 || (w.firsts & FirstBit(lemma)) == 0) return false;
    for (const std::string& alt : w.lemmas) {
      if (EqualsLower(lemma, alt)) return true;
    }
    return false;
  }
  // Returns true iff the search for pattern words must stop at token t.
  bool Stops(uint32_t t) const {
    TagId tag = doc.tokens[t].tag;
    return vg_head[t] || tag == text::Id(text::Tag::kComma) || tag == text::Id(text::Tag::kPeriod) ||
           tag == text::Id(text::Tag::kColon);
  }
};

struct Attempt {
  bool ok = false;
  int matched = 0;
  uint32_t first = 0, last = 0;  // token range consumed
  int32_t object_token = -1;
};

// Finds `w` in [from, limit) within kMaxGap tokens; returns the token or -1.
// A particle or preposition may be separated from what precedes it only by
// one noun phrase and adverbs ("shot [the plane] down", "accused [Russian
// forces] of"), so "called [the arrests] [an attack] on" is no "call on".
int64_t FindForward(const Context& ctx, const PatternWord& w, uint32_t from, uint32_t limit);

// Matches the pattern's words forward from the trigger, in order; words
// whose bit is set in `done` were matched before a passive verb group.
Attempt MatchForward(const Context& ctx, const Pattern& p, uint32_t trigger, uint32_t limit, uint32_t done);

// The passive reading: the leading content words in order in the few tokens
// before the verb group ("the plane was shot down", "the army was put on
// alert"), every other word after the trigger.
Attempt MatchPassive(const Context& ctx, const Pattern& p, const Phrase& vg, uint32_t trigger,
                     uint32_t limit, uint32_t sentence_first);

// How specific a code is: longer is more specific; a 3-digit "not specified
// below" code (070, 190) ranks under its siblings (073, 195).
int Specificity(std::string_view code);

}  // namespace riposte::events::internal
