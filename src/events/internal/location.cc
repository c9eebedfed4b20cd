// Location: where the clause says the act happened.
//
// A noun phrase right after "in", "near", "at", "outside" or "inside" in the
// trigger's clause whose words (without a determiner: "the Russian
// Federation" -> "Russian Federation"), or whose head alone, the actors
// lexicon knows as a country name or a capital gives {text, country}. The
// nearest such phrase after the trigger wins, else the nearest before it.
// Places the lexicon does not know (cities that are not capitals, regions)
// give no location: there is no gazetteer yet, and nothing is invented;
// lat/lon stay empty for the same reason.
//
// Tested by coder_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"

namespace riposte::events::internal {

namespace {

constexpr std::array<std::string_view, 5> kPlacePreps = {"in", "near", "at", "outside",
                                                         "inside"};
constexpr size_t kCountryLength = 3;

std::optional<Location> PlaceOf(const DocIndex& ix, int32_t p, const actors::Lexicon& lexicon) {
  const Document& doc = ix.doc();
  const Phrase& ph = doc.phrases[static_cast<size_t>(p)];
  uint32_t begin = ph.begin;
  if (ph.determiner >= 0 && static_cast<uint32_t>(ph.determiner) == begin) ++begin;
  if (begin >= ph.end) return std::nullopt;
  std::array<Span, 2> candidates = {ix.TokenSpan(begin, ph.end), Span{}};
  if (ph.head >= 0) candidates[1] = doc.tokens[static_cast<size_t>(ph.head)].span;
  for (Span s : candidates) {
    if (s.empty()) continue;
    for (const actors::Entry* e : lexicon.Find(doc.Slice(s))) {
      if ((e->kind != actors::EntryKind::kCountryName && e->kind != actors::EntryKind::kCapital) ||
          e->code.size() < kCountryLength) {
        continue;
      }
      Location loc;
      loc.text = std::string(doc.Slice(s));
      loc.country = e->code.substr(0, kCountryLength);
      loc.span = s;
      return loc;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Location> FindLocation(const DocIndex& ix, const Trigger& trig,
                                     const actors::Lexicon& lexicon) {
  const Document& doc = ix.doc();
  const int32_t c = ix.ClauseOfTrigger(trig);
  if (c < 0) return std::nullopt;
  const Clause& clause = doc.clauses[static_cast<size_t>(c)];
  // A verb lifted out of a reported clause (ClauseOfTrigger): that clause's
  // places are the report's, not this act's.
  const bool lifted = ix.ClauseOf(trig.token) != c;
  std::optional<Location> before;
  for (uint32_t t = clause.begin; t + 1 < clause.end && t + 1 < doc.tokens.size(); ++t) {
    if (!ix.WordIn(t, kPlacePreps)) continue;
    int32_t tc = ix.ClauseOf(t);
    if (tc != c && (lifted || !(ix.Within(tc, c) && doc.clauses[static_cast<size_t>(tc)].kind ==
                                                       ClauseKind::kReported))) {
      continue;  // a relative or subordinate clause's place is its own
    }
    int32_t p = ix.PhraseOf(t + 1);
    if (p < 0 || doc.phrases[static_cast<size_t>(p)].kind != PhraseKind::kNounPhrase ||
        doc.phrases[static_cast<size_t>(p)].begin != t + 1) {
      continue;
    }
    auto loc = PlaceOf(ix, p, lexicon);
    if (!loc) continue;
    if (t > trig.token) return loc;
    before = loc;
  }
  return before;
}

}  // namespace riposte::events::internal
