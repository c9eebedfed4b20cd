// Assemble: pattern triggers -> Event records.
//
// For each trigger:
//  1. Speech acts about an act. When the act is the complement of a verb of
//     threat, demand, appeal, intent or refusal ("threatened to expel", or a
//     coercive act a warning says may come: "hinted that it might tighten
//     inspections", "demanded the release of", "urged Moscow to release", "refused to
//     apologise"), the event is the speech act (DESIGN.md): its code is the
//     pattern's ModeCodes entry for that kind (else the CAMEO root's generic
//     code: 130, 100, 020, 030, 120), its verb the governing verb, its
//     source the governing clause's subject, its target the addressee ("urged
//     Moscow"), else the complement's subject when it is someone else
//     ("demanded that Moscow apologise"), else the act's target; its mode
//     threatened (13x) or demanded (10x); appeals (02x), promises (03x) and
//     refusals (12x) are asserted acts of their own; a negated or modal
//     governing verb makes any of them negated or hypothetical. A plain hit
//     on that same governing verb with the same CAMEO root is then dropped
//     as a duplicate.
//  2. Roles (roles.cc, with unsaid ones from the story: context.cc), mode
//     (a negated intent, 03x, becomes the rejection that mirrors it, 12x),
//     (mode.cc), quantities (quantities.cc) and location (location.cc) of the act.
//  3. Date (dating.cc): temporal::DateOf over the verb group (or trigger
//     noun), with the story's lead and year standing in where the text gives
//     the act no date; office holders re-resolved as of that date (else the
//     document's).
//  4. One event per (source, target) pair of distinct codes (a bare country
//     beside an actor of that country in the same role is dropped: the
//     actor stands for it); a missing role is null; a joint act (CAMEO 04-06, and fighting, 19) of coordinated actors with no other
//     target is coded both ways between them ("Azerbaijan and Russia signed
//     an agreement": AZE>RUS and RUS>AZE).
//  5. Id (EventId), dedupe by id, order by sentence then trigger.
// Comments and criticism (01x, 11x) by experts and analysts are analysis:
// hypothetical, like the acts they report (mode.cc).
// A statement (01x) whose words are followed by a participle that is coded
// ("issued a statement accusing Russia") is that act's vehicle: dropped; a
// written protest's participle of criticism ("issued a note condemning the
// treatment") is its content: dropped (RestatedActs, restated.cc).
// Low-value patterns are kept only when an actor is coded. An asserted act
// with no coded actor, no quantity and no vaguely counted victims
// (CountsVictims) is not kept, nor are acts
// in headings (IsHeading): the body codes them with their actors. Nor are
// a noun after "as" that judges an act (IsCharacterisation), force named
// as a figure of speech (IsFigurative), a war or a meeting named as the
// setting of something else (IsBackgroundWar, IsOccasion), a text's topic
// (IsTextsTopic) and a fact someone insists on (IsInsistedFact; not_acts.cc
// explains each). A bare verb coordinated after another ("demanded that
// Russia admit its guilt and pay compensation") shares its governor, so its
// speech act too (FirstConjunct, doc_index.cc).
//
// Tested by coder_test.cc and the coder_*_test.cc files.
#include <algorithm>
#include <array>
#include <set>

#include "events/internal/coder_internal.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::events::internal {

namespace {

constexpr double kConfidenceBase = 0.5;
constexpr double kConfidencePerRole = 0.2;
constexpr double kConfidenceLowPenalty = 0.2;
constexpr double kConfidenceMin = 0.1, kConfidenceMax = 0.95;

// The rejection (12x) that mirrors an intent (03x): 031 material
// cooperation -> 121, 033 aid -> 122, 034 reform -> 123, 035 yield -> 124,
// 036 meet -> 125, 037 settle -> 127, 038/039 mediation -> 126, else 120.
std::string RejectionOf(std::string_view intent) {
  if (intent.size() < 3) return "120";
  switch (intent[2]) {
    case '1': return "121";
    case '3': return "122";
    case '4': return "123";
    case '5': return "124";
    case '6': return "125";
    case '7': return "127";
    case '8': case '9': return "126";
    default: return "120";
  }
}

// CAMEO roots of acts done together: consult (04), cooperate
// diplomatically (05) or materially (06).
bool IsJointRoot(std::string_view cameo) {
  return cameo.starts_with("04") || cameo.starts_with("05") || cameo.starts_with("06") ||
         cameo.starts_with("19");  // "the Armenia-Azerbaijan war": fighting is mutual
}

// The verb group governing the act of `trig`, or -1.
int32_t GovernorOf(const DocIndex& ix, const Trigger& trig) {
  const Document& doc = ix.doc();
  if (!trig.nominal && trig.verb >= 0 && static_cast<size_t>(trig.verb) < doc.phrases.size()) {
    const Phrase& vg = doc.phrases[static_cast<size_t>(trig.verb)];
    int32_t c = ix.ClauseOf(HeadToken(vg));
    bool complement = vg.infinitive ||
                      (c >= 0 && doc.clauses[static_cast<size_t>(c)].verb == trig.verb &&
                       doc.clauses[static_cast<size_t>(c)].kind == ClauseKind::kReported);
    return complement ? GoverningVerb(ix, trig.verb) : -1;
  }
  // Nominal: the verb group right before the trigger's noun phrase.
  int32_t p = ix.PhraseOf(trig.token);
  if (p < 0) return -1;
  uint32_t t = doc.phrases[static_cast<size_t>(p)].begin;
  while (t > 0 && (doc.tokens[t - 1].tag == text::Id(text::Tag::RP) ||
                   (doc.tokens[t - 1].tag == text::Id(text::Tag::IN) && ix.WordIs(t - 1, "for")))) {
    --t;  // "called for the release of"
  }
  if (t == 0) return -1;
  int32_t g = ix.PhraseOf(t - 1);
  if (g < 0 || doc.phrases[static_cast<size_t>(g)].kind != PhraseKind::kVerbGroup) return -1;
  return g;
}

// One trigger kept for coding. `act` points into Assemble's `triggers`,
// which outlive the Work; only a speech act coded in the act's place is a
// copy (`speech`): copying every trigger (a dozen strings) was ~1% of
// the pipeline.
struct Work {
  const Trigger* act = nullptr;  // what the pattern matched
  std::optional<Trigger> speech;  // the speech act about it, when coded instead
  SpeechKind kind = SpeechKind::kNone;
  bool self = false;  // announced by the act's own subject: coded on the act
  // The act itself, or the speech act about it.
  const Trigger& coded() const { return speech ? *speech : *act; }
};

// Returns false only when no event from `roles` can have a coded source or
// target: every mention NeverCoded and no coded place actor. (Subsumed
// mentions are dropped only for a code, and a joint act swaps in the
// sources, so no pair can gain one.)
bool MayCodeActor(const DocIndex& ix, const Roles& roles) {
  auto coded = [&](int32_t m) { return !NeverCoded(ix, m); };
  return (roles.place_source && !roles.place_source->code.empty()) ||
         (roles.place_target && !roles.place_target->code.empty()) ||
         std::any_of(roles.sources.begin(), roles.sources.end(), coded) ||
         std::any_of(roles.targets.begin(), roles.targets.end(), coded);
}

std::vector<int32_t> Without(std::vector<int32_t> ms, const std::vector<int32_t>& drop) {
  std::erase_if(ms, [&](int32_t m) { return std::find(drop.begin(), drop.end(), m) != drop.end(); });
  return ms;
}

}  // namespace

std::vector<Event> Assemble(const Document& doc, std::string_view version,
                            const std::vector<Trigger>& triggers,
                            const actors::Lexicon& lexicon, const AssembleOptions& options) {
  DocIndex ix(doc);
  ix.SetHome(DatelineCountry(doc, lexicon));
  std::vector<Work> work;
  work.reserve(triggers.size());
  for (const Trigger& trig : triggers) {
    if (trig.token >= doc.tokens.size()) continue;
    if (IsHeading(doc, ix.SentenceOf(trig.token)) || IsCharacterisation(ix, trig) ||
        IsFigurative(ix, trig) || IsPlannedThing(ix, trig) || IsBackgroundWar(ix, trig) ||
        IsOccasion(ix, trig) || IsTextsTopic(ix, trig) ||
        IsInsistedFact(ix, trig) ||
        IsAttributiveParticiple(ix, trig) || IsFrame(ix, trig)) {
      continue;
    }
    Work w{&trig, std::nullopt, SpeechKind::kNone, false};
    // "demanded that Russia admit its guilt and pay compensation": a bare
    // verb coordinated after another shares its governor and tense.
    const Trigger* lead_ptr = &trig;
    std::optional<Trigger> conjunct;  // a copy only for such a verb
    if (const int32_t first = trig.nominal ? -1 : FirstConjunct(ix, trig.verb); first >= 0) {
      conjunct.emplace(trig);
      conjunct->verb = first;
      conjunct->clause = -1;
      lead_ptr = &*conjunct;
    }
    const Trigger& lead = *lead_ptr;
    int32_t gv = GovernorOf(ix, lead);
    if (gv < 0) {
      // "Israel will evacuate the settlements": its own announcement.
      w.kind = SpeechKindOf(ix, lead, -1);
      if (w.kind != SpeechKind::kNone) {
        w.self = true;
        Trigger& c = w.speech.emplace(trig);
        c.cameo = CodeFor(w.kind, trig.modes);
        c.rule = trig.rule + " (" + KindName(w.kind) + ")";
      }
    } else {
      const Phrase& g = doc.phrases[static_cast<size_t>(gv)];
      w.kind = SpeechKindOf(ix, lead, gv);
      if (w.kind != SpeechKind::kNone) {
        Trigger& c = w.speech.emplace(trig);
        c.verb = gv;
        c.token = HeadToken(g);
        c.clause = ix.ClauseOf(c.token);
        c.nominal = false;
        c.object = -1;
        c.cameo = CodeFor(w.kind, trig.modes);
        c.rule = trig.rule + " (" + KindName(w.kind) + ")";
        Span gs = ix.PhraseSpan(gv);
        c.span = Span{std::min(gs.begin, trig.span.begin), std::max(gs.end, trig.span.end)};
      }
    }
    work.push_back(std::move(w));
  }
  // A statement that is the vehicle of a coded participle, and a written
  // protest's participle of criticism, are stated twice (restated.cc).
  {
    std::vector<const Trigger*> acts;
    acts.reserve(work.size());
    for (const Work& w : work) acts.push_back(w.act);
    const std::set<uint32_t> restated = RestatedActs(ix, acts);
    std::erase_if(work, [&](const Work& w) { return restated.count(w.act->token) > 0; });
  }
  // A plain hit on a governing verb duplicates the speech act coded there.
  // (verb, CAMEO root) pairs: a few per document, searched in order.
  // (Copies of the roots: erase_if moves the works, and a speech act's
  // short code with them.)
  std::vector<std::pair<int32_t, std::string>> speech_verbs;
  for (const Work& w : work) {
    if (w.kind != SpeechKind::kNone) speech_verbs.emplace_back(w.coded().verb, w.coded().cameo.substr(0, 2));
  }
  std::erase_if(work, [&](const Work& w) {
    if (!((w.kind == SpeechKind::kNone || w.self) && w.act->verb >= 0)) return false;
    const std::string_view root = std::string_view(w.act->cameo).substr(0, 2);
    return std::any_of(speech_verbs.begin(), speech_verbs.end(),
                       [&](const auto& v) { return v.first == w.act->verb && v.second == root; });
  });

  std::vector<Event> events;
  events.reserve(work.size());  // about one event per trigger
  std::vector<std::pair<std::string, std::string>> pairs;  // per work, below
  const StoryContext story(ix, doc.ReportDate(), lexicon);
  const temporal::EventDate lead = LeadDate(ix);
  for (const Work& w : work) {
    const Trigger& coded = w.coded();
    const Trigger& act = *w.act;
    Roles roles = FindRoles(ix, coded);
    if (w.kind == SpeechKind::kNone && coded.judge && !JudgementRoles(ix, story, coded, roles)) {
      continue;
    }
    if (w.kind != SpeechKind::kNone && !w.self) {
      Roles act_roles = FindRoles(ix, act);
      // Addressee: an NP with actors right after the governing verb.
      const Phrase& g = doc.phrases[static_cast<size_t>(coded.verb)];
      std::vector<int32_t> addressee;
      int32_t q = ix.PhraseOf(g.end);
      // "expects the employees to be released": before a passive act the
      // NP is its patient, not the one asked.
      const bool passive_act = act.verb >= 0 && !act.nominal &&
                               doc.phrases[static_cast<size_t>(act.verb)].voice == Voice::kPassive;
      // Nor is the subject of a reported clause ("said Russia would pay").
      if (q >= 0 && !passive_act && !ix.IsSubject(q) &&
          doc.phrases[static_cast<size_t>(q)].kind == PhraseKind::kNounPhrase &&
          doc.phrases[static_cast<size_t>(q)].begin == g.end &&
          doc.phrases[static_cast<size_t>(q)].end <= act.token) {
        addressee = RoleMentions(ix, q);
      }
      // The act's doer is the one asked or threatened only when it is of
      // another side ("said Russia would pay": Russia is the speaker's own).
      auto other_subject = Without(act_roles.sources, roles.sources);
      if (!roles.sources.empty()) {
        const std::string& own = story.Country(roles.sources.front());
        std::erase_if(other_subject, [&](int32_t m) { return !own.empty() && story.Country(m) == own; });
      }
      if (!addressee.empty()) {
        roles.targets = addressee;
      } else if (!other_subject.empty()) {
        roles.targets = other_subject;
      } else {
        roles.targets = Without(act_roles.targets, roles.sources);
      }
      // Demanding the release of one's own people is asked of the other
      // side: a demand or appeal whose only targets are the source's own
      // country leaves the target to the story (context.cc).
      if ((w.kind == SpeechKind::kDemand || w.kind == SpeechKind::kAppeal) && !roles.sources.empty() &&
          !roles.targets.empty()) {
        const std::string& own = story.Country(roles.sources.front());
        if (!own.empty() && std::all_of(roles.targets.begin(), roles.targets.end(),
                                        [&](int32_t m) { return story.Country(m) == own; })) {
          roles.targets.clear();
        }
      }
    }
    std::optional<Location> place = FindLocation(ix, act, lexicon);
    FillImplicitRoles(story, coded, act.cameo, place, roles);
    // A work that can code no actor on either side makes no event when it is low-value,
    // or asserted with nothing counted and no one named (the checks on each pair below):
    // about a quarter of the works (13,540 of 54,785 on 4 benchmark files). They are
    // dropped before the date, quantities and codes they would pay for (~2% of the
    // CPU), low ones before their mode too; the outcome is the same.
    const bool may_code = MayCodeActor(ix, roles);
    if (!may_code && coded.low) continue;
    // A self-announced act happened (or, for a threat, is a threat),
    // whatever the future tense or the refusal's "not".
    Mode mode = w.self ? ModeFor(w.kind) : FindMode(ix, coded);
    if (w.kind != SpeechKind::kNone && !w.self && mode != Mode::kNegated && mode != Mode::kHypothetical) {
      mode = ModeFor(w.kind);
    }
    // "it was not willing to host Russian officials": a denied intent to
    // cooperate is a rejection, the 12x code that mirrors it.
    std::string cameo = coded.cameo;
    // "this did not free the Russian side from responsibility": words that
    // name an act only when denied (pattern option negated=).
    if (!coded.modes.negated.empty()) {
      if (mode != Mode::kNegated) continue;
      cameo = coded.modes.negated;
      mode = Mode::kAsserted;
    }
    if (mode == Mode::kNegated && cameo.starts_with("03")) {
      cameo = RejectionOf(cameo);
      mode = Mode::kAsserted;
    }
    std::optional<std::vector<Quantity>> quantities;
    if (!may_code) {
      if (mode == Mode::kAsserted && !NamesSomeone(ix, coded) && !CountsVictims(ix, coded)) {
        quantities = FindQuantities(ix, act);
        if (quantities->empty()) continue;
      }
    }
    temporal::EventDate when = DateOfAct(ix, coded, lead);
    const std::string as_of = !when.value.empty() ? when.value : doc.ReportDate();

    Event base;
    base.doc = doc.id;
    base.version = std::string(version);
    base.sentence = ix.SentenceOf(coded.token);
    if (base.sentence >= 0) base.span = doc.sentences[static_cast<size_t>(base.sentence)].span;
    base.trigger = coded.token;
    if (when.precision != "none") {
      base.date = when.value;
      base.date_start = when.start;
      base.date_end = when.end;
    }
    base.date_precision = when.precision.empty() ? "none" : when.precision;
    base.cameo = std::move(cameo);
    base.mode = mode;
    if (roles.speaker >= 0) {
      Attribution a;
      if (roles.speaker_mention >= 0) {
        a.code = MentionCode(ix, roles.speaker_mention, as_of, lexicon);
        a.span = doc.actors[static_cast<size_t>(roles.speaker_mention)].span;
      } else {
        a.span = ix.PhraseSpan(roles.speaker);
      }
      base.attributed_to = a;
    }
    base.quantities = quantities ? std::move(*quantities) : FindQuantities(ix, act);
    base.location = std::move(place);
    base.rule = coded.rule;
    base.coder_version = options.coder_version;
    base.lexicon_version = options.lexicon_version;

    auto actor = [&](int32_t m, bool implicit) -> std::optional<EventActor> {
      if (m < 0) return std::nullopt;
      return EventActor{MentionCode(ix, m, as_of, lexicon), doc.actors[static_cast<size_t>(m)].span,
                        implicit};
    };
    std::vector<int32_t> sources = std::move(roles.sources), targets = std::move(roles.targets);
    // "cancelled Russian cultural events and the visit of a Russian minister": a bare
    // country beside an actor of it in a role says nothing more. (Alone, none is.)
    auto drop_subsumed = [&](std::vector<int32_t>& ms) {
      if (ms.size() < 2) return;
      std::vector<std::string> codes;
      for (int32_t m : ms) codes.push_back(MentionCode(ix, m, as_of, lexicon));
      std::vector<int32_t> kept;
      for (size_t i = 0; i < ms.size(); ++i) {
        const bool subsumed = codes[i].size() == 3 && std::any_of(codes.begin(), codes.end(), [&](const std::string& c) {
          return c.size() > 3 && c.starts_with(codes[i]);
        });
        if (!subsumed) kept.push_back(ms[i]);
      }
      ms = std::move(kept);
    };
    drop_subsumed(sources);
    drop_subsumed(targets);
    // "Azerbaijan and Russia signed an agreement": a joint act with no other
    // target is coded both ways between the coordinated actors.
    // So is a trade of blows or words: "Moscow and Baku traded accusations".
    const bool joint = targets.empty() && sources.size() > 1 &&
                       (IsJointRoot(coded.cameo) || ix.LemmaIs(coded.token, "trade") ||
                        ix.LemmaIs(coded.token, "exchange"));
    if (joint) targets = sources;
    if (sources.empty()) sources.push_back(-1);
    if (targets.empty()) targets.push_back(-1);
    // One event per pair of distinct codes: "the Russian state news agency
    // Sputnik" may hold two RUSMED mentions.
    // The (source, target) codes coded so far: a few, searched in order
    // (a set's node per pair cost more than the search).
    pairs.clear();
    size_t pairs_left = sources.size() * targets.size();
    for (int32_t s : sources) {
      for (int32_t t : targets) {
        // Built in place (popped if not kept); usually one pair: the last
        // one takes `base` instead of a copy.
        Event& e = --pairs_left == 0 ? events.emplace_back(std::move(base)) : events.emplace_back(base);
        e.source = s < 0 && roles.place_source ? roles.place_source : actor(s, roles.implicit_source);
        e.target = t < 0 && roles.place_target ? roles.place_target : actor(t, roles.implicit_target);
        std::string sc = e.source ? e.source->code : "-";
        std::string tc = e.target ? e.target->code : "-";
        if (joint && (s == t || sc == tc)) { events.pop_back(); continue; }
        // The same actor on both sides ("AZEGOV>AZEGOV") is a misread
        // target: the act stays, its target is dropped. A state's body
        // acting on another body of it (AZEGOV>AZEOPP) stays as it is.
        if (sc == tc && sc != "-" && !sc.empty()) {
          e.target.reset();
          tc.assign(1, '-');  // not = "-": GCC 12's -Wrestrict misfires on it
        }
        if (std::any_of(pairs.begin(), pairs.end(), [&](const auto& k) { return k.first == sc && k.second == tc; })) {
          events.pop_back();
          continue;
        }
        pairs.emplace_back(std::move(sc), std::move(tc));
        // "warned Shafiyev", "analysts criticised the move": comments and
        // criticism by experts and analysts (sector EDU) are analysis, not
        // acts of a party (mode.cc: analysis is never asserted).
        if (e.mode == Mode::kAsserted && e.source && actors::CodeSector(e.source->code) == "EDU" &&
            (RootNumber(e.cameo) == 1 || RootNumber(e.cameo) == 11)) {
          e.mode = Mode::kHypothetical;
        }
        bool source_coded = e.source && !e.source->code.empty();
        bool target_coded = e.target && !e.target->code.empty();
        // No known actor on either side, nothing counted and no named person
        // or body: no event ("the opposition groups criticised it"). A
        // negated or hypothetical act stays: whether it happened is news; so
        // does "Zhaksylykov was released" (a name no lexicon knows yet).
        if (!source_coded && !target_coded && e.quantities.empty() && e.mode == Mode::kAsserted &&
            !NamesSomeone(ix, coded) && !CountsVictims(ix, coded)) {
          events.pop_back();
          continue;
        }
        if (coded.low && !source_coded && !target_coded) { events.pop_back(); continue; }
        double conf = kConfidenceBase + (source_coded ? kConfidencePerRole : 0) +
                      (target_coded ? kConfidencePerRole : 0) -
                      (coded.low ? kConfidenceLowPenalty : 0);
        e.confidence = std::clamp(conf, kConfidenceMin, kConfidenceMax);
        e.id = EventId(e);
        // Kept once per id: the events kept so far are this document's.
        if (std::any_of(events.begin(), events.end() - 1, [&](const Event& k) { return k.id == e.id; })) events.pop_back();
      }
    }
  }
  auto in_text_order = [](const Event& a, const Event& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    return a.trigger < b.trigger;
  };
  // Usually in order already (triggers come in text order): then sorting
  // would change nothing. Otherwise the order is found on indexes and each
  // event moved once: a stable sort of the events themselves moved each
  // (a dozen strings) through its buffer log n times, ~0.7% of the pipeline.
  if (!std::is_sorted(events.begin(), events.end(), in_text_order)) {
    std::vector<uint32_t> order(events.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return in_text_order(events[a], events[b]); });
    std::vector<Event> sorted;
    sorted.reserve(events.size());
    for (uint32_t i : order) sorted.push_back(std::move(events[i]));
    events = std::move(sorted);
  }
  return events;
}

}  // namespace riposte::events::internal
