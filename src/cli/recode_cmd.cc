// `riposte recode`: codes the stored current documents again with the
// current lexicons and says what changed. Each document's stored text is
// segmented and annotated anew (pipeline.h: analysis, time, actors), coded
// (event_records.h), compared with its latest stored coding, and stored
// (store::Store::PutCoding: the annotations and the run of the current
// coder/lexicon version are replaced; runs of other versions stay).
// Documents go in batches: read by this thread, analysed and coded on
// --jobs threads, then compared and stored in order, so output and store
// are the same at any --jobs.
//
// The comparison pairs events in three passes: identical codings
// (everything but the rule that fired and the confidence, which move when a
// lexicon line moves) are "unchanged"; of the rest, an old and a new event
// on the same evidence span are "recoded" (another code, source, target,
// mode, date...); what remains is "added" or "removed". A document never
// coded before (stored before events were coded, or by --segment-only)
// counts all its events as added.
//
// Exit status: 0 ok; 1 --doc names no document or the store is empty; 2 an
// error (lexicons, store).
// Tested by tests/cli/recode.test.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/event_records.h"
#include "cli/output.h"
#include "cli/pipeline.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

constexpr size_t kQuoteColumn = 50;
constexpr size_t kDocsPerJob = 16;  // documents a thread codes per batch

struct Changes {
  int64_t added = 0, removed = 0, recoded = 0, unchanged = 0;
  std::string lines;  // one per change, for the report
};

// Equal codings: all fields but the rule and confidence (see above).
bool SameCoding(store::StoredEvent a, store::StoredEvent b) {
  a.rule = b.rule;
  a.confidence = b.confidence;
  return a == b;
}

std::string Label(const std::optional<store::StoredActor>& a) {
  if (!a) return "-";
  return a->code.empty() ? "?" : a->code;
}

std::string Line(const store::StoredEvent& e, const Document& doc) {
  return PadRight(e.date.empty() ? "-" : e.date, 11) + PadRight(Label(e.source), 8) + " " +
         PadRight(e.cameo, 5) + PadRight(Label(e.target), 8) + " " + PadRight(e.mode, 13) +
         Ellipsize(OneLine(doc.Slice(e.span)), kQuoteColumn);
}

Changes Compare(const std::vector<store::StoredEvent>& before,
                const std::vector<store::StoredEvent>& after, const Document& doc) {
  Changes c;
  std::vector<bool> old_used(before.size()), new_used(after.size());
  for (size_t new_idx = 0; new_idx < after.size(); ++new_idx) {
    for (size_t old_idx = 0; old_idx < before.size(); ++old_idx) {
      if (!old_used[old_idx] && SameCoding(before[old_idx], after[new_idx])) {
        old_used[old_idx] = new_used[new_idx] = true;
        ++c.unchanged;
        break;
      }
    }
  }
  for (size_t new_idx = 0; new_idx < after.size(); ++new_idx) {
    if (new_used[new_idx]) continue;
    for (size_t old_idx = 0; old_idx < before.size(); ++old_idx) {
      if (!old_used[old_idx] && before[old_idx].span == after[new_idx].span) {
        old_used[old_idx] = new_used[new_idx] = true;
        ++c.recoded;
        c.lines += "  ~ " + Line(before[old_idx], doc) + "\n    → " + Line(after[new_idx], doc) + "\n";
        break;
      }
    }
  }
  for (size_t new_idx = 0; new_idx < after.size(); ++new_idx) {
    if (new_used[new_idx]) continue;
    ++c.added;
    c.lines += "  + " + Line(after[new_idx], doc) + "\n";
  }
  for (size_t old_idx = 0; old_idx < before.size(); ++old_idx) {
    if (old_used[old_idx]) continue;
    ++c.removed;
    c.lines += "  - " + Line(before[old_idx], doc) + "\n";
  }
  return c;
}

// One document of a batch: read by the main thread, annotated and coded by
// a worker, compared and stored by the main thread.
struct Work {
  int64_t rowid = 0;
  Document doc;
  store::EventSet events;
  bool skipped = false;         // not English: not coded
  Status status = OkStatus();   // the text analysis failed
};

// Segments, annotates and codes every document of `batch` on up to `jobs`
// threads (this one included). The recognizer and coder are shared: both
// are reentrant.
void CodeBatch(std::vector<Work>& batch, size_t jobs, const actors::Recognizer& recognizer,
               const EventCoder& coder) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
      Work& w = batch[i];
      if (!w.doc.lang.empty() && w.doc.lang != "en") {
        w.skipped = true;
        continue;
      }
      text::Segment(w.doc);
      w.status = Annotate(w.doc, recognizer);
      if (w.status.ok()) w.events = coder.Code(w.doc);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < std::min(jobs, batch.size()); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

std::string SummaryLine(const char* label, int64_t n, const std::string& note = "") {
  char buf[64];
  std::snprintf(buf, sizeof buf, "  %-12s %6lld", label, static_cast<long long>(n));
  return buf + note + "\n";
}

}  // namespace

int RunRecode(const GlobalOptions& global, const RecodeOptions& options) {
  actors::Lexicon lexicon;
  if (!LoadLexicon(global, options.actor_files, &lexicon)) return kExitError;
  const actors::Recognizer recognizer(lexicon);
  const std::unique_ptr<EventCoder> coder = EventCoder::Load(global, lexicon);
  if (coder == nullptr) return kExitError;

  // Like the read-only commands, recode never creates a store.
  if (auto probe = OpenForReading(global.db); !probe.ok() && probe.error().code == ErrorCode::kNotFound) {
    PrintError(probe.error().ToString());
    return kExitError;
  }
  auto opened = store::Store::Open(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  store::Store& db = *opened.value();
  std::vector<store::DocumentRow> rows;
  if (!options.doc.empty()) {
    auto row = db.GetRow(options.doc);
    if (!row.ok()) return ReportMissingDocument(global, options.doc, row.error());
    rows.push_back(std::move(row.value()));
  } else {
    auto listed = db.List();
    if (!listed.ok()) {
      PrintError(listed.error().ToString());
      return kExitError;
    }
    rows = std::move(listed.value());
  }
  if (rows.empty()) {
    PrintError("no documents in " + global.db + " (run `riposte ingest PATH...` first)");
    return kExitNothing;
  }

  const size_t jobs = options.jobs > 0 ? static_cast<size_t>(options.jobs)
                                       : std::max(1u, std::thread::hardware_concurrency());
  Changes total;
  int64_t changed_docs = 0, first_coded = 0, skipped = 0, coded_docs = 0;
  Progress progress("recode", rows.size(), !global.quiet);
  uint64_t bytes = 0;
  std::vector<Work> batch;
  for (size_t start = 0; start < rows.size(); start += jobs * kDocsPerJob) {
    // Read a batch (one connection, this thread), code it on `jobs` threads,
    // then compare and store it in order.
    batch.clear();
    for (size_t row_idx = start; row_idx < std::min(rows.size(), start + jobs * kDocsPerJob); ++row_idx) {
      auto got = db.Get(rows[row_idx].id, rows[row_idx].version);
      if (!got.ok()) {
        PrintError(got.error().ToString());
        return kExitError;
      }
      batch.push_back(Work{rows[row_idx].rowid, std::move(got.value())});
    }
    CodeBatch(batch, jobs, recognizer, *coder);
    std::string out;
    for (const Work& w : batch) {
      bytes += w.doc.text.size();
      if (w.skipped) {
        ++skipped;
        continue;
      }
      if (!w.status.ok()) {
        PrintError(w.doc.id + ": not coded: " + w.status.error().message);
        return kExitError;
      }
      auto before = db.LoadEvents(w.rowid);
      if (!before.ok()) {
        PrintError(before.error().ToString());
        return kExitError;
      }
      static const std::vector<store::StoredEvent> kNone;
      const Changes c = Compare(before.value() ? before.value()->events : kNone, w.events.events, w.doc);
      ++coded_docs;
      total.added += c.added;
      total.removed += c.removed;
      total.recoded += c.recoded;
      total.unchanged += c.unchanged;
      if (!before.value()) {
        ++first_coded;  // counted, not listed: every event would be a "+"
      } else if (!c.lines.empty()) {
        ++changed_docs;
        out += w.doc.id + "  +" + std::to_string(c.added) + " -" + std::to_string(c.removed) + " ~" +
               std::to_string(c.recoded) + " =" + std::to_string(c.unchanged) + "\n" + c.lines;
      }
      if (!options.dry_run) {
        if (Status st = db.PutCoding(w.rowid, w.doc, w.events); !st.ok()) {
          PrintError(st.error().ToString());
          return kExitError;
        }
      }
    }
    Print(out);
    progress.Update(std::min(rows.size(), start + batch.size()), bytes);
  }
  if (Status st = db.Flush(); !st.ok()) {
    PrintError(st.error().ToString());
    return kExitError;
  }
  progress.Finish();
  std::string out;
  if (options.dry_run) out += "dry run: nothing stored\n";
  out += "recoded " + std::to_string(coded_docs) + " document" + (coded_docs == 1 ? "" : "s") +
         " of " + global.db + " (coder " + events::CoderVersion() + ", lexicon " +
         coder->coder().lexicon_version() + ")\n";
  out += SummaryLine("added", total.added);
  out += SummaryLine("removed", total.removed);
  out += SummaryLine("recoded", total.recoded, "  (same sentence, another coding)");
  out += SummaryLine("unchanged", total.unchanged);
  out += SummaryLine("changed", changed_docs, "  documents");
  if (first_coded) out += SummaryLine("first coded", first_coded, "  documents (stored before events were coded)");
  if (skipped) out += SummaryLine("skipped", skipped, "  not English");
  Print(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace riposte::cli
