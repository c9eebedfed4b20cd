// Shared by the evaluators of bench/eval: reading a gold JSON array and the
// seed articles from ../shared (in place, never copied into the project).
// Each function prints why it failed on stderr, prefixed by the tool's name.
#pragma once

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/core.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace riposte::eval {

inline bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// The string at `key`, or "" when it is absent, null or not a string.
inline std::string Str(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// Reads `path` as a JSON array into *out. A gold object with an `events`
// array (data/demo/gold.json) gives that array.
inline bool LoadGoldArray(const char* tool, const std::string& path, nlohmann::json* out) {
  std::string raw;
  if (!ReadFile(path, &raw)) {
    std::fprintf(stderr, "%s: cannot read %s\n", tool, path.c_str());
    return false;
  }
  *out = nlohmann::json::parse(raw, nullptr, false);
  if (out->is_object() && out->contains("events")) *out = nlohmann::json((*out)["events"]);
  if (!out->is_array()) {
    std::fprintf(stderr, "%s: %s is not a JSON array\n", tool, path.c_str());
    return false;
  }
  return true;
}

// Reads every document under `dir` as the ingest stage does (so dates are
// sniffed as in the pipeline), segments and analyses it, keyed by id.
inline bool ReadAnalysedSeeds(const char* tool, const std::string& dir, std::map<std::string, Document>* docs) {
  if (Status st = text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "%s: %s\n", tool, st.error().ToString().c_str());
    return false;
  }
  std::vector<Error> errors;
  ingest::CollectingSink sink;
  for (const std::string& path : ingest::ExpandInputs({dir}, &errors)) {
    ingest::ReadPath(path, ingest::Options{}, sink);
  }
  for (Document& doc : sink.documents) {
    text::Segment(doc);
    if (Status st = text::Analyze(doc); !st.ok()) {
      std::fprintf(stderr, "%s: %s\n", tool, st.error().ToString().c_str());
      return false;
    }
    std::string id = doc.id;
    docs->emplace(std::move(id), std::move(doc));
  }
  if (docs->empty()) {
    std::fprintf(stderr, "%s: no seed documents under %s\n", tool, dir.c_str());
    return false;
  }
  return true;
}

}  // namespace riposte::eval
