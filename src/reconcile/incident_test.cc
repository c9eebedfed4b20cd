// Tests of internal/incident.cc: the anchors of a casualty count, and an
// incident claim (a count told with no coded act) joining the act other
// reports of the same incident code, or nothing. Texts of our own.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "reconcile/internal/incident.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"

namespace riposte::reconcile {
namespace {

class IncidentTest : public test_util::KitTest {};

bool Has(const std::vector<std::string>& v, const std::string& w) { return std::find(v.begin(), v.end(), w) != v.end(); }

// The accident as first reported (no cause, no act coded), then the act
// another outlet codes two days later with a lower count.
const char* kCrashDay =
    "A Tarmac Air passenger jet crashed on Monday near the town of Ostrava. There were 54 people on board the "
    "Fokker 100, flight TR-5517. Rescuers said 31 people had survived.";
const char* kTwoDaysOn =
    "Russian air defences shot down the Fokker 100 of flight 5517 near Ostrava, investigators said. Twenty-six "
    "people survived.";

TEST_F(IncidentTest, AnchorsAreNamesAndVehicleNumbersNotActorsOrDates) {
  std::vector<Mention> mentions;
  const Document doc = test_util::Coded(kCrashDay, 0, mentions, "2025-03-03");
  const std::string text = kCrashDay;
  const size_t at = text.find("31 people");
  const std::vector<std::string> anchors =
      internal::IncidentAnchors(doc, Span{static_cast<Offset>(at), static_cast<Offset>(at + 2)});
  EXPECT_TRUE(Has(anchors, "ostrava"));
  EXPECT_TRUE(Has(anchors, "fokker"));
  EXPECT_TRUE(Has(anchors, "5517"));
  EXPECT_FALSE(Has(anchors, "monday"));
}

TEST_F(IncidentTest, CountWithNoActJoinsTheActOfTheSameIncident) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kCrashDay, 0, mentions, "2025-03-03", "a"),
                                test_util::Coded(kTwoDaysOn, 1, mentions, "2025-03-05", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* survivors = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "survivors") survivors = &d;
  ASSERT_NE(survivors, nullptr);
  ASSERT_TRUE(survivors->cluster.has_value());
  ASSERT_EQ(survivors->values.size(), 2u);
  EXPECT_EQ(survivors->values[0].normalized, "31");
  EXPECT_EQ(survivors->values[1].normalized, "26");
  EXPECT_EQ(survivors->kind, "revision");
}

TEST_F(IncidentTest, CountOfAnotherIncidentJoinsNothing) {
  // Same day, same kind of count, but a ferry in another place: no anchors
  // shared, no dispute.
  const char* ferry = "A ferry sank off Varna on Monday. Rescuers said 12 people had survived.";
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(ferry, 0, mentions, "2025-03-03", "a"),
                                test_util::Coded(kTwoDaysOn, 1, mentions, "2025-03-05", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  for (const Dispute& d : r.disputes) EXPECT_NE(d.attribute, "survivors");
}

TEST_F(IncidentTest, CountReportedBeforeTheActJoinsNothing) {
  // The report predates the act: what it counts cannot be that act's toll.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {test_util::Coded(kCrashDay, 0, mentions, "2025-02-20", "a"),
                                test_util::Coded(
                                    "On March 4 Russian air defences shot down the Fokker 100 of flight 5517 near "
                                    "Ostrava. Twenty-six people survived.",
                                    1, mentions, "2025-03-05", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  for (const Dispute& d : r.disputes) EXPECT_NE(d.attribute, "survivors");
}

TEST_F(IncidentTest, VagueCountDaysAfterTheActJoinsItOnOneName) {
  // A fresh report names only the town and the doer; the act was two days
  // before it.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("On April 8 Russian riot police attacked a market in Tambov, killing two traders.", 0,
                       mentions, "2025-04-09", "a"),
      test_util::Coded("After the raid by Russian riot police in Tambov, several people were killed or injured.", 1,
                       mentions, "2025-04-10", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* killed = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "killed") killed = &d;
  ASSERT_NE(killed, nullptr);
  ASSERT_EQ(killed->values.size(), 2u);
  EXPECT_EQ(killed->kind, "contradiction");  // "several" is no figure a report revises
}

TEST_F(IncidentTest, OneNameOfABusyCityJoinsNoAct) {
  // Two recent raids by the same police in the same city: "Tambov" and the
  // doer alone say neither.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("On April 8 Russian riot police attacked a market in Tambov, killing two traders.", 0,
                       mentions, "2025-04-09", "a"),
      test_util::Coded("On April 2 Russian riot police attacked a bus station in Tambov, killing five people.", 1,
                       mentions, "2025-04-03", "b"),
      // No act is coded here (the coder keeps vaguely counted victims of a
      // stated act, and none is stated), so the count is an incident claim.
      test_util::Coded("Russian riot police were still in Tambov when several people died there.", 2, mentions,
                       "2025-04-10", "c")};
  const Reconciled r = Reconcile(docs, mentions);
  for (const Dispute& d : r.disputes) {
    if (d.attribute != "killed") continue;
    for (const DisputeValue& v : d.values) EXPECT_NE(v.value, "several");
  }
}

TEST_F(IncidentTest, DetentionCountWithNoActJoinsTheArrest) {
  // "paraded seven arrested reporters" codes no arrest; the arrest told
  // three weeks before names the same town.
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("On May 3 Belarusian police in Grodno arrested two Polish journalists.", 0, mentions,
                       "2025-05-04", "a"),
      test_util::Coded("Officials in Grodno recently paraded seven arrested Polish journalists before the cameras.", 1,
                       mentions, "2025-05-25", "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* detained = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "detained") detained = &d;
  ASSERT_NE(detained, nullptr);
  ASSERT_EQ(detained->values.size(), 2u);
}

}  // namespace
}  // namespace riposte::reconcile
