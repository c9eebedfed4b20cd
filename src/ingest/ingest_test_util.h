// Test helpers shared by the ingest readers' tests (ingest_test.cc,
// inputs_test.cc): a scratch directory and one-call readers.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "ingest/ingest.h"

namespace riposte::ingest::testutil {

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "riposte-ingest-XXXXXX").string();
    char* made = mkdtemp(tmpl.data());
    EXPECT_NE(made, nullptr);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  // Writes `bytes` to `name` (parent directories created); returns the path.
  std::string Write(const std::string& name, std::string_view bytes) const {
    std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }
  std::string Path(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Options that keep the tests independent of sniffing and cld2.
inline Options Plain() {
  Options o;
  o.sniff_metadata = false;
  o.detect_language = false;
  return o;
}

inline CollectingSink ReadFile(const std::string& path, const Options& o = Plain()) {
  CollectingSink sink;
  ReadPath(path, o, sink);
  return sink;
}

inline CollectingSink Read(std::string_view name, std::string_view bytes, const Options& o = Plain()) {
  CollectingSink sink;
  ReadBytes(name, bytes, o, sink);
  return sink;
}

inline std::string Failures(const CollectingSink& s) {
  std::string out;
  for (const Error& e : s.failures) out += e.ToString() + "\n";
  return out;
}

}  // namespace riposte::ingest::testutil
