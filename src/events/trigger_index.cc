// TriggerIndex (events.h): the trigger word -> patterns table of the
// pattern lexicon (patterns.cc). Tested through patterns_test.cc.
#include <algorithm>
#include <cstring>

#include "events/events.h"

namespace riposte::events {
namespace {

constexpr size_t kMinTriggerSlots = 64;

// The length and the first and last four bytes, mixed: a byte loop (FNV)
// was 3% of the matcher. Words that share all three are told apart by
// Find's compare.
uint32_t TriggerHash(std::string_view key) {
  const size_t n = key.size();
  uint64_t x = 0;
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, key.data(), 4);
    std::memcpy(&tail, key.data() + n - 4, 4);
    x = (uint64_t{head} << 32) | tail;
  } else {
    for (unsigned char c : key) x = (x << 8) | c;
  }
  x ^= n * 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 33)) * 0xff51afd7ed558ccdull;
  x = (x ^ (x >> 33)) * 0xc4ceb9fe1a85ec53ull;
  return static_cast<uint32_t>(x ^ (x >> 33));
}

}  // namespace

void TriggerIndex::Add(const std::string& key, uint32_t pattern) {
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
  const uint32_t h = TriggerHash(key);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (; slots_[i].entry != 0; i = (i + 1) & mask) {
    if (slots_[i].hash == h && keys_[slots_[i].entry - 1] == key) {
      std::vector<uint32_t>& list = lists_[slots_[i].entry - 1];
      if (list.back() != pattern) list.push_back(pattern);
      return;
    }
  }
  keys_.push_back(key);
  lists_.push_back({pattern});
  slots_[i] = Slot{h, static_cast<uint32_t>(keys_.size())};
}

const std::vector<uint32_t>* TriggerIndex::Find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const uint32_t h = TriggerHash(key);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask; slots_[i].entry != 0; i = (i + 1) & mask) {
    if (slots_[i].hash == h && keys_[slots_[i].entry - 1] == key) return &lists_[slots_[i].entry - 1];
  }
  return nullptr;
}

void TriggerIndex::Grow() {
  std::vector<Slot> slots(std::max(kMinTriggerSlots, slots_.size() * 2));
  const size_t mask = slots.size() - 1;
  for (const Slot& slot : slots_) {
    if (slot.entry == 0) continue;
    size_t i = slot.hash & mask;
    while (slots[i].entry != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  slots_ = std::move(slots);
}

}  // namespace riposte::events
