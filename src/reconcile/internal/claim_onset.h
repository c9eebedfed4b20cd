// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// When a crisis between two countries began, as reports date it: "Tensions
// between Russia and Azerbaijan have been simmering since December", "The
// diplomatic crisis has been escalating since July 2025". No coded act
// holds it, so it is a standalone claim, one topic per pair of countries.
// Tested by claim_onset_test.cc.
#pragma once

#include <cstddef>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Appends docs[doc_index]'s onset claims to `out`: a time expression opened
// by "since" or "back to" in a clause whose words before it name a crisis
// ("tension", "crisis", "rift"...); topic "onset:<country>@<country>"
// (sorted) for the two countries the sentence's actors name, else the two
// the document's actors name most; attribute "date", no mention, quoted by
// the expression. REQUIRES: doc_index < docs.size().
void AppendOnsetClaims(const std::vector<Document>& docs, size_t doc_index, std::vector<Claim>& out);

}  // namespace riposte::reconcile::internal
