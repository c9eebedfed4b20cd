// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Casualty figures no coded quantity holds ("the aircraft came down and 67
// people died", "Twenty-nine passengers and crew members survived"): the
// events stage codes acts, and deaths or survivals are no CAMEO act, so
// their counts are claimed here about the violent act reported beside them
// (and people on board or arrested, when the coder attached no figure).
// Tested by claims_test.cc.
#pragma once

#include <cstddef>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Appends docs[doc_index]'s counts of people (killed, injured, survivors,
// on_board, detained) to `out`, each about the violent mention (CAMEO 18,
// 19, 20; for detentions 17 too) of the figure's sentence, else of the
// sentence before, which has no figure of that attribute coded; with no
// such mention there, about no mention (topic "incident",
// internal/incident.h). REQUIRES: doc_index < docs.size().
// `own` lists the indices of docs[doc_index]'s mentions in `mentions`.
void AppendCasualtyClaims(const std::vector<Document>& docs, size_t doc_index,
                          const std::vector<Mention>& mentions, const std::vector<size_t>& own,
                          std::vector<Claim>& out);

// Returns true iff `s` overlaps a coded quantity of one of the document's
// mentions (`own`, indices into `mentions`) or a time expression: its figure
// is claimed elsewhere or is none.
bool CodedOrTime(const Document& doc, const std::vector<Mention>& mentions, const std::vector<size_t>& own, Span s);

}  // namespace riposte::reconcile::internal
