// INTERNAL to the text stage: use text/text.h instead.
//
// The tagger's decoder (tagger_viterbi.cc): the best tag sequence of a
// window of tokens under the trigram model, given each token's candidates.
#pragma once

#include <cstddef>
#include <cstdint>

#include "text/internal/poslex.h"
#include "text/internal/tagger_rules.h"

namespace riposte::text::internal {

// Scratch floats (delta) and bytes (back) DecodeTrigram needs per position.
inline constexpr int kViterbiPairs = kMaxCandidates * kMaxCandidates;

// Sets chosen[i] to the index of the chosen candidate of position i, for the
// best sequence under `lex` of cands[0, len). Positions 0 and 1 are the two
// "punc" (tag `punc`) contexts before the window, each with one candidate;
// a "punc" follows it. `delta` and `back` are scratch of len *
// kViterbiPairs each. REQUIRES: len >= 3.
void DecodeTrigram(const PosLex& lex, int punc, const Candidates* cands, size_t len, float* delta,
                   uint8_t* back, uint8_t* chosen);

}  // namespace riposte::text::internal
