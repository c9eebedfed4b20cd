// Tests of internal/first_since.cc: an act called "the first X since Y"
// has its date compared with the earlier act of its kind. Texts of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/internal/first_since.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class FirstSinceTest : public test_util::KitTest {};

const char* kEarly = "TBILISI, March 3 - Russian President Vladimir Putin apologised to Georgian President Mikheil Kavelashvili on Monday for the shelling.";
const char* kLate =
    "When he met Mikheil Kavelashvili in Minsk on September 14, the Russian president apologised for the shelling, "
    "the first apology Moscow had offered since the attack.";

TEST_F(FirstSinceTest, ReadsTheFirstOfItsKindSince) {
  std::vector<Mention> mentions;
  const Document doc = test_util::Coded(kLate, 0, mentions, "2025-09-20");
  bool called = false;
  for (const Mention& m : mentions) called = called || internal::FirstSinceTopic(doc, m.event).has_value();
  EXPECT_TRUE(called);
  std::vector<Mention> other;
  const Document plain = test_util::Coded(kEarly, 0, other, "2025-03-04");
  for (const Mention& m : other) EXPECT_FALSE(internal::FirstSinceTopic(plain, m.event).has_value());
}

TEST_F(FirstSinceTest, FirstApologySinceDisputesTheEarlierApologysDate) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kEarly, 0, mentions, "2025-03-04", "a"),
                                test_util::Coded(kLate, 1, mentions, "2025-09-20", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* date = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "date") date = &d;
  ASSERT_NE(date, nullptr);
  ASSERT_EQ(date->values.size(), 2u);
}

TEST_F(FirstSinceTest, ActBeforeTheDateCountedFromIsNotDenied) {
  // "The first apology since June": the March apology came before June.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded(kEarly, 0, mentions, "2025-03-04", "a"),
      test_util::Coded("When he met Mikheil Kavelashvili in Minsk on September 14, the Russian president apologised "
                       "for the shelling, the first apology Moscow had offered since June 2025.",
                       1, mentions, "2025-09-20", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  bool bounded = false;
  for (const Claim& c : r.claims) bounded = bounded || c.topic == "first since@2025-06-01";
  EXPECT_TRUE(bounded);
  for (const Dispute& d : r.disputes) EXPECT_NE(d.attribute, "date");
}

TEST_F(FirstSinceTest, AnotherApologyWithoutFirstSinceStaysApart) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded(kEarly, 0, mentions, "2025-03-04", "a"),
      test_util::Coded("When he met Mikheil Kavelashvili in Minsk on September 14, the Russian president apologised "
                       "for the shelling once more.",
                       1, mentions, "2025-09-20", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  for (const Dispute& d : r.disputes) EXPECT_NE(d.attribute, "date");
}

}  // namespace
}  // namespace riposte::reconcile
