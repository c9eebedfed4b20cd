// Tests of internal/incident.cc AttachIncidentClaims: an incident claim (a
// count told with no coded act) joins a pool only when one report of the
// pool names the incident with the names the claim is told among. Names
// gathered from different reports add up coincidences: one report of a
// plane downing names the town it left, another a town of an unrelated
// raid, and a count of a third incident told among both towns is not a
// count of the downing. Claims and clusters of our own, made by hand.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reconcile/internal/incident.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

// A death toll of document `doc`, about `mention` (none: an incident claim).
Claim Count(size_t doc, std::optional<size_t> mention, std::string figure, std::string report_date,
            std::vector<std::string> anchors) {
  Claim c;
  c.doc = doc;
  c.mention = mention;
  if (!mention) c.topic = internal::kIncidentTopic;
  c.attribute = std::string("killed");
  c.value.kind = DisputeValue::Kind::kNumber;
  c.value.normalized = std::move(figure);
  c.report_date = std::move(report_date);
  c.anchors = std::move(anchors);
  return c;
}

// One casualty pool (cluster 0, the downing, dated to the day) with a
// death toll from each of two reports, and the incident claims under test
// appended after them.
struct Pool {
  std::vector<ClusteredEvent> clusters;
  std::vector<Claim> claims;
  std::vector<size_t> cluster_of;  // per mention

  Pool() {
    ClusteredEvent c;
    c.id = "downing";
    c.plover = "ASSAULT";
    c.date = c.date_start = c.date_end = "2025-03-03";
    c.date_precision = "day";
    c.mentions = {0, 1};
    c.docs = {0, 1};
    clusters.push_back(c);
    cluster_of = {0, 0};
    // "The Fokker from Ostrava was shot down, killing 40."
    Toll(0, {"fokker", "ostrava"});
    // "The jet came down near Brno; 44 died."
    Toll(1, {"brno", "~aircraft"});
  }

  void Toll(size_t doc, std::vector<std::string> anchors) {
    claims.push_back(Count(doc, doc, "40", "2025-03-04", std::move(anchors)));
  }

  // An incident claim told among `anchors`; returns its index.
  size_t Incident(std::vector<std::string> anchors) {
    claims.push_back(Count(2, std::nullopt, "2", "2025-03-10", std::move(anchors)));
    return claims.size() - 1;
  }

  std::vector<size_t> Attach() const {
    return internal::AttachIncidentClaims(clusters, claims, cluster_of, std::vector<size_t>{0});
  }
};

TEST(IncidentReports, NamesOfOneReportJoin) {
  Pool p;
  const size_t same = p.Incident({"fokker", "ostrava"});  // as report 0 tells it
  const size_t mixed = p.Incident({"ostrava", "~aircraft"});  // a name of each report, none of both
  const std::vector<size_t> pool = p.Attach();
  EXPECT_EQ(pool[same], 0u);
  EXPECT_EQ(pool[mixed], SIZE_MAX);
}

TEST(IncidentReports, NamesGatheredFromDifferentReportsDoNotJoin) {
  // "Two brothers were later found dead in custody in Brno, angering
  // Ostrava": the towns of two reports of the downing, each by chance.
  Pool p;
  const size_t brothers = p.Incident({"brno", "ostrava"});
  EXPECT_EQ(p.Attach()[brothers], SIZE_MAX);
  // A report naming both towns for the downing makes them its names.
  p.Toll(0, {"brno", "fokker", "ostrava"});
  p.cluster_of.push_back(0);
  p.claims.back().mention = 2;
  p.clusters[0].mentions.push_back(2);
  EXPECT_EQ(p.Attach()[brothers], 0u);
}

TEST(IncidentReports, ANameEveryIncidentWritesFindsNoneAlone) {
  // Three hundred other incidents, each told among "ostrava" and "prague":
  // those names are in every report of the crisis and single none out.
  Pool p;
  for (size_t k = 1; k <= 300; ++k) {
    ClusteredEvent c;
    c.id = "raid" + std::to_string(k);
    c.date = c.date_start = c.date_end = "2025-01-01";
    c.date_precision = "day";
    c.mentions = {p.cluster_of.size()};
    p.clusters.push_back(c);
    p.claims.push_back(Count(10 + k, p.cluster_of.size(), "3", "2025-01-02", {"ostrava", "prague"}));
    p.cluster_of.push_back(k);
  }
  const size_t both_common = p.Incident({"ostrava", "prague"});
  // Found by its rare name, the downing's report shares the common one too.
  const size_t rare_and_common = p.Incident({"fokker", "ostrava"});
  std::vector<size_t> roots(p.clusters.size());
  for (size_t k = 0; k < roots.size(); ++k) roots[k] = k;
  const std::vector<size_t> pool = internal::AttachIncidentClaims(p.clusters, p.claims, p.cluster_of, roots);
  EXPECT_EQ(pool[both_common], SIZE_MAX);
  EXPECT_EQ(pool[rare_and_common], 0u);
}

}  // namespace
}  // namespace riposte::reconcile
