// "The first X since Y" (see first_since.h).
//
// Reading: in the sentence of a coded act, a token "first" followed within
// kFirstSinceWindow tokens by a noun sharing the act's trigger's stem
// (kStemLetters letters: "apology" and "apologised") and then "since"; a
// time expression right after "since" bounds the claim (acts before it are
// not denied).
// Pooling: the claim goes to every cluster with its CAMEO code, source
// country and target country that ends before its own cluster starts,
// kFirstSinceDays at most before (an act a year earlier is another round,
// not the one the report denies): the report denies each of them. Only
// those with dates of their own stated make a dispute.
// Tested by first_since_test.cc.
#include "reconcile/internal/first_since.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "actors/actors.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {
namespace {

constexpr uint32_t kFirstSinceWindow = 8;  // "the first apology Moscow had offered since"
constexpr size_t kStemLetters = 5;         // "apolo", "visit", "sanct"
constexpr int64_t kFirstSinceDays = 366;

bool SameStem(std::string_view a, std::string_view b) {
  return a.size() >= kStemLetters && b.size() >= kStemLetters && a.substr(0, kStemLetters) == b.substr(0, kStemLetters);
}

}  // namespace

bool IsFirstSinceTopic(std::string_view topic) {
  return topic.substr(0, kFirstSinceTopic.size()) == kFirstSinceTopic &&
         (topic.size() == kFirstSinceTopic.size() || topic[kFirstSinceTopic.size()] == kFirstSinceBound);
}

std::optional<std::string> FirstSinceTopic(const Document& doc, const store::StoredEvent& e) {
  const std::optional<uint32_t> trigger = TriggerToken(doc, e);
  if (!trigger) return std::nullopt;
  const std::string stem = Lower(doc.tokens[*trigger].lemma);
  auto [first, last] = TokensIn(doc, e.span);
  for (uint32_t t = first; t < last; ++t) {
    if (!TokenIs(doc, t, "first")) continue;
    bool noun = false;
    for (uint32_t k = t + 1; k < last && k <= t + kFirstSinceWindow; ++k) {
      const Token& tok = doc.tokens[k];
      if (text::IsNoun(tok.tag) && SameStem(Lower(tok.lemma), stem)) noun = true;
      if (!noun || !TokenIs(doc, k, "since")) continue;
      std::string topic(kFirstSinceTopic);
      // A date right after "since" (or holding it: "since 2019") bounds it.
      for (const TimeExpression& time : doc.times) {
        if (time.start.empty() || time.span.end <= doc.tokens[k].span.begin) continue;
        const bool right_after = k + 1 < last && time.span.begin <= doc.tokens[k + 1].span.begin;
        if (right_after) topic += kFirstSinceBound + time.start;
        break;
      }
      return topic;
    }
  }
  return std::nullopt;
}

std::vector<std::vector<size_t>> PoolFirstSince(const std::vector<ClusteredEvent>& clusters,
                                                const std::vector<Claim>& claims,
                                                const std::vector<size_t>& cluster_of) {
  std::vector<std::vector<size_t>> out(claims.size());
  // Clusters by (CAMEO code, source country, target country), built on the
  // first claim that needs them: most corpora have none.
  using Kind = std::tuple<std::string, std::string, std::string>;
  std::map<Kind, std::vector<size_t>> by_kind;
  bool indexed = false;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (!IsFirstSinceTopic(c.topic) || !c.mention || *c.mention >= cluster_of.size()) continue;
    const size_t at = c.topic.find(kFirstSinceBound);
    const std::optional<DayRange> bound =
        at == std::string::npos ? std::nullopt : DateRange(std::string_view(c.topic).substr(at + 1));
    const size_t own = cluster_of[*c.mention];
    if (own == SIZE_MAX) continue;
    const ClusteredEvent& self = clusters[own];
    const std::string source = actors::CodeCountry(self.source), target = actors::CodeCountry(self.target);
    const std::optional<DayRange> when = DateRange(self.date);
    if (source.empty() || target.empty() || self.cameo.empty() || !when) continue;
    if (!indexed) {
      for (size_t k = 0; k < clusters.size(); ++k) {
        const ClusteredEvent& o = clusters[k];
        by_kind[Kind{o.cameo, actors::CodeCountry(o.source), actors::CodeCountry(o.target)}].push_back(k);
      }
      indexed = true;
    }
    auto same_kind = by_kind.find(Kind{self.cameo, source, target});
    if (same_kind == by_kind.end()) continue;
    for (size_t other : same_kind->second) {
      if (other == own) continue;
      const ClusteredEvent& o = clusters[other];
      const std::optional<DayRange> then = DateRange(o.date);
      if (!then || then->end >= when->start || when->start - then->end > kFirstSinceDays) continue;
      if (bound && then->end < bound->start) continue;  // before the point it counts from
      out[i].push_back(other);
    }
  }
  return out;
}

}  // namespace riposte::reconcile::internal
