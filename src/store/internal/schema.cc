// The store's schema and what happens when a file is opened: identification
// (SQLite? Riposte?), the version check against PRAGMA user_version, the
// connection pragmas, and the ordered migrations.
//
// Schema v1:
//   documents  one row per stored version of a document: identity (id,
//              version, hash, current), metadata with provenance and
//              evidence, and the text. `text` is deliberately the LAST
//              column: SQLite reads a record's columns in order, and a long
//              text spills into overflow pages, so listing metadata or looking
//              a document up never touches the text's pages.
//              UNIQUE(id, hash) and UNIQUE(id, version) give the identity
//              lookup covering indexes; a partial unique index keeps exactly
//              one current version per id; (current, date, id) serves
//              listings and date ranges.
//   layers     named span layers of a version as one blob each (see
//              AppendSpan), keyed by (doc_rowid, name); "sentence" is written
//              by Put. Later stages add their own layers under other names.
//   meta       key/value facts about the file: created_by, migrated_by.
// Schema v2 (the annotation stages' output, one row per mention, never per
// token; WITHOUT ROWID tables clustered by (doc_rowid, n) so a document's
// rows are read in one range):
//   rules             the rule texts of mentions and expressions, each stored
//                     once (a third of the mention bytes otherwise);
//   annotations       a version's annotations were stored, by which producer
//                     (a version with no row was ingested segment-only);
//   actor_mentions    doc.actors: span, code ('' unresolved), rule_id,
//                     phrase, antecedent (n of another mention, -1), ethnic;
//                     no secondary index yet (one costs 8% of an annotating
//                     ingest; add it with the first query that needs it);
//   unknown_names     doc.unknown_names: proper names in actor positions that
//                     no lexicon knows (spans);
//   time_expressions  doc.times: span, value, granularity and anchor by
//                     name, start/end days, mod, previous (n, -1), rule_id.
// Rows hold spans, never copies of the text; the views actor_mentions_text,
// unknown_names_text and time_expressions_text add each row's words (cut
// from documents.text by byte span) and rule text for people querying the
// file with sqlite3.
// Schema v3 (the events stage's output, one row per coded event):
//   event_runs  one row per coding of a version: (doc_rowid, coder_version,
//               lexicon_version) is unique; `run` grows with every (re)coding,
//               so the highest run of a version is its latest coding, the one
//               listings show. A version coded with no events has a run and
//               no event rows ("coded, nothing found" vs "never coded").
//   events      the Event contract's fields (src/events/events.h), clustered
//               by (doc_rowid, run, n): id, sentence (0-based), evidence span,
//               dates (NULL when unknown), source/target code, country,
//               span and implicit (NULL columns when absent), cameo, plover, goldstein,
//               mode, attribution (code, span), quantities as a JSON array
//               ([{"attribute","value","qualifier","span":[b,e]}], no text),
//               location (text, country, span, lat/lon), rule_id, confidence.
//               coder_version and lexicon_version live in the run. Indexes
//               serve the `riposte events` filters: dyad (source_country,
//               target_country), date_start, plover.
//   events_text view: each event with its document id, versions, the
//               evidence sentence and the actors' words cut by span.
// Later stages add tables keyed by documents.rowid by appending migrations.
//
// Tested by store_test.cc and store_crash_test.cc.
#include "store/internal/schema.h"

#include <iterator>
#include <string>

#include "store/internal/statements.h"
#include "store/store.h"

#ifndef RIPOSTE_VERSION
#define RIPOSTE_VERSION "dev"
#endif

namespace riposte::store {

namespace internal {
namespace {

struct Migration {
  int version;      // user_version after this migration
  const char* sql;  // one or more statements
};

// Append-only: a released migration is never edited.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  hash TEXT NOT NULL,
  current INTEGER NOT NULL,
  url TEXT,
  outlet TEXT, outlet_provenance TEXT, outlet_evidence TEXT,
  author TEXT, author_provenance TEXT, author_evidence TEXT,
  title TEXT, title_provenance TEXT, title_evidence TEXT,
  date TEXT, date_provenance TEXT, date_evidence TEXT, date_hint TEXT,
  dateline TEXT, dateline_provenance TEXT, dateline_evidence TEXT,
  date_inferred TEXT, date_inferred_provenance TEXT, date_inferred_evidence TEXT,
  lang TEXT, format TEXT, source TEXT,
  text_bytes INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (id, hash),
  UNIQUE (id, version)
);
CREATE UNIQUE INDEX documents_one_current ON documents (id) WHERE current = 1;
CREATE INDEX documents_current_date ON documents (current, date, id);
CREATE TABLE layers (
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  name TEXT NOT NULL,
  producer TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (doc_rowid, name)
);
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('created_by', 'riposte ' || ')sql" RIPOSTE_VERSION R"sql(');
)sql"},
    {2, R"sql(
CREATE TABLE rules (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
);
CREATE TABLE annotations (
  doc_rowid INTEGER PRIMARY KEY REFERENCES documents (rowid) ON DELETE CASCADE,
  producer TEXT NOT NULL,
  annotated_at TEXT NOT NULL
);
CREATE TABLE actor_mentions (
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  code TEXT NOT NULL,
  rule_id INTEGER NOT NULL REFERENCES rules (id),
  phrase INTEGER NOT NULL,
  antecedent INTEGER NOT NULL,
  ethnic INTEGER NOT NULL,
  PRIMARY KEY (doc_rowid, n)
) WITHOUT ROWID;
CREATE TABLE unknown_names (
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (doc_rowid, n)
) WITHOUT ROWID;
CREATE TABLE time_expressions (
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  value TEXT NOT NULL,
  granularity TEXT NOT NULL,
  start_day TEXT NOT NULL,
  end_day TEXT NOT NULL,
  mod TEXT NOT NULL,
  anchor TEXT NOT NULL,
  previous INTEGER NOT NULL,
  rule_id INTEGER NOT NULL REFERENCES rules (id),
  PRIMARY KEY (doc_rowid, n)
) WITHOUT ROWID;
CREATE VIEW actor_mentions_text AS
  SELECT m.doc_rowid, m.n, m.span_begin, m.span_end,
         CAST(substr(CAST(d.text AS BLOB), m.span_begin + 1, m.span_end - m.span_begin) AS TEXT) AS text,
         m.code, r.text AS rule, m.phrase, m.antecedent, m.ethnic
  FROM actor_mentions m JOIN documents d ON d.rowid = m.doc_rowid JOIN rules r ON r.id = m.rule_id;
CREATE VIEW unknown_names_text AS
  SELECT u.doc_rowid, u.n, u.span_begin, u.span_end,
         CAST(substr(CAST(d.text AS BLOB), u.span_begin + 1, u.span_end - u.span_begin) AS TEXT) AS text
  FROM unknown_names u JOIN documents d ON d.rowid = u.doc_rowid;
CREATE VIEW time_expressions_text AS
  SELECT t.doc_rowid, t.n, t.span_begin, t.span_end,
         CAST(substr(CAST(d.text AS BLOB), t.span_begin + 1, t.span_end - t.span_begin) AS TEXT) AS text,
         t.value, t.granularity, t.start_day, t.end_day, t.mod, t.anchor, t.previous, r.text AS rule
  FROM time_expressions t JOIN documents d ON d.rowid = t.doc_rowid JOIN rules r ON r.id = t.rule_id;
)sql"},
    {3, R"sql(
CREATE TABLE event_runs (
  run INTEGER PRIMARY KEY,
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  coder_version TEXT NOT NULL,
  lexicon_version TEXT NOT NULL,
  events INTEGER NOT NULL,
  coded_at TEXT NOT NULL,
  UNIQUE (doc_rowid, coder_version, lexicon_version)
);
CREATE TABLE events (
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  run INTEGER NOT NULL REFERENCES event_runs (run) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  date TEXT, date_start TEXT, date_end TEXT,
  date_precision TEXT NOT NULL,
  source_code TEXT, source_country TEXT, source_begin INTEGER, source_end INTEGER,
  target_code TEXT, target_country TEXT, target_begin INTEGER, target_end INTEGER,
  cameo TEXT NOT NULL,
  plover TEXT NOT NULL,
  goldstein REAL NOT NULL,
  mode TEXT NOT NULL,
  attributed_code TEXT, attributed_begin INTEGER, attributed_end INTEGER,
  quantities TEXT NOT NULL,
  location_text TEXT, location_country TEXT, location_begin INTEGER, location_end INTEGER,
  location_lat REAL, location_lon REAL,
  rule_id INTEGER NOT NULL REFERENCES rules (id),
  confidence REAL,
  source_implicit INTEGER, target_implicit INTEGER,
  PRIMARY KEY (doc_rowid, run, n)
) WITHOUT ROWID;
CREATE INDEX events_run ON events (run);
CREATE INDEX events_dyad ON events (source_country, target_country);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_plover ON events (plover);
CREATE VIEW events_text AS
  SELECT e.doc_rowid, d.id AS doc, d.version AS doc_version, d.hash AS version, d.current,
         e.run, e.n, e.id, e.sentence, e.span_begin, e.span_end,
         CAST(substr(CAST(d.text AS BLOB), e.span_begin + 1, e.span_end - e.span_begin) AS TEXT) AS text,
         e.date, e.date_start, e.date_end, e.date_precision,
         e.source_code, e.source_country, e.source_implicit,
         CAST(substr(CAST(d.text AS BLOB), e.source_begin + 1, e.source_end - e.source_begin) AS TEXT) AS source_text,
         e.target_code, e.target_country, e.target_implicit,
         CAST(substr(CAST(d.text AS BLOB), e.target_begin + 1, e.target_end - e.target_begin) AS TEXT) AS target_text,
         e.cameo, e.plover, e.goldstein, e.mode, e.attributed_code,
         CAST(substr(CAST(d.text AS BLOB), e.attributed_begin + 1, e.attributed_end - e.attributed_begin) AS TEXT) AS attributed_text,
         e.quantities, e.location_text, e.location_country, e.location_lat, e.location_lon,
         rl.text AS rule, e.confidence, r.coder_version, r.lexicon_version, r.coded_at,
         r.run = (SELECT max(run) FROM event_runs WHERE doc_rowid = e.doc_rowid) AS latest
  FROM events e JOIN documents d ON d.rowid = e.doc_rowid JOIN event_runs r ON r.run = e.run
       JOIN rules rl ON rl.id = e.rule_id;
)sql"},
};

constexpr int kCurrentVersion = kMigrations[std::size(kMigrations) - 1].version;

// Recorded after every migration, so a file tells which binary last upgraded it.
constexpr char kMigratedBySql[] =
    "INSERT INTO meta (key, value) VALUES ('migrated_by', 'riposte " RIPOSTE_VERSION "') "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

Error NotAStore(const std::string& path, const char* why) {
  return MakeError(ErrorCode::kStore, std::string("not a Riposte store (") + why + ")", path);
}

// Reads PRAGMA user_version. A file that is not SQLite fails here, before
// anything has been written to it.
Result<int> ReadUserVersion(sqlite3* db, const std::string& path) {
  Statement s;
  Status prepared = s.Ensure(db, "PRAGMA user_version");
  int rc = prepared.ok() ? s.Step() : sqlite3_errcode(db);
  if ((rc & 0xff) == SQLITE_NOTADB) return NotAStore(path, "file is not a database");
  if (!prepared.ok() || rc != SQLITE_ROW) return SqliteError(db, "cannot read the store", path);
  return static_cast<int>(s.ColumnInt(0));
}

// True when a version-0 database already holds tables: someone else's file.
Result<bool> HoldsForeignTables(sqlite3* db, const std::string& path) {
  Statement s;
  Status prepared =
      s.Ensure(db, "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  if (!prepared.ok() || s.Step() != SQLITE_ROW) {
    return SqliteError(db, "cannot read the store's tables", path);
  }
  return s.ColumnInt(0) > 0;
}

Status CheckNotNewer(int version, const std::string& path) {
  if (version <= kCurrentVersion) return OkStatus();
  return MakeError(ErrorCode::kSchema,
                   "store schema version " + std::to_string(version) +
                       " is newer than this riposte understands (" +
                       std::to_string(kCurrentVersion) + "); use a newer riposte",
                   path);
}

Status SetPragmas(sqlite3* db, const std::string& path) {
  Statement wal;
  Status prepared = wal.Ensure(db, "PRAGMA journal_mode = WAL");
  if (!prepared.ok()) return prepared;
  if (wal.Step() != SQLITE_ROW) return SqliteError(db, "cannot switch the store to WAL", path);
  std::string mode = wal.ColumnText(0);
  wal.Reset();
  // An in-memory database (":memory:") reports "memory" and cannot use WAL.
  if (mode != "wal" && mode != "memory") {
    return MakeError(ErrorCode::kStore,
                     "cannot switch the store to WAL (journal mode stays '" + mode + "')", path);
  }
  // Checkpoint the WAL every 16,384 pages (64 MB) rather than SQLite's 1,000:
  // bulk ingest spends less time copying pages back (measured ~4% at -j2).
  return Exec(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 16384",
              "cannot configure the store", path);
}

// Applies migration `m` in its own transaction, unless another connection
// got there first (the version is re-read under the write lock).
Status ApplyMigration(sqlite3* db, const Migration& m, const std::string& path) {
  const std::string what = "cannot upgrade the store to schema version " + std::to_string(m.version);
  if (Status s = Exec(db, "BEGIN IMMEDIATE", what, path); !s.ok()) return s;
  Status status = OkStatus();
  Result<int> version = ReadUserVersion(db, path);
  if (!version.ok()) {
    status = version.error();
  } else if (version.value() < m.version) {
    std::string set_version = "PRAGMA user_version = " + std::to_string(m.version);
    status = Exec(db, m.sql, what, path);
    if (status.ok()) status = Exec(db, set_version.c_str(), what, path);
    if (status.ok()) status = Exec(db, kMigratedBySql, what, path);
  }
  if (status.ok()) status = Exec(db, "COMMIT", what, path);
  if (!status.ok() && sqlite3_get_autocommit(db) == 0) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  return status;
}

}  // namespace

const char* MigrationSql(int version) {
  for (const Migration& m : kMigrations) {
    if (m.version == version) return m.sql;
  }
  return nullptr;
}

Status PrepareConnection(sqlite3* db, const std::string& path, bool read_only) {
  Result<int> version = ReadUserVersion(db, path);
  if (!version.ok()) return version.error();
  if (Status s = CheckNotNewer(version.value(), path); !s.ok()) return s;
  if (version.value() == 0) {
    Result<bool> foreign = HoldsForeignTables(db, path);
    if (!foreign.ok()) return foreign.error();
    if (foreign.value()) return NotAStore(path, "it holds another application's tables");
  }
  if (read_only) {
    if (version.value() < kCurrentVersion) {
      return MakeError(ErrorCode::kSchema,
                       "store schema version " + std::to_string(version.value()) +
                           " is older than this riposte's (" + std::to_string(kCurrentVersion) +
                           "); run ingest to upgrade",
                       path);
    }
    return OkStatus();
  }
  if (Status s = SetPragmas(db, path); !s.ok()) return s;
  for (const Migration& m : kMigrations) {
    if (m.version <= version.value()) continue;
    if (Status s = ApplyMigration(db, m, path); !s.ok()) return s;
  }
  // A concurrent newer binary may have migrated past us meanwhile.
  Result<int> now = ReadUserVersion(db, path);
  if (!now.ok()) return now.error();
  return CheckNotNewer(now.value(), path);
}

void AppendSpan(std::string& blob, Span span) {
  char bytes[kSpanBytes];
  for (int i = 0; i < 4; ++i) {
    bytes[i] = static_cast<char>((span.begin >> (8 * i)) & 0xff);
    bytes[4 + i] = static_cast<char>((span.end >> (8 * i)) & 0xff);
  }
  blob.append(bytes, kSpanBytes);
}

static Offset ReadU32(const unsigned char* p) {
  return Offset(p[0]) | Offset(p[1]) << 8 | Offset(p[2]) << 16 | Offset(p[3]) << 24;
}

bool DecodeSpans(std::string_view blob, size_t text_size, std::vector<Span>& out) {
  if (blob.size() % kSpanBytes != 0) return false;
  out.clear();
  out.reserve(blob.size() / kSpanBytes);
  const auto* p = reinterpret_cast<const unsigned char*>(blob.data());
  for (size_t at = 0; at < blob.size(); at += kSpanBytes) {
    Span s{ReadU32(p + at), ReadU32(p + at + 4)};
    if (s.begin > s.end || s.end > text_size) return false;
    out.push_back(s);
  }
  return true;
}

}  // namespace internal

int CurrentSchemaVersion() { return internal::kCurrentVersion; }

}  // namespace riposte::store
