// The annotation stages' output (schema v4): writing doc.actors,
// doc.unknown_names and doc.times with a version, reading them back, and the
// store-wide unknown-name listing.
//
// WriteAnnotations runs inside Put's transaction: when the version already
// has an `annotations` row it does nothing (annotations belong to a version
// and a version's text never changes); otherwise it encodes the mentions,
// unknown names and time expressions as three JSON arrays (element layouts in
// internal/migrations.cc, v4) and inserts them with the version's
// `annotations` row: one row per document, not one per mention. Index fields
// (antecedent, previous) are stored as the index within the document, -1 for
// none; rule texts as ids into `rules`.
//
// Reading goes through the actor_mentions, unknown_names and
// time_expressions views, which unpack the arrays with json_each, so the
// reader and people's own queries see v2's rows.
//
// DeleteAnnotations clears a version's annotations for PutCoding
// (events.cc), which writes them anew in the same transaction.
//
// Tested by annotations_test.cc.
#include <sqlite3.h>

#include <cstdio>
#include <utility>

#include "store/internal/json_put.h"
#include "store/internal/statements.h"
#include "store/store.h"

#ifndef RIPOSTE_VERSION
#define RIPOSTE_VERSION "dev"
#endif

namespace riposte::store {
namespace {

using internal::ScopedReset;
using internal::SqliteError;
using internal::Statement;

constexpr char kProducer[] = "riposte " RIPOSTE_VERSION;

constexpr char kAnnotatedSql[] = "SELECT 1 FROM annotations WHERE doc_rowid = ?1";
constexpr char kInsertAnnotationSql[] =
    "INSERT INTO annotations (doc_rowid, producer, annotated_at, actors, names, times)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kLoadNamesSql[] =
    "SELECT span_begin, span_end FROM unknown_names WHERE doc_rowid = ?1 ORDER BY n";
constexpr char kLoadActorsSql[] =
    "SELECT m.span_begin, m.span_end, m.code, r.text, m.phrase, m.antecedent, m.ethnic"
    " FROM actor_mentions m JOIN rules r ON r.id = m.rule_id WHERE m.doc_rowid = ?1 ORDER BY m.n";
constexpr char kLoadTimesSql[] =
    "SELECT t.span_begin, t.span_end, t.value, t.granularity, t.start_day, t.end_day, t.mod,"
    " t.anchor, t.previous, r.text FROM time_expressions t JOIN rules r ON r.id = t.rule_id"
    " WHERE t.doc_rowid = ?1 ORDER BY t.n";
constexpr char kUnknownNamesSql[] =
    "SELECT u.text, count(*), min(d.id) FROM unknown_names_text u JOIN documents d"
    " ON d.rowid = u.doc_rowid WHERE d.current = 1"
    " GROUP BY u.text ORDER BY count(*) DESC, u.text";

// PutCoding's first step (the row holds all of a version's annotations).
constexpr char kDeleteAnnotationSql[] = "DELETE FROM annotations WHERE doc_rowid = ?1";

constexpr char kFindRuleSql[] = "SELECT id FROM rules WHERE text = ?1";
constexpr char kInsertRuleSql[] = "INSERT INTO rules (text) VALUES (?1)";

Offset ReadOffset(const Statement& s, int col) { return static_cast<Offset>(s.ColumnInt(col)); }

// JSON array writers for the annotation columns (internal/json_put.h):
// the buffers are reused across documents, so encoding allocates nothing
// once they have grown.

// Opens element `n` of an array: "[" before the first, "," between.
char* OpenElement(char* p, size_t n) { return internal::Put(p, n == 0 ? "[[" : ",["); }

char* PutSpanPair(char* p, Span span) {
  p = internal::PutInt(p, span.begin);
  *p++ = ',';
  return internal::PutInt(p, span.end);
}

void CloseArray(std::string& out, size_t n) { out += n == 0 ? "[]" : "]"; }

}  // namespace

// The id of rule text `rule`: from the cache, else the table, else a new row.
// A rolled-back batch may take a new row with it; the Store then refuses
// further writes until reopened (and a new Store starts a new cache).
Result<int64_t> Store::RuleId(const std::string& rule) {
  internal::StatementCache& c = *cache_;
  const uint64_t hash = HashWord(rule);
  if (const uint32_t i = c.rule_index.Find(rule, hash); i != WordTable::kMissing) return c.rule_ids[i];
  auto remember = [&](int64_t id) {
    c.rule_index.Insert(rule, hash, static_cast<uint32_t>(c.rule_ids.size()));
    c.rule_ids.push_back(id);
    return id;
  };
  {
    Statement& s = c.find_rule;
    if (Status ok = s.Ensure(db_, kFindRuleSql); !ok.ok()) return ok.error();
    ScopedReset reset(s);
    s.BindText(1, rule);
    const int rc = s.Step();
    if (rc == SQLITE_ROW) return remember(s.ColumnInt(0));
    if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read the rules", path_);
  }
  Statement& s = c.insert_rule;
  if (Status ok = s.Ensure(db_, kInsertRuleSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  s.BindText(1, rule);
  if (s.Step() != SQLITE_DONE) return SqliteError(db_, "cannot store a rule", path_);
  return remember(sqlite3_last_insert_rowid(db_));
}

Status Store::DeleteAnnotations(int64_t rowid) {
  Statement& s = cache_->delete_annotation;
  if (Status ok = s.Ensure(db_, kDeleteAnnotationSql); !ok.ok()) return ok;
  ScopedReset reset(s);
  s.BindInt(1, rowid);
  if (s.Step() != SQLITE_DONE) return SqliteError(db_, "cannot replace the annotations", path_);
  return OkStatus();
}

Status Store::WriteAnnotations(int64_t rowid, const Document& doc, bool fresh) {
  internal::StatementCache& c = *cache_;
  if (!fresh) {
    Statement& s = c.annotated;
    if (Status ok = s.Ensure(db_, kAnnotatedSql); !ok.ok()) return ok;
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    const int rc = s.Step();
    if (rc == SQLITE_ROW) return OkStatus();
    if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read the document's annotations", doc.id);
  }
  for (const ActorMention& m : doc.actors) {
    if (!doc.Valid(m.span)) {
      return MakeError(ErrorCode::kInvalidArgument, "actor mention span outside the text", doc.id);
    }
  }
  for (Span span : doc.unknown_names) {
    if (!doc.Valid(span)) {
      return MakeError(ErrorCode::kInvalidArgument, "unknown name span outside the text", doc.id);
    }
  }
  for (const TimeExpression& t : doc.times) {
    if (!doc.Valid(t.span)) {
      return MakeError(ErrorCode::kInvalidArgument, "time expression span outside the text", doc.id);
    }
  }
  std::string& actors = c.actors_json;
  actors.clear();
  for (size_t n = 0; n < doc.actors.size(); ++n) {
    const ActorMention& m = doc.actors[n];
    Result<int64_t> rule = RuleId(m.rule);
    if (!rule.ok()) return rule.error();
    char* p = internal::Room(actors, 16 + 5 * internal::kIntRoom + JsonStringRoom(m.code));
    p = PutSpanPair(OpenElement(p, n), m.span);
    *p++ = ',';
    p = internal::PutString(p, m.code);
    *p++ = ',';
    p = internal::PutInt(p, rule.value());
    *p++ = ',';
    p = internal::PutInt(p, m.phrase);
    *p++ = ',';
    p = internal::PutInt(p, m.antecedent);
    p = internal::Put(p, m.ethnic ? ",1]" : ",0]");
    internal::End(actors, p);
  }
  CloseArray(actors, doc.actors.size());
  std::string& names = c.names_json;
  names.clear();
  for (size_t n = 0; n < doc.unknown_names.size(); ++n) {
    char* p = internal::Room(names, 4 + 2 * internal::kIntRoom);
    p = PutSpanPair(OpenElement(p, n), doc.unknown_names[n]);
    internal::End(names, internal::Put(p, ']'));
  }
  CloseArray(names, doc.unknown_names.size());
  std::string& times = c.times_json;
  times.clear();
  for (size_t n = 0; n < doc.times.size(); ++n) {
    const TimeExpression& t = doc.times[n];
    Result<int64_t> rule = RuleId(t.rule);
    if (!rule.ok()) return rule.error();
    const std::string_view fields[] = {t.value, TimeGranularityName(t.granularity), t.start, t.end,
                                       t.mod, TimeAnchorName(t.anchor)};
    size_t room = 8 + 4 * internal::kIntRoom;
    for (std::string_view field : fields) room += 1 + JsonStringRoom(field);
    char* p = internal::Room(times, room);
    p = PutSpanPair(OpenElement(p, n), t.span);
    for (std::string_view field : fields) {
      *p++ = ',';
      p = internal::PutString(p, field);
    }
    *p++ = ',';
    p = internal::PutInt(p, t.previous);
    *p++ = ',';
    p = internal::PutInt(p, rule.value());
    internal::End(times, internal::Put(p, ']'));
  }
  CloseArray(times, doc.times.size());
  Statement& mark = c.insert_annotation;
  if (Status ok = mark.Ensure(db_, kInsertAnnotationSql); !ok.ok()) return ok;
  ScopedReset reset(mark);
  mark.BindInt(1, rowid);
  mark.BindText(2, kProducer);
  mark.BindText(3, internal::IngestStamp(c));
  mark.BindText(4, actors);
  mark.BindText(5, names);
  mark.BindText(6, times);
  if (mark.Step() != SQLITE_DONE) return SqliteError(db_, "cannot store the annotations", doc.id);
  return OkStatus();
}

Result<bool> Store::LoadAnnotations(int64_t rowid, Document* doc) {
  internal::StatementCache& c = *cache_;
  {
    Statement& s = c.annotated;
    if (Status ok = s.Ensure(db_, kAnnotatedSql); !ok.ok()) return ok.error();
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    const int rc = s.Step();
    if (rc == SQLITE_DONE) return false;
    if (rc != SQLITE_ROW) return SqliteError(db_, "cannot read the document's annotations", doc->id);
  }
  doc->actors.clear();
  doc->unknown_names.clear();
  doc->times.clear();
  auto corrupt = [&](const char* what) {
    return MakeError(ErrorCode::kStore, std::string("a stored ") + what + " lies outside the text",
                     doc->id);
  };
  {
    Statement& s = c.load_actors;
    if (Status ok = s.Ensure(db_, kLoadActorsSql); !ok.ok()) return ok.error();
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      ActorMention m;
      m.span = Span{ReadOffset(s, 0), ReadOffset(s, 1)};
      if (!doc->Valid(m.span)) return corrupt("actor mention");
      m.code = s.ColumnText(2);
      m.rule = s.ColumnText(3);
      m.phrase = static_cast<int32_t>(s.ColumnInt(4));
      m.antecedent = static_cast<int32_t>(s.ColumnInt(5));
      m.ethnic = s.ColumnInt(6) != 0;
      doc->actors.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read actor mentions", doc->id);
  }
  {
    Statement& s = c.load_names;
    if (Status ok = s.Ensure(db_, kLoadNamesSql); !ok.ok()) return ok.error();
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      const Span span{ReadOffset(s, 0), ReadOffset(s, 1)};
      if (!doc->Valid(span)) return corrupt("unknown name");
      doc->unknown_names.push_back(span);
    }
    if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read unknown names", doc->id);
  }
  Statement& s = c.load_times;
  if (Status ok = s.Ensure(db_, kLoadTimesSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  s.BindInt(1, rowid);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    TimeExpression t;
    t.span = Span{ReadOffset(s, 0), ReadOffset(s, 1)};
    if (!doc->Valid(t.span)) return corrupt("time expression");
    t.value = s.ColumnText(2);
    t.granularity = ParseTimeGranularity(s.ColumnText(3));
    t.start = s.ColumnText(4);
    t.end = s.ColumnText(5);
    t.mod = s.ColumnText(6);
    t.anchor = ParseTimeAnchor(s.ColumnText(7));
    t.previous = static_cast<int32_t>(s.ColumnInt(8));
    t.rule = s.ColumnText(9);
    doc->times.push_back(std::move(t));
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read time expressions", doc->id);
  return true;
}

Result<std::vector<NameCount>> Store::UnknownNames() {
  Statement& s = cache_->unknown_names;
  if (Status ok = s.Ensure(db_, kUnknownNamesSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  std::vector<NameCount> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    out.push_back(NameCount{s.ColumnText(0), s.ColumnInt(1), s.ColumnText(2)});
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "cannot list unknown names", path_);
  return out;
}

}  // namespace riposte::store
