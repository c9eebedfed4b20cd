// Restated acts: one act a sentence names twice, coded once (assemble.cc
// erases the triggers RestatedActs returns).
//
//   vehicle   "issued a statement accusing Russia of ...", "released a
//             statement condemning the raids": the statement (CAMEO 01x) is
//             the vehicle of the act its participle names, which is coded;
//             the statement is not coded again on its own.
//   content   "issued a formal diplomatic note condemning the treatment": a
//             written protest (114: a note, protest, complaint, letter or
//             memorandum) is itself the act; the criticism its participle
//             voices (11x) is its content, not coded again. A summons is no
//             written protest: "summoned the ambassador, calling the arrests
//             a violation" is two acts.
// A participle follows the act's last word directly or after a comma.
// Decided for all triggers first (each test reads the others).
//
// Tested by coder_accuracy_test.cc and coder_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr std::array<std::string_view, 5> kWrittenProtests = {"note", "protest", "complaint", "letter",
                                                               "memorandum"};

// The last token of `act`'s matched words.
uint32_t LastToken(const DocIndex& ix, const Trigger& act) {
  const auto& tokens = ix.doc().tokens;
  uint32_t last = act.token;
  while (last + 1 < tokens.size() && tokens[last + 1].span.end <= act.span.end) ++last;
  return last;
}

// Returns true iff `v` is a verbal participle (VBG) right after token
// `last`, or after a comma there.
bool ParticipleAfter(const DocIndex& ix, const Trigger& v, uint32_t last) {
  const Phrase* vg = v.nominal ? nullptr : PhraseAt(ix, v.verb);
  if (vg == nullptr || vg->head < 0 ||
      ix.doc().tokens[static_cast<size_t>(vg->head)].tag != text::Id(text::Tag::VBG)) {
    return false;
  }
  const uint32_t gap = vg->begin > last ? vg->begin - last : 0;
  return gap == 1 || (gap == 2 && ix.WordIs(last + 1, ","));
}

}  // namespace

std::set<uint32_t> RestatedActs(const DocIndex& ix, const std::vector<const Trigger*>& acts) {
  std::set<uint32_t> out;
  for (const Trigger* wp : acts) {
    const Trigger& w = *wp;
    const bool statement = w.cameo.starts_with("01") && !w.judge;
    const bool protest = w.cameo.starts_with("114");
    if (!statement && !protest) continue;
    const uint32_t last = LastToken(ix, w);
    if (protest && std::find(kWrittenProtests.begin(), kWrittenProtests.end(), ix.Lemma(last)) ==
                       kWrittenProtests.end()) {
      continue;
    }
    for (const Trigger* vp : acts) {
      const Trigger& v = *vp;
      if (vp == wp || !ParticipleAfter(ix, v, last)) continue;
      if (statement) {
        out.insert(w.token);
        break;
      }
      if (v.cameo.starts_with("11") && !v.cameo.starts_with("114")) out.insert(v.token);
    }
  }
  return out;
}

}  // namespace riposte::events::internal
