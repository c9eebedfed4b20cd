// Token-level helpers for claims (see claim_text.h). Tokens and phrases are
// in text order, so lookups are binary searches over their spans; clauses
// nest, so the innermost one holding a token is the shortest that does.
// Tested by claims_test.cc.
#include "reconcile/internal/claim_text.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "actors/actors.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {

std::pair<uint32_t, uint32_t> TokensIn(const Document& doc, Span span) {
  auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                [](const Token& t, Offset o) { return t.span.begin < o; });
  auto last = std::lower_bound(first, doc.tokens.end(), span.end,
                               [](const Token& t, Offset o) { return t.span.end <= o; });
  return {static_cast<uint32_t>(first - doc.tokens.begin()), static_cast<uint32_t>(last - doc.tokens.begin())};
}

Span TokenSpan(const Document& doc, uint32_t first, uint32_t last) {
  return Span{doc.tokens[first].span.begin, doc.tokens[last - 1].span.end};
}

std::optional<uint32_t> TriggerToken(const Document& doc, const store::StoredEvent& event) {
  // rule: "<file>:<line> <pattern>[ (kind)]"; the pattern may open with
  // "noun:" or "phrasal:"; its first word lists alternatives with '|'.
  std::string_view rule = event.rule;
  const size_t space = rule.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view pattern = rule.substr(space + 1);
  for (std::string_view prefix : {"noun:", "phrasal:"}) {
    if (pattern.substr(0, prefix.size()) == prefix) pattern.remove_prefix(prefix.size());
  }
  while (!pattern.empty() && pattern.front() == ' ') pattern.remove_prefix(1);
  std::string_view first_word = pattern.substr(0, pattern.find(' '));
  if (first_word.empty() || event.span.end > doc.text.size()) return std::nullopt;
  auto [begin, end] = TokensIn(doc, event.span);
  for (uint32_t t = begin; t < end; ++t) {
    const std::string lemma = Lower(doc.tokens[t].lemma);
    std::string_view alternatives = first_word;
    while (!alternatives.empty()) {
      const size_t bar = alternatives.find('|');
      if (alternatives.substr(0, bar) == lemma) return t;
      if (bar == std::string_view::npos) break;
      alternatives.remove_prefix(bar + 1);
    }
  }
  return std::nullopt;
}

Span ClauseSpan(const Document& doc, uint32_t t, Span fallback) {
  // Clauses are ordered by their first token: look back from the last one
  // opening at or before t, a sentence's worth at most.
  constexpr ptrdiff_t kMaxClausesBack = 64;
  auto after = std::upper_bound(doc.clauses.begin(), doc.clauses.end(), t,
                                [](uint32_t tok, const Clause& c) { return tok < c.begin; });
  const Clause* best = nullptr;
  for (auto it = after; it != doc.clauses.begin() && after - it < kMaxClausesBack;) {
    const Clause& c = *--it;
    if (t < c.end && c.end <= doc.tokens.size() && (!best || c.end - c.begin < best->end - best->begin)) best = &c;
  }
  if (!best || best->begin >= best->end) return fallback;
  return TokenSpan(doc, best->begin, best->end);
}

Span WidenToVerb(const Document& doc, uint32_t first, uint32_t last, Span sentence) {
  uint32_t from = first, to = last;
  auto it = std::lower_bound(doc.phrases.begin(), doc.phrases.end(), first,
                             [](const Phrase& p, uint32_t tok) { return p.end < tok; });
  for (; it != doc.phrases.end(); ++it) {
    const Phrase& p = *it;
    if (p.begin > last + 1) break;
    if (p.kind != PhraseKind::kVerbGroup || p.end > doc.tokens.size()) continue;
    if (p.end == first) from = p.begin;  // "killed" 38 people
    if (p.begin == last || (p.begin > last && p.begin <= last + 1 && last < doc.tokens.size() &&
                            text::IsNoun(doc.tokens[last].tag))) {
      to = p.end;  // Thirty-eight people "were killed"
    }
  }
  Span s = TokenSpan(doc, from, to);
  if (!sentence.Contains(s)) return TokenSpan(doc, first, last);
  return s;
}

bool NegatesParticipants(const Document& doc, Span span) {
  auto [first, last] = TokensIn(doc, span);
  for (uint32_t t = first; t < last; ++t) {
    if (TokenIs(doc, t, "nobody") || TokenIs(doc, t, "no-one")) return true;
    if (t + 1 < last && TokenIs(doc, t, "no") && TokenIs(doc, t + 1, "one")) return true;
    if (t + 1 < last && TokenIs(doc, t, "none") && TokenIs(doc, t + 1, "of")) return true;
  }
  return false;
}

namespace {

// Words that frame a target as armed or criminal, or as civilians (a noun
// anywhere in the target's words, compared lower-case). Our own lists.
constexpr std::array<std::string_view, 22> kArmedWords = {
    "criminal",   "criminals",  "gang",       "gangs",      "mafia",       "terrorist",
    "terrorists", "militant",   "militants",  "insurgent",  "insurgents",  "rebel",
    "rebels",     "fighters",   "gunmen",     "extremist",  "extremists",  "combatants",
    "smugglers",  "traffickers", "militia",   "militias"};
constexpr std::array<std::string_view, 22> kCivilianWords = {
    "civilian",  "civilians", "resident",   "residents",   "villager", "villagers",
    "family",    "families",  "home",       "homes",       "house",    "houses",
    "women",     "children",  "compatriot", "compatriots", "farmers",  "students",
    "worshippers", "patients", "pensioners", "households"};

}  // namespace

// "armed or criminal", "civilians", or "" when the words say neither (or
// both). A people's code (sector CVL: "Azerbaijanis") frames civilians.
std::string_view TargetFraming(const Document& doc, const store::StoredActor& target) {
  bool armed = false;
  bool civilian = actors::CodeSector(target.code) == "CVL" && !actors::CodeCountry(target.code).empty();
  // The analysed tokens of the target's words, not a re-tokenised copy.
  const auto [first, last] = TokensIn(doc, target.span);
  for (uint32_t t = first; t < last; ++t) {
    const std::string word = Lower(doc.Slice(doc.tokens[t].span));
    armed = armed || std::find(kArmedWords.begin(), kArmedWords.end(), word) != kArmedWords.end();
    civilian = civilian || std::find(kCivilianWords.begin(), kCivilianWords.end(), word) != kCivilianWords.end();
  }
  if (armed == civilian) return {};
  return armed ? "armed or criminal" : "civilians";
}

}  // namespace riposte::reconcile::internal
