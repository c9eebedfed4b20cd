// SniffMetadata (ingest.h): publication date, date hint, author, outlet and
// dateline read from an article's own text when the input did not state them.
//
// Where it looks: the head (non-empty lines starting in the first kHeadBytes,
// at most kHeadLines of them) and the tail (the last kTailLines non-empty
// lines after the head). Bylines, datelines and date stamps live there; the
// body is full of dates of events, which are not publication dates.
//
// What it takes, best first, each value with the exact text it came from:
//   date    rank 0  a labelled date: " date 2025-07-28", "Published: 1 July 2025"
//           rank 1  a date stamp line: "25.07" + "2025" on the next line,
//                   "1 July 2025 | 10:32", or an ISO date opening a line
//           rank 2  a dateline with a year: "BAKU, July 1, 2025 (AP) —"
//           rank 3  "Updated: 2 July 2025"
//           rank 4  a labelled or stamp date in the tail
//   hint    with no date: "2 days ago", "Updated 5 min ago", "yesterday",
//           or a dateline's yearless "July 1" (the year is unknown)
//   author  "By Jane Doe", "• Jane Doe" next to "• 2 days ago"
//   outlet  an agency marker in a dateline ("/TASS/"), "By Reuters", then
//           "© 2025 Reuters", "Source: TASS", "... the view of News.Az."
//   dateline  the place: "BAKU" from "BAKU, Azerbaijan —"
// Only empty fields are filled; a stated (kGiven) value is never replaced.
//
// Tested by sniff_test.cc.
#include <cctype>
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/internal/dates.h"
#include "ingest/internal/sniff.h"

namespace riposte::ingest {
namespace {

using internal::DateMode;
using internal::DateTimeValue;
using internal::LineMatch;
using internal::EqualsIgnoreAsciiCase;
using internal::SkipSpaces;

constexpr size_t kHeadBytes = 1000;
constexpr size_t kHeadLines = 12;
constexpr size_t kTailLines = 3;
constexpr size_t kMaxLineScan = 600;   // bytes of one head line examined
constexpr size_t kMaxTailLine = 300;   // longer tail lines are body text
constexpr size_t kMaxHintLine = 80;    // a relative stamp sits on a short line

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A line of the document: [begin, end) without its line break.
struct LineRef {
  size_t begin = 0;
  size_t end = 0;
};

std::string_view View(std::string_view text, LineRef line) {
  return text.substr(line.begin, line.end - line.begin);
}

// Skips leading spaces and one bullet ("•", "·") with the spaces after it.
size_t SkipBullet(std::string_view s) {
  size_t pos = SkipSpaces(s, 0);
  if (s.substr(pos).starts_with("\xE2\x80\xA2")) return SkipSpaces(s, pos + 3);
  if (s.substr(pos).starts_with("\xC2\xB7")) return SkipSpaces(s, pos + 2);
  return pos;
}

// End of the line's text with trailing spaces removed.
size_t TrimmedEnd(std::string_view s) {
  size_t e = s.size();
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return e;
}

// True iff what follows a stamp ends it: end of line, or a separator such as
// "|", "•", "/", a spaced dash ("1 July 2025 - 5 min read").
bool StampEnds(std::string_view s, size_t pos) {
  size_t at = SkipSpaces(s, pos);
  if (at >= s.size()) return true;
  std::string_view rest = s.substr(at);
  if (rest[0] == '|' || rest[0] == '/' || rest.starts_with("\xE2\x80\xA2") ||
      rest.starts_with("\xC2\xB7")) {
    return true;
  }
  bool dash = rest[0] == '-' || rest.starts_with("\xE2\x80\x93") ||
              rest.starts_with("\xE2\x80\x94");
  return dash && at > pos;
}

struct DateLabel {
  std::string_view text;
  bool updated;
};
// Longest first, so "published on" wins over "published".
constexpr DateLabel kDateLabels[] = {
    {"publication date", false}, {"date published", false}, {"first published on", false},
    {"first published", false}, {"published on", false}, {"published at", false},
    {"published", false}, {"posted on", false}, {"posted at", false}, {"posted", false},
    {"last updated on", true}, {"last updated", true}, {"updated on", true},
    {"updated at", true}, {"updated", true}, {"last modified", true}, {"date", false},
    {"Дата публикации", false}, {"дата публикации", false}, {"Опубликовано", false},
    {"опубликовано", false}, {"Обновлено", true}, {"обновлено", true}, {"Дата", false},
    {"дата", false}};

// The end of a date label at s[pos] with its separator (":" or spaces), or
// npos when there is none.
size_t LabelEnd(std::string_view s, size_t pos, bool* updated) {
  for (const DateLabel& label : kDateLabels) {
    if (s.size() - pos < label.text.size() ||
        !EqualsIgnoreAsciiCase(s.substr(pos, label.text.size()), label.text)) {
      continue;
    }
    size_t after = pos + label.text.size();
    if (after < s.size() && (IsAsciiAlpha(s[after]) || IsDigit(s[after]))) continue;  // "dated"
    size_t at = SkipSpaces(s, after);
    if (at < s.size() && (s[at] == ':' || s[at] == '|')) at = SkipSpaces(s, at + 1);
    if (at == after) continue;
    *updated = label.updated;
    return at;
  }
  return std::string_view::npos;
}

struct DateFound {
  int rank = 0;
  std::string value;
  size_t begin = 0;  // evidence in the document text
  size_t end = 0;
};

void Offer(std::optional<DateFound>& best, DateFound found) {
  if (!best || found.rank < best->rank) best = std::move(found);
}

// " date 2025-07-28 ...", "Published: 1 July 2025": evidence from line start.
std::optional<DateFound> LabelledDate(std::string_view line, size_t offset, int rank_shift) {
  size_t pos = SkipBullet(line);
  bool updated = false;
  size_t at = LabelEnd(line, pos, &updated);
  if (at == std::string_view::npos) return std::nullopt;
  DateTimeValue v;
  size_t used = internal::ParseDatePrefix(line.substr(at), DateMode::kSniffing, &v);
  if (used == 0) return std::nullopt;
  int rank = rank_shift > 0 ? rank_shift : updated ? 3 : 0;
  return DateFound{rank, internal::FormatIsoDate(v), offset, offset + at + used};
}

// A line holding a date and nothing else but separators, or opening with
// an ISO date.
std::optional<DateFound> StampDate(std::string_view line, size_t offset, int rank) {
  size_t pos = SkipBullet(line);
  DateTimeValue v;
  std::string_view rest = line.substr(pos);
  size_t used = internal::ParseDatePrefix(rest, DateMode::kSniffing, &v);
  if (used == 0) return std::nullopt;
  bool iso = rest.size() > 4 && IsDigit(rest[0]) && IsDigit(rest[3]) && rest[4] == '-';
  if (!iso && !StampEnds(line, pos + used)) return std::nullopt;
  return DateFound{rank, internal::FormatIsoDate(v), offset + pos, offset + pos + used};
}

// True iff `s` (trimmed) is all digits, with `min`..`max` of them.
bool ReadNumber(std::string_view s, size_t min, size_t max, int* value) {
  if (s.size() < min || s.size() > max) return false;
  int v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}

// "25.07" on one line and "2025" on the next: a day.month stamp whose year
// was set apart by the page layout.
std::optional<DateFound> SplitDate(std::string_view text, LineRef first, LineRef second) {
  std::string_view a = View(text, first);
  std::string_view b = View(text, second);
  size_t a_begin = SkipSpaces(a, 0);
  size_t b_begin = SkipSpaces(b, 0);
  a = a.substr(a_begin, TrimmedEnd(a) - std::min(TrimmedEnd(a), a_begin));
  b = b.substr(b_begin, TrimmedEnd(b) - std::min(TrimmedEnd(b), b_begin));
  // The first '.' or '/' (find_first_of("./") made a memchr call per byte).
  size_t sep = std::string_view::npos;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == '.' || a[i] == '/') {
      sep = i;
      break;
    }
  }
  int day = 0, month = 0, year = 0;
  if (sep == std::string_view::npos || !ReadNumber(a.substr(0, sep), 1, 2, &day) ||
      !ReadNumber(a.substr(sep + 1), 1, 2, &month) || !ReadNumber(b, 4, 4, &year) ||
      !internal::IsValidDate(year, month, day)) {
    return std::nullopt;
  }
  DateTimeValue v;
  v.year = year;
  v.month = month;
  v.day = day;
  size_t begin = first.begin + a_begin;
  size_t end = second.begin + b_begin + b.size();
  return DateFound{1, internal::FormatIsoDate(v), begin, end};
}

// "2 days ago", "an hour ago", "5h ago", "yesterday", "today", "just now" at
// s[pos]; returns its end or npos.
size_t RelativeEnd(std::string_view s, size_t pos) {
  auto word_at = [&](size_t at, size_t* end) {
    size_t e = at;
    while (e < s.size() && IsAsciiAlpha(s[e])) ++e;
    *end = e;
    return s.substr(at, e - at);
  };
  size_t end = 0;
  std::string_view first = word_at(pos, &end);
  for (std::string_view w : {"yesterday", "today"}) {
    if (EqualsIgnoreAsciiCase(first, w)) return end;
  }
  if (EqualsIgnoreAsciiCase(first, "just") && s.substr(end).starts_with(" now")) return end + 4;
  size_t at = pos;
  if (IsDigit(s[pos])) {
    while (at < s.size() && at - pos < 3 && IsDigit(s[at])) ++at;
  } else {
    constexpr std::string_view kCounts[] = {"a", "an", "one", "two", "three", "four", "five",
                                            "six", "seven", "eight", "nine", "ten", "eleven",
                                            "twelve", "a few", "few", "several"};
    bool counted = false;
    for (std::string_view count : kCounts) {
      if (EqualsIgnoreAsciiCase(first, count)) counted = true;
    }
    if (EqualsIgnoreAsciiCase(first, "a") && s.substr(end).starts_with(" few")) end += 4;
    if (!counted) return std::string_view::npos;
    at = end;
  }
  size_t unit_at = IsAsciiAlpha(at < s.size() ? s[at] : '\0') ? at : SkipSpaces(s, at);
  std::string_view unit = word_at(unit_at, &end);
  constexpr std::string_view kUnits[] = {
      "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "m",
      "hour", "hours", "hr", "hrs", "h", "day", "days", "d", "week", "weeks", "wk", "wks",
      "month", "months", "mo", "year", "years", "yr", "yrs"};
  bool is_unit = false;
  for (std::string_view u : kUnits) {
    if (EqualsIgnoreAsciiCase(unit, u)) is_unit = true;
  }
  if (!is_unit || (unit_at == at && unit.size() > 3)) return std::string_view::npos;
  size_t ago_at = SkipSpaces(s, end);
  std::string_view ago = word_at(ago_at, &end);
  if (ago_at == end || !EqualsIgnoreAsciiCase(ago, "ago")) return std::string_view::npos;
  return end;
}

// A short line stating a relative time: "• 2 days ago", "Updated 5 min ago".
// Returns the hint text (with its label, without the bullet).
std::optional<std::string> RelativeHint(std::string_view line) {
  size_t pos = SkipBullet(line);
  if (TrimmedEnd(line) > pos + kMaxHintLine) return std::nullopt;
  bool updated = false;
  size_t label_end = LabelEnd(line, pos, &updated);
  size_t at = label_end == std::string_view::npos ? pos : label_end;
  if (at >= line.size()) return std::nullopt;
  size_t end = RelativeEnd(line, at);
  if (end == std::string_view::npos || !StampEnds(line, end)) return std::nullopt;
  return std::string(line.substr(pos, end - pos));
}

// True iff a bullet line is a date stamp or reading time: the company a
// bulleted author name keeps ("• 2 days ago", "• 5 min read").
bool IsStampBullet(std::string_view line) {
  if (!internal::IsBulletLine(line)) return false;
  std::string_view rest = line.substr(SkipBullet(line));
  rest = rest.substr(0, TrimmedEnd(rest));
  DateTimeValue v;
  return RelativeHint(line).has_value() || rest.ends_with(" read") ||
         internal::ParseDatePrefix(rest, DateMode::kSniffing, &v) > 0;
}

struct Findings {
  std::optional<DateFound> date;
  std::string hint;           // relative stamp
  std::string dateline_hint;  // a dateline's yearless date
  std::optional<DateFound> author;
  std::optional<DateFound> dateline;
  std::optional<DateFound> outlet_marker;  // dateline agency, "By Reuters"
  std::optional<DateFound> outlet_line;    // copyright, source, disclaimer
};

std::optional<DateFound> Absolute(const LineMatch& m, size_t offset) {
  return DateFound{0, m.value, offset + m.begin, offset + m.end};
}

// Which findings can still change the document. JSONL and feeds state the
// date, outlet and title of nearly every item: then the date and outlet
// matchers (most of the cost of sniffing) are skipped, as their findings
// would only fill those fields or rule out a sniffed title.
struct Wants {
  bool date = true;    // f.date: doc.date, or FindTitle's overlap test
  bool hint = true;    // f.hint: only read when doc.date is empty
  bool outlet = true;  // f.outlet_line: doc.outlet, or FindTitle's test
};

void ScanLine(std::string_view line, size_t offset, bool tail, const Wants& wants, Findings& f) {
  if (wants.date) {
    if (auto d = LabelledDate(line, offset, tail ? 4 : 0)) Offer(f.date, *d);
    if (auto d = StampDate(line, offset, tail ? 4 : 1)) Offer(f.date, *d);
  }
  // A byline gives an author and maybe an outlet marker; each is kept only
  // when none was found before, so once both are settled it is not read.
  if (!f.author || (wants.outlet && !f.outlet_marker)) {
    std::optional<LineMatch> byline_outlet;
    if (auto author = internal::MatchByline(line, &byline_outlet); author && !f.author) {
      f.author = Absolute(*author, offset);
    }
    if (byline_outlet && !f.outlet_marker) f.outlet_marker = Absolute(*byline_outlet, offset);
  }
  if (wants.outlet) {
    if (auto outlet = internal::MatchOutletLine(line); outlet && !f.outlet_line) {
      f.outlet_line = Absolute(*outlet, offset);
    }
  }
  if (tail) return;
  if (wants.hint) {
    if (auto hint = RelativeHint(line); hint && f.hint.empty()) f.hint = *hint;
  }
  if (f.dateline) return;  // the first dateline wins: later ones change nothing
  if (auto m = internal::MatchDateline(line)) {
    f.dateline = DateFound{0, m->place, offset + m->begin, offset + m->end};
    if (!m->outlet.empty() && !f.outlet_marker) {
      f.outlet_marker = DateFound{0, m->outlet, offset + m->begin, offset + m->end};
    }
    std::string_view date_text = line.substr(m->date_begin, m->date_end - m->date_begin);
    if (m->has_year) {
      Offer(f.date, DateFound{2, internal::FormatIsoDate(m->date), offset + m->date_begin,
                              offset + m->date_end});
    } else if (m->month != 0) {
      if (date_text.ends_with('.')) date_text.remove_suffix(1);
      f.dateline_hint = std::string(date_text);
    }
  }
}

std::vector<LineRef> HeadLines(std::string_view text, size_t* head_end) {
  std::vector<LineRef> lines;
  size_t pos = 0;
  while (pos < text.size() && pos < kHeadBytes && lines.size() < kHeadLines) {
    size_t nl = std::min(text.find('\n', pos), text.size());
    LineRef line{pos, std::min(nl, pos + kMaxLineScan)};
    if (SkipSpaces(text.substr(line.begin, line.end - line.begin), 0) < line.end - line.begin) {
      lines.push_back(line);
    }
    pos = nl + 1;
  }
  *head_end = std::min(pos, text.size());
  return lines;
}

std::vector<LineRef> TailLines(std::string_view text, size_t head_end) {
  std::vector<LineRef> lines;
  size_t end = text.size();
  while (end > head_end && lines.size() < kTailLines) {
    size_t nl = internal::LastNewlineBefore(text, end);
    size_t begin = (nl == std::string_view::npos || nl < head_end) ? head_end : nl + 1;
    std::string_view view = text.substr(begin, end - begin);
    if (SkipSpaces(view, 0) < view.size()) lines.push_back(LineRef{begin, end});
    if (begin == head_end) break;
    end = nl;
  }
  std::reverse(lines.begin(), lines.end());
  return lines;
}

std::string Cut(std::string_view text, const DateFound& f) {
  return std::string(text.substr(f.begin, f.end - f.begin));
}

}  // namespace

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Lines of page furniture that can precede a plain-text headline.
bool IsFurnitureLine(std::string_view line) {
  static constexpr std::string_view kFurniture[] = {
      "top of page", "skip to content", "skip to main content", "back to top", "advertisement",
      "menu", "avatar", "share", "home", "print", "listen", "close"};
  std::string lower;
  for (char c : line) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view f : kFurniture) {
    if (lower == f) return true;
  }
  return false;
}

bool Overlaps(const std::optional<DateFound>& found, LineRef line) {
  return found && found->begin < line.end && line.begin < found->end;
}

// A headline: the first head line that is not furniture, not evidence of
// another field, 3-30 words, at most kMaxTitleBytes, followed by a line break
// and not ending like a sentence. Returns nothing when the text opens with a
// paragraph instead.
std::optional<DateFound> FindTitle(std::string_view text, const std::vector<LineRef>& head,
                                   const Findings& f) {
  constexpr size_t kMaxTitleBytes = 200;
  for (const LineRef& ref : head) {
    std::string_view line = TrimLine(View(text, ref));
    if (line.empty() || IsFurnitureLine(line)) continue;
    if (Overlaps(f.date, ref) || Overlaps(f.author, ref) || Overlaps(f.dateline, ref) ||
        Overlaps(f.outlet_marker, ref) || Overlaps(f.outlet_line, ref)) {
      return std::nullopt;
    }
    if (ref.end >= text.size() || line.size() > kMaxTitleBytes) return std::nullopt;
    size_t words = 1;
    for (char c : line) words += c == ' ';
    char last = line.back();
    if (words < 3 || words > 30 || last == '.' || last == ',' || last == ';' || last == ':') {
      return std::nullopt;
    }
    size_t begin = static_cast<size_t>(line.data() - text.data());
    return DateFound{0, std::string(line), begin, begin + line.size()};
  }
  return std::nullopt;
}

void SniffMetadata(Document& doc) {
  std::string_view text = doc.text;
  Findings f;
  const bool wants_title = doc.title.empty() && doc.format == "text";
  const Wants wants{doc.date.empty() || wants_title, doc.date.empty(), doc.outlet.empty() || wants_title};
  size_t head_end = 0;
  std::vector<LineRef> head = HeadLines(text, &head_end);
  for (size_t i = 0; i < head.size(); ++i) {
    std::string_view line = View(text, head[i]);
    ScanLine(line, head[i].begin, false, wants, f);
    if (wants.date && i + 1 < head.size()) {
      if (auto d = SplitDate(text, head[i], head[i + 1])) Offer(f.date, *d);
    }
    if (!f.author) {
      bool stamp_near = (i > 0 && IsStampBullet(View(text, head[i - 1]))) ||
                        (i + 1 < head.size() && IsStampBullet(View(text, head[i + 1])));
      if (auto name = internal::MatchBulletName(line); name && stamp_near) {
        f.author = Absolute(*name, head[i].begin);
      }
    }
  }
  for (const LineRef& ref : TailLines(text, head_end)) {
    if (ref.end - ref.begin > kMaxTailLine) continue;
    ScanLine(View(text, ref), ref.begin, true, wants, f);
  }

  if (doc.date.empty() && f.date) {
    doc.date.Set(f.date->value, Provenance::kSniffed, Cut(text, *f.date));
  }
  if (doc.date.empty() && doc.date_hint.empty()) {
    doc.date_hint = !f.hint.empty() ? f.hint : f.dateline_hint;
  }
  if (doc.author.empty() && f.author) {
    doc.author.Set(f.author->value, Provenance::kSniffed, Cut(text, *f.author));
  }
  const std::optional<DateFound>& outlet = f.outlet_marker ? f.outlet_marker : f.outlet_line;
  if (doc.outlet.empty() && outlet) {
    doc.outlet.Set(outlet->value, Provenance::kSniffed, Cut(text, *outlet));
  }
  if (doc.dateline.empty() && f.dateline) {
    doc.dateline.Set(f.dateline->value, Provenance::kSniffed, Cut(text, *f.dateline));
  }
  if (wants_title) {
    if (auto title = FindTitle(text, head, f)) {
      doc.title.Set(title->value, Provenance::kSniffed, Cut(text, *title));
    }
  }
}

}  // namespace riposte::ingest
