// Clause finder, part 4 (algorithm in clauses.cc): a verb coordinated after
// a reported clause that is the reporter's ("The ministry said police
// detained nine people, and demanded an inquiry"), lifted out of the
// reported clause into a clause coordinated with the reporting one.
//
// Tested by clauses_subjects_test.cc.
#include "text/internal/clauses_scan.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace {

// A regular past form ("called", "urged"), whose participle and past tense
// are spelt alike; `w` as written (any case).
bool EndsWithEd(std::string_view w) {
  return w.size() > 3 && (w[w.size() - 2] == 'e' || w[w.size() - 2] == 'E') &&
         (w[w.size() - 1] == 'd' || w[w.size() - 1] == 'D');
}

}  // namespace

// A verb coordinated after a reported clause may be the reporter's second
// act: "The ministry said police detained nine people, and demanded an
// inquiry", "Peskov said the authorities were enforcing the law and
// stressed that ...". It is, when the reported clause on top of the stack
// is complete and the verb right after the conjunction (adverbs aside) is
// finite with no subject of its own, and
//   - the reported clause is an infinitive ("vowed to respond and
//     summoned the envoy": a finite verb cannot continue "to respond"), or
//   - it has the reporting verb's tense and either a comma precedes the
//     conjunction or it is a communication verb ("and accused Moscow").
// A plain "said police detained nine people and seized weapons" keeps
// "seized" with the police; so does a verb after a nested relative clause
// ("publications that incited hatred and justified violence"), unless a
// comma separates it.
bool ClauseScanner::LiftToReporting(uint32_t i, const Work& w, std::vector<int32_t>& stack,
                                    int32_t* frame) {
  if (stack.size() < 2) return false;
  if (!WordEq(i, "and") && !WordEq(i, "but")) return false;
  const bool comma = i > w.begin && IsComma(i - 1);
  // After ", and" the reported clause may end in a relative or subordinate
  // clause of its own ("said it had found articles that incited hatred, and
  // called on ..."): those close too.
  size_t depth = stack.size() - 1;
  while (comma && depth > 1 && clauses_[stack[depth]].kind != ClauseKind::kReported &&
         (clauses_[stack[depth]].kind == ClauseKind::kRelative ||
          clauses_[stack[depth]].kind == ClauseKind::kSubordinate) &&
         clauses_[stack[depth]].verb != kNone) {
    --depth;
  }
  const int32_t r = stack[depth];
  const Local& rep = clauses_[r];
  if (rep.kind != ClauseKind::kReported || rep.reporting_verb == kNone || rep.verb == kNone) {
    return false;
  }
  uint32_t k = i + 1;
  while (k < w.end && IsAdverb(TagAt(k)) && UnitOf(k) == kNone) ++k;
  if (k >= w.end) return false;
  const int32_t vg = VgBeginningAt(k);
  if (vg == kNone || units_[vg].infinitive || units_[vg].phrase == kNone ||
      units_[vg].head == kNone) {
    return false;
  }
  const uint32_t head = static_cast<uint32_t>(units_[vg].head);
  // "said Russia had shot down the plane and called for": the tagger reads
  // "called" as the participle of an elided "had"; the bare participle of
  // a past reporting verb is its past tense when lifted.
  const bool participle = !units_[vg].finite && units_[vg].begin == head &&
                          units_[vg].end == head + 1 && TagAt(head) == Id(Tag::VBN) &&
                          EndsWithEd(doc_.Slice(doc_.tokens[head].span));
  if (!units_[vg].finite && !participle) return false;
  const int32_t said = units_[rep.reporting_verb].phrase;
  const Tense said_tense =
      said == kNone ? Tense::kNone : doc_.phrases[static_cast<size_t>(said)].tense;
  if (participle && said_tense != Tense::kPast) return false;
  if (!units_[rep.verb].infinitive || participle) {
    if (rep.subject == kNone && rep.subject_override == kNone) return false;
    const Tense t = participle ? Tense::kPast
                               : doc_.phrases[static_cast<size_t>(units_[vg].phrase)].tense;
    if (said_tense == Tense::kNone || t != said_tense) return false;
    if (!comma && !WordIs(head, kCommunicationVerbWord) && !IsCommunicationVerb(LemmaAt(head))) {
      return false;
    }
  }
  if (participle) {
    doc_.tokens[head].tag = Id(Tag::VBD);
    Phrase& ph = doc_.phrases[static_cast<size_t>(units_[vg].phrase)];
    ph.tense = Tense::kPast;
    ph.voice = Voice::kActive;
    units_[vg].finite = true;
  }
  // Close the reported clause (and anything above it) at the conjunction;
  // the verb opens a clause coordinated with the reporting one, of its
  // kind, whose subject is the reporting clause's: like "X said ..., and X
  // demanded ...". Its own range keeps the reported clause's places and
  // objects apart from it.
  while (stack.size() > 1 && stack.back() != rep.parent) Pop(stack, i);
  const Local reporting = clauses_[stack.back()];
  const int32_t subject =
      reporting.subject_override != kNone ? reporting.subject_override : reporting.subject;
  int32_t sibling = kNone;
  if (stack.size() == 1) {
    if (reporting.kind == ClauseKind::kQuotation) return true;  // quotations are not split
    sibling = NewClause(reporting.kind, i, reporting.end, reporting.parent);
    clauses_[*frame].end = i;
    *frame = sibling;
    stack.assign(1, sibling);
  } else {
    Pop(stack, i);
    sibling = NewClause(reporting.kind, i, i, reporting.parent);
    stack.push_back(sibling);
  }
  Local& c = clauses_[sibling];
  c.speaker = reporting.speaker;
  c.speaker_phrase = reporting.speaker_phrase;
  c.cue = static_cast<int32_t>(i);
  c.subject_override = subject;
  return true;
}

}  // namespace riposte::text::internal
