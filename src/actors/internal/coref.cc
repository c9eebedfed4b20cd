// Modest coreference for the actors stage.
//
// Algorithm: no gender lexicon and no parser, so only cases that are
// unambiguous by counting are linked. A personal pronoun ("he", "she", "his",
// "her", "him") links to the most recent person mention in its sentence (before
// it) or the two previous sentences when exactly one person (one people.tsv
// line) is mentioned there, by name or by a role noun already linked to the
// name ("the head of state" after "Ilham Aliyev"); otherwise it stays unresolved. A definite
// description ("the ministry", "the government", "the president", "the
// agency") links to the most recent mention of the same family (another
// ministry; a country, capital or seat for "the government"; a president or
// head of state for "the president" and "the head of state"; an organisation for "the agency") in
// its sentence or the four previous ones (a ministry: else the nearest
// earlier one in the document), when all such candidates share a country
// (for "the president": else the person the role last named, if a
// candidate); "the country" likewise to a country name. Resolved mentions
// copy the antecedent's code (resolve.cc does the copying).
//
// Tested by recognize_test.cc.
#include <set>

#include "actors/internal/resolve.h"

namespace riposte::actors::internal {
namespace {

constexpr int32_t kPronounWindow = 2;     // previous sentences searched for "he"
constexpr int32_t kDefiniteWindow = 4;    // ... for "the ministry"

std::string_view CountryOf(std::string_view code) { return code.substr(0, 3); }

}  // namespace

int32_t PronounAntecedent(const DocContext& ctx, int32_t sentence, std::string& why) {
  const auto& actors = ctx.doc->actors;
  int32_t best = -1;
  std::set<std::string_view> people;  // distinct people.tsv lines
  for (int32_t m = static_cast<int32_t>(actors.size()) - 1; m >= 0; --m) {
    const MentionInfo& info = ctx.info[static_cast<size_t>(m)];
    if (info.sentence < sentence - kPronounWindow) break;
    if (info.person == nullptr) continue;
    const int32_t ante = actors[static_cast<size_t>(m)].antecedent;
    if (info.kind == EntryKind::kPerson && ante >= 0) continue;  // itself a pronoun
    // A role noun linked to a named person ("the head of state") stands for
    // that person: the pronoun links to the person's mention.
    people.insert(info.person->where);
    if (best < 0) best = ante >= 0 ? ante : m;
  }
  if (people.size() == 1) {
    why = "coref pronoun -> person";
    return best;
  }
  why = people.empty() ? "coref pronoun: no person nearby"
                       : "coref pronoun: " + std::to_string(people.size()) + " people nearby";
  return -1;
}

int32_t DefiniteAntecedent(const DocContext& ctx, int32_t sentence, std::string_view family,
                           std::string_view sector, std::string& why) {
  const auto& actors = ctx.doc->actors;
  int32_t best = -1;
  std::set<std::string_view> countries;
  for (int32_t m = static_cast<int32_t>(actors.size()) - 1; m >= 0; --m) {
    const MentionInfo& info = ctx.info[static_cast<size_t>(m)];
    const ActorMention& a = actors[static_cast<size_t>(m)];
    // Past the window only a ministry is sought, and only while none is found:
    // "the Foreign Ministry" six sentences after the one ministry named.
    if (info.sentence < sentence - kDefiniteWindow && (family != "ministry" || !countries.empty())) break;
    if (a.code.size() < 3) continue;
    bool compatible = false;
    if (family == "government") {
      compatible = info.is_government;
    } else if (family == "president") {
      compatible = (info.kind == EntryKind::kPerson && info.person != nullptr &&
                    info.person->role.find("president") != std::string::npos &&
                    info.person->role.find("vice") == std::string::npos) ||
                   info.family == "president";
    } else if (family == "agency") {
      compatible = info.kind == EntryKind::kOrganisation || info.family == "agency";
    } else {
      compatible = info.family == family;
    }
    if (!compatible) continue;
    if (!sector.empty() && family != "agency" && a.code.size() == 6 &&
        std::string_view(a.code).substr(3) != sector && family != "government") {
      continue;
    }
    countries.insert(CountryOf(a.code));
    if (best < 0) best = m;
  }
  if (countries.size() == 1) {
    why = "coref the+" + std::string(family);
    return best;
  }
  if (family == "president" && countries.size() > 1) {
    // Once the text calls one person "the president" or "the head of state",
    // the role keeps naming that person although another country's president
    // has been mentioned since ("... when Russian President Putin apologised.
    // The head of state voiced regret ...").
    for (int32_t m = static_cast<int32_t>(actors.size()) - 1; m >= 0; --m) {
      const MentionInfo& info = ctx.info[static_cast<size_t>(m)];
      const ActorMention& a = actors[static_cast<size_t>(m)];
      if (a.antecedent < 0 || info.kind != EntryKind::kAgent || info.family != family) continue;
      if (a.code.size() < 3 || countries.count(CountryOf(a.code)) == 0) break;
      why = "coref the+" + std::string(family) + " (the role's earlier referent)";
      return a.antecedent;
    }
  }
  why = countries.empty() ? "coref the+" + std::string(family) + ": no antecedent"
                          : "coref the+" + std::string(family) + ": ambiguous (" +
                                std::to_string(countries.size()) + " countries)";
  return -1;
}

int32_t CountryAntecedent(const DocContext& ctx, int32_t sentence, std::string& why) {
  const auto& actors = ctx.doc->actors;
  int32_t best = -1;
  std::set<std::string_view> countries;
  for (int32_t m = static_cast<int32_t>(actors.size()) - 1; m >= 0; --m) {
    const MentionInfo& info = ctx.info[static_cast<size_t>(m)];
    if (info.sentence < sentence - kDefiniteWindow) break;
    if (!info.is_country) continue;
    countries.insert(CountryOf(actors[static_cast<size_t>(m)].code));
    if (best < 0) best = m;
  }
  if (countries.size() == 1) {
    why = "coref the+country";
    return best;
  }
  why = countries.empty() ? "coref the+country: no antecedent"
                          : "coref the+country: ambiguous";
  return -1;
}

}  // namespace riposte::actors::internal
