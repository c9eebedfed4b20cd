// Scores document metadata (publication date, relative-date hint) against a
// gold docs file in the seed gold's format: a JSON array of records with
// "id", "publication_date" (ISO date or null) and optional
// "relative_date_hint", or an object whose "docs" member is that array.
//
// Usage: eval_docs GOLD_DOCS.json RIPOSTE_DOCS.jsonl
//   RIPOSTE_DOCS.jsonl is `riposte docs --format jsonl` output.
// Prints one line per gold document and the totals:
//   date accuracy  = documents whose date equals the gold date, counting an
//                    empty date as right when the gold has none (abstention);
//   wrong dates    = a date stated where the gold differs (the costly error);
//   missing        = gold has a date, riposte abstained;
//   titles         = title equal to the gold's "title" (null = no title).
// Exit 0 always when inputs parse (scores are reported, not gated here).
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: eval_docs GOLD_DOCS.json RIPOSTE_DOCS.jsonl\n");
    return 2;
  }
  std::ifstream gold_in(argv[1]);
  auto gold = nlohmann::json::parse(gold_in, nullptr, false);
  if (gold.is_object() && gold.contains("docs")) gold = gold["docs"];  // data/demo/gold.json
  if (gold.is_discarded() || !gold.is_array()) {
    std::fprintf(stderr, "eval_docs: %s: not a JSON array of gold docs\n", argv[1]);
    return 2;
  }
  std::map<std::string, nlohmann::json> got;
  std::ifstream got_in(argv[2]);
  for (std::string line; std::getline(got_in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("id")) got[j["id"].get<std::string>()] = j;
  }
  int titles = 0, titles_right = 0;
  int total = 0, right = 0, wrong = 0, missing = 0, absent = 0, hints = 0, hints_right = 0;
  for (const auto& g : gold) {
    std::string id = g.value("id", "");
    std::string want = g["publication_date"].is_string() ? g["publication_date"].get<std::string>() : "";
    std::string want_hint = g.contains("relative_date_hint") && g["relative_date_hint"].is_string()
                                ? g["relative_date_hint"].get<std::string>() : "";
    ++total;
    auto it = got.find(id);
    if (it == got.end()) {
      ++absent;
      std::printf("%-28s gold %-10s  NOT INGESTED\n", id.c_str(), want.empty() ? "-" : want.c_str());
      continue;
    }
    std::string date = it->second.value("date", "");
    std::string prov = it->second.value("date_provenance", "");
    std::string hint = it->second.value("date_hint", "");
    if (g.contains("title")) {
      std::string want_title = g["title"].is_string() ? g["title"].get<std::string>() : "";
      ++titles;
      if (it->second.value("title", "") == want_title) ++titles_right;
    }
    std::string verdict;
    if (date.substr(0, 10) == want) { ++right; verdict = "ok"; }
    else if (date.empty()) { ++missing; verdict = "MISSING"; }
    else { ++wrong; verdict = "WRONG"; }
    if (!want_hint.empty()) {
      ++hints;
      if (hint.find(want_hint) != std::string::npos || want_hint.find(hint) != std::string::npos) {
        if (!hint.empty()) ++hints_right;
      }
    }
    std::printf("%-28s gold %-10s  got %-10s %-8s %-7s%s%s\n", id.c_str(), want.empty() ? "-" : want.c_str(),
                date.empty() ? "-" : date.substr(0, 10).c_str(), prov.c_str(), verdict.c_str(),
                hint.empty() ? "" : "  hint: ", hint.c_str());
  }
  std::printf("date accuracy %d/%d (%.1f%%)  wrong %d  missing %d  not ingested %d  hints %d/%d"
              "  titles %d/%d\n",
              right, total, total ? 100.0 * right / total : 0.0, wrong, missing, absent, hints_right, hints,
              titles_right, titles);
  return 0;
}
