// The events stage's rows (schema v3): writing a version's coded events as
// a run, replacing a run when a document is recoded, reading a version's
// latest run back, and the filtered listing behind `riposte events`.
//
// A run is one coding of a version by one (coder_version, lexicon_version):
// event_runs holds it, events its rows (n = the coder's order). Put writes a
// run only when the version has none of those versions yet, so re-ingesting
// unchanged files writes nothing; PutCoding (recode) deletes the run's rows
// and the run and inserts a new one, whose larger `run` makes it the latest.
// Listings read only the latest run of each current version.
//
// Quantities are one JSON array per event, written here without a JSON
// library ([{"attribute":"killed","value":7,"qualifier":"exact","span":[3,8]}];
// numbers in shortest round-trip form) and read back with SQLite's json_each,
// only for events that have any.
//
// Tested by events_test.cc.
#include <sqlite3.h>

#include <charconv>
#include <functional>
#include <utility>

#include "store/internal/statements.h"
#include "store/store.h"

namespace riposte::store {
namespace {

using internal::ScopedReset;
using internal::SqliteError;
using internal::Statement;

constexpr char kFindRunSql[] =
    "SELECT run FROM event_runs WHERE doc_rowid = ?1 AND coder_version = ?2 AND lexicon_version = ?3";
constexpr char kDeleteRunEventsSql[] = "DELETE FROM events WHERE doc_rowid = ?1 AND run = ?2";
constexpr char kDeleteRunSql[] = "DELETE FROM event_runs WHERE run = ?1";
constexpr char kInsertRunSql[] =
    "INSERT INTO event_runs (doc_rowid, coder_version, lexicon_version, events, coded_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr char kInsertEventSql[] =
    "INSERT INTO events (doc_rowid, run, n, id, sentence, span_begin, span_end, date, date_start,"
    " date_end, date_precision, source_code, source_country, source_begin, source_end,"
    " target_code, target_country, target_begin, target_end, cameo, plover, goldstein, mode,"
    " attributed_code, attributed_begin, attributed_end, quantities, location_text,"
    " location_country, location_begin, location_end, location_lat, location_lon, rule_id,"
    " confidence, source_implicit, target_implicit) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
    " ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27,"
    " ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37)";
constexpr char kLatestRunSql[] =
    "SELECT run, coder_version, lexicon_version FROM event_runs WHERE doc_rowid = ?1"
    " ORDER BY run DESC LIMIT 1";
constexpr char kQuantitiesSql[] =
    "SELECT json_extract(value, '$.attribute'), json_extract(value, '$.value'),"
    " json_extract(value, '$.qualifier'), json_extract(value, '$.span[0]'),"
    " json_extract(value, '$.span[1]') FROM json_each(?1)";

// The StoredEvent columns, in ReadEvent's order (kEventColumns of them).
#define RIPOSTE_EVENT_COLUMNS                                                                  \
  "e.id, e.sentence, e.span_begin, e.span_end, e.date, e.date_start, e.date_end,"              \
  " e.date_precision, e.source_code, e.source_country, e.source_begin, e.source_end,"          \
  " e.target_code, e.target_country, e.target_begin, e.target_end, e.cameo, e.plover,"         \
  " e.goldstein, e.mode, e.attributed_code, e.attributed_begin, e.attributed_end,"             \
  " e.quantities, e.location_text, e.location_country, e.location_begin, e.location_end,"      \
  " e.location_lat, e.location_lon, rl.text, e.confidence, e.source_implicit, e.target_implicit"
constexpr int kEventColumns = 34;
constexpr char kLoadEventsSql[] = "SELECT " RIPOSTE_EVENT_COLUMNS
                                  " FROM events e JOIN rules rl ON rl.id = e.rule_id"
                                  " WHERE e.doc_rowid = ?1 AND e.run = ?2 ORDER BY e.n";
constexpr char kListEventsHead[] =
    "SELECT " RIPOSTE_EVENT_COLUMNS
    ", e.doc_rowid, d.id, d.version, d.hash, d.url, d.outlet, d.title, d.lang,"
    " r.coder_version, r.lexicon_version, r.coded_at"
    " FROM events e JOIN documents d ON d.rowid = e.doc_rowid"
    " JOIN event_runs r ON r.run = e.run JOIN rules rl ON rl.id = e.rule_id"
    " WHERE d.current = 1"
    " AND e.run = (SELECT max(run) FROM event_runs WHERE doc_rowid = e.doc_rowid)";
#undef RIPOSTE_EVENT_COLUMNS

void AppendDouble(std::string& out, double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? end : buf);
}

// Attribute and qualifier values are the coder's fixed words; escaping
// quotes and backslashes keeps the array valid whatever they hold.
void AppendString(std::string& out, const std::string& s) {
  out += '"';
  for (char ch : s) {
    if (ch == '"' || ch == '\\') out += '\\';
    if (static_cast<unsigned char>(ch) >= 0x20) out += ch;
  }
  out += '"';
}

std::string QuantitiesJson(const std::vector<StoredQuantity>& quantities) {
  std::string out = "[";
  for (const StoredQuantity& q : quantities) {
    if (out.size() > 1) out += ',';
    out += "{\"attribute\":";
    AppendString(out, q.attribute);
    out += ",\"value\":";
    AppendDouble(out, q.value);
    out += ",\"qualifier\":";
    AppendString(out, q.qualifier);
    out += ",\"span\":[" + std::to_string(q.span.begin) + "," + std::to_string(q.span.end) + "]}";
  }
  return out + "]";
}

Span ReadSpan(const Statement& s, int col) {
  return Span{static_cast<Offset>(s.ColumnInt(col)), static_cast<Offset>(s.ColumnInt(col + 1))};
}

// Binds an optional actor as (code, country, begin, end), NULLs when absent;
// `with_country` false binds three (code, begin, end).
int BindActor(Statement& s, int i, const std::optional<StoredActor>& a, bool with_country) {
  if (!a) {
    for (int k = 0; k < (with_country ? 4 : 3); ++k) s.BindNull(i++);
    return i;
  }
  s.BindText(i++, a->code);
  if (with_country) s.BindText(i++, a->country);
  s.BindInt(i++, a->span.begin);
  s.BindInt(i++, a->span.end);
  return i;
}

std::optional<StoredActor> ReadActor(const Statement& s, int col, bool with_country) {
  const int begin_col = col + (with_country ? 2 : 1);
  if (s.ColumnIsNull(begin_col)) return std::nullopt;
  StoredActor a;
  a.code = s.ColumnText(col);
  if (with_country) a.country = s.ColumnText(col + 1);
  a.span = ReadSpan(s, begin_col);
  return a;
}

std::optional<double> ReadOptionalDouble(const Statement& s, int col) {
  if (s.ColumnIsNull(col)) return std::nullopt;
  return s.ColumnDouble(col);
}

// Reads columns [0, kEventColumns) of RIPOSTE_EVENT_COLUMNS; the quantities'
// JSON is left in *quantities_json for ReadQuantities.
StoredEvent ReadEvent(const Statement& s, std::string* quantities_json) {
  StoredEvent e;
  e.id = s.ColumnText(0);
  e.sentence = static_cast<int32_t>(s.ColumnInt(1));
  e.span = ReadSpan(s, 2);
  e.date = s.ColumnText(4);
  e.date_start = s.ColumnText(5);
  e.date_end = s.ColumnText(6);
  e.date_precision = s.ColumnText(7);
  e.source = ReadActor(s, 8, true);
  e.target = ReadActor(s, 12, true);
  e.cameo = s.ColumnText(16);
  e.plover = s.ColumnText(17);
  e.goldstein = s.ColumnDouble(18);
  e.mode = s.ColumnText(19);
  e.attributed_to = ReadActor(s, 20, false);
  *quantities_json = s.ColumnText(23);
  if (!s.ColumnIsNull(26)) {
    StoredLocation l;
    l.text = s.ColumnText(24);
    l.country = s.ColumnText(25);
    l.span = ReadSpan(s, 26);
    l.lat = ReadOptionalDouble(s, 28);
    l.lon = ReadOptionalDouble(s, 29);
    e.location = std::move(l);
  }
  e.rule = s.ColumnText(30);
  e.confidence = ReadOptionalDouble(s, 31);
  if (e.source) e.source->implicit = s.ColumnInt(32) != 0;
  if (e.target) e.target->implicit = s.ColumnInt(33) != 0;
  return e;
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

Status Store::WriteEvents(int64_t rowid, const EventSet& set, bool replace) {
  internal::StatementCache& c = *cache_;
  int64_t old_run = 0;
  {
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
    Statement& rows = c.delete_run_events;
    if (Status ok = rows.Ensure(db_, kDeleteRunEventsSql); !ok.ok()) return ok;
    ScopedReset reset_rows(rows);
    rows.BindInt(1, rowid);
    rows.BindInt(2, old_run);
    if (rows.Step() != SQLITE_DONE) return SqliteError(db_, "cannot replace the events", path_);
    Statement& run = c.delete_run;
    if (Status ok = run.Ensure(db_, kDeleteRunSql); !ok.ok()) return ok;
    ScopedReset reset_run(run);
    run.BindInt(1, old_run);
    if (run.Step() != SQLITE_DONE) return SqliteError(db_, "cannot replace the events", path_);
  }
  int64_t run = 0;
  {
    Statement& s = c.insert_run;
    if (Status ok = s.Ensure(db_, kInsertRunSql); !ok.ok()) return ok;
    ScopedReset reset(s);
    s.BindInt(1, rowid);
    s.BindText(2, set.coder_version);
    s.BindText(3, set.lexicon_version);
    s.BindInt(4, static_cast<int64_t>(set.events.size()));
    s.BindText(5, internal::IngestStamp(c));
    if (s.Step() != SQLITE_DONE) return SqliteError(db_, "cannot store the event run", path_);
    run = sqlite3_last_insert_rowid(db_);
  }
  Statement& s = c.insert_event;
  if (Status ok = s.Ensure(db_, kInsertEventSql); !ok.ok()) return ok;
  for (size_t n = 0; n < set.events.size(); ++n) {
    const StoredEvent& e = set.events[n];
    Result<int64_t> rule = RuleId(e.rule);
    if (!rule.ok()) return rule.error();
    const std::string quantities = QuantitiesJson(e.quantities);
    ScopedReset reset(s);
    int i = 1;
    s.BindInt(i++, rowid);
    s.BindInt(i++, run);
    s.BindInt(i++, static_cast<int64_t>(n));
    s.BindText(i++, e.id);
    s.BindInt(i++, e.sentence);
    s.BindInt(i++, e.span.begin);
    s.BindInt(i++, e.span.end);
    s.BindTextOrNull(i++, e.date);
    s.BindTextOrNull(i++, e.date_start);
    s.BindTextOrNull(i++, e.date_end);
    s.BindText(i++, e.date_precision);
    i = BindActor(s, i, e.source, true);
    i = BindActor(s, i, e.target, true);
    s.BindText(i++, e.cameo);
    s.BindText(i++, e.plover);
    s.BindDouble(i++, e.goldstein);
    s.BindText(i++, e.mode);
    i = BindActor(s, i, e.attributed_to, false);
    s.BindText(i++, quantities);
    if (e.location) {
      s.BindText(i++, e.location->text);
      s.BindText(i++, e.location->country);
      s.BindInt(i++, e.location->span.begin);
      s.BindInt(i++, e.location->span.end);
      if (e.location->lat) s.BindDouble(i, *e.location->lat);
      ++i;
      if (e.location->lon) s.BindDouble(i, *e.location->lon);
      ++i;
    } else {
      i += 6;  // unbound parameters are NULL
    }
    s.BindInt(i++, rule.value());
    if (e.confidence) s.BindDouble(i, *e.confidence);
    ++i;
    if (e.source) s.BindInt(i, e.source->implicit ? 1 : 0);
    ++i;
    if (e.target) s.BindInt(i, e.target->implicit ? 1 : 0);
    if (s.Step() != SQLITE_DONE) return SqliteError(db_, "cannot store an event", e.id);
  }
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
    set.events.push_back(ReadEvent(s, &json));
    if (Status ok = ReadQuantities(db_, c.quantities, json, &set.events.back()); !ok.ok()) {
      return ok.error();
    }
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
  side(filter.source, "e.source_country", "e.source_code");
  side(filter.target, "e.target_country", "e.target_code");
  if (!filter.from.empty()) {
    sql += " AND e.date_end >= ?";
    binds.push_back(filter.from);
  }
  if (!filter.to.empty()) {
    sql += " AND e.date_start <= ?";
    binds.push_back(filter.to);
  }
  if (!filter.plover.empty()) {
    sql += " AND e.plover = ?";
    binds.push_back(filter.plover);
  }
  if (!filter.doc.empty()) {
    sql += " AND d.id = ?";
    binds.push_back(filter.doc);
  }
  sql += " ORDER BY e.date_start IS NULL, e.date_start, d.id, e.n";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);

  Statement s;
  if (Status ok = s.Ensure(db_, sql.c_str()); !ok.ok()) return ok;
  for (size_t i = 0; i < binds.size(); ++i) s.BindText(static_cast<int>(i + 1), binds[i]);
  std::string json;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    EventRow row;
    row.event = ReadEvent(s, &json);
    if (Status ok = ReadQuantities(db_, cache_->quantities, json, &row.event); !ok.ok()) return ok;
    int col = kEventColumns;
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
