// Tests of internal/claim_cause.cc and the cause parts of values.cc and
// disputes.cc (issue 7, point 3: "collect each attribute's values across
// reports ... cause"): cause claims from short news sentences of our own,
// analysed and coded as `riposte code` does; their attachment to the act;
// the class table; cause disputes between documents; abstentions.
#include <gtest/gtest.h>

#include "actors/actors.h"
#include "events/events.h"
#include "reconcile/disputes_test_util.h"
#include "reconcile/internal/claim_cause.h"
#include "reconcile/internal/dispute_pool.h"
#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::reconcile {
namespace {

Document Coded(const std::string& text, size_t index, std::vector<Mention>& mentions,
               const std::string& date = "2024-12-27", const std::string& id = "d") {
  return test_util::Coded(text, index, mentions, date, id);
}

struct Analysed {
  std::vector<Document> docs;
  std::vector<Mention> mentions;
  std::vector<Claim> claims;
};

Analysed CausesOf(const std::string& text) {
  Analysed a;
  a.docs.push_back(Coded(text, 0, a.mentions));
  for (Claim& c : ExtractClaims(a.docs, 0, a.mentions))
    if (c.attribute == "cause") a.claims.push_back(std::move(c));
  return a;
}

std::string QuoteOf(const Analysed& a, const Claim& c) {
  return c.value.quotes.empty() ? "" : std::string(a.docs[c.doc].Slice(c.value.quotes[0].span));
}

class CauseClaimsTest : public test_util::KitTest {};

// The violent act every extraction case opens with.
constexpr const char* kDowning = "Russian air defences shot down the Azerbaijani airliner near Grozny. ";

TEST_F(CauseClaimsTest, TriggerForms) {
  struct Case {
    std::string second, normalized, quote;
  };
  const std::vector<Case> cases = {
      {"The damage was caused by foreign objects, the commission said.", "foreign object",
       "caused by foreign objects"},
      {"The crew diverted after a bird strike caused an emergency on board.", "bird strike",
       "a bird strike caused an emergency"},
      {"Investigators said a technical malfunction was partly to blame.", "technical malfunction",
       "a technical malfunction was partly to blame"},
      {"Officials in Moscow blamed fog for the crash.", "fog", "blamed fog"},
      {"Experts said the crash was the result of a gas cylinder explosion.", "gas cylinder",
       "result of a gas cylinder explosion"},
      {"Kazakh officials attributed the crash to engine failure.", "engine failure",
       "attributed the crash to engine failure"},
      {"Aliyev said the aircraft was hit from the ground.", "ground fire", "hit from the ground"},
      {"The crash was due to a missile, officials said.", "missile", "due to a missile"},
      {"The fuselage was struck by shrapnel.", "shrapnel", "struck by shrapnel"},
  };
  for (const Case& k : cases) {
    Analysed a = CausesOf(std::string(kDowning) + k.second);
    const Claim* found = nullptr;
    for (const Claim& c : a.claims)
      if (c.value.normalized == k.normalized) found = &c;
    ASSERT_NE(found, nullptr) << k.second;
    EXPECT_EQ(QuoteOf(a, *found), k.quote) << k.second;
    EXPECT_EQ(found->value.kind, DisputeValue::Kind::kName);
    EXPECT_EQ(found->value.qualifier, "exact") << k.second;
    ASSERT_TRUE(found->mention.has_value());
    EXPECT_EQ(a.mentions[*found->mention].event.cameo.substr(0, 2), "19") << k.second;
  }
}

TEST_F(CauseClaimsTest, PassiveAgentAndActiveDowningInTheActsSentence) {
  Analysed a = CausesOf("The airliner was brought down by a Russian air defence system, sources said.");
  ASSERT_EQ(a.claims.size(), 1u);
  EXPECT_EQ(QuoteOf(a, a.claims[0]), "brought down by a Russian air defence system");
  EXPECT_EQ(a.claims[0].value.value, "a Russian air defence system");
  EXPECT_EQ(internal::CauseClass(a.claims[0].value.normalized), "external attack");
  ASSERT_TRUE(a.claims[0].mention.has_value());
  EXPECT_EQ(a.mentions[*a.claims[0].mention].event.sentence, 0);

  Analysed b = CausesOf(kDowning);
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_EQ(QuoteOf(b, b.claims[0]), "Russian air defences shot down");
}

TEST_F(CauseClaimsTest, CausesOfDeathInCustody) {
  const std::string killing = "Russian police killed two Azerbaijani men in Yekaterinburg. ";
  struct Case {
    std::string second, normalized;
  };
  const std::vector<Case> cases = {
      {"Investigators said one of them died of heart failure.", "heart failure"},
      {"Moscow insisted the men had died of natural causes.", "natural cause"},
      {"A forensic examination found that the bodies showed signs of torture.", "torture"},
      {"Autopsies showed the two men died from severe beatings.", "beating"},
      {"Investigators said one of the two men who died had suffered heart failure.", "heart failure"},
      {"A forensic examination of their bodies found injuries consistent with beatings.", "beating"},
  };
  for (const Case& k : cases) {
    Analysed a = CausesOf(killing + k.second);
    ASSERT_EQ(a.claims.size(), 1u) << k.second;
    EXPECT_EQ(a.claims[0].value.normalized, k.normalized) << k.second;
    ASSERT_TRUE(a.claims[0].mention.has_value());
    // The killing, or a violent act the cause's own sentence reports.
    const store::StoredEvent& act = a.mentions[*a.claims[0].mention].event;
    EXPECT_TRUE(act.sentence == 0 || act.sentence == 1) << k.second;
    EXPECT_TRUE(act.cameo.substr(0, 2) >= "18" && act.cameo.substr(0, 2) <= "20") << k.second << " " << act.cameo;
  }
}

TEST_F(CauseClaimsTest, HedgedCauseIsAboutAndSpeakerClaimsIt) {
  Analysed a = CausesOf(std::string(kDowning) + "The Kremlin said a bird strike may have caused the crash.");
  ASSERT_EQ(a.claims.size(), 2u);  // the downing's agent, then the bird strike
  const Claim& c = a.claims[1];
  EXPECT_EQ(c.value.normalized, "bird strike");
  EXPECT_EQ(c.value.qualifier, "about");
  ASSERT_EQ(c.value.claimed_by.size(), 1u);
  EXPECT_EQ(c.value.claimed_by[0].substr(0, 3), "RUS");
}

TEST_F(CauseClaimsTest, Abstentions) {
  for (const std::string& text : std::vector<std::string>{
           // Not an outcome: a stir, indignation.
           std::string(kDowning) + "The news caused a stir in Baku.",
           // No violent or coercive act anywhere near.
           std::string("The concert in Baku was cancelled because of the weather."),
           std::string("Officials met in Baku. The meeting was postponed due to fog."),
           // Negated.
           std::string(kDowning) + "The Kremlin did not say a missile was to blame.",
           std::string(kDowning) + "Moscow denied that a missile caused the crash.",
           // "suffered" names a medical cause only; injuries are the outcome.
           std::string(kDowning) + "Several passengers who later died suffered injuries.",
           // A weak trigger with a cause the table does not know.
           std::string(kDowning) + "The crash happened because of arrogance.",
       }) {
    Analysed a = CausesOf(text);
    size_t unexpected = 0;
    for (const Claim& c : a.claims) unexpected += QuoteOf(a, c) != "Russian air defences shot down";
    EXPECT_EQ(unexpected, 0u) << text;
  }
}

TEST_F(CauseClaimsTest, AnArrestFarBackIsNoAct) {
  Analysed a = CausesOf(
      "Russian police detained seven Azerbaijanis in Moscow. The embassy protested. Officials met in Baku. "
      "Talks continued on Monday. The ministers spoke again. A man later died of heart failure.");
  EXPECT_TRUE(a.claims.empty());
}

// ---- compatibility and pools, no text analysis ----

DisputeValue Cause(const std::string& normalized) {
  DisputeValue v;
  v.value = v.normalized = normalized;
  v.kind = DisputeValue::Kind::kName;
  return v;
}

TEST(CauseValues, ClassTable) {
  EXPECT_EQ(internal::CauseClass("air defense"), "external attack");
  EXPECT_EQ(internal::CauseClass("russian air defence system"), "external attack");
  EXPECT_EQ(internal::CauseClass("technical malfunction"), "technical");
  EXPECT_EQ(internal::CauseClass("bird strike"), "nature");
  EXPECT_EQ(internal::CauseClass("gas cylinder"), "explosion on board");
  EXPECT_EQ(internal::CauseClass("beating"), "violence");
  EXPECT_EQ(internal::CauseClass("heart failure"), "medical");
  EXPECT_EQ(internal::CauseClass("arrogance"), "");
  EXPECT_EQ(internal::CauseClass("birdsong"), "");  // whole words only
  EXPECT_EQ(internal::CauseKey("russian air defence system"), "air defence");
}

TEST(CauseValues, Compatibility) {
  using internal::CausesCompatible;
  EXPECT_TRUE(CausesCompatible(Cause("missile"), Cause("air defense")));
  EXPECT_TRUE(CausesCompatible(Cause("foreign object"), Cause("ground fire")));
  EXPECT_TRUE(CausesCompatible(Cause("explosion"), Cause("gas cylinder explosion")));
  EXPECT_TRUE(CausesCompatible(Cause("arrogance"), Cause("missile")));  // unknown: nothing to contradict
  EXPECT_FALSE(CausesCompatible(Cause("bird strike"), Cause("missile strike")));
  EXPECT_FALSE(CausesCompatible(Cause("heart failure"), Cause("beating")));
  EXPECT_FALSE(CausesCompatible(Cause("technical malfunction"), Cause("air defense")));
  EXPECT_FALSE(CausesCompatible(Cause("gas cylinder"), Cause("bird strike")));
}

std::vector<ClusteredEvent> Dated(const std::vector<std::string>& days) {
  std::vector<ClusteredEvent> clusters(days.size());
  for (size_t c = 0; c < days.size(); ++c) {
    clusters[c].date = days[c];
    clusters[c].date_precision = "day";
  }
  return clusters;
}

TEST(CauseValues, PoolJoinsCasualtyAndSameActPools) {
  // 0-1 facets of one incident, 1-3 the act and its retelling ten months
  // later; 2 apart.
  const std::vector<ClusteredEvent> clusters = Dated({"2024-12-25", "2024-12-26", "2025-03-01", "2025-10-09"});
  EXPECT_EQ(internal::PoolCauseClusters(clusters, {0, 0, 2, 3}, {0, 1, 2, 1}), (std::vector<size_t>{0, 0, 2, 0}));
  // Four acts of one kind between two countries on four days: strangers.
  EXPECT_EQ(internal::PoolCauseClusters(Dated({"2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"}),
                                        {0, 1, 2, 3}, {0, 0, 0, 0}),
            (std::vector<size_t>{0, 1, 2, 3}));
}

// Hand-built: documents' cause claims about one cluster of an attack.
struct CauseWorld : test_util::World {
  void Add(const std::string& normalized) { World::Add("2024-12-27", "cause", Cause(normalized)); }
  std::vector<Dispute> Run() {
    OneCluster();
    clusters[0].plover = "ASSAULT";
    return World::Run();
  }
};

TEST(CauseDisputes, DifferentClassesDisagreeSameClassMerges) {
  CauseWorld w;
  w.Add("air defense");
  w.Add("bird strike");
  w.Add("missile");
  w.Add("arrogance");  // unknown: left out
  std::vector<Dispute> disputes = w.Run();
  ASSERT_EQ(disputes.size(), 1u);
  const Dispute& d = disputes[0];
  EXPECT_EQ(d.attribute, "cause");
  EXPECT_EQ(d.kind, "contradiction");
  ASSERT_EQ(d.values.size(), 2u);
  EXPECT_EQ(d.values[0].normalized, "air defense");
  EXPECT_EQ(d.values[0].docs, (std::vector<size_t>{0, 2}));
  EXPECT_EQ(d.values[1].normalized, "bird strike");
  EXPECT_TRUE(w.clusters[0].disputed);
}

TEST(CauseDisputes, OneClassNoDispute) {
  CauseWorld w;
  w.Add("air defense");
  w.Add("foreign object");
  w.Add("explosion");
  EXPECT_TRUE(w.Run().empty());
}

// End to end: two reports of one downing naming causes of different classes.
TEST_F(CauseClaimsTest, DisputeBetweenTwoDocuments) {
  std::vector<Mention> mentions;
  std::vector<Document> docs;
  docs.push_back(Coded("Russian air defences shot down the Azerbaijani airliner near Grozny on December 25, 2024.",
                       0, mentions, "2024-12-26", "a"));
  docs.push_back(Coded("Russian air defences shot down the Azerbaijani airliner near Grozny on December 25, 2024. "
                       "Officials said a technical malfunction was to blame for the crash.",
                       1, mentions, "2024-12-27", "b"));
  Reconciled r = Reconcile(docs, mentions);
  const Dispute* cause = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "cause") cause = &d;
  ASSERT_NE(cause, nullptr);
  ASSERT_EQ(cause->values.size(), 2u);
  EXPECT_EQ(internal::CauseClass(cause->values[0].normalized), "external attack");
  EXPECT_EQ(cause->values[1].normalized, "technical malfunction");
  EXPECT_EQ(cause->values[1].docs, std::vector<size_t>{1});
}

}  // namespace
}  // namespace riposte::reconcile
