// The project's data files: where they are, and the line reader every
// table loader shares (actors lexicons, CAMEO tables).
// Tested by core_test.cc (DataFiles).
#include <cstdlib>
#include <fstream>

#include "core/core.h"

#ifndef RIPOSTE_DATA_DIR
#define RIPOSTE_DATA_DIR "data"
#endif

namespace riposte {
namespace {
constexpr size_t kMaxLineBytes = 4096;
}  // namespace

std::string_view TrimField(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string DataDir() {
  if (const char* env = std::getenv("RIPOSTE_DATA_DIR"); env && *env) return env;
  return RIPOSTE_DATA_DIR;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

Status ForEachDataLine(const std::string& path, const std::string& name, std::string_view what,
                       std::vector<Error>& rejected, const DataLineFn& line_fn) {
  std::ifstream in(path);
  if (!in) {
    return MakeError(ErrorCode::kNotFound,
                     std::string(what) +
                         " missing (the data/ folder of the source tree, or set RIPOSTE_DATA_DIR)",
                     path);
  }
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    const std::string where = name + ":" + std::to_string(line_no);
    if (line.empty() || line[0] == '#' || TrimField(line).empty()) continue;
    if (line.size() > kMaxLineBytes) {
      rejected.push_back(MakeError(ErrorCode::kMalformed, "line longer than 4 KiB", where));
      continue;
    }
    std::vector<std::string_view> fields = Split(line, '\t');
    for (auto& f : fields) f = TrimField(f);
    line_fn(fields, where);
  }
  return OkStatus();
}

}  // namespace riposte
