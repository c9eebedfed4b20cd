// The store's schema, as its ordered migrations (see schema.cc for what
// happens when a file is opened).
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
// Schema v4 (bulk-ingest speed: rows per mention and per event, and four
// indexes on events, were most of the store's CPU in an annotating ingest):
//   annotations  gains three JSON columns holding the version's annotations,
//                one array element per item in document order: `actors`
//                ([span_begin, span_end, code, rule_id, phrase, antecedent,
//                ethnic]), `names` ([span_begin, span_end]) and `times`
//                ([span_begin, span_end, value, granularity, start_day,
//                end_day, mod, anchor, previous, rule_id]). One row per
//                version replaces ~35 B-tree inserts.
//   actor_mentions, unknown_names, time_expressions
//                are now views over those arrays (json_each) with the v2
//                tables' columns and names, so queries written for v2 (and
//                the *_text views, recreated over them) read the same rows.
//                The migration moves the v2 rows into the arrays.
//   event_runs   gains `data`: the run's events as one JSON array, an
//                element per event in the coder's order (layout in
//                event_json.h). A run is one row however many events it has.
//   events       is now a view over those arrays with v3's columns (REAL
//                ones cast back to REAL), and events_text is recreated over
//                it; the migration moves the v3 rows into the arrays and
//                drops the table with its four indexes (run, dyad, date,
//                plover), each of which cost a B-tree insert per event.
//                `riposte events` now scans the latest runs of current
//                versions (it sorted every match by date anyway).
//
// Later stages add tables keyed by documents.rowid by appending migrations.
//
// Tested by store_test.cc, annotations_test.cc and events_test.cc.
#include "store/internal/schema.h"

#ifndef RIPOSTE_VERSION
#define RIPOSTE_VERSION "dev"
#endif

namespace riposte::store::internal {
namespace {

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
    {4, R"sql(
ALTER TABLE annotations ADD COLUMN actors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE annotations ADD COLUMN names TEXT NOT NULL DEFAULT '[]';
ALTER TABLE annotations ADD COLUMN times TEXT NOT NULL DEFAULT '[]';
UPDATE annotations SET
  actors = coalesce((SELECT json_group_array(json(x)) FROM
      (SELECT json_array(span_begin, span_end, code, rule_id, phrase, antecedent, ethnic) AS x
       FROM actor_mentions WHERE doc_rowid = annotations.doc_rowid ORDER BY n)), '[]'),
  names = coalesce((SELECT json_group_array(json(x)) FROM
      (SELECT json_array(span_begin, span_end) AS x
       FROM unknown_names WHERE doc_rowid = annotations.doc_rowid ORDER BY n)), '[]'),
  times = coalesce((SELECT json_group_array(json(x)) FROM
      (SELECT json_array(span_begin, span_end, value, granularity, start_day, end_day, mod, anchor,
                         previous, rule_id) AS x
       FROM time_expressions WHERE doc_rowid = annotations.doc_rowid ORDER BY n)), '[]');
DROP VIEW actor_mentions_text;
DROP VIEW unknown_names_text;
DROP VIEW time_expressions_text;
DROP TABLE actor_mentions;
DROP TABLE unknown_names;
DROP TABLE time_expressions;
CREATE VIEW actor_mentions AS
  SELECT a.doc_rowid, j.key AS n, j.value ->> 0 AS span_begin, j.value ->> 1 AS span_end,
         j.value ->> 2 AS code, j.value ->> 3 AS rule_id, j.value ->> 4 AS phrase,
         j.value ->> 5 AS antecedent, j.value ->> 6 AS ethnic
  FROM annotations a, json_each(a.actors) j;
CREATE VIEW unknown_names AS
  SELECT a.doc_rowid, j.key AS n, j.value ->> 0 AS span_begin, j.value ->> 1 AS span_end
  FROM annotations a, json_each(a.names) j;
CREATE VIEW time_expressions AS
  SELECT a.doc_rowid, j.key AS n, j.value ->> 0 AS span_begin, j.value ->> 1 AS span_end,
         j.value ->> 2 AS value, j.value ->> 3 AS granularity, j.value ->> 4 AS start_day,
         j.value ->> 5 AS end_day, j.value ->> 6 AS mod, j.value ->> 7 AS anchor,
         j.value ->> 8 AS previous, j.value ->> 9 AS rule_id
  FROM annotations a, json_each(a.times) j;
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
ALTER TABLE event_runs ADD COLUMN data TEXT NOT NULL DEFAULT '[]';
UPDATE event_runs SET data = coalesce((SELECT json_group_array(json(x)) FROM
    (SELECT json_array(id, sentence, span_begin, span_end, date, date_start, date_end,
                       date_precision, source_code, source_country, source_begin, source_end,
                       target_code, target_country, target_begin, target_end, cameo, plover,
                       goldstein, mode, attributed_code, attributed_begin, attributed_end,
                       json(quantities), location_text, location_country, location_begin,
                       location_end, location_lat, location_lon, rule_id, confidence,
                       source_implicit, target_implicit) AS x
     FROM events WHERE run = event_runs.run ORDER BY n)), '[]');
DROP VIEW events_text;
DROP TABLE events;
CREATE VIEW events AS
  SELECT r.doc_rowid, r.run, j.key AS n, j.value ->> 0 AS id, j.value ->> 1 AS sentence,
         j.value ->> 2 AS span_begin, j.value ->> 3 AS span_end, j.value ->> 4 AS date,
         j.value ->> 5 AS date_start, j.value ->> 6 AS date_end, j.value ->> 7 AS date_precision,
         j.value ->> 8 AS source_code, j.value ->> 9 AS source_country,
         j.value ->> 10 AS source_begin, j.value ->> 11 AS source_end,
         j.value ->> 12 AS target_code, j.value ->> 13 AS target_country,
         j.value ->> 14 AS target_begin, j.value ->> 15 AS target_end,
         j.value ->> 16 AS cameo, j.value ->> 17 AS plover,
         CAST(j.value ->> 18 AS REAL) AS goldstein, j.value ->> 19 AS mode,
         j.value ->> 20 AS attributed_code, j.value ->> 21 AS attributed_begin,
         j.value ->> 22 AS attributed_end, j.value ->> 23 AS quantities,
         j.value ->> 24 AS location_text, j.value ->> 25 AS location_country,
         j.value ->> 26 AS location_begin, j.value ->> 27 AS location_end,
         CAST(j.value ->> 28 AS REAL) AS location_lat, CAST(j.value ->> 29 AS REAL) AS location_lon,
         j.value ->> 30 AS rule_id, CAST(j.value ->> 31 AS REAL) AS confidence,
         j.value ->> 32 AS source_implicit, j.value ->> 33 AS target_implicit
  FROM event_runs r, json_each(r.data) j;
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

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

}  // namespace riposte::store::internal
