// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
//
// The compiled form of the lexicon's token sequences (token_trie.cc): a
// vocabulary giving every lower-cased token of every entry a dense id, and a
// trie over those ids whose paths spell the entries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::actors::internal {

// "No such token / no such node".
inline constexpr uint32_t kNoId = UINT32_MAX;

// A one-hash Bloom filter over 64-bit hashes: bit h % 64 of word
// (h / 64) % words. Sized by the table it guards, 8 bits per slot (13 to 16
// per key): about 7% false positives, in a footprint an eighth of the
// table's, so that it stays in cache when the table does not.
class HashFilter {
 public:
  // Empties the filter and gives it `words` words (a power of two).
  void Reset(size_t words) {
    words_.assign(words, 0);
    mask_ = words - 1;
  }
  void Add(uint64_t h) { words_[(h >> 6) & mask_] |= uint64_t{1} << (h & 63); }
  bool MayContain(uint64_t h) const { return (words_[(h >> 6) & mask_] >> (h & 63)) & 1; }
  void Prefetch(uint64_t h) const { __builtin_prefetch(&words_[(h >> 6) & mask_]); }

 private:
  std::vector<uint64_t> words_;
  uint64_t mask_ = 0;
};

// Lower-cased token text -> dense id (0, 1, ...) in a flat open-addressing
// table whose slots hold a token's first eight bytes (all of most tokens),
// behind a one-bit-per-token filter small enough to stay in cache (most
// document tokens are in no entry and stop there).
// Intern is for construction; Find is const and safe from many threads.
class TokenVocab {
 public:
  TokenVocab();
  // Returns the id of `token`, adding it when new.
  uint32_t Intern(std::string_view token);
  // Returns the id of `token`, or kNoId when no entry has that token.
  uint32_t Find(std::string_view token) const;
  // Sets ids[i] = Find(text of tokens[i]) for i < n, `text` being what the
  // tokens' spans index. Faster than n Finds: the lookups go in three
  // passes (hash, filter, table), each prefetching for the next, so that
  // their cache misses overlap instead of coming one after another.
  // `keys` is working memory (one per thread). Also sets hyphens[i] = 1 iff
  // token i has a '-' (else 0), from the words the hash reads anyway.
  // Sets tags[i] to the tag of ids[i] (SetTags; 0 for kNoId): read from the
  // slot the lookup reads anyway, it costs no further cache miss.
  void FindMany(std::string_view text, const Token* tokens, size_t n, uint32_t* ids,
                uint8_t* tags, uint8_t* hyphens, std::vector<uint64_t>& keys) const;
  // Gives token id i the tag tags[i] (REQUIRES: tags.size() == size()), a
  // byte of the caller's that FindMany returns with the id. Initially 0.
  void SetTags(const std::vector<uint8_t>& tags);
  size_t size() const { return offsets_.size(); }

 private:
  static constexpr uint32_t kLongLength = (uint32_t{1} << 24) - 1;  // length in pool_ instead
  struct Slot {
    uint64_t head = 0;    // the first eight bytes, zero-padded
    uint32_t id = kNoId;  // kNoId: empty
    uint32_t length : 24 = 0;  // kLongLength: that or more (then see LengthOf)
    uint32_t tag : 8 = 0;
  };
  // The length in bytes of token `id`.
  size_t LengthOf(uint32_t id) const {
    return (id + 1 < offsets_.size() ? offsets_[id + 1] : pool_.size()) - offsets_[id];
  }
  struct Key {
    uint64_t head;
    uint64_t hash;
  };
  // The table index: hash bits above the filter's (which uses at most 19
  // bits below 2^16 slots, 64 KiB of filter for Phoenix's 38k tokens).
  static constexpr int kSlotShift = 19;

  static Key KeyOf(std::string_view s);
  uint32_t Probe(std::string_view token, const Key& key) const;
  const Slot* ProbeSlot(std::string_view token, const Key& key) const;
  void Place(const Slot& slot, uint64_t hash);
  void Grow();

  HashFilter filter_;               // of the keys in slots_
  std::vector<Slot> slots_;        // power-of-two size, at most 60% full
  std::vector<uint32_t> offsets_;  // id -> its bytes in pool_
  std::string pool_;
};

// A trie over token ids whose first level is implicit: node t (t below the
// vocabulary size) is the one-token path of token t, so a document token's
// id is already its node. Deeper nodes are numbered from there, their edges
// in one flat open-addressing table keyed by (node, token), behind a
// one-bit-per-edge filter that answers most misses from cache.
// Add is for construction; Child is const and thread-safe.
class TokenTrie {
 public:
  explicit TokenTrie(uint32_t vocabulary_size = 0);
  // Returns the child of `node` by `token`, creating it when new.
  uint32_t Add(uint32_t node, uint32_t token);
  // Returns the child of `node` by `token`, or kNoId.
  uint32_t Child(uint32_t node, uint32_t token) const {
    const uint64_t key = Key(node, token);
    const size_t h = Mix(key);
    return filter_.MayContain(h) ? Edge(key, h) : kNoId;
  }
  // Asks the cache for what Child(node, token) will read.
  void Prefetch(uint32_t node, uint32_t token) const {
    const size_t h = Mix(Key(node, token));
    filter_.Prefetch(h);
    __builtin_prefetch(&edges_[(h >> kSlotShift) & (edges_.size() - 1)]);
  }
  size_t node_count() const { return node_count_; }

 private:
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t child = kNoId;
  };
  static constexpr uint64_t kEmpty = UINT64_MAX;
  // The table index: hash bits above the filter's (at most 20 bits below
  // 2^17 slots, 128 KiB of filter for Phoenix's 40k edges).
  static constexpr int kSlotShift = 20;

  static uint64_t Key(uint32_t node, uint32_t token) { return (uint64_t{node} << 32) | token; }
  static size_t Mix(uint64_t key) {
    key ^= key >> 31;
    key *= 0x9E3779B97F4A7C15ULL;
    key ^= key >> 29;
    key *= 0xBF58476D1CE4E5B9ULL;
    return static_cast<size_t>(key ^ (key >> 32));
  }
  uint32_t Edge(uint64_t key, size_t h) const;
  void Insert(const Slot& slot);
  void Grow();

  HashFilter filter_;        // of the keys in edges_
  std::vector<Slot> edges_;  // power-of-two size, at most half full
  size_t edge_count_ = 0;
  uint32_t node_count_ = 0;
};

}  // namespace riposte::actors::internal
