// Tests of the CAMEO reference tables (events.h): the project's own tables in
// data/cameo (every code complete, Goldstein spot checks, agreement with the
// PLOVER 2021 mapping in ../shared when present), line validation with
// file:line rejections, the 4-digit PLOVER fallback, RootOf and DataDir.
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "events/events.h"

namespace riposte::events {
namespace {

// A data dir with codes.tsv and plover.tsv given inline.
class TempData {
 public:
  TempData(const std::string& codes, const std::string& plover) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "riposte-cameo-XXXXXX").string();
    EXPECT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    std::filesystem::create_directories(dir_ + "/cameo");
    std::ofstream(dir_ + "/cameo/codes.tsv") << codes;
    std::ofstream(dir_ + "/cameo/plover.tsv") << plover;
  }
  ~TempData() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

// The project's own tables, loaded once per test binary.
const CameoTable& OwnTable() {
  static const CameoTable table = [] {
    auto loaded = CameoTable::Load(DataDir());
    EXPECT_TRUE(loaded.ok()) << loaded.error().ToString();
    return loaded.ok() ? std::move(loaded).value() : CameoTable();
  }();
  return table;
}

std::string Rejections(const CameoTable& table) {
  std::string out;
  for (const Error& e : table.rejected()) out += e.ToString() + "\n";
  return out;
}

TEST(CameoTable, OwnTablesLoadWithoutRejections) {
  const CameoTable& table = OwnTable();
  EXPECT_TRUE(table.rejected().empty()) << Rejections(table);
  EXPECT_GE(table.size(), 300u);
  for (int root = 1; root <= 20; ++root) {
    char code[3] = {static_cast<char>('0' + root / 10), static_cast<char>('0' + root % 10), '\0'};
    EXPECT_NE(table.Find(code), nullptr) << "root " << code;
  }
}

TEST(CameoTable, EveryCodeHasLabelWeightAndPlover) {
  const auto& categories = PloverCategories();
  for (const CameoCode& c : OwnTable().codes()) {
    SCOPED_TRACE(c.where);
    EXPECT_TRUE(IsCameoCodeShape(c.code)) << c.code;
    EXPECT_FALSE(c.label.empty()) << c.code;
    EXPECT_GE(c.goldstein, -10.0) << c.code;
    EXPECT_LE(c.goldstein, 10.0) << c.code;
    EXPECT_FALSE(c.plover_inherited) << c.code << ": our plover.tsv lists every code";
    EXPECT_FALSE(c.plover_where.empty()) << c.code << " has no PLOVER line";
    if (RootOf(c.code) == "01") {
      EXPECT_EQ(c.plover, "") << c.code << ": statements have no PLOVER category";
    } else {
      EXPECT_NE(std::find(categories.begin(), categories.end(), c.plover), categories.end())
          << c.code << " -> \"" << c.plover << "\"";
    }
  }
}

// Every code of the PLOVER 2021 conversion table is ours and maps to the same
// category. The table's lines are "CODE: CATEGORY, MODE, CONTEXT # label";
// a code may appear twice (08 heads both CONCEDE and RETREAT; 175 is listed
// twice): ours must match one of its lines.
TEST(CameoTable, AgreesWithPlover2021Table) {
  const std::string path = std::string(RIPOSTE_SOURCE_DIR) + "/../shared/plover/CAMEO2PLOVER-2021.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no " << path;
  std::map<std::string, std::set<std::string>> theirs;
  std::map<std::string, std::string> their_line;
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos || !IsCameoCodeShape(line.substr(0, colon))) continue;
    const std::string code = line.substr(0, colon);
    std::string rest = line.substr(colon + 1);
    rest = rest.substr(0, rest.find('#'));
    std::string category = rest.substr(0, rest.find(','));
    category.erase(0, category.find_first_not_of(' '));
    category.erase(category.find_last_not_of(' ') + 1);
    theirs[code].insert(category);
    their_line.emplace(code, "CAMEO2PLOVER-2021.txt:" + std::to_string(line_no));
  }
  ASSERT_GT(theirs.size(), 250u) << "could not parse " << path;
  int agree = 0, disagree = 0, missing = 0;
  for (const auto& [code, categories] : theirs) {
    const CameoCode* ours = OwnTable().Find(code);
    if (ours == nullptr) {
      ++missing;
      ADD_FAILURE() << their_line[code] << ": code " << code << " is not in our table";
    } else if (!categories.contains(ours->plover)) {
      ++disagree;
      ADD_FAILURE() << their_line[code] << ": " << code << " is " << *categories.begin() << " there, "
                    << (ours->plover.empty() ? "NONE" : ours->plover) << " in " << ours->plover_where;
    } else {
      ++agree;
    }
  }
  std::cout << "PLOVER 2021 table: " << theirs.size() << " codes; " << agree << " agree, "
            << disagree << " disagree, " << missing << " missing; ours has "
            << OwnTable().size() - theirs.size() << " codes it does not list (01x, 02x)\n";
}

// Goldstein weights we are sure of (as commonly published for CAMEO); codes
// where copies disagree or our memory is unsure are listed in the README,
// not asserted here.
TEST(CameoTable, GoldsteinSpotChecks) {
  const std::pair<const char*, double> kExpected[] = {
      {"010", 0.0},   {"011", -0.1},  {"012", -0.4},  {"013", 0.4},   {"020", 3.0},
      {"022", 3.2},   {"036", 4.0},   {"040", 1.0},   {"042", 1.9},   {"043", 2.8},
      {"044", 2.5},   {"046", 7.0},   {"051", 3.4},   {"053", 3.8},   {"054", 6.0},
      {"055", 7.0},   {"057", 8.0},   {"061", 6.4},   {"062", 7.4},   {"064", 7.0},
      {"071", 7.4},   {"072", 8.3},   {"074", 8.5},   {"084", 7.0},   {"086", 9.0},
      {"090", -2.0},  {"100", -5.0},  {"111", -2.0},  {"112", -2.0},  {"120", -4.0},
      {"130", -4.4},  {"131", -5.8},  {"138", -7.0},  {"141", -6.5},  {"150", -7.2},
      {"161", -4.0},  {"162", -5.6},  {"163", -8.0},  {"171", -9.2},  {"172", -5.0},
      {"173", -5.0},  {"175", -9.0},  {"181", -9.0},  {"182", -9.5},  {"1823", -10.0},
      {"186", -10.0}, {"190", -10.0}, {"191", -9.5},  {"196", -9.5},  {"201", -9.5},
  };
  for (const auto& [code, weight] : kExpected) {
    const CameoCode* c = OwnTable().Find(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_DOUBLE_EQ(c->goldstein, weight) << code << " at " << c->where;
  }
}

TEST(CameoTable, SpotChecksOfLabelsAndPlover) {
  const CameoCode* c = OwnTable().Find("1822");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->label, "Torture");
  EXPECT_EQ(c->plover, "ASSAULT");
  EXPECT_EQ(c->plover_mode, "torture");
  c = OwnTable().Find("173");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->plover, "COERCE");
  EXPECT_EQ(c->plover_mode, "arrest");
  EXPECT_EQ(c->plover_context, "legal");
  EXPECT_EQ(OwnTable().Find("163")->plover, "COERCE");   // not SANCTION in PLOVER 2021
  EXPECT_EQ(OwnTable().Find("0841")->plover, "RETREAT");
  EXPECT_EQ(OwnTable().Find("083")->plover, "CONCEDE");
  EXPECT_EQ(OwnTable().Find("0233")->plover, "REQUEST");
  EXPECT_EQ(OwnTable().Find("094")->plover_context, "military,legal");
  EXPECT_EQ(OwnTable().Find("x"), nullptr);
  EXPECT_EQ(OwnTable().Find("999"), nullptr);
}

TEST(CameoTable, RootOfAndShape) {
  EXPECT_EQ(RootOf("1822"), "18");
  EXPECT_EQ(RootOf("057"), "05");
  EXPECT_EQ(RootOf("20"), "20");
  EXPECT_EQ(RootOf("21"), "");
  EXPECT_EQ(RootOf("00"), "");
  EXPECT_EQ(RootOf("1"), "");
  EXPECT_EQ(RootOf("18221"), "");
  EXPECT_EQ(RootOf("18a"), "");
  EXPECT_TRUE(IsCameoCodeShape("0874"));
  EXPECT_FALSE(IsCameoCodeShape(""));
}

TEST(CameoTable, FindOrParentWalksUp) {
  EXPECT_EQ(OwnTable().FindOrParent("1822")->code, "1822");
  EXPECT_EQ(OwnTable().FindOrParent("1834")->code, "183");  // a post-1.1b3 code
  EXPECT_EQ(OwnTable().FindOrParent("176")->code, "17");   // cyber attack, after 1.1b3
  EXPECT_EQ(OwnTable().FindOrParent("21"), nullptr);
  EXPECT_EQ(OwnTable().FindOrParent("abc"), nullptr);
}

TEST(CameoTable, MalformedLinesAreRejectedWithFileAndLine) {
  TempData data(
      "# comment\n"
      "18\t-9.0\tAssault\n"                    // 2
      "182\t-9.5\tPhysically assault\n"        // 3
      "1822\t-9.0\tTorture\n"                  // 4
      "1823\t-10.0\n"                          // 5: 2 fields
      "18x\t-1.0\tBad code\n"                  // 6
      "21\t0.0\tNo such root\n"                // 7
      "183\tminus ten\tBombing\n"              // 8
      "184\t-11.0\tHuman shield\n"             // 9
      "185\t-8.0\t\n"                          // 10: empty label
      "182\t-9.0\tAgain\n"                     // 11: duplicate
      "1911\t-9.5\tOrphan\n"                   // 12: no parent 191
      "186\t-10.0 \tAssassinate\n"             // 13: fine (spaces trimmed)
      "1821\t-9.0\tSexually assault\n",        // 14: fine, inherits 182
      "18\tASSAULT\t-\t-\n"                    // 1
      "182\tASSAULT\tbeat\n"                   // 2
      "1822\tASSAULT\ttorture\t-\n"            // 3
      "186\tKILL\n"                            // 4: unknown category
      "183\tASSAULT\n"                         // 5: code rejected in codes.tsv
      "18\tASSAULT\n"                          // 6: duplicate
      "1822\tASSAULT\tTorture\n"               // 7: mode not lower-case
      "1822\n");                               // 8: 1 field
  auto loaded = CameoTable::Load(data.dir());
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  const CameoTable& table = loaded.value();
  std::set<std::string> where;
  for (const Error& e : table.rejected()) {
    EXPECT_EQ(e.code, ErrorCode::kMalformed);
    where.insert(e.arg);
  }
  const std::set<std::string> kExpected = {
      "codes.tsv:5",  "codes.tsv:6",  "codes.tsv:7",  "codes.tsv:8",  "codes.tsv:9",
      "codes.tsv:10", "codes.tsv:11", "codes.tsv:12", "codes.tsv:13",  // 186: no PLOVER line
      "plover.tsv:4", "plover.tsv:5", "plover.tsv:6", "plover.tsv:7", "plover.tsv:8"};
  EXPECT_EQ(where, kExpected) << Rejections(table);
  EXPECT_EQ(table.size(), 4u);  // 18, 182, 1822, 1821
  ASSERT_NE(table.Find("1822"), nullptr);
  EXPECT_EQ(table.Find("1822")->plover_mode, "torture");
  EXPECT_EQ(table.Find("1822")->plover_context, "");
  EXPECT_EQ(table.Find("186"), nullptr);
  const CameoCode* inherited = table.Find("1821");
  ASSERT_NE(inherited, nullptr);
  EXPECT_TRUE(inherited->plover_inherited);
  EXPECT_EQ(inherited->plover, "ASSAULT");
  EXPECT_EQ(inherited->plover_mode, "beat");
  EXPECT_EQ(inherited->plover_where, "plover.tsv:2");
  // Messages name the problem.
  bool saw_range = false;
  for (const Error& e : table.rejected()) {
    if (e.arg == "codes.tsv:9") saw_range = e.message.find("[-10, 10]") != std::string::npos;
  }
  EXPECT_TRUE(saw_range) << Rejections(table);
}

TEST(CameoTable, ThreeDigitCodeWithoutPloverLineIsRejected) {
  TempData data("05\t3.5\tDiplomatic cooperation\n057\t8.0\tSign formal agreement\n",
                "05\tSUPPORT\n");
  auto loaded = CameoTable::Load(data.dir());
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded.value().rejected().size(), 1u);
  EXPECT_EQ(loaded.value().rejected()[0].arg, "codes.tsv:2");
  EXPECT_EQ(loaded.value().Find("057"), nullptr);
}

TEST(CameoTable, MissingFileIsNotFound) {
  auto loaded = CameoTable::Load("/nonexistent/riposte-data");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
}

TEST(CameoTable, DataDirHonoursEnvironment) {
  const char* old = getenv("RIPOSTE_DATA_DIR");
  const std::string saved = old ? old : "";
  setenv("RIPOSTE_DATA_DIR", "/tmp/elsewhere", 1);
  EXPECT_EQ(DataDir(), "/tmp/elsewhere");
  if (old) {
    setenv("RIPOSTE_DATA_DIR", saved.c_str(), 1);
  } else {
    unsetenv("RIPOSTE_DATA_DIR");
  }
  EXPECT_NE(DataDir(), "/tmp/elsewhere");
}

}  // namespace
}  // namespace riposte::events
