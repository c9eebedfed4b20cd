// Tests of the pattern lexicon loader (events.h): the line syntax, bad
// lines with file:line, options and the speech-act codes, base forms, and
// the project lexicon's coverage (size, every CAMEO root, codes known to the
// CAMEO table). Sentence cases are in patterns_match_test.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "events/internal/pattern_syntax.h"
#include "events/internal/patterns_testing.h"

namespace riposte::events {
namespace {

using patterns_testing::AnalyzedDoc;
using patterns_testing::ProjectPatterns;
using patterns_testing::RenderHits;

Patterns FromText(const std::string& contents) {
  Patterns p;
  p.AddFile("test.tsv", contents);
  return p;
}

TEST(PatternLoad, GoodLines) {
  Patterns p = FromText(
      "# comment\n"
      "\n"
      "163\timpose sanction|embargo [on TARGET]\n"
      "161\texpel diplomat|ambassador\t-\tnote here\n"
      "190\tphrasal: shoot down\n"
      "173\tnoun: arrest [of TARGET] [by SOURCE]\n"
      "010\tannounce\tlow\n"
      "0841\trelease !statement|report\n"
      "114\thand (protest) note\tthreat=1313 demand=-\r\n"
      "1823\tdie in custody\tvictim\n"
      "112\tabsolve of blame\tjudge negated=112\n");
  EXPECT_TRUE(p.rejected().empty()) << p.rejected()[0].ToString();
  ASSERT_EQ(p.size(), 9u);
  const auto& v = p.patterns();
  EXPECT_EQ(v[0].cameo, "163");
  EXPECT_EQ(v[0].triggers[0], "impose");
  ASSERT_EQ(v[0].words.size(), 1u);
  EXPECT_EQ(v[0].words[0].lemmas[0], "sanction");
  EXPECT_EQ(v[0].words[0].lemmas[1], "embargo");
  ASSERT_EQ(v[0].slots.size(), 1u);
  EXPECT_EQ(v[0].slots[0].prep, "on");
  EXPECT_EQ(v[0].slots[0].role, "TARGET");
  EXPECT_EQ(v[0].modes.threat, "1312");
  EXPECT_EQ(v[0].rule, "test.tsv:3 impose sanction|embargo [on TARGET]");
  EXPECT_EQ(v[1].note, "note here");
  EXPECT_EQ(v[1].modes.threat, "1313");
  EXPECT_TRUE(v[2].phrasal);
  EXPECT_TRUE(v[2].words[0].particle);
  EXPECT_TRUE(v[3].nominal);
  EXPECT_EQ(v[3].slots.size(), 2u);
  EXPECT_EQ(v[3].modes.threat, "137");
  EXPECT_TRUE(v[4].low);
  EXPECT_TRUE(v[5].words[0].negative);
  EXPECT_EQ(v[5].modes.demand, "1053");
  EXPECT_EQ(v[5].modes.appeal, "0253");
  EXPECT_EQ(v[5].modes.intent, "0353");
  EXPECT_EQ(v[5].modes.refuse, "1243");
  EXPECT_TRUE(v[6].words[0].optional);
  EXPECT_FALSE(v[6].words[1].optional);
  EXPECT_EQ(v[6].modes.threat, "1313");
  EXPECT_EQ(v[6].modes.demand, "");
  EXPECT_TRUE(v[7].victim);
  EXPECT_FALSE(v[6].victim);
  EXPECT_EQ(v[7].modes.negated, "");
  EXPECT_EQ(v[8].modes.negated, "112");
}

TEST(PatternLoad, BadLinesAreRejectedWithFileAndLine) {
  Patterns p = FromText(
      "163\timpose sanction\n"        // 1 good
      "999\timpose sanction\n"        // 2 bad code
      "21\tsomething\n"               // 3 root 21
      "163\n"                         // 4 no pattern
      "163\t\n"                       // 5 empty pattern
      "163\timpose (sanction\n"       // 6 unclosed (
      "163\timpose sanction)\n"       // 7 ) without (
      "163\timpose [on VICTIM]\n"     // 8 unknown role
      "163\timpose sanction\n"        // 9 duplicate of line 1
      "163\timpose x\tbogus\n"        // 10 unknown option
      "163\timpose y\tthreat=9x\n"    // 11 bad option code
      "163\ta||b\n"                   // 12 empty alternative
      "163\tnoun:\n"                  // 13 kind without words
      "163\timpose [on TARGET\n"      // 14 unclosed [
      "163\ta\tb\tc\td\n"             // 15 too many fields
      "163\tTARGET impose\n");        // 16 slot as trigger
  EXPECT_EQ(p.size(), 1u);
  std::vector<std::string> where;
  for (const Error& e : p.rejected()) {
    EXPECT_EQ(e.code, ErrorCode::kMalformed);
    where.push_back(e.arg);
  }
  std::vector<std::string> want;
  for (int line = 2; line <= 16; ++line) want.push_back("test.tsv:" + std::to_string(line));
  EXPECT_EQ(where, want);
  EXPECT_NE(p.rejected()[7].message.find("duplicate of test.tsv:1"), std::string::npos);
  EXPECT_NE(p.rejected()[0].ToString().find("test.tsv:2: bad CAMEO code"), std::string::npos);
}

TEST(PatternLoad, BaseFormsAreDerived) {
  // Written in British spelling or inflected, matched through the lemma.
  Patterns p = FromText("055\tapologise\n1125\taccuse of spying\n");
  ASSERT_EQ(p.size(), 2u);
  const auto& t = p.patterns()[0].triggers;
  EXPECT_NE(std::find(t.begin(), t.end(), "apologize"), t.end());
  const auto& w = p.patterns()[1].words[1].lemmas;
  EXPECT_NE(std::find(w.begin(), w.end(), "spy"), w.end());
  Document doc = AnalyzedDoc("Putin apologized. The Kremlin has apologised. They accused him of spying.");
  std::vector<PatternHit> hits;
  p.Match(doc, hits);
  EXPECT_EQ(RenderHits(doc, hits), "apologized=055 | apologised=055 | accused=1125");
}

TEST(PatternLoad, MissingDirectory) {
  auto loaded = Patterns::Load("/nonexistent-riposte-dir");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
}

TEST(PatternLoad, DefaultModes) {
  using internal::DefaultModes;
  EXPECT_EQ(DefaultModes("0841").demand, "1053");
  EXPECT_EQ(DefaultModes("085").demand, "1054");
  EXPECT_EQ(DefaultModes("0871").demand, "1056");
  EXPECT_EQ(DefaultModes("0831").demand, "1041");
  EXPECT_EQ(DefaultModes("073").appeal, "0233");
  EXPECT_EQ(DefaultModes("0612").intent, "0311");  // 061x -> economic
  EXPECT_EQ(DefaultModes("062").intent, "0312");
  EXPECT_EQ(DefaultModes("046").demand, "106");
  EXPECT_EQ(DefaultModes("161").threat, "1313");
  EXPECT_EQ(DefaultModes("163").threat, "1312");
  EXPECT_EQ(DefaultModes("1721").threat, "1321");
  EXPECT_EQ(DefaultModes("1724").threat, "1324");
  EXPECT_EQ(DefaultModes("173").threat, "137");
  EXPECT_EQ(DefaultModes("191").threat, "1381");
  EXPECT_EQ(DefaultModes("195").threat, "1384");
  EXPECT_EQ(DefaultModes("2042").threat, "1385");
  EXPECT_EQ(DefaultModes("111").threat, "");
  EXPECT_EQ(DefaultModes("111").demand, "");
}

TEST(ProjectPatterns, LoadsCleanAndCoversEveryRoot) {
  const Patterns& p = ProjectPatterns();
  for (const Error& e : p.rejected()) ADD_FAILURE() << e.ToString();
  EXPECT_GE(p.size(), 600u);
  std::map<std::string, int> per_root;
  for (const Pattern& pattern : p.patterns()) ++per_root[pattern.cameo.substr(0, 2)];
  for (int root = 1; root <= 20; ++root) {
    char name[3];
    std::snprintf(name, sizeof name, "%02d", root);
    EXPECT_GE(per_root[name], 10) << "root " << name;
  }
}

TEST(ProjectPatterns, EveryCodeIsInTheCameoTable) {
  auto table = CameoTable::Load(DataDir());
  if (!table.ok()) {
    GTEST_SKIP() << "no CAMEO table: " << table.error().ToString();
  }
  for (const Pattern& pattern : ProjectPatterns().patterns()) {
    EXPECT_NE(table.value().Find(pattern.cameo), nullptr) << pattern.rule;
    for (const std::string* mode : {&pattern.modes.appeal, &pattern.modes.intent, &pattern.modes.demand,
                                    &pattern.modes.refuse, &pattern.modes.threat}) {
      if (!mode->empty()) {
        EXPECT_NE(table.value().Find(*mode), nullptr) << pattern.rule << " mode " << *mode;
      }
    }
  }
}

TEST(ProjectPatterns, HitFields) {
  Document doc = AnalyzedDoc("Moscow expelled two Azerbaijani diplomats.");
  std::vector<PatternHit> hits;
  ProjectPatterns().Match(doc, hits);
  ASSERT_EQ(hits.size(), 1u);
  const PatternHit& h = hits[0];
  EXPECT_EQ(h.cameo, "161");
  EXPECT_EQ(doc.Slice(h.span), "expelled two Azerbaijani diplomats");
  EXPECT_EQ(h.clause, 0);
  ASSERT_GE(h.verb, 0);
  EXPECT_EQ(doc.phrases[static_cast<size_t>(h.verb)].kind, PhraseKind::kVerbGroup);
  ASSERT_GE(h.object, 0);
  const Phrase& obj = doc.phrases[static_cast<size_t>(h.object)];
  EXPECT_EQ(doc.Slice(Span{doc.tokens[obj.begin].span.begin, doc.tokens[obj.end - 1].span.end}),
            "two Azerbaijani diplomats");
  EXPECT_FALSE(h.nominal);
  EXPECT_EQ(h.modes.threat, "1313");
  EXPECT_NE(h.rule.find("expel diplomat"), std::string::npos);

  Document nominal = AnalyzedDoc("The arrest of seven Russian citizens by Azerbaijani police angered Moscow.");
  hits.clear();
  ProjectPatterns().Match(nominal, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].nominal);
  EXPECT_EQ(hits[0].verb, -1);
  EXPECT_EQ(hits[0].cameo, "173");
  EXPECT_EQ(nominal.Slice(hits[0].span), "arrest");
}

// Speed over the demo articles (reported, not asserted beyond a sanity floor).
}  // namespace
}  // namespace riposte::events
