// A flat string -> uint32_t map for short strings, the lookup structure of
// the hot paths (the tagger's lexicon, the clause finder's word lists, the
// lemma memo, the store's rule ids). Open addressing with linear probing over a power-of-two
// slot array kept at most half full; each slot holds the key's 32-bit hash,
// its offset and length in one arena string, and the value, so a lookup
// hashes the key once (8 bytes at a time), reads one or two 16-byte slots
// and compares bytes only when hash and length agree. Never allocates on
// lookup. Compared with std::unordered_map<std::string_view, ...> it saves
// the node pointer chase, the modulo and libstdc++'s byte-wise hash.
//
// Not thread-safe for writes; concurrent Finds on a table nobody writes are
// safe. Copyable and movable (plain vectors and a string).
// Tested through tagger_test.cc, clauses_test.cc, lemma_test.cc and the
// store's tests.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace riposte {

// 64-bit hash of a short string, 8 bytes per step (a multiply-xorshift mix;
// good enough for a linear-probing table of words, not for adversaries).
inline uint64_t HashWord(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  }
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 32;
  return h;
}

// Returns true iff the `n` bytes at `a` and `b` are equal. Inline 8 bytes
// at a time: cheaper than a memcmp call for words of a few bytes.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  while (n >= 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
    a += 8;
    b += 8;
    n -= 8;
  }
  for (; n > 0; --n) {
    if (*a++ != *b++) return false;
  }
  return true;
}

class WordTable {
 public:
  // Returned by Find for a missing key.
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  WordTable() { Reset(kInitialSlots); }

  size_t size() const { return size_; }

  // The value of `key`, or kMissing.
  uint32_t Find(std::string_view key) const { return Find(key, HashWord(key)); }
  // The same with the key's HashWord given.
  uint32_t Find(std::string_view key, uint64_t hash) const {
    const uint32_t h = static_cast<uint32_t>(hash);
    const uint32_t length = static_cast<uint32_t>(key.size());
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.length == kEmpty) return kMissing;
      if (slot.hash == h && slot.length == length &&
          SameBytes(arena_.data() + slot.offset, key.data(), length)) {
        return slot.value;
      }
    }
  }

  // Sets `key` to `value` (kMissing is not a value); returns true iff the
  // key was new. REQUIRES: key.size() < 0xFFFFFFFF.
  bool Insert(std::string_view key, uint32_t value) { return Insert(key, HashWord(key), value); }
  bool Insert(std::string_view key, uint64_t hash, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const uint32_t h = static_cast<uint32_t>(hash);
    const uint32_t length = static_cast<uint32_t>(key.size());
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.length == kEmpty) {
        slot = Slot{h, static_cast<uint32_t>(arena_.size()), length, value};
        arena_.append(key);
        ++size_;
        return true;
      }
      if (slot.hash == h && slot.length == length &&
          SameBytes(arena_.data() + slot.offset, key.data(), length)) {
        slot.value = value;
        return false;
      }
    }
  }

  // The value of `key`, inserting `value` first when it is missing.
  uint32_t FindOrInsert(std::string_view key, uint32_t value) {
    const uint64_t hash = HashWord(key);
    const uint32_t found = Find(key, hash);
    if (found != kMissing) return found;
    Insert(key, hash, value);
    return value;
  }

  // Empties the table and frees its memory beyond the initial size.
  void Clear() {
    arena_.clear();
    arena_.shrink_to_fit();
    Reset(kInitialSlots);
  }

  // Heap bytes held.
  size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot) + arena_.capacity(); }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr size_t kInitialSlots = 64;
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;
    uint32_t length = kEmpty;
    uint32_t value = 0;
  };

  void Reset(size_t slots) {
    slots_.assign(slots, Slot{});
    mask_ = slots - 1;
    size_ = 0;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == kEmpty) continue;
      size_t i = slot.hash & mask_;
      while (slots_[i].length != kEmpty) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  std::string arena_;
};

}  // namespace riposte
