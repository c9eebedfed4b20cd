// Date reading (dates.h) and the public NormalizeDate (ingest.h).
//
// A date is read by a small cursor over the bytes, trying the written forms
// in a fixed order from the same position: year first (ISO 8601 and
// 2025/07/01), day first in digits (01.07.2025), day then month name
// (1 July 2025, RFC 822's 01 Jul 2025), month name then day (July 1, 2025).
// A weekday may precede any of them and a time with a zone may follow. Every
// value is range-checked (month 1-12, a day that exists in that month, year
// 1900-2100, hour 0-23, offsets within 14 hours); anything else reads as
// "not a date", so callers abstain rather than guess.
//
// Zones: Z, GMT, UT, UTC, +hhmm, +hh:mm, +hh, GMT+3, and a few named zones
// news feeds use (EST, PDT, MSK, CET, ...). Offsets are kept, not converted:
// "10:00 +0300" stays 10:00+03:00, and a zero offset is written Z.
//
// Tested by date_test.cc.
#include "ingest/internal/format.h"
#include "ingest/internal/dates.h"

#include <cstdio>

#include "ingest/ingest.h"

namespace riposte::ingest::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}

  size_t pos = 0;

  char Peek(size_t k = 0) const { return pos + k < s_.size() ? s_[pos + k] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos;
    return true;
  }
  // Reads between min and max digits; fails (consuming nothing) when fewer
  // are there or more follow.
  bool Digits(int min, int max, int* value, int* count = nullptr) {
    int n = 0;
    int v = 0;
    while (n < max && IsDigit(Peek(static_cast<size_t>(n)))) {
      v = v * 10 + (Peek(static_cast<size_t>(n)) - '0');
      ++n;
    }
    if (n < min || IsDigit(Peek(static_cast<size_t>(n)))) return false;
    pos += static_cast<size_t>(n);
    *value = v;
    if (count != nullptr) *count = n;
    return true;
  }
  // A word: ASCII letters, or Cyrillic letters (two-byte UTF-8, lead D0-D3).
  std::string_view Word() {
    size_t begin = pos;
    for (;;) {
      unsigned char c = static_cast<unsigned char>(Peek());
      unsigned char next = static_cast<unsigned char>(Peek(1));
      if (IsAsciiAlpha(static_cast<char>(c))) {
        ++pos;
      } else if (c >= 0xD0 && c <= 0xD3 && (next & 0xC0) == 0x80) {
        pos += 2;
      } else {
        break;
      }
    }
    return s_.substr(begin, pos - begin);
  }
  // Skips spaces, tabs and no-break spaces; returns how many were skipped.
  int Spaces() {
    int n = 0;
    for (;;) {
      if (Peek() == ' ' || Peek() == '\t') {
        ++pos;
      } else if (Peek() == '\xC2' && Peek(1) == '\xA0') {
        pos += 2;
      } else {
        return n;
      }
      ++n;
    }
  }
  bool EatWord(std::string_view lower_word) {
    size_t save = pos;
    if (AsciiLower(Word()) == lower_word) return true;
    pos = save;
    return false;
  }

 private:
  std::string_view s_;
};

constexpr std::string_view kEnglishMonths[] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"};
constexpr std::string_view kRussianMonths[] = {
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря"};
constexpr std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

bool CaseAllowed(std::string_view word, DateMode mode) {
  return mode == DateMode::kMetadata || (!word.empty() && IsUpper(word[0]));
}

bool IsWeekday(std::string_view word, DateMode mode) {
  if (word.size() < 3 || !CaseAllowed(word, mode)) return false;
  std::string lower = AsciiLower(word);
  for (std::string_view day : kWeekdays) {
    if (lower == day || lower == day.substr(0, 3)) return true;
  }
  return lower == "tues" || lower == "thur" || lower == "thurs";
}

// Skips "st", "nd", "rd", "th" after a day number.
void SkipOrdinal(Cursor& c) {
  size_t save = c.pos;
  std::string lower = AsciiLower(c.Word());
  if (lower != "st" && lower != "nd" && lower != "rd" && lower != "th") c.pos = save;
}

// Reads a month name with an optional abbreviation period.
int ReadMonth(Cursor& c, DateMode mode) {
  size_t save = c.pos;
  int month = MonthFromName(c.Word(), mode);
  if (month == 0) {
    c.pos = save;
    return 0;
  }
  c.Eat('.');
  return month;
}

// Reads a year: four digits, or (metadata only) two, RFC 822 style.
bool ReadYear(Cursor& c, DateMode mode, int* year) {
  int count = 0;
  if (!c.Digits(mode == DateMode::kMetadata ? 2 : 4, 4, year, &count)) return false;
  if (count == 3) return false;
  if (count == 2) *year += *year < 50 ? 2000 : 1900;
  return true;
}

struct NamedZone {
  std::string_view name;
  int offset_minutes;
};
constexpr NamedZone kNamedZones[] = {
    {"GMT", 0}, {"UTC", 0}, {"UT", 0}, {"Z", 0},
    {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},
    {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420},
    {"BST", 60}, {"CET", 60}, {"CEST", 120}, {"EET", 120}, {"EEST", 180},
    {"MSK", 180}, {"TRT", 180}, {"AZT", 240}, {"IST", 330},
};
constexpr int kMaxOffsetMinutes = 14 * 60;

// "+03:00", "+0300", "+03", "-5" (the last only after GMT/UTC).
bool ReadNumericOffset(Cursor& c, bool short_ok, int* minutes) {
  size_t save = c.pos;
  char sign = c.Peek();
  if (sign != '+' && sign != '-' && sign != '\xE2') return false;
  if (sign == '\xE2') {  // U+2212 MINUS SIGN
    if (c.Peek(1) != '\x88' || c.Peek(2) != '\x92') return false;
    c.pos += 2;
    sign = '-';
  }
  ++c.pos;
  int hours = 0, mins = 0, count = 0;
  if (!c.Digits(1, 4, &hours, &count) || (count == 1 && !short_ok) || count == 3) {
    c.pos = save;
    return false;
  }
  if (count == 4) {
    mins = hours % 100;
    hours /= 100;
  } else if (c.Peek() == ':' && IsDigit(c.Peek(1))) {
    ++c.pos;
    if (!c.Digits(2, 2, &mins)) {
      c.pos = save;
      return false;
    }
  }
  if (hours > 14 || mins > 59) {
    c.pos = save;
    return false;
  }
  *minutes = (hours * 60 + mins) * (sign == '-' ? -1 : 1);
  return true;
}

// A zone right at the cursor. Unknown capitalised abbreviations are
// consumed without a zone in metadata mode (the time stays local).
bool ReadZone(Cursor& c, DateMode mode, DateTimeValue* v) {
  int minutes = 0;
  if (ReadNumericOffset(c, false, &minutes)) {
    v->has_zone = true;
    v->offset_minutes = minutes;
    return true;
  }
  size_t save = c.pos;
  std::string_view word = c.Word();
  if (word.empty()) return false;
  for (const NamedZone& z : kNamedZones) {
    if (word != z.name) continue;
    v->has_zone = true;
    v->offset_minutes = z.offset_minutes;
    if (z.offset_minutes == 0 && word != "Z" && ReadNumericOffset(c, true, &minutes)) {
      v->offset_minutes = minutes;  // "GMT+3"
    }
    return true;
  }
  bool all_caps = word.size() >= 2 && word.size() <= 5;
  for (char ch : word) all_caps = all_caps && IsUpper(ch);
  if (mode == DateMode::kMetadata && all_caps) return true;
  c.pos = save;
  return false;
}

// hh:mm[:ss[.fff]] right at the cursor.
bool ReadClock(Cursor& c, DateTimeValue* v) {
  size_t save = c.pos;
  int h = 0, m = 0, s = 0;
  if (!c.Digits(1, 2, &h) || !c.Eat(':') || !c.Digits(2, 2, &m)) {
    c.pos = save;
    return false;
  }
  if (c.Peek() == ':' && IsDigit(c.Peek(1))) {
    ++c.pos;
    if (!c.Digits(2, 2, &s)) {
      c.pos = save;
      return false;
    }
    if ((c.Peek() == '.' || c.Peek() == ',') && IsDigit(c.Peek(1))) {
      ++c.pos;
      while (IsDigit(c.Peek())) ++c.pos;
    }
  }
  if (h > 23 || m > 59 || s > 59) {
    c.pos = save;
    return false;
  }
  v->has_time = true;
  v->hour = h;
  v->minute = m;
  v->second = s;
  return true;
}

// An ISO 8601 time after a date: "T10:00:00Z", " 10:00+03:00".
void ReadIsoTime(Cursor& c, DateMode mode, DateTimeValue* v) {
  size_t save = c.pos;
  if (!c.Eat('T') && !c.Eat(' ')) return;
  if (!ReadClock(c, v)) {
    c.pos = save;
    return;
  }
  size_t before_zone = c.pos;
  if (c.Spaces() == 0 || !ReadZone(c, mode, v)) {
    c.pos = before_zone;
    ReadZone(c, mode, v);
  }
}

// A time after a written date: ", 10:32 AM GMT", " at 10:00 +0300".
void ReadWrittenTime(Cursor& c, DateMode mode, DateTimeValue* v) {
  size_t save = c.pos;
  c.Eat(',');
  if (c.Spaces() == 0) {
    c.pos = save;
    return;
  }
  if (c.EatWord("at") && c.Spaces() == 0) {
    c.pos = save;
    return;
  }
  DateTimeValue t = *v;
  if (!ReadClock(c, &t)) {
    c.pos = save;
    return;
  }
  size_t after_clock = c.pos;
  c.Spaces();
  std::string lower = AsciiLower(c.Word());
  if (lower == "a" || lower == "p") {  // "a.m." / "p.m."
    if (c.Eat('.') && AsciiLower(c.Word()) == "m" && c.Eat('.')) lower += "m";
  }
  if (lower == "am" || lower == "pm") {
    if (t.hour < 1 || t.hour > 12) {
      c.pos = save;
      return;
    }
    t.hour = t.hour % 12 + (lower == "pm" ? 12 : 0);
  } else {
    c.pos = after_clock;
  }
  size_t before_zone = c.pos;
  if (c.Spaces() == 0 || !ReadZone(c, mode, &t)) c.pos = before_zone;
  *v = t;
}

// The date forms proper, without weekday and time. Sets *iso when the form
// was year-month-day with dashes (an ISO time may follow without a space).
bool ReadDate(Cursor& c, DateMode mode, DateTimeValue* v, bool* iso) {
  size_t start = c.pos;
  int a = 0, b = 0, y = 0, count = 0;
  *iso = false;
  // 2025-07-01, 2025/07/01, 2025.07.01
  if (c.Digits(4, 4, &y)) {
    char sep = c.Peek();
    if ((sep == '-' || sep == '/' || sep == '.') && c.Eat(sep) && c.Digits(1, 2, &a) &&
        c.Eat(sep) && c.Digits(1, 2, &b)) {
      *v = DateTimeValue{y, a, b};
      *iso = sep == '-';
      return true;
    }
    c.pos = start;
    return false;
  }
  // 01.07.2025, 1-7-2025, 25/07/2025
  if (c.Digits(1, 2, &a)) {
    size_t after_day = c.pos;
    char sep = c.Peek();
    if ((sep == '.' || sep == '-' || sep == '/') && c.Eat(sep) && c.Digits(1, 2, &b) &&
        c.Eat(sep) && c.Digits(4, 4, &y)) {
      if (sep != '/') {
        *v = DateTimeValue{y, b, a};
        return true;
      }
      if (a > 12 && b <= 12) {
        *v = DateTimeValue{y, b, a};
        return true;
      }
      if (b > 12 && a <= 12) {
        *v = DateTimeValue{y, a, b};
        return true;
      }
      c.pos = start;
      return false;  // 07/01/2025: day or month first? abstain
    }
    // 1 July 2025, 01 Jul 2025, 1st of July, 2025, 01-Jul-2025, 1 июля 2025 г.
    c.pos = after_day;
    SkipOrdinal(c);
    bool dash = c.Eat('-');
    if (!dash && c.Spaces() == 0) {
      c.pos = start;
      return false;
    }
    if (!dash && c.EatWord("of") && c.Spaces() == 0) {
      c.pos = start;
      return false;
    }
    int month = ReadMonth(c, mode);
    if (month == 0) {
      c.pos = start;
      return false;
    }
    bool sep_ok = false;
    if (dash) {
      sep_ok = c.Eat('-');
    } else {
      c.Eat(',');
      sep_ok = c.Spaces() > 0;
    }
    if (!sep_ok || !ReadYear(c, mode, &y)) {
      c.pos = start;
      return false;
    }
    size_t after_year = c.pos;  // "2025 г." / "2025 года" (Russian)
    c.Spaces();
    std::string_view word = c.Word();
    if (word == "г") {
      c.Eat('.');
    } else if (word != "года") {
      c.pos = after_year;
    }
    *v = DateTimeValue{y, month, a};
    return true;
  }
  // July 1, 2025; Jul. 1st 2025
  int month = ReadMonth(c, mode);
  if (month == 0 || c.Spaces() == 0 || !c.Digits(1, 2, &a, &count)) {
    c.pos = start;
    return false;
  }
  SkipOrdinal(c);
  c.Eat(',');
  if (c.Spaces() == 0 || !ReadYear(c, mode, &y)) {
    c.pos = start;
    return false;
  }
  *v = DateTimeValue{y, month, a};
  return true;
}

bool IsWordContinuation(char c) { return IsDigit(c) || IsAsciiAlpha(c); }

}  // namespace

int MonthFromName(std::string_view word, DateMode mode) {
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (word == kRussianMonths[m]) return m + 1;
  }
  if (!CaseAllowed(word, mode)) return 0;
  std::string lower = AsciiLower(word);
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kEnglishMonths[m];
    if (lower == name || lower == name.substr(0, 3)) return m + 1;
  }
  return lower == "sept" ? 9 : 0;
}

bool IsValidDate(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1) return false;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

size_t ParseDatePrefix(std::string_view s, DateMode mode, DateTimeValue* out) {
  Cursor c(s);
  // An optional weekday: "Tue, ", "Tuesday ", "Tue. ".
  std::string_view word = c.Word();
  if (IsWeekday(word, mode)) {
    c.Eat('.');
    c.Eat(',');
    if (c.Spaces() == 0) return 0;
  } else {
    c.pos = 0;
  }
  DateTimeValue v;
  bool iso = false;
  if (!ReadDate(c, mode, &v, &iso) || !IsValidDate(v.year, v.month, v.day)) return 0;
  if (iso) {
    ReadIsoTime(c, mode, &v);
  } else {
    ReadWrittenTime(c, mode, &v);
  }
  if (v.has_zone &&
      (v.offset_minutes > kMaxOffsetMinutes || v.offset_minutes < -kMaxOffsetMinutes)) {
    return 0;
  }
  if (IsWordContinuation(c.Peek())) return 0;
  *out = v;
  return c.pos;
}

size_t ParseMonthDayPrefix(std::string_view s, DateMode mode, int* month, int* day) {
  Cursor c(s);
  int d = 0;
  int m = ReadMonth(c, mode);
  if (m != 0) {
    if (c.Spaces() == 0 || !c.Digits(1, 2, &d)) return 0;
    SkipOrdinal(c);
  } else {
    if (!c.Digits(1, 2, &d)) return 0;
    SkipOrdinal(c);
    if (c.Spaces() == 0) return 0;
    m = ReadMonth(c, mode);
    if (m == 0) return 0;
  }
  if (IsWordContinuation(c.Peek()) || !IsValidDate(2000, m, d)) return 0;  // 2000: Feb 29 ok
  *month = m;
  *day = d;
  return c.pos;
}

std::string FormatIsoDate(const DateTimeValue& v) {
  char buf[48];
  if (!v.has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v.year, v.month, v.day);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", v.year, v.month, v.day,
                v.hour, v.minute, v.second);
  std::string out = buf;
  if (!v.has_zone) return out;
  if (v.offset_minutes == 0) return out + "Z";
  int abs_minutes = v.offset_minutes < 0 ? -v.offset_minutes : v.offset_minutes;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", v.offset_minutes < 0 ? '-' : '+',
                abs_minutes / 60, abs_minutes % 60);
  return out + buf;
}

}  // namespace riposte::ingest::internal

namespace riposte::ingest {

std::string NormalizeDate(std::string_view raw) {
  size_t b = 0;
  size_t e = raw.size();
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (b < e && is_space(raw[b])) ++b;
  while (e > b && is_space(raw[e - 1])) --e;
  std::string_view s = raw.substr(b, e - b);
  if (s.empty()) return "";
  internal::DateTimeValue v;
  size_t used = internal::ParseDatePrefix(s, internal::DateMode::kMetadata, &v);
  if (used == 0) return "";
  std::string_view rest = s.substr(used);
  if (rest == ".") rest = {};  // "1 July 2025."
  if (!rest.empty()) return "";
  return internal::FormatIsoDate(v);
}

}  // namespace riposte::ingest
