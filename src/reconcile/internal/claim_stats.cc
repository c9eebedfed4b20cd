// Standalone statistics: how many of a people live or work in a country.
//
// In every sentence, a figure (values.h ReadFigureAt: "about 2 million",
// "over three million", "600,000"; vague counts are not statistics) directly
// followed by an actor mention of a people (sector CVL: "Azerbaijanis",
// "ethnic Azeris") is a population claim when the sentence places them in a
// country (an actor mention coding a country alone, "Russia", "the Russian
// Federation", or a country in the possessive before a place, "Georgia's
// border districts") through one of:
//   verb    live/work/reside within a few words after the group, then "in"
//           the country ("... Azerbaijanis live and work in Russia",
//           "... are living in the Russian Federation");
//   where   "<country>, where <figure> <people> live" (the relative clause);
//   group   "a diaspora/community/population of <figure> <people>", placed by
//           "in <country>" after it, else by the one other country the
//           sentence names ("Moscow cannot ignore a diaspora of up to 3
//           million Azerbaijanis": Moscow -> RUS).
// The place must differ from the people's own country. Figures that are an
// event mention's coded quantity, or lie in a time expression, are skipped.
// Who claims it: the speaker of the reported clause holding the figure, else
// the actor after "according to" in the sentence ("according to Russian
// estimates" -> RUS), when the actors stage codes it.
// Abstains whenever a piece is missing: no figure is invented.
// Tested by claims_test.cc.
#include "reconcile/internal/claim_stats.h"

#include <array>
#include <string>
#include <string_view>

#include "actors/actors.h"
#include "reconcile/internal/claim_counts.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"

namespace riposte::reconcile::internal {
namespace {

constexpr std::array<std::string_view, 4> kStativeVerbs = {"live", "work", "reside", "stay"};
constexpr std::array<std::string_view, 3> kGroupNouns = {"diaspora", "community", "population"};
constexpr uint32_t kVerbWindow = 4;   // tokens from the group to its verb ("are living")
constexpr uint32_t kPlaceWindow = 5;  // tokens from the verb to "in" ("live and work in")

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  for (std::string_view x : words)
    if (x == w) return true;
  return false;
}

// Index of the actor mention starting at token t (its first token), or -1.
int ActorAt(const Document& doc, uint32_t t) {
  if (t >= doc.tokens.size()) return -1;
  const Offset b = doc.tokens[t].span.begin;
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    if (doc.actors[a].span.begin == b) return static_cast<int>(a);
    if (doc.actors[a].span.begin > b) break;
  }
  return -1;
}

bool IsCountry(const ActorMention& a) {
  return !a.code.empty() && actors::CodeSector(a.code).empty() && !actors::CodeCountry(a.code).empty();
}
bool IsPeople(const ActorMention& a) {
  return !a.code.empty() && actors::CodeSector(a.code) == "CVL" && !actors::CodeCountry(a.code).empty();
}

// The country actor at t, or after "the" at t. A country in the possessive
// names a place inside it ("in Georgia's border districts"), whatever
// sector the actors stage gave the possessor.
int CountryAt(const Document& doc, uint32_t t) {
  int a = ActorAt(doc, t);
  if (a < 0 && TokenIs(doc, t, "the")) a = ActorAt(doc, t + 1);
  if (a < 0) return -1;
  if (IsCountry(doc.actors[a])) return a;
  const uint32_t after = TokensIn(doc, doc.actors[a].span).second;
  const bool possessive = TokenIs(doc, after, "'s") || TokenIs(doc, after, "\u2019s");
  return possessive && !actors::CodeCountry(doc.actors[a].code).empty() ? a : -1;
}

// "according to <actor>" anywhere in the sentence [first, last).
std::string AccordingTo(const Document& doc, uint32_t first, uint32_t last) {
  for (uint32_t t = first; t + 2 < last; ++t) {
    if (!TokenIs(doc, t, "according") || !TokenIs(doc, t + 1, "to")) continue;
    for (uint32_t a = t + 2; a < last && a <= t + 3; ++a) {  // "to (the) Russian estimates"
      const int actor = ActorAt(doc, a);
      if (actor >= 0 && !doc.actors[actor].code.empty()) return doc.actors[actor].code;
    }
  }
  return {};
}

std::string Speaker(const Document& doc, uint32_t t) {
  for (const Clause& c : doc.clauses) {
    if (c.begin > t) break;
    if (t >= c.end || c.speaker < 0) continue;
    for (const ActorMention& a : doc.actors)
      if (a.phrase == c.speaker && !a.code.empty()) return a.code;
  }
  return {};
}

// The subject of the innermost clause holding token t when an actor of
// another country than `people` ("Moscow cannot ignore a diaspora of ..."),
// else -1.
int ClauseSubjectCountry(const Document& doc, uint32_t t, const ActorMention& people) {
  const Clause* best = nullptr;
  for (const Clause& c : doc.clauses) {
    if (c.begin > t) break;
    if (t < c.end && (!best || c.end - c.begin < best->end - best->begin)) best = &c;
  }
  if (!best || best->subject < 0) return -1;
  const std::string own = actors::CodeCountry(people.code);
  for (int a = 0; a < static_cast<int>(doc.actors.size()); ++a) {
    const ActorMention& m = doc.actors[a];
    if (m.phrase != best->subject || m.code.empty()) continue;
    const std::string country = actors::CodeCountry(m.code);
    if (!country.empty() && country != own) return a;
  }
  return -1;
}

}  // namespace

void AppendStandaloneClaims(const std::vector<Document>& docs, size_t doc_index,
                            const std::vector<Mention>& mentions, const std::vector<size_t>& own,
                            std::vector<Claim>& out) {
  const Document& doc = docs[doc_index];
  if (doc.actors.empty()) return;
  for (const Sentence& sentence : doc.sentences) {
    auto [first, last] = TokensIn(doc, sentence.span);
    for (uint32_t t = first; t < last; ++t) {
      std::optional<ReadFigure> f = ReadFigureAt(doc, t, first);
      if (!f || !f->value) continue;
      const int group = ActorAt(doc, f->end);
      if (group < 0 || !IsPeople(doc.actors[group])) continue;
      const ActorMention& people = doc.actors[group];
      const uint32_t group_end = TokensIn(doc, people.span).second;
      const Span figure_span = TokenSpan(doc, f->begin, f->end);
      if (CodedOrTime(doc, mentions, own, figure_span)) continue;
      int place = -1;
      uint32_t quote_end = group_end;
      // verb: "... live (and work) in <country>"
      for (uint32_t v = group_end; v < last && v < group_end + kVerbWindow && place < 0; ++v) {
        if (!In(kStativeVerbs, Lower(doc.tokens[v].lemma))) continue;
        quote_end = v + 1;
        for (uint32_t p = v + 1; p < last && p <= v + kPlaceWindow; ++p) {
          if (TokenIs(doc, p, "in") && (place = CountryAt(doc, p + 1)) >= 0) {
            quote_end = TokensIn(doc, doc.actors[place].span).second;
            break;
          }
        }
        // where: "<country>, where <figure> <people> live"
        if (place < 0 && f->begin >= first + 3 && TokenIs(doc, f->begin - 1, "where") &&
            TokenIs(doc, f->begin - 2, ",")) {
          for (int a = 0; a < static_cast<int>(doc.actors.size()); ++a) {
            const ActorMention& c = doc.actors[a];
            if (c.span.end == doc.tokens[f->begin - 3].span.end && IsCountry(c)) place = a;
          }
        }
        if (place < 0) break;
      }
      // group: "a diaspora of <figure> <people>"
      uint32_t quote_begin = f->begin;
      if (place < 0 && f->begin >= first + 2 && TokenIs(doc, f->begin - 1, "of") &&
          In(kGroupNouns, Lower(doc.tokens[f->begin - 2].lemma))) {
        quote_begin = f->begin - 2;
        if (TokenIs(doc, group_end, "in")) place = CountryAt(doc, group_end + 1);
        if (place < 0) place = ClauseSubjectCountry(doc, f->number, people);
        const std::string own_country = actors::CodeCountry(people.code);
        int other = -1;
        bool unique = true;
        for (int a = 0; a < static_cast<int>(doc.actors.size()) && place < 0; ++a) {
          const ActorMention& c = doc.actors[a];
          if (!sentence.span.Contains(c.span) || c.code.empty()) continue;
          const std::string country = actors::CodeCountry(c.code);
          if (country.empty() || country == own_country) continue;
          if (other >= 0 && actors::CodeCountry(doc.actors[other].code) != country) unique = false;
          other = a;
        }
        if (place < 0 && other >= 0 && unique) place = other;
      }
      if (place < 0) continue;
      const std::string group_country = actors::CodeCountry(people.code);
      const std::string place_country = actors::CodeCountry(doc.actors[place].code);
      if (place_country.empty() || place_country == group_country) continue;
      Claim c;
      c.doc = doc_index;
      c.topic = "population:" + group_country + "@" + place_country;
      c.topic_text = std::string(doc.Slice(people.span)) + " living in " + std::string(doc.Slice(doc.actors[place].span));
      c.attribute = "amount";
      c.report_date = doc.ReportDate();
      c.value.kind = DisputeValue::Kind::kNumber;
      c.value.value = std::string(doc.Slice(figure_span));
      c.value.normalized = FormatNumber(*f->value);
      c.value.qualifier = f->qualifier;
      c.value.docs = {doc_index};
      std::string who = Speaker(doc, f->number);
      if (who.empty()) who = AccordingTo(doc, first, last);
      if (!who.empty()) c.value.claimed_by = {who};
      Span quote = TokenSpan(doc, quote_begin, quote_end);
      c.value.quotes.push_back(Quote{doc_index, sentence.span.Contains(quote) ? quote : figure_span});
      out.push_back(std::move(c));
      t = f->end;
    }
  }
}

}  // namespace riposte::reconcile::internal
