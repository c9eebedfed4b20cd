// The CAMEO reference tables (events.h): reads data/cameo/codes.tsv
// (code, Goldstein weight, label) and data/cameo/plover.tsv (code, PLOVER
// 2021 category, mode, context), validates every line and joins the two by
// code.
//
// Algorithm: one pass over codes.tsv checks each line (3 fields, code shape,
// a number in [-10, 10], a label, no duplicate) and indexes it; codes whose
// parent (root for 3 digits, 3-digit code for 4 digits) is absent are then
// rejected. One pass over plover.tsv checks each line (known code, known
// category, lower-case mode and context words, no duplicate) and fills the
// entry. Finally every code still without PLOVER data either inherits its
// 3-digit parent's (4-digit codes) or is rejected. A bad line is reported as
// "file:line: reason" and the rest loads, as in actors/lexicon.cc.
//
// Sources of the data: README.md in data/cameo. Tested by cameo_test.cc.
#include "events/events.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>

namespace riposte::events {
namespace {

constexpr double kGoldsteinMin = -10.0;
constexpr double kGoldsteinMax = 10.0;
constexpr std::string_view kNoPlover = "NONE";  // plover.tsv: no PLOVER category
constexpr std::string_view kEmptyField = "-";   // plover.tsv: no mode / context

// A mode or context value: "-" or comma-separated words of [a-z_-].
bool IsWordList(std::string_view s) {
  if (s == kEmptyField) return true;
  for (std::string_view word : Split(s, ',')) {
    if (word.empty()) return false;
    for (char c : word) {
      if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) return false;
    }
  }
  return true;
}

std::string FieldOrEmpty(std::string_view s) { return s == kEmptyField ? "" : std::string(s); }

// The parent of a 3- or 4-digit code ("1822" -> "182", "182" -> "18").
std::string_view ParentOf(std::string_view code) {
  return code.size() == 4 ? code.substr(0, 3) : code.substr(0, 2);
}

}  // namespace

bool IsCameoCodeShape(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  const std::string_view root = code.substr(0, 2);
  return root >= "01" && root <= "20";
}

std::string RootOf(std::string_view code) {
  return IsCameoCodeShape(code) ? std::string(code.substr(0, 2)) : std::string();
}

const std::vector<std::string_view>& PloverCategories() {
  static const std::vector<std::string_view> kCategories = {
      "AGREE",   "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE",   "REJECT",   "THREATEN",  "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  return kCategories;
}

Result<CameoTable> CameoTable::Load(const std::string& data_dir) {
  CameoTable table;
  const std::string dir = data_dir + "/cameo/";
  auto reject = [&](const std::string& where, std::string why) {
    table.rejected_.push_back(MakeError(ErrorCode::kMalformed, std::move(why), where));
  };

  std::vector<CameoCode> read;
  std::map<std::string, std::string, std::less<>> first_line;  // code -> where, for duplicates
  Status st = ForEachDataLine(dir + "codes.tsv", "codes.tsv", "CAMEO table", table.rejected_,
                          [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() != 3) return reject(where, "expected 3 tab-separated fields: CODE GOLDSTEIN LABEL");
    if (!IsCameoCodeShape(f[0])) {
      return reject(where, "code \"" + std::string(f[0]) + "\" is not 2-4 digits with a root 01..20");
    }
    double weight = 0;
    const char* end = f[1].data() + f[1].size();
    auto [ptr, ec] = std::from_chars(f[1].data(), end, weight);
    if (f[1].empty() || ec != std::errc() || ptr != end || !std::isfinite(weight)) {
      return reject(where, "Goldstein weight \"" + std::string(f[1]) + "\" is not a number");
    }
    if (weight < kGoldsteinMin || weight > kGoldsteinMax) {
      return reject(where, "Goldstein weight " + std::string(f[1]) + " is outside [-10, 10]");
    }
    if (f[2].empty()) return reject(where, "empty LABEL");
    if (auto it = first_line.find(f[0]); it != first_line.end()) {
      return reject(where, "duplicate code " + std::string(f[0]) + " (first at " + it->second + ")");
    }
    first_line.emplace(std::string(f[0]), where);
    CameoCode code;
    code.code = std::string(f[0]);
    code.goldstein = weight;
    code.label = std::string(f[2]);
    code.where = where;
    read.push_back(std::move(code));
  });
  if (!st.ok()) return st.error();

  // Keep codes whose parent is present (checked in code-length order so a
  // rejected 3-digit code also rejects its 4-digit children).
  for (size_t length : {2u, 3u, 4u}) {
    for (CameoCode& code : read) {
      if (code.code.size() != length) continue;
      if (length > 2 && !table.by_code_.contains(ParentOf(code.code))) {
        reject(code.where, "code " + code.code + " has no parent " + std::string(ParentOf(code.code)) +
                               " in codes.tsv");
        continue;
      }
      table.by_code_.emplace(code.code, 0);
    }
  }
  for (CameoCode& code : read) {
    auto it = table.by_code_.find(code.code);
    if (it == table.by_code_.end()) continue;
    it->second = table.codes_.size();
    table.codes_.push_back(std::move(code));
  }

  std::vector<bool> has_plover(table.codes_.size(), false);
  std::map<std::string, std::string, std::less<>> plover_line;  // code -> where, for duplicates
  st = ForEachDataLine(dir + "plover.tsv", "plover.tsv", "CAMEO table", table.rejected_,
                   [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() < 2 || f.size() > 4) {
      return reject(where, "expected 2-4 tab-separated fields: CODE CATEGORY [MODE [CONTEXT]]");
    }
    auto it = table.by_code_.find(f[0]);
    if (it == table.by_code_.end()) {
      return reject(where, "code \"" + std::string(f[0]) + "\" is not in codes.tsv");
    }
    const auto& categories = PloverCategories();
    if (f[1] != kNoPlover && std::find(categories.begin(), categories.end(), f[1]) == categories.end()) {
      return reject(where, "unknown PLOVER category \"" + std::string(f[1]) + "\" (AGREE ... ASSAULT, or NONE)");
    }
    for (size_t i = 2; i < f.size(); ++i) {
      if (!IsWordList(f[i])) {
        return reject(where, "mode/context \"" + std::string(f[i]) + "\" is not '-' or comma-separated lower-case words");
      }
    }
    if (auto dup = plover_line.find(f[0]); dup != plover_line.end()) {
      return reject(where, "duplicate code " + std::string(f[0]) + " (first at " + dup->second + ")");
    }
    plover_line.emplace(std::string(f[0]), where);
    CameoCode& code = table.codes_[it->second];
    code.plover = f[1] == kNoPlover ? "" : std::string(f[1]);
    code.plover_mode = f.size() > 2 ? FieldOrEmpty(f[2]) : "";
    code.plover_context = f.size() > 3 ? FieldOrEmpty(f[3]) : "";
    code.plover_where = where;
    has_plover[it->second] = true;
  });
  if (!st.ok()) return st.error();

  // Fallback for 4-digit codes; codes are in file order, so look parents up
  // by index rather than relying on order.
  std::vector<size_t> unmapped;
  for (size_t i = 0; i < table.codes_.size(); ++i) {
    CameoCode& code = table.codes_[i];
    if (has_plover[i]) continue;
    const size_t parent = code.code.size() == 4 ? table.by_code_.find(ParentOf(code.code))->second : i;
    if (parent != i && has_plover[parent]) {
      const CameoCode& from = table.codes_[parent];
      code.plover = from.plover;
      code.plover_mode = from.plover_mode;
      code.plover_context = from.plover_context;
      code.plover_where = from.plover_where;
      code.plover_inherited = true;
      continue;
    }
    reject(code.where, "code " + code.code + " has no line in plover.tsv" +
                           (code.code.size() == 4 ? " and neither has its parent" : ""));
    unmapped.push_back(i);
  }
  // A code without PLOVER data breaks the table's promise: drop it.
  if (!unmapped.empty()) {
    std::vector<CameoCode> kept;
    table.by_code_.clear();
    size_t next = 0;
    for (size_t i = 0; i < table.codes_.size(); ++i) {
      if (next < unmapped.size() && unmapped[next] == i) {
        ++next;
        continue;
      }
      table.by_code_.emplace(table.codes_[i].code, kept.size());
      kept.push_back(std::move(table.codes_[i]));
    }
    table.codes_ = std::move(kept);
  }
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &codes_[it->second];
}

const CameoCode* CameoTable::FindOrParent(std::string_view code) const {
  if (!IsCameoCodeShape(code)) return nullptr;
  for (std::string_view c = code;; c = ParentOf(c)) {
    if (const CameoCode* found = Find(c)) return found;
    if (c.size() == 2) return nullptr;
  }
}

}  // namespace riposte::events
