// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Standalone statistics: figures about a population group in a place that
// belong to no event ("About 2 million Azerbaijanis live in Russia").
// Tested by claims_test.cc.
#pragma once

#include <cstddef>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Appends docs[doc_index]'s standalone population claims to `out`: topic
// "population:<group country>@<place country>", attribute "amount", no
// mention. `own` lists the indices of the document's mentions in `mentions`.
// REQUIRES: doc_index < docs.size().
void AppendStandaloneClaims(const std::vector<Document>& docs, size_t doc_index,
                            const std::vector<Mention>& mentions, const std::vector<size_t>& own,
                            std::vector<Claim>& out);

}  // namespace riposte::reconcile::internal
