// INTERNAL to the time stage: use time/time.h instead. This header may
// change in backwards-incompatible ways.
//
// Token, clause and phrase look-ups for event-date anchoring (anchor.cc),
// and the rules that decide which verb a time expression belongs to: the
// dateline, a date inside a reduced relative ("murders committed in 2001"),
// a date that names an entity ("the 2020 war", "Monday's search") and a date
// attached to a speech verb ("sources said on Thursday").
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/core.h"

namespace riposte::temporal::internal {

// The first index i in [0, n) for which before(i) is false (n if none),
// REQUIRES: before is true on a prefix of the range and false after it.
// std::lower_bound's answer without its branch per step (the halving picks
// a side with a conditional move): the event stage dates every event with
// several of these searches over the document's tokens, sentences and
// clauses, and their branches were coin tosses.
template <typename Before>
size_t FirstNotBefore(size_t n, Before before) {
  if (n == 0) return 0;
  size_t base = 0;
  while (n > 1) {
    const size_t half = n / 2;
    base = before(base + half) ? base + half : base;
    n -= half;
  }
  return base + (before(base) ? 1 : 0);
}

// Index of the first token ending after `at`, or -1 when there is none.
int32_t TokenAt(const Document& doc, Offset at);
// Index of the last token beginning before `at`, or -1.
int32_t TokenBefore(const Document& doc, Offset at);
// Index of the sentence holding byte `at` (the last one beginning at or
// before it), or -1.
int32_t SentenceAt(const Document& doc, Offset at);
// The innermost clause holding token `token`, or -1.
int32_t ClauseOf(const Document& doc, int32_t token);
// The verb group of a clause, or of its nearest enclosing clause with one.
int32_t VerbOfClause(const Document& doc, int32_t clause);
// The tense of the verb of the clause holding `token` (kNone when none).
Tense TenseOfToken(const Document& doc, int32_t token);
// Returns true iff clause `outer` is `inner` or encloses it.
bool Encloses(const Document& doc, int32_t outer, int32_t inner);
// Returns true iff clause `inner` lies in a reported clause (or one of its
// sub-clauses) whose parent is `outer`: "Baku said [that police detained
// the men on June 27]".
bool ReportedUnder(const Document& doc, int32_t inner, int32_t outer);
// Returns true iff a verb group other than `own` lies wholly within tokens
// [from, to).
bool VerbGroupBetween(const Document& doc, int32_t from, int32_t to, int32_t own);

// Returns true iff `t` is the dateline ("BAKU/MOSCOW, Dec 26 —", "AKTAU,
// December 25. /TASS/."): near the top of the text, after nothing but a
// place in capitals on its line, before a dash, a bracket, an agency
// slash or the line's end; or a byline's date near the top, alone on its
// line ("25.07\n2025") or in a sentence without a finite verb ("date
// 2025-07-01"). Either is the report's date, never the date of an act the
// report tells.
bool IsDateline(const Document& doc, const TimeExpression& t);

// "the 2020 Second Karabakh War", "the 2024 elections", "Monday's search":
// a date naming an entity (a noun follows it inside its noun phrase, or
// the possessive 's) tells when that entity was, not when the story is.
bool NamesAnEntity(const Document& doc, const TimeExpression& t);

// The verb group of a reduced relative or participle clause that holds `t`
// ("murders committed in the region in 2001, 2010 and 2011", "a group
// suspected since 2010"), or -1. Such a verb group is a past participle
// without auxiliary that follows a noun and is not its clause's own verb;
// between it and the expression stand only prepositions, determiners,
// nouns, adjectives, numbers, commas and "and"/"or" (the date list of one
// phrase). The expression dates that participle only.
int32_t ModifierParticiple(const Document& doc, const TimeExpression& t);

// Returns true iff verb group `vg` is a speech verb ("said", "told",
// "announced", "added", "confirmed"...).
bool IsSpeechVerb(const Document& doc, int32_t vg);

// The verb group that `t` directly follows, when it is a speech verb
// ("said on Thursday", "told reporters on Monday" is not: an object
// intervenes), else -1.
int32_t SpeechVerbBefore(const Document& doc, const TimeExpression& t);

}  // namespace riposte::temporal::internal
