// The codes of actor mentions as the coder reads them (coder_internal.h):
// MentionCode (a mention's code through coreference, office holders
// re-resolved as of a date; "our compatriots" as the dateline country's
// civilians, DocIndex::SetHome), NeverCoded, and DatelineCountry.
//
// Tested through coder_test.cc and coder_accuracy_test.cc ("our
// compatriots").
#include <algorithm>
#include <string>

#include "events/internal/coder_internal.h"

namespace riposte::events::internal {

namespace {

constexpr size_t kCountryLength = 3;

}  // namespace

std::string DatelineCountry(const Document& doc, const actors::Lexicon& lexicon) {
  std::string place = doc.dateline.value;
  if (place.empty()) return "";
  // "BAKU" is written "Baku" in the lexicon.
  for (size_t i = 1; i < place.size(); ++i) {
    if (place[i - 1] != ' ' && place[i] >= 'A' && place[i] <= 'Z') place[i] = static_cast<char>(place[i] - 'A' + 'a');
  }
  for (const actors::Entry* e : lexicon.Find(place)) {
    if ((e->kind == actors::EntryKind::kCountryName || e->kind == actors::EntryKind::kCapital) &&
        e->code.size() >= kCountryLength) {
      return e->code.substr(0, kCountryLength);
    }
  }
  if (const actors::Place* city = actors::DefaultGazetteer().Find(place)) return city->country;
  return "";
}

void DocIndex::SetHome(const std::string& country) {
  static constexpr std::string_view kPeople[] = {"compatriots", "citizens", "nationals", "countrymen", "fellow"};
  home_people_ = country.empty() ? "" : country + "CVL";
  our_people_.assign(doc_.actors.size(), false);
  if (home_people_.empty()) return;
  const std::string_view all = doc_.text;
  for (size_t i = 0; i < doc_.actors.size(); ++i) {
    const ActorMention& am = doc_.actors[i];
    if (!am.code.empty()) continue;
    const std::string_view text = doc_.Slice(am.span);
    // "our" inside the mention or right before it ("of our compatriots").
    const bool inside = text.starts_with("our ") || text.starts_with("Our ");
    const bool before = am.span.begin >= 4 && (all.substr(am.span.begin - 4, 4) == "our " ||
                                               all.substr(am.span.begin - 4, 4) == "Our ");
    const size_t last = text.rfind(' ');
    const std::string_view head = last == std::string_view::npos ? text : text.substr(last + 1);
    our_people_[i] = (inside || before) && std::find(std::begin(kPeople), std::end(kPeople), head) != std::end(kPeople);
  }
}

std::string_view DocIndex::OurPeopleCode(int32_t m) const {
  if (m < 0 || static_cast<size_t>(m) >= our_people_.size() || !our_people_[static_cast<size_t>(m)]) return {};
  return home_people_;
}

namespace {

// The mention whose code `m` (in range) takes: itself, or the first
// antecedent with a code, or the last of the chain.
int32_t CodedAntecedent(const std::vector<ActorMention>& actors, int32_t m) {
  int32_t cur = m;
  for (size_t steps = 0; steps <= actors.size(); ++steps) {
    const ActorMention& am = actors[static_cast<size_t>(cur)];
    if (!am.code.empty() || am.antecedent < 0) break;
    cur = am.antecedent;
  }
  return cur;
}


}  // namespace

// Only people hold offices, so only their codes are looked up by date.
bool DocIndex::IsPersonMention(int32_t m) const {
  uint8_t& known = person_[static_cast<size_t>(m)];
  if (known == 0) {
    const std::string& rule = doc_.actors[static_cast<size_t>(m)].rule;
    known = rule.find("person") != std::string::npos || rule.find("title") != std::string::npos ? 2 : 1;
  }
  return known == 2;
}

std::string MentionCode(const DocIndex& ix, int32_t m, std::string_view date,
                        const actors::Lexicon& lexicon) {
  const auto& actors = ix.doc().actors;
  if (m < 0 || static_cast<size_t>(m) >= actors.size()) return "";
  const int32_t cur = CodedAntecedent(actors, m);
  const ActorMention& am = actors[static_cast<size_t>(cur)];
  if (am.code.empty()) {
    std::string_view own = ix.OurPeopleCode(cur);
    if (own.empty()) own = ix.OurPeopleCode(m);
    if (!own.empty()) return std::string(own);
  }
  if (date.empty()) return am.code;
  // Other mentions keep their code without a look-up (the look-up per role
  // was a tenth of the coder's time).
  if (!ix.IsPersonMention(cur)) return am.code;
  // Office holders: the name itself, then its last two words, then its
  // last. Kept per mention for the last date asked: the roles of a
  // document's acts mostly share its date.
  DocIndex::PersonCode& memo = ix.PersonCodeMemo(cur);
  if (memo.lexicon == &lexicon && memo.date == date) return memo.code;
  std::string_view text = ix.doc().Slice(am.span);
  std::string code = lexicon.PersonCodeAsOf(text, date);
  if (code.empty()) {
    size_t last = text.rfind(' ');
    if (last != std::string_view::npos) {
      size_t before = text.substr(0, last).rfind(' ');
      std::string_view two = before == std::string_view::npos ? text : text.substr(before + 1);
      code = lexicon.PersonCodeAsOf(two, date);
      if (code.empty()) code = lexicon.PersonCodeAsOf(text.substr(last + 1), date);
    }
    if (code.empty()) code = am.code;
  }
  memo.lexicon = &lexicon;
  memo.date.assign(date);
  memo.code = code;
  return code;
}

// Mirrors MentionCode: every path that could return a non-empty code is
// ruled out (the date only matters for office holders).
bool NeverCoded(const DocIndex& ix, int32_t m) {
  const auto& actors = ix.doc().actors;
  if (m < 0 || static_cast<size_t>(m) >= actors.size()) return true;
  const int32_t cur = CodedAntecedent(actors, m);
  const ActorMention& am = actors[static_cast<size_t>(cur)];
  return am.code.empty() && ix.OurPeopleCode(cur).empty() && ix.OurPeopleCode(m).empty() &&
         !ix.IsPersonMention(cur);
}

}  // namespace riposte::events::internal
