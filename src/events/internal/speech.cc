// Speech acts about an act (assemble.cc, step 1): which kind of speech act,
// if any, an act is the content of, and how that speech act is coded.
//
//   governed   the act is the complement of a verb of threat, demand,
//              appeal, intent or refusal (kGovernors: "threatened to
//              expel", "urged Moscow to release", "refused to apologise");
//              of "expect" with an object ("expects the employees to be
//              released": a demand); of a verb that announces ("said",
//              "warned", "hinted") when the act is the speaker's own and to
//              come: coercive (CAMEO 15-20) under any modal but "must" or
//              "should" is a threat ("hinted that it might tighten
//              inspections"), cooperative (05-08) under will/would/shall an
//              intent ("said Russia would pay compensation"), or, negated, a
//              refusal ("said it would not accept refugees"); and an act
//              under "must" done by another party than the speaker is a
//              demand ("Russia said Sudan must return the helicopter").
//   judgement  a judgement voiced in a reported or quoted clause ("said the
//              closure was an unfriendly step") is the speaker's criticism
//              of the judged act's doer (JudgementRoles).
//   announced  with no governing verb, an act the text gives in the future
//              (will/shall, not in a conditional or speculation) is
//              announced by its own subject: a threat, an intent or a
//              refusal as above ("Israel will evacuate the settlements").
//
// Tested by coder_mode_test.cc and coder_speech_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

struct KindWords {
  std::string_view lemma;
  SpeechKind kind;
};
constexpr std::array<KindWords, 22> kGovernors = {{
    {"threaten", SpeechKind::kThreat},  {"demand", SpeechKind::kDemand},
    {"insist", SpeechKind::kDemand},    {"require", SpeechKind::kDemand},
    {"urge", SpeechKind::kAppeal},      {"call", SpeechKind::kAppeal},
    {"appeal", SpeechKind::kAppeal},    {"ask", SpeechKind::kAppeal},
    {"press", SpeechKind::kAppeal},     {"request", SpeechKind::kAppeal},
    {"promise", SpeechKind::kIntent},   {"pledge", SpeechKind::kIntent},
    {"vow", SpeechKind::kIntent},       {"plan", SpeechKind::kIntent},
    {"intend", SpeechKind::kIntent},    {"offer", SpeechKind::kIntent},
    {"agree", SpeechKind::kIntent},     {"refuse", SpeechKind::kRefuse},
    {"decline", SpeechKind::kRefuse},   {"reject", SpeechKind::kRefuse},
    {"rule", SpeechKind::kRefuse},      {"resist", SpeechKind::kRefuse},
}};

// Verbs that announce what is to come ("said it would", "warned that it
// might", "announced that it will").
bool IsAnnouncingVerb(std::string_view lemma) {
  static constexpr std::string_view kWords[] = {"warn", "hint",  "signal", "say",  "announce", "declare",
                                                "vow",  "caution", "tell", "add", "state",    "confirm"};
  return std::find(std::begin(kWords), std::end(kWords), lemma) != std::end(kWords);
}

// The country of the first coded mention of clause `c`'s subject, or "".
std::string SubjectCountry(const DocIndex& ix, int32_t c) {
  if (c < 0) return "";
  const int32_t subject = ix.doc().clauses[static_cast<size_t>(c)].subject;
  if (subject < 0) return "";
  for (int32_t m : ix.MentionsOf(subject)) {
    const std::string country = actors::CodeCountry(ix.doc().actors[static_cast<size_t>(m)].code);
    if (!country.empty()) return country;
  }
  return "";
}

// A warning threatens only its speaker's own act: "Moscow hinted that it
// might ..." is; "experts said Russia would ..." is a forecast.
bool SameParty(const DocIndex& ix, int32_t speech_clause, int32_t act_clause) {
  const std::string act = SubjectCountry(ix, act_clause);
  return act.empty() || act == SubjectCountry(ix, speech_clause);
}

bool IsCoerciveRoot(std::string_view cameo) {
  return cameo.size() >= 2 && cameo.substr(0, 2) >= "15" && cameo.substr(0, 2) <= "20";
}

SpeechKind KindOf(std::string_view lemma) {
  for (const KindWords& k : kGovernors) {
    if (k.lemma == lemma) return k.kind;
  }
  return SpeechKind::kNone;
}


// Cooperation one can promise (CAMEO 05-08). Meetings and visits (04) to
// come stay hypothetical acts of their own: a scheduled visit is not a
// promise (issue 6, "scheduled visits").
bool IsCooperativeRoot(std::string_view cameo) {
  return cameo.size() >= 2 && cameo.substr(0, 2) >= "05" && cameo.substr(0, 2) <= "08";
}

// The modal of verb group `vg` in lower case ("will", "might"), or "".
std::string ModalWord(const DocIndex& ix, const Phrase& vg) {
  return vg.modal >= 0 ? ix.Word(static_cast<uint32_t>(vg.modal)) : "";
}

bool WillOrWould(const DocIndex& ix, const Phrase& vg) {
  const std::string m = ModalWord(ix, vg);
  return m == "will" || m == "would" || m == "shall" || m == "'ll" || vg.tense == Tense::kFuture;
}

// The speech act of an act the speaker announces as its own and to come.
SpeechKind Announced(const DocIndex& ix, const Phrase& act, std::string_view cameo) {
  const std::string modal = ModalWord(ix, act);
  if (IsCoerciveRoot(cameo) && !act.negated && modal != "must" && modal != "should" &&
      (act.modal >= 0 || act.tense == Tense::kFuture)) {
    return SpeechKind::kThreat;
  }
  if (IsCooperativeRoot(cameo) && WillOrWould(ix, act)) {
    return act.negated ? SpeechKind::kRefuse : SpeechKind::kIntent;
  }
  return SpeechKind::kNone;
}

}  // namespace

SpeechKind SpeechKindOf(const DocIndex& ix, const Trigger& trig, int32_t gv) {
  const Document& doc = ix.doc();
  const bool verbal = !trig.nominal && trig.verb >= 0;
  if (gv < 0) {
    // Announced by its own subject: "Israel will evacuate the settlements".
    if (!verbal) return SpeechKind::kNone;
    const Phrase& act = doc.phrases[static_cast<size_t>(trig.verb)];
    const std::string modal = ModalWord(ix, act);
    if (act.tense != Tense::kFuture && modal != "will" && modal != "shall") {
      return SpeechKind::kNone;
    }
    if (Speculative(ix, trig)) return SpeechKind::kNone;
    return Announced(ix, act, trig.cameo);
  }
  const Phrase& g = doc.phrases[static_cast<size_t>(gv)];
  const std::string lemma = ix.Lemma(HeadToken(g));
  const SpeechKind kind = KindOf(lemma);
  if (kind != SpeechKind::kNone || !verbal) return kind;
  const Phrase& act = doc.phrases[static_cast<size_t>(trig.verb)];
  // "Moscow expects the employees to be released": an expectation of
  // someone else's act is a demand; "Russia expects to sign" is not.
  if (lemma == "expect") {
    const int32_t obj = ix.PhraseOf(g.end);
    const bool object_between = obj >= 0 &&
                                doc.phrases[static_cast<size_t>(obj)].kind == PhraseKind::kNounPhrase &&
                                doc.phrases[static_cast<size_t>(obj)].end <= trig.token;
    return object_between ? SpeechKind::kDemand : SpeechKind::kNone;
  }
  if (!IsAnnouncingVerb(lemma)) return SpeechKind::kNone;
  const int32_t speech_clause = ix.ClauseOf(HeadToken(g));
  const int32_t act_clause = ix.ClauseOf(HeadToken(act));
  // "Russia said Sudan must return the helicopter": a demand on Sudan.
  if (ModalWord(ix, act) == "must" && !act.negated) {
    const std::string doer = SubjectCountry(ix, act_clause);
    const std::string speaker = SubjectCountry(ix, speech_clause);
    return !doer.empty() && !speaker.empty() && doer != speaker ? SpeechKind::kDemand : SpeechKind::kNone;
  }
  if (!SameParty(ix, speech_clause, act_clause)) return SpeechKind::kNone;
  return Announced(ix, act, trig.cameo);
}

std::string CodeFor(SpeechKind kind, const ModeCodes& modes) {
  switch (kind) {
    case SpeechKind::kThreat: return modes.threat.empty() ? "130" : modes.threat;
    case SpeechKind::kDemand: return modes.demand.empty() ? "100" : modes.demand;
    case SpeechKind::kAppeal: return modes.appeal.empty() ? "020" : modes.appeal;
    case SpeechKind::kIntent: return modes.intent.empty() ? "030" : modes.intent;
    case SpeechKind::kRefuse: return modes.refuse.empty() ? "120" : modes.refuse;
    case SpeechKind::kNone: break;
  }
  return "";
}

// The speech act's own mode: threats and demands name an act that has not
// happened (DESIGN.md); an appeal, a promise or a refusal is itself an act
// that did happen, coded under its own CAMEO family.
Mode ModeFor(SpeechKind kind) {
  switch (kind) {
    case SpeechKind::kThreat: return Mode::kThreatened;
    case SpeechKind::kDemand: return Mode::kDemanded;
    case SpeechKind::kAppeal:
    case SpeechKind::kIntent:
    case SpeechKind::kRefuse:
    case SpeechKind::kNone: break;
  }
  return Mode::kAsserted;
}

const char* KindName(SpeechKind kind) {
  switch (kind) {
    case SpeechKind::kThreat: return "threat";
    case SpeechKind::kDemand: return "demand";
    case SpeechKind::kAppeal: return "appeal";
    case SpeechKind::kIntent: return "intent";
    case SpeechKind::kRefuse: return "refusal";
    case SpeechKind::kNone: break;
  }
  return "";
}

bool JudgementRoles(const DocIndex& ix, const StoryContext& story, const Trigger& trig, Roles& roles) {
  const Document& doc = ix.doc();
  if (roles.speaker < 0 && trig.verb >= 0) {
    // "said the campaign unfolding in the media bore the hallmarks of ...":
    // a clause the text stage left unsplit; its verb announces the judgement.
    const int32_t c = ix.ClauseOfTrigger(trig);
    const Clause* cl = c >= 0 ? &doc.clauses[static_cast<size_t>(c)] : nullptr;
    if (cl != nullptr && cl->verb >= 0 && cl->verb != trig.verb && cl->subject >= 0) {
      const Phrase* cv = PhraseAt(ix, cl->verb);
      if (cv != nullptr && cv->end <= trig.token && IsAnnouncingVerb(ix.Lemma(HeadToken(*cv)))) {
        roles.speaker = cl->subject;
        roles.sources.clear();  // the clause subject is the speaker, not the judged
      }
    }
  }
  if (roles.speaker < 0) return false;
  std::vector<int32_t> judged = roles.sources;
  judged.insert(judged.end(), roles.targets.begin(), roles.targets.end());
  roles.sources = RoleMentions(ix, roles.speaker);
  if (!HasCode(ix, roles.sources)) return false;
  const std::string& own = story.Country(roles.sources.front());
  // "such treatment of Azerbaijani citizens was unacceptable", said by Baku:
  // its own people are the victims, not the ones criticised.
  std::erase_if(judged, [&](int32_t m) {
    return std::find(roles.sources.begin(), roles.sources.end(), m) != roles.sources.end() ||
           (!own.empty() && story.Country(m) == own) || CodeOf(ix, m).empty();
  });
  roles.targets = std::move(judged);
  // The speaker is the source now, not a third party the act is told by.
  roles.speaker = -1;
  roles.speaker_mention = -1;
  return true;
}

}  // namespace riposte::events::internal
