// Roles: who did it (source), to whom (target), and who says so (speaker).
//
// Works on the text stage's phrases and clauses, never re-parsing:
//   active verb      source = clause subject (for an -ing verb after "with
//                    NP", that NP: "with the Prime Minister of Pakistan
//                    arriving"); target = the NP the pattern
//                    consumed, else the direct object (the NP right after
//                    the verb group, past particles: "shot down the plane"),
//                    else an NP after against/on/with/to/toward/into/at/over
//                    (for, of aid: "aid for Romania"; between, of meetings
//                    and mediation: "mediation between Syria and the PLO")
//                    in the chain of prepositional phrases that follows; a
//                    threat or demand with
//                    neither takes the subject of its complement clause
//                    ("demanded that Moscow apologise").
//   passive verb     source = the NP after "by"; target = the subject (a
//                    bare number stands for the people counted before it:
//                    "detained 50 Azerbaijanis; two were killed"). So for a
//                    pattern whose subject is its victim (option `victim`:
//                    "two men died in police custody").
//   nominal trigger  (roles_nominal.cc) "X's raid on Y", "the arrest of Y by X": possessor or
//                    "by" NP -> source, "of"/"on"/"against" NP -> target;
//                    "X announced the suspension of ..." (a verb of doing,
//                    not "received an apology"): X; "In a
//                    telephone conversation, X ...": X (implicit). A
//                    counted participle before the head ("seven arrested
//                    Russian journalists"): the NP -> target; the doer is
//                    left to the story.
//   relative clause  the text stage already gives its subject as the
//                    antecedent NP ("police, who detained ...").
//   pronoun subject  "X said it had opened a case": it/they/we as subject
//                    of a clause X reports stand for X; else it/they stand
//                    for the nearest earlier main-clause subject naming an
//                    actor ("Russia summoned the envoy. It also ...";
//                    he/she for the nearest naming a person; the subject
//                    of a passive for the previous sentence's object:
//                    "Police detained two men. They are suspected of ...";
//                    marked implicit; all in roles_refer.cc).
//   no subject       a subordinate clause without one shares its main
//                    clause's ("were beaten after being detained"); a
//                    gerund opening its clause has none ("said that
//                    shutting down the House was a mistake").
//   reported clause  speaker = the nearest enclosing reported or quoted
//                    clause's speaker (infinitive complements are skipped:
//                    "threatened to expel" has no speaker of its own).
// Which actors an NP stands for is roles_np.cc's (possessor and "of"
// fallbacks, coordination); one event per pair of actors (assemble.cc). An
// unknown target stays empty.
//
// Tested by coder_test.cc and coder_scope_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr int kMaxOfHops = 2;          // "the Prime Minister of Pakistan" (WithSubject)

constexpr std::array<std::string_view, 9> kTargetPreps = {
    "against", "on", "with", "to", "toward", "towards", "into", "at", "over"};


// Giving aid (07x) or promising it (033x): made for someone.
bool IsAid(std::string_view cameo) { return cameo.starts_with("07") || cameo.starts_with("033"); }

bool IsIn(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}


// When the text stage gave the clause no subject: the noun phrase right
// before the verb group (past adverbs), unless a preposition governs it.
int32_t NpBefore(const DocIndex& ix, const Phrase& vg, int32_t c) {
  const Document& doc = ix.doc();
  uint32_t floor = c >= 0 ? doc.clauses[static_cast<size_t>(c)].begin : 0;
  // A clause the text stage opened with no cue word ("Putin once again
  // offered ..." split after "Putin") may take its subject from before it.
  if (c >= 0 && doc.clauses[static_cast<size_t>(c)].cue < 0 && doc.clauses[static_cast<size_t>(c)].parent >= 0) {
    floor = doc.clauses[static_cast<size_t>(doc.clauses[static_cast<size_t>(c)].parent)].begin;
  }
  uint32_t t = vg.begin;
  while (t > floor && text::IsAdverb(doc.tokens[t - 1].tag)) --t;
  if (t <= floor) return -1;
  int32_t p = ix.PhraseOf(t - 1);
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr || ph->kind != PhraseKind::kNounPhrase || ph->end != t) return -1;
  if (ph->begin > 0) {
    const TagId before = doc.tokens[ph->begin - 1].tag;
    if (before == text::Id(text::Tag::IN) || before == text::Id(text::Tag::TO)) return -1;
  }
  return p;
}

// "with the Prime Minister of Pakistan arriving on July 3": an absolute
// construction, whose -ing verb has the NP after "with" as its subject
// (not the clause's). That NP, or -1.
int32_t WithSubject(const DocIndex& ix, const Phrase& vg) {
  const Document& doc = ix.doc();
  if (vg.head < 0 || doc.tokens[static_cast<size_t>(vg.head)].tag != text::Id(text::Tag::VBG) ||
      vg.begin == 0) {
    return -1;
  }
  int32_t p = ix.PhraseOf(vg.begin - 1);
  const Phrase* ph = PhraseAt(ix, p);
  // The NP may end in a PP ("the Prime Minister of Pakistan"): walk back
  // over "NP of NP" to the NP right after "with".
  for (int hops = 0; ph != nullptr && ph->kind == PhraseKind::kNounPhrase && hops <= kMaxOfHops; ++hops) {
    if (ph->begin == 0) return -1;
    if (ix.WordIs(ph->begin - 1, "with")) return p;
    if (!ix.WordIs(ph->begin - 1, "of") || ph->begin < 2) return -1;
    p = ix.PhraseOf(ph->begin - 2);
    ph = PhraseAt(ix, p);
  }
  return -1;
}


// "offered his condolences": a possessive pronoun that refers back to the
// source owns the object; it is not its target ("expelled their
// diplomats", another side's, is).
void DropOwnPossessives(const DocIndex& ix, const std::vector<int32_t>& sources,
                        std::vector<int32_t>& targets) {
  const Document& doc = ix.doc();
  std::erase_if(targets, [&](int32_t m) {
    const int32_t tok = TokenAtSpan(ix, doc.actors[static_cast<size_t>(m)].span);
    if (tok < 0 || doc.tokens[static_cast<size_t>(tok)].tag != text::Id(text::Tag::PRPS)) return false;
    return std::any_of(sources.begin(), sources.end(),
                       [&](int32_t src) { return CodeOf(ix, src) == CodeOf(ix, m); });
  });
}

}  // namespace

namespace {

// The passive agent: the first "by" NP after token `from`, in clause `c`
// itself and before the next verb group ("was summoned to explain what
// Russia called actions by Baku" has no agent).
int32_t AgentAfter(const DocIndex& ix, uint32_t from, uint32_t to, int32_t c) {
  for (uint32_t t = from; t + 1 < to; ++t) {
    const Phrase* ph = PhraseAt(ix, ix.PhraseOf(t));
    if (ph != nullptr && ph->kind == PhraseKind::kVerbGroup) return -1;
    if (ix.ClauseOf(t) != c) continue;
    if (ix.WordIs(t, "by")) return NpStartingAt(ix, t + 1);
  }
  return -1;
}

void ActiveTargets(const DocIndex& ix, const Trigger& trig, const Phrase& vg, int32_t c,
                   Roles& roles) {
  const Document& doc = ix.doc();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const uint32_t clause_end = c >= 0 ? doc.clauses[static_cast<size_t>(c)].end : n;
  const bool intent = IsSpeechActOfIntent(trig.cameo);
  // Direct object, past particles and adverbs ("shot down", "swiftly").
  uint32_t t = vg.end;
  auto skip_particles = [&] {
    while (t < n && (doc.tokens[t].tag == text::Id(text::Tag::RP) ||
                     text::IsAdverb(doc.tokens[t].tag) || IsParticle(ix, t))) {
      ++t;
    }
  };
  skip_particles();
  if (intent) {  // "threatened to expel X": the complement's object
    const Phrase* next = PhraseAt(ix, ix.PhraseOf(t));
    if (next != nullptr && next->kind == PhraseKind::kVerbGroup && next->begin == t) {
      t = next->end;
      skip_particles();
    }
  }
  int32_t direct = ix.PhraseOf(t);  // may start before t: "almost 50 Azerbaijanis"
  const Phrase* dp = PhraseAt(ix, direct);
  // "detained the agency's director": the possessor NP is not the object;
  // the NP it possesses is.
  if (dp != nullptr && dp->kind == PhraseKind::kNounPhrase) {
    const Phrase* next = PhraseAt(ix, ix.PhraseOf(dp->end));
    if (next != nullptr && next->possessor == direct) {
      direct = ix.PhraseOf(dp->end);
      dp = next;
    }
  }
  // A direct object naming no known actor ("deepens its military
  // cooperation with Turkey") is kept only if no prepositional object does.
  std::vector<int32_t> uncoded;
  if (dp != nullptr && dp->kind == PhraseKind::kNounPhrase && dp->begin >= vg.end) {
    roles.targets = RoleMentions(ix, direct);
    DropOwnPossessives(ix, roles.sources, roles.targets);
    if (!roles.targets.empty() && !CodeOf(ix, roles.targets.front()).empty()) return;
    uncoded = std::move(roles.targets);
    roles.targets.clear();
    t = dp->end;
  } else {
    roles.targets = CodedMentionsAt(ix, t);  // a name the tagger took for a verb
    DropOwnPossessives(ix, roles.sources, roles.targets);
    if (!roles.targets.empty()) return;
  }
  // The words the pattern itself matched name no participant ("military"
  // of "military cooperation").
  std::erase_if(uncoded, [&](int32_t m) {
    const Span a = doc.actors[static_cast<size_t>(m)].span;
    return trig.span.begin <= a.begin && a.end <= trig.span.end;
  });
  // Prepositional objects: the chain of prepositional phrases right after
  // the verb or its object ("paid $800 million in compensation to
  // Azerbaijan"). "as" ("condemned the arrests as an attack on the Russian
  // people") and anything but a preposition + noun phrase end the chain.
  for (int pp = 0; pp < kMaxPrepPhrases && t + 1 < clause_end && t + 1 < n; ++pp) {
    while (t + 1 < clause_end && text::IsAdverb(doc.tokens[t].tag)) ++t;
    const TagId tag = doc.tokens[t].tag;
    if ((tag != text::Id(text::Tag::IN) && tag != text::Id(text::Tag::TO)) || ix.WordIs(t, "as")) {
      break;
    }
    // "demanded an apology from Putin": the one asked. "provide aid for
    // Romania": the one aided. "mediation between Syria and the PLO": both
    // sides mediated.
    const bool target_prep = ix.WordIn(t, kTargetPreps) ||
                             (ix.WordIs(t, "from") && (intent || trig.cameo.starts_with("02"))) ||
                             (ix.WordIs(t, "for") && IsAid(trig.cameo)) ||
                             (ix.WordIs(t, "between") && trig.cameo.starts_with("04"));
    int32_t q = NpStartingAt(ix, t + 1);
    if (target_prep) {
      roles.targets = q >= 0 ? RoleMentions(ix, q) : CodedMentionsAt(ix, t + 1);
      std::erase_if(roles.targets, [&](int32_t m) { return CodeOf(ix, m).empty(); });
      if (!roles.targets.empty()) return;
    }
    if (q < 0) break;
    t = PhraseAt(ix, q)->end;
  }
  // A demand or threat whose complement is a clause: its subject.
  if (intent && c >= 0) {
    for (const Clause& child : doc.clauses) {
      if (child.parent != c || child.subject < 0 || child.verb == trig.verb) continue;
      auto ms = RoleMentions(ix, child.subject);
      std::erase_if(ms, [&](int32_t m) {
        return std::find(roles.sources.begin(), roles.sources.end(), m) != roles.sources.end();
      });
      if (!ms.empty()) {
        roles.targets = ms;
        return;
      }
    }
  }
  roles.targets = std::move(uncoded);
}

}  // namespace

Roles FindRoles(const DocIndex& ix, const Trigger& trig) {
  Roles roles;
  const Document& doc = ix.doc();
  const int32_t c = ix.ClauseOfTrigger(trig);
  const Phrase* vg = PhraseAt(ix, trig.verb);
  if (trig.nominal || vg == nullptr || vg->kind != PhraseKind::kVerbGroup) {
    NominalRoles(ix, trig, roles);
  } else {
    int32_t subject = WithSubject(ix, *vg);
    // "...as resolved: Aliyev accepted ...": after a colon or semicolon the
    // text stage left in the clause, the NP right before the verb is its
    // subject.
    if (subject < 0 && c >= 0) {
      const int32_t before = NpBefore(ix, *vg, c);
      const Phrase* bp = PhraseAt(ix, before);
      if (bp != nullptr && bp->begin > 0 && (ix.WordIs(bp->begin - 1, ":") || ix.WordIs(bp->begin - 1, ";"))) {
        subject = before;
      }
    }
    if (subject < 0 && c >= 0 && !GerundSubject(ix, *vg, c)) subject = doc.clauses[static_cast<size_t>(c)].subject;
    if (subject < 0 && vg->infinitive) {
      int32_t gv = GoverningVerb(ix, trig.verb);
      int32_t gc = gv >= 0 ? ix.ClauseOf(PhraseAt(ix, gv)->begin) : -1;
      if (gc >= 0) subject = doc.clauses[static_cast<size_t>(gc)].subject;
    }
    // "were hospitalized after being released", "raided the office before
    // detaining five people": a subordinate clause without a subject
    // shares its main clause's.
    if (subject < 0 && c >= 0 && doc.clauses[static_cast<size_t>(c)].kind == ClauseKind::kSubordinate &&
        doc.clauses[static_cast<size_t>(c)].subject < 0 && doc.clauses[static_cast<size_t>(c)].parent >= 0) {
      subject = doc.clauses[static_cast<size_t>(doc.clauses[static_cast<size_t>(c)].parent)].subject;
    }
    if (subject < 0 && !GerundSubject(ix, *vg, c)) subject = NpBefore(ix, *vg, c);
    // "put the number detained at 50": a reduced relative's patient is the
    // noun it follows, not its clause's subject.
    if (ReducedRelative(ix, *vg)) {
      const int32_t before = ix.PhraseOf(vg->begin - 1);
      if (before >= 0 && doc.phrases[static_cast<size_t>(before)].kind == PhraseKind::kNounPhrase) {
        subject = before;
      }
    }
    if (trig.victim || IsPassive(ix, trig.verb)) {
      const uint32_t end = c >= 0 ? doc.clauses[static_cast<size_t>(c)].end
                                  : static_cast<uint32_t>(doc.tokens.size());
      int32_t agent = AgentAfter(ix, vg->end, end, c);
      if (agent >= 0) roles.sources = RoleMentions(ix, agent);
      roles.agentless_passive = agent < 0;
      roles.targets = RoleMentions(ix, subject);
      if (!HasCode(ix, roles.targets)) {  // "They are suspected of fraud"
        int32_t antecedent = PatientOfPronoun(ix, subject);
        if (antecedent < 0) antecedent = AntecedentOfPronoun(ix, subject);
        if (antecedent < 0) antecedent = AntecedentOfNumber(ix, subject);
        if (antecedent >= 0) {
          roles.targets = RoleMentions(ix, antecedent);
          roles.implicit_target = true;
        }
      }
      if (roles.targets.empty() && trig.object >= 0) roles.targets = RoleMentions(ix, trig.object);
    } else {
      roles.sources = RoleMentions(ix, subject);
      if (!HasCode(ix, roles.sources)) {
        // "The office said on Sunday it had opened a criminal case".
        const int32_t speaker = SpeakerOfPronoun(ix, subject, c);
        const int32_t antecedent = speaker < 0 ? AntecedentOfPronoun(ix, subject) : -1;
        if (speaker >= 0) {
          roles.sources = RoleMentions(ix, speaker);
        } else if (antecedent >= 0) {
          roles.sources = RoleMentions(ix, antecedent);
          roles.implicit_source = true;
        }
      }
      ActiveTargets(ix, trig, *vg, c, roles);
      // "Baku is set to host visits, with the Prime Minister of Pakistan
      // arriving": one arrives at the main clause's subject.
      if (roles.targets.empty() && subject >= 0 && c >= 0 &&
          subject != doc.clauses[static_cast<size_t>(c)].subject && doc.clauses[static_cast<size_t>(c)].subject >= 0) {
        roles.targets = RoleMentions(ix, doc.clauses[static_cast<size_t>(c)].subject);
        roles.implicit_target = !roles.targets.empty();
      }
    }
  }
  // Nobody acts on themselves through the same words.
  std::erase_if(roles.targets, [&](int32_t m) {
    return std::find(roles.sources.begin(), roles.sources.end(), m) != roles.sources.end();
  });
  // Speaker: the nearest enclosing reported or quoted clause that is not an
  // infinitive complement.
  for (int32_t k = c, steps = 0; k >= 0 && steps <= static_cast<int32_t>(doc.clauses.size());
       k = doc.clauses[static_cast<size_t>(k)].parent, ++steps) {
    const Clause& cl = doc.clauses[static_cast<size_t>(k)];
    if (cl.kind != ClauseKind::kReported && cl.kind != ClauseKind::kQuotation) continue;
    const Phrase* cv = PhraseAt(ix, cl.verb);
    if (cv != nullptr && cv->infinitive) continue;
    if (cl.speaker < 0) continue;
    roles.speaker = cl.speaker;
    auto ms = RoleMentions(ix, cl.speaker);
    if (!ms.empty()) roles.speaker_mention = ms.front();
    break;
  }
  return roles;
}

}  // namespace riposte::events::internal
