// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// "The first apology Moscow had offered since the crash": a report that
// calls an act the first of its kind since some point says no act of that
// kind came between. Another report's act of the same kind, between the
// same two countries, dated months before it, is then either the same act
// dated differently or one the first report says never happened: the date
// the first report gives is claimed against the earlier act's dates.
// Tested by first_since_test.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"
#include "store/store.h"

namespace riposte::reconcile::internal {

// The topic of a date claim that an act was the first of its kind since
// some point (a copy of the act's own date claim). When a time expression
// follows "since" ("the first visit since 2019"), the topic goes on with
// kFirstSinceBound and the ISO day it starts ("first since@2019-01-01"):
// acts before that day are not denied.
inline constexpr std::string_view kFirstSinceTopic = "first since";
inline constexpr char kFirstSinceBound = '@';

// Returns true iff `topic` is kFirstSinceTopic, bounded or not.
bool IsFirstSinceTopic(std::string_view topic);

// The topic of a date claim about `e` when its sentence calls its act the
// first of its kind since some point: "first" before a noun of the act's
// trigger's stem ("apology" for "apologised", or the trigger itself) and
// "since" after it, within kFirstSinceWindow tokens; nullopt otherwise.
// REQUIRES: e's spans lie in doc.
std::optional<std::string> FirstSinceTopic(const Document& doc, const store::StoredEvent& e);

// For each claim: the clusters a kFirstSinceTopic claim is compared with --
// every cluster with its mention's CAMEO code and source and target
// countries (both known) dated wholly before the mention's cluster, within
// kFirstSinceDays -- none for other claims.
std::vector<std::vector<size_t>> PoolFirstSince(const std::vector<ClusteredEvent>& clusters,
                                                const std::vector<Claim>& claims,
                                                const std::vector<size_t>& cluster_of);

}  // namespace riposte::reconcile::internal
