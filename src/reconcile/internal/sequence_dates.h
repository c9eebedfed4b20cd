// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Dates a report gives an act by its place in the story: "Baku, in
// response, issued a formal note" states no date, but puts the note after
// the act it answers, and the coder dates it by the last date the story
// stated. When another report dates the same kind of act between the same
// two countries earlier, the two reports place the act differently (a
// story told out of order, or a second act the others do not know of): the
// sequence's date is claimed against that act's dates.
// Tested by sequence_dates_test.cc.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"
#include "store/store.h"

namespace riposte::reconcile::internal {

// The topic of a date claim an act gets from its place in the story.
inline constexpr std::string_view kSequenceTopic = "sequence";

// Returns true iff the sentence of `e` places its act after another by a
// sequence word ("subsequent", "then", "later", "in response", "in
// retaliation"). REQUIRES: e's span lies in doc.
bool PlacedInSequence(const Document& doc, const store::StoredEvent& e);

// For each claim: the cluster a kSequenceTopic claim is compared with (none
// or one; a list for the callers' sake) when only the claim's document
// reports its cluster -- of those told by two independent sources at least,
// of its mention's CAMEO root, source and target countries (both
// known) and source sector (or none said), dated wholly before the
// mention's cluster within a year, reported by no mention of the claim's
// document and holding a stated date claim, the one of most independent
// sources, then the latest -- none for other claims.
std::vector<std::vector<size_t>> PoolSequenceDates(const std::vector<ClusteredEvent>& clusters,
                                                   const std::vector<Claim>& claims,
                                                   const std::vector<size_t>& cluster_of,
                                                   const std::vector<Mention>& mentions);

}  // namespace riposte::reconcile::internal
