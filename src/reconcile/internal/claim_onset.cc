// Onsets of crises (see claim_onset.h).
//
// A time expression dated to a day, month or year whose own words open with
// "since" (the time stage's mod "since") or that follows "back to" ("trace
// back to December 2024") dates a beginning. It dates the crisis's
// beginning when the innermost clause holding it names a crisis noun before
// it: "who has inherited power since 2003" inside a sentence about tension
// is a clause of its own, about something else; a clause that says the
// crisis eased ("tensions have eased since the talks") dates an ending, not
// a beginning. The two countries are the
// sentence's (actor codes' countries, two distinct at least), else the two
// the document's actors name most (an analysis of one crisis names it
// without repeating who is in it).
// Tested by claim_onset_test.cc.
#include "reconcile/internal/claim_onset.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "actors/actors.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"

namespace riposte::reconcile::internal {
namespace {

// Nouns of a crisis between states, lemmas. Our own list.
constexpr std::array<std::string_view, 10> kCrisisNouns = {"tension",  "crisis", "rift",     "standoff", "feud",
                                                           "showdown", "row",    "stand-off", "spat",     "confrontation"};

// Verbs that say a crisis is ending, not starting ("tensions have eased
// since the talks"), lemmas. Our own list.
constexpr std::array<std::string_view, 9> kEasingVerbs = {"ease",   "calm",     "subside", "improve", "thaw",
                                                          "cool",   "diminish", "lessen",  "abate"};

// The two countries named most among `codes` (by count, then name), sorted;
// empty unless two distinct.
std::vector<std::string> TopTwo(const std::map<std::string, int>& counts) {
  std::vector<std::pair<int, std::string>> order;
  for (const auto& [country, n] : counts) order.emplace_back(-n, country);
  std::sort(order.begin(), order.end());
  if (order.size() < 2) return {};
  std::vector<std::string> two = {order[0].second, order[1].second};
  std::sort(two.begin(), two.end());
  return two;
}

std::map<std::string, int> CountriesIn(const Document& doc, Span span) {
  std::map<std::string, int> counts;
  for (const ActorMention& a : doc.actors) {
    if (!Overlaps(a.span, span)) continue;
    if (std::string c = actors::CodeCountry(a.code); !c.empty()) ++counts[c];
  }
  return counts;
}

}  // namespace

void AppendOnsetClaims(const std::vector<Document>& docs, size_t doc_index, std::vector<Claim>& out) {
  const Document& doc = docs[doc_index];
  std::vector<std::string> doc_pair;  // computed on first need
  bool doc_pair_done = false;
  for (const TimeExpression& t : doc.times) {
    if (t.value.empty() || t.start.empty() || t.granularity == TimeGranularity::kDuration) continue;
    auto [first, last] = TokensIn(doc, t.span);
    if (first >= last) continue;
    const bool since = t.mod == "since";
    const bool back_to = first >= 2 && TokenIs(doc, first - 2, "back") && TokenIs(doc, first - 1, "to");
    if (!since && !back_to) continue;
    // The innermost clause holding the expression, and a crisis noun in it before.
    const Clause* clause = nullptr;
    for (const Clause& c : doc.clauses) {
      if (c.begin <= first && first < c.end && (!clause || c.end - c.begin < clause->end - clause->begin)) clause = &c;
    }
    if (!clause) continue;
    bool crisis = false;
    for (uint32_t k = clause->begin; k < first && !crisis; ++k) {
      const std::string lemma = Lower(doc.tokens[k].lemma);
      crisis = std::find(kCrisisNouns.begin(), kCrisisNouns.end(), lemma) != kCrisisNouns.end();
    }
    bool easing = false;
    for (uint32_t k = clause->begin; k < first && !easing; ++k) {
      const std::string lemma = Lower(doc.tokens[k].lemma);
      easing = std::find(kEasingVerbs.begin(), kEasingVerbs.end(), lemma) != kEasingVerbs.end();
    }
    if (!crisis || easing) continue;
    const Span sentence = doc.sentences[static_cast<size_t>(std::max(clause->sentence, 0))].span;
    std::vector<std::string> pair = TopTwo(CountriesIn(doc, sentence));
    if (pair.empty()) {
      if (!doc_pair_done) {
        doc_pair = TopTwo(CountriesIn(doc, Span{0, static_cast<Offset>(doc.text.size())}));
        doc_pair_done = true;
      }
      pair = doc_pair;
    }
    if (pair.empty()) continue;
    Claim c;
    c.doc = doc_index;
    c.topic = "onset:" + pair[0] + "@" + pair[1];
    c.topic_text = "start of the crisis between " + pair[0] + " and " + pair[1];
    c.attribute = "date";
    c.report_date = doc.ReportDate();
    c.value.kind = DisputeValue::Kind::kDate;
    c.value.value = std::string(doc.Slice(t.span));
    c.value.normalized = t.value;
    c.value.qualifier = t.anchor == TimeAnchor::kAbsolute ? "exact" : "about";
    c.value.docs = {doc_index};
    c.value.quotes.push_back(Quote{doc_index, t.span});
    out.push_back(std::move(c));
  }
}

}  // namespace riposte::reconcile::internal
