// Riposte actors stage: who acts in news text, resolved to CAMEO-style codes.
//
// This first part is the lexicon: the team's own tables in data/actors/
// (README.md there gives the formats) loaded into memory, validated line by
// line, and looked up by surface text. Recognition, resolution rules and
// coreference build on it (issue 4). The Gazetteer (below) knows cities
// with their country and coordinates, from the system's tzdata and iso-codes
// (issue 6, point 4).
//
//   auto lexicon = riposte::actors::Lexicon::Load(riposte::DataDir());
//   if (!lexicon.ok()) ...;                       // a file is missing
//   for (const Error& e : lexicon.value().rejected()) ...;   // "people.tsv:12: ..."
//   auto hits = lexicon.value().Find("Azerbaijani");   // adjective of AZE
//   lexicon.value().CodeAsOf(*person_entry, "2025-07-01");  // "RUSGOV" or ""
//
// Codes: ISO 3166-1 alpha-3 country (or a region code: EUR, WST...) plus a
// three-letter sector (GOV, MIL, COP, JUD, LEG, MED, BUS, SPY, CVL, EDU, OPP,
// REB, ELI, CRM...), or an international organisation code beginning IGO.
//
// Thread-safety: a loaded Lexicon is immutable and may be shared.
// Limits: files are read whole; lines above 4 KiB are rejected.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/core.h"

namespace riposte::actors {

enum class EntryKind {
  kCountryName,    // "Russia", "Russian Federation"
  kAdjective,      // "Russian", "Azeri"
  kPeople,         // "Russians", "Azerbaijanis"
  kCapital,        // "Baku": the government only when used as an actor
  kSeat,           // "the Kremlin": always the government
  kAgent,          // "foreign ministry" -> sector GOV (country from context)
  kPerson,         // "Vladimir Putin" -> RUSGOV for a term
  kOrganisation,   // "Sputnik Azerbaijan" -> RUSMED
};
const char* EntryKindName(EntryKind kind);  // "country", "adj", "people", ...

struct Entry {
  std::string text;      // one surface form, as written in the file
  EntryKind kind = EntryKind::kCountryName;
  std::string code;      // "AZE", "RUSGOV", "IGOUNO"; for agents the sector ("GOV")
  std::string role;      // people: "president"
  std::string from, to;  // people: ISO dates of the term; `to` empty while in office
  std::string note;      // agents, organisations: free text; people: the source
  std::string where;     // "people.tsv:12", for messages and `why` output
};

// The parts of an actor code, as DESIGN.md defines them for every output:
// the country is the first three letters when they are a country or region
// code ("RUS" of "RUSMIL", "EUR" of "EURGOV"), "" for international actors
// (codes beginning IGO, NGO, IMG, MNC); the sector is the next three letters
// ("MIL"; "UNO" of "IGOUNO"), "" when there are none.
std::string CodeCountry(std::string_view code);
std::string CodeSector(std::string_view code);

class Lexicon {
 public:
  // Loads countries.tsv, agents.tsv, people.tsv and organisations.tsv from
  // `data_dir`/actors. Fails (kNotFound) only when a file is missing; bad
  // lines are skipped and listed in rejected().
  static Result<Lexicon> Load(const std::string& data_dir);

  // Adds one entry (used by the PETRARCH dictionary reader and by tests).
  void Add(Entry entry);
  // Records a rejected line of an extra dictionary.
  void Reject(Error error) { rejected_.push_back(std::move(error)); }

  // Reads a PETRARCH/TABARI actor dictionary (Phoenix.*.actors.txt: names,
  // synonyms, date-restricted codes) or agent dictionary (Phoenix.agents.txt)
  // and adds its entries; the format is told from the content. Fails
  // (kNotFound/kIo) only when the file cannot be read; bad lines go to
  // rejected() with file:line. Returns the number of entries added.
  Result<size_t> AddPetrarchDictionary(const std::string& path);

  // Every loaded entry, in file order.
  const std::vector<Entry>& entries() const { return entries_; }
  // Lines that could not be used, each naming file:line and the reason.
  const std::vector<Error>& rejected() const { return rejected_; }

  // Entries whose text matches `text`: exactly, or ignoring case when the
  // entry is written in lower case ("police" matches "Police").
  std::vector<const Entry*> Find(std::string_view text) const;

  // A person entry's code on `date` (ISO, any precision): the code when the
  // date falls within [from, to], else "". An empty date means today's
  // holders (entries with an empty `to`).
  static std::string CodeAsOf(const Entry& person, std::string_view date);
  // Whether a person entry's term covers `date` (the test CodeAsOf makes),
  // compared at the coarser precision of the two ("2025" is within a term
  // covering any part of 2025); an empty date means "still in office".
  static bool InTermOn(const Entry& person, std::string_view date);

  // The code of the person called `name` on `date`: of the term covering
  // the date among all of that name's entries; "" when no term does ("Aliyev"
  // in 2000 is Heydar, in 2025 Ilham: both resolve to AZEGOV).
  std::string PersonCodeAsOf(std::string_view name, std::string_view date) const;

 private:
  // The indexes of the entries whose lower-cased text is `text` lower-cased,
  // or nullptr. Hashes and compares while lower-casing: no copy of `text`.
  const std::vector<size_t>* Bucket(std::string_view text) const;
  // Whether entry `e` matches `text` as Find tells (REQUIRES: same bucket).
  static bool Matches(const Entry& e, std::string_view text);
  // The slot of key `lower` (lower-cased) with hash `hash` in key_slots_:
  // its bucket's, or the empty slot where it would go.
  size_t SlotOf(std::string_view lower, uint64_t hash) const;

  std::vector<Entry> entries_;
  std::vector<Error> rejected_;
  // Lower-cased text -> entries, in a flat open-addressing table (linear
  // probing, at most half full): a slot holds the key's hash and its
  // bucket + 1 (0: empty), so that a lookup reads one slot, one key and one
  // bucket instead of a node-based map's chain (the events stage looks up
  // every person mention and place word).
  struct KeySlot {
    uint32_t hash = 0;
    uint32_t bucket = 0;
  };
  std::vector<KeySlot> key_slots_;
  std::vector<std::string> bucket_keys_;       // by bucket: the lower-cased text
  std::vector<std::vector<size_t>> buckets_;   // by bucket: entry indexes, in order
};

// ---- Gazetteer: where a city is ----
//
// Places with their country and coordinates, from two Debian packages read
// at run time from the system (never downloaded, never copied into the
// repository):
//   tzdata     /usr/share/zoneinfo/zone.tab: one line per time zone with its
//              ISO 3166 alpha-2 country, ISO 6709 coordinates of its principal
//              city and its id, whose last part names the city
//              ("Asia/Yekaterinburg" -> Yekaterinburg, RU, 56.85 60.60;
//              "Asia/Ho_Chi_Minh" -> "Ho Chi Minh"); about 400 places.
//   iso-codes  /usr/share/iso-codes/json/iso_3166-1.json: alpha-2 -> alpha-3.
// plus the team's table data/actors/gazetteer.tsv (README.md there): other
// spellings news uses for tz cities ("Aktau" for tz's "Aqtau", "Kiev" for
// "Kyiv") and tz ids that are no usable place word ("Christmas", "Center").
// A tz id named after its country or island ("Asia/Qatar", "Europe/Jersey")
// is no city and is left out: a country has no coordinates here.
//
//   const Gazetteer& g = riposte::actors::DefaultGazetteer();  // loaded once
//   if (const Place* p = g.Find("Yekaterinburg")) p->country;  // "RUS"
//
// Names are matched exactly (case and diacritics as written in the table).
// A missing file leaves the gazetteer empty (or without its alternates) and
// says so in warnings(); nothing fails. DefaultGazetteer prints those
// warnings to stderr once per process.
// Thread-safety: a loaded Gazetteer is immutable and may be shared.
// Cost: loading reads ~60 KB and takes about a millisecond; Find is one
// hash lookup.

struct Place {
  std::string name;     // as looked up: "Yekaterinburg", "Aktau", "Ho Chi Minh"
  std::string country;  // ISO 3166-1 alpha-3: "RUS"
  double lat = 0, lon = 0;  // degrees, north and east positive (zone.tab)
  std::string tz;       // the zone it comes from: "Asia/Yekaterinburg"
  std::string where;    // "zone.tab:312", or "gazetteer.tsv:12" for an alternate
};

class Gazetteer {
 public:
  // The files a gazetteer is read from (tests point these at temp files).
  struct Paths {
    std::string zone_tab;    // tzdata's zone.tab
    std::string iso_3166;    // iso-codes' iso_3166-1.json
    std::string alternates;  // data/actors/gazetteer.tsv; may be empty
  };
  // The system's files and `data_dir`/actors/gazetteer.tsv.
  static Paths SystemPaths(const std::string& data_dir);
  // Loads from the system (SystemPaths(DataDir())).
  static Gazetteer Load();
  static Gazetteer Load(const Paths& paths);

  // The place called exactly `name`, or nullptr.
  const Place* Find(std::string_view name) const;
  // Every place, sorted by name.
  const std::vector<Place>& places() const { return places_; }
  size_t size() const { return places_.size(); }
  bool empty() const { return places_.empty(); }
  // Missing files (kNotFound, naming the file) and unusable lines.
  const std::vector<Error>& warnings() const { return warnings_; }

 private:
  // Indexes places_ by name (Load calls it once they are final).
  void BuildIndex();

  // Copyable and movable: plain values.
  std::vector<Place> places_;  // sorted by name, names unique
  std::vector<Error> warnings_;
  // Open addressing over places_ by a hash of the name, linear probing:
  // index + 1, 0 for an empty slot. The events stage asks Find of every
  // capitalised word near an event; a binary search cost ~9 string compares.
  std::vector<uint32_t> slots_;
};

// The process-wide gazetteer from the system's files, loaded on first use
// (thread-safe) and never freed; its warnings go to stderr once. The actors
// Recognizer and the events Coder use it, so neither constructor takes one.
const Gazetteer& DefaultGazetteer();

// Finds actor mentions in an analysed Document (text::Analyze has run) and
// resolves each to a code as of a date, the way an event-data coder would:
// longest match over the tokens; "Russian air defences" -> RUSMIL (adjective
// + agent); "Azerbaijan's Ministry of Foreign Affairs" -> AZEGOV
// (possessive); "Russian President Vladimir Putin" -> RUSGOV (title);
// appositives ("Maria Zakharova, the Foreign Ministry spokesperson");
// "Hungarian and Romanian officials" -> two mentions; "Sputnik Azerbaijan"
// -> RUSMED (owner, not place); capitals only when used as an actor, never
// after "in", "near", "at" ("in Yekaterinburg" is a place); "ethnic
// Azerbaijanis in Yekaterinburg" -> AZECVL (ethnic); an agent "in" a
// country, capital or gazetteer city is of that place's country ("police in
// Yekaterinburg" -> RUSCOP). Pronouns and definite
// descriptions ("he", "the ministry") link to an earlier mention when that
// is unambiguous (ActorMention::antecedent) and take its code.
// Immutable after construction; Recognize may run on many threads.
class Recognizer {
 public:
  // REQUIRES: `lexicon` outlives the Recognizer.
  // Uses DefaultGazetteer() for the cities of "agent in <city>".
  explicit Recognizer(const Lexicon& lexicon);
  // REQUIRES: `lexicon` and `gazetteer` outlive the Recognizer.
  Recognizer(const Lexicon& lexicon, const Gazetteer& gazetteer);
  ~Recognizer();
  Recognizer(const Recognizer&) = delete;             // owns the compiled matcher
  Recognizer& operator=(const Recognizer&) = delete;

  // Fills doc.actors (replacing any), and doc.unknown_names with the proper
  // names in actor positions that no lexicon knows (not actors: the list
  // `riposte actors --unresolved` shows). Office holders are resolved as of
  // `date` (ISO, any precision), or of the document's date when empty.
  void Recognize(Document& doc, std::string_view date = {}) const;

 private:
  struct Impl;
  const Lexicon& lexicon_;
  const Gazetteer& gazetteer_;
  Impl* impl_ = nullptr;
};

}  // namespace riposte::actors
