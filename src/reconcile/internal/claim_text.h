// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Token-level helpers the claim extractors share: the tokens of a span, the
// trigger word of a coded mention (read back from its rule), the clause
// around a token, a figure's quote widened to the verb it counts for, and
// whether a span denies that anyone took part, and how a target is framed.
// Tested by claims_test.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/core.h"
#include "store/store.h"

namespace riposte::reconcile::internal {

// Returns true iff the two spans share at least one byte.
inline bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// [first, last) token indices of the tokens lying inside `span`.
std::pair<uint32_t, uint32_t> TokensIn(const Document& doc, Span span);

// The token that triggered a coded mention: the first token of its sentence
// whose lemma is one of the trigger alternatives of the pattern its rule
// names ("patterns_05.tsv:12 apologize [to TARGET]" -> "apologize").
// Returns nullopt when the rule names no pattern or no token matches.
std::optional<uint32_t> TriggerToken(const Document& doc, const store::StoredEvent& event);

// The span of the innermost clause holding token `t`, else the sentence of
// `fallback`.
Span ClauseSpan(const Document& doc, uint32_t t, Span fallback);

// The span of tokens [first, last) widened to the verb group right before or
// right after it when there is one ("killed" + "38 people", "Thirty-eight
// people" + "were killed"), within `sentence`.
Span WidenToVerb(const Document& doc, uint32_t first, uint32_t last, Span sentence);

// The span from the start of token `first` to the end of token `last - 1`.
// REQUIRES: first < last <= doc.tokens.size().
Span TokenSpan(const Document& doc, uint32_t first, uint32_t last);

// Returns true iff `span` says nobody took part ("no one", "nobody", "none
// of"): a denial about the participants, not about one doer's act.
bool NegatesParticipants(const Document& doc, Span span);

// How a target's words frame it: "armed or criminal" ("members of an
// organised criminal group", "militants"), "civilians" ("homes of
// Azerbaijanis", a people's code), or "" when they say neither (or both).
std::string_view TargetFraming(const Document& doc, const store::StoredActor& target);

}  // namespace riposte::reconcile::internal
