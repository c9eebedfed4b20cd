// Tests of the kind of a dispute (disputes.cc, part 4) over a count: a
// revision is a count corrected while it is being made, not two retellings
// of a settled toll months later. Claims and clusters of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

// Two reports, of 1 and 30 June 2025, of one act dated `act`: the first
// says 12 died, the second 9.
std::string KindOfTolls(std::string act) {
  std::vector<Document> docs(2);
  std::vector<Mention> mentions(2);
  std::vector<Claim> claims;
  for (size_t d = 0; d < 2; ++d) {
    docs[d].id = std::to_string(d);
    docs[d].text = d == 0 ? "The bus plunged into the gorge, killing 12." : "Nine people died in the bus crash.";
    mentions[d].doc = d;
    mentions[d].event.id = std::to_string(d);
    Claim c;
    c.doc = d;
    c.mention = d;
    c.attribute = std::string("killed");
    c.value.kind = DisputeValue::Kind::kNumber;
    c.value.value = c.value.normalized = std::to_string(d == 0 ? 12 : 9);
    c.value.quotes.push_back(Quote{d, Span{0, 4}});
    c.report_date = std::string(d == 0 ? "2025-06-01" : "2025-06-30");
    claims.push_back(std::move(c));
  }
  std::vector<ClusteredEvent> clusters(1);
  clusters[0].id = "crash";
  clusters[0].plover = "ASSAULT";
  clusters[0].date = std::move(act);
  clusters[0].mentions = {0, 1};
  clusters[0].docs = {0, 1};
  const std::vector<Dispute> d = FindDisputes(docs, mentions, clusters, claims, {0, 1});
  return d.size() == 1 ? d[0].kind : "none";
}

TEST(DisputeKind, ACountCorrectedWithinWeeksOfTheActIsARevision) {
  EXPECT_EQ(KindOfTolls("2025-05-30"), "revision");
}

TEST(DisputeKind, TwoRetellingsMonthsAfterTheActContradictEachOther) {
  EXPECT_EQ(KindOfTolls("2024-12"), "contradiction");
}

}  // namespace
}  // namespace riposte::reconcile
