// Dates given by distance (see claim_dates.h).
//
// A duration time expression (granularity kDuration, "Fifteen years") right
// before "after" or "before" opens a phrase naming an earlier or later act;
// the phrase runs to the first comma, dash, semicolon or colon of the
// sentence. The act the phrase names is dated from the sentence's anchor:
// the stated date of another mention of the sentence whose trigger lies
// outside the phrase (day or month precision), else the report date. A
// mention with a stated date of its own inside the phrase keeps it (the
// phrase then dates nothing). Durations in weeks or days give a day; months
// a month; years a year (a distance in years is seldom exact to the day).
// Tested by claim_dates_test.cc.
#include "reconcile/internal/claim_dates.h"

#include <charconv>
#include <chrono>
#include <cstdio>

#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {
namespace {

constexpr int kMonthsPerYear = 12;
constexpr int kDaysPerWeek = 7;

bool ReadInt(std::string_view s, int& out) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool EndsPhrase(std::string_view word) {
  return word == "," || word == ";" || word == ":" || word == "\u2014" || word == "\u2013" || word == "--" ||
         word == "(";
}

}  // namespace

std::optional<std::string> ShiftDate(std::string_view date, std::string_view duration, int sign) {
  if (date.size() < 10 || duration.size() < 3 || duration.front() != 'P') return std::nullopt;
  int y = 0, m = 0, d = 0, n = 0;
  if (!ReadInt(date.substr(0, 4), y) || !ReadInt(date.substr(5, 2), m) || !ReadInt(date.substr(8, 2), d)) {
    return std::nullopt;
  }
  const char unit = duration.back();
  if (!ReadInt(duration.substr(1, duration.size() - 2), n) || n <= 0) return std::nullopt;
  char buf[16];
  if (unit == 'Y') {
    std::snprintf(buf, sizeof buf, "%04d", y + sign * n);
    return std::string(buf);
  }
  if (unit == 'M') {
    int months = y * kMonthsPerYear + (m - 1) + sign * n;
    std::snprintf(buf, sizeof buf, "%04d-%02d", months / kMonthsPerYear, months % kMonthsPerYear + 1);
    return std::string(buf);
  }
  if (unit != 'W' && unit != 'D') return std::nullopt;
  const int days = sign * n * (unit == 'W' ? kDaysPerWeek : 1);
  namespace chrono = std::chrono;
  const chrono::year_month_day from{chrono::year{y}, chrono::month{static_cast<unsigned>(m)},
                                    chrono::day{static_cast<unsigned>(d)}};
  if (!from.ok()) return std::nullopt;
  const chrono::year_month_day shifted{chrono::sys_days{from} + chrono::days{days}};
  if (!shifted.ok()) return std::nullopt;
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(shifted.year()),
                static_cast<unsigned>(shifted.month()), static_cast<unsigned>(shifted.day()));
  return std::string(buf);
}

void AppendDistanceDateClaims(const std::vector<Document>& docs, size_t doc_index,
                              const std::vector<Mention>& mentions, const std::vector<size_t>& own,
                              std::vector<Claim>& out) {
  const Document& doc = docs[doc_index];
  for (const TimeExpression& t : doc.times) {
    if (t.granularity != TimeGranularity::kDuration || t.value.empty()) continue;
    auto [first, last] = TokensIn(doc, t.span);
    if (first >= last || last >= doc.tokens.size()) continue;
    const bool after = TokenIs(doc, last, "after");
    if (!after && !TokenIs(doc, last, "before")) continue;
    // The sentence holding the duration, and the phrase after the preposition.
    const Sentence* sentence = nullptr;
    for (const Sentence& s : doc.sentences)
      if (s.span.begin <= t.span.begin && t.span.end <= s.span.end) sentence = &s;
    if (!sentence) continue;
    const uint32_t sentence_end = TokensIn(doc, sentence->span).second;
    uint32_t stop = last + 1;
    while (stop < sentence_end && !EndsPhrase(doc.Slice(doc.tokens[stop].span))) ++stop;
    if (stop == last + 1) continue;
    const Span phrase{doc.tokens[last + 1].span.begin, doc.tokens[stop - 1].span.end};
    // The anchor: a stated date of an act outside the phrase, else the report.
    std::string anchor;
    std::vector<size_t> inside;
    for (size_t m : own) {
      const store::StoredEvent& e = mentions[m].event;
      if (!(sentence->span.begin <= e.span.begin && e.span.begin < sentence->span.end)) continue;
      const std::optional<uint32_t> trigger = TriggerToken(doc, e);
      if (!trigger) continue;
      if (*trigger > last && *trigger < stop) {
        inside.push_back(m);
      } else if (anchor.empty() && (e.date_precision == "day" || e.date_precision == "month") &&
                 e.date_start.size() >= 10) {
        anchor = e.date_start;
      }
    }
    if (anchor.empty()) anchor = doc.ReportDate();
    const std::optional<std::string> dated = ShiftDate(anchor, t.value, after ? -1 : 1);
    if (!dated || inside.empty()) continue;
    for (size_t m : inside) {
      const store::StoredEvent& e = mentions[m].event;
      bool stated = false;  // a date of its own inside the phrase
      for (const TimeExpression& own_time : doc.times)
        stated = stated || (&own_time != &t && phrase.begin <= own_time.span.begin && own_time.span.end <= phrase.end);
      if (stated) continue;
      Claim c;
      c.doc = doc_index;
      c.mention = m;
      c.attribute = "date";
      c.report_date = doc.ReportDate();
      c.value.kind = DisputeValue::Kind::kDate;
      c.value.normalized = *dated;
      c.value.qualifier = "about";
      const Span quote{t.span.begin, phrase.end};
      c.value.value = std::string(doc.Slice(quote));
      c.value.docs = {doc_index};
      if (e.attributed_to && !e.attributed_to->code.empty()) c.value.claimed_by = {e.attributed_to->code};
      c.value.quotes.push_back(Quote{doc_index, quote});
      out.push_back(std::move(c));
    }
  }
}

}  // namespace riposte::reconcile::internal
