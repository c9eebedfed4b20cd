// The word-matching steps of the pattern matcher (pattern_match.h): see
// patterns.cc for the whole algorithm. Tested by patterns_test.cc and
// patterns_match_test.cc.
#include "events/internal/pattern_match.h"

namespace riposte::events::internal {

// Finds `w` in [from, limit) within kMaxGap tokens; returns the token or -1.
// A particle or preposition may be separated from what precedes it only by
// one noun phrase and adverbs ("shot [the plane] down", "accused [Russian
// forces] of"), so "called [the arrests] [an attack] on" is no "call on".
int64_t FindForward(const Context& ctx, const PatternWord& w, uint32_t from, uint32_t limit) {
  int32_t skipped_np = -1;
  for (uint32_t t = from; t < limit && t - from <= kMaxGap; ++t) {
    if (ctx.Matches(t, w)) return t;
    if (ctx.Stops(t)) return -1;
    if (w.particle && !w.negative) {
      const int32_t ph = ctx.token_phrase[t];
      if (ph >= 0 && ctx.doc.phrases[static_cast<size_t>(ph)].kind == PhraseKind::kNounPhrase) {
        if (skipped_np >= 0 && ph != skipped_np) return -1;
        skipped_np = ph;
      } else if (!text::IsAdverb(ctx.doc.tokens[t].tag)) {
        return -1;
      }
    }
  }
  return -1;
}

// Matches the pattern's words forward from the trigger, in order; words
// whose bit is set in `done` were matched before a passive verb group.
Attempt MatchForward(const Context& ctx, const Pattern& p, uint32_t trigger, uint32_t limit, uint32_t done) {
  Attempt a;
  a.first = a.last = trigger;
  uint32_t pos = trigger + 1;
  for (size_t i = 0; i < p.words.size(); ++i) {
    const PatternWord& w = p.words[i];
    if (done & (1u << i)) continue;
    if (w.negative) {
      if (FindForward(ctx, w, pos, limit) >= 0) return a;
      // Or right before a verb, its subject: "Floods forced thousands from
      // their homes" is no expulsion.
      for (uint32_t t = trigger, back = 0; !p.nominal && t > 0 && back < kPassiveBack && !ctx.Stops(t - 1);
           --t, ++back) {
        if (ctx.Matches(t - 1, w)) return a;
      }
      continue;
    }
    int64_t found = FindForward(ctx, w, pos, limit);
    if (found < 0) {
      if (w.optional) continue;
      return a;
    }
    pos = static_cast<uint32_t>(found) + 1;
    a.last = static_cast<uint32_t>(found);
    ++a.matched;
    if (!w.particle) a.object_token = static_cast<int32_t>(found);
  }
  a.ok = true;
  return a;
}

// The passive reading: the leading content words in order in the few tokens
// before the verb group ("the plane was shot down", "the army was put on
// alert"), every other word after the trigger.
Attempt MatchPassive(const Context& ctx, const Pattern& p, const Phrase& vg, uint32_t trigger,
                     uint32_t limit, uint32_t sentence_first) {
  Attempt a;
  uint32_t lo = vg.begin;
  while (lo > sentence_first && vg.begin - lo < kPassiveBack && !ctx.Stops(lo - 1)) --lo;
  uint32_t pos = lo, done = 0;
  int32_t first = -1, object = -1;
  int matched = 0;
  for (size_t i = 0; i < p.words.size(); ++i) {
    const PatternWord& w = p.words[i];
    if (w.particle) continue;
    if (w.negative) {
      for (uint32_t t = pos; t < vg.begin; ++t) {
        if (ctx.Matches(t, w)) return a;
      }
      continue;
    }
    int64_t found = -1;
    for (uint32_t t = pos; t < vg.begin && found < 0; ++t) {
      if (ctx.Matches(t, w)) found = t;
    }
    if (found < 0) break;  // this word and the rest: after the verb
    pos = static_cast<uint32_t>(found) + 1;
    if (first < 0) first = static_cast<int32_t>(found);
    object = static_cast<int32_t>(found);
    done |= 1u << i;
    ++matched;
  }
  if (matched == 0) return a;  // nothing before the verb: the forward reading stands
  Attempt rest = MatchForward(ctx, p, trigger, limit, done);
  if (!rest.ok) return a;
  rest.matched += matched;
  rest.first = static_cast<uint32_t>(first);
  rest.object_token = object;  // the patient stands before a passive verb
  return rest;
}

// How specific a code is: longer is more specific; a 3-digit "not specified
// below" code (070, 190) ranks under its siblings (073, 195).
int Specificity(std::string_view code) {
  return static_cast<int>(code.size()) * 2 - (code.size() == 3 && code[2] == '0' ? 1 : 0);
}

}  // namespace riposte::events::internal
