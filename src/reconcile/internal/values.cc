// Values of claims and their compatibility (see values.h).
//
// Figures are intervals of plausible true values, from the qualifier:
//   exact v            [v, v]
//   about/around v     [0.9v, 1.1v]       reporters round by about a tenth
//   almost/nearly/close to/up to/at most/fewer than v
//                      [0.85v, v]         an upper-side estimate ("almost 50")
//   at least/more than/over v
//                      [v, 1.3v]          a floor, not an open-ended one: "at
//                                         least 38" fits 38 and 45, not 67
//   several [3, 9], a few [2, 5], dozens [24, 99], hundreds [200, 999],
//   thousands [2000, 9999]                vague counts, from the word
// Two figures agree iff their intervals overlap. Dates are day ranges at
// their granularity (a month is its days); two dates agree iff the ranges
// overlap, i.e. at the coarser precision. Places and actors agree when they
// share a country code. Causes agree when one names the other's head noun
// or both fall in one coarse class of a small table of our own (external
// attack, technical, nature, explosion on board, violence, medical).
// The figure reader recognises digits with thousands separators, number
// words up to ninety-nine (hyphenated compounds too), scale words (hundred,
// thousand, million, billion), and the vague counts above.
// Tested by disputes_test.cc, claims_cause_test.cc and claims_test.cc.
#include "reconcile/internal/values.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "actors/actors.h"

namespace riposte::reconcile::internal {
namespace {

constexpr double kAboutSpread = 0.10;       // "about 2 million": 1.8 to 2.2 million
constexpr double kUpperSideFloor = 0.85;    // "almost 50": 42.5 to 50
constexpr double kLowerBoundCeiling = 1.3;  // "at least 38": 38 to 49.4
constexpr double kEpsilon = 1e-9;
// A date reckoned from a relative expression ("on Friday", "last month")
// may be off by a few days around the report date.
constexpr int kRelativeDateToleranceDays = 3;
// An "at_most" date is a bound, a publication date (publication_bound.h):
// the outlet's day may be a day off the act's time zone.
constexpr int kPublicationSlackDays = 1;
constexpr double kYearMin = 1900, kYearMax = 2100;  // bare 4-digit years are no figures

struct Vague {
  std::string_view word;
  double lo, hi;
};
constexpr std::array<Vague, 5> kVague = {{{"several", 3, 9},
                                          {"few", 2, 5},
                                          {"dozens", 24, 99},
                                          {"hundreds", 200, 999},
                                          {"thousands", 2000, 9999}}};

// Qualifier words before a figure, longest first, with the contract's name.
struct QualifierWords {
  std::array<std::string_view, 3> words;  // "" pads
  std::string_view qualifier;
};
constexpr std::array<QualifierWords, 24> kQualifiers = {{
    {{"no", "more", "than"}, "at_most"},  {{"no", "fewer", "than"}, "at_least"},
    {{"no", "less", "than"}, "at_least"}, {{"close", "to", ""}, "about"},
    {{"up", "to", ""}, "at_most"},        {{"at", "most", ""}, "at_most"},
    {{"at", "least", ""}, "at_least"},    {{"more", "than", ""}, "more_than"},
    {{"fewer", "than", ""}, "fewer_than"}, {{"less", "than", ""}, "fewer_than"},
    {{"an", "estimated", ""}, "about"},   {{"about", "", ""}, "about"},
    {{"around", "", ""}, "about"},        {{"some", "", ""}, "about"},
    {{"approximately", "", ""}, "about"}, {{"roughly", "", ""}, "about"},
    {{"estimated", "", ""}, "about"},     {{"almost", "", ""}, "about"},
    {{"nearly", "", ""}, "about"},        {{"over", "", ""}, "more_than"},
    {{"above", "", ""}, "more_than"},     {{"under", "", ""}, "fewer_than"},
    {{"below", "", ""}, "fewer_than"},    {{"just", "under", ""}, "fewer_than"},
}};

// The leading words of a figure as written that make it an upper-side
// estimate although the contract calls it "about".
constexpr std::array<std::string_view, 4> kUpperSideWords = {"almost ", "nearly ", "close to ",
                                                             "just under "};

// Causes by coarse class, in lemma form (singular nouns, lower case). Both
// spellings where British and American differ.
struct CauseEntry {
  std::string_view words, cause_class;
};
constexpr std::string_view kExternal = "external attack", kTechnical = "technical", kNature = "nature",
                           kOnBoard = "explosion on board", kViolence = "violence", kMedical = "medical";
constexpr std::array<CauseEntry, 47> kCauseTable = {{
    {"missile", kExternal},          {"air defence", kExternal},      {"air defense", kExternal},
    {"anti-aircraft", kExternal},    {"surface-to-air", kExternal},   {"shelling", kExternal},
    {"drone", kExternal},            {"rocket", kExternal},           {"shell", kExternal},
    {"car bomb", kExternal},           {"shrapnel", kExternal},
    {"foreign object", kExternal},   {"ground fire", kExternal},      {"air strike", kExternal},
    {"airstrike", kExternal},        {"artillery", kExternal},        {"gunfire", kExternal},
    {"malfunction", kTechnical},     {"technical malfunction", kTechnical},
    {"technical failure", kTechnical}, {"technical fault", kTechnical},
    {"technical problem", kTechnical}, {"engine failure", kTechnical}, {"mechanical failure", kTechnical},
    {"pilot error", kTechnical},
    {"bird strike", kNature},        {"bird", kNature},               {"weather", kNature},
    {"fog", kNature},                {"storm", kNature},              {"icing", kNature},
    {"lightning", kNature},
    {"gas cylinder", kOnBoard},      {"oxygen cylinder", kOnBoard},   {"bomb on board", kOnBoard},
    {"beating", kViolence},          {"torture", kViolence},          {"killing", kViolence},
    {"injury", kViolence},           {"blow", kViolence},             {"violence", kViolence},
    {"heart failure", kMedical},     {"heart attack", kMedical},      {"cardiac arrest", kMedical},
    {"natural cause", kMedical},     {"illness", kMedical},           {"disease", kMedical},
}};

// Returns true iff `part` occurs in `words` at word boundaries.
bool HasWords(std::string_view words, std::string_view part) {
  for (size_t at = words.find(part); at != std::string_view::npos; at = words.find(part, at + 1)) {
    const bool starts = at == 0 || words[at - 1] == ' ';
    const bool ends = at + part.size() == words.size() || words[at + part.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {  // H. Hinnant's algorithm
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe);
}

std::optional<double> WordNumber(std::string_view w) { return NumberWordValue(w); }

// Digits with optional thousands separators and decimals: "600,000", "3.5".
std::optional<double> DigitNumber(std::string_view w) {
  std::string digits;
  for (char c : w) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
    digits += c;
  }
  if (digits.empty() || digits[0] == '.') return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

}  // namespace

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool TokenIs(const Document& doc, uint32_t t, std::string_view word) {
  return t < doc.tokens.size() && Lower(doc.Slice(doc.tokens[t].span)) == word;
}

std::optional<Interval> FigureInterval(std::string_view normalized, std::string_view qualifier,
                                       std::string_view words) {
  const std::string lower = Lower(words);
  if (normalized.empty()) {
    for (const Vague& v : kVague)
      if (lower.find(v.word) != std::string::npos) return Interval{v.lo, v.hi};
    return std::nullopt;
  }
  const double v = std::strtod(std::string(normalized).c_str(), nullptr);
  for (std::string_view w : kUpperSideWords)
    if (StartsWith(lower, w)) return Interval{kUpperSideFloor * v, v};
  if (qualifier == "about") return Interval{(1 - kAboutSpread) * v, (1 + kAboutSpread) * v};
  if (qualifier == "at_most" || qualifier == "fewer_than") return Interval{kUpperSideFloor * v, v};
  if (qualifier == "at_least" || qualifier == "more_than") return Interval{v, kLowerBoundCeiling * v};
  return Interval{v, v};
}

bool FiguresCompatible(const DisputeValue& a, const DisputeValue& b) {
  std::optional<Interval> x = FigureInterval(a.normalized, a.qualifier, a.value);
  std::optional<Interval> y = FigureInterval(b.normalized, b.qualifier, b.value);
  if (!x || !y) return true;  // no figure: nothing to contradict
  return x->lo <= y->hi + kEpsilon && y->lo <= x->hi + kEpsilon;
}

std::optional<DayRange> DateRange(std::string_view iso, int tolerance_days) {
  if (iso.size() < 4 || !AllDigits(iso.substr(0, 4))) return std::nullopt;
  if (iso.find('/') != std::string_view::npos) return std::nullopt;  // a range "2001/2011": no one day span
  const int64_t year = std::atoi(std::string(iso.substr(0, 4)).c_str());
  if (iso.size() >= 7 && iso[4] == '-' && AllDigits(iso.substr(5, 2))) {
    const unsigned month = static_cast<unsigned>(std::atoi(std::string(iso.substr(5, 2)).c_str()));
    if (month < 1 || month > 12) return std::nullopt;
    if (iso.size() >= 10 && iso[7] == '-' && AllDigits(iso.substr(8, 2))) {
      const unsigned day = static_cast<unsigned>(std::atoi(std::string(iso.substr(8, 2)).c_str()));
      const int64_t d = DaysFromCivil(year, month, day);
      return DayRange{d - tolerance_days, d + tolerance_days};
    }
    const int64_t first = DaysFromCivil(year, month, 1);
    const int64_t next = month == 12 ? DaysFromCivil(year + 1, 1, 1) : DaysFromCivil(year, month + 1, 1);
    return DayRange{first, next - 1};
  }
  return DayRange{DaysFromCivil(year, 1, 1), DaysFromCivil(year + 1, 1, 1) - 1};
}

std::optional<DayRange> DateValueRange(const DisputeValue& v) {
  std::optional<DayRange> r = DateRange(v.normalized, v.qualifier == "about" ? kRelativeDateToleranceDays : 0);
  if (r && v.qualifier == "at_most") {
    r->start = INT64_MIN / 4;       // any day before
    r->end += kPublicationSlackDays;  // a report dated in its outlet's time zone
  }
  return r;
}

bool DatesCompatible(const DisputeValue& a, const DisputeValue& b) {
  std::optional<DayRange> x = DateValueRange(a);
  std::optional<DayRange> y = DateValueRange(b);
  if (!x || !y) return true;
  return x->start <= y->end && y->start <= x->end;
}

bool NamesCompatible(const DisputeValue& a, const DisputeValue& b) {
  constexpr size_t kCountryLetters = 3;
  if (a.normalized == b.normalized) return true;
  if (a.normalized.size() < kCountryLetters || b.normalized.size() < kCountryLetters) return true;
  return a.normalized.compare(0, kCountryLetters, b.normalized, 0, kCountryLetters) == 0;
}

bool ValuesCompatible(const DisputeValue& a, const DisputeValue& b) {
  switch (a.kind) {
    case DisputeValue::Kind::kNumber: return FiguresCompatible(a, b);
    case DisputeValue::Kind::kDate: return DatesCompatible(a, b);
    case DisputeValue::Kind::kName: return NamesCompatible(a, b);
    case DisputeValue::Kind::kBool: return a.normalized == b.normalized;
  }
  return true;
}

namespace {

const CauseEntry* LongestCauseEntry(std::string_view normalized) {
  const CauseEntry* best = nullptr;
  for (const CauseEntry& e : kCauseTable) {
    if (HasWords(normalized, e.words) && (!best || e.words.size() > best->words.size())) best = &e;
  }
  return best;
}

}  // namespace

std::string_view CauseClass(std::string_view normalized) {
  const CauseEntry* e = LongestCauseEntry(normalized);
  return e ? e->cause_class : std::string_view();
}

std::string_view CauseKey(std::string_view normalized) {
  const CauseEntry* e = LongestCauseEntry(normalized);
  return e ? e->words : std::string_view();
}

bool CausesCompatible(const DisputeValue& a, const DisputeValue& b) {
  if (a.normalized.empty() || b.normalized.empty() || a.normalized == b.normalized) return true;
  // Known classes decide, even over a shared head word: "bird strike" and
  // "missile strike" are two versions.
  const std::string_view x = CauseClass(a.normalized), y = CauseClass(b.normalized);
  if (!x.empty() && !y.empty()) return x == y;
  // One unknown: naming the other's head ("explosion", "gas cylinder
  // explosion") it is the same cause; else nothing is known to contradict.
  return true;
}

std::string FormatNumber(double v) {
  char buf[40];
  if (std::fabs(v - std::round(v)) < kEpsilon && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

std::optional<ReadFigure> ReadFigureAt(const Document& doc, uint32_t t, uint32_t floor) {
  if (t >= doc.tokens.size()) return std::nullopt;
  const std::string w = Lower(doc.Slice(doc.tokens[t].span));
  ReadFigure f;
  f.begin = f.number = t;
  f.end = t + 1;
  bool vague = false;
  if (std::optional<double> d = DigitNumber(w)) {
    const bool year_like = w.size() == 4 && AllDigits(w) && *d >= kYearMin && *d <= kYearMax;
    if (year_like) return std::nullopt;
    f.value = d;
  } else if (std::optional<double> n = WordNumber(w); n && w != "dozen") {
    f.value = n;
  } else {
    for (const Vague& v : kVague)
      if (w == v.word) vague = true;
    if (!vague) return std::nullopt;
    if (w == "few") {  // only "a few"
      if (t == 0 || t - 1 < floor || !TokenIs(doc, t - 1, "a")) return std::nullopt;
      f.begin = f.number = t - 1;
    }
    f.qualifier = "about";
  }
  if (f.value) {
    if (f.end < doc.tokens.size()) {
      if (std::optional<double> scale = ScaleWordValue(Lower(doc.Slice(doc.tokens[f.end].span)))) {
        *f.value *= *scale;
        ++f.end;
      }
    }
    // Qualifier words just before the number.
    for (const QualifierWords& q : kQualifiers) {
      uint32_t n = 0;
      while (n < q.words.size() && !q.words[n].empty()) ++n;
      if (f.number < floor + n) continue;
      bool match = true;
      for (uint32_t k = 0; k < n && match; ++k) match = TokenIs(doc, f.number - n + k, q.words[k]);
      if (!match) continue;
      f.begin = f.number - n;
      f.qualifier = std::string(q.qualifier);
      break;
    }
  }
  return f;
}

bool SameSectorOrUnsaid(std::string_view a, std::string_view b) {
  const std::string x = actors::CodeSector(a), y = actors::CodeSector(b);
  return x.empty() || y.empty() || x == y;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace riposte::reconcile::internal
