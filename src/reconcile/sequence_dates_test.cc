// Tests of internal/sequence_dates.cc: an act a story places in sequence
// ("in response") with no date of its own stated carries the story's date,
// compared with the act of its kind another report dates earlier. Texts of
// our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/internal/sequence_dates.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class SequenceDatesTest : public test_util::KitTest {};

const char* kDated = "On June 28, Georgia's Foreign Ministry condemned Russia over the detentions.";
const char* kStory =
    "In early October 2025, Russia summoned the Georgian ambassador. Georgia's government, in response, condemned "
    "Russia over the detentions.";

const char* kSecondSource =
    "Tbilisi also protested. On June 28 the Georgian government condemned Russia over the detentions of its "
    "citizens in Rostov, officials said.";

const Dispute* DateDispute(const Reconciled& r) {
  for (const Dispute& d : r.disputes)
    if (d.attribute == "date") return &d;
  return nullptr;
}

TEST_F(SequenceDatesTest, StoryDateOfAnActInSequenceIsClaimed) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kStory, 0, mentions, "2025-10-20")};
  bool claimed = false;
  for (const Claim& c : ExtractClaims(docs, 0, mentions)) {
    if (c.topic != internal::kSequenceTopic) continue;
    claimed = true;
    EXPECT_EQ(c.value.normalized, "2025-10");
  }
  EXPECT_TRUE(claimed);
}

TEST_F(SequenceDatesTest, StoryDateDisputesTheEarlierDatedAct) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded(kDated, 0, mentions, "2025-06-29", "a"),
      test_util::Coded(kSecondSource, 1, mentions, "2025-06-30", "c"),
      test_util::Coded(kStory, 2, mentions, "2025-10-20", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* date = DateDispute(r);
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->values.size(), 2u);
}

TEST_F(SequenceDatesTest, EarlierActOneSourceTellsIsNotRetold) {
  // One report of the earlier act: too little to say the story retells it.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kDated, 0, mentions, "2025-06-29", "a"),
                                test_util::Coded(kStory, 1, mentions, "2025-10-20", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  EXPECT_EQ(DateDispute(r), nullptr);
}

TEST_F(SequenceDatesTest, NoSequenceWordNoClaim) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded(kDated, 0, mentions, "2025-06-29", "a"),
      test_util::Coded(kSecondSource, 1, mentions, "2025-06-30", "c"),
      test_util::Coded("In early October 2025, Russia summoned the Georgian ambassador. Georgia's government "
                       "condemned Russia over the detentions.",
                       2, mentions, "2025-10-20", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  EXPECT_EQ(DateDispute(r), nullptr);
}

}  // namespace
}  // namespace riposte::reconcile
