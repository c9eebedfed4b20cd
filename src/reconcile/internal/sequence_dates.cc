// Dates by place in the story (see sequence_dates.h).
//
// Reading: a sequence word in the mention's sentence (kSequenceWords, or
// "in" followed by kSequenceNouns: "in response", "in retaliation"), for a
// mention the coder dated to a day or month with no time expression of its
// sentence stating it (claims.cc makes the claim: the date the story
// carries, qualifier "about", quoted by the trigger's clause).
// Pooling, for a claim whose cluster only its own document reports: the
// earlier clusters, told by kMinRetoldSources independent sources at
// least, of the mention's CAMEO root (the kind of
// act: 17 coerce, 11 disapprove), the same countries and the doer's sector
// (or none said) within kSequenceDays, not reported by the claim's own
// document (a report telling both acts knows they are two), with a stated
// date of their own (a date claim of topic ""); of those, the one told by
// the most independent sources (the act a story retells is the one widely
// told), then the latest.
// Tested by sequence_dates_test.cc.
#include "reconcile/internal/sequence_dates.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "actors/actors.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"

namespace riposte::reconcile::internal {
namespace {

constexpr std::array<std::string_view, 6> kSequenceWords = {"subsequent", "subsequently", "then",
                                                            "later",      "afterwards",   "thereafter"};
constexpr std::array<std::string_view, 3> kSequenceNouns = {"response", "retaliation", "return"};
constexpr int64_t kSequenceDays = 366;
constexpr size_t kCameoRootDigits = 2;
constexpr size_t kMinRetoldSources = 2;  // an act a story retells is one others tell

std::string CameoRoot(const std::string& cameo) {
  return cameo.size() < kCameoRootDigits ? std::string() : cameo.substr(0, kCameoRootDigits);
}


}  // namespace

bool PlacedInSequence(const Document& doc, const store::StoredEvent& e) {
  auto [first, last] = TokensIn(doc, e.span);
  for (uint32_t t = first; t < last; ++t) {
    for (std::string_view w : kSequenceWords)
      if (TokenIs(doc, t, w)) return true;
    if (t + 1 < last && TokenIs(doc, t, "in")) {
      for (std::string_view w : kSequenceNouns)
        if (TokenIs(doc, t + 1, w)) return true;
    }
  }
  return false;
}

std::vector<std::vector<size_t>> PoolSequenceDates(const std::vector<ClusteredEvent>& clusters,
                                                   const std::vector<Claim>& claims,
                                                   const std::vector<size_t>& cluster_of,
                                                   const std::vector<Mention>& mentions) {
  std::vector<std::vector<size_t>> out(claims.size());
  // Clusters with a stated date, by (CAMEO root, source country, target
  // country): a claim meets only the clusters of its kind.
  using Kind = std::tuple<std::string, std::string, std::string>;
  auto kind_of = [](const ClusteredEvent& c) {
    return Kind{CameoRoot(c.cameo), actors::CodeCountry(c.source), actors::CodeCountry(c.target)};
  };
  std::map<Kind, std::set<size_t>> stated;
  for (const Claim& c : claims) {
    if (c.attribute == "date" && c.topic.empty() && c.mention && *c.mention < cluster_of.size() &&
        cluster_of[*c.mention] != SIZE_MAX) {
      const size_t cluster = cluster_of[*c.mention];
      stated[kind_of(clusters[cluster])].insert(cluster);
    }
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.topic != kSequenceTopic || !c.mention || *c.mention >= cluster_of.size()) continue;
    const size_t own = cluster_of[*c.mention];
    if (own == SIZE_MAX) continue;
    const ClusteredEvent& self = clusters[own];
    const std::string root = CameoRoot(mentions[*c.mention].event.cameo);
    const std::string source = actors::CodeCountry(self.source), target = actors::CodeCountry(self.target);
    const std::optional<DayRange> when = DateRange(self.date);
    // Only a story alone in telling the act at its date: an act others
    // report at that date too is where the story puts it.
    if (source.empty() || target.empty() || root.empty() || !when || self.docs.size() > 1) continue;
    size_t best = SIZE_MAX;
    int64_t best_end = 0;
    auto same_kind = stated.find(Kind{root, source, target});
    if (same_kind == stated.end()) continue;
    for (size_t other : same_kind->second) {
      const ClusteredEvent& o = clusters[other];
      if (other == own || o.independent_sources < kMinRetoldSources || !SameSectorOrUnsaid(o.source, self.source)) {
        continue;
      }
      const std::optional<DayRange> then = DateRange(o.date);
      if (!then || then->end >= when->start || when->start - then->end > kSequenceDays) continue;
      bool same_doc = false;
      for (size_t m : o.mentions) same_doc = same_doc || (m < mentions.size() && mentions[m].doc == c.doc);
      if (same_doc) continue;
      // The act most sources tell is the one a story retells; then the latest.
      const bool better = best == SIZE_MAX || o.independent_sources > clusters[best].independent_sources ||
                          (o.independent_sources == clusters[best].independent_sources && then->end > best_end);
      if (better) best = other, best_end = then->end;
    }
    if (best != SIZE_MAX) out[i].push_back(best);
  }
  return out;
}

}  // namespace riposte::reconcile::internal
