// Clause finder, part 5 (algorithm in clauses.cc): what a speech verb
// announces. Looking ahead from "said", "told reporters", "said in a
// statement on Friday" to the reported complement: a "that" or "if"
// clause, a quotation, a colon, a to-infinitive or a bare clause, queued as
// a pending clause for the scanner (clauses_scan.cc) to open.
//
// Tested by clauses_test.cc.
#include "text/internal/clauses_scan.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace {

// Words that open an embedded question after a speech verb.
bool IsInterrogative(std::string_view w) {
  return w == "if" || w == "whether" || w == "why" || w == "how" || w == "what" ||
         w == "who" || w == "when" || w == "where";
}

}  // namespace

void ClauseScanner::LookAheadFromSpeechVerb(int32_t vg, int32_t speaker, const Work& w) {
  const Unit& u = units_[vg];
  const uint32_t end = w.end;
  const uint32_t head = static_cast<uint32_t>(u.head);
  uint32_t k = u.end;
  int32_t object = kNone;
  if (WordIs(head, kObjectSpeechVerbWord) || IsObjectSpeechVerb(LemmaAt(head))) {
    const int32_t np = NpBeginningAt(k);
    if (np != kNone) {
      const uint32_t after = SkipNpChain(k, end);
      const int32_t next_vg = after < end ? VgBeginningAt(after) : kNone;
      if (next_vg == kNone || !units_[next_vg].finite) {
        object = np;
        k = after;
      }
    }
  }
  // Adverbs, commas and adjuncts: "said on Friday in a statement that".
  bool skipped_comma = false;
  for (size_t guard = 0; k < end && guard < 64; ++guard) {
    if (IsAdverb(TagAt(k)) && UnitOf(k) == kNone) {
      ++k;
    } else if (IsComma(k)) {
      skipped_comma = true;
      ++k;
    } else if (k + 1 < end && (TagAt(k) == Id(Tag::IN) || TagAt(k) == Id(Tag::TO)) &&
               WordIs(k, kAdjunctPrepositionWord) && NpBeginningAt(k + 1) != kNone) {
      k = SkipNpChain(k + 1, end);
    } else if (const int32_t np = NpBeginningAt(k);
               np != kNone && units_[np].end < end && WordEq(units_[np].end, "that")) {
      k = units_[np].end;  // "said Friday that"
    } else {
      break;
    }
  }
  if (k >= end) return;
  int32_t q = ChildQuoteAt(k, w.quote);
  if (q == kNone && TagAt(k) == Id(Tag::kColon) && k + 1 < end) q = ChildQuoteAt(k + 1, w.quote);
  if (q != kNone) {
    if (quotes_[q].speaker == kNone) quotes_[q].speaker = speaker;
    return;
  }
  Pending p;
  p.at = k;
  p.speaker = speaker;
  p.reporting_verb = vg;
  char buf[kMaxLowered];
  const std::string_view word = LowerAt(k, buf);
  const int32_t unit = UnitOf(k);
  const bool in_long_np = unit != kNone && units_[unit].kind == UnitKind::kNp &&
                          units_[unit].end - units_[unit].begin > 1;
  if (word == "that" && !in_long_np && ThatOpensClause(k, end)) {
    p.cue = static_cast<int32_t>(k);
    pending_.push_back(p);
    return;
  }
  // "asked if", "did not say if"; a plain "said ... if" is a condition.
  const bool negated = u.phrase != kNone && doc_.phrases[u.phrase].negated;
  const bool if_ok = word != "if" || negated || WordIs(head, kQuestionWordWord) ||
                     IsQuestionWord(LemmaAt(head));
  if (IsInterrogative(word) && if_ok && ClauseAhead(k + 1, end, Ahead::kGap)) {
    p.cue = static_cast<int32_t>(k);
    pending_.push_back(p);
    return;
  }
  if (TagAt(k) == Id(Tag::kColon) && ClauseAhead(k + 1, end, Ahead::kSubject)) {
    p.at = k + 1;
    pending_.push_back(p);
    return;
  }
  if (TagAt(k) == Id(Tag::TO) &&
      (WordIs(head, kInfinitiveSpeechVerbWord) || IsInfinitiveSpeechVerb(LemmaAt(head)))) {
    const int32_t inf = VgBeginningAt(k);
    if (inf != kNone && units_[inf].infinitive) {
      p.cue = static_cast<int32_t>(k);
      p.subject_override = object != kNone ? object : speaker;
      pending_.push_back(p);
    }
    return;
  }
  if (!skipped_comma && ClauseAhead(k, end, Ahead::kSubject)) pending_.push_back(p);
}

}  // namespace riposte::text::internal
