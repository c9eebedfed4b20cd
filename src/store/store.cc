// The SQLite store: opening (see internal/schema.cc for identification,
// version checks and migrations) and Put with content-hash identity inside
// batched transactions. The read side (List, Get, GetRow, Count) is in
// read.cc, annotations in annotations.cc, events in events.cc.
//
// Put runs, per document, one identity lookup answered from the two unique
// indexes alone (max version of the id; does (id, hash) exist), then for a
// new text one UPDATE retiring the current version (updates only), one INSERT
// of the version row and one INSERT of the sentence layer blob. All four
// statements are prepared once per Store and bound without copying the text.
// Transactions are BEGIN IMMEDIATE (the write lock is taken up front, so a
// batch never fails half-way on a lock upgrade) and commit every batch_size
// Puts, counting unchanged documents too so that a long re-run does not hold
// one transaction open.
//
// Missing optional values are stored as NULL, not "": `date IS NULL` means
// undated. Listings put dated versions first (date order), then undated ones.
//
// Tested by store_test.cc and store_crash_test.cc.
#include "store/store.h"

#include <sqlite3.h>

#include <utility>

#include "store/internal/schema.h"
#include "store/internal/statements.h"

namespace riposte::store {
namespace {

using internal::ScopedReset;
using internal::SqliteError;
using internal::Statement;

constexpr int kBusyTimeoutMs = 5000;

// ?1 id, ?2 hash -> (highest version or NULL, rowid of (id, hash) or NULL).
constexpr char kLookupSql[] =
    "SELECT (SELECT max(version) FROM documents WHERE id = ?1),"
    " (SELECT rowid FROM documents WHERE id = ?1 AND hash = ?2)";
constexpr char kRetireSql[] = "UPDATE documents SET current = 0 WHERE id = ?1 AND current = 1";
constexpr char kInsertDocumentSql[] =
    "INSERT INTO documents (id, version, hash, current, url,"
    " outlet, outlet_provenance, outlet_evidence, author, author_provenance, author_evidence,"
    " title, title_provenance, title_evidence, date, date_provenance, date_evidence, date_hint,"
    " dateline, dateline_provenance, dateline_evidence,"
    " date_inferred, date_inferred_provenance, date_inferred_evidence,"
    " lang, format, source, text_bytes, sentences, ingested_at, text)"
    " VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
    " ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)";
constexpr char kInsertLayerSql[] =
    "INSERT INTO layers (doc_rowid, name, producer, data) VALUES (?1, ?2, ?3, ?4)";


// Binds a Field as three consecutive parameters (value, provenance, evidence).
int BindField(Statement& s, int index, const Field& f) {
  s.BindTextOrNull(index, f.value);
  s.BindTextOrNull(index + 1, ProvenanceName(f.provenance));
  s.BindTextOrNull(index + 2, f.evidence);
  return index + 3;
}


// Rejects what the schema could store but no later stage could trust.
Status Validate(const Document& doc) {
  if (doc.id.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "document has no id", doc.source);
  }
  if (doc.text.size() > kMaxTextBytes) {
    return MakeError(ErrorCode::kTooLarge,
                     "text of " + std::to_string(doc.text.size()) + " bytes is above the limit of " +
                         std::to_string(kMaxTextBytes),
                     doc.id);
  }
  for (const Sentence& s : doc.sentences) {
    if (!doc.Valid(s.span)) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "sentence span [" + std::to_string(s.span.begin) + ", " +
                           std::to_string(s.span.end) + ") lies outside the text (" +
                           std::to_string(doc.text.size()) + " bytes)",
                       doc.id);
    }
  }
  return OkStatus();
}

// Inserts a new version row and its sentence layer; returns the row id.
Result<int64_t> InsertVersion(sqlite3* db, internal::StatementCache& c, const Document& doc,
                              const std::string& hash, int64_t version) {
  Statement& ins = c.insert_document;
  if (Status s = ins.Ensure(db, kInsertDocumentSql); !s.ok()) return s.error();
  {
    ScopedReset reset(ins);
    int i = 1;
    ins.BindText(i++, doc.id);
    ins.BindInt(i++, version);
    ins.BindText(i++, hash);
    ins.BindTextOrNull(i++, doc.url);
    i = BindField(ins, i, doc.outlet);
    i = BindField(ins, i, doc.author);
    i = BindField(ins, i, doc.title);
    i = BindField(ins, i, doc.date);
    ins.BindTextOrNull(i++, doc.date_hint);
    i = BindField(ins, i, doc.dateline);
    i = BindField(ins, i, doc.date_inferred);
    ins.BindTextOrNull(i++, doc.lang);
    ins.BindTextOrNull(i++, doc.format);
    ins.BindTextOrNull(i++, doc.source);
    ins.BindInt(i++, static_cast<int64_t>(doc.text.size()));
    ins.BindInt(i++, static_cast<int64_t>(doc.sentences.size()));
    ins.BindText(i++, internal::IngestStamp(c));
    ins.BindText(i++, doc.text);
    if (ins.Step() != SQLITE_DONE) return SqliteError(db, "cannot store the document", doc.id);
  }
  const int64_t rowid = sqlite3_last_insert_rowid(db);
  if (doc.sentences.empty()) return rowid;

  c.blob.clear();
  for (const Sentence& s : doc.sentences) internal::AppendSpan(c.blob, s.span);
  Statement& layer = c.insert_layer;
  if (Status s = layer.Ensure(db, kInsertLayerSql); !s.ok()) return s.error();
  ScopedReset reset(layer);
  layer.BindInt(1, rowid);
  layer.BindText(2, internal::kSentenceLayer);
  layer.BindText(3, internal::kSentenceProducer);
  layer.BindBlob(4, c.blob);
  if (layer.Step() != SQLITE_DONE) {
    return SqliteError(db, "cannot store the document's sentences", doc.id);
  }
  return rowid;
}

// The body of Put, inside an open transaction. Sets *rowid to the version
// row holding doc's text (new, or the known one when unchanged).
Result<PutOutcome> WriteDocument(sqlite3* db, internal::StatementCache& c, const Document& doc,
                                 const std::string& hash, int64_t* rowid_out) {
  int64_t max_version = 0;
  {
    Statement& lookup = c.lookup;
    if (Status s = lookup.Ensure(db, kLookupSql); !s.ok()) return s.error();
    ScopedReset reset(lookup);
    lookup.BindText(1, doc.id);
    lookup.BindText(2, hash);
    if (lookup.Step() != SQLITE_ROW) return SqliteError(db, "cannot look the document up", doc.id);
    if (const int64_t known = lookup.ColumnInt(1); known != 0) {
      *rowid_out = known;
      return PutOutcome::kUnchanged;
    }
    max_version = lookup.ColumnInt(0);  // 0 when the id is new
  }
  if (max_version > 0) {
    Statement& retire = c.retire;
    if (Status s = retire.Ensure(db, kRetireSql); !s.ok()) return s.error();
    ScopedReset reset(retire);
    retire.BindText(1, doc.id);
    if (retire.Step() != SQLITE_DONE) {
      return SqliteError(db, "cannot retire the previous version", doc.id);
    }
  }
  Result<int64_t> rowid = InsertVersion(db, c, doc, hash, max_version + 1);
  if (!rowid.ok()) return rowid.error();
  *rowid_out = rowid.value();
  return max_version > 0 ? PutOutcome::kUpdated : PutOutcome::kNew;
}

// Rolls back whatever transaction is open and notes it in `error`; sets
// `lost_batch` when documents accepted earlier were lost with it.
Error RollBackBatch(sqlite3* db, int& in_batch, bool& lost_batch, Error error) {
  if (sqlite3_get_autocommit(db) == 0) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  if (in_batch > 0) {
    error.message += "; the open batch of " + std::to_string(in_batch) + " document" +
                     (in_batch == 1 ? "" : "s") + " was rolled back: run again to store it";
    lost_batch = true;
  }
  in_batch = 0;
  return error;
}


}  // namespace

const char* PutOutcomeName(PutOutcome o) {
  switch (o) {
    case PutOutcome::kNew: return "new";
    case PutOutcome::kUnchanged: return "unchanged";
    case PutOutcome::kUpdated: return "updated";
  }
  return "new";
}

Store::Store(sqlite3* db, std::string path, OpenOptions options)
    : db_(db),
      path_(std::move(path)),
      options_(options),
      cache_(std::make_unique<internal::StatementCache>()) {
  if (options_.batch_size < 1) options_.batch_size = 1;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  const int flags =
      (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  // The Store owns the handle from here on, even when opening failed.
  std::unique_ptr<Store> store(new Store(db, path, options));
  if (rc != SQLITE_OK) return SqliteError(db, "cannot open the store", path);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  if (!options.read_only && sqlite3_db_readonly(db, "main") == 1) {
    return MakeError(ErrorCode::kStore, "cannot open the store for writing (file is read-only)",
                     path);
  }
  if (Status s = internal::PrepareConnection(db, path, options.read_only); !s.ok()) {
    return s.error();
  }
  return store;
}

Store::~Store() {
  if (db_ == nullptr) return;
  Flush();  // best effort: a failed commit has already been rolled back
  cache_.reset();  // finalizes every statement before the handle closes
  sqlite3_close_v2(db_);
}

Status Store::Begin() {
  Statement& begin = cache_->begin;
  if (Status s = begin.Ensure(db_, "BEGIN IMMEDIATE"); !s.ok()) return s;
  ScopedReset reset(begin);
  if (begin.Step() != SQLITE_DONE) return SqliteError(db_, "cannot start a write transaction", path_);
  return OkStatus();
}

Status Store::BeginWrite(const std::string& id) {
  if (options_.read_only) {
    return MakeError(ErrorCode::kStore, "cannot store the document: " + path_ + " is open read-only",
                     id);
  }
  if (lost_batch_) {
    return MakeError(ErrorCode::kStore,
                     "not stored: an earlier batch was rolled back after a store error; "
                     "fix the cause and run again",
                     id);
  }
  if (in_batch_ == 0) {
    if (Status s = Begin(); !s.ok()) return RollBackBatch(db_, in_batch_, lost_batch_, s.error());
  }
  return OkStatus();
}

Status Store::EndWrite(Status status) {
  if (!status.ok()) return RollBackBatch(db_, in_batch_, lost_batch_, status.error());
  ++in_batch_;
  if (in_batch_ >= options_.batch_size) return Flush();
  return OkStatus();
}

Result<PutOutcome> Store::Put(const Document& doc, bool with_annotations, const EventSet* events,
                              const std::string* hash) {
  if (Status s = Validate(doc); !s.ok()) return s.error();
  if (events != nullptr) {
    if (Status s = CheckEventSpans(*events, doc); !s.ok()) return s.error();
  }
  if (Status s = BeginWrite(doc.id); !s.ok()) return s.error();
  int64_t rowid = 0;
  const std::string computed = hash == nullptr ? ContentHash(doc.text) : std::string();
  Result<PutOutcome> outcome = WriteDocument(db_, *cache_, doc, hash ? *hash : computed, &rowid);
  Status status = outcome.ok() ? OkStatus() : Status(outcome.error());
  const bool fresh = outcome.ok() && outcome.value() != PutOutcome::kUnchanged;
  if (status.ok() && with_annotations) status = WriteAnnotations(rowid, doc, fresh);
  if (status.ok() && events != nullptr) status = WriteEvents(rowid, *events, /*replace=*/false, fresh);
  if (Status s = EndWrite(std::move(status)); !s.ok()) return s.error();
  return outcome;
}

Status Store::Flush() {
  if (in_batch_ == 0) return OkStatus();
  Statement& commit = cache_->commit;
  Status status = commit.Ensure(db_, "COMMIT");
  if (status.ok()) {
    ScopedReset reset(commit);
    if (commit.Step() != SQLITE_DONE) status = SqliteError(db_, "cannot commit", path_);
  }
  if (!status.ok()) return RollBackBatch(db_, in_batch_, lost_batch_, status.error());
  in_batch_ = 0;
  return OkStatus();
}


}  // namespace riposte::store
