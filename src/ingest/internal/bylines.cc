// Datelines, bylines and outlet lines: the line matchers of sniff.h.
//
// Words are read by code point with ICU's character properties, so an
// all-caps "МОСКВА" is a dateline place like "MOSCOW", and "Əliyev" is a
// capitalised name. A word is letters plus the joiners - ' ’ and a period
// that sits inside it ("News.Az", "U.S.") or closes an initial ("J.") or
// "St."; a period after a longer word is punctuation ("Baku. 1 July.").
//
// Each matcher reads forward from the line's start with a byte position and
// never backtracks more than one word, so a line costs linear time.
//
// Tested by sniff_test.cc.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "ingest/internal/sniff.h"

namespace riposte::ingest::internal {
namespace {

// Decodes the UTF-8 code point at s[i]; invalid bytes read as U+FFFD, 1 byte.
char32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

bool IsLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)) != 0; }
bool IsUpperLetter(char32_t cp) {
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

enum class WordCase { kNone, kCaps, kTitle, kLower };

struct Word {
  size_t begin = 0;
  size_t end = 0;     // == begin when there is no word
  WordCase word_case = WordCase::kNone;
  int letters = 0;
  bool has_dot = false;
  std::string_view text;
};

// Reads the word starting at s[pos] (see the file comment for what a word is).
Word ReadWord(std::string_view s, size_t pos) {
  Word w;
  w.begin = pos;
  size_t i = pos;
  size_t segment_letters = 0;  // letters since the word start or the last period
  bool any_lower = false;
  bool first_upper = false;
  while (i < s.size()) {
    size_t len = 0;
    char32_t cp = DecodeAt(s, i, &len);
    if (IsLetter(cp)) {
      if (w.letters == 0) first_upper = IsUpperLetter(cp);
      if (u_islower(static_cast<UChar32>(cp))) any_lower = true;
      ++w.letters;
      ++segment_letters;
      i += len;
      continue;
    }
    size_t next_len = 0;
    bool letter_next = i + len < s.size() && IsLetter(DecodeAt(s, i + len, &next_len));
    if (cp == '.' && w.letters > 0) {
      std::string_view segment = s.substr(i - segment_letters, segment_letters);
      bool closes_abbrev = segment_letters == 1 || segment == "St" || segment == "ST" ||
                           segment == "Mt" || segment == "Jr" || segment == "Sr";
      if (!letter_next && !closes_abbrev) break;
      w.has_dot = true;
      segment_letters = 0;
      i += len;
      continue;
    }
    if ((cp == '-' || cp == '\'' || cp == 0x2019) && w.letters > 0 && letter_next) {
      i += len;
      continue;
    }
    break;
  }
  w.end = i;
  w.text = s.substr(pos, i - pos);
  if (w.letters == 0) {
    w.end = pos;
    w.text = {};
  } else if (!first_upper) {
    w.word_case = WordCase::kLower;
  } else if (any_lower) {
    w.word_case = WordCase::kTitle;
  } else {
    w.word_case = WordCase::kCaps;
  }
  return w;
}

// Length of a dash (- -- – —) at s[pos], 0 if none.
size_t DashAt(std::string_view s, size_t pos) {
  std::string_view rest = s.substr(pos);
  if (rest.starts_with("--")) return 2;
  if (rest.starts_with("-")) return 1;
  if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) return 3;
  return 0;
}

// Length of a bullet (• · ●) at s[pos], 0 if none.
size_t BulletAt(std::string_view s, size_t pos) {
  std::string_view rest = s.substr(pos);
  if (rest.starts_with("\xE2\x80\xA2") || rest.starts_with("\xE2\x97\x8F")) return 3;
  if (rest.starts_with("\xC2\xB7")) return 2;
  return 0;
}

struct Agency {
  std::string_view name;
  std::string_view outlet;
};
// Markers as agencies print them. Names holding a period compare
// case-insensitively ("REPORT.AZ"); the others exactly ("AP", not "ap").
constexpr Agency kAgencies[] = {
    {"Reuters", "Reuters"}, {"REUTERS", "Reuters"}, {"AP", "AP"},
    {"Associated Press", "AP"}, {"The Associated Press", "AP"}, {"AFP", "AFP"},
    {"Agence France-Presse", "AFP"}, {"AA", "Anadolu Agency"},
    {"Anadolu Agency", "Anadolu Agency"}, {"Anadolu", "Anadolu Agency"},
    {"TASS", "TASS"}, {"ТАСС", "TASS"}, {"Xinhua", "Xinhua"}, {"XINHUA", "Xinhua"},
    {"Interfax", "Interfax"}, {"INTERFAX", "Interfax"}, {"Интерфакс", "Interfax"},
    {"RIA Novosti", "RIA Novosti"}, {"РИА Новости", "RIA Novosti"},
    {"APA", "APA"}, {"Trend", "Trend"}, {"TREND", "Trend"}, {"Report.az", "Report.az"},
    {"AZERTAC", "AZERTAC"}, {"AzerTac", "AZERTAC"}, {"Azertac", "AZERTAC"},
    {"IRNA", "IRNA"}, {"Sputnik", "Sputnik"}, {"Bloomberg", "Bloomberg"},
    {"dpa", "dpa"}, {"UPI", "UPI"}, {"EFE", "EFE"}, {"ANSA", "ANSA"},
    {"Kyodo", "Kyodo"}, {"Yonhap", "Yonhap"}, {"Turan", "Turan"},
    {"News.az", "News.Az"}, {"Armenpress", "Armenpress"}, {"Kazinform", "Kazinform"},
};

// Words that never belong to a person's name in a byline.
constexpr std::string_view kNotNameWords[] = {
    "Staff", "Reporter", "Reporters", "Correspondent", "Editor", "Editors", "Editorial",
    "News", "Agency", "Press", "Desk", "Team", "Bureau", "Our", "Special", "Admin",
    "Guest", "Report", "Comments", "Source", "Photo", "Video", "Read", "More", "Share",
    "Home", "Page", "Contributor", "Analysis", "Opinion", "The", "In", "On", "At", "For",
    "And", "Of", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Today", "Yesterday", "Updated", "Published", "Expert",
};
constexpr std::string_view kParticles[] = {
    "de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "di", "du", "del",
    "la", "le", "dos", "das", "ter", "ben"};

bool IsNameWord(const Word& w, bool allow_caps) {
  if (w.word_case != WordCase::kTitle && !(allow_caps && w.word_case == WordCase::kCaps)) {
    return false;
  }
  if (w.letters == 1 && !w.has_dot) return false;  // "A", but "J." is an initial
  for (std::string_view stop : kNotNameWords) {
    if (EqualsIgnoreAsciiCase(w.text, stop)) return false;
  }
  return MonthFromName(w.text, DateMode::kMetadata) == 0;
}

bool IsParticle(const Word& w) {
  for (std::string_view p : kParticles) {
    if (w.text == p) return true;
  }
  return false;
}

// Reads "Jane Doe", "Jean-Luc de la Tour", "J. R. Smith" at s[pos]: name
// words separated by single spaces, particles only between them. Returns the
// number of name words (0 when none) and sets *end.
int ReadName(std::string_view s, size_t pos, bool allow_caps, size_t* end) {
  int words = 0;
  size_t last_end = pos;
  size_t i = pos;
  for (;;) {
    Word w = ReadWord(s, i);
    if (w.end == w.begin) break;
    if (IsNameWord(w, allow_caps)) {
      ++words;
      last_end = w.end;
    } else if (!(words > 0 && IsParticle(w))) {
      break;
    }
    if (w.end >= s.size() || s[w.end] != ' ') break;
    i = w.end + 1;
  }
  *end = last_end;
  return words;
}

// The agency named at s[pos] if it is followed by a non-letter; sets *end.
std::string AgencyAt(std::string_view s, size_t pos, size_t* end) {
  const std::string_view rest = s.substr(pos);
  if (rest.empty()) return "";
  // Names whose first byte differs even in ASCII case cannot match either
  // way: one byte test rules out nearly every agency.
  const auto fold = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  const char first = fold(rest[0]);
  for (const Agency& a : kAgencies) {
    if (rest.size() < a.name.size() || fold(a.name[0]) != first) continue;
    std::string_view head = rest.substr(0, a.name.size());
    bool dotted = a.name.find('.') != std::string_view::npos;
    if (dotted ? !EqualsIgnoreAsciiCase(head, a.name) : head != a.name) continue;
    size_t after = pos + a.name.size();
    size_t len = 0;
    if (after < s.size() && IsLetter(DecodeAt(s, after, &len))) continue;
    *end = after;
    return std::string(a.outlet);
  }
  return "";
}

// "(Reuters)", "/TASS/", "REPORT.AZ/" at s[pos]; sets *end past it.
std::string MarkerAt(std::string_view s, size_t pos, size_t* end) {
  if (pos >= s.size()) return "";
  size_t name_end = 0;
  if (s[pos] == '(' || s[pos] == '/') {
    char close = s[pos] == '(' ? ')' : '/';
    std::string outlet = AgencyAt(s, pos + 1, &name_end);
    if (outlet.empty() || name_end >= s.size() || s[name_end] != close) return "";
    *end = name_end + 1;
    return outlet;
  }
  std::string outlet = AgencyAt(s, pos, &name_end);
  if (outlet.empty() || name_end >= s.size() || s[name_end] != '/') return "";
  *end = name_end + 1;
  return outlet;
}

// True iff a lower-case letter appears within the first bytes after `pos`:
// the dateline is followed by running text, not by more headline capitals.
bool RunningTextFollows(std::string_view s, size_t pos) {
  constexpr size_t kLookahead = 60;
  size_t limit = std::min(s.size(), pos + kLookahead);
  for (size_t i = pos; i < limit;) {
    size_t len = 0;
    char32_t cp = DecodeAt(s, i, &len);
    if (u_islower(static_cast<UChar32>(cp))) return true;
    i += len;
  }
  return false;
}

// Sentence openers that look like a title-case place.
constexpr std::string_view kNotPlaceWords[] = {
    "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "As", "If", "It",
    "This", "That", "He", "She", "They", "We", "I", "After", "Before", "While", "When",
    "Despite", "However", "Meanwhile", "Earlier", "Later", "Today", "Yesterday", "THE"};

// Reads a place: up to three words of the same case, single-spaced.
size_t ReadPlace(std::string_view s, size_t pos, WordCase* place_case) {
  Word first = ReadWord(s, pos);
  if (first.word_case != WordCase::kCaps && first.word_case != WordCase::kTitle) return pos;
  if (first.word_case == WordCase::kCaps && first.letters < 2) return pos;
  for (std::string_view stop : kNotPlaceWords) {
    if (first.text == stop) return pos;
  }
  *place_case = first.word_case;
  size_t end = first.end;
  for (int words = 1; words < 3 && end < s.size() && s[end] == ' '; ++words) {
    Word w = ReadWord(s, end + 1);
    if (w.word_case != first.word_case || MonthFromName(w.text, DateMode::kSniffing) != 0) break;
    end = w.end;
  }
  return end;
}

}  // namespace

std::string OutletForAgency(std::string_view name) {
  size_t end = 0;
  std::string outlet = AgencyAt(name, 0, &end);
  return end == name.size() ? outlet : "";
}

std::optional<DatelineMatch> MatchDateline(std::string_view line) {
  DatelineMatch m;
  size_t pos = SkipSpaces(line, 0);
  WordCase place_case = WordCase::kNone;
  size_t place_end = ReadPlace(line, pos, &place_case);
  if (place_end == pos) return std::nullopt;
  m.begin = pos;
  m.place = std::string(line.substr(pos, place_end - pos));
  pos = place_end;
  // Regions and the date, each after ", " (the date also after ". ").
  for (int parts = 0; parts < 3 && m.month == 0; ++parts) {
    bool comma = line.substr(pos, 2) == ", ";
    bool period = line.substr(pos, 2) == ". ";
    if (!comma && !period) break;
    size_t at = SkipSpaces(line, pos + 1);
    size_t used = ParseDatePrefix(line.substr(at), DateMode::kSniffing, &m.date);
    if (used > 0) {
      m.has_year = true;
      m.month = m.date.month;
      m.day = m.date.day;
    } else {
      used = ParseMonthDayPrefix(line.substr(at), DateMode::kSniffing, &m.month, &m.day);
    }
    if (used > 0) {
      m.date_begin = at;
      m.date_end = at + used;
      pos = at + used;
      break;
    }
    WordCase region_case = WordCase::kNone;
    size_t region_end = period ? at : ReadPlace(line, at, &region_case);
    if (region_end == at) break;
    pos = region_end;
  }
  bool has_date = m.month != 0;
  size_t before_period = pos;
  bool ended_with_period = false;
  if (has_date && pos < line.size() && line[pos] == '.') {
    ++pos;
    ended_with_period = true;
  }
  // The agency marker, then an optional period.
  size_t marker_at = SkipSpaces(line, pos);
  size_t marker_end = 0;
  m.outlet = MarkerAt(line, marker_at, &marker_end);
  if (!m.outlet.empty()) {
    pos = marker_end;
    if (pos < line.size() && line[pos] == '.') ++pos;
  } else if (!has_date || !ended_with_period) {
    pos = before_period;
  }
  // The closing dash.
  size_t dash_at = SkipSpaces(line, pos);
  size_t dash = DashAt(line, dash_at);
  bool has_dash = dash > 0 && dash_at > pos;  // "BAKU -" but not "NUR-SULTAN"
  if (dash > 0 && dash_at == pos && pos > 0 && line[pos - 1] == ')') has_dash = true;
  if (has_dash) pos = dash_at + dash;
  bool caps = place_case == WordCase::kCaps;
  bool accepted = !m.outlet.empty() || (has_dash && (caps || has_date)) ||
                  (caps && has_date && ended_with_period);
  if (!accepted || !RunningTextFollows(line, pos)) return std::nullopt;
  m.end = pos;
  return m;
}

std::optional<LineMatch> MatchByline(std::string_view line,
                                     std::optional<LineMatch>* outlet) {
  constexpr std::string_view kPrefixes[] = {
      "By ", "BY ", "by ", "Written by ", "Reporting by ", "Reported by ", "Story by ",
      "Words by ", "Author: ", "Authors: ", "Автор: "};
  size_t begin = SkipSpaces(line, 0);
  if (begin < line.size() && line[begin] == '(') ++begin;
  size_t pos = std::string_view::npos;
  for (std::string_view prefix : kPrefixes) {
    if (line.substr(begin).starts_with(prefix)) {
      pos = SkipSpaces(line, begin + prefix.size());
      break;
    }
  }
  if (pos == std::string_view::npos) return std::nullopt;
  size_t agency_end = 0;
  std::string agency = AgencyAt(line, pos, &agency_end);
  if (!agency.empty()) {
    *outlet = LineMatch{agency, begin, agency_end};
    return std::nullopt;
  }
  size_t name_begin = pos;
  size_t end = 0;
  int words = ReadName(line, pos, true, &end);
  if (words < 2 || words > 5) return std::nullopt;
  for (std::string_view joiner : {std::string_view(" and "), std::string_view(" & ")}) {
    if (line.substr(end).starts_with(joiner)) {
      size_t second_end = 0;
      int second = ReadName(line, end + joiner.size(), true, &second_end);
      if (second >= 2 && second <= 5) end = second_end;
    }
  }
  std::string_view rest = line.substr(end);
  bool terminated = rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '|' ||
                    rest[0] == ')' || rest[0] == '/' || rest.starts_with(" (") ||
                    rest.starts_with(" |") || rest.starts_with(" in ") ||
                    rest.starts_with(" for ") || rest.starts_with(" at ") ||
                    BulletAt(line, SkipSpaces(line, end)) > 0 ||
                    (rest.size() > 1 && rest[0] == ' ' && DashAt(line, end + 1) > 0) ||
                    SkipSpaces(line, end) == line.size();
  if (!terminated) return std::nullopt;
  if (rest.starts_with(", ")) {
    size_t agency_at = end + 2;
    std::string trailing = AgencyAt(line, agency_at, &agency_end);
    if (!trailing.empty()) *outlet = LineMatch{trailing, agency_at, agency_end};
  }
  return LineMatch{std::string(line.substr(name_begin, end - name_begin)), begin, end};
}

bool IsBulletLine(std::string_view line) {
  return BulletAt(line, SkipSpaces(line, 0)) > 0;
}

std::optional<LineMatch> MatchBulletName(std::string_view line) {
  size_t begin = SkipSpaces(line, 0);
  size_t bullet = BulletAt(line, begin);
  if (bullet == 0) return std::nullopt;
  size_t pos = SkipSpaces(line, begin + bullet);
  size_t end = 0;
  int words = ReadName(line, pos, false, &end);
  if (words < 2 || words > 4) return std::nullopt;
  size_t after = end;
  while (after < line.size() &&
         (line[after] == ' ' || line[after] == '\t' || line[after] == '\r')) {
    ++after;  // trailing blanks
  }
  if (after != line.size()) return std::nullopt;
  return LineMatch{std::string(line.substr(pos, end - pos)), begin, end};
}

std::optional<LineMatch> MatchOutletLine(std::string_view line) {
  size_t begin = SkipSpaces(line, 0);
  std::string_view s = line.substr(begin);
  // "© 2025 Reuters", "Copyright (c) 2024-2025 News.Az. All rights reserved."
  size_t pos = std::string_view::npos;
  for (std::string_view mark : {"Copyright \xC2\xA9", "Copyright (c)", "Copyright", "\xC2\xA9",
                                "(c)", "(C)"}) {  // longest first
    if (s.starts_with(mark)) {
      pos = begin + mark.size();
      break;
    }
  }
  if (pos != std::string_view::npos) {
    pos = SkipSpaces(line, pos);
    while (pos < line.size() && ((line[pos] >= '0' && line[pos] <= '9') || DashAt(line, pos))) {
      pos += DashAt(line, pos) > 0 ? DashAt(line, pos) : 1;
    }
    pos = SkipSpaces(line, pos);
    size_t holder_end = 0;
    std::string agency = AgencyAt(line, pos, &holder_end);
    if (!agency.empty()) return LineMatch{agency, begin, holder_end};
    Word first = ReadWord(line, pos);
    if (first.word_case == WordCase::kTitle || first.word_case == WordCase::kCaps) {
      size_t end = first.end;
      for (int words = 1; words < 5 && end + 1 < line.size() && line[end] == ' '; ++words) {
        Word w = ReadWord(line, end + 1);
        if (w.word_case != WordCase::kTitle && w.word_case != WordCase::kCaps) break;
        if (w.text == "All") break;  // "All rights reserved"
        end = w.end;
      }
      return LineMatch{std::string(line.substr(pos, end - pos)), begin, end};
    }
    return std::nullopt;
  }
  // "Source: TASS" on a line of its own, known agencies only.
  for (std::string_view label : {"Source: ", "Источник: "}) {
    if (!s.starts_with(label)) continue;
    size_t at = begin + label.size();
    size_t end = 0;
    std::string agency = AgencyAt(line, at, &end);
    size_t tail = end;
    if (tail < line.size() && line[tail] == '.') ++tail;
    if (!agency.empty() && SkipSpaces(line, tail) == line.size()) {
      return LineMatch{agency, begin, end};
    }
  }
  // "... may not coincide with the view of News.Az." Every phrase starts
  // with "not ": a line without it (most lines) needs none of the searches.
  if (line.find("not ") == std::string_view::npos) return std::nullopt;
  for (std::string_view phrase :
       {"not coincide with the view of ", "not coincide with the views of ",
        "not necessarily reflect the views of ", "not necessarily reflect the view of ",
        "not necessarily reflect the position of ", "not reflect the views of "}) {
    size_t at = line.find(phrase);
    if (at == std::string_view::npos) continue;
    size_t name_at = at + phrase.size();
    if (line.substr(name_at).starts_with("the ")) name_at += 4;
    Word w = ReadWord(line, name_at);
    bool named = w.has_dot || !OutletForAgency(w.text).empty();
    if (!named || w.word_case == WordCase::kLower) continue;
    std::string agency = OutletForAgency(w.text);
    return LineMatch{agency.empty() ? std::string(w.text) : agency, at, w.end};
  }
  return std::nullopt;
}

}  // namespace riposte::ingest::internal
