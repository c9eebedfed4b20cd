// INTERNAL to the text stage: use text/text.h instead.
//
// The tagger's context rules (tagger_rules.cc): what a neighbouring word or
// the sentence start says about a token's candidate tags before decoding,
// and repairs of the decoded tags that the trigram model gets wrong. The
// model (tagger.cc) resolves the festival tag indexes once into RuleTags.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "text/internal/analysis.h"
#include "text/internal/poslex.h"

namespace riposte::text::internal {

// A token's candidate tags, with log P(word | tag) (and context) scores.
struct Candidates {
  LexTag tag[kMaxCandidates];
  int n = 0;
};

// The index of `tag` in `c`, or -1.
inline int FindTag(const Candidates& c, int tag) {
  for (int k = 0; k < c.n; ++k) {
    if (c.tag[k].tag == tag) return k;
  }
  return -1;
}

// Festival tag indexes the rules read (-1 when the model lacks one), and
// per tag whether it is a finite verb or base form and its Penn tag.
struct RuleTags {
  int punc = -1, nn = -1, nns = -1, nnp = -1, nnps = -1, vb = -1, vbd = -1, vbn = -1, vbg = -1,
      vbp = -1, vbz = -1, md = -1, rb = -1, rp = -1, cc = -1, cd = -1, dt = -1, pdt = -1,
      prp = -1, jj = -1, in = -1, to = -1;
  std::vector<bool> verb;    // vb vbd vbp vbz md
  std::vector<TagId> penn;   // festival tag -> Penn tag
};

// Before decoding, for the token with `facts`: a verb reading right after a
// possessive determiner, a VBZ reading of a capitalised sentence-initial
// plural noun.
void ApplyContext(const RuleTags& tags, const WordFacts& facts, bool initial,
                  bool after_possessive, Candidates& out);
// Returns true iff token i (of n; facts per token) follows a relative
// pronoun that makes a finite verb likely; then PreferVerb applies.
bool RelativeVerbContext(const RuleTags& tags, const PosLex& lex, const WordFacts* facts,
                         size_t i, size_t n);
void PreferVerb(const RuleTags& tags, Candidates& out);

// After decoding: rewrites `chosen` (the candidate index per position; the
// sentence's tokens start at position 2) where the rules know better.
void RepairTags(const RuleTags& tags, const Document& doc, const SentenceTokens& s,
                const Candidates* cands, uint8_t* chosen);

}  // namespace riposte::text::internal
