// Tests of the actor lexicon (actors.h): validation of each table's lines,
// lookups by surface text, terms of office, and the project's own tables in
// data/actors.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "actors/actors.h"

namespace riposte::actors {
namespace {

// A data dir with the four tables, each given inline.
class TempData {
 public:
  TempData(const std::string& countries, const std::string& agents, const std::string& people,
           const std::string& orgs) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "riposte-actors-XXXXXX").string();
    EXPECT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    std::filesystem::create_directories(dir_ + "/actors");
    Write("countries.tsv", countries);
    Write("agents.tsv", agents);
    Write("people.tsv", people);
    Write("organisations.tsv", orgs);
  }
  ~TempData() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  void Write(const std::string& name, const std::string& body) const {
    std::ofstream(dir_ + "/actors/" + name) << body;
  }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

const Entry* FindKind(const Lexicon& lex, std::string_view text, EntryKind kind) {
  for (const Entry* e : lex.Find(text)) {
    if (e->kind == kind) return e;
  }
  return nullptr;
}

TEST(Lexicon, LoadsEachTable) {
  TempData data("# comment\nAZE\tname\tAzerbaijan\nAZE\tadj\tAzerbaijani\nRUS\tseat\tthe Kremlin\n",
                "police\tCOP\t\nforeign ministry\tGOV\tmain diplomatic body\n",
                "Vladimir Putin|Putin\tRUSGOV\tpresident\t2012-05-07\t\tofficial site\n",
                "Sputnik|Sputnik Azerbaijan\tRUSMED\tstate news agency\n");
  auto lex = Lexicon::Load(data.dir());
  ASSERT_TRUE(lex.ok()) << lex.error().ToString();
  EXPECT_TRUE(lex.value().rejected().empty());
  EXPECT_EQ(lex.value().entries().size(), 9u);  // 3 + 2 + 2 names + 2 names
  const Entry* adj = FindKind(lex.value(), "Azerbaijani", EntryKind::kAdjective);
  ASSERT_NE(adj, nullptr);
  EXPECT_EQ(adj->code, "AZE");
  EXPECT_EQ(adj->where, "countries.tsv:3");
  const Entry* org = FindKind(lex.value(), "Sputnik Azerbaijan", EntryKind::kOrganisation);
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->code, "RUSMED");
  const Entry* putin = FindKind(lex.value(), "Putin", EntryKind::kPerson);
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->role, "president");
}

TEST(Lexicon, CaseRules) {
  TempData data("RUS\tname\tRussia\n", "police\tCOP\t\n", "", "");
  auto lex = Lexicon::Load(data.dir());
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ(lex.value().Find("Police").size(), 1u);   // lower-case entry: any case
  EXPECT_EQ(lex.value().Find("POLICE").size(), 1u);
  EXPECT_EQ(lex.value().Find("Russia").size(), 1u);
  EXPECT_TRUE(lex.value().Find("russia").empty());    // capitalised entry: exact
  EXPECT_TRUE(lex.value().Find("Moscow").empty());
}

TEST(Lexicon, BadLinesRejectedWithLineNumbers) {
  TempData data("AZE\tname\tAzerbaijan\nAZ\tname\tAzerbaijan\nAZE\tcity\tBaku\nAZE\tname\n",
                "police\tcop\t\n\tGOV\t\n",
                "Putin\tRUSGOV\tpresident\t2012-13-01\t\tx\nPutin\tRUSGOV\tpresident\t2012\t2008\tx\n"
                "Putin\tRUSGOV\tpresident\n",
                "Sputnik\tRUS\tx\n");
  auto lex = Lexicon::Load(data.dir());
  ASSERT_TRUE(lex.ok());
  const auto& rejected = lex.value().rejected();
  ASSERT_EQ(rejected.size(), 9u);
  EXPECT_EQ(rejected[0].arg, "countries.tsv:2");
  EXPECT_NE(rejected[0].message.find("3 capital letters"), std::string::npos);
  EXPECT_EQ(rejected[1].arg, "countries.tsv:3");
  EXPECT_NE(rejected[1].message.find("unknown KIND"), std::string::npos);
  EXPECT_EQ(rejected[2].arg, "countries.tsv:4");
  EXPECT_EQ(rejected[3].arg, "agents.tsv:1");
  EXPECT_EQ(rejected[4].arg, "agents.tsv:2");
  EXPECT_EQ(rejected[5].arg, "people.tsv:1");
  EXPECT_NE(rejected[5].message.find("ISO date"), std::string::npos);
  EXPECT_EQ(rejected[6].arg, "people.tsv:2");
  EXPECT_NE(rejected[6].message.find("before FROM"), std::string::npos);
  EXPECT_EQ(rejected[7].arg, "people.tsv:3");
  EXPECT_EQ(rejected[8].arg, "organisations.tsv:1");
  EXPECT_EQ(lex.value().entries().size(), 1u);  // only the first country line
}

TEST(Lexicon, MissingTableIsAnError) {
  TempData data("AZE\tname\tAzerbaijan\n", "", "", "");
  std::filesystem::remove(data.dir() + "/actors/people.tsv");
  auto lex = Lexicon::Load(data.dir());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.error().code, ErrorCode::kNotFound);
  EXPECT_NE(lex.error().arg.find("people.tsv"), std::string::npos);
}

TEST(Lexicon, TermsOfOffice) {
  Entry lavrov{"Lavrov", EntryKind::kPerson, "RUSGOV", "foreign minister", "2004-03-09", "", "", ""};
  Entry former{"Kerry", EntryKind::kPerson, "USAGOV", "secretary of state", "2013-02-01", "2017-01-20", "", ""};
  EXPECT_EQ(Lexicon::CodeAsOf(lavrov, "2025-07-01"), "RUSGOV");
  EXPECT_EQ(Lexicon::CodeAsOf(lavrov, "2003-12-31"), "");
  EXPECT_EQ(Lexicon::CodeAsOf(lavrov, ""), "RUSGOV");
  EXPECT_EQ(Lexicon::CodeAsOf(former, "2016-06-30"), "USAGOV");
  EXPECT_EQ(Lexicon::CodeAsOf(former, "2017-01-21"), "");
  EXPECT_EQ(Lexicon::CodeAsOf(former, "2017"), "USAGOV");   // the year overlaps the term
  EXPECT_EQ(Lexicon::CodeAsOf(former, "2018"), "");
  EXPECT_EQ(Lexicon::CodeAsOf(former, ""), "");            // not in office now
}

// The project's own tables: they load cleanly and hold the crisis's actors.
TEST(ProjectLexicon, LoadsWithoutRejectedLines) {
  auto lex = Lexicon::Load(DataDir());
  ASSERT_TRUE(lex.ok()) << lex.error().ToString();
  for (const Error& e : lex.value().rejected()) ADD_FAILURE() << e.ToString();
  const Lexicon& l = lex.value();
  EXPECT_GE(l.entries().size(), 1000u);
  auto code_of = [&](std::string_view text, EntryKind kind) {
    const Entry* e = FindKind(l, text, kind);
    return e ? e->code : std::string("(none)");
  };
  EXPECT_EQ(code_of("Azerbaijan", EntryKind::kCountryName), "AZE");
  EXPECT_EQ(code_of("Russian Federation", EntryKind::kCountryName), "RUS");
  EXPECT_EQ(code_of("Azeri", EntryKind::kAdjective), "AZE");
  EXPECT_EQ(code_of("Azerbaijanis", EntryKind::kPeople), "AZE");
  EXPECT_EQ(code_of("Baku", EntryKind::kCapital), "AZE");
  EXPECT_EQ(code_of("Kyiv", EntryKind::kCapital), "UKR");
  EXPECT_EQ(code_of("the Kremlin", EntryKind::kSeat), "RUS");
  EXPECT_EQ(code_of("police", EntryKind::kAgent), "COP");
  EXPECT_EQ(code_of("foreign ministry", EntryKind::kAgent), "GOV");
  EXPECT_EQ(code_of("Sputnik Azerbaijan", EntryKind::kOrganisation), "RUSMED");
  EXPECT_EQ(code_of("AZAL", EntryKind::kOrganisation), "AZEBUS");
  EXPECT_EQ(l.PersonCodeAsOf("Vladimir Putin", "2025-07-01"), "RUSGOV");
  EXPECT_EQ(l.PersonCodeAsOf("Putin", "2025-07-01"), "RUSGOV");
  EXPECT_EQ(l.PersonCodeAsOf("Maria Zakharova", "2025-07-01"), "RUSGOV");
  EXPECT_EQ(l.PersonCodeAsOf("Ilham Aliyev", "2025-06-30"), "AZEGOV");
  EXPECT_EQ(l.PersonCodeAsOf("Sergey Lavrov", "2025-07-01"), "RUSGOV");
  // Terms end: a foreign minister who left office is no longer GOV.
  EXPECT_EQ(l.PersonCodeAsOf("Elmar Mammadyarov", "2025-07-01"), "");
  EXPECT_EQ(l.PersonCodeAsOf("Elmar Mammadyarov", "2015-01-01"), "AZEGOV");
  // Every ISO 3166-1 country has at least a name.
  std::set<std::string> countries;
  for (const Entry& e : l.entries()) {
    if (e.kind == EntryKind::kCountryName) countries.insert(e.code);
  }
  EXPECT_GE(countries.size(), 249u);
}

}  // namespace
}  // namespace riposte::actors
