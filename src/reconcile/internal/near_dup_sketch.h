// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// The per-document half of near-duplicate detection (near_dup.cc holds the
// other half, LSH banding and grouping): word tokens, word shingles and a
// one-permutation MinHash signature of a text, plus the resemblance and
// containment estimates two signatures give. Exposed for near_dup_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace riposte::reconcile::internal {

// Bytes of a text hashed at most (reconcile.h's documented limit): a longer
// text is cut there (possibly mid-character, which only splits a word).
inline constexpr size_t kMaxSketchBytes = 64 * 1024;

// The word tokens of `text`, at most its first kMaxSketchBytes, each one
// hashed (64 bits). A word is a run of ASCII letters and digits (folded to
// lower case) and of non-ASCII bytes, except the Unicode punctuation that
// news copy is full of: U+00A0..U+00BF (no-break space, «, », °...) and
// U+2000..U+206F (typographic spaces, dashes, quotes, ellipsis) separate
// words, so “tragic” and "tragic" are the same word. Other non-ASCII letters
// are kept as bytes (not case-folded: copies keep their case).
std::vector<uint64_t> WordHashes(std::string_view text);

// A document's sketch.
struct Sketch {
  size_t words = 0;                // word tokens (in the hashed prefix)
  size_t shingles = 0;             // word shingles (not deduplicated)
  std::vector<uint64_t> minhash;   // `hashes` values; empty when words == 0
  uint64_t token_key[2] = {0, 0};  // hash of the whole word sequence (two seeds)
};

// Sketches `text`: the shingles of `shingle_words` consecutive words (a
// text with fewer words is one shingle), one-permutation MinHash
// into `hashes` bins (each shingle hashed once, bin = its hash modulo
// `hashes`, a bin keeps the least value) with optimal densification (an
// empty bin borrows the value of a bin chosen by a fixed hash chain, the
// same chain for every document) so that two signatures agree at a bin with
// probability equal to the texts' shingle resemblance.
// REQUIRES: shingle_words >= 1, hashes >= 1.
Sketch SketchText(std::string_view text, int shingle_words, int hashes);

// Estimated resemblance |A∩B| / |A∪B| of two sketches' shingle sets: the
// fraction of bins whose values agree. REQUIRES: equal, non-zero lengths.
double EstimateResemblance(const Sketch& a, const Sketch& b);

// Estimated containment |A∩B| / min(|A|, |B|) given the resemblance `r` of
// the two sets (|A∩B| = r (|A| + |B|) / (1 + r)); at most 1.
double EstimateContainment(const Sketch& a, const Sketch& b, double r);

}  // namespace riposte::reconcile::internal
