// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Cause claims (issue 7, point 3): what a report says caused a death, crash,
// explosion, fire, damage or injury ("caused by foreign objects", "died of
// heart failure", "a technical malfunction was partly to blame"), about the
// violent or coercive act reported beside it; and the pools of clusters
// whose causes are compared together.
// Tested by claims_cause_test.cc.
#pragma once

#include <cstddef>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Appends docs[doc_index]'s cause claims to `out`: attribute "cause", kind
// kName, value the cause's words as written ("a Russian air defence
// system"), normalized its head words in lemma form ("air defence"),
// qualifier "exact", or "about" when the text hedges ("may have", "possible"),
// one quote (the cause with its trigger words: "died of heart failure"),
// each about a mention of `own` (CAMEO roots 17-20) of the phrase's sentence
// or of the few sentences before. Abstains when no such mention is near, when
// the statement is negated, and when a weak trigger ("due to", "hit by")
// introduces a cause the class table (values.h CauseClass) does not know.
// `own` lists the indices of docs[doc_index]'s mentions in `mentions`.
// REQUIRES: doc_index < docs.size().
void AppendCauseClaims(const std::vector<Document>& docs, size_t doc_index, const std::vector<Mention>& mentions,
                       const std::vector<size_t>& own, std::vector<Claim>& out);

}  // namespace riposte::reconcile::internal
