// Roles of a nominal trigger ("X's raid on Y", "the arrest of Y by X"),
// for FindRoles (roles.cc, which documents the rules in its header).
//
// Tested by coder_test.cc and coder_accuracy_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

// Verbs whose object names an act their subject does ("announced the
// suspension", "conducted a raid"); not "received an apology".
constexpr std::array<std::string_view, 24> kDoingVerbs = {
    "announce", "order", "launch", "conduct", "carry", "begin", "start", "stage",
    "mount",    "impose", "make",  "issue",   "give",  "offer", "deliver", "lodge",
    "declare",  "file",  "hold",   "sign",    "pay",   "provide", "initiate", "undertake"};

// Participles used as prepositions ("blockades following the deaths of").
constexpr std::array<std::string_view, 4> kParticiplePrepositions = {"following", "including",
                                                                     "regarding", "concerning"};

bool IsIn(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

void NominalRoles(const DocIndex& ix, const Trigger& trig, Roles& roles) {
  int32_t p = ix.PhraseOf(trig.token);
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr) return;
  // "seven arrested Russian journalists": a participle before the head
  // names what was done to the noun phrase's people; the doer is unsaid.
  if (ph->head >= 0 && trig.token < static_cast<uint32_t>(ph->head) &&
      ix.doc().tokens[trig.token].tag == text::Id(text::Tag::VBN)) {
    roles.targets = RoleMentions(ix, p);
    return;
  }
  if (ph->possessor >= 0) roles.sources = RoleMentions(ix, ph->possessor);
  if (roles.sources.empty()) {  // "the Russian raid": a mention before the trigger
    const Span trig_span = ix.doc().tokens[trig.token].span;
    const std::string& text = ix.doc().text;
    for (int32_t m : ix.MentionsOf(p)) {
      const Span a = ix.doc().actors[static_cast<size_t>(m)].span;
      // "Russia-linked cyberattacks", "Turkish-backed raids": a compound
      // modifier describes the act; it does not name who did it.
      const bool compound = a.end < text.size() && text[a.end] == '-';
      if (a.end <= trig_span.begin && !compound && !CodeOf(ix, m).empty()) {  // not "an official apology"
        roles.sources.push_back(m);
      }
    }
  }
  // "Moscow's lack of an apology": the possessor of the governing noun.
  int32_t outer = GoverningNoun(ix, p);
  if (roles.sources.empty() && outer >= 0 && PhraseAt(ix, outer)->possessor >= 0) {
    roles.sources = RoleMentions(ix, PhraseAt(ix, outer)->possessor);
  }
  // "Putin's apology, the payment of compensation and ...": a definite act
  // later in a list shares the possessor of the list's first member.
  if (roles.sources.empty() && ph->determiner >= 0 && ix.WordIs(static_cast<uint32_t>(ph->determiner), "the")) {
    roles.sources = ListPossessor(ix, p);
  }
  // "Italy announced the suspension of air links", "authorities conducted a
  // raid": the act named as a verb's object is its subject's.
  if (roles.sources.empty()) {
    uint32_t b = ph->begin;
    while (b > 0 && (ix.doc().tokens[b - 1].tag == text::Id(text::Tag::RP) || IsParticle(ix, b - 1))) --b;
    const Phrase* verb = b > 0 ? PhraseAt(ix, ix.PhraseOf(b - 1)) : nullptr;
    if (verb != nullptr && verb->kind == PhraseKind::kVerbGroup && verb->end == b &&
        verb->voice != Voice::kPassive && IsIn(ix.Lemma(HeadToken(*verb)), kDoingVerbs)) {
      const int32_t c = ix.ClauseOf(HeadToken(*verb));
      const int32_t subject = c >= 0 ? ix.doc().clauses[static_cast<size_t>(c)].subject : -1;
      if (subject >= 0 && subject != p) roles.sources = RoleMentions(ix, subject);
    }
  }
  // "In a telephone conversation, Putin offered ...", "During the call,
  // Zelenskyy supported Baku": the act the clause happens in is its
  // subject's.
  if (roles.sources.empty() && ph->begin > 0 &&
      (ix.WordIs(ph->begin - 1, "in") || ix.WordIs(ph->begin - 1, "during"))) {
    const int32_t c = ix.ClauseOf(trig.token);
    const int32_t subject = c >= 0 ? ix.doc().clauses[static_cast<size_t>(c)].subject : -1;
    if (subject >= 0 && subject != p && PhraseAt(ix, subject)->begin > ph->end) {
      roles.sources = RoleMentions(ix, subject);
      roles.implicit_source = !roles.sources.empty();
    }
  }
  uint32_t t = ph->end;
  for (int pp = 0; pp < kMaxPrepPhrases; ++pp) {
    // Past a time phrase: "the deaths last month of two nationals".
    int32_t time_np = NpStartingAt(ix, t);
    if (time_np >= 0 && IsTimePhrase(ix, time_np)) t = PhraseAt(ix, time_np)->end;
    // "the cancellation of meetings and visits by officials": "by" after a
    // coordinated noun is that noun's; the chain is prepositions only.
    if (t >= ix.doc().tokens.size() || (ix.doc().tokens[t].tag != text::Id(text::Tag::IN) &&
                                        ix.doc().tokens[t].tag != text::Id(text::Tag::TO) &&
                                        !ix.WordIn(t, kParticiplePrepositions))) {
      break;
    }
    std::string prep = ix.Word(t);
    int32_t q = NpStartingAt(ix, t + 1);
    if (q < 0) break;
    if (prep == "by") {
      roles.sources = RoleMentions(ix, q);
    } else if (prep == "of" && trig.cameo.starts_with("042") && roles.sources.empty()) {
      // "the visit of Deputy Prime Minister Overchuk": the visitor.
      roles.sources = RoleMentions(ix, q);
    } else if ((prep == "of" || prep == "on" || prep == "against" ||
                (prep == "for" && (trig.cameo.starts_with("05") || trig.cameo.starts_with("07")))) &&
               roles.targets.empty()) {  // "support for Kyiv", "aid for Ukraine"
      roles.targets = RoleMentions(ix, q);
    }
    t = PhraseAt(ix, q)->end;
  }
}

}  // namespace riposte::events::internal
