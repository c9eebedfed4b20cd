// Implicit roles: the party news leaves unsaid because the story has made it
// plain. "The following day, Azerbaijan's Foreign Ministry lodged a formal
// protest" has no target in its clause; the reader knows from the sentences
// before that the protest went to Russia. Analysts want that dyad, and the
// seed gold codes it.
//
// Only a role the clause leaves empty is filled, and only for acts that have
// a counterpart (CAMEO 01x comments, except acknowledging and denying
// responsibility, have none). Each filled role points at a real mention, so
// its evidence is a span of the document; EventActor::implicit marks it.
//
//   place     a passive or nominal act of state coercion, protest or
//             sanction with no agent ("the ambassador in Moscow was
//             summoned", "were detained in Azerbaijan"): the clause's place
//             names the state that acted. Only the country is coded.
//   sentence  the nearest coded mention in the trigger's sentence whose
//             country differs from the known role's ("... lodged a protest
//             over the detentions of Azerbaijanis in Russia").
//   story     else the nearest one in the kBackSentences sentences before.
//   document  else the document's dominant counterpart: the country most
//             mentioned besides the known role's, when it has at least
//             kDominantMin mentions and twice the next one.
// A role is filled only when the other role is coded: with neither, nothing
// says whose counterpart to look for. The speaker of reported speech is never
// taken for the act's party.
//
// Tested by coder_context_test.cc.
#include <algorithm>
#include <map>

#include "events/internal/coder_internal.h"

namespace riposte::events::internal {

namespace {

constexpr int32_t kBackSentences = 3;
constexpr int kDominantMin = 3;

// Codes whose act has no counterpart: CAMEO 01x comments other than
// acknowledging (015) or denying (016) responsibility.
bool WantsCounterpart(std::string_view cameo) {
  if (!cameo.starts_with("01")) return true;
  return cameo.starts_with("015") || cameo.starts_with("016");
}

// Acts a state does on its own soil, whose place names the actor when the
// text names none: protests and summonses (11x), reductions of relations
// and expulsions (16x), arrests, raids and deportations (17x).
bool PlaceNamesActor(std::string_view cameo) {
  return cameo.starts_with("11") || cameo.starts_with("16") || cameo.starts_with("17");
}

std::string CountryOf(const DocIndex& ix, int32_t m, std::string_view as_of,
                      const actors::Lexicon& lexicon) {
  return actors::CodeCountry(MentionCode(ix, m, as_of, lexicon));
}

bool Contains(const std::vector<int32_t>& v, int32_t m) {
  return std::find(v.begin(), v.end(), m) != v.end();
}

// The nearest coded mention to `at` among sentences [first, last] whose
// country is neither empty nor `known`, not one of `taken`; -1 if none.
int32_t NearestOther(const DocIndex& ix, int32_t first, int32_t last, Offset at,
                     const std::string& known, const std::vector<int32_t>& taken,
                     std::string_view as_of, const actors::Lexicon& lexicon) {
  const Document& doc = ix.doc();
  if (first < 0 || last < first) return -1;
  const Span range{doc.sentences[static_cast<size_t>(first)].span.begin,
                   doc.sentences[static_cast<size_t>(last)].span.end};
  int32_t best = -1;
  Offset best_distance = 0;
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& a = doc.actors[i];
    if (a.span.begin < range.begin || a.span.end > range.end) continue;
    const int32_t m = static_cast<int32_t>(i);
    if (Contains(taken, m)) continue;
    const std::string country = CountryOf(ix, m, as_of, lexicon);
    if (country.empty() || country == known) continue;
    const Offset distance = a.span.end <= at ? at - a.span.end : a.span.begin - at;
    if (best < 0 || distance < best_distance) {
      best = m;
      best_distance = distance;
    }
  }
  return best;
}

// The document's dominant country besides `known` (see the file comment):
// its mention nearest before `at` (else its first), or -1.
int32_t DominantOther(const DocIndex& ix, Offset at, const std::string& known,
                      std::string_view as_of, const actors::Lexicon& lexicon) {
  const Document& doc = ix.doc();
  std::map<std::string, int> counts;
  std::vector<std::string> countries(doc.actors.size());
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    countries[i] = CountryOf(ix, static_cast<int32_t>(i), as_of, lexicon);
    if (!countries[i].empty() && countries[i] != known) ++counts[countries[i]];
  }
  std::string top;
  int first = 0, second = 0;
  for (const auto& [country, n] : counts) {
    if (n > first) {
      second = first;
      first = n;
      top = country;
    } else if (n > second) {
      second = n;
    }
  }
  if (first < kDominantMin || first < 2 * second) return -1;
  int32_t pick = -1;
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    if (countries[i] != top) continue;
    if (pick < 0 || doc.actors[i].span.end <= at) pick = static_cast<int32_t>(i);
    if (doc.actors[i].span.end > at) break;
  }
  return pick;
}

// The counterpart of a role whose country is `known`: sentence, story, then
// document (file comment).
int32_t Counterpart(const DocIndex& ix, const Trigger& trig, const std::string& known,
                    const std::vector<int32_t>& taken, std::string_view as_of,
                    const actors::Lexicon& lexicon) {
  const Offset at = ix.doc().tokens[trig.token].span.begin;
  const int32_t s = ix.SentenceOf(trig.token);
  if (s < 0) return -1;
  int32_t m = NearestOther(ix, s, s, at, known, taken, as_of, lexicon);
  if (m < 0) m = NearestOther(ix, std::max(0, s - kBackSentences), s - 1, at, known, taken, as_of, lexicon);
  if (m < 0) m = DominantOther(ix, at, known, as_of, lexicon);
  return m;
}

}  // namespace

void FillImplicitRoles(const DocIndex& ix, const Trigger& trig, std::string_view as_of,
                       const std::optional<Location>& place, const actors::Lexicon& lexicon,
                       Roles& roles) {
  if (!WantsCounterpart(trig.cameo)) return;
  auto coded = [&](const std::vector<int32_t>& ms) -> std::string {
    for (int32_t m : ms) {
      std::string c = CountryOf(ix, m, as_of, lexicon);
      if (!c.empty()) return c;
    }
    return "";
  };
  std::string source = coded(roles.sources);
  const std::string target = coded(roles.targets);
  const bool passive_like = trig.nominal || trig.verb < 0 || roles.agentless_passive;
  if (roles.sources.empty() && passive_like && place && !place->country.empty() &&
      place->country != target && PlaceNamesActor(trig.cameo)) {
    roles.place_source = EventActor{place->country, place->span, true};
    source = place->country;
  }
  // The speaker of reported speech is its own party, never the act's.
  std::vector<int32_t> speaker;
  if (roles.speaker >= 0) {
    const Span s = ix.PhraseSpan(roles.speaker);
    for (size_t i = 0; i < ix.doc().actors.size(); ++i) {
      const Span a = ix.doc().actors[i].span;
      if (a.begin < s.end && s.begin < a.end) speaker.push_back(static_cast<int32_t>(i));
    }
  }
  if (source.empty() && !target.empty() && roles.sources.empty()) {
    std::vector<int32_t> taken = roles.targets;
    taken.insert(taken.end(), speaker.begin(), speaker.end());
    int32_t m = Counterpart(ix, trig, target, taken, as_of, lexicon);
    if (m >= 0) {
      roles.sources = {m};
      roles.implicit_source = true;
      source = CountryOf(ix, m, as_of, lexicon);
    }
  }
  if (target.empty() && !source.empty() && roles.targets.empty()) {
    std::vector<int32_t> taken = roles.sources;
    taken.insert(taken.end(), speaker.begin(), speaker.end());
    int32_t m = Counterpart(ix, trig, source, taken, as_of, lexicon);
    if (m >= 0) {
      roles.targets = {m};
      roles.implicit_target = true;
    }
  }
}

}  // namespace riposte::events::internal
