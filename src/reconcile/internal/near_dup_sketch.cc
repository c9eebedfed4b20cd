// Sketches of documents for near-duplicate detection: words, shingles and a
// one-permutation MinHash signature (see near_dup_sketch.h for the
// contracts).
//
// Words are hashed once (FNV-1a over their lower-cased bytes), a shingle is
// a polynomial combination of its words' hashes finished by a 64-bit mixer,
// and the signature costs one hash per shingle rather than one per
// shingle per permutation (classic MinHash at 128 permutations is ~100x the
// work; one-permutation hashing with densification has the same collision
// probability: Shrivastava, "Optimal Densification for Fast and Accurate
// Minwise Hashing", ICML 2017).
//
// Tested by near_dup_test.cc.
#include "reconcile/internal/near_dup_sketch.h"

#include <algorithm>

namespace riposte::reconcile::internal {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;
// Multiplier combining word hashes into a shingle hash (any odd constant
// with well-spread bits; this is the 64-bit golden ratio).
constexpr uint64_t kShingleMultiplier = 0x9E3779B97F4A7C15ULL;
// Seeds of the two whole-sequence keys, and of the bin and value hashes:
// arbitrary distinct constants, fixed so that sketches are comparable across
// runs and machines.
constexpr uint64_t kSequenceSeeds[2] = {0x243F6A8885A308D3ULL, 0x13198A2E03707344ULL};
constexpr uint64_t kBinSeed = 0xA4093822299F31D0ULL;
constexpr uint64_t kValueSeed = 0x082EFA98EC4E6C89ULL;
constexpr uint64_t kDensifySeed = 0x452821E638D01377ULL;

// SplitMix64's finaliser: a bijective mixer with full avalanche.
uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Length of the Unicode punctuation sequence starting at text[i] that
// separates words (see WordHashes), else 0.
size_t PunctuationLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  // U+00A0..U+00BF: C2 A0..C2 BF.
  if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) >= 0xA0 && byte(i + 1) <= 0xBF) return 2;
  // U+2000..U+206F: E2 80 80..E2 81 AF.
  if (byte(i) == 0xE2 && i + 2 < text.size() && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81)) return 3;
  return 0;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

std::vector<uint64_t> WordHashes(std::string_view text) {
  text = text.substr(0, std::min(text.size(), kMaxSketchBytes));
  std::vector<uint64_t> words;
  uint64_t h = kFnvOffset;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const size_t punct = c >= 0x80 ? PunctuationLength(text, i) : 0;
    if (punct == 0 && IsWordByte(c)) {
      const unsigned char lower = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
      h = (h ^ lower) * kFnvPrime;
      in_word = true;
      ++i;
      continue;
    }
    if (in_word) words.push_back(h);
    h = kFnvOffset;
    in_word = false;
    i += punct ? punct : 1;
  }
  if (in_word) words.push_back(h);
  return words;
}

Sketch SketchText(std::string_view text, int shingle_words, int hashes) {
  Sketch s;
  const std::vector<uint64_t> words = WordHashes(text);
  s.words = words.size();
  s.token_key[0] = kSequenceSeeds[0];
  s.token_key[1] = kSequenceSeeds[1];
  for (uint64_t w : words) {
    s.token_key[0] = Mix(s.token_key[0] ^ w);
    s.token_key[1] = Mix(s.token_key[1] + w * kShingleMultiplier);
  }
  if (words.empty()) return s;

  const size_t k = std::min(words.size(), static_cast<size_t>(shingle_words));
  // Shingles are not deduplicated: a bin's minimum is the same either way,
  // and a repeated five-word sequence is rare enough in news copy that the
  // count (used for containment only) barely moves; sorting them to dedupe
  // was a fifth of the sketching time.
  s.shingles = words.size() - k + 1;
  const auto n_bins = static_cast<uint64_t>(hashes);
  s.minhash.assign(n_bins, ~0ULL);
  std::vector<bool> filled(n_bins, false);
  for (size_t start = 0; start + k <= words.size(); ++start) {
    uint64_t h = 0;
    for (size_t j = start; j < start + k; ++j) h = h * kShingleMultiplier + words[j];
    const uint64_t shingle = Mix(h);
    const uint64_t bin = Mix(shingle ^ kBinSeed) % n_bins;
    const uint64_t value = Mix(shingle ^ kValueSeed);
    if (!filled[bin] || value < s.minhash[bin]) s.minhash[bin] = value;
    filled[bin] = true;
  }
  // Optimal densification: an empty bin follows its own fixed chain of bins
  // until a filled one (at least one is, as there is a shingle).
  for (uint64_t bin = 0; bin < n_bins; ++bin) {
    if (filled[bin]) continue;
    uint64_t probe = bin;
    for (uint64_t attempt = 1;; ++attempt) {
      probe = Mix(kDensifySeed ^ (bin * kShingleMultiplier) ^ attempt) % n_bins;
      if (filled[probe]) break;
    }
    // Salted by the empty bin so that two borrowed copies of one value do
    // not agree more often than the bins they came from. Reads only filled
    // bins, so the order of filling empty ones does not matter.
    s.minhash[bin] = Mix(s.minhash[probe] ^ bin);
  }
  return s;
}

double EstimateResemblance(const Sketch& a, const Sketch& b) {
  size_t agree = 0;
  for (size_t i = 0; i < a.minhash.size(); ++i) agree += a.minhash[i] == b.minhash[i];
  return static_cast<double>(agree) / static_cast<double>(a.minhash.size());
}

double EstimateContainment(const Sketch& a, const Sketch& b, double r) {
  const double smaller = static_cast<double>(std::min(a.shingles, b.shingles));
  if (smaller <= 0) return 0;
  const double common = r * static_cast<double>(a.shingles + b.shingles) / (1 + r);
  return std::min(1.0, common / smaller);
}

}  // namespace riposte::reconcile::internal
