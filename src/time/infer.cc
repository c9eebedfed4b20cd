// Document date inference: InferDocumentDate(doc) for a document without a
// date, from the time expressions anchored in its own text.
//
// Algorithm (only absolute evidence of day precision counts):
//   1. Dateline. A day-precision expression in the first kTopBytes of the
//      text that stands in a sentence without a finite verb ("25 July 2025",
//      a date line under a headline), or that opens its line after at most a
//      place in capitals and is followed by a dash or a bracket ("BAKU, June
//      27, 2025 (Reuters) -"), is the publication date. Two different such
//      dates are a conflict: abstain.
//   2. Otherwise the publication date is at or after every event the text
//      reports as past, so the latest absolute day in a past-tense clause
//      (simple past, or present perfect; no modal, no conditional clause;
//      not qualified "before"/"until") is the inferred date: the earliest
//      date consistent with the text. Dates that give the day and month but
//      no year ("On July 2, ...") count too: the year is taken from the
//      latest full date, by recognising the text against two provisional
//      document dates (Dec 31 of that year and Jan 7 of the next); the
//      day-precision values that do not move between the two depend on the
//      year only ("July 2", "the following day" after a full date), while
//      those that move are relative to the document date itself
//      ("yesterday", "on Friday", "December 28" read in January) and are
//      left out: they cannot evidence the date they are relative to.
//   3. Consistency: a future-tense absolute day ("will meet on July 1")
//      before the inferred date, or a dated past-tense event after a
//      dateline, is a conflict: abstain.
// With no day-precision evidence (only "in October 2025", "in 2024")
// InferDocumentDate abstains: a month would read as a publication month
// while the text only bounds it from below, so no value beats a misleading
// one. The inferred value is an ISO day; `evidence` is the exact text of the
// deciding expression ("July 2"); provenance is kInferred. doc.date is never
// touched; doc.times is left as it was found.
//
// Tested by infer_test.cc.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/internal/calendar.h"
#include "time/time.h"

namespace riposte::temporal {
namespace {

constexpr Offset kTopBytes = 300;        // where a dateline can stand
constexpr size_t kIsoDayLen = 10;        // "2025-06-27"
constexpr int kProvisionalNextDay = 7;   // Jan 7 of the next year: the second provisional date

int32_t TokenAt(const Document& doc, Offset at) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), at,
                             [](const Token& t, Offset o) { return t.span.end <= o; });
  return it == doc.tokens.end() ? -1 : static_cast<int32_t>(it - doc.tokens.begin());
}

// The innermost clause holding `token`, or -1.
int32_t ClauseOf(const Document& doc, int32_t token) {
  int32_t best = -1;
  uint32_t best_size = UINT32_MAX;
  for (size_t clause_idx = 0; token >= 0 && clause_idx < doc.clauses.size(); ++clause_idx) {
    const Clause& c = doc.clauses[clause_idx];
    if (c.begin > static_cast<uint32_t>(token)) break;
    if (static_cast<uint32_t>(token) < c.end && c.end - c.begin <= best_size) {
      best = static_cast<int32_t>(clause_idx);
      best_size = c.end - c.begin;
    }
  }
  return best;
}

// How the clause around an expression places it in time.
enum class Reading { kOther, kPast, kFuture };

Reading ReadingOf(const Document& doc, const TimeExpression& t) {
  if (t.mod == "before" || t.mod == "until") return Reading::kOther;
  int32_t clause = ClauseOf(doc, TokenAt(doc, t.span.begin));
  for (size_t guard = 0; clause >= 0 && guard < doc.clauses.size(); ++guard) {
    const Clause& c = doc.clauses[clause];
    if (c.kind == ClauseKind::kConditional) return Reading::kOther;
    if (c.verb >= 0) {
      const Phrase& vg = doc.phrases[c.verb];
      if (vg.tense == Tense::kFuture) return Reading::kFuture;
      if (vg.modal >= 0 || vg.infinitive) return Reading::kOther;
      if (vg.tense == Tense::kPast || (vg.tense == Tense::kPresent && vg.perfect)) return Reading::kPast;
      return Reading::kOther;
    }
    clause = c.parent;
  }
  return Reading::kOther;
}

bool IsDay(const TimeExpression& t) {
  return t.granularity == TimeGranularity::kDay && t.value.size() == kIsoDayLen;
}

// Returns true iff the sentence holding `at` has a finite verb group.
bool SentenceHasFiniteVerb(const Document& doc, Offset at) {
  for (const Phrase& p : doc.phrases) {
    if (p.kind != PhraseKind::kVerbGroup || p.sentence < 0) continue;
    const Span s = doc.sentences[p.sentence].span;
    if (s.begin <= at && at < s.end && p.tense != Tense::kNone) return true;
  }
  return false;
}

// Returns true iff `t` opens its line after at most a place in capitals and
// a comma, and a dash or bracket follows it.
bool DatelineShape(const Document& doc, const TimeExpression& t) {
  const std::string_view text = doc.text;
  const size_t line = text.rfind('\n', t.span.begin == 0 ? 0 : t.span.begin - 1);
  const std::string_view before =
      text.substr(line == std::string_view::npos ? 0 : line + 1,
                  t.span.begin - (line == std::string_view::npos ? 0 : line + 1));
  for (char c : before) {
    if (!(c == ' ' || c == ',' || c == '.' || (c >= 'A' && c <= 'Z'))) return false;
  }
  std::string_view after = text.substr(t.span.end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  return after.empty() || after.front() == '\n' || after.front() == '(' || after.front() == '-' ||
         after.starts_with("\xE2\x80\x94") || after.starts_with("\xE2\x80\x93");  // em/en dash
}

struct Candidate {
  std::string value;  // ISO day
  Span span;
};

// The latest past-tense day among `times`; `stable`, when given, keeps only
// expressions whose value is the same there (same span).
std::optional<Candidate> LatestPast(const Document& doc, const std::vector<TimeExpression>& times,
                                    const std::vector<TimeExpression>* stable) {
  std::optional<Candidate> best;
  for (const TimeExpression& t : times) {
    if (!IsDay(t) || ReadingOf(doc, t) != Reading::kPast) continue;
    if (stable) {
      bool same = false;
      for (const TimeExpression& o : *stable) same = same || (o.span == t.span && o.value == t.value);
      if (!same) continue;
    }
    if (!best || t.value > best->value) best = Candidate{t.value, t.span};
  }
  return best;
}

// Returns true iff an absolute future-tense day lies before `date`.
bool FutureBefore(const Document& doc, const std::vector<TimeExpression>& times, const std::string& date) {
  for (const TimeExpression& t : times) {
    if (IsDay(t) && t.anchor == TimeAnchor::kAbsolute && t.value < date &&
        ReadingOf(doc, t) == Reading::kFuture) {
      return true;
    }
  }
  return false;
}

bool Decide(Document& doc, const Candidate& c) {
  doc.date_inferred.Set(c.value, Provenance::kInferred, std::string(doc.Slice(c.span)));
  return true;
}

}  // namespace

bool InferDocumentDate(Document& doc) {
  if (!doc.date.value.empty()) return false;
  doc.date_inferred = Field{};
  const std::vector<TimeExpression> found = doc.times;

  // 1. A dateline.
  std::optional<Candidate> dateline;
  for (const TimeExpression& t : found) {
    if (t.span.begin >= kTopBytes) break;
    if (!IsDay(t) || t.anchor != TimeAnchor::kAbsolute) continue;
    if (!SentenceHasFiniteVerb(doc, t.span.begin) || DatelineShape(doc, t)) {
      if (dateline && dateline->value != t.value) return false;  // two datelines disagree
      if (!dateline) dateline = Candidate{t.value, t.span};
    }
  }

  // 2. The latest past-tense absolute day, full dates first.
  std::vector<TimeExpression> absolute;
  for (const TimeExpression& t : found) {
    if (t.anchor == TimeAnchor::kAbsolute) absolute.push_back(t);
  }
  std::optional<Candidate> latest = LatestPast(doc, absolute, nullptr);
  if (dateline) {
    if (latest && latest->value > dateline->value) return false;  // reports events after its own date
    if (FutureBefore(doc, found, dateline->value)) return false;
    return Decide(doc, *dateline);
  }

  // Year-less days, read against two provisional dates in the year of the
  // latest full date (in whatever clause: it only lends its year).
  std::string year_source;
  for (const TimeExpression& t : absolute) {
    if (IsDay(t) && t.value > year_source) year_source = t.value;
  }
  if (const auto ymd = internal::ParseIsoDate(year_source); ymd && !year_source.empty()) {
    Recognize(doc, internal::FormatDay(internal::Ymd{ymd->year, 12, 31}));
    const std::vector<TimeExpression> at_year_end = doc.times;
    Recognize(doc, internal::FormatDay(internal::Ymd{ymd->year + 1, 1, kProvisionalNextDay}));
    const std::vector<TimeExpression> next_year = doc.times;
    doc.times = found;
    if (auto later = LatestPast(doc, at_year_end, &next_year); later && (!latest || later->value > latest->value)) {
      latest = later;
    }
  }
  if (!latest || FutureBefore(doc, found, latest->value)) return false;
  return Decide(doc, *latest);
}

}  // namespace riposte::temporal
