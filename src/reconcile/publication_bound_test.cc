// Tests of internal/publication_bound.cc: a report tells only of acts done
// by its publication day, so an undated "X apologised" in a July story is a
// claim that the apology came by July, against a report dating it October.
// Texts of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/internal/publication_bound.h"
#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class PublicationBoundTest : public test_util::KitTest {};

// The apology takes March from the sentence before: no date of its own.
const char* kUndated =
    "A Georgian border guard shot an Armenian farmer in March. Georgia's prime minister apologised to Armenia for "
    "the border shooting, officials said.";
const char* kDenial =
    "Georgia has not apologised to Armenia for the border shooting, Armenian officials said on Sunday.";
const char* kOctober = "In early October 2025, Georgia's prime minister apologised to Armenia for the border shooting.";

const Dispute* DateDispute(const Reconciled& r) {
  for (const Dispute& d : r.disputes)
    if (d.attribute == "date") return &d;
  return nullptr;
}

const DisputeValue* BoundValue(const Dispute& d) {
  for (const DisputeValue& v : d.values)
    if (v.qualifier == "at_most") return &v;
  return nullptr;
}

TEST_F(PublicationBoundTest, UndatedReportBoundsTheDateAgainstALaterOne) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kUndated, 0, mentions, "2025-07-20", "a"),
                                test_util::Coded(kDenial, 1, mentions, "2025-07-28", "b"),
                                test_util::Coded(kOctober, 2, mentions, "2025-11-02", "c")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* date = DateDispute(r);
  ASSERT_NE(date, nullptr);
  const DisputeValue* bound = BoundValue(*date);
  ASSERT_NE(bound, nullptr);
  EXPECT_EQ(bound->normalized, "2025-07-20");
  EXPECT_EQ(bound->docs, std::vector<size_t>{0});
  ASSERT_FALSE(bound->quotes.empty());
  EXPECT_NE(docs[0].Slice(bound->quotes[0].span).find("apologised"), std::string_view::npos);
  // The stated dates of the act, not the day it was denied.
  std::vector<std::string> stated;
  for (const DisputeValue& v : date->values)
    if (v.qualifier != "at_most") stated.push_back(v.normalized);
  EXPECT_EQ(stated, std::vector<std::string>{"2025-10"});
}

TEST_F(PublicationBoundTest, AStatedDateBeforePublicationAgrees) {
  // Published in November, the undated report may well tell of October's act.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kUndated, 0, mentions, "2025-11-20", "a"),
                                test_util::Coded(kDenial, 1, mentions, "2025-07-28", "b"),
                                test_util::Coded(kOctober, 2, mentions, "2025-11-02", "c")};
  EXPECT_EQ(DateDispute(Reconcile(docs, mentions)), nullptr);
}

TEST_F(PublicationBoundTest, AnInferredPublicationDateBoundsNothing) {
  // A date read from the text is the latest it names: the story may be later.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kUndated, 0, mentions, "2025-07-20", "a"),
                                test_util::Coded(kDenial, 1, mentions, "2025-07-28", "b"),
                                test_util::Coded(kOctober, 2, mentions, "2025-11-02", "c")};
  docs[0].date_inferred.Set(docs[0].date.value, Provenance::kInferred);
  docs[0].date = {};
  EXPECT_EQ(DateDispute(Reconcile(docs, mentions)), nullptr);
}

TEST_F(PublicationBoundTest, BoundIsOpenBeforeAndADayLateAfter) {
  DisputeValue bound;
  bound.kind = DisputeValue::Kind::kDate;
  bound.normalized = "2025-07-20";
  bound.qualifier = "at_most";
  DisputeValue stated = bound;
  stated.qualifier = "exact";
  for (const char* agrees : {"2024-12", "2025-07-21", "2025"}) {
    stated.normalized = agrees;
    EXPECT_TRUE(internal::DatesCompatible(bound, stated)) << agrees;
  }
  for (const char* later : {"2025-07-22", "2025-10"}) {
    stated.normalized = later;
    EXPECT_FALSE(internal::DatesCompatible(bound, stated)) << later;
  }
}

}  // namespace
}  // namespace riposte::reconcile
