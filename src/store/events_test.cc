// Tests of the event rows (schema v3): Put with events, the run identity
// (an unchanged re-ingest writes nothing, PutCoding replaces), loading a
// version's latest run, ListEvents' filters and order, and migrating a
// schema v2 store.
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

StoredEvent FullEvent() {
  StoredEvent e;
  e.id = "ev1";
  e.sentence = 0;
  e.span = Span{0, 45};
  e.date = "2025-06";
  e.date_start = "2025-06-01";
  e.date_end = "2025-06-30";
  e.date_precision = "month";
  e.source = StoredActor{"RUSCOP", "RUS", Span{0, 14}, false};
  e.target = StoredActor{"", "", Span{24, 36}, true};
  e.attributed_to = StoredActor{"AZEGOV", "", Span{46, 50}};
  e.cameo = "173";
  e.plover = "COERCE";
  e.goldstein = -5.0;
  e.mode = "asserted";
  e.quantities = {StoredQuantity{"detained", 7, "exact", Span{24, 36}},
                  StoredQuantity{"amount", 0.1, "about", Span{30, 36}}};
  e.location = StoredLocation{"Baku", "AZE", Span{40, 44}, 40.41, 49.87};
  e.rule = "verbs.tsv:3 detain";
  e.confidence = 0.83;
  return e;
}

StoredEvent Minimal(const std::string& id, Span span, const std::string& cameo) {
  StoredEvent e;
  e.id = id;
  e.sentence = 1;
  e.span = span;
  e.cameo = cameo;
  e.plover = "ACCUSE";
  e.goldstein = -2;
  e.rule = std::string("verbs.tsv:9 accuse");
  return e;
}

EventSet Set(std::vector<StoredEvent> events, const std::string& lexicon = "lex1") {
  return EventSet{"coder.1", lexicon, std::move(events)};
}

StoredEvent Dated(const std::string& id, const std::string& start, const std::string& end,
                  const std::string& source, const std::string& target, const std::string& plover) {
  StoredEvent e = Minimal(id, Span{0, 10}, "112");
  e.date = e.date_start = start;
  e.date_end = end;
  e.date_precision = start == end ? "day" : "month";
  if (!source.empty()) e.source = StoredActor{source, source.substr(0, 3), Span{0, 3}};
  if (!target.empty()) e.target = StoredActor{target, target.substr(0, 3), Span{4, 8}};
  if (source.rfind("IGO", 0) == 0) e.source->country = "";
  e.plover = plover;
  return e;
}

std::vector<std::string> Ids(Store& store, const EventFilter& filter) {
  auto rows = store.ListEvents(filter);
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().ToString());
  std::vector<std::string> ids;
  if (rows.ok()) {
    for (const EventRow& r : rows.value()) ids.push_back(r.event.id);
  }
  return ids;
}

TEST(StoreEvents, RoundTripEveryField) {
  TempDir dir;
  auto store = OpenOk(dir.File("e.db"));
  const EventSet set = Set({FullEvent(), Minimal("ev2", Span{46, 61}, "111")});
  ASSERT_TRUE(store->Put(MakeDoc("a", kText), true, &set).ok());
  ASSERT_TRUE(store->Flush().ok());
  const int64_t rowid = store->GetRow("a").value().rowid;
  auto loaded = store->LoadEvents(rowid);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  ASSERT_TRUE(loaded.value().has_value());
  EXPECT_EQ(loaded.value()->coder_version, "coder.1");
  EXPECT_EQ(loaded.value()->lexicon_version, "lex1");
  ASSERT_EQ(loaded.value()->events.size(), 2u);
  EXPECT_EQ(loaded.value()->events[0], set.events[0]);
  EXPECT_EQ(loaded.value()->events[1], set.events[1]);
  EXPECT_FALSE(loaded.value()->events[1].source.has_value());
  EXPECT_FALSE(loaded.value()->events[1].confidence.has_value());
  EXPECT_EQ(loaded.value()->events[1].date_precision, "none");

  auto rows = store->ListEvents({});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 2u);
  EXPECT_EQ(rows.value()[0].doc, "a");  // dated first
  EXPECT_EQ(rows.value()[0].event, set.events[0]);
  EXPECT_EQ(rows.value()[0].version, ContentHash(kText));
  EXPECT_EQ(rows.value()[0].doc_version, 1);
  EXPECT_EQ(rows.value()[0].coder_version, "coder.1");
  EXPECT_FALSE(rows.value()[0].coded_at.empty());
  // The view cuts the words from the text.
  const std::string path = dir.File("e.db");
  EXPECT_EQ(RawQuery(path, "SELECT source_text || '|' || target_text || '|' || attributed_text"
                           " FROM events_text WHERE n = 0"),
            "Russian police|seven people|Baku");
  EXPECT_EQ(RawQuery(path, "SELECT json_extract(quantities, '$[0].value') FROM events WHERE n = 0"),
            "7");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM events_text WHERE latest"), "2");
}

TEST(StoreEvents, RoundTripTheLongestEncodings) {
  // The encoder makes room for an element once (internal/json_put.h): every
  // string made of control bytes (six bytes each once escaped), numbers at
  // their longest, every optional part present, many quantities.
  const std::string nasty = std::string("\x01\x1f\"\\\n", 5) + "\xC3\xA9" + std::string(40, '\x02');
  StoredEvent e = FullEvent();
  for (std::string* s : {&e.id, &e.date, &e.date_start, &e.date_end, &e.date_precision, &e.cameo,
                         &e.plover, &e.mode}) {
    *s = nasty;
  }
  e.source = StoredActor{nasty, nasty, Span{0, 14}, false};
  e.target = StoredActor{nasty, nasty, Span{24, 36}, true};
  e.attributed_to = StoredActor{nasty, "", Span{46, 50}};
  e.sentence = 2147483647;
  e.goldstein = -1.2345678901234567e-300;
  e.confidence = 0.1 + 0.2;
  e.location = StoredLocation{nasty, nasty, Span{40, 44}, -179.12345678901234, 1e300};
  e.quantities.clear();
  for (int i = 0; i < 20; ++i) {
    e.quantities.push_back(StoredQuantity{nasty, -1.7976931348623157e308, nasty, Span{24, 36}});
  }
  e.rule = nasty;
  TempDir dir;
  auto store = OpenOk(dir.File("e.db"));
  const EventSet set = Set({e, e});
  ASSERT_TRUE(store->Put(MakeDoc("a", kText), true, &set).ok());
  ASSERT_TRUE(store->Flush().ok());
  auto loaded = store->LoadEvents(store->GetRow("a").value().rowid);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  ASSERT_TRUE(loaded.value().has_value());
  ASSERT_EQ(loaded.value()->events.size(), 2u);
  EXPECT_EQ(loaded.value()->events[0], e);
  EXPECT_EQ(loaded.value()->events[1], e);
}

TEST(StoreEvents, VersionWithoutEventsHasARunAndNeverCodedHasNone) {
  TempDir dir;
  auto store = OpenOk(dir.File("e.db"));
  const EventSet none = Set({});
  ASSERT_TRUE(store->Put(MakeDoc("coded", "Nothing happened."), true, &none).ok());
  ASSERT_TRUE(store->Put(MakeDoc("plain", "Nothing either."), true).ok());
  ASSERT_TRUE(store->Flush().ok());
  auto coded = store->LoadEvents(store->GetRow("coded").value().rowid);
  ASSERT_TRUE(coded.ok());
  ASSERT_TRUE(coded.value().has_value());
  EXPECT_TRUE(coded.value()->events.empty());
  auto plain = store->LoadEvents(store->GetRow("plain").value().rowid);
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain.value().has_value());
}

TEST(StoreEvents, PutKeepsAKnownRunAndPutCodingReplacesIt) {
  TempDir dir;
  const std::string path = dir.File("e.db");
  auto store = OpenOk(path);
  const Document doc = MakeDoc("a", kText);
  const EventSet first = Set({FullEvent()});
  ASSERT_TRUE(store->Put(doc, true, &first).ok());
  // An unchanged re-ingest with other events of the same versions writes nothing.
  const EventSet other = Set({Minimal("x", Span{46, 61}, "111")});
  auto again = store->Put(doc, true, &other);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value(), PutOutcome::kUnchanged);
  ASSERT_TRUE(store->Flush().ok());
  const int64_t rowid = store->GetRow("a").value().rowid;
  EXPECT_EQ(store->LoadEvents(rowid).value()->events[0].id, "ev1");

  // PutCoding replaces the run and the annotations.
  Document recoded = doc;
  recoded.actors.push_back(ActorMention{Span{40, 44}, "AZE", "capital", -1, -1, false});
  ASSERT_TRUE(store->PutCoding(rowid, recoded, other).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(store->LoadEvents(rowid).value()->events[0].id, "x");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM events"), "1");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM event_runs"), "1");
  EXPECT_EQ(RawQuery(path, "SELECT code FROM actor_mentions"), "AZE");

  // A new lexicon version is a new run, the latest; the old one is kept.
  const EventSet newer = Set({Minimal("y", Span{46, 61}, "112")}, "lex2");
  ASSERT_TRUE(store->PutCoding(rowid, recoded, newer).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM event_runs"), "2");
  EXPECT_EQ(Ids(*store, {}), std::vector<std::string>{"y"});
  // Recoding with the first lexicon again makes that run the latest.
  ASSERT_TRUE(store->PutCoding(rowid, recoded, other).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(Ids(*store, {}), std::vector<std::string>{"x"});
  EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(RawQuery(path, "PRAGMA foreign_key_check"), "");
}

TEST(StoreEvents, RefusesSpansOutsideTheTextBeforeWriting) {
  TempDir dir;
  auto store = OpenOk(dir.File("e.db"));
  StoredEvent bad = Minimal("bad", Span{0, 5}, "111");
  bad.target = StoredActor{"RUS", "RUS", Span{3, 999}};
  const EventSet set = Set({bad});
  auto put = store->Put(MakeDoc("a", "Short text."), true, &set);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.error().code, ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store->Put(MakeDoc("b", "Fine."), true).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(CountOk(*store).documents, 1);
  Document b = MakeDoc("b", "Fine.");
  EXPECT_FALSE(store->PutCoding(store->GetRow("b").value().rowid, b, set).ok());
}

TEST(StoreEvents, FiltersByDyadDatesPloverAndDocument) {
  TempDir dir;
  auto store = OpenOk(dir.File("e.db"));
  const EventSet a = Set({Dated("a1", "2025-06-27", "2025-06-27", "AZEGOV", "RUSGOV", "ACCUSE"),
                          Dated("a2", "2025-07-01", "2025-07-01", "RUSCOP", "AZECVL", "ASSAULT"),
                          Dated("a3", "2025-06-01", "2025-06-30", "IGOUNO", "RUSGOV", "ACCUSE")});
  const EventSet b = Set({Dated("b1", "2024-12-25", "2024-12-25", "RUSMIL", "AZE", "ASSAULT"),
                          Minimal("b2", Span{0, 3}, "111")});
  ASSERT_TRUE(store->Put(MakeDoc("a", kText), true, &a).ok());
  ASSERT_TRUE(store->Put(MakeDoc("b", kText), true, &b).ok());
  ASSERT_TRUE(store->Flush().ok());
  using V = std::vector<std::string>;
  EXPECT_EQ(Ids(*store, {}), (V{"b1", "a3", "a1", "a2", "b2"}));  // by date, undated last
  EXPECT_EQ(Ids(*store, {.source = "AZE", .target = "RUS"}), (V{"a1"}));  // directed
  EXPECT_EQ(Ids(*store, {.source = "RUS"}), (V{"b1", "a2"}));
  EXPECT_EQ(Ids(*store, {.target = "RUS"}), (V{"a3", "a1"}));
  EXPECT_EQ(Ids(*store, {.source = "RUSCOP"}), (V{"a2"}));  // a code prefix
  EXPECT_EQ(Ids(*store, {.source = "IGO"}), (V{"a3"}));     // organisations by code
  EXPECT_EQ(Ids(*store, {.from = "2025-06-28"}), (V{"a3", "a2"}));  // overlap, undated out
  EXPECT_EQ(Ids(*store, {.to = "2025-06-01"}), (V{"b1", "a3"}));
  EXPECT_EQ(Ids(*store, {.from = "2025-06-27", .to = "2025-06-27"}), (V{"a3", "a1"}));
  EXPECT_EQ(Ids(*store, {.plover = "ASSAULT"}), (V{"b1", "a2"}));
  EXPECT_EQ(Ids(*store, {.doc = "b"}), (V{"b1", "b2"}));
  EXPECT_EQ(Ids(*store, {.doc = "b", .limit = 1}), (V{"b1"}));
  EXPECT_EQ(Ids(*store, {.source = "AZE", .plover = "ASSAULT"}), V{});
  // Streaming stops when the callback says so.
  V streamed;
  ASSERT_TRUE(store->ForEachEvent({}, [&](EventRow& row) {
                      streamed.push_back(row.event.id);
                      return streamed.size() < 2;
                    }).ok());
  EXPECT_EQ(streamed, (V{"b1", "a3"}));
  // A new version of "b" (not yet coded) hides the old version's events.
  ASSERT_TRUE(store->Put(MakeDoc("b", "Changed."), true).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(Ids(*store, {}), (V{"a3", "a1", "a2"}));
}

TEST(StoreEvents, MigratesAVersionTwoStoreKeepingAnnotations) {
  TempDir dir;
  const std::string path = dir.File("v2.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    for (int v : {1, 2}) {
      ASSERT_NE(internal::MigrationSql(v), nullptr);
      ASSERT_EQ(sqlite3_exec(db, internal::MigrationSql(v), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const char* insert =
        "INSERT INTO documents (id, version, hash, current, text_bytes, sentences, ingested_at, text)"
        " VALUES ('old', 1, 'h', 1, 5, 0, '2025-01-01T00:00:00Z', 'Hello');"
        "INSERT INTO rules (id, text) VALUES (1, 'name');"
        "INSERT INTO annotations VALUES (1, 'riposte 0.1.0', '2025-01-01T00:00:00Z');"
        "INSERT INTO actor_mentions VALUES (1, 0, 0, 5, 'AZE', 1, 0, -1, 0);"
        "PRAGMA user_version = 2;";
    ASSERT_EQ(sqlite3_exec(db, insert, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = OpenOk(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(CurrentSchemaVersion(), 4);
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "4");
  EXPECT_EQ(CountOk(*store).documents, 1);
  EXPECT_EQ(RawQuery(path, "SELECT text FROM actor_mentions_text"), "Hello");
  EXPECT_FALSE(store->LoadEvents(1).value().has_value());
  EXPECT_TRUE(store->ListEvents({}).value().empty());
  // The old version can be coded now.
  Document old = store->Get("old").value();
  const EventSet set = Set({Minimal("e", Span{0, 5}, "010")});
  ASSERT_TRUE(store->PutCoding(1, old, set).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(RawQuery(path, "SELECT text FROM events_text"), "Hello");
}

}  // namespace
}  // namespace riposte::store
