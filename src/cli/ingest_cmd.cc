// `riposte ingest`: read inputs, segment, annotate (pipeline.h), code events
// (event_records.h), store.
//
// Reading, segmenting, annotating and coding run on worker threads, one input file at a time;
// the store is written by this thread alone (SQLite wants one writer), in
// input order, so versions and output are the same at any --jobs. Workers
// hand their documents, failures and warnings to an OrderedQueue, which the
// writer drains input by input (ingest_queue.h). Memory is bounded by a byte budget shared by
// all inputs ahead of the writer (the input the writer is on may always
// add, so it cannot deadlock) and by a window: a worker starts input i only
// when i < current + kWindowPerJob * jobs. A huge JSONL file streams through.
//
// Tested by tests/cli/ingest*.test and tests/integration/crash_ingest.sh.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>
#include <variant>

#include "cli/commands.h"
#include "cli/event_records.h"
#include "cli/ingest_queue.h"
#include "cli/output.h"
#include "cli/pipeline.h"
#include "ingest/ingest.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

// Segments and (with a recognizer) annotates and codes each document on the
// worker and queues it. Tokens and phrases are dropped before queueing: they are
// recomputed from the text when needed and would dominate the queue's bytes.
// The version hash is computed here, once, for both the coder (event ids)
// and the store (document identity), and travels with the document.
class QueueSink : public ingest::Sink {
 public:
  QueueSink(OrderedQueue& queue, size_t input, const actors::Recognizer* recognizer,
            const EventCoder* coder, bool storing)
      : queue_(queue), input_(input), recognizer_(recognizer), coder_(coder), storing_(storing) {}
  void OnDocument(Document&& doc) override {
    text::Segment(doc);
    bool annotated = false;
    std::optional<store::EventSet> events;
    std::string hash;
    if (storing_) hash = ContentHash(doc.text);
    if (recognizer_ != nullptr) {
      Status st = Annotate(doc, *recognizer_);
      annotated = st.ok();
      if (!st.ok()) {
        queue_.Push(input_, Item(Warning{MakeError(st.error().code,
                                                   "not annotated: " + st.error().message, doc.id)}));
      }
      if (annotated && coder_ != nullptr && (doc.lang.empty() || doc.lang == "en")) {
        if (hash.empty()) hash = ContentHash(doc.text);
        events = Code(doc, hash);
      }
    }
    doc.tokens = {};
    doc.phrases = {};
    doc.clauses = {};
    queue_.Push(input_, Item(Queued{std::move(doc), annotated, std::move(events), std::move(hash)}));
  }
  void OnFailure(const Error& e) override { queue_.Push(input_, Item(Failure{e})); }
  void OnWarning(const Error& e) override { queue_.Push(input_, Item(Warning{e})); }

 private:
  // EventCoder::Code with the version hash already computed.
  store::EventSet Code(const Document& doc, const std::string& hash) const {
    store::EventSet set;
    set.coder_version = events::CoderVersion();
    set.lexicon_version = coder_->coder().lexicon_version();
    std::vector<events::Event> coded = coder_->coder().Code(doc, hash);
    set.events.reserve(coded.size());
    for (events::Event& e : coded) set.events.push_back(ToStored(std::move(e)));
    return set;
  }
  OrderedQueue& queue_;
  size_t input_;
  const actors::Recognizer* recognizer_;
  const EventCoder* coder_;
  const bool storing_;  // a store will want the version hash
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
  auto put = db->Put(doc, queued.annotated, queued.events ? &*queued.events : nullptr,
                     queued.hash.empty() ? nullptr : &queued.hash);
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
      QueueSink sink(queue, i, recognizer.get(), coder.get(), db != nullptr);
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
