// Riposte events stage: who did what to whom, when, coded from every
// sentence with its evidence (issue 6). The stage's one public header; its
// parts, each with its own tutorial below:
//
//   1. CameoTable: the CAMEO reference tables (data/cameo): code -> label,
//      PLOVER 2021 category, Goldstein weight.
//   2. Event: the record of one coded mention of an act, rendered as the
//      Event contract of DESIGN.md by EventJson.
//   3. Patterns: the pattern lexicon (data/events) and its matcher, "what
//      happened": verbs, nouns and phrases in lemmas -> CAMEO codes.
//   4. Coder: pattern hits -> Event records with source, target, mode, date,
//      quantities, place and attribution.
//
// End to end, on a document that text::Analyze, temporal::Annotate and
// actors::Recognizer have annotated:
//
//   auto cameo = riposte::events::CameoTable::Load(riposte::DataDir());
//   auto patterns = riposte::events::Patterns::Load(riposte::DataDir());
//   riposte::events::Coder coder(patterns.value(), cameo.value(), lexicon);
//   for (const Event& e : coder.Code(doc, version)) puts(EventJson(e, doc).c_str());
//
// Thread-safety: loaded tables, patterns and coders are immutable and may be
// shared by threads; Code is reentrant.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/actors.h"
#include "core/core.h"

namespace riposte::events {

// ==== 1. CAMEO tables ====
//
// Riposte events stage: the CAMEO reference tables (issue 6, point 1).
//
// Every coded event carries a CAMEO event code, and the Event contract
// (DESIGN.md) derives two more fields from it: the PLOVER 2021 category and
// the Goldstein (1992) conflict-cooperation weight. This library loads the
// project's own tables in data/cameo/ (README.md there gives the formats and
// sources) and answers those lookups:
//
//   auto table = riposte::events::CameoTable::Load(riposte::DataDir());
//   if (!table.ok()) ...;                                 // a file is missing
//   for (const Error& e : table.value().rejected()) ...;  // "codes.tsv:12: ..."
//   const CameoCode* c = table.value().Find("1822");
//   c->label;      // "Torture"
//   c->goldstein;  // -9.0
//   c->plover;     // "ASSAULT"
//   riposte::events::RootOf("1822");                      // "18"
//
// Codes are 2 digits (the 20 roots "01".."20"), 3 digits ("057") or
// 4 digits ("1822"); a 3-digit code's parent is its root, a 4-digit code's
// parent its first 3 digits.
//
// PLOVER fallback: plover.tsv should list every code, but a 4-digit code with
// no line of its own takes its 3-digit parent's category, mode and context
// (CameoCode::plover_inherited is set, plover_where names the parent's line).
// A 2- or 3-digit code without a line is rejected. CAMEO 01x (public
// statements) has no PLOVER 2021 category: the file says NONE and
// CameoCode::plover is empty.
//
// Thread-safety: a loaded CameoTable is immutable and may be shared.
// Limits: files are read whole; lines above 4 KiB are rejected.

struct CameoCode {
  std::string code;            // "1822"
  std::string label;           // "Torture" (CAMEO manual 1.1b3 wording)
  double goldstein = 0;        // in [-10, 10]
  std::string plover;          // "ASSAULT"; empty for codes PLOVER does not cover
  std::string plover_mode;     // "torture"; empty when none
  std::string plover_context;  // "legal,military"; empty when none
  bool plover_inherited = false;  // taken from the 3-digit parent's line
  std::string where;           // "codes.tsv:212"
  std::string plover_where;    // "plover.tsv:230" (the parent's line if inherited)
};

// Returns true iff `code` has the shape of a CAMEO event code: 2 to 4 ASCII
// digits whose first two are a root "01".."20". Says nothing about whether
// the manual defines it.
bool IsCameoCodeShape(std::string_view code);

// The root of a code: RootOf("1822") == "18", RootOf("05") == "05".
// Returns "" when IsCameoCodeShape(code) is false.
std::string RootOf(std::string_view code);

// The PLOVER 2021 event categories (AGREE ... ASSAULT), in manual order.
const std::vector<std::string_view>& PloverCategories();

class CameoTable {
 public:
  // Loads codes.tsv and plover.tsv from `data_dir`/cameo. Fails (kNotFound)
  // only when a file is missing; bad lines are skipped and listed in
  // rejected() as kMalformed errors whose arg is "file:line".
  static Result<CameoTable> Load(const std::string& data_dir);

  // The entry for `code`, or nullptr when the table has no such code.
  const CameoCode* Find(std::string_view code) const;

  // The entry for `code`, else for its nearest ancestor (4 digits -> 3 ->
  // root), else nullptr: FindOrParent("1834") is 183 when 1834 is unknown.
  // For codes from other coders' dictionaries that postdate CAMEO 1.1b3.
  const CameoCode* FindOrParent(std::string_view code) const;

  // All codes in file order.
  const std::vector<CameoCode>& codes() const { return codes_; }
  size_t size() const { return codes_.size(); }

  // Lines skipped while loading, one Error each ("plover.tsv:40: ...").
  const std::vector<Error>& rejected() const { return rejected_; }

 private:
  // Copyable and movable: plain values, indices rather than pointers.
  std::vector<CameoCode> codes_;
  std::map<std::string, size_t, std::less<>> by_code_;  // code -> index in codes_
  std::vector<Error> rejected_;
};

// ==== 2. The Event record ====
//
// Riposte events: the Event record, one coded mention of an act.
//
// An Event mirrors the Event contract of DESIGN.md field for field; the coder
// (part 4) fills it and EventJson renders it as one JSON object with exactly
// the contract's keys, in the contract's order:
//
//   id, doc, version, sentence, span, text, date, date_start, date_end,
//   date_precision, source, target, cameo, plover, goldstein, mode,
//   attributed_to, quantities, location, rule, confidence, coder_version,
//   lexicon_version
//
// Texts are never stored in the record: `text` (the evidence sentence), the
// actors' and quantities' texts are cut from the Document by span when the
// JSON is written, so quotes match the source byte for byte. The one
// exception is Location::text, which names the place as the lexicon knows it.
//
// Absent optional objects (an unknown source or target, no attribution, no
// location) are JSON null; `date` is null when nothing dates the act;
// `confidence` is omitted when unset; lat/lon are omitted unless the
// gazetteer (actors.h: tzdata's cities) knows the place (never invented).
//
// Thread-safety: plain value types. Tested by event_test.cc.

// How the text presents the act (DESIGN.md "mode").
enum class Mode : uint8_t {
  kAsserted,      // reported as having happened
  kNegated,       // the text says it did not happen ("did not apologise")
  kThreatened,    // a threat of the act (CAMEO 13x speech act)
  kDemanded,      // a demand for the act (CAMEO 10x speech act)
  kHypothetical,  // could/may/would/if, plans, scheduled acts, analysis
};
// "asserted", "negated", "threatened", "demanded", "hypothetical".
const char* ModeName(Mode mode);

// A participant: the actor mention's code and words.
struct EventActor {
  std::string code;  // "AZECOP"; "" when the words name no known actor
  Span span;         // the mention's words
  // The clause leaves this role unsaid and the story supplies it (the
  // counterpart named nearby, or the place where a state acted): `span` is
  // the mention or place that supplied it. JSON adds "implicit":true.
  bool implicit = false;
};

// Who a reported act is attributed to (the speaker of reported speech).
struct Attribution {
  std::string code;  // "" when the speaker is not a known actor
  Span span;
};

// A count or amount stated in the event's clause.
struct Quantity {
  std::string attribute;  // detained|killed|injured|on_board|survivors|amount|other
  double value = 0;       // 50 for "almost 50", 8e8 for "$800 million"
  std::string qualifier;  // exact|about|at_least|at_most|more_than|fewer_than
  Span span;              // "almost 50 Azerbaijanis"
};

struct Location {
  std::string text;     // the place as written ("Baku")
  std::string country;  // "AZE"
  Span span;            // its words (not part of the JSON)
  std::optional<double> lat, lon;  // only from the gazetteer (actors::Gazetteer)
};

struct Event {
  std::string id;       // deterministic: see EventId
  std::string doc;      // Document::id
  std::string version;  // the document version (hash of its text)
  int32_t sentence = -1;  // index into Document::sentences (0-based); the
                          // JSON numbers sentences from 1, as `riposte show` does
  Span span;            // the evidence sentence

  std::string date;            // ISO at date_precision; "" -> null
  std::string date_start, date_end;
  std::string date_precision = "none";  // day|week|month|quarter|season|year|report|none

  std::optional<EventActor> source, target;

  std::string cameo, plover;
  double goldstein = 0;
  Mode mode = Mode::kAsserted;
  std::optional<Attribution> attributed_to;
  std::vector<Quantity> quantities;
  std::optional<Location> location;

  std::string rule;  // the pattern that fired ("patterns.tsv:123 expel diplomat")
  std::optional<double> confidence;
  std::string coder_version, lexicon_version;

  // Not part of the contract: the token that triggered the pattern, for
  // ordering and debugging.
  uint32_t trigger = 0;
};

// The deterministic id: ContentHash over a canonical string of doc id,
// version, span, cameo, source code and target code.
std::string EventId(const Event& event);

// One JSON object, no trailing newline, keys as listed above.
// REQUIRES: every span of `event` lies within doc.text.
std::string EventJson(const Event& event, const Document& doc);

// ==== 3. Patterns ====
//
// Riposte events stage: the pattern lexicon and its matcher ("what happened").
//
// The lexicon (data/events/*.tsv, format in data/events/README.md) maps verbs,
// nouns and multi-word phrases, written in lemmas, to CAMEO event codes, one
// "CAMEO<TAB>pattern[<TAB>options[<TAB>note]]" line each:
//
//   161   expel diplomat|ambassador|envoy        (alternatives with |)
//   114   summon ambassador|envoy|chargé
//   163   impose sanction|embargo [on TARGET]    ([slots] document roles)
//   190   phrasal: shoot down
//   173   noun: arrest [of TARGET] [by SOURCE]   (nominal trigger)
//   0841  release !statement|report              (!negative words)
//   010   announce       low                     (a weak signal)
//   111   be unacceptable|illegal   judge           (the speaker's criticism)
//
// Matching runs on an analysed document (text::Segment + text::Analyze): a
// verb pattern fires on the head of a verb group whose lemma is one of its
// trigger words, a `noun:` pattern on the head noun of a noun phrase. The
// pattern's further words must follow the trigger in order inside its clause
// (a few words may be skipped; another verb, a comma or the clause end stops
// the search). In a passive verb group the content words may instead stand
// before the verb ("the Russian ambassador was summoned"). Inflections and
// British spellings need no listing: documents carry lemmas per token, and
// the loader adds the analyser's own base form of every pattern word.
//
//   auto patterns = riposte::events::Patterns::Load(riposte::DataDir());
//   std::vector<riposte::events::PatternHit> hits;
//   patterns.value().Match(doc, hits);
//   // "Moscow expelled two Azerbaijani diplomats." -> one hit: cameo "161",
//   // trigger "expelled", span "expelled two Azerbaijani diplomats",
//   // object = the NP "two Azerbaijani diplomats".
//
// Threats, demands and the other speech acts about an act: every pattern
// carries the CAMEO codes that apply when its act is appealed for (02x),
// promised (03x), demanded (10x), refused (12x) or threatened (13x) --
// "threatened to expel the ambassador" is 1313, "demanded the release of" is
// 1053. They come from the line's options or from a built-in table by code
// family (ModeCodes). Match reports the act; the coder decides the mode from
// the governing verb ("threaten", "demand") and picks the code.
//
// Thread-safety: a loaded Patterns is immutable; Match may run on many
// threads. AddFile mutates and must not run concurrently with anything.
// Tested by patterns_test.cc (loader) and patterns_match_test.cc (sentences).
// Limits: lines above 4 KiB are rejected; at most 12 words per pattern.
// Speed: one hash lookup per verb-group head and noun-phrase head, then a few
// string compares per candidate pattern; no regex.

// The CAMEO codes of the speech acts about an act ("" when none applies).
struct ModeCodes {
  std::string appeal;  // 02x: "urged Moscow to release" -> 0253
  std::string intent;  // 03x: "promised to release" -> 0353
  std::string demand;  // 10x: "demanded the release of" -> 1053
  std::string refuse;  // 12x: "refused to release" -> 1243
  std::string threat;  // 13x: "threatened to expel" -> 1313
  // Set only by a line's `negated=` option: the act its words name when the
  // text denies them ("did not free Russia from responsibility" -> 112),
  // coded as asserted; the line codes nothing when they are not denied.
  std::string negated;
};

// One word position of a pattern after its trigger.
struct PatternWord {
  std::vector<std::string> lemmas;  // alternatives, lower case, base forms added
  bool optional = false;  // written in ( ): consumed when present
  bool negative = false;  // written !a|b: the pattern fails if one follows
  bool particle = false;  // a preposition or particle ("down", "of", "on")
  // Bit min(n, 63) set iff an alternative has n bytes: the matcher rejects
  // most tokens by length before comparing any text. Set by
  // Patterns::AddFile once `lemmas` is final; all bits (compare every
  // alternative) until then.
  uint64_t lengths = ~uint64_t{0};
  // Likewise bit (first byte % 64) of each alternative (Patterns::Match
  // skips a pattern whose first word no nearby word could be).
  uint64_t firsts = ~uint64_t{0};
};

// A participant slot, written [on TARGET] or [by SOURCE]: documentation for
// the coder of where the participant is expected. Slots are not matched.
struct PatternSlot {
  std::string prep;  // "on", "by", "of", or "" for [TARGET]
  std::string role;  // "SOURCE", "TARGET" or "OTHER"
};

struct Pattern {
  std::string cameo;                  // "161"
  std::vector<std::string> triggers;  // lemma alternatives of the first word
  std::vector<PatternWord> words;     // the words after the trigger
  std::vector<PatternSlot> slots;
  bool nominal = false;   // `noun:` pattern, fired by a noun-phrase head
  bool phrasal = false;   // `phrasal:` pattern (a verb plus particle)
  bool low = false;       // option `low`: a weak signal the coder may drop
  bool judge = false;     // option `judge`: a judgement voiced by its clause's speaker
  bool victim = false;    // option `victim`: the subject is the one it was done to ("died in custody")
  bool custody = false;   // option `custody`: fires only in a sentence telling of detention,
                          // custody, raids or beatings ("Two of the detained men died")
  ModeCodes modes;
  std::string rule;       // "verbs_16-17.tsv:12 expel diplomat|ambassador"
  std::string note;
};

struct PatternHit {
  int32_t clause = -1;       // index into doc.clauses (-1 if none)
  int32_t verb = -1;         // phrase index of the verb group, -1 for a nominal trigger
  uint32_t trigger = 0;      // token index of the word that fired (verb head or noun)
  Span span;                 // trigger through its last consumed word
  std::string cameo;         // "161"
  std::string rule;          // "verbs_16-17.tsv:12 expel diplomat|ambassador"
  int32_t object = -1;       // phrase index of the NP holding the object words, if any
  bool nominal = false;      // triggered by a noun ("the arrest of")
  bool low = false;          // the pattern is marked low value
  bool judge = false;        // the pattern is a judgement (option `judge`)
  bool victim = false;       // the subject is the act's victim (option `victim`)
  int32_t pattern = -1;      // index into Patterns::patterns()
  ModeCodes modes;           // codes for the act when threatened, demanded...
};

// Trigger word -> indexes of the patterns it triggers (Patterns' lookup of
// every candidate word): open addressing with linear probing over a
// power-of-two slot array at most half full, each slot holding the key's
// 32-bit hash, so a lookup reads one slot and compares bytes only on a hash
// match (an unordered_map's modulo and node chase were 2% of the pipeline).
// Copyable and movable: plain vectors.
class TriggerIndex {
 public:
  // Appends `pattern` to `key`'s list unless it is already its last.
  void Add(const std::string& key, uint32_t pattern);
  // `key`'s patterns in the order added, or nullptr when it has none.
  const std::vector<uint32_t>* Find(std::string_view key) const;

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // index into keys_ and lists_ + 1; 0 = empty
  };
  void Grow();
  std::vector<std::string> keys_;
  std::vector<std::vector<uint32_t>> lists_;
  std::vector<Slot> slots_;
};

class Patterns {
 public:
  // Loads every data_dir/events/*.tsv (in name order). Fails with kNotFound
  // when the directory has no .tsv file and with the text models' error when
  // they cannot load (base forms come from text::Lemmatize). Bad lines are
  // skipped and listed in rejected() as kMalformed errors, arg "file:line".
  static Result<Patterns> Load(const std::string& data_dir);

  // Parses one file's contents (for tests and --patterns files); `name` is
  // used in rules and errors. Lines are added to this lexicon.
  void AddFile(std::string_view name, std::string_view contents);

  const std::vector<Error>& rejected() const { return rejected_; }
  size_t size() const { return patterns_.size(); }
  const std::vector<Pattern>& patterns() const { return patterns_; }

  // Appends to `out` all hits in an analysed document, in text order, at most
  // one per trigger token: the pattern matching the most words wins, then the
  // one whose last word is nearer the trigger, then the more specific code
  // (longer; "070" ranks under "073"), then the earlier line. Words a hit
  // consumed do not fire on their own ("declined to comment" is one hit).
  // REQUIRES: text::Analyze(doc) has run (tags, lemmas, phrases, clauses).
  void Match(const Document& doc, std::vector<PatternHit>& out) const;

 private:
  // Copyable and movable: plain values; the indexes hold pattern indices.
  std::vector<Pattern> patterns_;
  TriggerIndex verb_index_;  // trigger -> patterns
  TriggerIndex noun_index_;
  std::unordered_map<std::string, std::string> seen_;  // pattern text -> "file:line"
  std::vector<Error> rejected_;
};

// ==== 4. Coder ====
//
// Riposte events stage: the coder, from pattern hits to Event records
// (issue 6, points 2-5).
//
// The Coder takes an analysed document (text::Segment + text::Analyze), with
// its actors recognised (actors::Recognizer) and its times annotated
// (temporal::Annotate), runs the pattern lexicon over it and turns every hit
// into Event records (part 2) that follow DESIGN.md's Event contract:
//
//   auto cameo = riposte::events::CameoTable::Load(riposte::DataDir());
//   auto patterns = riposte::events::Patterns::Load(riposte::DataDir());
//   auto lexicon = riposte::actors::Lexicon::Load(riposte::DataDir());
//   riposte::events::Coder coder(patterns.value(), cameo.value(), lexicon.value());
//   for (const Event& e : coder.Code(doc, riposte::ContentHash(doc.text)))
//     std::cout << riposte::events::EventJson(e, doc) << "\n";
//
// What it decides, and where (src/events/internal/):
//   roles.cc       source and target: active (subject -> source, object or
//                  against/on/with/to NP -> target), passive ("were detained
//                  by Russian police": by-agent -> source, subject ->
//                  target), nominal ("the arrest of X by Y", "X's raid on
//                  Y"), relative clauses (the antecedent), coordination (one
//                  event per pair), coreference (the antecedent's code),
//                  office holders re-resolved as of the event's date; the
//                  speaker of reported speech -> attributed_to. An unknown
//                  participant stays empty (null), never guessed.
//   mode.cc        asserted, negated ("did not apologise", "no compensation
//                  was paid"), threatened / demanded (CAMEO 13x / 10x),
//                  hypothetical (could/may/would/if, plans, scheduled acts,
//                  opinion and analysis).
//   assemble.cc    threats, demands, appeals, promises and refusals of an
//                  act are coded as the speech act with the pattern's mode
//                  codes ("threatened to expel" -> 13x, mode threatened).
//   quantities.cc  counts and amounts in the clause with what they measure.
//   location.cc    in/near/at + a country or capital the lexicon knows, or a
//                  city the gazetteer knows (with its coordinates).
// Dates come from temporal::DateOf over the verb; ids from EventId.
//
// Thread-safety: a Coder is immutable after construction; Code may run on
// many threads. REQUIRES: the Patterns, CameoTable and Lexicon outlive it.
// Limits: one sentence at a time has no parser behind it; roles come from
// the text stage's finite-state phrases and clauses, so long-distance
// dependencies the chunker misses are missed here too.

// The coder's version, written into every record ("0.1.0/coder.1").
const char* CoderVersion();

class Coder {
 public:
  // Computes the lexicon version from the loaded tables' content, so two
  // shards with the same data agree on it.
  Coder(const Patterns& patterns, const CameoTable& cameo, const actors::Lexicon& lexicon);

  // The events of `doc`, whose stored text has the version `version` (the
  // DESIGN.md document version: ContentHash of the text). REQUIRES: the
  // document is analysed, actor- and time-annotated. Deterministic.
  std::vector<Event> Code(const Document& doc, std::string_view version) const;

  // The same for hits matched elsewhere (tests, alternative matchers).
  std::vector<Event> CodeHits(const Document& doc, std::string_view version,
                              const std::vector<PatternHit>& hits) const;

  const std::string& lexicon_version() const { return lexicon_version_; }

 private:
  // References, not copies: the tables are large and shared by threads.
  const Patterns& patterns_;
  const CameoTable& cameo_;
  const actors::Lexicon& lexicon_;
  std::string lexicon_version_;
};

}  // namespace riposte::events
