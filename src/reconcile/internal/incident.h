// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Incident claims: casualty counts told with no coded act beside them. A
// crash-day report of an accident ("Rescuers reported that 32 people had
// survived") names no perpetrator, so the coder codes no act and the count
// has no mention to belong to; other reports of the same incident, written
// once a cause was named, code it as an act and give their own counts. The
// count is kept as an incident claim (mention unset, topic kIncidentTopic)
// with the names written around it, and joins the act whose counts are told
// among the same names.
// Tested by incident_test.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// The topic of a casualty count claimed with no coded act.
inline constexpr std::string_view kIncidentTopic = "incident";
// The topics of an incident's place and date told with no coded act
// (internal/incident_refs.h): where a vehicle came down, and a date read
// from the incident's name ("the July 7 crisis").
inline constexpr std::string_view kCrashSiteTopic = "crash site";
inline constexpr std::string_view kDatedNameTopic = "dated name";

// Returns true iff a claim of `topic` with no mention is an incident claim,
// joined to an act by its anchors (AttachIncidentClaims).
bool IsIncidentTopic(std::string_view topic);

// Returns true iff `attribute` counts people an incident claim may count:
// casualties (dispute_pool.h IsCasualtyCount) or people detained.
bool IsIncidentCount(std::string_view attribute);

// The anchors (Claim::anchors) of a figure at `figure`: proper nouns outside
// actor mentions and time expressions, numbers naming a vehicle or route
// ("flight 8243", the digits of "J2-8243"), and the classes of the vehicles
// named (VehicleClass, each after kVehicleMark: "~aircraft"), in the
// figure's sentence and the kAnchorSentences sentences on either side;
// lower-case, sorted, distinct.
std::vector<std::string> IncidentAnchors(const Document& doc, Span figure);

// Marks a vehicle class among an incident claim's anchors ("~aircraft").
inline constexpr std::string_view kVehicleMark = "~";

// The class of the vehicle a noun's lemma names ("airliner" -> "aircraft",
// "ferry" -> "ship"), "" when it names none. A plane crash and a ferry
// sinking told among the same names are not one incident; a report calling
// the aircraft "the plane" and another "the airliner" name one.
std::string_view VehicleClass(std::string_view lemma);

// Marks an actor code among an incident claim's anchors ("@rusmed").
inline constexpr std::string_view kActorMark = "@";

// The codes of the actors of the sentence holding `figure` and the `around`
// sentences on either side, lower-case, each after kActorMark, sorted,
// distinct: added to a count's anchors, they say whose incident it is.
std::vector<std::string> IncidentActors(const Document& doc, Span figure, size_t around);

// For each claim: the cluster (an index into clusters; for casualties
// mapped through `count_root`, the casualty pools) an incident claim joins,
// else SIZE_MAX (and SIZE_MAX for every other claim). An incident claim
// joins the pool whose claims of its kind (casualties, detentions; a place
// or date of either kind), counted one report (document) of the pool at a
// time, share the most anchors with it, at least
// kSharedAnchors (for a place or date, the pool's doer or target named in
// its sentence counts as one), when that pool is not stated to be later
// than the claim's report (an incident is reported on or after the day it
// happens) and no other pool shares as many (a date first joins a pool it
// agrees with, among those sharing enough); else the one
// recent pool (kNearDays, dated to the day) sharing a name whose doer or
// target the claim's sentence names (its kActorMark anchors).
std::vector<size_t> AttachIncidentClaims(const std::vector<ClusteredEvent>& clusters,
                                         const std::vector<Claim>& claims, const std::vector<size_t>& cluster_of,
                                         const std::vector<size_t>& count_root);

}  // namespace riposte::reconcile::internal
