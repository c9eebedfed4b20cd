// Tests of the PETRARCH/TABARI dictionary reader
// (Lexicon::AddPetrarchDictionary, petrarch.cc): every construct it
// supports, in small fixtures of our own written inline, the lines it must
// reject with their line numbers, date-restricted codes resolved as of a
// date, and the four Phoenix dictionaries of ../shared/petrarch2 when present.
#include <stdlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/actors.h"

namespace riposte::actors {
namespace {

// One dictionary file in a fresh temporary directory.
class TempDict {
 public:
  TempDict(const std::string& name, const std::string& body) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "riposte-petrarch-XXXXXX").string();
    EXPECT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/" + name;
    std::ofstream(path_, std::ios::binary) << body;
  }
  ~TempDict() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string dir_, path_;
};

std::vector<std::string> RejectedArgs(const Lexicon& lex) {
  std::vector<std::string> out;
  for (const Error& e : lex.rejected()) out.push_back(e.arg);
  return out;
}

const Entry* FindOne(const Lexicon& lex, std::string_view text, std::string_view code) {
  for (const Entry* e : lex.Find(text)) {
    if (e->code == code) return e;
  }
  return nullptr;
}

TEST(PetrarchActors, NameSynonymsAndDatedCodes) {
  TempDict dict("people.actors.txt",
                "# a comment line\n"
                "\n"
                "VLADIMIR_PUTIN_  # CountryInfo.txt\n"    // 3
                "+PUTIN_\n"                               // 4
                "+PRESIDENT_VLADIMIR_V._PUTIN\n"          // 5
                "\t[RUSELI 700101-990809]\n"
                "\t[RUSGOV 990809-080507]\n"
                "\t[RUSGOV >20120507]  # second term\n"
                "\t[RUSELI]\n");
  Lexicon lex;
  auto added = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(added.ok()) << added.error().ToString();
  EXPECT_EQ(added.value(), 12u);  // 3 phrases x 4 codes
  EXPECT_TRUE(lex.rejected().empty());

  const Entry* e = FindOne(lex, "Vladimir Putin", "RUSGOV");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text, "vladimir putin");
  EXPECT_EQ(e->kind, EntryKind::kPerson);
  EXPECT_EQ(e->from, "1999-08-09");
  EXPECT_EQ(e->to, "2008-05-07");
  EXPECT_EQ(e->where, "people.actors.txt:3");
  EXPECT_EQ(e->note, "CountryInfo.txt");
  EXPECT_EQ(FindOne(lex, "PUTIN", "RUSGOV")->where, "people.actors.txt:4");
  EXPECT_EQ(FindOne(lex, "president vladimir v. putin", "RUSELI")->where, "people.actors.txt:5");

  // Two-digit years: 70 -> 1970; 8-digit dates as written.
  EXPECT_EQ(lex.PersonCodeAsOf("Vladimir Putin", "1985-01-01"), "RUSELI");
  EXPECT_EQ(lex.PersonCodeAsOf("Vladimir Putin", "2003-06-01"), "RUSGOV");
  EXPECT_EQ(lex.PersonCodeAsOf("Putin", "2015-03-01"), "RUSGOV");
  // Outside every term the undated default applies.
  EXPECT_EQ(lex.PersonCodeAsOf("Putin", "2010-01-01"), "RUSELI");
  // Dated codes come before the default, so a term wins over it.
  EXPECT_EQ(lex.Find("putin").front()->from, "1970-01-01");
  // Today: the open-ended term.
  EXPECT_EQ(lex.PersonCodeAsOf("putin", ""), "RUSGOV");
}

TEST(PetrarchActors, BeforeAfterAndYearPivot) {
  TempDict dict("pivot.actors.txt",
                "OLD_LEADER_\n"
                "\t[AAAGOV <291231]\n"        // 29 -> 2029
                "\t[AAAELI > 300101]\n"       // 30 -> 1930, blank after '>'
                "NEW_LEADER_\n"
                "\t[BBBGOV 000101-010101]\n"  // 00 -> 2000
                "\t[BBBELI 19991231 - 20000101]\n");
  Lexicon lex;
  ASSERT_TRUE(lex.AddPetrarchDictionary(dict.path()).ok());
  EXPECT_TRUE(lex.rejected().empty());
  const Entry* gov = FindOne(lex, "old leader", "AAAGOV");
  ASSERT_NE(gov, nullptr);
  EXPECT_EQ(gov->from, "");
  EXPECT_EQ(gov->to, "2029-12-31");
  const Entry* eli = FindOne(lex, "old leader", "AAAELI");
  ASSERT_NE(eli, nullptr);
  EXPECT_EQ(eli->from, "1930-01-01");
  EXPECT_EQ(eli->to, "");
  EXPECT_EQ(Lexicon::CodeAsOf(*gov, "2029-12-31"), "AAAGOV");  // bounds inclusive
  EXPECT_EQ(Lexicon::CodeAsOf(*gov, "2030-01-01"), "");
  const Entry* bbb = FindOne(lex, "new leader", "BBBGOV");
  ASSERT_NE(bbb, nullptr);
  EXPECT_EQ(bbb->from, "2000-01-01");
  EXPECT_EQ(bbb->to, "2001-01-01");
  EXPECT_EQ(FindOne(lex, "new leader", "BBBELI")->from, "1999-12-31");
}

TEST(PetrarchActors, CountriesOrganisationsAndInlineCodes) {
  TempDict dict("mixed.actors.txt",
                "AZERBAIJAN_  [AZE]\n"                                     // 1
                "+AZERI_\n"                                                // 2
                "+REPUBLIC_OF_AZERBAIJAN\n"                                // 3
                "\n"
                "THE_UNITED_NATIONS_ [IGOUNO]\n"                           // 5
                "UN_\t[IGOUNO] #CTA 14 Jul 2009# NGO_Actors\n"             // 6
                "MONUC INDIAN_CONTINGENT_\t[IGOUNO]\n"                     // 7
                "UNOCAL_\t[MNC]# Oil\n"                                    // 8
                "JAVIER_Q_EXAMPLE_\t[IGOUNO 820101-911231] [ELI]# rulers\n"  // 9
                "EAST_EXAMPLIA_ [DDR 490101-901003]\n"                     // 10
                "SILENT_ONE_ [IGOUNO 000101-080801] [---]\n"               // 11
                "NULLED_\n"                                                // 12
                "\t[---]\n"
                "JAMES_EXAMPLE_  ; semicolon comment as in dictionaries.rst\n"  // 14
                "\t[USAELI 18970101-450703]\n");
  Lexicon lex;
  auto added = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(lex.rejected().empty()) << lex.rejected().front().ToString();
  EXPECT_EQ(added.value(), 3u + 1 + 1 + 1 + 1 + 2 + 1 + 1 + 1);

  const Entry* aze = FindOne(lex, "Republic of Azerbaijan", "AZE");
  ASSERT_NE(aze, nullptr);
  EXPECT_EQ(aze->kind, EntryKind::kCountryName);
  EXPECT_EQ(aze->where, "mixed.actors.txt:3");
  EXPECT_EQ(FindOne(lex, "Azeri", "AZE")->kind, EntryKind::kCountryName);

  const Entry* un = FindOne(lex, "UN", "IGOUNO");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->kind, EntryKind::kOrganisation);
  EXPECT_EQ(un->note, "CTA 14 Jul 2009# NGO_Actors");
  EXPECT_NE(FindOne(lex, "monuc indian contingent", "IGOUNO"), nullptr);
  EXPECT_EQ(FindOne(lex, "unocal", "MNC")->kind, EntryKind::kOrganisation);  // 3 letters, not a country

  const Entry* javier = FindOne(lex, "javier q example", "IGOUNO");
  ASSERT_NE(javier, nullptr);
  EXPECT_EQ(javier->kind, EntryKind::kPerson);
  EXPECT_EQ(javier->from, "1982-01-01");
  EXPECT_EQ(lex.PersonCodeAsOf("javier q example", "1990"), "IGOUNO");
  EXPECT_EQ(lex.PersonCodeAsOf("javier q example", "1995"), "ELI");

  // A country code with dates is still a country.
  EXPECT_EQ(FindOne(lex, "east examplia", "DDR")->kind, EntryKind::kCountryName);
  // "[---]" is the null code: no entry, and no complaint when it is all there is.
  EXPECT_EQ(lex.Find("silent one").size(), 1u);
  EXPECT_TRUE(lex.Find("nulled").empty());
  EXPECT_EQ(FindOne(lex, "james example", "USAELI")->to, "1945-07-03");
}

// Regression fixture for issue 4: broken lines are rejected with their own
// line numbers and the rest of the file loads.
TEST(PetrarchActors, BrokenLinesRejectedWithLineNumbers) {
  TempDict dict("broken.actors.txt",
                "+ORPHAN_SYNONYM_\n"                       // 1: synonym before any name
                "\t[XXXGOV]\n"                             // 2: codes before any name
                "GOOD_PERSON_\n"                           // 3
                "+GOOD_ALIAS_\n"                           // 4
                "\t[KORGOVBUS 2004017-20061201]\n"         // 5: 7-digit date
                "\t[KORGOV 991301-000101]\n"               // 6: month 13
                "\t[KORGOV 050101-040101]\n"               // 7: range reversed
                "\t[KORGOV 120101]\n"                      // 8: bare date
                "\t[korgov]\n"                             // 9: lower-case code
                "\tSTRAY_TEXT [KORGOV]\n"                  // 10: text on a code line
                "\t[KORGOV 120101-130101]\n"               // 11: fine
                "UNCLOSED_ [KORGOV\n"                      // 12: '[' without ']'
                "+DROPPED_WITH_ITS_NAME_\n"                // 13: skipped with 12
                "\t[KORGOV]\n"                             // 14: skipped with 12
                "NO_CODE_AT_ALL_\n"                        // 15: block without code
                "# a comment ends the run of names\n"     // 16
                "BAD_\xff\xfe_BYTES_ [KOR]\n"              // 17: not UTF-8
                "TRAILING_ [KOR] junk\n"                   // 18: text after a code
                "LAST_GOOD_ [KOR]\n");                     // 19
  Lexicon lex;
  auto added = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(added.value(), 2u + 1u);  // good person + alias with one code; last good
  EXPECT_EQ(RejectedArgs(lex),
            (std::vector<std::string>{"broken.actors.txt:1", "broken.actors.txt:2", "broken.actors.txt:5",
                                      "broken.actors.txt:6", "broken.actors.txt:7", "broken.actors.txt:8",
                                      "broken.actors.txt:9", "broken.actors.txt:10", "broken.actors.txt:12",
                                      "broken.actors.txt:15", "broken.actors.txt:17", "broken.actors.txt:18"}));
  for (const Error& e : lex.rejected()) EXPECT_EQ(e.code, ErrorCode::kMalformed);
  EXPECT_NE(lex.rejected()[7].message.find("STRAY_TEXT"), std::string::npos);
  EXPECT_NE(lex.rejected()[9].message.find("no code"), std::string::npos);
  EXPECT_EQ(lex.PersonCodeAsOf("good alias", "2012-06"), "KORGOV");
  EXPECT_TRUE(lex.Find("dropped with its name").empty());
  EXPECT_NE(FindOne(lex, "last good", "KOR"), nullptr);
}

// Name lines without '+' directly after a codeless name are its synonyms;
// a blank or comment line ends such a run.
TEST(PetrarchActors, ConsecutiveNameLinesShareCodes) {
  TempDict dict("joined.actors.txt",
                "LEONID_EXAMPLE_  # CountryInfo.txt\n"  // 1
                "LEONID_ILYICH_EXAMPLE\n"               // 2: no '+'
                "+SECRETARY_EXAMPLE\n"                  // 3
                "SOVIET_LEADER_EXAMPLE\n"               // 4: no '+' again
                "\t[SUNGOV 641014-821110]\n"
                "NEXT_PERSON_\n"                        // 6: after codes: a new block
                "\t[SUNELI]\n"
                "LONELY_NAME_\n"                        // 8
                "\n"
                "OTHER_NAME_ [SUN]\n"                   // 10: not joined across a blank
                "Source: some.list\n"                   // 11: lower case: never joined
                "CAPITAL_NAME_ [SUN]\n");               // 12
  Lexicon lex;
  auto added = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(added.value(), 4u + 1 + 1 + 1);
  for (const char* name : {"leonid example", "leonid ilyich example", "secretary example",
                           "soviet leader example"}) {
    EXPECT_EQ(lex.PersonCodeAsOf(name, "1975"), "SUNGOV") << name;
  }
  EXPECT_EQ(FindOne(lex, "soviet leader example", "SUNGOV")->where, "joined.actors.txt:4");
  EXPECT_EQ(lex.Find("next person").front()->code, "SUNELI");
  EXPECT_EQ(RejectedArgs(lex), (std::vector<std::string>{"joined.actors.txt:8", "joined.actors.txt:11"}));
  EXPECT_TRUE(lex.Find("source: some.list").empty());
  EXPECT_EQ(lex.Find("other name").front()->kind, EntryKind::kCountryName);
}

TEST(PetrarchActors, MissingFileIsNotFound) {
  Lexicon lex;
  auto r = lex.AddPetrarchDictionary("/nonexistent/riposte/Phoenix.actors.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
}

TEST(PetrarchActors, EmptyFileAddsNothing) {
  TempDict dict("empty.actors.txt", "# only comments\n\n   \n");
  Lexicon lex;
  auto r = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), 0u);
  EXPECT_TRUE(lex.rejected().empty());
}

TEST(PetrarchAgents, PluralsSubstitutionsAndTildes) {
  TempDict dict("our.agents.txt",
                "# agents fixture\n"
                "!PERSON! = MAN, WOMAN , PERSON\n"                    // 2
                "!MINIST! = MINISTER, MINISTRY\n"                     // 3
                "\n"
                "FOREIGN_MINISTER [~GOVFRM] # jap\n"                  // 5: +S
                "SECRETARY [~GOV]\n"                                  // 6: Y -> IES
                "ATTORNEY [~JUD]\n"                                   // 7: vowel + Y -> S
                "BOSS [~BUS]\n"                                       // 8: SS -> ES
                "POLICE {} [~COP]\n"                                  // 9: no plural
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"    // 10: irregular
                "CONGRESS!PERSON!  [~LEG]\n"                          // 11: substitution
                "!MINIST!_OF_DEFENSE [~GOVMIL]\n"                     // 12
                "!MINIST! FOR_YOUTH [~GOV]\n"                         // 13: blank kept as space
                "HUMAN_RIGHTS_BODY  [NGO~]\n"                         // 14: prefix code
                "MINISTER_ [GOV]\n"                                   // 15: no tilde, '_' stops plural
                "STATE_!MINIST!_!PERSON! [~GOV]\n");                  // 16: two markers
  Lexicon lex;
  auto added = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(lex.rejected().empty()) << lex.rejected().front().ToString();
  EXPECT_EQ(added.value(), 2u + 2 + 2 + 2 + 1 + 2 + 3 + 2 + 2 + 2 + 1 + 6);

  const Entry* fm = FindOne(lex, "Foreign Minister", "GOVFRM");
  ASSERT_NE(fm, nullptr);
  EXPECT_EQ(fm->kind, EntryKind::kAgent);
  EXPECT_EQ(fm->where, "our.agents.txt:5");
  EXPECT_EQ(fm->note, "jap");
  EXPECT_NE(FindOne(lex, "foreign ministers", "GOVFRM"), nullptr);
  EXPECT_NE(FindOne(lex, "secretaries", "GOV"), nullptr);
  EXPECT_NE(FindOne(lex, "attorneys", "JUD"), nullptr);
  EXPECT_NE(FindOne(lex, "bosses", "BUS"), nullptr);
  EXPECT_EQ(lex.Find("police").size(), 1u);
  EXPECT_TRUE(lex.Find("polices").empty());
  EXPECT_NE(FindOne(lex, "attorneys general", "GOVATG"), nullptr);
  EXPECT_TRUE(lex.Find("attorney generals").empty());
  for (const char* text : {"congressman", "congresswoman", "congressperson"}) {
    EXPECT_NE(FindOne(lex, text, "LEG"), nullptr) << text;
  }
  EXPECT_TRUE(lex.Find("congressmans").empty());
  EXPECT_NE(FindOne(lex, "ministry of defense", "GOVMIL"), nullptr);
  EXPECT_NE(FindOne(lex, "minister for youth", "GOV"), nullptr);
  const Entry* ngo = FindOne(lex, "human rights body", "NGO");
  ASSERT_NE(ngo, nullptr);
  EXPECT_NE(ngo->note.find("NGO~"), std::string::npos);
  EXPECT_NE(FindOne(lex, "minister", "GOV"), nullptr);
  EXPECT_NE(FindOne(lex, "state ministry person", "GOV"), nullptr);
}

TEST(PetrarchAgents, BrokenLinesRejectedWithLineNumbers) {
  TempDict dict("broken.agents.txt",
                "!MINIST! = MINISTER, MINISTRY\n"   // 1
                "GOOD_AGENT [~GOV]\n"               // 2
                "NO_CODE_AGENT\n"                   // 3: no code
                "!UNKNOWN!_OFFICE [~GOV]\n"         // 4: unknown marker
                "TWO_CODES [~GOV] [~MIL]\n"         // 5: two codes
                "BAD_CODE [~gov]\n"                 // 6: lower case
                "OPEN_BRACE {OPEN [~GOV]\n"         // 7: '{' without '}'
                "!EMPTY! = , ,\n"                   // 8: empty set
                "HALF_!MINIST [~GOV]\n"             // 9: unbalanced '!'
                "LAST_AGENT [~MIL]\n");             // 10
  Lexicon lex;
  auto added = lex.AddPetrarchDictionary(dict.path());
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(added.value(), 4u);
  EXPECT_EQ(RejectedArgs(lex),
            (std::vector<std::string>{"broken.agents.txt:3", "broken.agents.txt:4", "broken.agents.txt:5",
                                      "broken.agents.txt:6", "broken.agents.txt:7", "broken.agents.txt:8",
                                      "broken.agents.txt:9"}));
  EXPECT_NE(lex.rejected()[1].message.find("!UNKNOWN!"), std::string::npos);
}

// The four Phoenix dictionaries, loaded into one lexicon as `--actors`
// would: counts, rejected lines and a few known lookups.
TEST(PetrarchPhoenix, LoadsAllFourDictionaries) {
  const std::string dir = std::string(RIPOSTE_SOURCE_DIR) + "/../shared/petrarch2/dictionaries";
  const char* kFiles[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                          "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"};
  for (const char* file : kFiles) {
    if (!std::filesystem::exists(dir + "/" + file)) GTEST_SKIP() << "no " << dir << "/" << file;
  }
  Lexicon lex;
  size_t total = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const char* file : kFiles) {
    const size_t rejected_before = lex.rejected().size();
    const auto file_start = std::chrono::steady_clock::now();
    auto added = lex.AddPetrarchDictionary(dir + "/" + file);
    ASSERT_TRUE(added.ok()) << added.error().ToString();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - file_start).count();
    std::printf("%-34s %7zu entries  %4zu rejected lines  %6.1f ms\n", file, added.value(),
                lex.rejected().size() - rejected_before, ms);
    total += added.value();
  }
  const double total_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("all four: %zu entries, %zu rejected lines, %.1f ms\n", total, lex.rejected().size(), total_ms);
  for (const Error& e : lex.rejected()) std::printf("  rejected %s\n", e.ToString().c_str());
  for (EntryKind kind : {EntryKind::kCountryName, EntryKind::kPerson, EntryKind::kOrganisation,
                         EntryKind::kAgent}) {
    size_t n = 0;
    for (const Entry& e : lex.entries()) n += e.kind == kind ? 1 : 0;
    std::printf("  %-12s %zu entries\n", EntryKindName(kind), n);
  }

  EXPECT_GT(total, 45000u);
  EXPECT_LT(lex.rejected().size(), 200u);
  EXPECT_EQ(lex.PersonCodeAsOf("Vladimir Putin", "2015-06-01"), "RUSGOV");
  EXPECT_EQ(lex.PersonCodeAsOf("Putin", "2015-06-01"), "RUSGOV");
  EXPECT_EQ(lex.PersonCodeAsOf("Leonid Ilyich Brezhnev", "1975"), "RUSGOV");  // joined name lines
  EXPECT_NE(FindOne(lex, "Russian Federation", "RUS"), nullptr);
  EXPECT_EQ(FindOne(lex, "Afghanistan", "AFG")->kind, EntryKind::kCountryName);
  EXPECT_NE(FindOne(lex, "United Nations", "IGOUNO"), nullptr);
  EXPECT_NE(FindOne(lex, "Abu Nidal Organization", "IMGMUSALQ"), nullptr);
  EXPECT_NE(FindOne(lex, "police", "COP"), nullptr);
  EXPECT_NE(FindOne(lex, "ministry of defense", "GOVMIL"), nullptr);
  EXPECT_NE(FindOne(lex, "congressmen", "LEG"), nullptr);
}

}  // namespace
}  // namespace riposte::actors
