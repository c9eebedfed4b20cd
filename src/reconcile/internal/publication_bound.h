// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// A report can only tell of an act done by the day it was published. "Putin
// issued an apology" in a story of July 25 says the apology came by July 25,
// even with no date in its sentence; a report that dates the apology in
// October tells of a later act, or dates it wrongly. Either way an analyst
// wants the two side by side: the earlier story's publication bounds the
// date it implies, and that bound is a date claim against the later one.
// Tested by publication_bound_test.cc.
#pragma once

#include <cstddef>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// The topic of the date group of a pool of several clusters (a denial and
// the reports of the act around it: dispute_pool.h PoolHappenedAroundDenials).
inline constexpr std::string_view kBoundTopic = "when";

struct PublicationBounds {
  // One date claim per asserted mention with no stated date, in a document
  // whose publication date is stated (not inferred): qualifier "at_most",
  // normalised to that date, quoted by the mention's `happened` quote.
  std::vector<Claim> claims;
  // (cluster, pooled, claim) for the dispute groups: `claim` indexes the
  // caller's claims, or claims.size() + k for this->claims[k]. A bound joins
  // its cluster's own date group when its pool is the cluster alone, else
  // the pool's kBoundTopic group (pooled), with the stated date claims of
  // every cluster of the pool.
  std::vector<std::tuple<size_t, bool, size_t>> keys;
};

// The bounds that can contradict a stated date: only for pools (`pool_of`:
// a root per cluster) holding a stated date claim (attribute "date", topic
// "") that begins more than kBoundSlackDays after the bound. `cluster_of`:
// each mention's cluster (SIZE_MAX when none).
PublicationBounds BoundDatesByPublication(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                          const std::vector<size_t>& cluster_of,
                                          const std::vector<size_t>& pool_of);

}  // namespace riposte::reconcile::internal
