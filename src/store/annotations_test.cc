// Tests of the annotation rows (schema v2): Put with annotations, loading
// them back, the unresolved listing, the segment-only upgrade path, and
// migrating a schema v1 store without losing its documents.
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

Document Annotated(const std::string& id) {
  Document doc = MakeDoc(id, "Russian police detained him. Baku protested on Friday.");
  doc.actors.push_back(ActorMention{Span{0, 14}, "RUSCOP", "adj+agent", 0, -1, false});
  doc.actors.push_back(ActorMention{Span{24, 27}, "", "pronoun", 2, -1, false});
  doc.actors.push_back(ActorMention{Span{29, 33}, "AZEGOV", "capital", 3, -1, true});
  TimeExpression t;
  t.span = Span{47, 53};
  t.value = "2025-06-27";
  t.granularity = TimeGranularity::kDay;
  t.start = t.end = "2025-06-27";
  t.anchor = TimeAnchor::kDocument;
  t.rule = "weekday-past";
  doc.times.push_back(t);
  TimeExpression d;
  d.span = Span{44, 53};
  d.value = "P4M";
  d.granularity = TimeGranularity::kDuration;
  d.anchor = TimeAnchor::kPrevious;
  d.previous = 0;
  d.mod = "approx";
  d.rule = "duration";
  doc.times.push_back(d);
  return doc;
}

TEST(StoreAnnotations, RoundTripEveryField) {
  TempDir dir;
  auto store = OpenOk(dir.File("a.db"));
  const Document doc = Annotated("a");
  ASSERT_TRUE(store->Put(doc, /*with_annotations=*/true).ok());
  ASSERT_TRUE(store->Flush().ok());
  auto row = store->GetRow("a");
  ASSERT_TRUE(row.ok());
  auto got = store->Get("a");
  ASSERT_TRUE(got.ok());
  Document back = std::move(got.value());
  auto loaded = store->LoadAnnotations(row.value().rowid, &back);
  ASSERT_TRUE(loaded.ok());
  ASSERT_TRUE(loaded.value());
  ASSERT_EQ(back.actors.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(back.actors[i].span.begin, doc.actors[i].span.begin);
    EXPECT_EQ(back.actors[i].span.end, doc.actors[i].span.end);
    EXPECT_EQ(back.actors[i].code, doc.actors[i].code);
    EXPECT_EQ(back.actors[i].rule, doc.actors[i].rule);
    EXPECT_EQ(back.actors[i].phrase, doc.actors[i].phrase);
    EXPECT_EQ(back.actors[i].antecedent, doc.actors[i].antecedent);
    EXPECT_EQ(back.actors[i].ethnic, doc.actors[i].ethnic);
  }
  ASSERT_EQ(back.times.size(), 2u);
  EXPECT_EQ(back.times[0].value, "2025-06-27");
  EXPECT_EQ(back.times[0].granularity, TimeGranularity::kDay);
  EXPECT_EQ(back.times[0].anchor, TimeAnchor::kDocument);
  EXPECT_EQ(back.times[0].start, "2025-06-27");
  EXPECT_EQ(back.times[0].rule, "weekday-past");
  EXPECT_EQ(back.times[1].granularity, TimeGranularity::kDuration);
  EXPECT_EQ(back.times[1].anchor, TimeAnchor::kPrevious);
  EXPECT_EQ(back.times[1].previous, 0);
  EXPECT_EQ(back.times[1].mod, "approx");
  EXPECT_EQ(RawQuery(dir.File("a.db"), "SELECT text FROM actor_mentions_text WHERE n = 2"), "Baku");
  // Rule texts are stored once each and shared by rows.
  ASSERT_TRUE(store->Put(Annotated("b"), true).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(RawQuery(dir.File("a.db"), "SELECT count(*) FROM rules"), "5");
  EXPECT_EQ(RawQuery(dir.File("a.db"), "SELECT count(*) FROM actor_mentions"), "6");
}

TEST(StoreAnnotations, WithoutAnnotationsNothingIsMarkedAndReingestFillsIn) {
  TempDir dir;
  auto store = OpenOk(dir.File("a.db"));
  const Document doc = Annotated("a");
  ASSERT_TRUE(store->Put(doc).ok());
  ASSERT_TRUE(store->Flush().ok());
  auto unannotated = store->ListUnannotated();
  ASSERT_TRUE(unannotated.ok());
  ASSERT_EQ(unannotated.value().size(), 1u);
  Document probe = doc;
  auto loaded = store->LoadAnnotations(unannotated.value()[0].rowid, &probe);
  ASSERT_TRUE(loaded.ok());
  EXPECT_FALSE(loaded.value());
  // The same text again, now annotated: unchanged, but annotations stored.
  auto again = store->Put(doc, true);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value(), PutOutcome::kUnchanged);
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_TRUE(store->ListUnannotated().value().empty());
  // A third Put writes nothing more.
  ASSERT_TRUE(store->Put(doc, true).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_EQ(RawQuery(dir.File("a.db"), "SELECT count(*) FROM actor_mentions"), "3");
}

TEST(StoreAnnotations, UnknownNamesGroupCurrentVersionsByFrequency) {
  TempDir dir;
  auto store = OpenOk(dir.File("a.db"));
  Document a = MakeDoc("a", "Gbagbo spoke. Gbagbo left. Ouattara won.");
  a.unknown_names = {Span{0, 6}, Span{14, 20}, Span{27, 35}};
  Document b = MakeDoc("b", "Ouattara won. Putin called.");
  b.unknown_names = {Span{0, 8}};
  b.actors = {ActorMention{Span{14, 19}, "RUSGOV", "person", -1, -1, false}};
  ASSERT_TRUE(store->Put(a, true).ok());
  ASSERT_TRUE(store->Put(b, true).ok());
  ASSERT_TRUE(store->Flush().ok());
  auto names = store->UnknownNames();
  ASSERT_TRUE(names.ok());
  ASSERT_EQ(names.value().size(), 2u);
  EXPECT_EQ(names.value()[0].count, 2);  // tie broken by text
  EXPECT_EQ(names.value()[0].text, "Gbagbo");
  EXPECT_EQ(names.value()[0].example, "a");
  EXPECT_EQ(names.value()[1].text, "Ouattara");
  Document back = b;
  ASSERT_TRUE(store->LoadAnnotations(store->GetRow("b").value().rowid, &back).value());
  ASSERT_EQ(back.unknown_names.size(), 1u);
  EXPECT_EQ(back.unknown_names[0].end, 8u);
  // A new version of "a" without the names: only current versions count.
  Document a2 = MakeDoc("a", "Nothing here.");
  ASSERT_TRUE(store->Put(a2, true).ok());
  ASSERT_TRUE(store->Flush().ok());
  names = store->UnknownNames();
  ASSERT_EQ(names.value().size(), 1u);
  EXPECT_EQ(names.value()[0].text, "Ouattara");
  EXPECT_EQ(names.value()[0].count, 1);
  EXPECT_EQ(names.value()[0].example, "b");
}

TEST(StoreAnnotations, RefusesSpansOutsideTheTextAndRollsBack) {
  TempDir dir;
  auto store = OpenOk(dir.File("a.db"));
  Document bad = MakeDoc("a", "Short.");
  bad.actors.push_back(ActorMention{Span{0, 99}, "RUS", "x", -1, -1, false});
  EXPECT_FALSE(store->Put(bad, true).ok());
  store.reset();
  auto reopened = OpenOk(dir.File("a.db"));
  EXPECT_EQ(CountOk(*reopened).documents, 0);
}

TEST(StoreAnnotations, MigratesAVersionOneStoreKeepingDocuments) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_NE(internal::MigrationSql(1), nullptr);
    ASSERT_EQ(sqlite3_exec(db, internal::MigrationSql(1), nullptr, nullptr, nullptr), SQLITE_OK);
    const char* insert =
        "INSERT INTO documents (id, version, hash, current, text_bytes, sentences, ingested_at, text)"
        " VALUES ('old', 1, 'h', 1, 5, 0, '2025-01-01T00:00:00Z', 'Hello');"
        "PRAGMA user_version = 1;";
    ASSERT_EQ(sqlite3_exec(db, insert, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = OpenOk(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(CurrentSchemaVersion()));
  EXPECT_EQ(CountOk(*store).documents, 1);
  auto unannotated = store->ListUnannotated();
  ASSERT_TRUE(unannotated.ok());
  ASSERT_EQ(unannotated.value().size(), 1u);
  EXPECT_EQ(unannotated.value()[0].id, "old");
}

}  // namespace
}  // namespace riposte::store
