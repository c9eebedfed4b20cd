// INTERNAL to the events coder: use events/events.h instead.
//
// The coder's pieces, each in its own file: roles.cc (source, target,
// attribution), mode.cc, quantities.cc, location.cc, and assemble.cc which
// turns triggers into Event records. They share DocIndex (doc_index.h), a
// per-document index of tokens to phrases, clauses and actor mentions built
// once per Code() call, and Trigger, the coder's own copy of what a pattern hit says
// (so that these pieces and their tests can build one by hand).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "core/core.h"
#include "events/events.h"
#include "events/internal/doc_index.h"
#include "time/time.h"

namespace riposte::events::internal {

// What fired, where: a pattern hit as the coder sees it.
struct Trigger {
  int32_t clause = -1;   // index into doc.clauses, or -1 (found from `token`)
  int32_t verb = -1;     // phrase index of the verb group; -1 for a nominal trigger
  uint32_t token = 0;    // token index of the word that fired
  Span span;             // the words the pattern matched
  std::string cameo;     // "1724"
  std::string rule;      // "patterns.tsv:123 expel diplomat"
  int32_t object = -1;   // phrase index of an NP the pattern consumed, or -1
  bool nominal = false;  // triggered by a noun ("the arrest of")
  bool low = false;      // a weak pattern: dropped unless an actor is coded
  bool judge = false;    // a judgement ("was unacceptable"): its speaker's act
  bool victim = false;   // the subject suffered the act ("died in custody")
  ModeCodes modes;       // the codes of the act threatened, demanded...
};

// Builds a Trigger from a pattern hit, moving its strings in (a caller that
// keeps the hit passes a copy).
Trigger FromHit(PatternHit&& hit);
// The same into a default-constructed `t` (Coder::Code builds its triggers in place).
void MoveHit(PatternHit&& hit, Trigger& t);

// DocIndex: doc_index.h.

// The country of the document's dateline ("BAKU, June 28 -"), or "".
std::string DatelineCountry(const Document& doc, const actors::Lexicon& lexicon);

// ---- roles.cc ---------------------------------------------------------------

// Who did it to whom: mention indexes (doc.actors), one event per pair.
struct Roles {
  std::vector<int32_t> sources;
  std::vector<int32_t> targets;
  int32_t speaker = -1;          // phrase of the reported act's speaker, or -1
  int32_t speaker_mention = -1;  // its mention, or -1
  bool agentless_passive = false;  // a passive verb with no "by" agent
  // Filled by FillImplicitRoles (context.cc):
  bool implicit_source = false;    // sources come from the story, not the clause
  bool implicit_target = false;
  std::optional<EventActor> place_source;  // a country from the place or story
  std::optional<EventActor> place_target;  // a country from the clause's place
};
Roles FindRoles(const DocIndex& index, const Trigger& trigger);

// ---- roles_refer.cc -----------------------------------------------------------

// "X said (that) it/they ...": the speaker's phrase for a pronoun subject of
// a clause X reports, or -1.
int32_t SpeakerOfPronoun(const DocIndex& index, int32_t subject, int32_t clause);
// "Russia summoned the envoy. It also ...": the phrase of the nearest
// earlier main-clause subject an it/they subject stands for, or -1.
int32_t AntecedentOfPronoun(const DocIndex& index, int32_t subject);
// "Police detained two employees of Sputnik. They are suspected of fraud":
// the pronoun subject of a passive continues the object of the nearest
// earlier active main clause when that names a coded actor; its phrase, or -1.
int32_t PatientOfPronoun(const DocIndex& index, int32_t subject);
// A passive verb group, a bare participle coordinated with one ("were
// beaten and detained"), or a participle adjunct after a comma ("...,
// suspected of murder").
bool IsPassive(const DocIndex& index, int32_t vg);
// "(said that) shutting down the House was an unfriendly step": a gerund
// opening clause `c` before its verb has no subject of its own.
bool GerundSubject(const DocIndex& index, const Phrase& vg, int32_t c);
// "down", "up", "off", "out", "back", "away": a phrasal verb's particle,
// whatever its tag.
bool IsParticle(const DocIndex& index, uint32_t t);
// "detained almost 50 Azerbaijanis; two were killed": the phrase of the
// people a bare number or quantifier subject counts, or -1.
int32_t AntecedentOfNumber(const DocIndex& index, int32_t subject);

// ---- context.cc -------------------------------------------------------------

// What the story around a trigger says: each mention's country (as of the
// document date) and the counterparts of a known party (context.cc).
// REQUIRES: the index outlives it.
class StoryContext {
 public:
  StoryContext(const DocIndex& index, std::string_view as_of, const actors::Lexicon& lexicon);
  const DocIndex& index() const { return ix_; }
  // The country (or region) of mention `m`, or "".
  const std::string& Country(int32_t m) const { return countries_[static_cast<size_t>(m)]; }
  // The nearest mention of a country other than `known`: in the trigger's
  // sentence, the sentences before, else the document's dominant one; -1.
  // Regions are passed. With `states_only`, state actors alone count; with
  // `sentence_only`, the trigger's sentence alone.
  int32_t Counterpart(const Trigger& trigger, const std::string& known,
                      const std::vector<int32_t>& taken, bool states_only, bool sentence_only) const;

 private:
  int32_t NearestOther(int32_t first, int32_t last, Offset at, const std::string& known,
                       const std::vector<int32_t>& taken, bool states_only) const;
  int32_t DominantOther(Offset at, const std::string& known, bool states_only) const;

  const DocIndex& ix_;
  std::vector<std::string> countries_;                   // per mention
  std::vector<int32_t> by_position_;                     // mentions in text order
  std::vector<bool> states_;                             // per mention: a state actor
  struct Dominant {                  // the dominant other country's mentions
    std::vector<int32_t> mentions;   // in text order ("" country: none)
    std::vector<int32_t> states;     // those that are state actors
  };
  mutable std::map<std::string, Dominant> dominant_;  // by the known country
};

// Fills a source or target the clause leaves unsaid from the story: the
// place of a state's act, the nearest counterpart mention, the document's
// dominant counterpart (context.cc explains each).
// `act_cameo` is the code of the act itself when `trigger` codes a speech
// act about it ("plans to establish a base in Azerbaijan": 062 under 0312).
void FillImplicitRoles(const StoryContext& story, const Trigger& trigger, std::string_view act_cameo,
                       const std::optional<Location>& place, Roles& roles);

// ---- roles_nominal.cc --------------------------------------------------------
inline constexpr int kMaxPrepPhrases = 4;  // PPs scanned after a trigger or its object
// The roles of nominal trigger `trigger` (FindRoles, roles.cc).
void NominalRoles(const DocIndex& index, const Trigger& trigger, Roles& roles);

// ---- roles_np.cc ------------------------------------------------------------

// The actors of noun phrase `p` and of the NPs coordinated with it, with the
// possessor and "of" fallbacks; coded mentions only when there are any.
std::vector<int32_t> RoleMentions(const DocIndex& index, int32_t p);
// "Putin's apology, the payment of compensation and the ...": the possessor
// mentions of the first member of the list noun phrase `p` closes (members
// joined by commas, "and", "or"), or none when no earlier member has a
// possessor naming an actor.
std::vector<int32_t> ListPossessor(const DocIndex& index, int32_t p);
// Phrase `p`, or nullptr when out of range.
const Phrase* PhraseAt(const DocIndex& index, int32_t p);

// Negation cues of FindMode (negation.cc).
// Noun phrase `p` has the determiner "no" ("no compensation was paid").
bool HasNoDeterminer(const DocIndex& index, int32_t p);
// Noun phrase `np` (or the list it closes) is the object of a verb that
// stops it ("cancelled the visit", "called off talks").
bool CalledOff(const DocIndex& index, const Phrase& np);
// Phrase `p`, a subject, denies the act ("nobody", "none", "no one").
bool NegativeSubject(const DocIndex& index, int32_t p);
// Verb group `vg` is under "neither ... nor".
bool NeitherNor(const DocIndex& index, const Phrase& vg);
// Verb group `vg` is under "not only" (no negation).
bool NotOnly(const DocIndex& index, const Phrase& vg);
// The noun phrase beginning at token `t`, or -1.
int32_t NpStartingAt(const DocIndex& index, uint32_t t);
// The code mention `m` stands for (its antecedent's when it has none).
std::string_view CodeOf(const DocIndex& index, int32_t m);
// Returns true iff noun phrase `p` is a time expression ("last month").
bool IsTimePhrase(const DocIndex& index, int32_t p);
// The noun phrase X in "X of <p>", or -1.
int32_t GoverningNoun(const DocIndex& index, int32_t p);
// Coded mentions beginning at token `t` (an NP the chunker missed).
std::vector<int32_t> CodedMentionsAt(const DocIndex& index, uint32_t t);
// The token whose span is exactly `span`, or -1.
int32_t TokenAtSpan(const DocIndex& index, Span span);
// Returns true iff one of mentions `ms` has a code.
bool HasCode(const DocIndex& index, std::span<const int32_t> ms);

// ---- doc_index.cc (lookups shared by the pieces) ---------------------------

// The code a mention stands for on `date`: its own, else its antecedent's
// (coreference); office holders ("Putin", "President Aliyev") re-resolved
// through the lexicon as of the date when it knows the name.
std::string MentionCode(const DocIndex& index, int32_t mention, std::string_view date,
                        const actors::Lexicon& lexicon);
// Returns true iff MentionCode(index, mention, date, lexicon) is empty on
// every date: no code of its own or its antecedent's, no "our people" code,
// and no office holder whose code could depend on the date.
bool NeverCoded(const DocIndex& index, int32_t mention);

// The verb group governing an infinitive or reported clause's verb group
// `vg` ("threatened" for "to expel" in "threatened to expel"), or -1.
int32_t GoverningVerb(const DocIndex& index, int32_t vg);

// A bare verb (VB) coordinated after an earlier verb group of its clause
// shares that group's "to", modal, tense and governor ("demanded that Russia
// admit its guilt, punish those responsible and pay compensation", "might
// tighten inspections or limit exports", "threatened to expel diplomats and
// close the embassy"): the phrase index of the conjunct that carries them,
// or -1 when `vg` is no such verb.
int32_t FirstConjunct(const DocIndex& index, int32_t vg);

// ---- mode.cc ----------------------------------------------------------------

Mode FindMode(const DocIndex& index, const Trigger& trigger);
// Returns true iff the trigger's clause is conditional or speculative ("if",
// "possibly", opinion words before it).
bool Speculative(const DocIndex& index, const Trigger& trigger);
// Returns true iff the cameo code is a threat (13x) or demand (10x) speech act.
bool IsSpeechActOfIntent(std::string_view cameo);

// ---- quantities.cc ----------------------------------------------------------

// Counts and amounts stated in the trigger's clause and attached to its verb.
std::vector<Quantity> FindQuantities(const DocIndex& index, const Trigger& trigger);

// Parses a number written in digits or words starting at token `t`
// ("38", "1,200", "3.5", "seven", "thirty-eight", "800 million"). Sets *end to
// one past its last token. Returns nullopt when `t` starts no number.
std::optional<double> ParseNumber(const DocIndex& index, uint32_t t, uint32_t* end);

// ---- location.cc ------------------------------------------------------------

// The place named after in/near/at in the trigger's clause that the lexicon
// knows as a country or capital or the gazetteer as a city (with lat/lon
// when the gazetteer knows it), else nullopt. The three-argument form uses
// actors::DefaultGazetteer().
std::optional<Location> FindLocation(const DocIndex& index, const Trigger& trigger,
                                     const actors::Lexicon& lexicon);
std::optional<Location> FindLocation(const DocIndex& index, const Trigger& trigger,
                                     const actors::Lexicon& lexicon,
                                     const actors::Gazetteer& gazetteer);

// ---- speech.cc --------------------------------------------------------------

enum class SpeechKind { kNone, kThreat, kDemand, kAppeal, kIntent, kRefuse };

// The speech act whose content is the act of `trigger`: governed by verb
// group `governor`, or, with governor -1, announced by the act's own future
// tense (speech.cc explains each case); kNone when it is a plain act.
SpeechKind SpeechKindOf(const DocIndex& index, const Trigger& trigger, int32_t governor);
// The CAMEO code of that speech act: the pattern's code for it, else the
// root's generic code (130, 100, 020, 030, 120).
std::string CodeFor(SpeechKind kind, const ModeCodes& modes);
// Its mode: threatened (13x), demanded (10x), else asserted.
Mode ModeFor(SpeechKind kind);
// "threat", "demand", "appeal", "intent", "refusal".
const char* KindName(SpeechKind kind);
// A judgement (pattern option `judge`: "the raids were unacceptable", "bore
// the hallmarks of Russophobia") is its speaker's criticism of whoever did
// what it judges: the source becomes the speaker of the enclosing reported or
// quoted clause, the target the judged subject's actors of another country
// (none: the story's counterpart, context.cc). Returns false when nobody
// voices it: the author's own judgement is opinion, not an event.
bool JudgementRoles(const DocIndex& index, const StoryContext& story, const Trigger& trigger,
                    Roles& roles);

// A code's CAMEO root as a number ("1823" -> 18), 0 for a code too short;
// RootOf (events.h) without the string, for per-trigger checks.
inline int RootNumber(std::string_view cameo) {
  return cameo.size() < 2 ? 0 : (cameo[0] - '0') * 10 + (cameo[1] - '0');
}

inline uint32_t HeadToken(const Phrase& ph) {
  return ph.head >= 0 ? static_cast<uint32_t>(ph.head) : ph.begin;
}

// ---- dating.cc ----------------------------------------------------------------

// The date of the story's lead: its first sentence's main verb, when the
// time stage dates it to the day from that sentence; else precision "none".
temporal::EventDate LeadDate(const DocIndex& index);
// The date of the act `trigger` codes (dating.cc explains the fallbacks).
temporal::EventDate DateOfAct(const DocIndex& index, const Trigger& trigger,
                              const temporal::EventDate& lead);

// ---- not_acts.cc --------------------------------------------------------------

// A heading or subheading: a short line without closing punctuation, in a
// document with a body.
bool IsHeading(const Document& doc, int32_t sentence);
// A noun after "as" that judges an act ("condemned the arrests as an attack").
bool IsCharacterisation(const DocIndex& index, const Trigger& trigger);
// A word of force made a figure by its modifier ("a diplomatic offensive").
bool IsFigurative(const DocIndex& index, const Trigger& trigger);
// A statement something is said "in" ("In its statement, the ministry ...").
bool IsFrame(const DocIndex& index, const Trigger& trigger);
// ---- restated.cc ------------------------------------------------------------
// The trigger tokens of acts a sentence states twice, to be coded once: a
// statement (01x) that is the vehicle of a coded participle ("issued a
// statement accusing Russia"), and the participle of criticism (11x) that is
// a written protest's content ("issued a note condemning the treatment").
// `acts` points into the caller's triggers (Assemble keeps no copies).
std::set<uint32_t> RestatedActs(const DocIndex& index, const std::vector<const Trigger*>& acts);

// ---- unrealised.cc ----------------------------------------------------------
// Returns true iff the act of `trigger` (in clause `clause`) is named as a
// purpose ("aimed at excluding Russia") or as the bare subject of a modal
// verb ("forced return could impose costs"): not asserted.
bool Unrealised(const DocIndex& index, const Trigger& trigger, int32_t clause);
// A past participle before its noun ("the forced return of migrants").
bool IsAttributiveParticiple(const DocIndex& index, const Trigger& trigger);
// A plan or intent named by a participle after its noun ("the events
// planned in Baku"): a description, not someone's announcement.
bool IsPlannedThing(const DocIndex& index, const Trigger& trigger);
// "war" as the setting of something else ("due to the Ukraine war"), with
// no date or onset of its own: a state of affairs, not an act.
bool IsBackgroundWar(const DocIndex& index, const Trigger& trigger);
// A meeting named as the setting of another act ("on the sidelines of the
// summit", "on his way to the summit"), with nobody met.
bool IsOccasion(const DocIndex& index, const Trigger& trigger);
// A text that discusses or considers a topic ("X posts discuss a potential
// agreement"): no one consults or comments (CAMEO 04, 01).
bool IsTextsTopic(const DocIndex& index, const Trigger& trigger);
// "insisted (that) the deaths were natural": a fact claimed, not a demand.
bool IsInsistedFact(const DocIndex& index, const Trigger& trigger);
// A lone past participle right after a noun, used as a passive modifying it
// ("the number detained at 50", "footage released by the ministry";
// roles_refer.cc).
bool ReducedRelative(const DocIndex& index, const Phrase& verb_group);
// Returns true iff the trigger's clause holds a proper name the actors
// stage could not code (Document::unknown_names).
bool NamesSomeone(const DocIndex& index, const Trigger& trigger);
// Returns true iff the trigger is a coercive or violent act (CAMEO 17-20)
// whose patient is counted vaguely ("several individuals were killed").
bool CountsVictims(const DocIndex& index, const Trigger& trigger);

// ---- assemble.cc ------------------------------------------------------------

struct AssembleOptions {
  std::string coder_version;
  std::string lexicon_version;
};

// Events for `triggers` in `doc` (analysed, actor- and time-annotated).
// CAMEO-derived fields (plover, goldstein) are left for the caller to fill.
// Triggers whose act is the complement of a threat or demand that also fired
// are dropped (the speech act is coded, DESIGN.md). Events with equal ids
// are kept once. Ordered by sentence, then trigger token.
std::vector<Event> Assemble(const Document& doc, std::string_view version,
                            const std::vector<Trigger>& triggers,
                            const actors::Lexicon& lexicon, const AssembleOptions& options);

}  // namespace riposte::events::internal
