// Tests of internal/claim_dates.cc: an act dated by its distance from
// another ("Fifteen years after the arrest, ..."), and the date arithmetic.
// Texts of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/internal/claim_dates.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class ClaimDatesTest : public test_util::KitTest {};

TEST(ShiftDate, ByYearsMonthsWeeksAndDays) {
  EXPECT_EQ(internal::ShiftDate("2025-07-25", "P15Y", -1), "2010");
  EXPECT_EQ(internal::ShiftDate("2025-02-10", "P3M", -1), "2024-11");
  EXPECT_EQ(internal::ShiftDate("2025-03-01", "P2D", -1), "2025-02-27");
  EXPECT_EQ(internal::ShiftDate("2025-12-30", "P1W", 1), "2026-01-06");
  EXPECT_EQ(internal::ShiftDate("2025", "P1Y", -1), std::nullopt);  // no day to count from
  EXPECT_EQ(internal::ShiftDate("2025-03-01", "PT4H", -1), std::nullopt);
}

std::vector<Claim> DateClaims(const std::string& text, std::vector<Mention>& mentions, const std::string& date) {
  std::vector<Document> docs = {test_util::Coded(text, 0, mentions, date)};
  std::vector<Claim> out;
  for (Claim& c : ExtractClaims(docs, 0, mentions))
    if (c.attribute == "date") out.push_back(std::move(c));
  return out;
}

TEST_F(ClaimDatesTest, ActInADistancePhraseIsDatedBeforeTheReport) {
  const std::string text =
      "Twenty years after the arrest of several Georgian traders in Rostov, Tbilisi recalled its ambassador.";
  std::vector<Mention> mentions;
  const std::vector<Claim> dates = DateClaims(text, mentions, "2024-05-02");
  ASSERT_FALSE(dates.empty());
  const Claim& c = dates.front();
  ASSERT_TRUE(c.mention.has_value());
  EXPECT_EQ(mentions[*c.mention].event.cameo.substr(0, 2), "17");  // the arrest, not the recall
  EXPECT_EQ(c.value.normalized, "2004");
  EXPECT_EQ(c.value.qualifier, "about");
  const Span q = c.value.quotes.at(0).span;
  EXPECT_EQ(text.substr(q.begin, q.end - q.begin), "Twenty years after the arrest of several Georgian traders in Rostov");
}

TEST_F(ClaimDatesTest, DurationWithoutAfterDatesNothing) {
  const std::string text = "Police in Rostov detained several Georgian traders for two weeks.";
  std::vector<Mention> mentions;
  for (const Claim& c : DateClaims(text, mentions, "2024-05-02")) EXPECT_NE(c.value.qualifier, "about") << c.value.value;
}

}  // namespace
}  // namespace riposte::reconcile
