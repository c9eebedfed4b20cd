// Tests of disputes.cc's pools (internal/dispute_pool.cc): the claims of
// clusters the clustering kept apart, compared together -- the facets of
// one incident for its tolls, a denial with the reports around it for
// whether the act happened, a refusal with the act refused; on hand-built
// claims.
#include <gtest/gtest.h>

#include "reconcile/disputes_test_util.h"
#include "reconcile/internal/incident.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

using test_util::Figure;
using test_util::Of;
using test_util::World;

// The downing (cluster 0) and the killing (cluster 1) reported together by
// documents 0 and 1: their tolls are compared.
TEST(FindDisputes, CasualtyCountsPoolFacetsOfOneIncident) {
  World w;
  w.Add("2024-12-26", "killed", Figure("38", "38"));
  w.Add("2024-12-27", "killed", Figure("38", "38"));
  w.Add("2025-07-02", "killed", Figure("67 people died", "67"));
  for (size_t d : {0, 1}) {  // the downing, told by documents 0 and 1 too
    Mention m;
    m.doc = d;
    w.mentions.push_back(m);
  }
  w.clusters.resize(2);
  w.clusters[0].id = "downing";
  w.clusters[0].plover = "ASSAULT";
  w.clusters[0].date = "2024-12-25";
  w.clusters[0].mentions = {2, 3, 4};
  w.clusters[0].docs = {2, 0, 1};
  w.clusters[1].id = "killing";
  w.clusters[1].plover = "ASSAULT";
  w.clusters[1].date = "2024-12-26";
  w.clusters[1].mentions = {0, 1};
  w.clusters[1].docs = {0, 1};
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cluster, std::optional<size_t>(0));
  EXPECT_TRUE(w.clusters[0].disputed);
  EXPECT_TRUE(w.clusters[1].disputed);
  // Another category, or one document only in common: kept apart.
  w.clusters[1].plover = "COERCE";
  w.clusters[0].disputed = w.clusters[1].disputed = false;
  EXPECT_TRUE(w.Run().empty());
  w.clusters[1].plover = "ASSAULT";
  w.clusters[0].docs = {2, 0};
  EXPECT_TRUE(w.Run().empty());
}

// A date read from an incident's name ("the July 7 crisis") joins the
// incident's casualty pool by anchors; of its facets, the one the reports
// date (the downing), not the pool's first (the killing, dated by none).
TEST(FindDisputes, DatedNameJoinsTheFacetTheReportsDate) {
  World w;
  w.Add("2024-12-26", "killed", Figure("38", "38"));
  w.Add("2024-12-27", "killed", Figure("38", "38"));
  w.Add("2024-12-27", "date", Of(DisputeValue::Kind::kDate, "2024-12-25"));
  w.Add("2025-07-20", "date", Of(DisputeValue::Kind::kDate, "2025-07-07", "about"));
  for (size_t c : {0, 1}) w.claims[c].anchors = {"grozny", "~aircraft"};
  Claim& named = w.claims[3];
  named.mention.reset();
  named.topic = std::string(internal::kDatedNameTopic);
  named.anchors = {"grozny", "~aircraft"};
  for (size_t d : {0, 1}) {  // the downing, told by documents 0 and 1 too
    Mention m;
    m.doc = d;
    w.mentions.push_back(m);
  }
  w.clusters.resize(2);
  w.clusters[0].id = "killing";
  w.clusters[0].plover = "ASSAULT";
  w.clusters[0].date = "2024-12-26";
  w.clusters[0].mentions = {0, 1};
  w.clusters[0].docs = {0, 1};
  w.clusters[1].id = "downing";
  w.clusters[1].plover = "ASSAULT";
  w.clusters[1].date = "2024-12-25";
  w.clusters[1].mentions = {2, 4, 5};
  w.clusters[1].docs = {2, 0, 1};
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].attribute, "date");
  EXPECT_EQ(d[0].cluster, std::optional<size_t>(1));
  ASSERT_EQ(d[0].values.size(), 2u);
  EXPECT_EQ(d[0].values[1].normalized, "2025-07-07");
}

// "Has not paid compensation" (May) and "has begun paying" (October): one
// code between the same countries, in two clusters.
TEST(FindDisputes, HappenedPoolsTheSameActBetweenTheSameCountries) {
  World w;
  w.Add("2025-05-09", "happened", Of(DisputeValue::Kind::kBool, "false"));
  w.Add("2025-10-20", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.clusters.resize(2);
  for (size_t c = 0; c < 2; ++c) {
    w.clusters[c].id = std::to_string(c);
    w.clusters[c].cameo = "071";
    w.clusters[c].source = "RUSGOV";
    w.clusters[c].mentions = {c};
  }
  w.clusters[0].target = "AZEGOV";
  w.clusters[1].target = "AZEBUS";
  w.clusters[0].date = "2025-05-12";
  w.clusters[1].date = "2025-10-09";
  w.mentions[0].event.mode = "negated";  // "has not paid compensation"
  w.mentions[1].event.mode = "asserted";
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "revision");
  EXPECT_EQ(d[0].values[0].normalized, "false");
  w.clusters[1].date = "2027-10";  // two years on: another act
  EXPECT_TRUE(w.Run().empty());
  w.clusters[1].date = "2025-10-09";
  w.clusters[1].target = "";  // one side unknown: not the same act
  EXPECT_TRUE(w.Run().empty());
}

// Acts of one kind a year apart are separate acts: without a denial between
// them, their claims are never pooled; a denial pools with the nearest
// report before it and the nearest after it only.
TEST(FindDisputes, OnlyADenialPoolsAndWithItsNearestReports) {
  World w;
  w.Add("2025-01-10", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.Add("2025-03-10", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.Add("2025-05-10", "happened", Of(DisputeValue::Kind::kBool, "false"));
  w.Add("2025-07-10", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.Add("2025-09-10", "happened", Of(DisputeValue::Kind::kBool, "true"));
  const char* dates[] = {"2025-01-08", "2025-03-08", "2025-05-08", "2025-07-08", "2025-09-08"};
  w.clusters.resize(5);
  for (size_t c = 0; c < 5; ++c) {
    w.clusters[c].id = std::to_string(c);
    w.clusters[c].cameo = "173";
    w.clusters[c].source = "RUSCOP";
    w.clusters[c].target = "AZECVL";
    w.clusters[c].date = dates[c];
    w.clusters[c].mentions = {c};
    w.mentions[c].event.mode = c == 2 ? "negated" : "asserted";
  }
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  ASSERT_EQ(d[0].values.size(), 2u);
  std::vector<size_t> docs;
  for (const DisputeValue& v : d[0].values) docs.insert(docs.end(), v.docs.begin(), v.docs.end());
  std::sort(docs.begin(), docs.end());
  EXPECT_EQ(docs, (std::vector<size_t>{1, 2, 3}));  // March, the May denial, July
  w.clusters[2].source = "RUSMED";  // the media "did not" arrest: another doer
  EXPECT_TRUE(w.Run().empty());
  w.clusters[2].source = "RUS";  // a doer named by country alone may be the police
  EXPECT_EQ(w.Run().size(), 1u);
  w.mentions[2].event.mode = "asserted";  // no denial: five arrests, no dispute
  EXPECT_TRUE(w.Run().empty());
}

// "The Kremlin had refused to apologise" is a "no" about the apology.
TEST(FindDisputes, ARefusalIsANoAboutTheRefusedAct) {
  World w;
  w.Add("2024-12-28", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.Add("2024-12-30", "happened", Of(DisputeValue::Kind::kBool, "true"));
  w.Add("2025-10-20", "happened", Of(DisputeValue::Kind::kBool, "false"));
  for (Mention& m : w.mentions) {
    m.event.mode = "asserted";
    m.event.rule = "patterns.tsv:314 apologize [to TARGET]";
    m.event.source = store::StoredActor{"RUSGOV", "RUS", Span{}, false};
    m.event.target = store::StoredActor{"AZEGOV", "AZE", Span{}, false};
  }
  w.mentions[2].event.rule += " (refusal)";
  w.clusters.resize(2);
  w.clusters[0].id = "apology";
  w.clusters[0].cameo = "055";
  w.clusters[0].mentions = {0, 1};
  w.clusters[1].id = "refusal";
  w.clusters[1].cameo = "120";
  w.clusters[1].mentions = {2};
  for (ClusteredEvent& c : w.clusters) {
    c.source = "RUSGOV";
    c.target = "AZEGOV";
    c.date = "2024-12-28";
  }
  std::vector<Dispute> d = w.Run();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cluster, std::optional<size_t>(0));
  EXPECT_EQ(d[0].values[1].normalized, "false");
  EXPECT_EQ(d[0].values[1].docs, std::vector<size_t>{2});
  // No report of the act itself: the refusal alone disputes nothing.
  w.mentions[0].event.rule = w.mentions[1].event.rule = "patterns.tsv:99 express regret";
  EXPECT_TRUE(w.Run().empty());
}

}  // namespace
}  // namespace riposte::reconcile
