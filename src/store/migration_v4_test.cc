// Tests of schema v4 (annotations and events as one JSON array per version
// and run, read back through views with v2's and v3's columns): migrating a
// v3 store with rows of every kind, and round trips of strings JSON must
// escape.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/internal/schema.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace riposte::store {
namespace {

using namespace test_util;  // NOLINT: the shared test helpers

//                                 0         1         2         3         4
//                                 01234567890123456789012345678901234567890123
constexpr char kText[] = "Russian police detained seven people in Baku. Baku protested.";

// A v3 store holding one annotated and coded version: mentions (one with a
// rule that needs escaping), an unknown name, two time expressions, and a run
// with a full event and a minimal one (NULL columns).
void MakeV3Store(const std::string& path) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  for (int v : {1, 2, 3}) {
    ASSERT_NE(internal::MigrationSql(v), nullptr);
    ASSERT_EQ(sqlite3_exec(db, internal::MigrationSql(v), nullptr, nullptr, nullptr), SQLITE_OK);
  }
  const std::string insert =
      "INSERT INTO documents (id, version, hash, current, text_bytes, sentences, ingested_at, text)"
      " VALUES ('a', 1, 'h', 1, 61, 0, '2025-01-01T00:00:00Z', '" + std::string(kText) + "');"
      "INSERT INTO rules (id, text) VALUES (1, 'adj+agent'), (2, 'say \"x\" \\ y'), (3, 'weekday'),"
      " (4, 'verbs.tsv:3 detain');"
      "INSERT INTO annotations VALUES (1, 'riposte 0.1.0', '2025-01-01T00:00:00Z');"
      "INSERT INTO actor_mentions VALUES (1, 0, 0, 14, 'RUSCOP', 1, 0, -1, 0),"
      " (1, 1, 40, 44, '', 2, 3, 0, 1);"
      "INSERT INTO unknown_names VALUES (1, 0, 24, 36);"
      "INSERT INTO time_expressions VALUES (1, 0, 46, 50, '2025-06-27', 'day', '2025-06-27',"
      " '2025-06-27', '', 'document', -1, 3), (1, 1, 51, 60, 'P4M', 'duration', '', '', 'approx',"
      " 'previous', 0, 3);"
      "INSERT INTO event_runs VALUES (1, 1, 'coder.1', 'lex1', 2, '2025-01-01T00:00:00Z');"
      "INSERT INTO events VALUES (1, 1, 0, 'ev1', 0, 0, 45, '2025-06', '2025-06-01', '2025-06-30',"
      " 'month', 'RUSCOP', 'RUS', 0, 14, '', '', 24, 36, '173', 'COERCE', -5.0, 'asserted',"
      " 'AZEGOV', 46, 50,"
      " '[{\"attribute\":\"detained\",\"value\":7,\"qualifier\":\"exact\",\"span\":[24,36]}]',"
      " 'Baku', 'AZE', 40, 44, 40.41, 49.87, 4, 0.83, 0, 1),"
      " (1, 1, 1, 'ev2', 1, 46, 61, NULL, NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL,"
      " NULL, NULL, NULL, '111', 'ACCUSE', -2.0, 'negated', NULL, NULL, NULL, '[]', NULL, NULL,"
      " NULL, NULL, NULL, NULL, 4, NULL, NULL, NULL);"
      "PRAGMA user_version = 3;";
  ASSERT_EQ(sqlite3_exec(db, insert.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

TEST(StoreMigrationV4, MovesV3RowsIntoArraysAndReadsThemBack) {
  TempDir dir;
  const std::string path = dir.File("v3.db");
  MakeV3Store(path);
  auto store = OpenOk(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "4");
  // The views answer v2/v3 queries with the same rows.
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM actor_mentions"), "2");
  EXPECT_EQ(RawQuery(path, "SELECT text || '|' || rule FROM actor_mentions_text WHERE n = 1"),
            "Baku|say \"x\" \\ y");
  EXPECT_EQ(RawQuery(path, "SELECT text FROM unknown_names_text"), "seven people");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM events"), "2");
  EXPECT_EQ(RawQuery(path, "SELECT typeof(goldstein) || typeof(location_lat) || typeof(confidence)"
                           " FROM events WHERE n = 0"),
            "realrealreal");
  EXPECT_EQ(RawQuery(path, "SELECT source_text FROM events_text WHERE n = 0"), "Russian police");
  EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(RawQuery(path, "PRAGMA foreign_key_check"), "");

  Document doc = store->Get("a").value();
  ASSERT_TRUE(store->LoadAnnotations(1, &doc).value());
  ASSERT_EQ(doc.actors.size(), 2u);
  EXPECT_EQ(doc.actors[0].code, "RUSCOP");
  EXPECT_EQ(doc.actors[1].code, "");
  EXPECT_EQ(doc.actors[1].rule, "say \"x\" \\ y");
  EXPECT_EQ(doc.actors[1].phrase, 3);
  EXPECT_EQ(doc.actors[1].antecedent, 0);
  EXPECT_TRUE(doc.actors[1].ethnic);
  ASSERT_EQ(doc.unknown_names.size(), 1u);
  EXPECT_EQ(doc.unknown_names[0].end, 36u);
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].anchor, TimeAnchor::kDocument);
  EXPECT_EQ(doc.times[1].value, "P4M");
  EXPECT_EQ(doc.times[1].mod, "approx");
  EXPECT_EQ(doc.times[1].previous, 0);
  EXPECT_EQ(doc.times[1].granularity, TimeGranularity::kDuration);

  auto loaded = store->LoadEvents(1);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  ASSERT_TRUE(loaded.value().has_value());
  const std::vector<StoredEvent>& events = loaded.value()->events;
  ASSERT_EQ(events.size(), 2u);
  const StoredEvent& full = events[0];
  EXPECT_EQ(full.id, "ev1");
  EXPECT_EQ(full.date_start, "2025-06-01");
  ASSERT_TRUE(full.source && full.target && full.attributed_to);
  EXPECT_EQ(full.source->country, "RUS");
  EXPECT_TRUE(full.target->implicit);
  EXPECT_EQ(full.attributed_to->span.end, 50u);
  EXPECT_EQ(full.goldstein, -5.0);
  ASSERT_EQ(full.quantities.size(), 1u);
  EXPECT_EQ(full.quantities[0].value, 7);
  ASSERT_TRUE(full.location.has_value());
  EXPECT_EQ(full.location->lat, 40.41);
  EXPECT_EQ(full.location->lon, 49.87);
  EXPECT_EQ(full.confidence, 0.83);
  EXPECT_EQ(full.rule, "verbs.tsv:3 detain");
  const StoredEvent& minimal = events[1];
  EXPECT_EQ(minimal.date, "");
  EXPECT_FALSE(minimal.source || minimal.target || minimal.attributed_to || minimal.location);
  EXPECT_FALSE(minimal.confidence.has_value());
  EXPECT_EQ(minimal.mode, "negated");
  // Listing filters work on the view's columns.
  EventFilter dyad;
  dyad.source = "RUS";
  auto rows = store->ListEvents(dyad);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 1u);
  EXPECT_EQ(rows.value()[0].event, full);
  EventFilter accuse;
  accuse.plover = "ACCUSE";
  ASSERT_EQ(store->ListEvents(accuse).value().size(), 1u);

  // The migrated version can be recoded: its run is replaced, its old
  // array goes with it.
  StoredEvent again = minimal;
  again.id = "ev3";
  ASSERT_TRUE(store->PutCoding(1, doc, EventSet{"coder.1", "lex1", {again}}).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(RawQuery(path, "SELECT group_concat(id) FROM events"), "ev3");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM actor_mentions"), "2");
}

// Strings the JSON arrays must escape come back byte for byte, and a version
// without annotations or events has empty arrays, not missing rows.
TEST(StoreV4, JsonColumnsRoundTripStringsThatNeedEscaping) {
  TempDir dir;
  const std::string path = dir.File("v4.db");
  auto store = OpenOk(path);
  Document doc = MakeDoc("a", kText);
  const std::string awkward = "q\"uote \\ back\tslash \x01 caf\xC3\xA9 \xF0\x9F\x98\x80";
  doc.actors.push_back(ActorMention{Span{0, 14}, awkward, awkward, 0, -1, false});
  TimeExpression t;
  t.span = Span{46, 50};
  t.value = awkward;
  t.mod = awkward;
  t.rule = awkward + "2";
  doc.times.push_back(t);
  StoredEvent e;
  e.id = awkward;
  e.span = Span{0, 45};
  e.cameo = "173";
  e.plover = "COERCE";
  e.goldstein = -7.2;
  e.date = e.date_start = e.date_end = "2025-06-01";
  e.source = StoredActor{awkward, "RUS", Span{0, 14}, false};
  e.quantities = {StoredQuantity{awkward, 1e-7, "about", Span{24, 36}}};
  e.location = StoredLocation{awkward, "", Span{40, 44}, std::nullopt, -0.5};
  e.rule = awkward;
  e.confidence = 1.0 / 3.0;
  const EventSet set{"coder.1", "lex1", {e}};
  ASSERT_TRUE(store->Put(doc, true, &set).ok());
  ASSERT_TRUE(store->Put(MakeDoc("b", "Nothing here."), true).ok());
  ASSERT_TRUE(store->Flush().ok());

  Document back = store->Get("a").value();
  ASSERT_TRUE(store->LoadAnnotations(1, &back).value());
  ASSERT_EQ(back.actors.size(), 1u);
  EXPECT_EQ(back.actors[0].code, awkward);
  EXPECT_EQ(back.actors[0].rule, awkward);
  ASSERT_EQ(back.times.size(), 1u);
  EXPECT_EQ(back.times[0].value, awkward);
  EXPECT_EQ(back.times[0].mod, awkward);
  EXPECT_EQ(back.times[0].rule, awkward + "2");
  auto loaded = store->LoadEvents(1);
  ASSERT_TRUE(loaded.ok() && loaded.value().has_value());
  ASSERT_EQ(loaded.value()->events.size(), 1u);
  EXPECT_EQ(loaded.value()->events[0], e);

  const int64_t b = store->GetRow("b").value().rowid;
  Document empty = store->Get("b").value();
  ASSERT_TRUE(store->LoadAnnotations(b, &empty).value());
  EXPECT_TRUE(empty.actors.empty() && empty.times.empty() && empty.unknown_names.empty());
  EXPECT_EQ(RawQuery(path, "SELECT actors || names || times FROM annotations WHERE doc_rowid = 2"),
            "[][][]");
  EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
}

}  // namespace
}  // namespace riposte::store
