// The time stage's word tables (our own lists) and their lookup.
//
// Each table below lists words of one class; Build() merges them into one
// open-addressing hash of WordInfo keyed on the lower-cased word (FNV-1a,
// linear probing, power-of-two size). LookUp lower-cases into a stack buffer,
// so a lookup never allocates. Tested through recognize*_test.cc.
#include "time/internal/words.h"

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace riposte::temporal::internal {
namespace {

struct MonthRow { const char* word; int8_t month; bool abbrev; };
constexpr MonthRow kMonths[] = {
    {"january", 1, false},  {"jan", 1, true},  {"jan.", 1, true},
    {"february", 2, false}, {"feb", 2, true},  {"feb.", 2, true},
    {"march", 3, false},    {"mar", 3, true},  {"mar.", 3, true},
    {"april", 4, false},    {"apr", 4, true},  {"apr.", 4, true},
    {"may", 5, false},
    {"june", 6, false},     {"jun", 6, true},  {"jun.", 6, true},
    {"july", 7, false},     {"jul", 7, true},  {"jul.", 7, true},
    {"august", 8, false},   {"aug", 8, true},  {"aug.", 8, true},
    {"september", 9, false},{"sep", 9, true},  {"sep.", 9, true}, {"sept", 9, true}, {"sept.", 9, true},
    {"october", 10, false}, {"oct", 10, true}, {"oct.", 10, true},
    {"november", 11, false},{"nov", 11, true}, {"nov.", 11, true},
    {"december", 12, false},{"dec", 12, true}, {"dec.", 12, true},
};

struct ValueRow { const char* word; int8_t value; };
constexpr ValueRow kWeekdays[] = {
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6},
};

constexpr ValueRow kNumbers[] = {
    {"a", 1},  {"an", 1},  {"one", 1},  {"two", 2},  {"three", 3},  {"four", 4},
    {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
// Tens that combine with a hyphen: "twenty-five".
constexpr ValueRow kTens[] = {{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                              {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
constexpr ValueRow kUnits[] = {{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
                               {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}};

constexpr ValueRow kOrdinals[] = {
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
    {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11},
    {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
    {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
    {"twentieth", 20}, {"twenty-first", 21}, {"twenty-second", 22}, {"thirtieth", 30},
};

struct UnitRow { const char* word; Unit unit; };
constexpr UnitRow kUnitWords[] = {
    {"minute", Unit::kMinute}, {"minutes", Unit::kMinute}, {"hour", Unit::kHour},
    {"hours", Unit::kHour},    {"day", Unit::kDay},        {"days", Unit::kDay},
    {"week", Unit::kWeek},     {"weeks", Unit::kWeek},     {"fortnight", Unit::kFortnight},
    {"month", Unit::kMonth},   {"months", Unit::kMonth},   {"quarter", Unit::kQuarter},
    {"quarters", Unit::kQuarter}, {"year", Unit::kYear},   {"years", Unit::kYear},
    {"decade", Unit::kDecade}, {"decades", Unit::kDecade}, {"century", Unit::kCentury},
    {"centuries", Unit::kCentury},
};

constexpr ValueRow kSeasons[] = {
    {"spring", 0}, {"summer", 1}, {"autumn", 2}, {"fall", 2}, {"winter", 3},
};

constexpr ValueRow kRelativeDays[] = {
    {"yesterday", -1}, {"today", 0}, {"tonight", 0}, {"tomorrow", 1},
};

constexpr ValueRow kShifts[] = {
    {"last", -1}, {"previous", -1}, {"past", -1}, {"this", 0}, {"current", 0},
    {"next", 1}, {"coming", 1}, {"following", 1},
};

struct PartRow { const char* word; Part part; };
constexpr PartRow kParts[] = {
    {"early", Part::kEarly}, {"beginning", Part::kEarly}, {"start", Part::kEarly},
    {"mid", Part::kMid},     {"middle", Part::kMid},      {"late", Part::kLate},
    {"end", Part::kLate},
};

struct PrefixRow { const char* word; PrefixMod mod; };
constexpr PrefixRow kPrefixes[] = {
    {"since", PrefixMod::kSince},    {"until", PrefixMod::kUntil},   {"till", PrefixMod::kUntil},
    {"through", PrefixMod::kUntil},  {"by", PrefixMod::kUntil},      {"before", PrefixMod::kBefore},
    {"after", PrefixMod::kAfter},    {"around", PrefixMod::kApprox}, {"about", PrefixMod::kApprox},
    {"circa", PrefixMod::kApprox},   {"approximately", PrefixMod::kApprox},
    {"from", PrefixMod::kFrom},      {"between", PrefixMod::kBetween},
};

struct PostRow { const char* word; Post post; };
constexpr PostRow kPosts[] = {
    {"ago", Post::kAgo},         {"later", Post::kLater},  {"earlier", Post::kEarlier},
    {"before", Post::kBefore},   {"after", Post::kAfter},
};

// Other words that may open an expression: "the following day", "that day",
// "earlier this year", "Q3", "H1".
constexpr const char* kOtherTriggers[] = {"the", "that", "same", "earlier", "later", "q1",
                                          "q2", "q3", "q4", "h1", "h2", "several", "few"};

constexpr const char* kMeasureWords[] = {
    "people", "persons", "troops", "soldiers", "men", "women", "children", "refugees",
    "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "tonnes",
    "tons", "kg", "dollars", "euros", "manat", "roubles", "rubles", "votes", "homes",
    "houses", "cases", "deaths", "dead", "passengers", "residents", "civilians",
    "prisoners", "jobs", "units", "points", "barrels", "mw", "hectares", "percent",
    "per", "%", "vehicles", "tanks", "rockets", "missiles", "drones", "shells", "pages",
    "words", "copies", "signatures", "ballots", "seats", "members", "flights", "delegates",
    "workers", "employees", "students", "degrees", "rounds", "lives", "victims", "kilograms",
};

constexpr const char* kLabelWords[] = {
    "flight", "article", "no.", "no", "nos.", "number", "resolution", "room", "route",
    "highway", "section", "chapter", "paragraph", "page", "pages", "p.", "pp.", "model",
    "bus", "train", "unit", "case", "decree", "order", "su", "mig", "tu", "il", "an",
    "boeing", "airbus", "embraer", "t", "line", "platform", "gate", "seat", "row",
    "apartment", "building", "block", "street", "avenue", "box", "code", "kilometre",
    "km", "mile", "post", "vol.", "volume", "issue", "item", "annex", "protocol",
    "convention", "rule", "clause", "law", "act", "bill", "#", "$", "€", "£", "us$",
};

struct Entry {
  char key[24];
  uint8_t len = 0;
  WordInfo info;
};

constexpr uint32_t kFnvBasis = 2166136261u, kFnvPrime = 16777619u;

uint32_t Hash(const char* s, size_t n) {
  uint32_t h = kFnvBasis;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<uint8_t>(s[i])) * kFnvPrime;
  return h;
}

constexpr char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// 0..25 the letters of either case, 26 digits, 27 '.', 28 other bytes.
constexpr int CharClass(char c) {
  const char l = Lower(c);
  if (l >= 'a' && l <= 'z') return l - 'a';
  if (c >= '0' && c <= '9') return 26;
  return c == '.' ? 27 : 28;
}
// CharClass of every byte, for Table::Find's prefilter.
struct Classes {
  uint8_t of[256];
  constexpr Classes() : of() {
    for (int b = 0; b < 256; ++b) of[b] = static_cast<uint8_t>(CharClass(static_cast<char>(b)));
  }
};
constexpr Classes kClasses{};

class Table {
 public:
  static constexpr size_t kSize = 1024;  // power of two, well above the word count
  Table() {
    for (const MonthRow& r : kMonths) {
      WordInfo& w = Slot(r.word);
      w.month = r.month;
      w.month_abbrev = r.abbrev;
      w.trigger = true;
    }
    for (const ValueRow& r : kWeekdays) Mark(r.word).weekday = r.value;
    for (const ValueRow& r : kNumbers) Mark(r.word).number = r.value;
    for (const ValueRow& t : kTens) {
      for (const ValueRow& u : kUnits) {
        std::string w = std::string(t.word) + "-" + u.word;
        Mark(w.c_str()).number = static_cast<int8_t>(t.value + u.value);
      }
    }
    for (const ValueRow& r : kOrdinals) Mark(r.word).ordinal = r.value;
    for (const UnitRow& r : kUnitWords) Slot(r.word).unit = r.unit;
    for (const ValueRow& r : kSeasons) Mark(r.word).season = r.value;
    for (const ValueRow& r : kRelativeDays) Mark(r.word).rel_day = r.value;
    for (const ValueRow& r : kShifts) Mark(r.word).shift = r.value;
    for (const PartRow& r : kParts) Mark(r.word).part = r.part;
    for (const PrefixRow& r : kPrefixes) Mark(r.word).prefix = r.mod;
    for (const PostRow& r : kPosts) Slot(r.word).post = r.post;
    for (const char* w : kOtherTriggers) Mark(w);
  }

  const WordInfo* Find(std::string_view word) const {
    if (word.empty() || word.size() >= sizeof(Entry::key)) return nullptr;
    // Prefilter: (length, first letter, last character) seen in the tables?
    if ((shape_[word.size()][kClasses.of[static_cast<uint8_t>(word[0])]] &
         (1u << kClasses.of[static_cast<uint8_t>(word.back())])) == 0) {
      return nullptr;
    }
    // Lower-cased and zero-padded like the keys, so that a fixed-size
    // compare (inlined: no memcmp call) tells equal words.
    char buf[sizeof(Entry::key)] = {};
    uint32_t h = kFnvBasis;
    for (size_t i = 0; i < word.size(); ++i) {
      buf[i] = Lower(word[i]);
      h = (h ^ static_cast<uint8_t>(buf[i])) * kFnvPrime;
    }
    for (size_t slot = h & (kSize - 1);; slot = (slot + 1) & (kSize - 1)) {
      const Entry& e = entries_[slot];
      if (e.len == 0) return nullptr;
      if (e.len == word.size() && std::memcmp(e.key, buf, sizeof buf) == 0) return &e.info;
    }
  }

 private:
  WordInfo& Mark(const char* word) {
    WordInfo& w = Slot(word);
    w.trigger = true;
    return w;
  }
  WordInfo& Slot(const char* word) {
    const size_t n = std::strlen(word);
    for (size_t slot = Hash(word, n) & (kSize - 1);; slot = (slot + 1) & (kSize - 1)) {
      Entry& e = entries_[slot];
      if (e.len == 0) {
        std::memcpy(e.key, word, n);
        e.len = static_cast<uint8_t>(n);
        shape_[n][CharClass(word[0])] |= 1u << CharClass(word[n - 1]);
        return e.info;
      }
      if (e.len == n && std::memcmp(e.key, word, n) == 0) return e.info;
    }
  }
  std::array<Entry, kSize> entries_{};
  uint32_t shape_[sizeof(Entry::key)][29] = {};  // bit CharClass(last) per (length, CharClass(first))
};

const Table& TheTable() {
  static const Table* table = new Table();  // never destroyed: used until exit
  return *table;
}

bool InList(std::string_view word, const char* const* list, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (EqualsLower(word, list[i])) return true;
  }
  return false;
}

}  // namespace

const WordInfo* LookUp(std::string_view word) { return TheTable().Find(word); }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

int ParseDigits(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

const char* SeasonCode(int season) {
  static constexpr const char* kCodes[] = {"SP", "SU", "FA", "WI"};
  return (season >= 0 && season < 4) ? kCodes[season] : "";
}

bool IsMeasureWord(std::string_view word) {
  return InList(word, kMeasureWords, std::size(kMeasureWords));
}

bool IsLabelWord(std::string_view word) {
  return InList(word, kLabelWords, std::size(kLabelWords));
}

}  // namespace riposte::temporal::internal
