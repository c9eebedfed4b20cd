// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Pools of clusters whose claims are compared together although the
// clustering kept them apart: facets of one incident (the shooting down and
// the deaths it caused, reported by the same articles) for casualty counts,
// and the same act between the same countries for whether it happened ("has
// not paid compensation" in May, "has begun paying" in October).
// Tested by disputes_test.cc and casualty_pool_test.cc.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Returns true iff `attribute` counts people hurt or present in an incident
// (killed, injured, survivors, on_board).
bool IsCasualtyCount(std::string_view attribute);

// root[c]: the first cluster of c's casualty pool. Two clusters pool when
// they share a PLOVER category, their dates agree (values.h DateRange at
// each one's precision) and at least kSharedDocuments documents report both,
// or one does and both are dated to the same day between the same two
// actors coded with their sectors (RUSGOV>AZECVL).
std::vector<size_t> PoolCasualtyClusters(const std::vector<ClusteredEvent>& clusters);

// root[c]: the first cluster with c's CAMEO code, source country and target
// country (both known) dated within a year of it; c itself otherwise
// (unknown countries, undated).
std::vector<size_t> PoolHappenedClusters(const std::vector<ClusteredEvent>& clusters);

// root[c]: the first cluster of c's pool for whether the act happened. A
// cluster holding a negated mention (and no asserted one) pools with the
// asserted clusters of its CAMEO code, source country and target country
// (both known) nearest to it before and after in date, each within a year.
// A denial is about one act, not every act of its kind that year: pools stay
// small, and whether it happened is compared where a report says no.
std::vector<size_t> PoolHappenedAroundDenials(const std::vector<ClusteredEvent>& clusters,
                                              const std::vector<Mention>& mentions);

// Returns true iff the mention is coded as the refusal of the act its rule
// names ("refused to apologise": the apology's pattern, rule suffix
// " (refusal)"): for whether that act happened, a "no".
bool IsRefusal(const store::StoredEvent& event);

// target[m]: for a refusal mention m, the happened pool root (of
// PoolHappenedClusters' `happened_root`) of the clusters holding the refused
// act itself, by the same pattern between the same countries; SIZE_MAX for
// other mentions or when no such act was reported. `cluster_of[m]` is m's
// cluster (SIZE_MAX when none).
std::vector<size_t> RefusedActPools(const std::vector<Mention>& mentions, const std::vector<size_t>& cluster_of,
                                    const std::vector<size_t>& happened_root);

// root[c]: the first cluster of c's cause pool, the union of the casualty
// pool (`casualty_root`, PoolCasualtyClusters) and the same-act pool
// (`happened_root`, PoolHappenedClusters): an incident's cause is compared
// across its facets (the downing, the deaths) and across reports that date
// it months later by the day they retell it. A same-act pool joins only when
// its clusters dated to the day fall on three runs of days at most (the act,
// a retelling or two): where two countries exchange acts of the kind every
// week, they are many incidents. Both root vectors have one entry a cluster.
// REQUIRES: casualty_root.size() == happened_root.size() == clusters.size().
std::vector<size_t> PoolCauseClusters(const std::vector<ClusteredEvent>& clusters,
                                      const std::vector<size_t>& casualty_root,
                                      const std::vector<size_t>& happened_root);

}  // namespace riposte::reconcile::internal
