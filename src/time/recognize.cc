// Recognize: time expressions of an analysed document into doc.times.
//
// Algorithm, one pass over the tokens sentence by sentence:
//   1. a cheap per-token trigger (internal/match.h Matcher::Trigger: a digit,
//      a word of the time tables found by one hash lookup, a hyphenated
//      compound) filters the tokens; most tokens stop there;
//   2. on a trigger, Matcher::At tries the token patterns (match.cc,
//      match_relative.cc), longer ones first, and returns the first reading
//      that starts there; the scan resumes after it, so expressions never
//      overlap and come in text order;
//   3. the tense of the expression's clause decides year-less and weekday
//      readings: the verb group nearest the expression within its innermost
//      clause (else the clause's or its parents' verb), future when its
//      tense is kFuture or its modal is will/shall; for year-less dates,
//      months and seasons the simple present (not perfect, no modal) takes
//      the occurrence nearest the document date ("the trial starts on July
//      15"), while weekdays read it as past (headlines' historic present);
//      past otherwise (news); a "when" clause right after the expression
//      ("in December, when air defences shot down a jet") gives its own
//      past tense to the expression;
//   4. internal/normalize.h turns the reading into value, granularity,
//      interval, mod and anchor against the document date (the `date`
//      argument, else doc.date, else doc.date_inferred; day precision) and
//      the latest expression of day granularity before it ("the following
//      day", "two days later", "the day before" count from it; without one
//      they fall back to the document date).
// Conventions: early/mid/late narrow a period to its first/middle/last third
// (a year: Jan-Apr / May-Aug / Sep-Dec; a month: days 1-10 / 11-20 /
// 21-end; a decade: years 0-2 / 3-6 / 7-9); "since/until/before/after/
// approx" keep the expression's own interval and only set `mod`; seasons are
// meteorological (WI = December to February of the next year); "the 20th
// century" is "19" (ISO 8601's century: 1900-1999); durations ("for four
// months" P4M, "a six-week war" P6W) have no interval; "earlier this year"
// is the year up to the document date ("later this year" from it on).
// "in two weeks" in a future clause is a date (two weeks after the document
// date, span with "in"); elsewhere the duration "two weeks". Day ranges of
// one month ("June 5-7") have value "2025-06-05/2025-06-07".
// Spans cover the expression and its modifier words ("since December",
// "the following day", "late 2024") but not a bare preposition ("on Friday"
// gives "Friday", "for four months" gives "four months").
// Not recognised (known limits): vague spans ("a few days later", "in recent
// weeks", "days later"), the weekend, holidays ("Christmas"), clock times,
// and counts with fractions ("a year and a half" gives "a year").
//
// Speed: no regex, no allocation per token (allocation only per expression,
// for its strings). Limits: at most kMaxExpressions per document.
// Tested by recognize_test.cc, recognize_relative_test.cc and
// recognize_negative_test.cc.
#include <algorithm>

#include "time/internal/calendar.h"
#include "time/internal/match.h"
#include "time/internal/normalize.h"
#include "time/internal/words.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::temporal {
namespace {

using internal::Matcher;
using internal::Parsed;

constexpr size_t kMaxExpressions = 100000;
constexpr int kMaxPhraseScan = 64;  // verb groups looked at around an expression

// The day number of the first date of `candidates` at day precision.
std::optional<int64_t> DocumentDay(std::initializer_list<std::string_view> candidates) {
  for (std::string_view c : candidates) {
    if (c.empty()) continue;
    int precision = 0;
    const auto ymd = internal::ParseIsoDate(c, &precision);
    if (ymd && precision == 3) return internal::DaysFromCivil(*ymd);
  }
  return std::nullopt;
}

using internal::Reading;

Reading ReadingOf(const Document& doc, const Phrase& vg) {
  if (vg.tense == Tense::kFuture) return Reading::kFuture;
  if (vg.modal >= 0 && static_cast<size_t>(vg.modal) < doc.tokens.size()) {
    const std::string_view m = doc.Slice(doc.tokens[static_cast<size_t>(vg.modal)].span);
    if (internal::EqualsLower(m, "will") || internal::EqualsLower(m, "shall") ||
        internal::EqualsLower(m, "'ll")) {
      return Reading::kFuture;
    }
    return Reading::kPast;
  }
  if (vg.tense == Tense::kPresent && !vg.perfect) {
    // "is expected in Baku on Thursday", "is due to meet", "is scheduled for
    // Friday": arrangements point ahead.
    if (vg.head >= 0 && static_cast<size_t>(vg.head) < doc.tokens.size()) {
      const auto is = [&](size_t t, std::string_view w) {
        return t < doc.tokens.size() && internal::EqualsLower(doc.Slice(doc.tokens[t].span), w);
      };
      const size_t h = static_cast<size_t>(vg.head), after = vg.end;
      if ((vg.voice == Voice::kPassive &&
           (is(h, "expected") || is(h, "scheduled") || is(h, "slated") || is(h, "set"))) ||
          is(after, "due") || is(after, "set") || is(after, "scheduled") || is(after, "expected") ||
          is(after, "slated")) {
        return Reading::kFuture;
      }
    }
    return Reading::kPresent;
  }
  // A non-finite verb ("arriving on July 3", "to meet on Friday") has no
  // tense of its own: the nearest occurrence.
  if (vg.tense == Tense::kNone && !vg.perfect) {
    // "to attend on Thursday", "arriving on July 3": the nearest one.
    const bool gerund = vg.head >= 0 && static_cast<size_t>(vg.head) < doc.tokens.size() &&
                        doc.tokens[static_cast<size_t>(vg.head)].tag == text::Id(text::Tag::VBG);
    if (vg.infinitive || gerund) return Reading::kNearest;
    // A participle right after a noun phrase is a finite past the tagger took
    // for a participle ("The court ruled on Friday"); after a comma it is a
    // participial phrase (", followed by Erdogan on July 4"): the nearest.
    if (vg.begin > 0) {
      const uint32_t before = vg.begin - 1;
      auto it = std::upper_bound(doc.phrases.begin(), doc.phrases.end(), before,
                                 [](uint32_t t, const Phrase& p) { return t < p.begin; });
      if (it != doc.phrases.begin() && std::prev(it)->kind == PhraseKind::kNounPhrase &&
          std::prev(it)->end == vg.begin) {
        return Reading::kPast;
      }
    }
    return Reading::kNearest;
  }
  return Reading::kPast;
}

// The reading of the clause holding token `t` (past when unknown).
Reading ReadingAt(const Document& doc, uint32_t t) {
  const auto& clauses = doc.clauses;
  auto it = std::upper_bound(clauses.begin(), clauses.end(), t,
                             [](uint32_t tok, const Clause& c) { return tok < c.begin; });
  int32_t clause = -1;
  for (int steps = 0; it != clauses.begin() && steps < kMaxPhraseScan; ++steps) {
    --it;
    if (it->begin <= t && t < it->end) {
      clause = static_cast<int32_t>(it - clauses.begin());
      break;
    }
  }
  if (clause < 0) return Reading::kPast;
  const Clause& c = clauses[static_cast<size_t>(clause)];
  // The verb group nearest the expression inside the clause.
  const auto& phrases = doc.phrases;
  auto at = std::lower_bound(phrases.begin(), phrases.end(), t,
                             [](const Phrase& p, uint32_t tok) { return p.begin < tok; });
  const Phrase* after = nullptr;
  const Phrase* before = nullptr;
  for (auto p = at; p != phrases.end() && p - at < kMaxPhraseScan && p->begin < c.end; ++p) {
    if (p->kind == PhraseKind::kVerbGroup) {
      after = &*p;
      break;
    }
  }
  for (auto p = at; p != phrases.begin() && at - p < kMaxPhraseScan;) {
    --p;
    if (p->end <= c.begin) break;
    if (p->kind == PhraseKind::kVerbGroup) {
      before = &*p;
      break;
    }
  }
  const Phrase* vg = before;
  if (after != nullptr &&
      (before == nullptr || static_cast<int64_t>(after->begin) - t < static_cast<int64_t>(t) + 1 - before->end)) {
    vg = after;
  }
  if (vg != nullptr) {
    const Reading r = ReadingOf(doc, *vg);
    if (r != Reading::kNearest) return r;
    // A non-finite verb takes the time of the finite one it depends on
    // ("went to Moscow to attend talks on Thursday": past; "is expected
    // ... to attend": future); with none, the nearest occurrence.
    int32_t top = clause;
    while (clauses[static_cast<size_t>(top)].parent >= 0) top = clauses[static_cast<size_t>(top)].parent;
    const uint32_t sentence_begin = clauses[static_cast<size_t>(top)].begin;
    for (auto p = phrases.begin() + (vg - phrases.data()); p != phrases.begin() && (vg - &*p) < kMaxPhraseScan;) {
      --p;
      if (p->end <= sentence_begin) break;
      if (p->kind != PhraseKind::kVerbGroup) continue;
      const Reading finite = ReadingOf(doc, *p);
      if (finite != Reading::kNearest) return finite;
    }
    return r;
  }
  for (int32_t k = clause; k >= 0; k = clauses[static_cast<size_t>(k)].parent) {
    const int32_t verb = clauses[static_cast<size_t>(k)].verb;
    if (verb >= 0 && static_cast<size_t>(verb) < phrases.size()) {
      return ReadingOf(doc, phrases[static_cast<size_t>(verb)]);
    }
  }
  return Reading::kPast;
}

// "in December, when Russian air defences shot down a jet": a "when"
// clause right after the expression tells what happened at that time, so
// its verb's tense places the expression, whatever the tense (or the
// tagging) of the clause's other verbs ("Ties first soured in December,
// when ..." with "Ties" taken for a verb). Returns `reading` unchanged when
// no such clause follows or its verb is not past.
Reading WhenClauseReading(const Document& doc, uint32_t after, uint32_t sentence_end, Reading reading) {
  if (reading != Reading::kPresent && reading != Reading::kNearest) return reading;
  uint32_t k = after;
  if (k < sentence_end && doc.tokens[k].tag == text::Id(text::Tag::kComma)) ++k;
  if (k >= sentence_end || !internal::EqualsLower(doc.Slice(doc.tokens[k].span), "when")) return reading;
  auto it = std::lower_bound(doc.phrases.begin(), doc.phrases.end(), k + 1,
                             [](const Phrase& p, uint32_t tok) { return p.begin < tok; });
  for (int steps = 0; it != doc.phrases.end() && it->begin < sentence_end && steps < kMaxPhraseScan; ++it, ++steps) {
    if (it->kind != PhraseKind::kVerbGroup) continue;
    return it->tense == Tense::kPast ? Reading::kPast : reading;
  }
  return reading;
}

}  // namespace

void Recognize(Document& doc, std::string_view date) {
  doc.times.clear();
  internal::NormalizeContext ctx;
  ctx.document_day = DocumentDay({date, doc.date.value, doc.date_inferred.value});
  uint32_t consumed = 0;  // tokens before it belong to an expression already
  std::vector<const internal::WordInfo*> memo;  // the matchers' (one sentence at a time)
  for (const Sentence& sentence : doc.sentences) {
    // The sentence's tokens: those starting inside its span.
    auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), sentence.span.begin,
                                  [](const Token& tok, Offset off) { return tok.span.begin < off; });
    auto last = std::lower_bound(first, doc.tokens.end(), sentence.span.end,
                                 [](const Token& tok, Offset off) { return tok.span.begin < off; });
    const auto begin = static_cast<uint32_t>(first - doc.tokens.begin());
    const auto end = static_cast<uint32_t>(last - doc.tokens.begin());
    const Matcher matcher(doc, begin, end, memo);
    Parsed parsed;
    for (uint32_t i = std::max(begin, consumed); i < end;) {
      if (!matcher.Trigger(i) || !matcher.At(i, &parsed) || parsed.end <= i) {
        ++i;
        continue;
      }
      if (doc.times.size() >= kMaxExpressions) return;
      ctx.reading = WhenClauseReading(doc, parsed.end, end, ReadingAt(doc, parsed.begin));
      if (parsed.kind == internal::Kind::kIn && ctx.reading != Reading::kFuture) {
        parsed.kind = internal::Kind::kDuration;  // "captured the town in 10 days"
        parsed.rule = "duration";
        ++parsed.begin;
      }
      TimeExpression t;
      t.span = Span{doc.tokens[parsed.begin].span.begin, doc.tokens[parsed.end - 1].span.end};
      internal::Normalize(parsed, ctx, &t);
      if (t.granularity == TimeGranularity::kDay) {
        if (const auto ymd = internal::ParseIsoDate(t.start)) {
          ctx.previous = static_cast<int32_t>(doc.times.size());
          ctx.previous_day = internal::DaysFromCivil(*ymd);
        }
      } else if (ctx.previous >= 0 && !t.start.empty() && !t.end.empty()) {
        // The story moved to another period ("... in December. Putin
        // apologised three days later"): a day outside it no longer anchors
        // "three days later", which abstains rather than count from it. A
        // period holding that day ("on Friday ... earlier this week") keeps it.
        const auto first = internal::ParseIsoDate(t.start), last = internal::ParseIsoDate(t.end);
        if (first && last && (ctx.previous_day < internal::DaysFromCivil(*first) ||
                              ctx.previous_day > internal::DaysFromCivil(*last))) {
          ctx.previous = -1;
        }
      }
      doc.times.push_back(std::move(t));
      i = consumed = parsed.end;
    }
  }
}

}  // namespace riposte::temporal
