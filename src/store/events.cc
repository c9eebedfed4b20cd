// The events stage's output (schema v4): writing a version's coded events
// as a run, replacing a run when a document is recoded, reading a version's
// latest run back, and the filtered listing behind `riposte events`.
//
// A run is one coding of a version by one (coder_version, lexicon_version):
// an event_runs row, whose `data` holds the run's events as one JSON array
// (internal/event_json.h; n = the coder's order). Put writes a run only when
// the version has none of those versions yet, so re-ingesting unchanged files
// writes nothing; PutCoding (recode) deletes the run and inserts a new one,
// whose larger `run` makes it the latest. Listings read only the latest run
// of each current version.
//
// People's queries read the `events` view, which unpacks the arrays with
// json_each into v3's columns; the readers here filter and sort with the
// view's expressions but decode each element once, in C++. A run is one B-tree insert however many events it
// holds: a row per event cost ~10% of an annotating ingest's CPU.
// Quantities are a nested JSON array per event, read back with json_each
// only for events that have any.
//
// Tested by events_test.cc.
#include <sqlite3.h>

#include <functional>
#include <utility>

#include "store/internal/event_json.h"
#include "store/internal/statements.h"
#include "store/store.h"

namespace riposte::store {
namespace {

using internal::ScopedReset;
using internal::SqliteError;
using internal::Statement;

constexpr char kFindRunSql[] =
    "SELECT run FROM event_runs WHERE doc_rowid = ?1 AND coder_version = ?2 AND lexicon_version = ?3";
constexpr char kDeleteRunSql[] = "DELETE FROM event_runs WHERE run = ?1";
constexpr char kInsertRunSql[] =
    "INSERT INTO event_runs (doc_rowid, coder_version, lexicon_version, events, coded_at, data)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kLatestRunSql[] =
    "SELECT run, coder_version, lexicon_version FROM event_runs WHERE doc_rowid = ?1"
    " ORDER BY run DESC LIMIT 1";
constexpr char kQuantitiesSql[] =
    "SELECT json_extract(value, '$.attribute'), json_extract(value, '$.value'),"
    " json_extract(value, '$.qualifier'), json_extract(value, '$.span[0]'),"
    " json_extract(value, '$.span[1]') FROM json_each(?1)";

// Readers select each event's array element (j.value) and decode it in C++
// (ParseEventJson): asking the view for 34 columns made SQLite parse the
// element 34 times. Filters and the sort use the same expressions as the
// `events` view (j.value ->> k); the rule text comes from `rules`.
#define RIPOSTE_EVENT_FROM                                                              \
  " FROM event_runs r JOIN json_each(r.data) j JOIN rules rl ON rl.id = j.value ->> 30"
constexpr char kLoadEventsSql[] = "SELECT j.value, rl.text" RIPOSTE_EVENT_FROM
                                  " WHERE r.doc_rowid = ?1 AND r.run = ?2 ORDER BY j.key";
constexpr char kListEventsHead[] =
    "SELECT j.value, rl.text, r.doc_rowid, d.id, d.version, d.hash, d.url, d.outlet, d.title,"
    " d.lang, r.coder_version, r.lexicon_version, r.coded_at" RIPOSTE_EVENT_FROM
    " JOIN documents d ON d.rowid = r.doc_rowid"
    " WHERE d.current = 1"
    " AND r.run = (SELECT max(run) FROM event_runs WHERE doc_rowid = r.doc_rowid)";
#undef RIPOSTE_EVENT_FROM
// Element positions (internal/event_json.h) the listing filters and sorts on.
constexpr char kSourceCode[] = "(j.value ->> 8)";
constexpr char kSourceCountry[] = "(j.value ->> 9)";
constexpr char kTargetCode[] = "(j.value ->> 12)";
constexpr char kTargetCountry[] = "(j.value ->> 13)";
constexpr char kDateStart[] = "(j.value ->> 5)";
constexpr char kDateEnd[] = "(j.value ->> 6)";
constexpr char kPlover[] = "(j.value ->> 17)";

Span ReadSpan(const Statement& s, int col) {
  return Span{static_cast<Offset>(s.ColumnInt(col)), static_cast<Offset>(s.ColumnInt(col + 1))};
}

// Columns 0 (the element) and 1 (the rule text) of the queries above; the
// quantities' JSON is left in *quantities_json for ReadQuantities.
Status ReadEvent(const Statement& s, StoredEvent* e, std::string* quantities_json) {
  if (!internal::ParseEventJson(s.ColumnBlob(0), e, quantities_json)) {
    return MakeError(ErrorCode::kStore, "a stored event is corrupt", s.ColumnText(0).substr(0, 40));
  }
  e->rule = s.ColumnText(1);
  return OkStatus();
}

Status ReadQuantities(sqlite3* db, Statement& s, const std::string& json, StoredEvent* e) {
  if (json.empty() || json == "[]") return OkStatus();
  if (Status ok = s.Ensure(db, kQuantitiesSql); !ok.ok()) return ok;
  ScopedReset reset(s);
  s.BindText(1, json);
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    e->quantities.push_back(
        StoredQuantity{s.ColumnText(0), s.ColumnDouble(1), s.ColumnText(2), ReadSpan(s, 3)});
  }
  if (rc != SQLITE_DONE) return SqliteError(db, "cannot read an event's quantities", e->id);
  return OkStatus();
}

bool SpanIn(Span span, size_t size) { return span.begin <= span.end && span.end <= size; }

}  // namespace

Status Store::CheckEventSpans(const EventSet& events, const Document& doc) {
  const size_t size = doc.text.size();
  for (const StoredEvent& e : events.events) {
    bool ok = SpanIn(e.span, size);
    for (const auto* a : {&e.source, &e.target, &e.attributed_to}) ok = ok && (!*a || SpanIn((*a)->span, size));
    for (const StoredQuantity& q : e.quantities) ok = ok && SpanIn(q.span, size);
    if (e.location) ok = ok && SpanIn(e.location->span, size);
    if (!ok) {
      return MakeError(ErrorCode::kInvalidArgument, "event " + e.id + " has a span outside the text",
                       doc.id);
    }
  }
  return OkStatus();
}

Status Store::WriteEvents(int64_t rowid, const EventSet& set, bool replace, bool fresh) {
  internal::StatementCache& c = *cache_;
  int64_t old_run = 0;
  if (!fresh) {
    Statement& s = c.find_run;
    if (Status ok = s.Ensure(db_, kFindRunSql); !ok.ok()) return ok;
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    s.BindText(2, set.coder_version);
    s.BindText(3, set.lexicon_version);
    const int rc = s.Step();
    if (rc == SQLITE_ROW) old_run = s.ColumnInt(0);
    else if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read the event runs", path_);
  }
  if (old_run != 0 && !replace) return OkStatus();
  if (old_run != 0) {
    Statement& run = c.delete_run;
    if (Status ok = run.Ensure(db_, kDeleteRunSql); !ok.ok()) return ok;
    ScopedReset reset_run(run);
    run.BindInt(1, old_run);
    if (run.Step() != SQLITE_DONE) return SqliteError(db_, "cannot replace the events", path_);
  }
  std::string& data = c.events_json;
  data.clear();
  data += '[';
  for (size_t n = 0; n < set.events.size(); ++n) {
    const StoredEvent& e = set.events[n];
    Result<int64_t> rule = RuleId(e.rule);
    if (!rule.ok()) return rule.error();
    if (n > 0) data += ',';
    internal::AppendEventJson(data, e, rule.value());
  }
  data += ']';
  Statement& s = c.insert_run;
  if (Status ok = s.Ensure(db_, kInsertRunSql); !ok.ok()) return ok;
  ScopedReset reset(s);
  s.BindInt(1, rowid);
  s.BindText(2, set.coder_version);
  s.BindText(3, set.lexicon_version);
  s.BindInt(4, static_cast<int64_t>(set.events.size()));
  s.BindText(5, internal::IngestStamp(c));
  s.BindText(6, data);
  if (s.Step() != SQLITE_DONE) return SqliteError(db_, "cannot store the event run", path_);
  return OkStatus();
}

Status Store::PutCoding(int64_t rowid, const Document& doc, const EventSet& events) {
  if (Status s = CheckEventSpans(events, doc); !s.ok()) return s;
  if (Status s = BeginWrite(doc.id); !s.ok()) return s;
  Status status = DeleteAnnotations(rowid);
  if (status.ok()) status = WriteAnnotations(rowid, doc);
  if (status.ok()) status = WriteEvents(rowid, events, /*replace=*/true);
  return EndWrite(std::move(status));
}

Result<std::optional<EventSet>> Store::LoadEvents(int64_t rowid) {
  internal::StatementCache& c = *cache_;
  EventSet set;
  int64_t run = 0;
  {
    Statement& s = c.latest_run;
    if (Status ok = s.Ensure(db_, kLatestRunSql); !ok.ok()) return ok.error();
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    const int rc = s.Step();
    if (rc == SQLITE_DONE) return std::optional<EventSet>();
    if (rc != SQLITE_ROW) return SqliteError(db_, "cannot read the event runs", path_);
    run = s.ColumnInt(0);
    set.coder_version = s.ColumnText(1);
    set.lexicon_version = s.ColumnText(2);
  }
  Statement& s = c.load_events;
  if (Status ok = s.Ensure(db_, kLoadEventsSql); !ok.ok()) return ok.error();
  ScopedReset reset(s);
  s.BindInt(1, rowid);
  s.BindInt(2, run);
  int rc;
  std::string json;
  while ((rc = s.Step()) == SQLITE_ROW) {
    StoredEvent& e = set.events.emplace_back();
    if (Status ok = ReadEvent(s, &e, &json); !ok.ok()) return ok.error();
    if (Status ok = ReadQuantities(db_, c.quantities, json, &e); !ok.ok()) return ok.error();
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "cannot read events", path_);
  return std::optional<EventSet>(std::move(set));
}

// The SQL is built per call from the filters given (one listing per
// command), so each filter can use its index; values are bound, never
// spliced into the text.
Result<std::vector<EventRow>> Store::ListEvents(const EventFilter& filter) {
  std::vector<EventRow> rows;
  Status status = ForEachEvent(filter, [&](EventRow& row) {
    rows.push_back(std::move(row));
    return true;
  });
  if (!status.ok()) return status.error();
  return rows;
}

Status Store::ForEachEvent(const EventFilter& filter, const std::function<bool(EventRow&)>& fn) {
  std::string sql = kListEventsHead;
  std::vector<std::string> binds;
  auto side = [&](const std::string& value, const char* country_col, const char* code_col) {
    if (value.empty()) return;
    const bool organisation = value.rfind("IGO", 0) == 0 || value.rfind("NGO", 0) == 0;
    if (value.size() == 3 && !organisation) {
      sql += std::string(" AND ") + country_col + " = ?";
    } else {
      sql += std::string(" AND substr(") + code_col + ", 1, " + std::to_string(value.size()) + ") = ?";
    }
    binds.push_back(value);
  };
  side(filter.source, kSourceCountry, kSourceCode);
  side(filter.target, kTargetCountry, kTargetCode);
  if (!filter.from.empty()) {
    sql += std::string(" AND ") + kDateEnd + " >= ?";
    binds.push_back(filter.from);
  }
  if (!filter.to.empty()) {
    sql += std::string(" AND ") + kDateStart + " <= ?";
    binds.push_back(filter.to);
  }
  if (!filter.plover.empty()) {
    sql += std::string(" AND ") + kPlover + " = ?";
    binds.push_back(filter.plover);
  }
  if (!filter.doc.empty()) {
    sql += " AND d.id = ?";
    binds.push_back(filter.doc);
  }
  sql += std::string(" ORDER BY ") + kDateStart + " IS NULL, " + kDateStart + ", d.id, j.key";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);

  Statement s;
  if (Status ok = s.Ensure(db_, sql.c_str()); !ok.ok()) return ok;
  for (size_t i = 0; i < binds.size(); ++i) s.BindText(static_cast<int>(i + 1), binds[i]);
  std::string json;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    EventRow row;
    if (Status ok = ReadEvent(s, &row.event, &json); !ok.ok()) return ok;
    if (Status ok = ReadQuantities(db_, cache_->quantities, json, &row.event); !ok.ok()) return ok;
    int col = 2;
    row.doc_rowid = s.ColumnInt(col++);
    row.doc = s.ColumnText(col++);
    row.doc_version = static_cast<int>(s.ColumnInt(col++));
    row.version = s.ColumnText(col++);
    row.url = s.ColumnText(col++);
    row.outlet = s.ColumnText(col++);
    row.title = s.ColumnText(col++);
    row.lang = s.ColumnText(col++);
    row.coder_version = s.ColumnText(col++);
    row.lexicon_version = s.ColumnText(col++);
    row.coded_at = s.ColumnText(col++);
    if (!fn(row)) return OkStatus();
  }
  if (rc != SQLITE_DONE) return SqliteError(db_, "cannot list events", path_);
  return OkStatus();
}

}  // namespace riposte::store
