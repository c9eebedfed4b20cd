// `riposte ingest`: read inputs, segment, store.
//
// Reading and segmenting run on worker threads, one input file at a time;
// the store is written by this thread alone (SQLite wants one writer), in
// input order, so versions and output are the same at any --jobs. Each input
// has a slot: its worker pushes documents, failures and warnings into it,
// and blocks when the slot holds kMaxPendingPerSlot items until the writer
// drains it; workers start at most kWindowPerJob * jobs inputs ahead of the
// writer. Memory stays bounded even for one huge JSONL file.
//
// Tested by tests/cli/ingest*.test and tests/integration/crash_*.sh.
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
#include <thread>
#include <variant>

#include "cli/commands.h"
#include "cli/output.h"
#include "ingest/ingest.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

constexpr size_t kMaxPendingPerSlot = 64;
constexpr size_t kWindowPerJob = 4;

struct Failure { Error error; };
struct Warning { Error error; };
using Item = std::variant<Document, Failure, Warning>;

struct Slot {
  std::mutex mutex;
  bool cancelled = false;  // the writer gave up: drop whatever comes
  std::condition_variable changed;
  std::deque<Item> items;
  bool done = false;
};

// Segments each document on the worker and hands it to the slot.
class SlotSink : public ingest::Sink {
 public:
  explicit SlotSink(Slot& slot) : slot_(slot) {}
  void OnDocument(Document&& doc) override {
    text::Segment(doc);
    Push(Item(std::move(doc)));
  }
  void OnFailure(const Error& e) override { Push(Item(Failure{e})); }
  void OnWarning(const Error& e) override { Push(Item(Warning{e})); }

 private:
  void Push(Item item) {
    std::unique_lock lock(slot_.mutex);
    slot_.changed.wait(lock, [&] { return slot_.cancelled || slot_.items.size() < kMaxPendingPerSlot; });
    if (slot_.cancelled) return;
    slot_.items.push_back(std::move(item));
    slot_.changed.notify_all();
  }
  Slot& slot_;
};

struct Tally {
  int64_t docs = 0, new_docs = 0, unchanged = 0, updated = 0, failed = 0;
  int64_t non_english = 0, unknown_lang = 0, warnings = 0;
  uint64_t bytes = 0;
};

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
  read_options.format = ingest::ParseFormat(options.format);
  if (options.format != "auto" && read_options.format == ingest::Format::kAuto) {
    PrintError("unknown --format '" + options.format +
               "' (expected auto, text, html, json, jsonl, rss or atom)");
    return kExitError;
  }
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
  std::vector<std::unique_ptr<Slot>> slots(n);
  for (auto& s : slots) s = std::make_unique<Slot>();

  std::atomic<size_t> next_input{0};
  std::atomic<bool> stop{false};
  std::mutex window_mutex;
  std::condition_variable window_changed;
  size_t written_upto = 0;  // guarded by window_mutex
  const size_t window = kWindowPerJob * jobs;

  auto worker = [&] {
    for (;;) {
      size_t i = next_input.fetch_add(1);
      if (i >= n) return;
      {
        std::unique_lock lock(window_mutex);
        window_changed.wait(lock, [&] { return stop || i < written_upto + window; });
      }
      if (stop) return;
      SlotSink sink(*slots[i]);
      ingest::ReadPath(inputs[i], read_options, sink);
      std::lock_guard lock(slots[i]->mutex);
      slots[i]->done = true;
      slots[i]->changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);

  Progress progress("ingest", n, !global.quiet);
  auto started = std::chrono::steady_clock::now();
  for (size_t i = 0; i < n; ++i) {
    Slot& slot = *slots[i];
    for (;;) {
      std::unique_lock lock(slot.mutex);
      slot.changed.wait(lock, [&] { return !slot.items.empty() || slot.done; });
      if (slot.items.empty()) break;
      Item item = std::move(slot.items.front());
      slot.items.pop_front();
      slot.changed.notify_all();
      lock.unlock();
      if (auto* doc = std::get_if<Document>(&item)) {
        ++tally.docs;
        tally.bytes += doc->text.size();
        if (doc->lang.empty()) ++tally.unknown_lang;
        else if (doc->lang != "en") ++tally.non_english;
        if (!db) {
          ++tally.new_docs;
          progress.Update(i, tally.bytes);
          continue;
        }
        if (kill_after >= 0 && tally.docs > kill_after) std::raise(SIGKILL);
        auto put = db->Put(*doc);
        if (!put.ok()) {
          PrintError(put.error().ToString());
          ++tally.failed;
          if (put.error().code == ErrorCode::kStore) {
            // The store rolled back its open batch and refuses writes: stop
            // here; a re-run completes the ingest.
            PrintError("stopping: the store failed; documents before the last committed batch are "
                       "stored, re-run the same command to complete");
            stop = true;
            break;
          }
        } else if (put.value() == store::PutOutcome::kNew) {
          ++tally.new_docs;
        } else if (put.value() == store::PutOutcome::kUnchanged) {
          ++tally.unchanged;
        } else {
          ++tally.updated;
        }
      } else if (auto* f = std::get_if<Failure>(&item)) {
        PrintError(f->error.ToString());
        ++tally.failed;
      } else {
        ++tally.warnings;
        if (!global.quiet) PrintWarning(std::get<Warning>(item).error.ToString());
      }
      progress.Update(i, tally.bytes);
    }
    if (stop) break;
    slots[i].reset();
    {
      std::lock_guard lock(window_mutex);
      written_upto = i + 1;
    }
    window_changed.notify_all();
    progress.Update(i + 1, tally.bytes);
  }
  if (stop) {
    for (auto& slot : slots) {
      if (!slot) continue;
      std::lock_guard lock(slot->mutex);
      slot->cancelled = true;
      slot->changed.notify_all();
    }
    window_changed.notify_all();
  }
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
