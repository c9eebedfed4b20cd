// INTERNAL to the store stage: use store/store.h instead.
//
// The store's schema: the ordered list of migrations, the checks made when a
// file is opened (is it SQLite at all, is it a Riposte store, is its schema
// newer or older than this binary's), and the byte layout of span layers.
//
// Schema versions live in PRAGMA user_version. Migration N takes a store from
// version N-1 to N inside one transaction; later stages add tables by
// appending a migration, never by editing an existing one.
#pragma once

#include <sqlite3.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::store::internal {

// Name of the layer that holds a version's sentence spans.
inline constexpr char kSentenceLayer[] = "sentence";
// Producer recorded for the sentence layer.
inline constexpr char kSentenceProducer[] = "segment";

// One step of the schema: the SQL taking a store from version-1 to version.
struct Migration {
  int version;      // user_version after this migration
  const char* sql;  // one or more statements
};

// Every migration in version order (migrations.cc). Append-only: a released
// migration is never edited.
std::span<const Migration> Migrations();

// Prepares a freshly opened connection to the file at `path` (named in
// errors):
//  - reads user_version first, so a non-database file is refused (kStore,
//    "not a Riposte store (file is not a database)") before anything is
//    written, and so is a database holding other applications' tables;
//  - refuses a newer schema (kSchema, both versions named);
//  - read_only: refuses an older schema ("run ingest to upgrade"), no writes;
//  - otherwise sets WAL, synchronous=NORMAL, foreign_keys=ON and applies the
//    missing migrations, one transaction each.
Status PrepareConnection(sqlite3* db, const std::string& path, bool read_only);

// The SQL of the migration to `version`, or nullptr (tests build old stores).
const char* MigrationSql(int version);

// Span layers are blobs of little-endian uint32 pairs (begin, end), 8 bytes a
// span, in the order the producer wrote them.
inline constexpr size_t kSpanBytes = 8;
void AppendSpan(std::string& blob, Span span);
// Decodes `blob` into `out`. Returns false when the blob is not a whole number
// of spans or a span has begin > end or ends past `text_size`.
bool DecodeSpans(std::string_view blob, size_t text_size, std::vector<Span>& out);

}  // namespace riposte::store::internal
