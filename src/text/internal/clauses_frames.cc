// Clause finder, part 2 (algorithm in clauses.cc): sentence frames
// ("according to X", fronted reports and attributed quotations) and the
// look-ahead / look-back helpers the scanner shares: what clause follows a
// token, NP chains ("the head of the mission"), and a clause's subject.
//
// Tested by clauses_test.cc.
#include <algorithm>

#include "text/internal/clauses_scan.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace {

// Tokens searched past a relative clause for the verb of its antecedent.
constexpr uint32_t kRelativeWindow = 12;
// Tokens searched after a complementizer "that" for its clause's verb.
constexpr uint32_t kThatWindow = 20;
// Longest parenthetical between a subject and its verb: ", who ... ,".
constexpr uint32_t kParentheticalWindow = 12;

// Tokens walked back over prepositional phrases to a participle or
// infinitive that modifies the subject (ModifiedNoun).
constexpr int kMaxModifierHops = 6;

}  // namespace

int32_t ClauseScanner::FindChildQuote(uint32_t i, int32_t parent_quote) const {
  auto it = std::lower_bound(quote_order_.begin(), quote_order_.end(), i,
                             [&](int32_t q, uint32_t t) { return quotes_[q].begin < t; });
  for (; it != quote_order_.end() && quotes_[*it].begin == i; ++it) {
    if (quotes_[*it].clausal && quotes_[*it].parent == parent_quote) return *it;
  }
  return kNone;
}

uint32_t ClauseScanner::SkipNpChain(uint32_t k, uint32_t end) const {
  const int32_t np = NpBeginningAt(k);
  if (np == kNone) return k;
  uint32_t r = units_[np].end;
  while (r < end) {
    // Prepositions that chain noun phrases into one: "the head of the
    // mission", "tensions between Baku and Moscow" (kChainPrepositionWord).
    if (r + 1 < end && TagAt(r) == Id(Tag::IN) && WordIs(r, kChainPrepositionWord) &&
        NpBeginningAt(r + 1) != kNone) {
      r = units_[NpBeginningAt(r + 1)].end;
    } else if (TagAt(r - 1) == Id(Tag::POS) && NpBeginningAt(r) != kNone) {
      r = units_[NpBeginningAt(r)].end;
    } else if (r + 1 < end && (WordEq(r, "and") || WordEq(r, "or")) &&
               NpBeginningAt(r + 1) != kNone) {
      r = units_[NpBeginningAt(r + 1)].end;
    } else {
      break;
    }
  }
  return r;
}

bool ClauseScanner::ThatOpensClause(uint32_t k, uint32_t end) const {
  if (ClauseAhead(k + 1, end, Ahead::kSubject)) return true;
  if (k + 1 >= end) return false;
  // A mandative subjunctive: "demanded that Turkey withdraw its troops",
  // "insists that the envoy be recalled". A base-form verb right after
  // "that" + subject has no tense of its own, yet heads the clause.
  if (TagAt(k) == Id(Tag::IN) && NpBeginningAt(k + 1) != kNone) {
    uint32_t r = SkipNpChain(k + 1, end);
    while (r < end && IsAdverb(TagAt(r)) && UnitOf(r) == kNone) ++r;
    const int32_t vg = r < end ? VgBeginningAt(r) : kNone;
    if (vg != kNone && !units_[vg].infinitive) {
      for (uint32_t i = units_[vg].begin; i < units_[vg].end; ++i) {
        if (IsVerb(TagAt(i)) || TagAt(i) == Id(Tag::MD)) return TagAt(i) == Id(Tag::VB);
      }
    }
  }
  if (WordIs(k + 1, kSubordinatorWord) || WordEq(k + 1, "if") || WordEq(k + 1, "unless")) {
    return true;
  }
  if (TagAt(k) == Id(Tag::DT)) return false;
  const uint32_t limit = std::min(end, k + kThatWindow);
  for (uint32_t t = k + 1; t < limit; ++t) {
    const int32_t vg = VgBeginningAt(t);
    if (vg != kNone && units_[vg].finite) return true;
  }
  return false;
}

int32_t ClauseScanner::WalkChainBack(int32_t np, uint32_t lower) const {
  // `probe` may cross a possessor ("on Azerbaijan 's diaspora"); the result
  // moves only when a preposition is crossed too ("Russia 's air defences"
  // keeps "air defences").
  int32_t probe = np;
  for (size_t guard = units_.size(); guard > 0; --guard) {
    const uint32_t b = units_[probe].begin;
    if (b > lower && TagAt(b - 1) == Id(Tag::POS) && NpEndingAt(b - 1) != kNone) {
      probe = NpEndingAt(b - 1);
      continue;
    }
    if (b < lower + 2 || TagAt(b - 1) != Id(Tag::IN) || !WordIs(b - 1, kChainPrepositionWord)) {
      break;
    }
    const int32_t prev = NpEndingAt(b - 2);
    if (prev == kNone) break;
    probe = prev;
    np = prev;
  }
  return np;
}

bool ClauseScanner::ClauseAhead(uint32_t k, uint32_t end, Ahead mode) const {
  while (k < end && IsAdverb(TagAt(k)) && UnitOf(k) == kNone) ++k;
  if (k >= end) return false;
  // A fronted place or time before the subject: "while in Russia the head
  // of the diaspora was taken into custody", "after on Friday police ...".
  if (mode != Ahead::kGap && k + 2 < end && TagAt(k) == Id(Tag::IN) &&
      NpBeginningAt(k + 1) != kNone) {
    uint32_t r = SkipNpChain(k + 1, end);
    if (r < end && IsComma(r)) ++r;
    if (r < end && NpBeginningAt(r) != kNone) k = r;
  }
  int32_t vg = VgBeginningAt(k);
  if (vg != kNone) {
    if (mode == Ahead::kGap) return units_[vg].finite;
    if (mode == Ahead::kParticiple) {
      for (uint32_t i = units_[vg].begin; i < units_[vg].end; ++i) {
        if (IsVerb(TagAt(i)) || TagAt(i) == Id(Tag::MD)) {
          return TagAt(i) == Id(Tag::VBG) || TagAt(i) == Id(Tag::VBN);
        }
      }
    }
    return false;
  }
  if (NpBeginningAt(k) == kNone) return false;
  uint32_t r = SkipNpChain(k, end);
  while (r < end && IsAdverb(TagAt(r)) && UnitOf(r) == kNone) ++r;
  if (r >= end) return false;
  if (WordIs(r, kRelativePronounWord) || WordEq(r, "that")) {
    // "the men who were detained had been beaten": past the relative's own
    // verb group to the next one, within a short window and no comma.
    uint32_t t = r + 1;
    const uint32_t limit = std::min(end, r + kRelativeWindow);
    while (t < limit && VgBeginningAt(t) == kNone && !IsComma(t)) ++t;
    if (t >= limit || IsComma(t)) return false;
    t = units_[VgBeginningAt(t)].end;
    while (t < limit && VgBeginningAt(t) == kNone && !IsComma(t)) ++t;
    if (t >= limit || IsComma(t)) return false;
    r = t;
  }
  vg = VgBeginningAt(r);
  return vg != kNone && units_[vg].finite;
}

int32_t ClauseScanner::SubjectFor(int32_t clause, uint32_t vg_begin) const {
  const Local& c = clauses_[clause];
  if (c.subject_override != kNone) return c.subject_override;
  if (c.kind == ClauseKind::kRelative && c.antecedent != kNone && c.cue != kNone) {
    uint32_t j = static_cast<uint32_t>(c.cue) + 1;
    while (j < vg_begin && IsAdverb(TagAt(j))) ++j;
    if (j == vg_begin) return c.antecedent;
  }
  if (vg_begin <= c.begin) return kNone;
  uint32_t j = vg_begin - 1;
  // Back over adverbs and over clauses nested in this one ("The men [who
  // were detained on Friday] were released").
  for (size_t guard = 0; guard <= clauses_.size() && j > c.begin; ++guard) {
    while (j > c.begin && IsAdverb(TagAt(j)) && UnitOf(j) == kNone) --j;
    bool moved = false;
    // "who were detained and [who were released]": the conjunction too.
    if (TagAt(j) == Id(Tag::CC) && j > c.begin + 1) {
      for (size_t k = static_cast<size_t>(clause) + 1; k < clauses_.size(); ++k) {
        if (clauses_[k].parent == clause && clauses_[k].end == j) {
          j = clauses_[k].begin - 1;
          moved = true;
          break;
        }
      }
      if (moved) continue;
    }
    for (size_t k = static_cast<size_t>(clause) + 1; k < clauses_.size(); ++k) {
      const Local& child = clauses_[k];
      if (child.parent == clause && child.begin <= j && j < child.end &&
          child.begin > c.begin && child.kind != ClauseKind::kQuotation) {
        j = child.begin - 1;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  if (IsComma(j)) {
    // A parenthetical: "Peskov, the Kremlin spokesman, said", "The talks,
    // if any, will be", "Peskov, who spoke to reporters, denied".
    uint32_t m = j;
    const uint32_t lower = j > c.begin + kParentheticalWindow ? j - kParentheticalWindow : c.begin;
    while (m > lower && !IsComma(m - 1)) --m;
    if (m <= lower || m < c.begin + 2) return kNone;
    const int32_t n1 = NpEndingAt(m - 2);
    return n1 == kNone || units_[n1].begin < c.begin ? kNone : WalkChainBack(n1, c.begin);
  }
  int32_t n = NpEndingAt(j);
  // "Israel today mounted an invasion": a day word between the subject and
  // its verb is not the subject.
  if (n != kNone && units_[n].begin == j && j > c.begin) {
    if (WordEq(j, "today") || WordEq(j, "yesterday") || WordEq(j, "tonight") ||
        WordEq(j, "tomorrow") || WordEq(j, "now")) {
      const int32_t before = NpEndingAt(j - 1);
      if (before != kNone) n = before;
    }
  }
  if (n == kNone || units_[n].begin < c.begin) return kNone;
  n = WalkChainBack(n, c.begin);
  const int32_t modified = ModifiedNoun(n, c.begin);
  return modified != kNone ? modified : n;
}

// "Photos published by Azerbaijani media show ...", "The plane flying from
// Baku to Grozny crashed", "Moscow's inability to prevent the dissolution
// demonstrated ...": the noun phrase before the verb is the object of a
// participle or infinitive (after prepositional phrases) that modifies the
// real subject, the noun phrase before that non-finite verb group. A
// finite verb group, a comma or any other word on the way back stops the
// walk ("Citing security concerns Baku closed ..." keeps Baku).
int32_t ClauseScanner::ModifiedNoun(int32_t np, uint32_t lower) const {
  uint32_t b = units_[np].begin;
  for (int hop = 0; hop < kMaxModifierHops && b > lower; ++hop) {
    const uint32_t p = b - 1;
    const int32_t u = UnitOf(p);
    if (u != kNone && units_[u].kind == UnitKind::kVg && units_[u].end == b) {
      const Unit& vg = units_[u];
      if (vg.finite || vg.begin <= lower) return kNone;
      const TagId first = TagAt(vg.begin);
      const bool non_finite = vg.infinitive || first == Id(Tag::VBN) || first == Id(Tag::VBG);
      if (!non_finite) return kNone;
      // "Russia's growing weakness": after a possessive the participle is
      // the noun's modifier, not a phrase of its own.
      if (TagAt(vg.begin - 1) == Id(Tag::POS)) return kNone;
      const int32_t head = NpEndingAt(vg.begin - 1);
      if (head == kNone || units_[head].begin < lower) return kNone;
      return WalkChainBack(head, lower);
    }
    if (p <= lower || (TagAt(p) != Id(Tag::IN) && TagAt(p) != Id(Tag::TO))) return kNone;
    if (const int32_t prev = NpEndingAt(p - 1); prev != kNone) {
      b = units_[prev].begin;  // "from Baku [to Grozny]"
      continue;
    }
    const int32_t before = UnitOf(p - 1);
    if (before == kNone || units_[before].kind != UnitKind::kVg || units_[before].end != p) {
      return kNone;
    }
    b = p;  // "published [by ...]": the verb group is next
  }
  return kNone;
}

void ClauseScanner::PlanSentence() {
  const int32_t main = NewClause(ClauseKind::kMain, s_.first, s_.last, kNone);
  if (CutAccordingFront(main) || CutTrailingAttribution(main)) return;
  work_.push_back(Work{s_.first, s_.last, main, kNone});
}

// "According to the ministry, police detained seven people."
bool ClauseScanner::CutAccordingFront(int32_t main) {
  const uint32_t i = s_.first;
  if (i + 2 >= s_.last || !WordEq(i, "according") || !WordEq(i + 1, "to")) return false;
  const int32_t np = NpBeginningAt(i + 2);
  if (np == kNone) return false;
  const uint32_t k = SkipNpChain(i + 2, s_.last);
  if (k + 1 >= s_.last || !IsComma(k)) return false;
  const int32_t r = NewClause(ClauseKind::kReported, k + 1, TrimEnd(k + 1, s_.last), main);
  clauses_[r].speaker = np;
  clauses_[r].cue = static_cast<int32_t>(i);
  work_.push_back(Work{i + 2, k + 1, main, kNone});
  work_.push_back(Work{k + 1, s_.last, r, kNone});
  return true;
}

// "Moscow lied, the ministry said." / "“We will respond,” Aliyev said." /
// "..., said Peskov." / "..., according to the ministry."
bool ClauseScanner::CutTrailingAttribution(int32_t main) {
  // Only a quotation or a comma ends a front.
  if (!any_quotes_ && (sentence_classes_ & kCommaWord) == 0) return false;
  for (uint32_t i = s_.first; i < s_.last; ++i) {
    uint32_t front_end = 0;
    uint32_t at = 0;
    const int32_t q = ChildQuoteAt(i, kNone);
    if (q != kNone) {
      front_end = quotes_[q].end;
      at = front_end;
      i = front_end - 1;
    } else if (IsComma(i) && i > s_.first) {
      front_end = i;
      at = i;
    } else {
      continue;
    }
    while (at < s_.last && IsComma(at)) ++at;
    int32_t speaker = kNone;
    int32_t verb = kNone;
    bool according = false;
    if (at >= s_.last || !MatchAttribution(at, s_.last, &speaker, &verb, &according)) continue;
    // The front is one quotation: it gets the speaker; the sentence is the
    // attribution's main clause.
    const int32_t front_quote = ChildQuoteAt(s_.first, kNone);
    if (front_quote != kNone && quotes_[front_quote].end == front_end) {
      quotes_[front_quote].speaker = speaker;
      attributions_.emplace_back(verb, speaker);
      work_.push_back(Work{s_.first, s_.last, main, kNone});
      return true;
    }
    // The front must be a clause, not just a fronted subordinate one.
    int finite_verbs = 0;
    for (uint32_t t = s_.first; t < front_end; ++t) {
      if (const int32_t inner = ChildQuoteAt(t, kNone); inner != kNone) {
        t = quotes_[inner].end - 1;  // a quotation's verbs are its own
        continue;
      }
      const int32_t vg = VgBeginningAt(t);
      if (vg != kNone && units_[vg].finite) ++finite_verbs;
    }
    const bool subordinate_front = WordIs(s_.first, kSubordinatorWord) ||
                                   WordEq(s_.first, "if") || WordEq(s_.first, "unless");
    if (finite_verbs < (subordinate_front ? 2 : 1)) continue;
    const int32_t r = NewClause(ClauseKind::kReported, s_.first, front_end, main);
    clauses_[r].speaker = speaker;
    if (according) clauses_[r].cue = static_cast<int32_t>(at);
    attributions_.emplace_back(verb, speaker);
    work_.push_back(Work{s_.first, front_end, r, kNone});
    work_.push_back(Work{according ? at + 2 : front_end, s_.last, main, kNone});
    return true;
  }
  return false;
}

bool ClauseScanner::MatchAttribution(uint32_t at, uint32_t end, int32_t* speaker,
                                     int32_t* verb, bool* according) const {
  *speaker = kNone;
  *verb = kNone;
  *according = false;
  uint32_t k = at;
  while (k < end && IsAdverb(TagAt(k)) && UnitOf(k) == kNone) ++k;
  while (end > k && TagAt(end - 1) == Id(Tag::kPeriod)) --end;
  if (k >= end) return false;
  uint32_t rest = 0;
  if (k + 2 < end && WordEq(k, "according") && WordEq(k + 1, "to")) {
    *speaker = NpBeginningAt(k + 2);
    if (*speaker == kNone) return false;
    *according = true;
    rest = SkipNpChain(k + 2, end);
    // "..., according to X." ends the sentence; "was, according to X, a
    // provocation" is a parenthetical this finder does not cut.
    while (rest < end && (IsComma(rest) || TagAt(rest) == Id(Tag::kCloseQuote))) ++rest;
    return rest >= end;
  } else if (const int32_t np = NpBeginningAt(k); np != kNone) {
    // "... in 2001, 2010 and 2011, the directorate said": a number (a year
    // in a list) is no speaker; the attribution starts at a later comma.
    if (units_[np].head != kNone && TagAt(static_cast<uint32_t>(units_[np].head)) == Id(Tag::CD)) {
      return false;
    }
    uint32_t r = SkipNpChain(k, end);
    // An appositive: ", the Kremlin spokesman, said" (the closing comma is
    // often missing).
    if (r + 1 < end && IsComma(r) && NpBeginningAt(r + 1) != kNone) {
      const uint32_t r2 = SkipNpChain(r + 1, end);
      if (r2 < end && IsComma(r2)) {
        r = r2 + 1;
      } else if (r2 < end && VgBeginningAt(r2) != kNone) {
        r = r2;
      }
    }
    while (r < end && IsAdverb(TagAt(r)) && UnitOf(r) == kNone) ++r;
    const int32_t vg = r < end ? VgBeginningAt(r) : kNone;
    if (vg == kNone || !IsSpeechUnit(vg) || units_[vg].infinitive || units_[vg].passive) {
      return false;
    }
    *speaker = NpBeginningAt(k);
    *verb = vg;
    rest = units_[vg].end;
    const uint32_t head = static_cast<uint32_t>(units_[vg].head);
    // An object only after "told reporters"; "denied the claim" is no
    // attribution.
    if (rest < end && NpBeginningAt(rest) != kNone) {
      if (!WordIs(head, kObjectSpeechVerbWord) && !IsObjectSpeechVerb(LemmaAt(head))) return false;
      rest = SkipNpChain(rest, end);
    }
  } else if (const int32_t vg = VgBeginningAt(k);
             vg != kNone && IsSpeechUnit(vg) && !units_[vg].passive &&
             WordIs(static_cast<uint32_t>(units_[vg].head), kInversionVerbWord)) {
    *speaker = NpBeginningAt(units_[vg].end);
    if (*speaker == kNone) return false;
    *verb = vg;
    rest = SkipNpChain(units_[vg].end, end);
  } else {
    return false;
  }
  // The rest may hold adjuncts, objects, quotations and a complement that a
  // cue opens, but no finite verb of its own.
  for (uint32_t t = rest; t < end; ++t) {
    const int32_t q = ChildQuoteAt(t, kNone);
    if (q != kNone) {
      t = quotes_[q].end - 1;
      continue;
    }
    if (WordEq(t, "that") || WordEq(t, "if") || WordEq(t, "whether") ||
        TagAt(t) == Id(Tag::kColon)) {
      break;
    }
    const int32_t vg = VgBeginningAt(t);
    if (vg != kNone && units_[vg].finite) return false;
    if (vg != kNone && TagAt(t) == Id(Tag::VBG)) break;
  }
  return true;
}

}  // namespace riposte::text::internal
