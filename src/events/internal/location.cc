// Location: where the clause says the act happened.
//
// The direct object of force (CAMEO 18-20: "attacked Grozny") names the
// place; else a noun phrase right after "in", "near", "at", "outside" or
// "inside" in the trigger's clause names the place when its words (without a determiner:
// "the Russian Federation" -> "Russian Federation"), or its head alone, are
//   - a country name or capital in the actors lexicon: {text, country}, and
//     for a capital the gazetteer's coordinates when it knows the city in
//     the same country ("in Baku" -> AZE, 40.3833, 49.85);
//   - else a city of the gazetteer (actors.h, tzdata's zone.tab and our
//     alternate spellings): {text, country, lat, lon} ("detained in
//     Yekaterinburg" -> RUS, 56.85, 60.6).
// The head alone counts only when the word before it in the phrase is no
// proper noun other than a compass word ("in Russia's Yekaterinburg", "in
// Western Ukraine" yes; "in New Jersey", "in New Mexico" no).
// "in the Urals city of Yekaterinburg": when the phrase's head is "city",
// "town", "capital", "port" or "village" and "of" follows, the noun phrase
// after "of" is read too. The nearest place after the trigger wins, else the
// nearest before it. Places neither knows (towns, regions) give no
// location, and country names no coordinates: nothing is invented.
//
// The gazetteer is actors::DefaultGazetteer() (loaded once per process from
// the system's tzdata and iso-codes; empty, with one warning, when they are
// missing), so the Coder's constructor takes none; tests pass their own.
//
// Tested by coder_test.cc and location_test.cc.
#include <algorithm>
#include <array>
#include <cstdint>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr std::array<std::string_view, 5> kPlacePreps = {"in", "near", "at", "outside",
                                                         "inside"};
// Bit n set: some place preposition has n bytes. FindLocation scans every
// token of the clause for every act; most have another length and are
// passed over without comparing words.
constexpr uint64_t kPlacePrepLengths = [] {
  uint64_t bits = 0;
  for (std::string_view w : kPlacePreps) bits |= uint64_t{1} << w.size();
  return bits;
}();
// Bit c - 'a' set: some place preposition begins with letter c. Of the
// words of a fitting length, most begin with another letter.
constexpr uint32_t kPlacePrepFirstLetters = [] {
  uint32_t bits = 0;
  for (std::string_view w : kPlacePreps) bits |= uint32_t{1} << (w[0] - 'a');
  return bits;
}();
constexpr std::array<std::string_view, 6> kSettlementNouns = {"city", "town", "capital",
                                                              "port", "village", "cities"};
constexpr size_t kCountryLength = 3;

// Capitalised compass words that may stand before a place without being
// part of its name ("in Western Ukraine").
constexpr std::array<std::string_view, 9> kCompassWords = {
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"};

// Returns true iff token `t` continues a proper name ("New" of "New
// Jersey"): a proper noun that is no compass word.
bool ContinuesName(const DocIndex& ix, uint32_t t) {
  const TagId tag = ix.doc().tokens[t].tag;
  return (tag == text::Id(text::Tag::NNP) || tag == text::Id(text::Tag::NNPS)) &&
         !ix.WordIn(t, kCompassWords);
}

// `follow_of`: whether "city of <place>" may read the phrase after "of".
std::optional<Location> PlaceOf(const DocIndex& ix, int32_t p, const actors::Lexicon& lexicon,
                                const actors::Gazetteer& gazetteer, bool follow_of) {
  const Document& doc = ix.doc();
  const Phrase& ph = doc.phrases[static_cast<size_t>(p)];
  uint32_t begin = ph.begin;
  if (ph.determiner >= 0 && static_cast<uint32_t>(ph.determiner) == begin) ++begin;
  if (begin >= ph.end) return std::nullopt;
  std::array<Span, 2> candidates = {ix.TokenSpan(begin, ph.end), Span{}};
  // The head alone, unless it ends a longer proper name ("New Jersey" is
  // no "Jersey", "New Mexico" no "Mexico").
  if (ph.head >= 0) {
    const uint32_t head = static_cast<uint32_t>(ph.head);
    if (head == begin || !ContinuesName(ix, head - 1)) candidates[1] = doc.tokens[head].span;
  }
  for (const Span s : candidates) {
    if (s.empty()) continue;
    const std::string_view words = doc.Slice(s);
    for (const actors::Entry* e : lexicon.Find(words)) {
      if ((e->kind != actors::EntryKind::kCountryName && e->kind != actors::EntryKind::kCapital) ||
          e->code.size() < kCountryLength) {
        continue;
      }
      Location loc;
      loc.text = std::string(words);
      loc.country = e->code.substr(0, kCountryLength);
      loc.span = s;
      const actors::Place* city =
          e->kind == actors::EntryKind::kCapital ? gazetteer.Find(words) : nullptr;
      if (city != nullptr && city->country == loc.country) {
        loc.lat = city->lat;
        loc.lon = city->lon;
      }
      return loc;
    }
    if (const actors::Place* city = gazetteer.Find(words)) {
      Location loc;
      loc.text = std::string(words);
      loc.country = city->country;
      loc.span = s;
      loc.lat = city->lat;
      loc.lon = city->lon;
      return loc;
    }
  }
  // "the Urals city of Yekaterinburg", "the port of Aktau".
  if (follow_of && ph.head >= 0 && ix.WordIn(static_cast<uint32_t>(ph.head), kSettlementNouns) &&
      ph.end + 1 < doc.tokens.size() && ix.WordIs(ph.end, "of")) {
    const int32_t next = ix.PhraseOf(ph.end + 1);
    if (next >= 0 && next != p && doc.phrases[static_cast<size_t>(next)].kind == PhraseKind::kNounPhrase &&
        doc.phrases[static_cast<size_t>(next)].begin == ph.end + 1) {
      return PlaceOf(ix, next, lexicon, gazetteer, false);  // one level: no recursion on input
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Location> FindLocation(const DocIndex& ix, const Trigger& trig,
                                     const actors::Lexicon& lexicon) {
  return FindLocation(ix, trig, lexicon, actors::DefaultGazetteer());
}

std::optional<Location> FindLocation(const DocIndex& ix, const Trigger& trig,
                                     const actors::Lexicon& lexicon,
                                     const actors::Gazetteer& gazetteer) {
  const Document& doc = ix.doc();
  const int32_t c = ix.ClauseOfTrigger(trig);
  if (c < 0) return std::nullopt;
  const Clause& clause = doc.clauses[static_cast<size_t>(c)];
  // A verb lifted out of a reported clause (ClauseOfTrigger): that clause's
  // places are the report's, not this act's.
  const bool lifted = ix.ClauseOf(trig.token) != c;
  // "tried to attack Grozny", "shelled Kharkiv": force (CAMEO 18-20) aimed
  // at a place names it as its direct object.
  if (!trig.nominal && trig.verb >= 0 && RootNumber(trig.cameo) >= 18) {
    const Phrase& vg = doc.phrases[static_cast<size_t>(trig.verb)];
    const int32_t p = ix.PhraseOf(vg.end);
    if (p >= 0 && doc.phrases[static_cast<size_t>(p)].kind == PhraseKind::kNounPhrase &&
        doc.phrases[static_cast<size_t>(p)].begin == vg.end) {
      if (auto loc = PlaceOf(ix, p, lexicon, gazetteer, true)) return loc;
    }
  }
  std::optional<Location> before;
  for (uint32_t t = clause.begin; t + 1 < clause.end && t + 1 < doc.tokens.size(); ++t) {
    const uint32_t length = doc.tokens[t].span.end - doc.tokens[t].span.begin;
    if (length >= 64 || ((kPlacePrepLengths >> length) & 1) == 0) continue;
    const char first = doc.text[doc.tokens[t].span.begin] | 0x20;  // ASCII lower case
    if (first < 'a' || first > 'z' || ((kPlacePrepFirstLetters >> (first - 'a')) & 1) == 0) continue;
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
    DocIndex::NoPlaces& memo = ix.no_places();
    if (memo.lexicon != &lexicon || memo.gazetteer != &gazetteer) {
      memo.lexicon = &lexicon;
      memo.gazetteer = &gazetteer;
      memo.phrases.assign(doc.phrases.size(), false);
    }
    if (memo.phrases[static_cast<size_t>(p)]) continue;
    auto loc = PlaceOf(ix, p, lexicon, gazetteer, true);
    if (!loc) {
      memo.phrases[static_cast<size_t>(p)] = true;
      continue;
    }
    if (t > trig.token) return loc;
    before = loc;
  }
  return before;
}

}  // namespace riposte::events::internal
