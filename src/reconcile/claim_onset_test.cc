// Tests of internal/claim_onset.cc: when a crisis between two countries
// began, as a standalone date claim, and the dispute of two reports that
// date it apart. Texts of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class ClaimOnsetTest : public test_util::KitTest {};

std::vector<Claim> Onsets(const std::string& text, const std::string& date) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(text, 0, mentions, date)};
  std::vector<Claim> out;
  for (Claim& c : ExtractClaims(docs, 0, mentions))
    if (c.topic.rfind("onset:", 0) == 0) out.push_back(std::move(c));
  return out;
}

TEST_F(ClaimOnsetTest, CrisisSinceADate) {
  const std::vector<Claim> claims =
      Onsets("Tensions between Georgia and Russia have been rising since March 2024.", "2025-01-10");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].topic, "onset:GEO@RUS");
  EXPECT_EQ(claims[0].attribute, "date");
  EXPECT_EQ(claims[0].value.normalized, "2024-03");
  EXPECT_FALSE(claims[0].mention.has_value());
}

TEST_F(ClaimOnsetTest, SinceInAnotherClauseIsNoOnset) {
  EXPECT_TRUE(Onsets("Tension with Russia helps the president of Georgia, who has held power since 2012.",
                     "2025-01-10")
                  .empty());
}

TEST_F(ClaimOnsetTest, EasingSinceIsNoOnset) {
  EXPECT_TRUE(Onsets("Tensions between Georgia and Russia have eased since March 2024.", "2025-01-10").empty());
}

TEST_F(ClaimOnsetTest, TwoReportsDatingTheStartApartDispute) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("Tensions between Georgia and Russia have been rising since March 2024.", 0, mentions,
                       "2025-01-10", "a"),
      test_util::Coded("The crisis between Georgia and Russia has been escalating since October 2024.", 1, mentions,
                       "2025-01-12", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* onset = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "date" && !d.cluster) onset = &d;
  ASSERT_NE(onset, nullptr);
  EXPECT_EQ(onset->values.size(), 2u);
}

}  // namespace
}  // namespace riposte::reconcile
