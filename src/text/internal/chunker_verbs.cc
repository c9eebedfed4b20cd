// Verb groups for the chunker (CoNLL-2000 VP-chunk style) and their
// attributes.
//
// A group is: an optional leading negation ("never paid", "not to
// retaliate"), an optional TO before a base-form verb, then a chain of
// modals and verbs in which a verb may follow only an auxiliary (be, have,
// do, get, a modal); adverbs and negation are kept only between verbs
// ("did not apologise", "were reportedly beaten"). The head is the last
// verb, so a copula is its own head ("is" in "is not ready"). See chunker.cc
// for how tense, voice and the flags are defined.
//
// Tested by chunker_verbs_test.cc.
#include <cstdint>
#include <vector>

#include "text/internal/chunker_scan.h"

namespace riposte::text::internal::chunk {

// Verb group starting at `i` (TO, MD, a verb, or a leading negation);
// scan.end == i when there is none. Sets scan.head to the main verb.
Scan ScanVerbGroup(const std::vector<Tok>& toks, uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  Scan scan;
  scan.end = i;
  uint32_t j = i;
  if (!IsVerbOrModal(toks[j]) && !Is(toks[j], Tag::TO)) {
    // Leading negation: "never paid", "not detained", "not to retaliate".
    bool negation = false;
    uint32_t k = j;
    while (k < n && IsGroupAdverb(toks, k)) {
      if (toks[k].classes & (kNegation | kNo)) negation = true;
      ++k;
    }
    if (!negation || k >= n || !(IsVerbOrModal(toks[k]) || Is(toks[k], Tag::TO))) return scan;
    j = k;
  }
  if (Is(toks[j], Tag::TO)) {
    // An infinitive: TO, adverbs, then a base-form verb ("to expel", "to
    // swiftly expel"); "to planning" is a preposition and a gerund.
    const uint32_t k = SkipAdverbs(toks, j + 1);
    if (k >= n || !Is(toks[k], Tag::VB)) return scan;
    j = k;
  }
  int32_t last_verb = -1;
  while (j < n) {
    const Tok& t = toks[j];
    if (IsVerbOrModal(t)) {
      if (last_verb >= 0 && !IsAuxiliary(toks[last_verb])) break;
      last_verb = static_cast<int32_t>(j);
      ++j;
      continue;
    }
    // "ought to respond": the modal's TO stays in the group.
    if (last_verb >= 0 && (toks[last_verb].classes & kOught) && Is(t, Tag::TO) && j + 1 < n &&
        Is(toks[j + 1], Tag::VB)) {
      ++j;
      continue;
    }
    if (last_verb >= 0 && IsAuxiliary(toks[last_verb]) && IsGroupAdverb(toks, j)) {
      uint32_t k = j;
      while (k < n && IsGroupAdverb(toks, k)) ++k;
      if (k < n && IsVerbOrModal(toks[k])) {
        j = k;
        continue;
      }
    }
    break;
  }
  if (last_verb < 0) return scan;
  scan.end = static_cast<uint32_t>(last_verb) + 1;
  scan.head = last_verb;
  return scan;
}

// Fills the verb-group attributes of `p` (begin, end, head set).
void SetVerbAttributes(const std::vector<Tok>& toks, uint32_t offset, Phrase& p) {
  const uint32_t begin = p.begin - offset;
  const uint32_t end = p.end - offset;
  const uint32_t head = static_cast<uint32_t>(p.head) - offset;
  // An infinitive has its TO before any verb or modal ("ought to" does not).
  for (uint32_t k = begin; k < head && !IsVerbOrModal(toks[k]); ++k) {
    if (Is(toks[k], Tag::TO)) p.infinitive = true;
  }
  bool tense_set = p.infinitive;
  int32_t prev_verb = -1;
  for (uint32_t k = begin; k < end; ++k) {
    const Tok& t = toks[k];
    if ((t.classes & kNegation) ||
        ((t.classes & kNo) && k + 1 < toks.size() && (toks[k + 1].classes & kLonger)))
      p.negated = true;
    if (!IsVerbOrModal(t)) continue;
    const bool is_modal = Is(t, Tag::MD);
    if (is_modal && p.modal < 0) p.modal = static_cast<int32_t>(k + offset);
    if (!tense_set) {
      if (is_modal) {
        p.tense = (t.classes & kFuture)       ? Tense::kFuture
                  : (t.classes & kPastModal) ? Tense::kPast
                                             : Tense::kPresent;
        tense_set = true;
      } else if (Is(t, Tag::VBD)) {
        p.tense = Tense::kPast;
        tense_set = true;
      } else if (Is(t, Tag::VBZ) || Is(t, Tag::VBP) || Is(t, Tag::VB)) {
        p.tense = Tense::kPresent;
        tense_set = true;
      } else {
        tense_set = true;  // a bare participle: no tense
      }
    }
    if (prev_verb >= 0) {
      const Tok& prev = toks[prev_verb];
      if ((prev.classes & kBe) && Is(t, Tag::VBG)) p.progressive = true;
      if ((prev.classes & kHave) && !Is(prev, Tag::MD) && Is(t, Tag::VBN)) p.perfect = true;
    }
    prev_verb = static_cast<int32_t>(k);
  }
  const Tok& h = toks[head];
  bool before_is_be = false;
  bool has_before = false;
  for (uint32_t k = head; k > begin; --k) {
    const Tok& t = toks[k - 1];
    if (IsVerbOrModal(t)) {
      has_before = true;
      before_is_be = !Is(t, Tag::MD) && (t.classes & (kBe | kGet)) != 0;
      break;
    }
  }
  if (Is(h, Tag::VBN) && before_is_be) {
    p.voice = Voice::kPassive;
  } else if (Is(h, Tag::VBN) && !has_before && !p.infinitive) {
    p.voice = end < toks.size() && (toks[end].classes & kBy) ? Voice::kPassive : Voice::kNone;
  } else {
    p.voice = Voice::kActive;
  }
}

}  // namespace riposte::text::internal::chunk
