// The vocabulary and trie behind the actors matcher (matcher.cc).
//
// Algorithm: both are flat open-addressing hash tables with linear probing,
// doubled when past 60% (vocabulary) or 50% (edges) full, so that an absent
// key, the common case for a document's tokens, ends at an empty slot after
// a probe or two. Each has a HashFilter in front (8 bits a slot, about 7%
// false positives) that sends most absent keys away without touching the
// table. TokenVocab keys a token by its first eight bytes (zero-padded: the
// whole of most tokens) and hashes the rest eight bytes at a time; its
// 16-byte slots hold those eight bytes, the length, the id and a caller's
// tag byte (the matcher's first-level flags), so a hit on
// a short token is one word comparison in one cache line (longer ones
// compare the rest in a pool). FindMany looks up a sentence's tokens in
// three passes (hash, filter, table), each prefetching what the next reads,
// so that cache misses overlap. TokenTrie keys its edges by (parent node,
// token id) packed in 64 bits; its first level needs no table at all (the
// node of a one-token path is the token's id).
//
// Cost: a lookup is one hash of the token (about length/8 multiplies) and a
// filter bit; only keys that pass the filter touch the table, usually one
// cache line. Memory for ours + Phoenix (38k tokens, 40k edges): 1 MiB +
// 64 KiB for the vocabulary, 2 MiB + 128 KiB for the edges. Nothing here
// allocates after construction.
//
// Tested by matcher_test.cc.
#include "actors/internal/token_trie.h"

#include <algorithm>
#include <cstring>

namespace riposte::actors::internal {
namespace {

constexpr size_t kInitialSlots = 1024;  // power of two
constexpr size_t kSlotsPerFilterWord = 8;  // 8 filter bits a slot

}  // namespace

TokenVocab::TokenVocab() : slots_(kInitialSlots) { filter_.Reset(kInitialSlots / kSlotsPerFilterWord); }

namespace {

uint64_t Load64(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

uint64_t Load32(const char* p) {
  uint32_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

uint64_t Byte(const char* p, size_t i) { return uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); }

// Whether a == b, both `n` bytes: word loads, the last one overlapping,
// instead of a call to memcmp (tokens are short).
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (Load64(a + i) != Load64(b + i)) return false;
    }
    return Load64(a + n - 8) == Load64(b + n - 8);
  }
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Whether some byte of `word` is '-' (exact: the has-zero-byte test on
// word ^ "--------").
bool HasHyphenByte(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t x = word ^ (kOnes * '-');
  return ((x - kOnes) & ~x & (kOnes * 0x80)) != 0;
}

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;

uint64_t Step(uint64_t h, uint64_t word) {
  h = (h ^ word) * kMul;
  return h ^ (h >> 32);
}

}  // namespace

// The head is the first eight bytes zero-padded, read without passing the
// token's end: short tokens with two overlapping loads (or byte by byte
// under four). Longer tokens hash the rest eight bytes at a time, the last
// word overlapping the one before. The length seeds the hash.
TokenVocab::Key TokenVocab::KeyOf(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t head = 0;
  if (n >= 8) {
    head = Load64(p);
  } else if (n >= 4) {
    head = Load32(p) | (Load32(p + n - 4) << (8 * (n - 4)));
  } else if (n > 0) {
    head = Byte(p, 0) | Byte(p, n / 2) | Byte(p, n - 1);
  }
  uint64_t h = Step((n + 1) * kMul, head);
  if (n > 8) {
    for (size_t i = 8; i + 8 < n; i += 8) h = Step(h, Load64(p + i));
    h = Step(h, Load64(p + n - 8));
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  return Key{head, h ^ (h >> 32)};
}

uint32_t TokenVocab::Find(std::string_view token) const {
  const Key key = KeyOf(token);
  return filter_.MayContain(key.hash) ? Probe(token, key) : kNoId;
}

void TokenVocab::FindMany(std::string_view text, const Token* tokens, size_t n, uint32_t* ids,
                          uint8_t* tags, uint8_t* hyphens, std::vector<uint64_t>& keys) const {
  keys.resize(2 * n);
  for (size_t i = 0; i < n; ++i) {
    const std::string_view token =
        text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
    const Key key = KeyOf(token);
    // The head is the token's first eight bytes, zero-padded: the rest (of
    // longer tokens) in words, the last one overlapping.
    bool hyphen = HasHyphenByte(key.head);
    if (token.size() > 8) {
      for (size_t at = 8; at + 8 < token.size(); at += 8) hyphen |= HasHyphenByte(Load64(token.data() + at));
      hyphen |= HasHyphenByte(Load64(token.data() + token.size() - 8));
    }
    hyphens[i] = hyphen;
    keys[2 * i] = key.head;
    keys[2 * i + 1] = key.hash;
    filter_.Prefetch(key.hash);
  }
  const size_t mask = slots_.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t hash = keys[2 * i + 1];
    const bool maybe = filter_.MayContain(hash);
    ids[i] = maybe ? 0 : kNoId;
    if (maybe) __builtin_prefetch(&slots_[(hash >> kSlotShift) & mask]);
  }
  for (size_t i = 0; i < n; ++i) {
    tags[i] = 0;
    if (ids[i] == kNoId) continue;
    const std::string_view token =
        text.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
    const Slot* slot = ProbeSlot(token, Key{keys[2 * i], keys[2 * i + 1]});
    ids[i] = slot == nullptr ? kNoId : slot->id;
    tags[i] = slot == nullptr ? 0 : static_cast<uint8_t>(slot->tag);
  }
}

uint32_t TokenVocab::Probe(std::string_view token, const Key& key) const {
  const Slot* slot = ProbeSlot(token, key);
  return slot == nullptr ? kNoId : slot->id;
}

const TokenVocab::Slot* TokenVocab::ProbeSlot(std::string_view token, const Key& key) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = (key.hash >> kSlotShift) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNoId) return nullptr;
    if (slot.head == key.head &&
        (slot.length == kLongLength ? LengthOf(slot.id) == token.size() : slot.length == token.size()) &&
        (token.size() <= 8 || SameBytes(pool_.data() + offsets_[slot.id], token.data(), token.size()))) {
      return &slot;
    }
  }
}

void TokenVocab::SetTags(const std::vector<uint8_t>& tags) {
  for (Slot& slot : slots_) {
    if (slot.id != kNoId) slot.tag = tags[slot.id];
  }
}

uint32_t TokenVocab::Intern(std::string_view token) {
  const Key key = KeyOf(token);
  if (const uint32_t id = Probe(token, key); id != kNoId) return id;
  if (5 * (size() + 1) > 3 * slots_.size()) Grow();
  Slot added;
  added.head = key.head;
  added.id = static_cast<uint32_t>(size());
  added.length = static_cast<uint32_t>(std::min<size_t>(token.size(), kLongLength));
  offsets_.push_back(static_cast<uint32_t>(pool_.size()));
  pool_.append(token);
  filter_.Add(key.hash);
  Place(added, key.hash);
  return added.id;
}

void TokenVocab::Place(const Slot& slot, uint64_t hash) {
  const size_t mask = slots_.size() - 1;
  size_t i = (hash >> kSlotShift) & mask;
  while (slots_[i].id != kNoId) i = (i + 1) & mask;
  slots_[i] = slot;
}

void TokenVocab::Grow() {
  std::vector<Slot> old(2 * slots_.size());
  old.swap(slots_);
  filter_.Reset(slots_.size() / kSlotsPerFilterWord);
  for (const Slot& slot : old) {
    if (slot.id == kNoId) continue;
    const std::string_view text = std::string_view(pool_).substr(offsets_[slot.id], LengthOf(slot.id));
    const uint64_t hash = KeyOf(text).hash;
    filter_.Add(hash);
    Place(slot, hash);
  }
}

TokenTrie::TokenTrie(uint32_t vocabulary_size)
    : edges_(kInitialSlots), node_count_(vocabulary_size) {
  filter_.Reset(kInitialSlots / kSlotsPerFilterWord);
}

uint32_t TokenTrie::Edge(uint64_t key, size_t h) const {
  const size_t mask = edges_.size() - 1;
  for (size_t i = (h >> kSlotShift) & mask;; i = (i + 1) & mask) {
    const Slot& slot = edges_[i];
    if (slot.key == key) return slot.child;
    if (slot.key == kEmpty) return kNoId;
  }
}

uint32_t TokenTrie::Add(uint32_t node, uint32_t token) {
  if (const uint32_t child = Child(node, token); child != kNoId) return child;
  if (2 * (edge_count_ + 1) > edges_.size()) Grow();
  const Slot added{Key(node, token), node_count_++};
  const size_t h = Mix(added.key);
  filter_.Add(h);
  Insert(added);
  ++edge_count_;
  return added.child;
}

void TokenTrie::Insert(const Slot& slot) {
  const size_t mask = edges_.size() - 1;
  size_t i = (Mix(slot.key) >> kSlotShift) & mask;
  while (edges_[i].key != kEmpty) i = (i + 1) & mask;
  edges_[i] = slot;
}

void TokenTrie::Grow() {
  std::vector<Slot> old(2 * edges_.size());
  old.swap(edges_);
  filter_.Reset(edges_.size() / kSlotsPerFilterWord);
  for (const Slot& slot : old) {
    if (slot.key == kEmpty) continue;
    filter_.Add(Mix(slot.key));
    Insert(slot);
  }
}

}  // namespace riposte::actors::internal
