// Exact Viterbi decoding of the trigram tagger (tagger.cc) over pairs of
// candidate tags: a score per (previous candidate, candidate) pair of each
// position and a back pointer to the best candidate two positions back.
//
// The candidates' tags (as offsets into the trigram table) and scores are
// copied into locals first: the back pointers are bytes, which may alias
// anything, so the compiler would otherwise reload the tags, the table
// pointer and its size after every store. The best previous-previous
// candidate is chosen without branches (which one wins is data, and a
// mispredicted branch costs more than the step); the first strictly greater
// score still wins, with the same additions, so ties and scores are those
// of the plain loop.
//
// Tested through tagger_test.cc and tagger_context_test.cc.
#include "text/internal/tagger_viterbi.h"

#include <algorithm>

namespace riposte::text::internal {
namespace {

constexpr float kNegInf = -1e30f;

}  // namespace

void DecodeTrigram(const PosLex& lex, int punc, const Candidates* cands, size_t len, float* delta,
                   uint8_t* back, uint8_t* chosen) {
  const float* trans = lex.trans_data();
  const size_t nt = static_cast<size_t>(lex.num_tags());
  delta[1 * kViterbiPairs] = 0.0f;  // (punc, punc)
  for (size_t i = 2; i < len; ++i) {
    const Candidates& pp = cands[i - 2];
    const Candidates& p = cands[i - 1];
    const Candidates& c = cands[i];
    const int npp = pp.n, np = p.n, nc = c.n;
    size_t t1_offset[kMaxCandidates];  // t1 * nt * nt per candidate of pp
    size_t t2_offset[kMaxCandidates];  // t2 * nt per candidate of p
    size_t t3_offset[kMaxCandidates];  // t3 per candidate of c
    float logp[kMaxCandidates];
    for (int z = 0; z < npp; ++z) t1_offset[z] = pp.tag[z].tag * nt * nt;
    for (int a = 0; a < np; ++a) t2_offset[a] = p.tag[a].tag * nt;
    for (int b = 0; b < nc; ++b) {
      t3_offset[b] = c.tag[b].tag;
      logp[b] = c.tag[b].logp;
    }
    const float* prev = delta + (i - 1) * kViterbiPairs;
    float* cur = delta + i * kViterbiPairs;
    uint8_t* bp = back + i * kViterbiPairs;
    for (int a = 0; a < np; ++a) {
      for (int b = 0; b < nc; ++b) {
        const float* column = trans + t2_offset[a] + t3_offset[b];
        float best = kNegInf;
        uint32_t arg = 0;
        // Branch-free (a mask blend and a max): which z wins is data, and
        // a mispredicted branch costs more than the step. The first
        // strictly greater score still wins, as with an if.
        for (int z = 0; z < npp; ++z) {
          const float v = prev[z * kMaxCandidates + a] + column[t1_offset[z]];
          const uint32_t better = 0u - static_cast<uint32_t>(v > best);
          arg = (arg & ~better) | (static_cast<uint32_t>(z) & better);
          best = std::max(best, v);
        }
        cur[a * kMaxCandidates + b] = best + logp[b];
        bp[a * kMaxCandidates + b] = static_cast<uint8_t>(arg);
      }
    }
  }
  // Close the sentence with a "punc" and trace back.
  const size_t last = len - 1;
  const Candidates& p = cands[last - 1];
  const Candidates& c = cands[last];
  float best = kNegInf;
  int best_a = 0, best_b = 0;
  for (int a = 0; a < p.n; ++a) {
    for (int b = 0; b < c.n; ++b) {
      const float v = delta[last * kViterbiPairs + a * kMaxCandidates + b] +
                      lex.Trans(p.tag[a].tag, c.tag[b].tag, punc);
      if (v > best) {
        best = v;
        best_a = a;
        best_b = b;
      }
    }
  }
  chosen[last] = static_cast<uint8_t>(best_b);
  chosen[last - 1] = static_cast<uint8_t>(best_a);
  for (size_t i = last; i >= 3; --i) {
    chosen[i - 2] = back[i * kViterbiPairs + chosen[i - 1] * kMaxCandidates + chosen[i]];
  }
}


}  // namespace riposte::text::internal
