// "Agent in <place>" (actors.h, resolve.cc's agent+in): an agent located
// in a country, capital or city is of that place's country ("Demonstrators
// in Baghdad" -> IRQCVL, "police in Yekaterinburg" -> RUSCOP), unless it may
// be foreign where it is (troops, diplomats: agent_facts.cc) or a possessor
// says whose it is ("its citizens in Baku").
//
// Algorithm: after the agent, "in", an optional "the" and up to three
// lower-case adjectives ("in central Baghdad"), the place is either the next
// lexicon item, when it is a capital or a country name (not a region), or
// else the longest run of up to kMaxCityWords words, starting with a capital
// letter and ending before the next item, whose text the gazetteer knows
// (DefaultGazetteer() unless the Recognizer was given one). A place that
// modifies a noun or is a possessor ("in Baku's old town", "in Baku city
// centre") gives nothing. The mention spans the agent through the place.
//
// Tested by recognize_test.cc and gazetteer_test.cc.
#include <algorithm>

#include "actors/internal/sentence_resolver.h"
#include "text/text.h"

namespace riposte::actors::internal {

size_t SentenceResolver::TryAgentIn(size_t k) {
  if (!items_[k].IsAgent()) return 0;
  const Entry& agent = *items_[k].agent;
  if (Facts(agent).foreign) return 0;
  // "its citizens in Baku": a possessor says whose they are.
  const uint32_t before = items_[k].begin;
  if (before > first_ && TagAt(before - 1) == text::Id(text::Tag::PRPS)) return 0;
  uint32_t t = items_[k].end;
  if (LowerAt(t) != "in") return 0;
  ++t;
  if (LowerAt(t) == "the") ++t;
  // "in central Baghdad", "in the southern Ivory Coast".
  for (uint32_t gap = 0; gap < kMaxModifierGap && t < last_ && text::IsAdjective(TagAt(t)) &&
                         !StartsUpper(t);
       ++gap) {
    ++t;
  }
  // The place: the next lexicon item (a capital or country name), else a
  // city the gazetteer knows in the words before that item.
  const Item* place = k + 1 < items_.size() ? &items_[k + 1] : nullptr;
  std::string country;
  std::string_view place_where;
  std::string gazetteer_where;
  uint32_t place_end = 0;
  size_t used = 2;
  if (place != nullptr && place->begin == t) {
    if (!place->Whole()) return 0;
    const Entry* where = nullptr;
    if (place->Primary() == EntryKind::kCapital) where = place->capital;
    if (place->Primary() == EntryKind::kCountryName && !IsRegion(place->name->code)) where = place->name;
    if (where == nullptr) return 0;
    country = where->code;
    place_where = where->where;
    place_end = place->end;
  } else {
    const Place* city = CityAt(t, place != nullptr ? place->begin : last_, place_end);
    if (city == nullptr) return 0;
    country = city->country;
    gazetteer_where = Concat({"gazetteer ", city->tz});
    place_where = gazetteer_where;
    used = 1;
  }
  // "in Baku's old town", "in Baku city centre": the place is a modifier.
  if (IsPossessive(place_end) || ModifiesNoun(place_end)) return 0;
  // "the police in Baku" as much as "police in Baku": the place decides.
  uint32_t b = items_[k].begin;
  if (b > first_ && ctx_.Lower(b - 1) == "the") --b;
  MentionInfo info;
  info.kind = EntryKind::kAgent;
  info.family = Facts(agent).family;
  Emit(b, place_end, country + agent.code, Concat({"agent+in+place ", agent.where, " ", place_where}),
       std::move(info));
  return used;
}

const Place* SentenceResolver::CityAt(uint32_t t, uint32_t limit, uint32_t& end) const {
  if (ctx_.gazetteer == nullptr || ctx_.gazetteer->empty() || t >= limit || !StartsUpper(t)) {
    return nullptr;
  }
  // Longest first: "Ho Chi Minh City" before "Ho Chi Minh".
  const uint32_t last = std::min(limit, t + kMaxCityWords);
  for (uint32_t e = last; e > t; --e) {
    const Span span{doc_.tokens[t].span.begin, doc_.tokens[e - 1].span.end};
    if (const Place* city = ctx_.gazetteer->Find(doc_.Slice(span))) {
      end = e;
      return city;
    }
  }
  return nullptr;
}

}  // namespace riposte::actors::internal
