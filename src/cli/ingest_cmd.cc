// `riposte ingest`: read inputs, segment, annotate (pipeline.h), code events
// (event_records.h), store.
//
// Reading, segmenting, annotating and coding run on worker threads, one input file at a time;
// the store is written by this thread alone (SQLite wants one writer), in
// input order, so versions and output are the same at any --jobs. Workers
// hand their documents, failures and warnings to an OrderedQueue, which the
// writer drains input by input. Memory is bounded by a byte budget shared by
// all inputs ahead of the writer (the input the writer is on may always
// add, so it cannot deadlock) and by a window: a worker starts input i only
// when i < current + kWindowPerJob * jobs. A huge JSONL file streams through.
//
// Tested by tests/cli/ingest*.test and tests/integration/crash_ingest.sh.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

#include "cli/commands.h"
#include "cli/event_records.h"
#include "cli/output.h"
#include "cli/pipeline.h"
#include "ingest/ingest.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

constexpr size_t kWindowPerJob = 4;
constexpr size_t kQueueBudgetBytes = 64u << 20;  // documents read ahead of the writer
constexpr size_t kWakeItems = 64;                // a waiting writer is woken for this many
constexpr size_t kWakeBytes = 1u << 20;          // items or bytes, or at the end of an input

struct Failure { Error error; };
struct Warning { Error error; };
struct Queued {
  Document doc;
  bool annotated = false;  // the stages ran: store doc.actors and doc.times
  std::optional<store::EventSet> events;  // coded (English documents only)
};
using Item = std::variant<Queued, Failure, Warning>;

// The bytes an item holds, strings included, so that the queue's budget
// bounds real memory (the strings inside mentions and events are most of it).
size_t ItemBytes(const Item& item) {
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

// Segments and (with a recognizer) annotates and codes each document on the
// worker and queues it. Tokens and phrases are dropped before queueing: they are
// recomputed from the text when needed and would dominate the queue's bytes.
class QueueSink : public ingest::Sink {
 public:
  QueueSink(OrderedQueue& queue, size_t input, const actors::Recognizer* recognizer,
            const EventCoder* coder)
      : queue_(queue), input_(input), recognizer_(recognizer), coder_(coder) {}
  void OnDocument(Document&& doc) override {
    text::Segment(doc);
    bool annotated = false;
    std::optional<store::EventSet> events;
    if (recognizer_ != nullptr) {
      Status st = Annotate(doc, *recognizer_);
      annotated = st.ok();
      if (!st.ok()) {
        queue_.Push(input_, Item(Warning{MakeError(st.error().code,
                                                   "not annotated: " + st.error().message, doc.id)}));
      }
      if (annotated && coder_ != nullptr && (doc.lang.empty() || doc.lang == "en")) {
        events = coder_->Code(doc);
      }
    }
    doc.tokens = {};
    doc.phrases = {};
    doc.clauses = {};
    queue_.Push(input_, Item(Queued{std::move(doc), annotated, std::move(events)}));
  }
  void OnFailure(const Error& e) override { queue_.Push(input_, Item(Failure{e})); }
  void OnWarning(const Error& e) override { queue_.Push(input_, Item(Warning{e})); }

 private:
  OrderedQueue& queue_;
  size_t input_;
  const actors::Recognizer* recognizer_;
  const EventCoder* coder_;
};

struct Tally {
  int64_t docs = 0, new_docs = 0, unchanged = 0, updated = 0, failed = 0;
  int64_t non_english = 0, unknown_lang = 0, warnings = 0;
  int64_t annotated = 0, mentions = 0, unresolved = 0, times = 0, dates_inferred = 0;
  int64_t coded = 0, events = 0;
  uint64_t bytes = 0;
};

// Stores (or, without a store, counts) one queued item and reports it.
// Returns false when the store failed and the ingest must stop.
bool Handle(Item& item, const GlobalOptions& global, store::Store* db, int64_t kill_after,
            Tally& tally) {
  if (auto* f = std::get_if<Failure>(&item)) {
    PrintError(f->error.ToString());
    ++tally.failed;
    return true;
  }
  if (auto* w = std::get_if<Warning>(&item)) {
    ++tally.warnings;
    if (!global.quiet) PrintWarning(w->error.ToString());
    return true;
  }
  const Queued& queued = std::get<Queued>(item);
  const Document& doc = queued.doc;
  ++tally.docs;
  if (queued.annotated && (doc.lang.empty() || doc.lang == "en")) {
    ++tally.annotated;
    tally.mentions += static_cast<int64_t>(doc.actors.size());
    for (const ActorMention& m : doc.actors) tally.unresolved += m.code.empty();
    tally.times += static_cast<int64_t>(doc.times.size());
    tally.dates_inferred += !doc.date_inferred.value.empty();
  }
  if (queued.events) {
    ++tally.coded;
    tally.events += static_cast<int64_t>(queued.events->events.size());
  }
  tally.bytes += doc.text.size();
  if (doc.lang.empty()) ++tally.unknown_lang;
  else if (doc.lang != "en") ++tally.non_english;
  if (!db) {
    ++tally.new_docs;
    return true;
  }
  if (kill_after >= 0 && tally.docs > kill_after) std::raise(SIGKILL);
  auto put = db->Put(doc, queued.annotated, queued.events ? &*queued.events : nullptr);
  if (!put.ok()) {
    PrintError(put.error().ToString());
    ++tally.failed;
    if (put.error().code != ErrorCode::kStore) return true;
    // The store rolled back its open batch and refuses writes: stop here;
    // a re-run completes the ingest.
    PrintError("stopping: the store failed; documents before the last committed batch are "
               "stored, re-run the same command to complete");
    return false;
  }
  switch (put.value()) {
    case store::PutOutcome::kNew: ++tally.new_docs; break;
    case store::PutOutcome::kUnchanged: ++tally.unchanged; break;
    case store::PutOutcome::kUpdated: ++tally.updated; break;
  }
  return true;
}

std::string SummaryLine(const char* label, int64_t n, const char* note = "") {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %-12s %6lld%s\n", label, static_cast<long long>(n), note);
  return buf;
}

// Removes the store's own files (db, -wal, -shm, -journal) from the inputs:
// `riposte ingest .` next to riposte.db must not read the store as news.
void DropStoreFiles(const std::string& db, std::vector<std::string>& inputs) {
  std::error_code ec;
  const std::filesystem::path db_path = std::filesystem::weakly_canonical(db, ec);
  if (ec) return;
  const std::string base = db_path.string();
  std::erase_if(inputs, [&](const std::string& input) {
    if (input == "-") return false;
    std::error_code ec2;
    const std::string p = std::filesystem::weakly_canonical(input, ec2).string();
    return !ec2 && (p == base || p == base + "-wal" || p == base + "-shm" || p == base + "-journal");
  });
}

}  // namespace

int RunIngest(const GlobalOptions& global, const IngestOptions& options) {
  ingest::Options read_options;
  read_options.format = ingest::ParseFormat(options.format);  // checked by main.cc
  read_options.max_file_bytes = options.max_file_mib << 20;
  read_options.sniff_metadata = options.sniff;
  read_options.detect_language = options.detect_language;

  Tally tally;
  std::vector<Error> path_errors;
  std::vector<std::string> inputs = ingest::ExpandInputs(options.paths, &path_errors);
  if (!options.dry_run) DropStoreFiles(global.db, inputs);
  for (const Error& e : path_errors) {
    PrintError(e.ToString());
    ++tally.failed;
  }

  actors::Lexicon lexicon;
  std::unique_ptr<actors::Recognizer> recognizer;
  std::unique_ptr<EventCoder> coder;
  if (options.annotate) {
    if (!LoadLexicon(global, options.actor_files, &lexicon)) return kExitError;
    recognizer = std::make_unique<actors::Recognizer>(lexicon);
    coder = EventCoder::Load(global, lexicon);
    if (coder == nullptr) return kExitError;
  }

  std::unique_ptr<store::Store> db;
  if (!options.dry_run) {
    store::OpenOptions store_options;
    store_options.batch_size = std::max(1, options.batch_size);
    auto opened = store::Store::Open(global.db, store_options);
    if (!opened.ok()) {
      PrintError(opened.error().ToString());
      return kExitError;
    }
    db = std::move(opened.value());
  }
  // Fault injection for the crash-safety test: die hard after N stores.
  const char* kill_env = std::getenv("RIPOSTE_TEST_KILL_AFTER_PUTS");
  const int64_t kill_after = kill_env ? std::atoll(kill_env) : -1;

  const size_t n = inputs.size();
  size_t jobs = options.jobs > 0 ? static_cast<size_t>(options.jobs)
                                 : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min(jobs, std::max<size_t>(1, n));
  OrderedQueue queue(n, kWindowPerJob * jobs);
  std::atomic<size_t> next_input{0};
  auto worker = [&] {
    for (size_t i; (i = next_input.fetch_add(1)) < n;) {
      if (!queue.WaitToStart(i)) return;
      QueueSink sink(queue, i, recognizer.get(), coder.get());
      ingest::ReadPath(inputs[i], read_options, sink);
      queue.Done(i);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);

  Progress progress("ingest", n, !global.quiet);
  auto started = std::chrono::steady_clock::now();
  bool stop = false;
  std::deque<Item> batch;
  for (size_t i = 0; i < n && !stop; ++i) {
    while (!stop && queue.NextBatch(&batch)) {
      for (Item& item : batch) {
        if (!Handle(item, global, db.get(), kill_after, tally)) {
          stop = true;
          break;
        }
      }
      batch.clear();
      progress.Update(i, tally.bytes);
    }
    progress.Update(i + 1, tally.bytes);
  }
  if (stop) queue.Cancel();
  for (auto& t : threads) t.join();
  Status flushed = db && !stop ? db->Flush() : OkStatus();
  progress.Finish();
  if (!flushed.ok()) {
    PrintError(flushed.error().ToString());
    return kExitError;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::string out;
  if (options.dry_run) out += "dry run: nothing stored\n";
  out += "ingested " + std::to_string(tally.docs) + " document" + (tally.docs == 1 ? "" : "s") +
         " from " + std::to_string(n) + " input" + (n == 1 ? "" : "s") + (db ? " into " + global.db : std::string()) + "\n";
  out += SummaryLine("new", tally.new_docs);
  out += SummaryLine("unchanged", tally.unchanged);
  out += SummaryLine("updated", tally.updated, tally.updated ? "  (new versions; old ones kept)" : "");
  out += SummaryLine("failed", tally.failed, tally.failed ? "  (see errors above)" : "");
  out += SummaryLine("non-English", tally.non_english,
                     tally.non_english ? "  (stored; English-only stages will skip them)" : "");
  if (tally.unknown_lang) out += SummaryLine("unknown lang", tally.unknown_lang, "  (too short to tell; treated as English)");
  if (tally.warnings) out += SummaryLine("warnings", tally.warnings);
  if (options.annotate) {
    out += SummaryLine("annotated", tally.annotated,
                       tally.annotated < tally.docs ? "  (the others: not English, or see warnings)" : "");
    out += SummaryLine("actors", tally.mentions,
                       ("  mentions (" + std::to_string(tally.unresolved) +
                        " without a code: riposte actors --unresolved)").c_str());
    out += SummaryLine("times", tally.times, "  expressions");
    out += SummaryLine("events", tally.events,
                       ("  coded in " + std::to_string(tally.coded) + " document" +
                        (tally.coded == 1 ? "" : "s") + " (riposte events)").c_str());
    if (tally.dates_inferred) {
      out += SummaryLine("inferred", tally.dates_inferred, "  publication dates read from the text (riposte time DOC)");
    }
  }
  Print(out);
  FlushStdout();
  if (!global.quiet) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "riposte: %s in %.2f s (%.1f MB/s)\n", HumanBytes(tally.bytes).c_str(),
                  secs, secs > 0 ? tally.bytes / 1048576.0 / secs : 0.0);
    std::fputs(buf, stderr);
  }
  return tally.failed ? kExitError : kExitOk;
}

}  // namespace riposte::cli
