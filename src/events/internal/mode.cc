// Mode: how the text presents an act (DESIGN.md "mode").
//
// In order, the first that applies wins:
//   negated       the verb group is negated ("did not apologise", "never
//                 paid", "has neither acknowledged ... nor paid"); a subject
//                 that denies it ("nobody has been charged"); a noun trigger under "lack/absence/refusal of"
//                 ("the lack of an apology"), or the object of a verb
//                 that stops it ("cancelled the visit", "called off talks");
//                 a "no" determiner on the
//                 trigger noun, the object, or the subject
//                 of a passive ("no compensation was paid"); an infinitive
//                 under "fail" or a negated verb ("failed to pay"; refusals
//                 are coded as CAMEO 12x speech acts by assemble.cc); an act
//                 reported under deny/reject/dismiss ("Moscow denied that
//                 its air defences shot down the plane"); a gerund under a
//                 verb of avoiding or stopping ("avoided criticizing",
//                 "refrained from condemning", "stopped short of saying").
//   hypothetical  a modal (could, may, might, would, will, should...), the
//                 future tense, a conditional clause or an "if"/"unless"
//                 earlier in the sentence; speculative adverbs (possibly,
//                 likely, perhaps); an infinitive under a verb of plan or
//                 wish ("plans to visit", "is scheduled to visit"); acts
//                 reported under opinion verbs (believe, think, argue,
//                 expect, speculate), also when the text stage found no
//                 reported clause ("Some argue that ..."), or by experts and
//                 analysts (sector EDU): analysis and opinion never become
//                 asserted events; a participle or gerund after a modal verb
//                 ("may cooperate ... on investigating"); an act named
//                 as an option ("leaving mobilization as the only option");
//                 a gerund after "capable of"; what a speaker does not say
//                 ("did not say Russia was to blame", "stopped short of
//                 saying that missiles had struck the plane"); an act
//                 named as a purpose or as the bare subject of a modal
//                 verb (Unrealised, unrealised.cc).
//   (shared)      a bare verb coordinated after another takes that one's
//                 mode ("might tighten inspections or limit exports", "did
//                 not apologise or pay"; FirstConjunct, doc_index.cc).
//   threatened    a CAMEO 13x speech act (the threat is the coded act).
//   demanded      a CAMEO 10x speech act; an infinitive under a verb of
//                 demand that assemble.cc did not turn into a speech act.
//   asserted      everything else.
//
// The negation cues (a "no" determiner, "neither ... nor", a denying subject,
// a stopping verb) are in negation.cc.
//
// Tested by coder_test.cc, coder_mode_test.cc and coder_scope_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr std::array<std::string_view, 4> kNegatingGovernors = {"refuse", "decline", "fail",
                                                                "reject"};
constexpr std::array<std::string_view, 5> kDenyingSpeech = {"deny", "reject", "dismiss",
                                                            "refute", "rebut"};
constexpr std::array<std::string_view, 4> kThreatGovernors = {"threaten", "warn", "vow",
                                                              "pledge"};
constexpr std::array<std::string_view, 9> kDemandGovernors = {
    "demand", "urge", "call", "ask", "insist", "press", "request", "appeal", "order"};
// "would like to express" is a performative: the expression happens; "tried
// to attack" reports an attempt that was made.
constexpr std::array<std::string_view, 12> kFactiveGovernors = {
    "manage", "begin", "start", "continue", "resume", "proceed", "force", "compel", "oblige",
    "like",   "try",   "attempt"};
constexpr std::array<std::string_view, 16> kOpinionSpeech = {
    "believe", "think", "argue", "suggest", "speculate", "expect", "predict", "fear",
    "suspect", "assume", "doubt", "hope", "guess", "reckon", "feel", "wonder"};
constexpr std::array<std::string_view, 10> kSpeculativeAdverbs = {
    "possibly", "likely",   "perhaps",     "probably", "potentially",
    "maybe",    "unlikely", "conceivably", "possible", "presumably"};
constexpr std::array<std::string_view, 2> kConditionalCues = {"if", "unless"};
constexpr std::string_view kModalMust = "must";
constexpr std::array<std::string_view, 3> kLackNouns = {"lack", "absence", "refusal"};
// Verbs whose gerund complement did not (or no longer) happen: "avoided
// criticizing the Kremlin", "refrained from condemning", "stopped shelling".
constexpr std::array<std::string_view, 8> kAvoidingVerbs = {"avoid", "refrain", "abstain", "stop",
                                                            "cease", "quit",    "halt",    "resist"};
// Words of mere ability before "of" + gerund: "capable of defending".
constexpr std::array<std::string_view, 2> kAbilityWords = {"capable", "incapable"};
constexpr std::string_view kExpertSector = "EDU";
constexpr uint32_t kSayingReach = 4;  // tokens between a saying verb and its reported clause
constexpr size_t kSectorBegin = 3;

bool IsIn(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

const Phrase* PhraseAt(const Document& doc, int32_t p) {
  if (p < 0 || static_cast<size_t>(p) >= doc.phrases.size()) return nullptr;
  return &doc.phrases[static_cast<size_t>(p)];
}

std::string HeadLemma(const DocIndex& ix, int32_t vg) {
  const Phrase* ph = PhraseAt(ix.doc(), vg);
  if (ph == nullptr) return "";
  return ix.Lemma(ph->head >= 0 ? static_cast<uint32_t>(ph->head) : ph->begin);
}

// Returns true iff IsIn(HeadLemma(ix, vg), list), without building the lemma.
bool HeadLemmaIn(const DocIndex& ix, int32_t vg, const auto& list) {
  const Phrase* ph = PhraseAt(ix.doc(), vg);
  if (ph == nullptr) return false;
  const uint32_t head = ph->head >= 0 ? static_cast<uint32_t>(ph->head) : ph->begin;
  for (std::string_view w : list) {
    if (ix.LemmaIs(head, w)) return true;
  }
  return false;
}

// The nearest enclosing reported clause (not an infinitive complement).
int32_t ReportingClause(const DocIndex& ix, int32_t c) {
  const Document& doc = ix.doc();
  for (size_t steps = 0; c >= 0 && steps <= doc.clauses.size(); ++steps) {
    const Clause& cl = doc.clauses[static_cast<size_t>(c)];
    const Phrase* cv = PhraseAt(doc, cl.verb);
    if ((cl.kind == ClauseKind::kReported || cl.kind == ClauseKind::kQuotation) &&
        !(cv != nullptr && cv->infinitive)) {
      return c;
    }
    c = cl.parent;
  }
  return -1;
}

bool InConditional(const DocIndex& ix, int32_t c) {
  const Document& doc = ix.doc();
  for (size_t steps = 0; c >= 0 && steps <= doc.clauses.size(); ++steps) {
    const Clause& cl = doc.clauses[static_cast<size_t>(c)];
    if (cl.kind == ClauseKind::kConditional) return true;
    c = cl.parent;
  }
  return false;
}

// "if"/"unless" earlier in the same sentence, or a speculative word before
// the trigger in its clause or an enclosing one.
bool SpeculativeWords(const DocIndex& ix, const Trigger& trig, int32_t c) {
  const int32_t s = ix.SentenceOf(trig.token);
  for (uint32_t t = trig.token; t > 0; --t) {
    if (ix.SentenceOf(t - 1) != s) break;
    const DocIndex::Cue cue = ix.CueOf(t - 1);
    if (cue == DocIndex::kCueNone) continue;
    if (cue == DocIndex::kCueConditional) return true;
    // In the trigger's clause or one enclosing it ("It is possible that ...").
    const int32_t wc = ix.ClauseOf(t - 1);
    if (ix.Within(wc, c) || ix.Within(c, wc)) return true;
  }
  return false;
}

// The nearest verb group before token `t` in its sentence, or -1.
int32_t VerbBefore(const DocIndex& ix, uint32_t t) {
  const int32_t s = ix.SentenceOf(t);
  for (; t > 0 && ix.SentenceOf(t - 1) == s; --t) {
    int32_t p = ix.PhraseOf(t - 1);
    if (p >= 0 && ix.doc().phrases[static_cast<size_t>(p)].kind == PhraseKind::kVerbGroup) return p;
  }
  return -1;
}

// An opinion verb earlier in the sentence (up to a semicolon) when the text
// stage found no reported clause: "Some argue that the crackdown served...".
bool OpinionBefore(const DocIndex& ix, const Trigger& trig) {
  const int32_t s = ix.SentenceOf(trig.token);
  for (uint32_t t = trig.token; t > 0 && ix.SentenceOf(t - 1) == s; --t) {
    if (ix.WordIs(t - 1, ";")) break;
    int32_t p = ix.PhraseOf(t - 1);
    if (p < 0 || p == trig.verb) continue;
    const Phrase& ph = ix.doc().phrases[static_cast<size_t>(p)];
    if (ph.kind == PhraseKind::kVerbGroup && HeadLemmaIn(ix, p, kOpinionSpeech)) return true;
    t = ph.begin + 1;  // skip the rest of the phrase
  }
  return false;
}

// A gerund complement ("avoided criticizing", "refrained from condemning",
// "stopped short of saying", "capable of defending"): kNegated when its verb avoids or stops the act,
// kHypothetical when the word before "of" only says it could be done,
// else kAsserted.
Mode GerundComplement(const DocIndex& ix, const Phrase& vg) {
  const Document& doc = ix.doc();
  if (vg.head < 0 || doc.tokens[static_cast<size_t>(vg.head)].tag != text::Id(text::Tag::VBG) ||
      vg.begin == 0) {
    return Mode::kAsserted;
  }
  uint32_t t = vg.begin;
  const bool preposition = ix.WordIs(t - 1, "from") || ix.WordIs(t - 1, "of");
  if (preposition) --t;
  if (t == 0) return Mode::kAsserted;
  // "stopped short of saying", "fell short of condemning".
  if (preposition && ix.WordIs(t, "of") && ix.WordIs(t - 1, "short") && t >= 2) {
    const Phrase* verb = PhraseAt(doc, ix.PhraseOf(t - 2));
    if (verb != nullptr && verb->kind == PhraseKind::kVerbGroup) return Mode::kNegated;
  }
  if (preposition && ix.WordIs(t, "of") && ix.WordIn(t - 1, kAbilityWords)) return Mode::kHypothetical;
  const Phrase* before = PhraseAt(doc, ix.PhraseOf(t - 1));
  if (before == nullptr || before->kind != PhraseKind::kVerbGroup || before->end != t) return Mode::kAsserted;
  return HeadLemmaIn(ix, ix.PhraseOf(t - 1), kAvoidingVerbs) ? Mode::kNegated : Mode::kAsserted;
}

// "leaving mass mobilization as the only option", "sanctions as a
// possibility": an act named as an option is not done.
bool NamedAsAnOption(const DocIndex& ix, const Phrase& np) {
  static constexpr std::string_view kOptions[] = {"option", "possibility", "choice", "alternative",
                                                  "scenario", "solution", "possible"};
  const Document& doc = ix.doc();
  uint32_t t = np.end;
  if (t >= doc.tokens.size() || !ix.WordIs(t, "as")) return false;
  const Phrase* next = PhraseAt(doc, ix.PhraseOf(t + 1));
  if (next == nullptr || next->kind != PhraseKind::kNounPhrase) {
    return t + 1 < doc.tokens.size() && ix.WordIs(t + 1, "possible");
  }
  const uint32_t head = next->head >= 0 ? static_cast<uint32_t>(next->head) : next->end - 1;
  return ix.WordIn(head, kOptions);
}

// Experts' and analysts' statements are opinion, unless merely cited as a
// source ("according to experts, police raided ..." stays asserted and
// attributed).
bool ReportedByExperts(const DocIndex& ix, int32_t reporting) {
  const Clause& cl = ix.doc().clauses[static_cast<size_t>(reporting)];
  if (cl.cue >= 0 && ix.WordIs(static_cast<uint32_t>(cl.cue), "according")) return false;
  if (cl.parent >= 0) {  // "..., according to some experts."
    const Clause& outer = ix.doc().clauses[static_cast<size_t>(cl.parent)];
    for (uint32_t t = outer.begin; t < outer.end; ++t) {
      if ((t < cl.begin || t >= cl.end) && ix.WordIs(t, "according")) return false;
    }
  }
  for (int32_t m : RoleMentions(ix, cl.speaker)) {
    const std::string& code = ix.doc().actors[static_cast<size_t>(m)].code;
    if (code.size() >= kSectorBegin + kExpertSector.size() &&
        std::string_view(code).substr(kSectorBegin, kExpertSector.size()) == kExpertSector) {
      return true;
    }
  }
  return false;
}

}  // namespace

const std::array<uint32_t, 16> DocIndex::kCueLetters = [] {
  std::array<uint32_t, 16> letters{};
  for (std::string_view w : kConditionalCues) letters[w.size()] |= uint32_t{1} << (w[0] - 'a');
  for (std::string_view w : kSpeculativeAdverbs) letters[w.size()] |= uint32_t{1} << (w[0] - 'a');
  return letters;
}();

DocIndex::Cue DocIndex::ClassifyCue(uint32_t t) const {
  if (WordIn(t, kConditionalCues)) return kCueConditional;
  if (WordIn(t, kSpeculativeAdverbs)) return kCueSpeculative;
  return kCueNone;
}

bool IsSpeechActOfIntent(std::string_view cameo) {
  return cameo.starts_with("13") || cameo.starts_with("10");
}

bool Speculative(const DocIndex& ix, const Trigger& trig) {
  const int32_t c = ix.ClauseOfTrigger(trig);
  return InConditional(ix, c) || SpeculativeWords(ix, trig, c) || OpinionBefore(ix, trig);
}

Mode FindMode(const DocIndex& ix, const Trigger& trig) {
  const Document& doc = ix.doc();
  const int32_t c = ix.ClauseOfTrigger(trig);
  const Phrase* vg = PhraseAt(doc, trig.verb);
  const bool verbal = !trig.nominal && vg != nullptr && vg->kind == PhraseKind::kVerbGroup;

  // --- negation ---
  bool negated = false;
  bool hypothetical = false;
  if (verbal) {
    // "was not willing to": a copula followed by its negation.
    const bool copula_not = vg->end < doc.tokens.size() && HeadLemma(ix, trig.verb) == "be" &&
                            (ix.WordIs(vg->end, "not") || ix.WordIs(vg->end, "never") ||
                             ix.WordIs(vg->end, "n't"));
    negated = (vg->negated && !NotOnly(ix, *vg)) || copula_not || HasNoDeterminer(ix, trig.object) ||
              NeitherNor(ix, *vg) ||
              (c >= 0 && NegativeSubject(ix, doc.clauses[static_cast<size_t>(c)].subject));
    if (c >= 0 && vg->voice == Voice::kPassive) {
      negated = negated || HasNoDeterminer(ix, doc.clauses[static_cast<size_t>(c)].subject);
    }
    if (!negated && vg->end < doc.tokens.size()) {  // "paid no compensation"
      int32_t next = ix.PhraseOf(vg->end);
      if (next >= 0 && doc.phrases[static_cast<size_t>(next)].begin == vg->end) {
        negated = HasNoDeterminer(ix, next);
      }
    }
    const Mode gerund = GerundComplement(ix, *vg);
    negated = negated || gerund == Mode::kNegated;
    hypothetical = gerund == Mode::kHypothetical;
    if (vg->modal >= 0 && !ix.WordIs(static_cast<uint32_t>(vg->modal), kModalMust)) {
      hypothetical = true;
    }
    if (vg->tense == Tense::kFuture) hypothetical = true;
    // A participle or gerund takes the modality of the verb before it:
    // "Russia may cooperate with Baku on investigating the incident".
    if (vg->tense == Tense::kNone && !vg->infinitive && vg->modal < 0) {
      const Phrase* before = PhraseAt(doc, VerbBefore(ix, vg->begin));
      if (before != nullptr && ((before->modal >= 0 &&
                                 !ix.WordIs(static_cast<uint32_t>(before->modal), kModalMust)) ||
                                before->tense == Tense::kFuture)) {
        hypothetical = true;
      }
    }
  } else {
    // "no apology", "the lack of an apology", "the absence of compensation".
    const int32_t np = ix.PhraseOf(trig.token);
    negated = HasNoDeterminer(ix, np);
    const Phrase* ph = PhraseAt(doc, np);
    if (!negated && ph != nullptr && ph->begin >= 2 && ix.WordIs(ph->begin - 1, "of")) {
      const Phrase* outer = PhraseAt(doc, ix.PhraseOf(ph->begin - 2));
      if (outer != nullptr && outer->kind == PhraseKind::kNounPhrase && outer->head >= 0) {
        negated = IsIn(ix.Lemma(static_cast<uint32_t>(outer->head)), kLackNouns);
      }
    }
    if (!negated && ph != nullptr) negated = CalledOff(ix, *ph);
    if (ph != nullptr && NamedAsAnOption(ix, *ph)) hypothetical = true;
  }
  // The verb governing an infinitive complement ("refused to pay").
  Mode governed = Mode::kAsserted;
  if (verbal && vg->infinitive) {
    int32_t gv = GoverningVerb(ix, trig.verb);
    std::string gl = HeadLemma(ix, gv);
    const Phrase* g = PhraseAt(doc, gv);
    if (gv < 0) {
      hypothetical = true;
    } else if (IsIn(gl, kNegatingGovernors) || (g != nullptr && g->negated)) {
      negated = true;
    } else if (IsIn(gl, kThreatGovernors)) {
      governed = Mode::kThreatened;
    } else if (IsIn(gl, kDemandGovernors)) {
      governed = Mode::kDemanded;
    } else if (!IsIn(gl, kFactiveGovernors)) {
      hypothetical = true;  // plan, want, agree, be due, be scheduled ...
    }
  }
  // Reported speech: denials negate, opinions and experts speculate.
  int32_t reporting = ReportingClause(ix, c);
  if (reporting >= 0) {
    const Clause& rc = doc.clauses[static_cast<size_t>(reporting)];
    int32_t speech = rc.parent >= 0 ? doc.clauses[static_cast<size_t>(rc.parent)].verb : -1;
    std::string sl = HeadLemma(ix, speech);
    if (speech != trig.verb) {
      if (IsIn(sl, kDenyingSpeech)) negated = true;
      if (IsIn(sl, kOpinionSpeech) || ReportedByExperts(ix, reporting)) hypothetical = true;
      const Phrase* sp = PhraseAt(doc, speech);
      if (sp != nullptr && sp->modal >= 0) hypothetical = true;
      // "did not say Russia was to blame", "stopped short of saying that
      // missiles had struck the plane": what is not said is not asserted.
      // The saying verb is the one right before the reported clause.
      const Phrase* say = rc.begin > 0 ? PhraseAt(doc, VerbBefore(ix, rc.begin)) : nullptr;
      if (say != nullptr && rc.begin - say->end <= kSayingReach && !HeadLemmaIn(ix, ix.PhraseOf(say->begin), kDenyingSpeech) &&
          ((say->negated && !NotOnly(ix, *say)) || GerundComplement(ix, *say) == Mode::kNegated)) {
        hypothetical = true;
      }
    }
  }
  if (InConditional(ix, c) || SpeculativeWords(ix, trig, c) || OpinionBefore(ix, trig) ||
      Unrealised(ix, trig, c)) {
    hypothetical = true;
  }

  if (negated) return Mode::kNegated;
  if (hypothetical) return Mode::kHypothetical;
  if (trig.cameo.starts_with("13")) return Mode::kThreatened;
  if (trig.cameo.starts_with("10")) return Mode::kDemanded;
  // "might tighten inspections or limit exports", "did not apologise or
  // pay": a bare verb coordinated after another takes its modality.
  if (governed == Mode::kAsserted && verbal) {
    if (const int32_t first = FirstConjunct(ix, trig.verb); first >= 0) {
      Trigger lead = trig;
      lead.verb = first;
      lead.token = HeadToken(doc.phrases[static_cast<size_t>(first)]);
      lead.clause = -1;
      lead.object = -1;
      return FindMode(ix, lead);
    }
  }
  return governed;
}

}  // namespace riposte::events::internal
