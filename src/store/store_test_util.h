// Helpers shared by the store's tests (store_test.cc, store_crash_test.cc):
// temporary directories, generated documents, a raw SQLite connection.
// Test-only; never included by the library.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"

namespace riposte::store::test_util {

class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base != nullptr && *base != '\0' ? base : "/tmp") +
                       "/riposte-store-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    const char* made = mkdtemp(buf.data());
    EXPECT_NE(made, nullptr);
    path_ = made != nullptr ? made : "/nonexistent";
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Sentences end at ". " or at a final ".".
inline Document MakeDoc(const std::string& id, const std::string& text) {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.lang = "en";
  doc.format = "text";
  doc.source = id + ".txt";
  Offset begin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) {
      doc.sentences.push_back(Sentence{Span{begin, static_cast<Offset>(i + 1)}});
      begin = static_cast<Offset>(i + 2);
    }
  }
  return doc;
}

inline std::string DocId(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "doc-%05d", i);
  return buf;
}

// News-like text of about `bytes` bytes, different for every `i`.
inline std::string Body(int i, size_t bytes = 600) {
  std::string t = "Report " + std::to_string(i) + " from Baku.";
  for (int k = 0; t.size() < bytes; ++k) {
    t += " Officials said talks on point " + std::to_string(k) + " of file " +
         std::to_string(i) + " continued.";
  }
  return t;
}

inline std::unique_ptr<Store> OpenOk(const std::string& path, OpenOptions options = {}) {
  auto opened = Store::Open(path, options);
  EXPECT_TRUE(opened.ok()) << opened.error().ToString();
  if (!opened.ok()) return nullptr;
  return std::move(opened).value();
}

inline PutOutcome PutOk(Store& store, const Document& doc) {
  auto put = store.Put(doc);
  EXPECT_TRUE(put.ok()) << put.error().ToString();
  return put.ok() ? put.value() : PutOutcome::kNew;
}

inline Counts CountOk(Store& store) {
  auto c = store.Count();
  EXPECT_TRUE(c.ok()) << c.error().ToString();
  return c.ok() ? c.value() : Counts{};
}

// First column of the first row of `sql`, run on a connection of our own.
inline std::string RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out = "<error>";
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
      SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_ROW) {
        const unsigned char* p = sqlite3_column_text(stmt, 0);
        out = p != nullptr ? reinterpret_cast<const char*>(p) : "";
      } else if (rc == SQLITE_DONE) {
        out = "";
      }
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::vector<std::string> ListIds(Store& store, bool all_versions = false) {
  std::vector<std::string> ids;
  auto rows = store.List(all_versions);
  EXPECT_TRUE(rows.ok()) << rows.error().ToString();
  if (rows.ok()) {
    for (const DocumentRow& r : rows.value()) ids.push_back(r.id);
  }
  return ids;
}

}  // namespace riposte::store::test_util
