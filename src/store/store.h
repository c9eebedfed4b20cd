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
// latest new text stays current, so re-running an ingest never writes.
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
// blob per version, never a row per token.
//
// Example:
//   auto store = riposte::store::Store::Open("riposte.db");
//   if (!store.ok()) ...;
//   auto outcome = store.value()->Put(doc);
//   store.value()->Flush();
//
// Thread-safety: one Store per thread; SQLite serialises writers across
// processes with the busy timeout.
#pragma once

#include <cstdint>
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
  Result<PutOutcome> Put(const Document& doc, bool with_annotations = false);
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

  // The raw handle, for later stages' own tables (same thread only).
  sqlite3* handle() { return db_; }

 private:
  Store(sqlite3* db, std::string path, OpenOptions options);
  Status Begin();
  Status WriteAnnotations(int64_t rowid, const Document& doc);  // annotations.cc
  Result<int64_t> RuleId(const std::string& rule);               // annotations.cc
  sqlite3* db_ = nullptr;
  std::string path_;  // as given to Open, for error messages
  OpenOptions options_;
  int in_batch_ = 0;  // documents written in the open transaction
  bool lost_batch_ = false;  // a batch was rolled back: Put refuses until reopened
  std::unique_ptr<internal::StatementCache> cache_;  // prepared once, reused
};

}  // namespace riposte::store
