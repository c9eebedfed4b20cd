// Tests of store.h: identity and versions, round trips, listing and counts,
// schema checks and migrations, batching, WAL readers. Crash safety and
// injected faults are in store_crash_test.cc.
#include "store/store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/store_test_util.h"

namespace riposte::store {
namespace {

using namespace test_util;  // NOLINT: the shared test helpers

// ---- open, schema, migrations ----

TEST(StoreOpen, CreatesWalStoreAtCurrentSchema) {
  TempDir dir;
  const std::string path = dir.File("riposte.db");
  {
    auto store = OpenOk(path);
    ASSERT_NE(store, nullptr);
    Counts c = CountOk(*store);
    EXPECT_EQ(c.documents, 0);
    EXPECT_EQ(c.versions, 0);
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(CurrentSchemaVersion()));
  EXPECT_GE(CurrentSchemaVersion(), 1);
  EXPECT_EQ(RawQuery(path, "SELECT value FROM meta WHERE key = 'created_by'").rfind("riposte ", 0),
            0u);
  EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
}

TEST(StoreOpen, RefusesNewerSchemaNamingFileAndVersions) {
  TempDir dir;
  const std::string path = dir.File("future.db");
  OpenOk(path);
  RawQuery(path, "PRAGMA user_version = 99");
  for (bool read_only : {false, true}) {
    OpenOptions options;
    options.read_only = read_only;
    auto opened = Store::Open(path, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::kSchema);
    const std::string text = opened.error().ToString();
    EXPECT_NE(text.find(path), std::string::npos) << text;
    EXPECT_NE(text.find("99"), std::string::npos) << text;
    EXPECT_NE(text.find("(" + std::to_string(CurrentSchemaVersion()) + ")"), std::string::npos)
        << text;
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "99");  // untouched
}

TEST(StoreOpen, RefusesAFileThatIsNotADatabase) {
  TempDir dir;
  const std::string path = dir.File("notes.db");
  std::string garbage;
  for (int i = 0; i < 200; ++i) garbage += "this is not a database, just a text file\n";
  WriteFile(path, garbage);
  for (bool read_only : {false, true}) {
    OpenOptions options;
    options.read_only = read_only;
    auto opened = Store::Open(path, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::kStore);
    EXPECT_EQ(opened.error().message, "not a Riposte store (file is not a database)");
    EXPECT_EQ(opened.error().arg, path);
  }
  EXPECT_EQ(ReadFile(path), garbage);
}

TEST(StoreOpen, RefusesAnotherApplicationsDatabase) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  RawQuery(path, "CREATE TABLE customers (name TEXT)");
  auto opened = Store::Open(path);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kStore);
  EXPECT_NE(opened.error().message.find("not a Riposte store"), std::string::npos);
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'documents'"), "0");
}

TEST(StoreOpen, MigratesAnEmptyFileAndAnEmptyV0Database) {
  TempDir dir;
  const std::string empty_file = dir.File("empty.db");
  WriteFile(empty_file, "");
  const std::string v0 = dir.File("v0.db");
  RawQuery(v0, "CREATE TABLE scratch (x)");
  RawQuery(v0, "DROP TABLE scratch");  // a real SQLite file, no tables, user_version 0
  ASSERT_EQ(RawQuery(v0, "PRAGMA user_version"), "0");
  for (const std::string& path : {empty_file, v0}) {
    {
      auto store = OpenOk(path);
      ASSERT_NE(store, nullptr);
      EXPECT_EQ(PutOk(*store, MakeDoc("a", "Baku protested.")), PutOutcome::kNew);
    }
    EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(CurrentSchemaVersion()));
    EXPECT_EQ(RawQuery(path, "PRAGMA journal_mode"), "wal");
    EXPECT_NE(RawQuery(path, "SELECT value FROM meta WHERE key = 'migrated_by'"), "");
    EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM documents"), "1");
  }
}

TEST(StoreOpen, ReadOnlyNeverMigratesAndSaysHowToUpgrade) {
  TempDir dir;
  const std::string path = dir.File("old.db");
  WriteFile(path, "");
  OpenOptions options;
  options.read_only = true;
  auto opened = Store::Open(path, options);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kSchema);
  EXPECT_NE(opened.error().message.find("run ingest to upgrade"), std::string::npos);
  EXPECT_EQ(ReadFile(path), "");  // not written
  EXPECT_FALSE(Store::Open(dir.File("missing.db"), options).ok());
  EXPECT_FALSE(std::filesystem::exists(dir.File("missing.db")));
}

TEST(StoreOpen, ReadOnlyStoreReadsButRefusesPut) {
  TempDir dir;
  const std::string path = dir.File("riposte.db");
  {
    auto store = OpenOk(path);
    ASSERT_NE(store, nullptr);
    PutOk(*store, MakeDoc("a", "Baku protested."));
  }
  OpenOptions options;
  options.read_only = true;
  auto store = OpenOk(path, options);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Get("a").ok());
  auto put = store->Put(MakeDoc("b", "Moscow replied."));
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.error().code, ErrorCode::kStore);
  EXPECT_EQ(put.error().arg, "b");
  EXPECT_EQ(CountOk(*store).documents, 1);
}

TEST(StoreOpen, UnwritableLocationIsACleanError) {
  TempDir dir;
  WriteFile(dir.File("plain-file"), "x");
  for (const std::string& path :
       {dir.File("plain-file/riposte.db"), dir.File("no/such/dir/riposte.db")}) {
    auto opened = Store::Open(path);
    ASSERT_FALSE(opened.ok()) << path;
    EXPECT_EQ(opened.error().code, ErrorCode::kStore);
    EXPECT_EQ(opened.error().arg, path);
    EXPECT_NE(opened.error().message.find("cannot open the store"), std::string::npos)
        << opened.error().message;
  }
}

// ---- identity, versions, round trips ----

TEST(StorePut, NewUnchangedUpdated) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(PutOk(*store, MakeDoc("031", "Nine people were detained.")), PutOutcome::kNew);
  EXPECT_EQ(PutOk(*store, MakeDoc("031", "Nine people were detained.")), PutOutcome::kUnchanged);
  EXPECT_EQ(PutOk(*store, MakeDoc("031", "Seven people were detained.")), PutOutcome::kUpdated);
  EXPECT_EQ(PutOk(*store, MakeDoc("031", "Seven people were detained.")), PutOutcome::kUnchanged);
  Counts c = CountOk(*store);
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.versions, 2);
  EXPECT_STREQ(PutOutcomeName(PutOutcome::kNew), "new");
  EXPECT_STREQ(PutOutcomeName(PutOutcome::kUnchanged), "unchanged");
  EXPECT_STREQ(PutOutcomeName(PutOutcome::kUpdated), "updated");
}

TEST(StorePut, IdenticalTextUnderTwoIdsIsTwoDocuments) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  const std::string wire = "AZAL flight 8243 crashed near Aktau.";
  EXPECT_EQ(PutOk(*store, MakeDoc("reuters-1", wire)), PutOutcome::kNew);
  EXPECT_EQ(PutOk(*store, MakeDoc("yahoo-7", wire)), PutOutcome::kNew);
  EXPECT_EQ(CountOk(*store).documents, 2);
  auto a = store->GetRow("reuters-1");
  auto b = store->GetRow("yahoo-7");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.value().hash, b.value().hash);
  EXPECT_NE(a.value().rowid, b.value().rowid);
}

TEST(StorePut, VersionsAreNumberedAndOldOnesKept) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  const std::string texts[] = {"38 people died.", "67 people were on board.", "38 of 67 died."};
  for (const std::string& t : texts) PutOk(*store, MakeDoc("aktau", t));
  auto current = store->GetRow("aktau");
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(current.value().version, 3);
  EXPECT_TRUE(current.value().current);
  for (int v = 1; v <= 3; ++v) {
    auto row = store->GetRow("aktau", v);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(row.value().version, v);
    EXPECT_EQ(row.value().current, v == 3);
    auto doc = store->Get("aktau", v);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.value().text, texts[v - 1]);
  }
  EXPECT_EQ(ListIds(*store).size(), 1u);
  EXPECT_EQ(ListIds(*store, true).size(), 3u);
  // A text seen before under this id is a known identity: nothing is written,
  // and the latest version stays current (store.h's identity rule).
  EXPECT_EQ(PutOk(*store, MakeDoc("aktau", texts[0])), PutOutcome::kUnchanged);
  EXPECT_EQ(store->GetRow("aktau").value().version, 3);
  EXPECT_EQ(CountOk(*store).versions, 3);
}

TEST(StorePut, RefusesBadInputBeforeWriting) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  Document no_id = MakeDoc("", "Text.");
  EXPECT_EQ(store->Put(no_id).error().code, ErrorCode::kInvalidArgument);
  Document bad_span = MakeDoc("x", "Short.");
  bad_span.sentences.push_back(Sentence{Span{2, 99}});
  auto put = store->Put(bad_span);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(put.error().arg, "x");
  EXPECT_TRUE(store->Flush().ok());
  EXPECT_EQ(CountOk(*store).versions, 0);
  EXPECT_EQ(store->Get("x").error().code, ErrorCode::kNotFound);
}

TEST(StoreGet, RoundTripsEveryFieldAndSentenceSpans) {
  TempDir dir;
  const std::string path = dir.File("riposte.db");
  Document doc = MakeDoc("034",
                         "PYATIGORSK, July 1. /TASS/. \xE2\x80\x9CNine\xE2\x80\x9D were held. "
                         "Baku\xC2\xA0protested. End.");
  doc.text.push_back('\0');  // stored bytes are kept exactly, NULs included
  doc.text += " Tail.";
  doc.sentences.push_back(Sentence{Span{0, static_cast<Offset>(doc.text.size())}});
  doc.url = "https://tass.example/034";
  doc.outlet.Set("TASS", Provenance::kSniffed, "/TASS/");
  doc.author.Set("Mehdi Seyf Tabrizi", Provenance::kGiven);
  doc.title.Set("Raids in Yekaterinburg", Provenance::kSniffed, "Raids in Yekaterinburg");
  doc.date.Set("2025-07-01", Provenance::kSniffed, "July 1.");
  doc.date_hint = "2 days ago";
  doc.dateline.Set("PYATIGORSK", Provenance::kSniffed, "PYATIGORSK, July 1.");
  doc.date_inferred.Set("2025-06-30", Provenance::kSniffed, "yesterday");
  doc.lang = "ru";
  doc.format = "jsonl";
  doc.source = "feeds/tass.jsonl:3";
  {
    auto store = OpenOk(path);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(PutOk(*store, doc), PutOutcome::kNew);
  }
  auto store = OpenOk(path);
  ASSERT_NE(store, nullptr);
  auto got = store->Get("034");
  ASSERT_TRUE(got.ok()) << got.error().ToString();
  const Document& d = got.value();
  EXPECT_EQ(d.id, doc.id);
  EXPECT_EQ(d.text, doc.text);
  EXPECT_EQ(d.url, doc.url);
  EXPECT_EQ(d.title.value, doc.title.value);
  EXPECT_EQ(d.title.provenance, Provenance::kSniffed);
  EXPECT_EQ(d.title.evidence, doc.title.evidence);
  EXPECT_EQ(d.date_hint, doc.date_hint);
  EXPECT_EQ(d.lang, doc.lang);
  EXPECT_EQ(d.format, doc.format);
  EXPECT_EQ(d.source, doc.source);
  auto same_field = [](const Field& a, const Field& b) {
    return a.value == b.value && a.provenance == b.provenance && a.evidence == b.evidence;
  };
  EXPECT_TRUE(same_field(d.outlet, doc.outlet));
  EXPECT_TRUE(same_field(d.author, doc.author));
  EXPECT_TRUE(same_field(d.date, doc.date));
  EXPECT_TRUE(same_field(d.dateline, doc.dateline));
  EXPECT_TRUE(same_field(d.date_inferred, doc.date_inferred));
  ASSERT_EQ(d.sentences.size(), doc.sentences.size());
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    EXPECT_EQ(d.sentences[i].span, doc.sentences[i].span) << i;
  }

  auto row = store->GetRow("034");
  ASSERT_TRUE(row.ok());
  const DocumentRow& r = row.value();
  EXPECT_EQ(r.hash, ContentHash(doc.text));
  EXPECT_EQ(r.version, 1);
  EXPECT_TRUE(r.current);
  EXPECT_EQ(r.text_bytes, doc.text.size());
  EXPECT_EQ(r.sentences, doc.sentences.size());
  EXPECT_EQ(r.outlet, "TASS");
  EXPECT_EQ(r.outlet_provenance, "sniffed");
  EXPECT_EQ(r.date, "2025-07-01");
  EXPECT_EQ(r.date_provenance, "sniffed");
  EXPECT_EQ(r.date_inferred, "2025-06-30");
  ASSERT_EQ(r.ingested_at.size(), 20u);  // 2025-07-28T10:00:00Z
  EXPECT_EQ(r.ingested_at[10], 'T');
  EXPECT_EQ(r.ingested_at.back(), 'Z');
  // Spans live in one blob, never a row per sentence.
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM layers"), "1");
  EXPECT_EQ(RawQuery(path, "SELECT length(data) FROM layers WHERE name = 'sentence'"),
            std::to_string(8 * doc.sentences.size()));
}

TEST(StoreGet, EmptyTextNoSentencesAndMissingDocuments) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  Document empty;
  empty.id = "empty";
  EXPECT_EQ(PutOk(*store, empty), PutOutcome::kNew);
  auto got = store->Get("empty");
  ASSERT_TRUE(got.ok()) << got.error().ToString();
  EXPECT_EQ(got.value().text, "");
  EXPECT_TRUE(got.value().sentences.empty());
  EXPECT_EQ(got.value().date.provenance, Provenance::kNone);
  EXPECT_EQ(store->Get("nope").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store->Get("empty", 7).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store->GetRow("nope").error().code, ErrorCode::kNotFound);
}

// ---- listing and counting ----

TEST(StoreList, DatedFirstInDateOrderThenUndatedById) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  auto put = [&](const std::string& id, const std::string& date) {
    Document d = MakeDoc(id, "Text of " + id + ".");
    if (!date.empty()) d.date.Set(date, Provenance::kGiven);
    PutOk(*store, d);
  };
  put("c", "2025-01-02");
  put("e", "");
  put("a", "2024-12-25");
  put("b", "");
  put("d", "2025-01-02");
  put("f", "2025-07");
  EXPECT_EQ(ListIds(*store), (std::vector<std::string>{"a", "c", "d", "f", "b", "e"}));
  auto limited = store->List(false, 2);
  ASSERT_TRUE(limited.ok());
  ASSERT_EQ(limited.value().size(), 2u);
  EXPECT_EQ(limited.value()[1].id, "c");

  PutOk(*store, MakeDoc("a", "A second version of a."));  // undated now
  EXPECT_EQ(ListIds(*store), (std::vector<std::string>{"c", "d", "f", "a", "b", "e"}));
  EXPECT_EQ(ListIds(*store, true),
            (std::vector<std::string>{"a", "c", "d", "f", "a", "b", "e"}));
}

TEST(StoreCount, DistinctIdsVersionsAndCurrentNonEnglish) {
  TempDir dir;
  auto store = OpenOk(dir.File("riposte.db"));
  ASSERT_NE(store, nullptr);
  const char* langs[] = {"en", "ru", "", "az", "en"};
  for (int i = 0; i < 5; ++i) {
    Document d = MakeDoc(DocId(i), Body(i));
    d.lang = langs[i];
    PutOk(*store, d);
  }
  Counts c = CountOk(*store);
  EXPECT_EQ(c.documents, 5);
  EXPECT_EQ(c.versions, 5);
  EXPECT_EQ(c.non_english, 2);  // ru, az; unknown is not non-English
  Document translated = MakeDoc(DocId(1), Body(1) + " Translated.");
  translated.lang = "en";
  EXPECT_EQ(PutOk(*store, translated), PutOutcome::kUpdated);
  c = CountOk(*store);
  EXPECT_EQ(c.documents, 5);
  EXPECT_EQ(c.versions, 6);
  EXPECT_EQ(c.non_english, 1);  // only current versions count
}

TEST(StoreReopen, EverythingPersists) {
  TempDir dir;
  const std::string path = dir.File("riposte.db");
  {
    auto store = OpenOk(path);
    ASSERT_NE(store, nullptr);
    for (int i = 0; i < 7; ++i) PutOk(*store, MakeDoc(DocId(i), Body(i)));
  }  // the destructor commits the open batch
  auto store = OpenOk(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(CountOk(*store).documents, 7);
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(PutOk(*store, MakeDoc(DocId(i), Body(i))), PutOutcome::kUnchanged);
  }
  EXPECT_EQ(store->Get(DocId(3)).value().text, Body(3));
}

// ---- batching and concurrent readers ----

TEST(StoreBatch, CommitsEveryBatchSizePuts) {
  TempDir dir;
  const std::string path = dir.File("riposte.db");
  OpenOptions options;
  options.batch_size = 3;
  auto store = OpenOk(path, options);
  ASSERT_NE(store, nullptr);
  for (int i = 0; i < 10; ++i) {
    PutOk(*store, MakeDoc(DocId(i), Body(i)));
    // Another connection sees committed batches only.
    EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM documents"), std::to_string((i + 1) / 3 * 3))
        << i;
  }
  EXPECT_TRUE(store->Flush().ok());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM documents"), "10");
  EXPECT_TRUE(store->Flush().ok());  // nothing open: a no-op
}

TEST(StoreWal, AnotherConnectionReadsWhileOneWrites) {
  TempDir dir;
  const std::string path = dir.File("riposte.db");
  OpenOptions big_batch;
  big_batch.batch_size = 100;
  auto writer = OpenOk(path, big_batch);
  ASSERT_NE(writer, nullptr);
  for (int i = 0; i < 5; ++i) PutOk(*writer, MakeDoc(DocId(i), Body(i)));  // uncommitted
  OpenOptions read_only;
  read_only.read_only = true;
  auto reader = OpenOk(path, read_only);  // opens while the writer holds the write lock
  ASSERT_NE(reader, nullptr);
  auto second = OpenOk(path);  // a read-write connection need not write to open
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(CountOk(*reader).documents, 0);
  EXPECT_EQ(CountOk(*second).documents, 0);
  ASSERT_TRUE(writer->Flush().ok());
  EXPECT_EQ(CountOk(*reader).documents, 5);
  EXPECT_EQ(ListIds(*second).size(), 5u);
  EXPECT_EQ(reader->Get(DocId(2)).value().text, Body(2));
}

}  // namespace
}  // namespace riposte::store
