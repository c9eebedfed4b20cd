// Riposte store: the SQLite file every stage reads from and writes to.
//
// One file (default ./riposte.db), WAL journal, synchronous=NORMAL, a busy
// timeout, and a versioned schema upgraded by ordered migrations on open
// (PRAGMA user_version). A store whose schema is newer than this binary is
// refused with ErrorCode::kSchema rather than touched.
//
// Identity: a document version is (id, content hash of its stored text).
//   Put of a known (id, hash)         -> PutOutcome::kUnchanged, nothing written
//   Put of a known id with a new hash -> PutOutcome::kUpdated, a new version;
//                                        the old version is kept (not current)
//   Put of a new id                   -> PutOutcome::kNew
// The same text under two ids (two outlets) is two documents. A Put of an
// older version's text (a source reverting an edit) is kUnchanged as well: the
// latest new text stays current, so re-running an ingest never writes
// (unless the lexicons changed since: then it adds the new coding's events).
//
// Batching: Put calls are grouped into transactions of `batch_size`
// documents; Flush() commits the open batch. A process killed mid-batch loses
// at most that uncommitted batch and leaves a consistent file (SQLite's
// atomic commit); re-running the same ingest completes it.
// A Put that fails inside SQLite (disk full, I/O error) rolls back the whole
// open batch, as SQLite advises for such errors, and says so in the error.
// From then on the Store refuses every Put (kStore) until it is reopened:
// committing later batches after a lost one would let a re-run store versions
// in a different order than a clean run. Callers should stop; a re-run stores
// what was lost. Put refuses bad input (empty id, sentence span outside the
// text) before writing anything; that does not affect the batch.
// Annotations: later stages add tables through new migrations, keyed by the
// version row id (DocumentRow::rowid). Sentences are stored as one compact
// blob per version, never a row per token; actor mentions, unknown names and
// time expressions as JSON arrays in the version's one `annotations` row
// (schema v4), read back through views with a row per item.
//
// Events (schema v3; since v4 one JSON array per run, read back through an
// `events` view): a version's coded events are stored as one "run" per
// (coder_version, lexicon_version); PutCoding / Put's `events` write one,
// ListEvents reads the latest run of each current version, filtered. The
// store knows nothing of the events library: StoredEvent is a plain copy of
// the Event contract's fields, spans only (see events.cc).
//
// Example:
//   auto store = riposte::store::Store::Open("riposte.db");
//   if (!store.ok()) ...;
//   auto outcome = store.value()->Put(doc);
//   store.value()->Flush();
//   store::EventFilter dyad{.source = "AZE", .target = "RUS", .from = "2025-06-01"};
//   auto events = store.value()->ListEvents(dyad);  // EventRow: event, doc, url...
//
// Thread-safety: one Store per thread; SQLite serialises writers across
// processes with the busy timeout.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

struct sqlite3;

namespace riposte::store {

namespace internal {
struct StatementCache;
}  // namespace internal

// The schema version this binary writes (after all migrations).
int CurrentSchemaVersion();

enum class PutOutcome { kNew, kUnchanged, kUpdated };
const char* PutOutcomeName(PutOutcome o);  // "new", "unchanged", "updated"

// A stored version, without its text (for listings).
struct DocumentRow {
  int64_t rowid = 0;
  std::string id;
  int version = 1;          // 1, 2, ... per id
  bool current = true;      // the latest version of its id
  std::string hash;
  std::string url, title, title_provenance, lang, format, source;
  std::string outlet, outlet_provenance;
  std::string date, date_provenance, date_hint;
  std::string date_inferred;
  size_t text_bytes = 0;
  size_t sentences = 0;
  std::string ingested_at;  // ISO 8601 UTC
};

struct OpenOptions {
  int batch_size = 500;     // documents per transaction (values < 1 mean 1)
  bool read_only = false;   // SQLITE_OPEN_READONLY; never migrates, and
                            // refuses an older schema ("run ingest to upgrade")
};

struct Counts {
  int64_t documents = 0;    // distinct ids
  int64_t versions = 0;     // stored versions
  int64_t non_english = 0;  // current versions with a known non-English lang
};

struct NameCount {
  std::string text;
  int64_t count = 0;
  std::string example;  // id of a document it occurs in
};

// ---- events (schema v3) ----

// A participant or speaker of an event: its code and words (by span).
struct StoredActor {
  std::string code;     // "AZECOP"; "" for words no lexicon codes
  std::string country;  // "AZE"; "" for IGO codes and unknowns (the caller
                        // derives it from the code; dyad filters use it)
  Span span;
  bool implicit = false;  // the story, not the clause, supplies the role
                          // (participants only; see events::EventActor)
  friend bool operator==(const StoredActor&, const StoredActor&) = default;
};

struct StoredQuantity {
  std::string attribute;  // detained|killed|injured|on_board|survivors|amount|other
  double value = 0;
  std::string qualifier;  // exact|about|at_least|at_most|more_than|fewer_than
  Span span;
  friend bool operator==(const StoredQuantity&, const StoredQuantity&) = default;
};

struct StoredLocation {
  std::string text, country;
  Span span;
  std::optional<double> lat, lon;
  friend bool operator==(const StoredLocation&, const StoredLocation&) = default;
};

// One coded event: the Event contract's fields (DESIGN.md) without the doc,
// version and texts (the version row gives the first two, spans the rest).
struct StoredEvent {
  std::string id;
  int32_t sentence = -1;  // 0-based index into the version's sentences
  Span span;              // the evidence sentence
  std::string date, date_start, date_end;  // "" when unknown
  std::string date_precision = "none";
  std::optional<StoredActor> source, target, attributed_to;
  std::string cameo, plover;
  double goldstein = 0;
  std::string mode = "asserted";
  std::vector<StoredQuantity> quantities;
  std::optional<StoredLocation> location;
  std::string rule;
  std::optional<double> confidence;
  friend bool operator==(const StoredEvent&, const StoredEvent&) = default;
};

// The events of one coding of a version.
struct EventSet {
  std::string coder_version, lexicon_version;
  std::vector<StoredEvent> events;  // in the coder's order
};

// A listed event with its document version and run.
struct EventRow {
  StoredEvent event;
  int64_t doc_rowid = 0;
  std::string doc;          // document id
  int doc_version = 1;      // 1, 2, ...
  std::string version;      // the version's content hash (Event "version")
  std::string url, outlet, title, lang;
  std::string coder_version, lexicon_version;
  std::string coded_at;     // ISO 8601 UTC of the run
};

// ListEvents filters; empty fields do not filter. Always current versions
// and the latest run of each.
struct EventFilter {
  // Directed dyad: `source` matches events whose source is that country
  // (3 letters: source country) or whose source code starts with it (longer:
  // "AZEGOV", "IGOUNO"); `target` likewise. Upper case.
  std::string source, target;
  // ISO days: events whose [date_start, date_end] overlaps [from, to];
  // undated events are left out when either is set.
  std::string from, to;
  std::string plover;  // "ASSAULT"
  std::string doc;     // a document id
  size_t limit = 0;    // 0: all
};

class Store {
 public:
  // Opens or creates the store at `path` and migrates it to the current
  // schema. Errors: kStore (cannot open/create; not a database: "not a
  // Riposte store (file is not a database)"), kSchema (newer schema; older
  // schema when read_only). The error's arg is `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const OpenOptions& options = {});
  ~Store();
  Store(const Store&) = delete;             // owns a sqlite3 handle
  Store& operator=(const Store&) = delete;

  // Stores `doc` (metadata, text and sentence spans) inside the open batch.
  // Tokens are not stored (recomputed from the text when needed). With
  // `with_annotations`, also doc.actors, doc.unknown_names and doc.times, marked as annotated
  // (for an unchanged text only when its version has no annotations yet, so
  // re-ingesting a segment-only store fills them in).
  // With `events`, also stores them as the version's run of their
  // coder/lexicon version, unless the version already has that run (an
  // unchanged re-ingest writes nothing).
  // `hash`, when given, is ContentHash(doc.text), computed by the caller
  // (ingest's workers need it to code events; hashing twice cost 1% of an
  // ingest). REQUIRES: *hash == ContentHash(doc.text).
  Result<PutOutcome> Put(const Document& doc, bool with_annotations = false,
                         const EventSet* events = nullptr, const std::string* hash = nullptr);
  // Commits the open batch, if any.
  Status Flush();

  // Current versions (all versions when `all_versions`): dated documents
  // first in date order, then undated ones; ties by id, then version.
  // `limit` 0 means no limit.
  Result<std::vector<DocumentRow>> List(bool all_versions = false, size_t limit = 0);
  // The current version of `id` (or version `version` when > 0), with text
  // and sentences restored. kNotFound when absent.
  Result<Document> Get(const std::string& id, int version = 0);
  // Row metadata of the version Get would return.
  Result<DocumentRow> GetRow(const std::string& id, int version = 0);
  Result<Counts> Count();

  // Fills doc->actors, doc->unknown_names and doc->times with the stored annotations of version
  // row `rowid` (DocumentRow::rowid); false when that version was stored
  // without annotations. Phrase indexes refer to text::Analyze's phrases.
  Result<bool> LoadAnnotations(int64_t rowid, Document* doc);
  // The unknown names (Document::unknown_names) of current versions,
  // grouped by text, most frequent first (ties by text), each with the
  // smallest id of a document it occurs in.
  Result<std::vector<NameCount>> UnknownNames();
  // Current versions stored without annotations (a segment-only ingest).
  Result<std::vector<DocumentRow>> ListUnannotated();

  // Inside the open batch: replaces version `rowid`'s annotations with
  // doc.actors, doc.unknown_names and doc.times, and its run of
  // events.coder_version + events.lexicon_version with `events` (a new run,
  // which becomes the latest). Runs of other coder/lexicon versions stay.
  // kInvalidArgument (nothing written) when a span lies outside doc.text.
  // REQUIRES: `doc` holds version `rowid`'s text.
  Status PutCoding(int64_t rowid, const Document& doc, const EventSet& events);
  // The latest run of version `rowid`; nullopt when it was never coded.
  Result<std::optional<EventSet>> LoadEvents(int64_t rowid);
  // Events of the latest run of every current version matching `filter`,
  // dated ones first by date_start, then by document id and coder order.
  Result<std::vector<EventRow>> ListEvents(const EventFilter& filter);
  // The same rows, streamed: calls fn(row) for each (fn may move from it)
  // until fn returns false. fn may call Get and other reads, not writes.
  Status ForEachEvent(const EventFilter& filter, const std::function<bool(EventRow&)>& fn);

  // The raw handle, for later stages' own tables (same thread only).
  sqlite3* handle() { return db_; }

 private:
  Store(sqlite3* db, std::string path, OpenOptions options);
  Status Begin();
  // `fresh`: the version row was inserted by this Put, so it can have no
  // annotations or runs yet and the look-ups for them are skipped.
  Status WriteAnnotations(int64_t rowid, const Document& doc, bool fresh = false);  // annotations.cc
  Result<int64_t> RuleId(const std::string& rule);               // annotations.cc
  Status DeleteAnnotations(int64_t rowid);                        // annotations.cc
  // Writes `events` as a run of version `rowid`, replacing an existing run
  // of the same versions when `replace`, else keeping it (events.cc).
  Status WriteEvents(int64_t rowid, const EventSet& events, bool replace, bool fresh = false);
  // Validates spans against the version's text size (events.cc).
  static Status CheckEventSpans(const EventSet& events, const Document& doc);
  // Starts the batch transaction if none is open; afterwards, EndWrite
  // counts one document, commits a full batch, or rolls back on error.
  Status BeginWrite(const std::string& id);  // `id` names the document in errors
  Status EndWrite(Status status);
  sqlite3* db_ = nullptr;
  std::string path_;  // as given to Open, for error messages
  OpenOptions options_;
  int in_batch_ = 0;  // documents written in the open transaction
  bool lost_batch_ = false;  // a batch was rolled back: Put refuses until reopened
  std::unique_ptr<internal::StatementCache> cache_;  // prepared once, reused
};

}  // namespace riposte::store
