// Prepared-statement plumbing for the store: the Statement owner (prepare
// once, bind without copying, step, reset), SQLite error formatting, and the
// ingest timestamp cache.
//
// Tested by store_test.cc and store_crash_test.cc.
#include "store/internal/statements.h"

#include <climits>

namespace riposte::store::internal {

Error SqliteError(sqlite3* db, std::string_view what, std::string arg) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return MakeError(ErrorCode::kStore, std::move(message), std::move(arg));
}

Status Exec(sqlite3* db, const char* sql, std::string_view what, const std::string& arg) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(db, what, arg);
  }
  return OkStatus();
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Status Statement::Ensure(sqlite3* db, const char* sql) {
  if (stmt_ != nullptr) return OkStatus();
  if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    return SqliteError(db, "cannot prepare a statement", std::string(sql).substr(0, 60));
  }
  return OkStatus();
}

// Lengths above INT_MAX cannot be bound; Put refuses texts above
// kMaxTextBytes (64 MiB) long before that.
static int BindLength(size_t n) { return n > INT_MAX ? INT_MAX : static_cast<int>(n); }

void Statement::BindText(int index, std::string_view s) {
  // A null data pointer would bind NULL; "" must stay an empty string.
  const char* data = s.data() != nullptr ? s.data() : "";
  sqlite3_bind_text(stmt_, index, data, BindLength(s.size()), SQLITE_STATIC);
}

void Statement::BindTextOrNull(int index, std::string_view s) {
  if (s.empty()) {
    sqlite3_bind_null(stmt_, index);
  } else {
    sqlite3_bind_text(stmt_, index, s.data(), BindLength(s.size()), SQLITE_STATIC);
  }
}

void Statement::BindInt(int index, int64_t v) { sqlite3_bind_int64(stmt_, index, v); }

void Statement::BindBlob(int index, std::string_view bytes) {
  const char* data = bytes.data() != nullptr ? bytes.data() : "";
  sqlite3_bind_blob(stmt_, index, data, BindLength(bytes.size()), SQLITE_STATIC);
}

void Statement::BindDouble(int index, double v) { sqlite3_bind_double(stmt_, index, v); }

void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }

int Statement::Step() { return sqlite3_step(stmt_); }

void Statement::Reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Statement::ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string Statement::ColumnText(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string_view Statement::ColumnBlob(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  if (p == nullptr) return {};
  return std::string_view(static_cast<const char*>(p),
                          static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

double Statement::ColumnDouble(int col) const { return sqlite3_column_double(stmt_, col); }

bool Statement::ColumnIsNull(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

const std::string& IngestStamp(StatementCache& cache) {
  std::time_t now = std::time(nullptr);
  if (now != cache.stamp_time) {
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[sizeof "2025-07-28T10:00:00Z" + 8];
    size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    cache.stamp.assign(buf, n);
    cache.stamp_time = now;
  }
  return cache.stamp;
}

}  // namespace riposte::store::internal
