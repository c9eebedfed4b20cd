// Tests of internal/incident_refs.cc: where a vehicle came down, and dates
// read from an incident's name, claimed with no coded act and joined to the
// act other reports of the same incident code. Texts of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/internal/incident.h"
#include "reconcile/internal/incident_refs.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class IncidentRefsTest : public test_util::KitTest {};

std::vector<Claim> ClaimsOfTopic(const std::vector<Claim>& claims, std::string_view topic) {
  std::vector<Claim> out;
  for (const Claim& c : claims)
    if (!c.mention && c.topic == topic) out.push_back(c);
  return out;
}

// The act, coded: shot down over one country, crashed in another.
const char* kDowning =
    "On March 3 Russian air defences shot down a Georgian airliner of flight 4410 near Grozny. The plane crashed "
    "in Kazakhstan, killing 30 people.";

TEST_F(IncidentRefsTest, CrashSiteIsReadAfterTheVehiclesCrashVerb) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kDowning, 0, mentions, "2025-03-04")};
  const std::vector<Claim> sites = ClaimsOfTopic(ExtractClaims(docs, 0, mentions), internal::kCrashSiteTopic);
  ASSERT_EQ(sites.size(), 1u);
  EXPECT_EQ(sites[0].attribute, "place");
  EXPECT_EQ(sites[0].value.normalized, "kaz");
  ASSERT_EQ(sites[0].value.quotes.size(), 1u);
  EXPECT_EQ(docs[0].Slice(sites[0].value.quotes[0].span), "crashed in Kazakhstan");
}

TEST_F(IncidentRefsTest, NoCrashSiteWithoutAVehicle) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("Share prices crashed in Kazakhstan after the talks went down in Moscow. Plane tickets "
                       "went down in Russia.",
                       0, mentions, "2025-03-04")};
  EXPECT_TRUE(ClaimsOfTopic(ExtractClaims(docs, 0, mentions), internal::kCrashSiteTopic).empty());
}

TEST_F(IncidentRefsTest, PlaceHeldByADemonymsCountryIsThatCountry) {
  // Past an adjunct ("in thick fog") to the place; "Russian" is coded by
  // the document's own "Russian officials".
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(
      "Russian officials said nothing. A Georgian airliner crashed in thick fog at a Russian-held airstrip.", 0,
      mentions, "2025-03-04")};
  const std::vector<Claim> sites = ClaimsOfTopic(ExtractClaims(docs, 0, mentions), internal::kCrashSiteTopic);
  ASSERT_EQ(sites.size(), 1u);
  EXPECT_EQ(sites[0].value.normalized, "rus");
}

TEST_F(IncidentRefsTest, CrashSiteIsNoDisputeWithThePlaceOfTheAttack) {
  // Shot down near Grozny (Russia), came down in Kazakhstan: two facts.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded(kDowning, 0, mentions, "2025-03-04", "a"),
      test_util::Coded("Russian air defences shot down the Georgian airliner of flight 4410 near Grozny on March 3. "
                       "The jet went down near Aktau, and 30 people died.",
                       1, mentions, "2025-03-05", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  EXPECT_EQ(ClaimsOfTopic(r.claims, internal::kCrashSiteTopic).size(), 2u);
  for (const Dispute& d : r.disputes) EXPECT_NE(d.attribute, "place") << d.topic;
}

TEST_F(IncidentRefsTest, CrashSitesThatDisagreeAreADispute) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded(kDowning, 0, mentions, "2025-03-04", "a"),
      test_util::Coded("Investigators named no cause for the loss of flight 4410 near Grozny. The Georgian "
                       "airliner crashed at a Russian-controlled airfield, Russian officials said.",
                       1, mentions, "2025-03-06", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* site = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "place") site = &d;
  ASSERT_NE(site, nullptr);
  ASSERT_TRUE(site->cluster.has_value());
  EXPECT_NE(site->topic.find("where it came down"), std::string::npos);
  ASSERT_EQ(site->values.size(), 2u);
  EXPECT_EQ(site->values[0].normalized, "kaz");
  EXPECT_EQ(site->values[1].normalized, "rus");
}

TEST_F(IncidentRefsTest, DateInAnIncidentsNameIsADateClaim) {
  // An undated report: "April 9" takes the year it last gave.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(
      "Ties have frayed since May 2025. The April 9 airliner crisis near Grozny broke them. The 2020 war did not.", 0,
      mentions, "")};
  const std::vector<Claim> dated = ClaimsOfTopic(ExtractClaims(docs, 0, mentions), internal::kDatedNameTopic);
  ASSERT_EQ(dated.size(), 1u);  // not "the 2020 war": a year dates no day of it
  EXPECT_EQ(dated[0].attribute, "date");
  EXPECT_EQ(dated[0].value.normalized, "2025-04-09");
  EXPECT_EQ(dated[0].value.qualifier, "about");
  EXPECT_EQ(docs[0].Slice(dated[0].value.quotes[0].span), "The April 9 airliner crisis");
}

TEST_F(IncidentRefsTest, DatedNameDisagreeingWithTheActIsADateDispute) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("On March 3 Russian air defences shot down a Georgian airliner of flight 4410 near Grozny, "
                       "killing 30 people.",
                       0, mentions, "2025-03-04", "a"),
      test_util::Coded("Since the April 9 plane crisis near Grozny, when flight 4410 was lost, Tbilisi has "
                       "recalled its envoy.",
                       1, mentions, "2025-05-02", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* date = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "date") date = &d;
  ASSERT_NE(date, nullptr);
  ASSERT_TRUE(date->cluster.has_value());
  ASSERT_EQ(date->values.size(), 2u);
  EXPECT_EQ(date->values[0].normalized, "2025-03-03");
  EXPECT_EQ(date->values[1].normalized, "2025-04-09");
}

TEST_F(IncidentRefsTest, DatedNameJoinsTheIncidentItsDateNames) {
  // Two downings near Grozny; the later one is nearer the report, but "the
  // March 3 plane crisis" names the first: no date dispute.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("On March 3 Russian air defences shot down a Georgian airliner of flight 4410 near Grozny, "
                       "killing 30 people.",
                       0, mentions, "2025-03-04", "a"),
      test_util::Coded("On April 20 Russian air defences shot down a Georgian airliner of flight 5120 near Grozny, "
                       "killing 12 people.",
                       1, mentions, "2025-04-21", "b"),
      test_util::Coded("Since the March 3 plane crisis near Grozny, Tbilisi has recalled its envoy.", 2, mentions,
                       "2025-04-25", "c")};
  const Reconciled r = Reconcile(docs, mentions);
  ASSERT_EQ(ClaimsOfTopic(r.claims, internal::kDatedNameTopic).size(), 1u);
  for (const Dispute& d : r.disputes) EXPECT_NE(d.attribute, "date") << d.topic;
}

TEST_F(IncidentRefsTest, VehicleClassesAreAnchors) {
  EXPECT_EQ(internal::VehicleClass("airliner"), "aircraft");
  EXPECT_EQ(internal::VehicleClass("Plane"), "aircraft");
  EXPECT_EQ(internal::VehicleClass("ferry"), "ship");
  EXPECT_EQ(internal::VehicleClass("market"), "");
  EXPECT_EQ(internal::VehicleClass("drone"), "");  // a weapon: downed by the dozen, no one incident
}

}  // namespace
}  // namespace riposte::reconcile
