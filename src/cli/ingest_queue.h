// INTERNAL to the cli: the queue between `riposte ingest`'s workers and its
// writer (ingest_cmd.cc), and the items it carries.
//
// Workers read, segment, annotate and code documents, one input file each at
// a time, and push them here; the writer (the thread that owns the store)
// takes them input by input, so documents are stored in input order at any
// --jobs. Memory is bounded by a byte budget shared by all inputs ahead of
// the writer (the input the writer is on may always add, so it cannot
// deadlock) and by a window of inputs a worker may start.
//
// Tested by tests/cli/ingest*.test and tests/integration/crash_ingest.sh.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/core.h"
#include "store/store.h"

namespace riposte::cli {

constexpr size_t kWindowPerJob = 4;
constexpr size_t kQueueBudgetBytes = 64u << 20;  // documents read ahead of the writer
constexpr size_t kWakeItems = 64;                // a waiting writer is woken for this many
constexpr size_t kWakeBytes = 1u << 20;          // items or bytes, or at the end of an input

struct Failure { Error error; };
struct Warning { Error error; };
// A document ready to store, with what the worker computed for it.
struct Queued {
  Document doc;
  bool annotated = false;  // the stages ran: store doc.actors and doc.times
  std::optional<store::EventSet> events;  // coded (English documents only)
  std::string hash;  // ContentHash(doc.text), "" when nothing needed it
};
using Item = std::variant<Queued, Failure, Warning>;

// The bytes an item holds, strings included, so that the queue's budget
// bounds real memory (the strings inside mentions and events are most of it).
inline size_t ItemBytes(const Item& item) {
  const auto* q = std::get_if<Queued>(&item);
  if (q == nullptr) return 256;
  size_t bytes = q->doc.text.capacity() + 256;
  for (const ActorMention& m : q->doc.actors) bytes += sizeof m + m.code.capacity() + m.rule.capacity();
  for (const TimeExpression& t : q->doc.times) {
    bytes += sizeof t + t.value.capacity() + t.start.capacity() + t.end.capacity() + t.rule.capacity();
  }
  if (q->events) {
    for (const store::StoredEvent& e : q->events->events) {
      bytes += sizeof e + e.id.capacity() + e.rule.capacity() + e.date.capacity() + e.date_start.capacity() +
               e.date_end.capacity() + e.quantities.size() * sizeof(store::StoredQuantity);
    }
  }
  return bytes;
}

// Items from many worker threads, consumed by one thread in input order.
// The writer takes a whole input's queued items at a time, and each side
// wakes the other only when it is known to be waiting, so a document costs
// no context switch. Not copyable or movable: threads hold references to it.
class OrderedQueue {
 public:
  OrderedQueue(size_t inputs, size_t window) : slots_(inputs), window_(window) {}
  OrderedQueue(const OrderedQueue&) = delete;
  OrderedQueue& operator=(const OrderedQueue&) = delete;

  // Worker: blocks until input `i` is within the window; false if cancelled.
  bool WaitToStart(size_t i) {
    std::unique_lock lock(mutex_);
    WaitForSpace(lock, [&] { return cancelled_ || i < current_ + window_; });
    return !cancelled_;
  }
  // Worker: adds an item of input `i`; blocks while the budget is spent,
  // unless `i` is the input the writer is on.
  void Push(size_t i, Item item) {
    const size_t bytes = ItemBytes(item);
    std::unique_lock lock(mutex_);
    WaitForSpace(lock, [&] { return cancelled_ || i == current_ || pending_ < kQueueBudgetBytes; });
    if (cancelled_) return;
    pending_ += bytes;
    slots_[i].bytes += bytes;
    Slot& slot = slots_[i];
    slot.items.push_back(std::move(item));
    // Wake the writer for a batch, not for every document.
    if (i == current_ && writer_waiting_ &&
        (slot.items.size() >= kWakeItems || slot.bytes >= kWakeBytes)) {
      ready_.notify_one();
    }
  }
  // Worker: input `i` has nothing more.
  void Done(size_t i) {
    std::lock_guard lock(mutex_);
    slots_[i].done = true;
    if (i == current_ && writer_waiting_) ready_.notify_one();
  }
  // Writer: moves the current input's queued items into `*batch` (empty on
  // entry) and returns true; returns false once that input is done and
  // drained, and moves on to the next input.
  bool NextBatch(std::deque<Item>* batch) {
    std::unique_lock lock(mutex_);
    Slot& slot = slots_[current_];
    while (slot.items.empty() && !slot.done) {
      writer_waiting_ = true;
      ready_.wait(lock);
      writer_waiting_ = false;
    }
    if (slot.items.empty()) {
      ++current_;
    } else {
      batch->swap(slot.items);
      pending_ -= slot.bytes;
      slot.bytes = 0;
    }
    if (workers_waiting_) space_.notify_all();
    return !batch->empty();
  }
  // Writer: stop; workers drop what they still produce.
  void Cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    space_.notify_all();
  }

 private:
  struct Slot {
    std::deque<Item> items;
    size_t bytes = 0;
    bool done = false;
  };
  template <typename Pred>
  void WaitForSpace(std::unique_lock<std::mutex>& lock, Pred ready) {
    while (!ready()) {
      ++workers_waiting_;
      space_.wait(lock);
      --workers_waiting_;
    }
  }
  std::mutex mutex_;
  std::condition_variable ready_;  // the writer waits here for items
  std::condition_variable space_;  // workers wait here for budget or window
  // Everything below is guarded by mutex_.
  std::vector<Slot> slots_;
  const size_t window_;
  size_t current_ = 0;             // the input the writer is on
  size_t pending_ = 0;             // bytes queued, all inputs
  bool writer_waiting_ = false;
  int workers_waiting_ = 0;
  bool cancelled_ = false;
};

}  // namespace riposte::cli
