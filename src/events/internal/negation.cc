// Negation cues of the mode rules (mode.cc): words around an act that say
// it did not happen. Each takes the DocIndex and a phrase of the act's
// clause; FindMode decides which phrase to ask about.
//
// Tested by coder_mode_test.cc and coder_test.cc (through FindMode).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "events/internal/coder_internal.h"

namespace riposte::events::internal {

namespace {

constexpr std::array<std::string_view, 9> kStoppingVerbs = {
    "cancel", "postpone", "scrap", "delay", "prevent", "block", "thwart", "foil", "avert"};

bool IsIn(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

bool HasNoDeterminer(const DocIndex& ix, int32_t p) {
  const Phrase* ph = PhraseAt(ix, p);
  return ph != nullptr && ph->determiner >= 0 &&
         ix.WordIs(static_cast<uint32_t>(ph->determiner), "no");
}

// "cancelled the visit", "called off talks", "cancelling Russian cultural
// events and the visit of Deputy Prime Minister Overchuk": an act named as
// the object of a verb that stops it did not take place.
bool CalledOff(const DocIndex& ix, const Phrase& np) {
  uint32_t t = np.begin;
  // Back over the NPs coordinated before this one.
  for (int hops = 0; hops < 4 && t >= 2 && (ix.WordIs(t - 1, "and") || ix.WordIs(t - 1, ",")); ++hops) {
    const Phrase* prev = PhraseAt(ix, ix.PhraseOf(t - 2));
    if (prev == nullptr || prev->kind != PhraseKind::kNounPhrase) return false;
    t = prev->begin;
  }
  const bool off = t >= 1 && ix.WordIs(t - 1, "off");
  if (off) --t;
  if (t == 0) return false;
  const Phrase* vg = PhraseAt(ix, ix.PhraseOf(t - 1));
  if (vg == nullptr || vg->kind != PhraseKind::kVerbGroup || vg->end != t || vg->head < 0) return false;
  const std::string lemma = ix.Lemma(static_cast<uint32_t>(vg->head));
  return IsIn(lemma, kStoppingVerbs) || (off && lemma == "call");
}

// "Nobody in Russia has been charged", "none was released": a subject
// that denies the act.
bool NegativeSubject(const DocIndex& ix, int32_t p) {
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr || ph->begin >= ph->end) return false;
  const uint32_t t = ph->begin;
  return ix.WordIs(t, "nobody") || ix.WordIs(t, "none") || ix.WordIs(t, "nothing") ||
         (ix.WordIs(t, "no") && t + 1 < ph->end && ix.WordIs(t + 1, "one"));
}

// "has neither acknowledged responsibility nor paid compensation".
bool NeitherNor(const DocIndex& ix, const Phrase& vg) {
  for (uint32_t t = vg.begin; t < vg.end; ++t) {
    if (ix.WordIs(t, "neither")) return true;
  }
  if (vg.begin == 0) return false;
  const uint32_t before = vg.begin - 1;
  if (ix.WordIs(before, "nor")) return true;
  // "neither acknowledged": the tagger may leave "neither" out of the group.
  return ix.WordIs(before, "neither");
}

// "not only ... but also" is no negation.
bool NotOnly(const DocIndex& ix, const Phrase& vg) {
  const uint32_t from = vg.begin > 0 ? vg.begin - 1 : 0;
  for (uint32_t t = from; t <= vg.end; ++t) {
    if (ix.WordIs(t, "not") && ix.WordIs(t + 1, "only")) return true;
  }
  return false;
}

}  // namespace riposte::events::internal
