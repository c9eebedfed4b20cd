// Clause finder, part 3 (algorithm in clauses.cc): the left-to-right
// scanning automaton with its explicit stack of open clauses: openers,
// commas, conjunctions and verb groups (a speech verb's look-ahead is in
// clauses_speech.cc).
//
// Tested by clauses_test.cc.
#include <algorithm>

#include "text/internal/clauses_scan.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace {

// Subordinators that may open a participle clause ("after being detained").
bool TakesParticiple(std::string_view w) {
  return w == "after" || w == "before" || w == "while" || w == "when" || w == "since" ||
         w == "once" || w == "though" || w == "although" || w == "until" || w == "whilst";
}

}  // namespace

bool ClauseScanner::Waiting(int32_t clause) const {
  const int32_t verb = clauses_[clause].verb;
  return verb == kNone || !units_[verb].finite;
}

int32_t ClauseScanner::NewClause(ClauseKind kind, uint32_t begin, uint32_t end, int32_t parent) {
  Local c;
  c.kind = kind;
  c.begin = begin;
  c.end = end;
  c.parent = parent;
  clauses_.push_back(c);
  return static_cast<int32_t>(clauses_.size() - 1);
}

void ClauseScanner::Open(std::vector<int32_t>& stack, ClauseKind kind, uint32_t begin,
                         int32_t cue) {
  const int32_t c = NewClause(kind, begin, begin, stack.back());
  clauses_[c].cue = cue;
  stack.push_back(c);
}

uint32_t ClauseScanner::TrimEnd(uint32_t begin, uint32_t end) const {
  while (end > begin + 1 && (IsComma(end - 1) || TagAt(end - 1) == Id(Tag::kPeriod) ||
                             TagAt(end - 1) == Id(Tag::kColon))) {
    --end;
  }
  return std::max(begin, end);
}

void ClauseScanner::Pop(std::vector<int32_t>& stack, uint32_t at) {
  Local& c = clauses_[stack.back()];
  c.end = TrimEnd(c.begin, at);
  stack.pop_back();
}

void ClauseScanner::Scan(const Work& w) {
  std::vector<int32_t>& stack = stack_;  // open clauses; bottom is the frame
  stack.assign(1, w.frame);
  int32_t frame = w.frame;
  pending_.clear();
  last_speech_end_ = kNone;
  uint32_t i = w.begin;
  while (i < w.end) {
    // A quotation is opaque here; its interior is a container of its own.
    if (const int32_t q = ChildQuoteAt(i, w.quote); q != kNone) {
      const QuoteSpan& qs = quotes_[q];
      const int32_t c = NewClause(ClauseKind::kQuotation, qs.begin, qs.end, stack.back());
      if (qs.has_open) clauses_[c].cue = static_cast<int32_t>(qs.begin);
      clauses_[c].speaker = qs.speaker;
      clauses_[c].speaker_phrase = qs.speaker_phrase;
      if (clauses_[c].speaker == kNone && clauses_[c].speaker_phrase == kNone) {
        uint32_t k = qs.end;
        while (k < w.end && IsComma(k)) ++k;
        int32_t speaker = kNone;
        int32_t verb = kNone;
        bool according = false;
        if (k < w.end && MatchAttribution(k, w.end, &speaker, &verb, &according)) {
          clauses_[c].speaker = speaker;
          attributions_.emplace_back(verb, speaker);
        }
      }
      const uint32_t from = qs.begin + (qs.has_open ? 1 : 0);
      const uint32_t to = qs.end - (qs.has_close ? 1 : 0);
      if (from < to) work_.push_back(Work{from, to, c, q});
      i = std::max(qs.end, i + 1);
      continue;
    }
    // A reported complement announced by a speech verb.
    bool opened_here = false;
    for (size_t p = 0; p < pending_.size();) {
      if (pending_[p].at > i) {
        ++p;
        continue;
      }
      if (pending_[p].at == i && !opened_here) {
        const Pending pend = pending_[p];
        Open(stack, pend.kind, i, pend.cue);
        Local& c = clauses_[stack.back()];
        c.speaker = pend.speaker;
        c.speaker_phrase = pend.speaker_phrase;
        c.antecedent = pend.antecedent;
        c.subject_override = pend.subject_override;
        c.reporting_verb = pend.reporting_verb;
        opened_here = true;
      }
      pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(p));
    }
    if (opened_here && clauses_[stack.back()].cue == static_cast<int32_t>(i) &&
        VgBeginningAt(i) == kNone) {
      ++i;  // the cue word itself ("that", "if")
      continue;
    }
    if (IsComma(i)) {
      OnComma(i, stack);
      ++i;
      continue;
    }
    if ((WordIs(i, kClauseConjunctionWord) || WordIs(i, kSemicolonWord)) && OnConjunction(i, w, stack, &frame)) {
      ++i;
      continue;
    }
    uint32_t next = i + 1;
    // Every opener TryOpen knows starts with a word of these classes.
    if (!opened_here && WordIs(i, kOpenerWord | kSubordinatorWord | kRelativePronounWord) &&
        TryOpen(i, w, stack, &next)) {
      i = next;
      continue;
    }
    if (const int32_t vg = VgBeginningAt(i); vg != kNone) {
      OnVerbGroup(vg, w, stack);
      i = std::max(units_[vg].end, i + 1);
      continue;
    }
    ++i;
  }
  while (stack.size() > 1) Pop(stack, w.end);
}

bool ClauseScanner::TryOpen(uint32_t i, const Work& w, std::vector<int32_t>& stack,
                            uint32_t* next) {
  char buf[kMaxLowered];
  const std::string_view word = LowerAt(i, buf);
  const int32_t unit = UnitOf(i);
  const bool in_long_np = unit != kNone && units_[unit].kind == UnitKind::kNp &&
                          units_[unit].end - units_[unit].begin > 1;
  bool conditional = false;
  const int n = MatchMultiwordOpener(
      [&](int k, std::string_view lower) {
        if (k == 0) return word == lower;
        const uint32_t t = i + static_cast<uint32_t>(k);
        return t < w.end && WordEq(t, lower);
      },
      &conditional);
  // "in case protests erupted" may be chunked "in [case protests] erupted".
  const int32_t case_np = n == 2 && word == "in" ? NpBeginningAt(i + 1) : kNone;
  const bool case_merged = case_np != kNone && units_[case_np].end > i + 2 &&
                           ClauseAhead(i + 1, w.end, Ahead::kSubject);
  if (n > 0 && (case_merged || ClauseAhead(i + static_cast<uint32_t>(n), w.end, Ahead::kSubject))) {
    Open(stack, conditional ? ClauseKind::kConditional : ClauseKind::kSubordinate, i,
         static_cast<int32_t>(i));
    *next = i + static_cast<uint32_t>(n);
    return true;
  }
  if (word == "if" || word == "unless") {
    if (!ClauseAhead(i + 1, w.end, Ahead::kSubject)) return false;
    bool question = false;
    if (word == "if" && i > w.begin) {
      question = WordIs(i - 1, kQuestionWordWord);
      const int32_t object = NpEndingAt(i - 1);
      if (!question && object != kNone && units_[object].begin > w.begin) {
        question = WordIs(units_[object].begin - 1, kQuestionWordWord);
      }
    }
    Open(stack, question ? ClauseKind::kSubordinate : ClauseKind::kConditional, i,
         static_cast<int32_t>(i));
    return true;
  }
  // Relative clauses: antecedent NP right before the pronoun, before a comma
  // (", who"), or before a preposition ("the city in which").
  const bool wh_relative = WordIs(i, kRelativePronounWord) && (!in_long_np || word == "whose");
  const bool where_when =
      (word == "where" || word == "when") && TagAt(i) != Id(Tag::IN);
  const bool that_word = word == "that" && !in_long_np &&
                         !(TagAt(i) == Id(Tag::DT) && i + 1 < w.end &&
                           (IsNoun(TagAt(i + 1)) || IsAdjective(TagAt(i + 1))));
  if (wh_relative || where_when || that_word) {
    uint32_t begin = i;
    bool after_comma = false;
    int32_t antecedent = i > w.begin ? NpEndingAt(i - 1) : kNone;
    if (antecedent == kNone && i >= w.begin + 2 && IsComma(i - 1)) {
      antecedent = NpEndingAt(i - 2);
      after_comma = antecedent != kNone;
    }
    if (antecedent == kNone && wh_relative && i >= w.begin + 2 && TagAt(i - 1) == Id(Tag::IN)) {
      antecedent = NpEndingAt(i - 2);
      begin = i - 1;
    }
    // "where"/"when" after a pronoun and "that" after a name or pronoun
    // ("showed Baku that it could...") open complements, not relatives.
    if (antecedent != kNone && (where_when || that_word) && units_[antecedent].head != kNone) {
      const TagId head_tag = TagAt(static_cast<uint32_t>(units_[antecedent].head));
      if (head_tag == Id(Tag::PRP) || (that_word && IsProperNoun(head_tag))) antecedent = kNone;
    }
    if (antecedent != kNone && !(that_word && after_comma)) {
      const uint32_t from = word == "whose" && in_long_np ? i : i + 1;
      const Ahead mode = word == "whose" && in_long_np ? Ahead::kSubject : Ahead::kGap;
      const int32_t head = units_[antecedent].head;
      const bool speech_noun =
          that_word && head != kNone && WordIs(static_cast<uint32_t>(head), kSpeechNounWord);
      if (speech_noun && ClauseAhead(i + 1, w.end, Ahead::kSubject)) {
        Open(stack, ClauseKind::kReported, i, static_cast<int32_t>(i));
        return true;
      }
      if (ClauseAhead(from, w.end, mode)) {
        Open(stack, ClauseKind::kRelative, begin, static_cast<int32_t>(i));
        clauses_[stack.back()].antecedent = antecedent;
        clauses_[stack.back()].after_comma = after_comma;
        return true;
      }
      if (!where_when) return false;
    } else if (that_word) {
      // A complement: "it is clear that ...", "so strong that ...".
      if (!ClauseAhead(i + 1, w.end, Ahead::kSubject)) return false;
      Open(stack, ClauseKind::kSubordinate, i, static_cast<int32_t>(i));
      return true;
    } else if (wh_relative) {
      return false;
    }
  }
  // A free relative: "condemned what Russia described as a routine
  // operation", "what happened": its verb and subject are its own, not the
  // enclosing clause's.
  if (word == "what" && TagAt(i) == Id(Tag::WP) && ClauseAhead(i + 1, w.end, Ahead::kGap)) {
    Open(stack, ClauseKind::kRelative, i, static_cast<int32_t>(i));
    return true;
  }
  const bool comparative_as =
      word == "as" && i > w.begin &&
      (WordEq(i - 1, "well") || WordEq(i - 1, "such") || WordEq(i - 1, "same"));
  // "Putin once again offered", "once more": an adverb, not "once he arrived".
  const bool adverbial_once =
      word == "once" && i + 1 < w.end && (WordEq(i + 1, "again") || WordEq(i + 1, "more"));
  if (WordIs(i, kSubordinatorWord) && !comparative_as && !adverbial_once) {
    const Ahead mode = TakesParticiple(word) ? Ahead::kParticiple : Ahead::kSubject;
    if (!ClauseAhead(i + 1, w.end, mode)) return false;
    Open(stack, ClauseKind::kSubordinate, i, static_cast<int32_t>(i));
    clauses_[stack.back()].after_comma = i > w.begin && IsComma(i - 1);
    return true;
  }
  return false;
}

void ClauseScanner::OnComma(uint32_t i, std::vector<int32_t>& stack) {
  for (const Pending& p : pending_) {
    if (p.at > i) return;  // between a speech verb and its complement
  }
  if (stack.size() < 2) return;
  const Local& top = clauses_[stack.back()];
  if (top.verb == kNone) return;
  // ", adding that ...", ", citing ...": a participle after a report
  // belongs to the reporting clause.
  const int32_t vg = i + 1 < s_.last ? VgBeginningAt(i + 1) : kNone;
  if (vg != kNone && TagAt(i + 1) == Id(Tag::VBG) && top.kind == ClauseKind::kReported) {
    while (stack.size() > 1 && clauses_[stack.back()].kind == ClauseKind::kReported) Pop(stack, i);
    return;
  }
  for (size_t d = stack.size() - 1; d-- > 0;) {
    if (Waiting(stack[d])) {
      while (stack.size() > d + 1) Pop(stack, i);
      return;
    }
  }
  if (top.after_comma && (top.kind == ClauseKind::kRelative ||
                          top.kind == ClauseKind::kSubordinate ||
                          top.kind == ClauseKind::kConditional)) {
    Pop(stack, i);
  }
}

bool ClauseScanner::OnConjunction(uint32_t i, const Work& w, std::vector<int32_t>& stack,
                                  int32_t* frame) {
  if (i == w.begin || i + 1 >= w.end) return false;
  const uint32_t n = i + 1;
  const bool semicolon = WordEq(i, ";");
  const Local top = clauses_[stack.back()];
  // A repeated cue starts a sibling: "said that ... and that ...".
  if (!semicolon && stack.size() > 1 && top.verb != kNone && top.cue != kNone &&
      SameWord(n, static_cast<uint32_t>(top.cue)) && WordIs(i, kClauseConjunctionWord)) {
    Pending p;
    p.at = n;
    p.kind = top.kind;
    p.cue = static_cast<int32_t>(n);
    p.speaker = top.speaker;
    p.speaker_phrase = top.speaker_phrase;
    p.antecedent = top.antecedent;
    p.subject_override = top.subject_override;
    p.reporting_verb = top.reporting_verb;
    Pop(stack, i);
    pending_.push_back(p);
    return true;
  }
  if (!semicolon && LiftToReporting(i, w, stack, frame)) return true;
  if (top.verb == kNone) return false;  // "police and protesters clashed"
  if (!ClauseAhead(n, w.end, Ahead::kSubject)) return false;
  const bool comma_before = semicolon || IsComma(i - 1);
  if (comma_before || stack.size() == 1) {
    while (stack.size() > 1) Pop(stack, i);
    const Local f = clauses_[*frame];
    if (f.kind == ClauseKind::kQuotation) return true;  // quotations are not split
    const uint32_t split = semicolon ? i + 1 : i;
    const int32_t sibling = NewClause(f.kind, split, f.end, f.parent);
    clauses_[sibling].speaker = f.speaker;
    clauses_[sibling].speaker_phrase = f.speaker_phrase;
    clauses_[sibling].cue = semicolon ? kNone : static_cast<int32_t>(i);
    clauses_[*frame].end = split;
    *frame = sibling;
    stack.assign(1, sibling);
    return true;
  }
  if (top.kind == ClauseKind::kRelative) return false;
  Pop(stack, i);
  const int32_t sibling = NewClause(top.kind, i, i, top.parent);
  clauses_[sibling].speaker = top.speaker;
  clauses_[sibling].speaker_phrase = top.speaker_phrase;
  clauses_[sibling].cue = static_cast<int32_t>(i);
  stack.push_back(sibling);
  return true;
}

void ClauseScanner::OnVerbGroup(int32_t vg, const Work& w, std::vector<int32_t>& stack) {
  const Unit& u = units_[vg];
  if (u.head != kNone && WordEq(static_cast<uint32_t>(u.head), "according")) return;
  uint32_t before = u.begin;
  while (before > w.begin && IsAdverb(TagAt(before - 1)) && UnitOf(before - 1) == kNone) {
    --before;
  }
  const bool after_conjunction =
      before > w.begin && (TagAt(before - 1) == Id(Tag::CC) || IsComma(before - 1));
  // "which Moscow insisted [were] false": a verb right after a speech verb
  // is its gapped complement, not the next clause's verb.
  if (u.finite && last_speech_end_ != kNone && (before == static_cast<uint32_t>(last_speech_end_) ||
                                   u.begin == static_cast<uint32_t>(last_speech_end_))) {
    return;
  }
  // A finite verb an enclosing verbless clause waits for closes the clauses
  // above it: "The men who were detained [were released]".
  if (u.finite && !after_conjunction && clauses_[stack.back()].verb != kNone) {
    // The new verb's own subject goes with it: an NP right before it that is
    // neither an object (after a verb group) nor a prepositional object.
    uint32_t at = u.begin;
    const int32_t subject = before > w.begin ? NpEndingAt(before - 1) : kNone;
    if (subject != kNone) {
      const uint32_t b = units_[WalkChainBack(subject, w.begin)].begin;
      const int32_t prev_unit = b > w.begin ? UnitOf(b - 1) : kNone;
      const bool object = prev_unit != kNone && units_[prev_unit].kind == UnitKind::kVg;
      const bool prep = b > w.begin && (TagAt(b - 1) == Id(Tag::IN) || TagAt(b - 1) == Id(Tag::TO));
      // "that deals with foreign interference and hybrid threats said": an
      // NP coordinated with the one before it ends the same phrase.
      const bool coordinated = b > w.begin + 1 && TagAt(b - 1) == Id(Tag::CC) &&
                               NpEndingAt(b - 2) != kNone;
      if (!object && !prep && !coordinated && b > w.begin) at = b;
    }
    for (size_t d = stack.size() - 1; d-- > 0;) {
      if (Waiting(stack[d])) {
        while (stack.size() > d + 1 && clauses_[stack.back()].begin < at) Pop(stack, at);
        while (stack.size() > d + 1) Pop(stack, u.begin);
        break;
      }
    }
  }
  const int32_t top = stack.back();
  {
    Local& c = clauses_[top];
    const bool replace = c.verb != kNone && !units_[c.verb].finite && u.finite;
    if (c.verb == kNone || replace) {
      c.verb = vg;
      c.subject = SubjectFor(top, u.begin);
      for (const auto& [verb, speaker] : attributions_) {
        if (verb == vg) c.subject = speaker;
      }
    }
  }
  if (!IsSpeechUnit(vg)) return;
  last_speech_end_ = static_cast<int32_t>(u.end);
  int32_t speaker = kNone;
  if (!u.passive) {
    speaker = clauses_[top].verb == vg ? clauses_[top].subject : SubjectFor(top, u.begin);
    if (speaker == kNone) speaker = clauses_[top].subject;
  }
  LookAheadFromSpeechVerb(vg, speaker, w);
}

}  // namespace riposte::text::internal
