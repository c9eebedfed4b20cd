// Tests of internal/dispute_pool.cc PoolCasualtyClusters: which clusters'
// casualty counts are compared as facets of one incident. Clusters of our
// own, made by hand.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/internal/dispute_pool.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

ClusteredEvent Cluster(const std::string& id, const std::string& date, const std::string& precision,
                       std::vector<size_t> docs, const std::string& source = "", const std::string& target = "") {
  ClusteredEvent c;
  c.id = id;
  c.plover = "ASSAULT";
  c.date = date;
  c.date_precision = precision;
  c.docs = std::move(docs);
  c.source = source;
  c.target = target;
  return c;
}

// "Police stormed the hostel on May 12" and "three were killed": told by
// one article, dated to the same day, between the same police and the same
// migrants. One incident, though only one document tells both.
TEST(CasualtyPool, SameDayAndSamePartiesPoolOnOneSharedDocument) {
  std::vector<ClusteredEvent> c = {Cluster("raid", "2025-05-12", "day", {0, 1}, "FRACOP", "MARCVL"),
                                   Cluster("deaths", "2025-05-12", "day", {1}, "FRACOP", "MARCVL")};
  EXPECT_EQ(internal::PoolCasualtyClusters(c), (std::vector<size_t>{0, 0}));
}

TEST(CasualtyPool, OneSharedDocumentNeedsTheSameDayAndBothPartiesWithSectors) {
  // A day apart (the window's slack is for two documents' evidence).
  std::vector<ClusteredEvent> c = {Cluster("raid", "2025-05-12", "day", {0, 1}, "FRACOP", "MARCVL"),
                                   Cluster("deaths", "2025-05-13", "day", {1}, "FRACOP", "MARCVL")};
  EXPECT_EQ(internal::PoolCasualtyClusters(c), (std::vector<size_t>{0, 1}));
  // Other victims: the police against journalists that day is another act.
  c[1] = Cluster("deaths", "2025-05-12", "day", {1}, "FRACOP", "MARMED");
  EXPECT_EQ(internal::PoolCasualtyClusters(c), (std::vector<size_t>{0, 1}));
  // Countries only: every report of the dyad names them.
  c = {Cluster("raid", "2025-05-12", "day", {0, 1}, "FRA", "MAR"),
       Cluster("deaths", "2025-05-12", "day", {1}, "FRA", "MAR")};
  EXPECT_EQ(internal::PoolCasualtyClusters(c), (std::vector<size_t>{0, 1}));
}

// A ferry sinking of December 2024 and killings an article dates to 2025:
// two documents tell both, and the year touches December on New Year's
// Day, but a stated year that does not hold December says another time
// (the tolerance widens days only).
TEST(CasualtyPool, AYearTouchingAMonthIsAnotherTime) {
  std::vector<ClusteredEvent> c = {Cluster("sinking", "2024-12", "month", {0, 1}),
                                   Cluster("killings", "2025", "year", {0, 1})};
  EXPECT_EQ(internal::PoolCasualtyClusters(c), (std::vector<size_t>{0, 1}));
  // Days reckoned from relative words keep the slack: December 30 and
  // "Thursday", January 2.
  c = {Cluster("sinking", "2024-12-30", "day", {0, 1}), Cluster("killings", "2025-01-02", "day", {0, 1})};
  EXPECT_EQ(internal::PoolCasualtyClusters(c), (std::vector<size_t>{0, 0}));
}

}  // namespace
}  // namespace riposte::reconcile
