// Tests of reconcile.cc: the coder's Event as a Mention, the clustered event
// and dispute JSON contracts (DESIGN.md), and Reconcile end to end on
// hand-built mentions.
#include "reconcile/reconcile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "events/events.h"

namespace riposte::reconcile {
namespace {

Document Doc(std::string id, std::string text, std::string outlet = "", std::string date = "") {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.outlet.value = std::move(outlet);
  d.date.value = std::move(date);
  return d;
}

TEST(MentionOf, CopiesTheContractFields) {
  events::Event e;
  e.id = "abc";
  e.sentence = 2;
  e.span = Span{10, 40};
  e.date = e.date_start = e.date_end = "2025-06-30";
  e.date_precision = "day";
  e.source = events::EventActor{"AZECOP", Span{10, 28}, false};
  e.target = events::EventActor{"RUSMED", Span{30, 38}, true};
  e.cameo = "173";
  e.plover = "COERCE";
  e.goldstein = -5;
  e.mode = events::Mode::kNegated;
  e.quantities.push_back(events::Quantity{"detained", 7, "exact", Span{20, 25}});
  e.attributed_to = events::Attribution{"AZEGOV", Span{0, 5}};
  const Mention m = MentionOf(e, 3);
  EXPECT_EQ(m.doc, 3u);
  EXPECT_EQ(m.event.id, "abc");
  EXPECT_EQ(m.event.mode, "negated");
  ASSERT_TRUE(m.event.source && m.event.target && m.event.attributed_to);
  EXPECT_EQ(m.event.source->country, "AZE");
  EXPECT_TRUE(m.event.target->implicit);
  EXPECT_EQ(m.event.attributed_to->code, "AZEGOV");
  ASSERT_EQ(m.event.quantities.size(), 1u);
  EXPECT_EQ(m.event.quantities[0].value, 7);
  EXPECT_EQ(m.event.sentence, 2);
}

TEST(ClusterJson, HasTheContractKeysInOrder) {
  std::vector<Document> docs = {Doc("031", "Police detained seven people.", "Wire A"),
                                Doc("034", "Police detained nine people.", "Wire B")};
  std::vector<Mention> mentions(2);
  mentions[0].doc = 0, mentions[0].event.id = "m0";
  mentions[1].doc = 1, mentions[1].event.id = "m1";
  ClusteredEvent c;
  c.id = "c1";
  c.mentions = {0, 1};
  c.docs = {0, 1};
  c.date = c.date_start = c.date_end = "2025-06-27";
  c.date_precision = "day";
  c.source = "RUSCOP";
  c.cameo = "173";
  c.plover = "COERCE";
  c.goldstein = -5;
  c.independent_sources = 2;
  c.disputed = true;
  const std::string json = ClusterJson(c, docs, mentions);
  const auto j = nlohmann::json::parse(json);
  // nlohmann sorts object keys: check presence here, order on the raw text.
  for (const char* key : {"id", "date", "date_range", "source", "target", "cameo", "plover", "goldstein", "mentions",
                          "docs", "outlets", "independent_sources", "disputed"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_LT(json.find("\"id\""), json.find("\"date\""));
  EXPECT_LT(json.find("\"mentions\""), json.find("\"independent_sources\""));
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_EQ(j["mentions"], nlohmann::json({"m0", "m1"}));
  EXPECT_EQ(j["outlets"], nlohmann::json({"Wire A", "Wire B"}));
  EXPECT_EQ(j["date_range"], nlohmann::json({"2025-06-27", "2025-06-27"}));
  EXPECT_EQ(j["independent_sources"], 2);
  EXPECT_EQ(j["disputed"], true);
}

TEST(DisputeJson, QuotesAreCutFromTheTextAndNumbersStayNumbers) {
  std::vector<Document> docs = {Doc("031", "Police detained seven people."),
                                Doc("034", "Police detained nine people.")};
  std::vector<ClusteredEvent> clusters(1);
  clusters[0].id = "c1";
  clusters[0].source = "RUSCOP";
  clusters[0].target = "AZECVL";
  clusters[0].cameo = "173";
  clusters[0].plover = "COERCE";
  Dispute d;
  d.id = "d1";
  d.cluster = 0;
  d.topic = "detained";
  d.attribute = "detained";
  d.kind = "contradiction";
  DisputeValue seven{"seven", "7", DisputeValue::Kind::kNumber, "exact", {0}, {"RUSGOV"}, {Quote{0, Span{16, 28}}}};
  DisputeValue nine{"nine", "9", DisputeValue::Kind::kNumber, "exact", {1}, {}, {Quote{1, Span{16, 27}}}};
  d.values = {seven, nine};
  const auto j = nlohmann::json::parse(DisputeJson(d, clusters, docs, {}));
  EXPECT_EQ(j["event"]["id"], "c1");
  EXPECT_EQ(j["event"]["source"], "RUSCOP");
  EXPECT_EQ(j["event"]["plover"], "COERCE");
  EXPECT_EQ(j["attribute"], "detained");
  ASSERT_EQ(j["values"].size(), 2u);
  EXPECT_EQ(j["values"][0]["normalized"], 7);
  EXPECT_EQ(j["values"][0]["claimed_by"], nlohmann::json({"RUSGOV"}));
  EXPECT_EQ(j["values"][0]["quotes"][0]["text"], "seven people");
  EXPECT_EQ(j["values"][1]["quotes"][0]["doc"], "034");
  EXPECT_EQ(j["values"][1]["quotes"][0]["span"], nlohmann::json({16, 27}));

  d.cluster.reset();  // a standalone claim
  DisputeValue yes{"yes", "true", DisputeValue::Kind::kBool, "exact", {0}, {}, {}};
  d.values = {yes};
  const auto standalone = nlohmann::json::parse(DisputeJson(d, clusters, docs, {}));
  EXPECT_TRUE(standalone["event"].is_null());
  EXPECT_EQ(standalone["values"][0]["normalized"], true);
}

TEST(Reconcile, CopiesCountAsOneIndependentSource) {
  const std::string story =
      "Police in the capital detained seven foreign journalists on Monday after raiding the office of a news "
      "agency, the interior ministry said in a statement that gave no reason for the arrests or the raid.";
  std::vector<Document> docs = {Doc("a", story, "Wire A", "2025-06-30"), Doc("b", story, "Paper B", "2025-07-01")};
  std::vector<Mention> mentions(2);
  for (size_t i = 0; i < 2; ++i) {
    mentions[i].doc = i;
    auto& e = mentions[i].event;
    e.id = "m" + std::to_string(i);
    e.span = Span{0, static_cast<Offset>(story.size())};
    e.date = e.date_start = e.date_end = "2025-06-30";
    e.date_precision = "day";
    e.source = store::StoredActor{"XXXCOP", "XXX", Span{0, 6}, false};
    e.target = store::StoredActor{"YYYMED", "YYY", Span{40, 50}, false};
    e.cameo = "173";
    e.plover = "COERCE";
  }
  const Reconciled r = Reconcile(docs, mentions);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.source_of[1], 0u);
  ASSERT_EQ(r.clusters.size(), 1u);
  EXPECT_EQ(r.clusters[0].mentions.size(), 2u);
  EXPECT_EQ(r.clusters[0].independent_sources, 1u);
}

}  // namespace
}  // namespace riposte::reconcile
