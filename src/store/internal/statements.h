// INTERNAL to the store stage: use store/store.h instead.
//
// A thin owner of SQLite prepared statements, and the per-Store cache of the
// statements the store runs. Each statement is prepared once (lazily, on
// first use, with SQLITE_PREPARE_PERSISTENT) and then reset and re-bound for
// every call: Put never parses SQL.
//
//   Statement& s = ...;
//   if (Status ok = s.Ensure(db, "SELECT 1 WHERE ?1"); !ok.ok()) ...;
//   ScopedReset reset(s);          // reset + clear bindings on scope exit
//   s.BindInt(1, 1);
//   if (s.Step() == SQLITE_ROW) ... s.ColumnInt(0) ...
//
// Binders do not copy text or blobs (SQLITE_STATIC): the bytes must stay
// alive until the statement is stepped and reset, which ScopedReset makes
// local to one call.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/core.h"
#include "core/word_table.h"

namespace riposte::store::internal {

// A kStore Error: "<what>: <sqlite3_errmsg(db)>" about `arg`.
Error SqliteError(sqlite3* db, std::string_view what, std::string arg);

// Runs `sql` (one or more statements, no results). kStore on failure.
Status Exec(sqlite3* db, const char* sql, std::string_view what, const std::string& arg);

// One prepared statement. Move-only; finalized on destruction.
class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement& operator=(Statement&& other) noexcept;

  // Prepares `sql` unless already prepared. kStore on a syntax error.
  Status Ensure(sqlite3* db, const char* sql);

  // Binders; `index` counts from 1. Text and blobs are not copied.
  void BindText(int index, std::string_view s);
  void BindTextOrNull(int index, std::string_view s);  // "" binds NULL
  void BindInt(int index, int64_t v);
  void BindBlob(int index, std::string_view bytes);
  void BindDouble(int index, double v);
  void BindNull(int index);

  // SQLITE_ROW, SQLITE_DONE or an error code (message in sqlite3_errmsg).
  int Step();
  // Resets the statement and clears its bindings.
  void Reset();

  // Readers of the current row; `col` counts from 0. NULL reads as 0 / "".
  int64_t ColumnInt(int col) const;
  std::string ColumnText(int col) const;
  std::string_view ColumnBlob(int col) const;
  double ColumnDouble(int col) const;
  bool ColumnIsNull(int col) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Resets a statement when the scope ends, so no read transaction or
// borrowed binding outlives the call.
class ScopedReset {
 public:
  explicit ScopedReset(Statement& s) : s_(s) {}
  ~ScopedReset() { s_.Reset(); }
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;

 private:
  Statement& s_;
};

// The statements one Store runs, each prepared on first use, plus buffers
// reused across Puts.
struct StatementCache {
  // Write path (Put, Flush).
  Statement begin, commit;
  Statement lookup, retire, insert_document, insert_layer;
  // Read path (List, Get, GetRow, Count).
  Statement list, get, get_row, count;
  // Annotations (annotations.cc).
  Statement annotated, insert_annotation, delete_annotation;
  Statement load_actors, load_names, load_times, unknown_names, unannotated;
  Statement find_rule, insert_rule;
  // Events (events.cc).
  Statement find_run, delete_run, insert_run;
  Statement latest_run, load_events, quantities;
  // rules.text -> index into rule_ids, for the rules this Store has met:
  // every stored actor mention, time expression and event looks its rule
  // up, and a flat table does that in a fraction of std::unordered_map's time.
  WordTable rule_index;
  std::vector<int64_t> rule_ids;  // the stored ids

  std::string blob;          // the sentence layer being encoded
  // A version's annotations being encoded (annotations.cc).
  std::string actors_json, names_json, times_json;
  std::string events_json;   // a run's events being encoded (events.cc)
  std::time_t stamp_time = -1;
  std::string stamp;         // ISO 8601 UTC of stamp_time
};

// The current UTC time as "2025-07-28T10:00:00Z", cached per second.
const std::string& IngestStamp(StatementCache& cache);

}  // namespace riposte::store::internal
