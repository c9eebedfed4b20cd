// Unrealised acts: words that name an act the text does not say happened,
// beyond the modal, conditional and opinion cues of mode.cc, which calls
// this file's Unrealised() for its "hypothetical" decision.
//
//   purpose   the act is the aim of something else: a gerund after "aimed
//             at", "directed at", "geared towards" or "with the aim/goal/
//             intention of" ("an agreement aimed at excluding Russia");
//   modal     the act is named by a bare or indefinite noun phrase (no
//             "the", no possessor) that is the subject of a modal verb
//             ("forced return to Azerbaijan could impose costs",
//             "a blockade would hurt trade"): a scenario. A definite or
//             possessed act is presupposed to have happened ("Russia's
//             expulsion of diplomats could harm relations") and stays.
//
// Tested by coder_mode_test.cc and coder_accuracy_test.cc.
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr std::array<std::string_view, 4> kAimedWords = {"aimed", "directed", "geared", "designed"};
constexpr std::array<std::string_view, 4> kAimNouns = {"aim", "goal", "intention", "purpose"};
constexpr std::array<std::string_view, 3> kIndefinite = {"a", "an", "any"};
constexpr std::string_view kModalMust = "must";

// "aimed at excluding", "with the aim of excluding": token `t` is a gerund
// naming a purpose.
bool PurposeGerund(const DocIndex& ix, uint32_t t) {
  if (t < 2 || ix.doc().tokens[t].tag != text::Id(text::Tag::VBG)) return false;
  if ((ix.WordIs(t - 1, "at") || ix.WordIs(t - 1, "towards") || ix.WordIs(t - 1, "toward")) &&
      ix.WordIn(t - 2, kAimedWords)) {
    return true;
  }
  return ix.WordIs(t - 1, "of") && ix.WordIn(t - 2, kAimNouns);
}

// "Increased pressure", "forced return": a one-word participle verb group
// right before a noun phrase modifies that noun.
// (A VBD counts only as the sentence's first word: "Increased pressure ...".)
bool Attributive(const DocIndex& ix, const Phrase& vg) {
  if (vg.end != vg.begin + 1 || NpStartingAt(ix, vg.end) < 0) return false;
  const uint32_t tag = ix.doc().tokens[vg.begin].tag;
  const bool first = vg.begin == 0 || ix.SentenceOf(vg.begin - 1) != ix.SentenceOf(vg.begin);
  return tag == text::Id(text::Tag::VBN) || (first && tag == text::Id(text::Tag::VBD));
}

// The act of `trig` is named by a bare or indefinite NP that opens its
// sentence, and the first verb after it has a modal other than "must".
bool ScenarioSubject(const DocIndex& ix, const Trigger& trig) {
  const Document& doc = ix.doc();
  const int32_t own = ix.PhraseOf(trig.token);
  const Phrase* np = PhraseAt(ix, own);
  // "forced return": a participle read as a verb group before its noun.
  if (np != nullptr && np->kind == PhraseKind::kVerbGroup) {
    if (!Attributive(ix, *np)) return false;
    np = PhraseAt(ix, NpStartingAt(ix, np->end));
  }
  if (np == nullptr || np->kind != PhraseKind::kNounPhrase || np->possessor >= 0) return false;
  if (np->determiner >= 0 && !ix.WordIn(static_cast<uint32_t>(np->determiner), kIndefinite)) return false;
  const int32_t sentence = ix.SentenceOf(trig.token);
  // Nothing but noun phrases, prepositions, "or"/"and" and commas from the
  // sentence's start to the first verb after the trigger's NP.
  for (uint32_t t = trig.token; t > 0 && ix.SentenceOf(t - 1) == sentence; --t) {
    const int32_t p = ix.PhraseOf(t - 1);
    const Phrase* ph = PhraseAt(ix, p);
    if (ph != nullptr && ph->kind == PhraseKind::kVerbGroup && p != own && !Attributive(ix, *ph)) return false;
  }
  for (uint32_t t = np->end; t < doc.tokens.size() && ix.SentenceOf(t) == sentence; ++t) {
    const Phrase* ph = PhraseAt(ix, ix.PhraseOf(t));
    if (ph == nullptr || ph->kind != PhraseKind::kVerbGroup) continue;
    return ph->modal >= 0 && !ix.WordIs(static_cast<uint32_t>(ph->modal), kModalMust);
  }
  return false;
}

}  // namespace

bool Unrealised(const DocIndex& ix, const Trigger& trig, int32_t clause) {
  return PurposeGerund(ix, trig.token) || (clause >= 0 && ScenarioSubject(ix, trig));
}

}  // namespace riposte::events::internal
