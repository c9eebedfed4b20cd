// What happens when a store file is opened: identification (SQLite? a
// Riposte store?), the version check against PRAGMA user_version, the
// connection pragmas, and applying the ordered migrations (migrations.cc
// holds them and describes each schema version).
//
// Tested by store_test.cc and store_crash_test.cc.
#include "store/internal/schema.h"

#include <string>

#include "store/internal/statements.h"
#include "store/store.h"

#ifndef RIPOSTE_VERSION
#define RIPOSTE_VERSION "dev"
#endif

namespace riposte::store {

namespace internal {
namespace {

int CurrentVersion() { return Migrations().back().version; }

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
  if (version <= CurrentVersion()) return OkStatus();
  return MakeError(ErrorCode::kSchema,
                   "store schema version " + std::to_string(version) +
                       " is newer than this riposte understands (" +
                       std::to_string(CurrentVersion()) + "); use a newer riposte",
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
  // A 32 MB page cache (SQLite's default is 2 MB) keeps the documents'
  // identity indexes, which grow in id order, not insertion order, in memory
  // during a bulk ingest instead of re-reading their pages from the WAL.
  return Exec(db,
              "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 16384;"
              " PRAGMA cache_size = -32768",
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
  for (const Migration& m : Migrations()) {
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
    if (version.value() < CurrentVersion()) {
      return MakeError(ErrorCode::kSchema,
                       "store schema version " + std::to_string(version.value()) +
                           " is older than this riposte's (" + std::to_string(CurrentVersion()) +
                           "); run ingest to upgrade",
                       path);
    }
    return OkStatus();
  }
  if (Status s = SetPragmas(db, path); !s.ok()) return s;
  for (const Migration& m : Migrations()) {
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

int CurrentSchemaVersion() { return internal::Migrations().back().version; }

}  // namespace riposte::store
