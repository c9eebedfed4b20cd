// Tests of disputes.cc and internal/values.cc (issue 7, points 3-4): the
// compatibility of figures with qualifiers, dates, places and yes/no; when
// values make a dispute and which kind (contradiction, revision,
// reporting_error); merging, quotes, claimed_by, ids and order, on
// hand-built claims.
#include <gtest/gtest.h>

#include "reconcile/disputes_test_util.h"
#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

using test_util::Figure;
using test_util::Of;
using test_util::World;

TEST(Values, FigureCompatibilityTable) {
  struct Case {
    DisputeValue a, b;
    bool compatible;
  };
  const std::vector<Case> cases = {
      {Figure("38", "38"), Figure("38 people", "38"), true},
      {Figure("at least 38", "38", "at_least"), Figure("38", "38"), true},
      {Figure("at least 38", "38", "at_least"), Figure("45", "45"), true},
      {Figure("at least 38", "38", "at_least"), Figure("67", "67"), false},
      {Figure("38", "38"), Figure("67", "67"), false},
      {Figure("about 40", "40", "about"), Figure("38", "38"), true},
      {Figure("about 40", "40", "about"), Figure("50", "50"), false},
      {Figure("almost 50", "50", "about"), Figure("48", "48"), true},
      {Figure("almost 50", "50", "about"), Figure("52", "52"), false},
      {Figure("close to 50", "50", "about"), Figure("almost 50", "50", "about"), true},
      {Figure("up to 3 million", "3000000", "at_most"), Figure("about 2 million", "2000000", "about"), false},
      {Figure("over three million", "3000000", "more_than"), Figure("around 600,000", "600000", "about"), false},
      {Figure("more than 20", "20", "more_than"), Figure("24", "24"), true},
      {Figure("fewer than 10", "10", "fewer_than"), Figure("9", "9"), true},
      {Figure("several", ""), Figure("five", "5"), true},
      {Figure("several", ""), Figure("almost 50", "50", "about"), false},
      {Figure("dozens", ""), Figure("six", "6"), false},
      {Figure("dozens", ""), Figure("almost 50", "50", "about"), true},
      {Figure("many", ""), Figure("six", "6"), true},  // no figure: nothing to contradict
  };
  for (const Case& c : cases) {
    EXPECT_EQ(internal::ValuesCompatible(c.a, c.b), c.compatible) << c.a.value << " vs " << c.b.value;
    EXPECT_EQ(internal::ValuesCompatible(c.b, c.a), c.compatible) << c.b.value << " vs " << c.a.value;
  }
}

TEST(Values, DatesPlacesAndYesNo) {
  using K = DisputeValue::Kind;
  EXPECT_TRUE(internal::ValuesCompatible(Of(K::kDate, "2024-12"), Of(K::kDate, "2024-12-25")));
  EXPECT_TRUE(internal::ValuesCompatible(Of(K::kDate, "2024"), Of(K::kDate, "2024-12-25")));
  EXPECT_FALSE(internal::ValuesCompatible(Of(K::kDate, "2024-12"), Of(K::kDate, "2025-07-07")));
  EXPECT_FALSE(internal::ValuesCompatible(Of(K::kDate, "2025-06-27"), Of(K::kDate, "2025-06-30")));
  // A date reckoned from "on Friday" may be a few days off.
  EXPECT_TRUE(internal::ValuesCompatible(Of(K::kDate, "2025-06-27", "about"), Of(K::kDate, "2025-06-30")));
  EXPECT_TRUE(internal::ValuesCompatible(Of(K::kName, "rus"), Of(K::kName, "rusmil")));
  EXPECT_FALSE(internal::ValuesCompatible(Of(K::kName, "kaz"), Of(K::kName, "rus")));
  EXPECT_FALSE(internal::ValuesCompatible(Of(K::kBool, "true"), Of(K::kBool, "false")));
  EXPECT_TRUE(internal::ValuesCompatible(Of(K::kBool, "true"), Of(K::kBool, "true")));
}

TEST(Values, FormatNumber) {
  EXPECT_EQ(internal::FormatNumber(2e6), "2000000");
  EXPECT_EQ(internal::FormatNumber(3.5), "3.5");
}


TEST(FindDisputes, ContradictionKeepsOnlyTheDisagreeingValuesMerged) {
  World w;
  w.Add("2025-06-28", "detained", Figure("six", "6"), "RUSJUD");
  w.Add("2025-06-28", "detained", Figure("almost 50", "50", "about"), "AZECVL");
  w.Add("2025-06-30", "detained", Figure("nine", "9"), "RUSJUD");
  w.Add("2025-06-30", "detained", Figure("close to 50", "50", "about"), "AZEMED");
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "contradiction");
  EXPECT_EQ(d[0].attribute, "detained");
  ASSERT_TRUE(d[0].cluster.has_value());
  EXPECT_TRUE(w.clusters[0].disputed);
  ASSERT_EQ(d[0].values.size(), 3u);  // six, almost 50 (+ close to 50), nine
  EXPECT_EQ(d[0].values[1].normalized, "50");
  EXPECT_EQ(d[0].values[1].docs, (std::vector<size_t>{1, 3}));
  EXPECT_EQ(d[0].values[1].claimed_by, (std::vector<std::string>{"AZECVL", "AZEMED"}));
  EXPECT_EQ(d[0].values[1].quotes.size(), 2u);
  EXPECT_NE(d[0].topic.find("detained"), std::string::npos);
}

TEST(FindDisputes, NoDisputeForCompatibleValues) {
  World w;
  w.Add("2024-12-26", "killed", Figure("at least 38", "38", "at_least"));
  w.Add("2024-12-27", "killed", Figure("38", "38"));
  w.Add("2024-12-28", "killed", Figure("about 40", "40", "about"));
  w.OneCluster();
  EXPECT_TRUE(w.Run().empty());
  EXPECT_FALSE(w.clusters[0].disputed);
}

TEST(FindDisputes, ChainsOfLooseAgreementDoNotMergeDisagreements) {
  World w;  // about 40 fits 37 and 43, which do not fit each other
  w.Add("2025-01-01", "killed", Figure("about 40", "40", "about"));
  w.Add("2025-01-01", "killed", Figure("37", "37"));
  w.Add("2025-01-01", "killed", Figure("43", "43"));
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].values.size(), 2u);
}

TEST(FindDisputes, RevisionWhenOrderedInTime) {
  World w;
  w.Add("2024-12-25", "survivors", Figure("32", "32"));
  w.Add("2024-12-26", "survivors", Figure("29", "29"));
  w.Add("2024-12-30", "survivors", Figure("29", "29"));
  w.Add("2025-02-25", "survivors", Figure("29", "29"));
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "revision");
}

// Who was targeted: "an organised criminal group" in one report, "homes of
// Azerbaijanis" in another, compared by framing class, apart from who did it.
TEST(FindDisputes, TargetFramingIsItsOwnFacetOfActor) {
  World w;
  w.Add("2025-06-28", "actor", Of(DisputeValue::Kind::kName, "armed or criminal"));
  w.Add("2025-06-28", "actor", Of(DisputeValue::Kind::kName, "civilians"));
  w.Add("2025-06-28", "actor", Of(DisputeValue::Kind::kName, "ruscop"));
  for (size_t i = 0; i < 2; ++i) {
    w.claims[i].topic = "target";
    w.claims[i].topic_text = "who was targeted";
  }
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].attribute, "actor");
  EXPECT_NE(d[0].topic.find("who was targeted"), std::string::npos);
  EXPECT_EQ(d[0].values.size(), 2u);
  w.claims[1].value.normalized = "armed or criminal";  // both frame them alike
  EXPECT_TRUE(w.Run().empty());
}

// "Six", says Russia's Investigative Committee on the 28th; "nearly 50", say
// Azerbaijani media on the 29th: the parties disagree, it is no update.
TEST(FindDisputes, OpposingClaimantsContradictWhateverTheOrder) {
  World w;
  w.Add("2025-06-28", "detained", Figure("six", "6"), "RUSJUD");
  w.Add("2025-06-29", "detained", Figure("nearly 50", "50"), "AZEMED");
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "contradiction");
  w.claims[1].value.claimed_by = {"RUSGOV"};  // one side revising its own figure
  d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "revision");
}

TEST(FindDisputes, ReportingErrorOneSourceAgainstAConsistentMajority) {
  World w;
  w.Add("2024-12-26", "killed", Figure("38", "38"));
  w.Add("2025-07-02", "killed", Figure("67", "67"));
  w.Add("2024-12-30", "killed", Figure("38", "38"));
  w.Add("2025-10-09", "killed", Figure("38", "38"));
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "reporting_error");
  // Syndicated copies of one story are one source: no majority then.
  w.source_of = {0, 1, 0, 0};
  d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "contradiction");
}

TEST(FindDisputes, HappenedRevisionOnlyFromNoToYes) {
  World w;
  w.Add("2025-05-09", "happened", Of(DisputeValue::Kind::kBool, "false"));
  w.Add("2025-10-09", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "revision");
  World v;
  v.Add("2025-05-09", "happened", Of(DisputeValue::Kind::kBool, "true"));
  v.Add("2025-10-20", "happened", Of(DisputeValue::Kind::kBool, "false"));
  v.OneCluster();
  d = v.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "contradiction");
}

TEST(FindDisputes, PlaceAndDateDisputes) {
  World w;
  w.Add("2025-01-01", "place", Of(DisputeValue::Kind::kName, "kaz"));
  w.Add("2025-01-02", "place", Of(DisputeValue::Kind::kName, "rus"));
  w.Add("2025-01-01", "date", Of(DisputeValue::Kind::kDate, "2024-12"));
  w.Add("2025-01-02", "date", Of(DisputeValue::Kind::kDate, "2025-07-07"));
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].attribute, "date");  // attribute order within a cluster
  EXPECT_EQ(d[1].attribute, "place");
}

TEST(FindDisputes, OneDocumentContradictingItselfIsNotReported) {
  World w;
  w.Add("2025-01-01", "killed", Figure("38", "38"));
  w.Add("2025-01-01", "killed", Figure("67", "67"));
  w.claims[1].doc = 0;
  w.claims[1].value.docs = {0};
  w.claims[1].value.quotes[0].doc = 0;
  w.OneCluster();
  EXPECT_TRUE(w.Run().empty());
}

TEST(FindDisputes, SeparateClustersDoNotDispute) {
  World w;
  w.Add("2025-01-01", "killed", Figure("38", "38"));
  w.Add("2025-01-01", "killed", Figure("67", "67"));
  w.clusters.resize(2);
  w.clusters[0].mentions = {0};
  w.clusters[1].mentions = {1};
  EXPECT_TRUE(w.Run().empty());
}

TEST(FindDisputes, StandaloneTopicsLastNeverRevisionsDeterministicIds) {
  World w;
  w.Add("2025-06-28", "killed", Figure("six", "6"));
  w.Add("2025-06-29", "killed", Figure("nine", "9"));
  w.OneCluster();
  for (size_t i = 0; i < 2; ++i) {  // two population figures, days apart
    Claim c;
    c.doc = i;
    c.topic = "population:AZE@RUS";
    c.topic_text = "Azerbaijanis living in Russia";
    c.attribute = "amount";
    c.report_date = i == 0 ? "2025-06-30" : "2025-07-02";
    c.value = i == 0 ? Figure("About 2 million", "2000000", "about") : Figure("up to 3 million", "3000000", "at_most");
    c.value.docs = {i};
    w.claims.push_back(c);
  }
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 2u);
  EXPECT_TRUE(d[0].cluster.has_value());
  EXPECT_FALSE(d[1].cluster.has_value());
  EXPECT_EQ(d[1].topic, "Azerbaijanis living in Russia");
  EXPECT_EQ(d[1].kind, "contradiction");
  std::vector<Dispute> again = w.Run();
  EXPECT_EQ(again[0].id, d[0].id);
  EXPECT_EQ(again[1].id, d[1].id);
  EXPECT_NE(d[0].id, d[1].id);
  EXPECT_EQ(d[1].id.size(), 32u);
}

TEST(FindDisputes, ThreeRevisionsMustMoveOneWay) {
  World w;  // 8, then 2, then 7: ordered in time, but no revision
  w.Add("2025-07-01", "detained", Figure("Eight employees", "8"));
  w.Add("2025-07-02", "detained", Figure("two senior employees", "2"));
  w.Add("2025-10-20", "detained", Figure("seven journalists", "7"));
  w.OneCluster();
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "contradiction");
  World v;  // a toll rising: 10, 25, 40
  v.Add("2025-01-01", "killed", Figure("10", "10"));
  v.Add("2025-01-02", "killed", Figure("25", "25"));
  v.Add("2025-01-03", "killed", Figure("40", "40"));
  v.OneCluster();
  d = v.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "revision");
}

}  // namespace
}  // namespace riposte::reconcile
