// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Incident references: what a report says of an incident in words the
// coder codes no act for. A crash ("the plane crashed in Kazakhstan") is no
// CAMEO act, and a dated name ("the July 7 airplane crisis") is a noun
// phrase; yet each states a fact about the incident other reports code as
// an act (the downing): where the vehicle came down, and when it happened.
// Both are kept as claims with no mention, carrying the names written
// around them (Claim::anchors), and join the act other reports of the same
// incident code as incident counts do (internal/incident.h
// AttachIncidentClaims).
//
// Where a vehicle came down is its own topic (incident.h kCrashSiteTopic),
// never the place of the act: a plane shot down over one country crashes in
// another, and the two places are no disagreement. A date read from a name
// (kDatedNameTopic) is compared with the act's other dates.
// Tested by incident_refs_test.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/core.h"
#include "reconcile/internal/incident.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Appends docs[doc_index]'s incident references to `out` (mention unset,
// anchors left to the caller):
//   crash site  a vehicle's crash verb ("crashed", "crash-landed", "went
//               down", "came down") in a sentence naming a vehicle before
//               it (plane, helicopter, ship...), then within a few words and
//               no other verb or comma, in|near|at|outside a place: a
//               country the actors stage coded, a city the gazetteer knows,
//               or "<Demonym>-controlled|-held|-occupied ..." (the
//               demonym's country, as the document's own actor mentions of
//               that word code it). Attribute "place", normalised to the
//               country code in lower case; quoted from the verb to the
//               place.
//   dated name  "the <date> [modifiers] <incident noun>" ("the July 7
//               airplane crisis", "the March 3 raids"): attribute "date", the
//               expression's value at day or month precision; an undated
//               report's "July 7" takes the year of the last year-bearing
//               absolute date written before it ("since July 2025"),
//               qualifier "about". Quoted by the noun phrase.
// REQUIRES: doc_index < docs.size().
void AppendIncidentReferenceClaims(const std::vector<Document>& docs, size_t doc_index, std::vector<Claim>& out);

// The country code (upper case) the words of noun phrase `phrase` place
// something in, by the rules of the crash site above; nullopt when none.
std::optional<std::string> PhrasePlaceCountry(const Document& doc, size_t phrase);

}  // namespace riposte::reconcile::internal
