// Dating an act (assemble.cc, step 3).
//
//   own date    temporal::DateOf over the act's verb group (or trigger noun);
//               a verb lifted to its reporting clause (ClauseOfTrigger), or
//               in a clause sharing the subject of the clause before, is
//               dated with that clause's verb ("acknowledged on Thursday
//               that ... last December, and promised ...").
//   lead        (the lead's day: its main verb's, or, for a lead in the
//               present perfect, "has said", the day the next sentence
//               gives the same verb: "In an interview on Sunday, ... said")
//               a verbal act (statements, appeals, intents, demands,
//               criticism, rejections, threats, protests: CAMEO 01-03 and
//               10-14) that the time stage dates only from the narrative,
//               to a day before the story's lead, or only from the report
//               date, takes the lead's day: "The ministry said ..." after a
//               paragraph of background ("lost their lives on Friday") is
//               the news of the lead's day ("summoned the envoy on
//               Saturday"), not of the background's. So does any act
//               told in the present perfect with no date of its own ("has
//               opened a criminal case"): the news of the day.
//   story year  a past act told without a date in a story that has reached
//               the report's year gets that year (EventDate::story_year)
//               rather than the report date; in a story with no report
//               date, the latest year its absolute dates have reached. So
//               is an act "after months (weeks, years) of" something
//               (in its sentence or the one before, after the time that
//               dates it) that only the paragraph's time would date: it
//               is later.
//   ongoing     an act told in the present ("arrests of Azerbaijanis
//               continue", "has opened") or named as recent ("Aliyev's
//               recent call") with no date of its own: the report's year,
//               up to the report. So is an untensed gerund that only a past
//               paragraph's time would date (the narrative) when its
//               clause's verb is present or present perfect ("has allowed
//               Baku to pressure Russia through ... limiting").
//
// Tested by coder_context_test.cc and coder_accuracy_test.cc.
#include <algorithm>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

// Said, asked, promised, demanded, criticised, rejected, threatened,
// protested: acts made of words, reported on the day they are spoken.
bool IsVerbalAct(std::string_view cameo) {
  const int root = RootNumber(cameo);
  return (root >= 1 && root <= 3) || (root >= 10 && root <= 14);
}

// "Aliyev's recent call with Zelenskyy", "the ongoing arrests", "arrests
// of Azerbaijanis continue".
bool RecentNoun(const DocIndex& ix, uint32_t token) {
  static constexpr std::string_view kWords[] = {"recent", "latest", "ongoing", "current", "continuing"};
  static constexpr std::string_view kGoingOn[] = {"continue", "persist", "intensify", "escalate", "mount"};
  const Document& doc = ix.doc();
  const int32_t p = ix.PhraseOf(token);
  if (p < 0) return false;
  for (uint32_t t = doc.phrases[static_cast<size_t>(p)].begin; t < token; ++t) {
    if (ix.WordIn(t, kWords)) return true;
  }
  const int32_t c = ix.ClauseOf(token);
  if (c < 0 || doc.clauses[static_cast<size_t>(c)].verb < 0) return false;
  const Phrase& vg = doc.phrases[static_cast<size_t>(doc.clauses[static_cast<size_t>(c)].verb)];
  if (vg.tense != Tense::kPresent || vg.perfect || vg.modal >= 0 || vg.begin < token) return false;
  const std::string lemma = ix.Lemma(HeadToken(vg));
  return std::find(std::begin(kGoingOn), std::end(kGoingOn), lemma) != std::end(kGoingOn);
}

constexpr size_t kLeadSentences = 3;  // sentences searched for the lead
constexpr size_t kYearDigits = 4;
constexpr uint32_t kSpanReach = 3;  // words from "after" to "months" ("after several long months")

// EventDate::how of a lead dated by the sentence after it (LeadDate).
constexpr std::string_view kRestated = "restated";

// The date of sentence `s`'s main verb when it is `lemma` (the same act of
// saying), else precision "none".
temporal::EventDate NextSentenceSaying(const DocIndex& ix, int32_t s, const std::string& lemma) {
  const Document& doc = ix.doc();
  temporal::EventDate none;
  none.precision = "none";
  for (const Clause& cl : doc.clauses) {
    if (cl.parent >= 0 || cl.verb < 0 || ix.SentenceOf(cl.begin) != s) continue;
    const Phrase& vg = doc.phrases[static_cast<size_t>(cl.verb)];
    if (ix.Lemma(HeadToken(vg)) != lemma) return none;
    return temporal::DateOf(doc, ix.PhraseSpan(cl.verb));
  }
  return none;
}

// "has said", also when the tagger read "said" as a past tense.
bool PresentPerfect(const DocIndex& ix, const Phrase& vg) {
  if (vg.perfect && vg.tense == Tense::kPresent) return true;
  for (uint32_t t = vg.begin; t + 1 < vg.end; ++t) {
    if (ix.WordIs(t, "has") || ix.WordIs(t, "have")) {
      const TagId next = ix.doc().tokens[t + 1].tag;
      return next == text::Id(text::Tag::VBN) || next == text::Id(text::Tag::VBD);
    }
  }
  return false;
}

// The lead: the first of the first sentences, headings aside, whose
// outermost clause has a verb; -1 when none.
int32_t LeadSentence(const DocIndex& ix) {
  const Document& doc = ix.doc();
  for (size_t s = 0; s < doc.sentences.size() && s < kLeadSentences; ++s) {
    if (IsHeading(doc, static_cast<int32_t>(s))) continue;
    for (const Clause& cl : doc.clauses) {
      if (cl.parent < 0 && cl.verb >= 0 && ix.SentenceOf(cl.begin) == static_cast<int32_t>(s)) {
        return static_cast<int32_t>(s);
      }
    }
  }
  return -1;
}

// `when` re-dated to the whole of `year`, a year the story gives.
temporal::EventDate WholeYear(temporal::EventDate when, const std::string& year) {
  when.value = year;
  when.start = year + "-01-01";
  when.end = year + "-12-31";
  when.precision = "year";
  when.how = "story";
  return when;
}

// "After months of investigation, ...": an "after" followed by a span of
// weeks, months or years, between the time expression that dates by
// narrative (ending at offset `anchor_end`) and token `t`, in t's sentence
// or the one before.
bool LongAfter(const DocIndex& ix, uint32_t t, Offset anchor_end) {
  static constexpr std::string_view kSpans[] = {"weeks", "months", "years", "decades"};
  const int32_t sentence = ix.SentenceOf(t);
  for (uint32_t u = t; u > 0 && ix.SentenceOf(u - 1) >= sentence - 1 &&
                       ix.doc().tokens[u - 1].span.begin >= anchor_end;
       --u) {
    if (!ix.WordIs(u - 1, "after")) continue;
    for (uint32_t v = u; v < t && v < u + kSpanReach; ++v) {
      if (ix.WordIn(v, kSpans)) return true;
    }
  }
  return false;
}

// The latest year of an absolute time expression before offset `at`, or "".
std::string StoryYearBefore(const Document& doc, Offset at) {
  std::string best;
  for (const TimeExpression& t : doc.times) {
    if (t.span.begin >= at) break;
    if (t.anchor != TimeAnchor::kAbsolute || t.start.size() < kYearDigits) continue;
    const std::string year = t.start.substr(0, kYearDigits);
    if (year > best) best = year;
  }
  return best;
}

}  // namespace

temporal::EventDate LeadDate(const DocIndex& ix) {
  const Document& doc = ix.doc();
  temporal::EventDate none;
  none.precision = "none";
  for (size_t s = 0; s < doc.sentences.size() && s < kLeadSentences; ++s) {
    if (IsHeading(doc, static_cast<int32_t>(s))) continue;
    // The sentence's outermost clause with a verb: the lead's main verb.
    for (const Clause& cl : doc.clauses) {
      if (cl.parent >= 0 || cl.verb < 0) continue;
      if (ix.SentenceOf(cl.begin) != static_cast<int32_t>(s)) continue;
      temporal::EventDate d = temporal::DateOf(doc, ix.PhraseSpan(cl.verb));
      if (d.precision != "day" || (d.how != "clause" && d.how != "sentence")) return none;
      // "BAKU, December 30 - Aliyev has said that ... In an interview on
      // Sunday, the head of state said ...": a lead in the present perfect
      // sums up what the next sentence tells and dates.
      const Phrase& lead_verb = doc.phrases[static_cast<size_t>(cl.verb)];
      if (PresentPerfect(ix, lead_verb)) {
        const temporal::EventDate next = NextSentenceSaying(ix, static_cast<int32_t>(s) + 1, ix.Lemma(HeadToken(lead_verb)));
        if (next.precision == "day" && next.how == "clause" && next.value < d.value) {
          temporal::EventDate restated = next;
          restated.how = kRestated;
          return restated;
        }
      }
      return d;
    }
    // No verb: a dateline ("AKTAU, December 25."); the lead comes next.
  }
  return none;
}

temporal::EventDate DateOfAct(const DocIndex& ix, const Trigger& coded,
                              const temporal::EventDate& lead) {
  const Document& doc = ix.doc();
  Span date_span = doc.tokens[coded.token].span;
  if (coded.verb >= 0 && !coded.nominal) {
    date_span = ix.PhraseSpan(coded.verb);
    const int32_t c = ix.ClauseOfTrigger(coded);
    const int32_t own = ix.ClauseOf(HeadToken(doc.phrases[static_cast<size_t>(coded.verb)]));
    if (c >= 0 && c != own && doc.clauses[static_cast<size_t>(c)].verb >= 0) {
      date_span = ix.PhraseSpan(doc.clauses[static_cast<size_t>(c)].verb);
    } else if (own >= 0) {
      // "Putin acknowledged on Thursday that ..., and promised ...": a
      // clause sharing the subject of the one before is dated with its verb.
      const Clause& cl = doc.clauses[static_cast<size_t>(own)];
      const Phrase* subject = PhraseAt(ix, cl.subject);
      if (subject != nullptr && subject->end <= cl.begin && cl.verb == coded.verb) {
        const int32_t first = ix.ClauseOf(subject->begin);
        if (first >= 0 && first != own && doc.clauses[static_cast<size_t>(first)].verb >= 0) {
          date_span = ix.PhraseSpan(doc.clauses[static_cast<size_t>(first)].verb);
        }
      }
    }
  }
  temporal::EventDate when = temporal::DateOf(doc, date_span);
  // An act of the lead sentence that only its dateline dates takes the day
  // the next sentence gives the lead's saying.
  if (lead.how == kRestated && when.how == "sentence" && when.precision == "day" &&
      ix.SentenceOf(coded.token) == LeadSentence(ix)) {
    temporal::EventDate d = lead;
    d.how = "lead";
    return d;
  }
  const Phrase* vg = coded.verb >= 0 && !coded.nominal ? &doc.phrases[static_cast<size_t>(coded.verb)] : nullptr;
  // "has been set up to investigate": an infinitive is as recent as its verb.
  const Phrase* finite = vg;
  if (vg != nullptr && vg->infinitive) {
    const int32_t gv = GoverningVerb(ix, coded.verb);
    finite = gv >= 0 ? &doc.phrases[static_cast<size_t>(gv)] : nullptr;
  }
  const bool recent = finite != nullptr && finite->perfect && finite->tense == Tense::kPresent;
  if (lead.precision == "day" && vg != nullptr &&
      ((IsVerbalAct(coded.cameo) && ((when.how == "narrative" && when.end < lead.start) ||
                                     when.precision == "report")) ||
       (recent && when.precision == "report"))) {
    temporal::EventDate d = lead;
    d.how = "lead";
    return d;
  }
  // "After months of investigation, the Kremlin admitted ...": a long span
  // passed since the paragraph's time; the act is later than it: the
  // report's year, or the latest year the story has reached.
  if (when.how == "narrative" && when.expression >= 0 &&
      LongAfter(ix, coded.token, doc.times[static_cast<size_t>(when.expression)].span.end)) {
    const std::string& report_date = doc.ReportDate();
    const std::string year = report_date.size() >= kYearDigits
                                 ? report_date.substr(0, kYearDigits)
                                 : StoryYearBefore(doc, doc.tokens[coded.token].span.begin);
    if (!year.empty() && when.value.size() >= kYearDigits && year >= when.value.substr(0, kYearDigits)) {
      return WholeYear(when, year);
    }
  }
  // An undated story: a past act nothing dates takes the latest year the
  // story has reached before it ("since July 2025 ... Russian firms kept
  // their investments": 2025).
  if (when.precision == "none" && doc.ReportDate().empty() && vg != nullptr && vg->tense == Tense::kPast) {
    const std::string year = StoryYearBefore(doc, doc.tokens[coded.token].span.begin);
    if (!year.empty()) {
      return WholeYear(when, year);
    }
  }
  if (when.precision == "report" && !when.story_year.empty()) {
    when.value = when.story_year;
    when.start = when.story_year + "-01-01";
    when.precision = "year";
    when.how = "story";
  }
  // Going on, or just done, as the story is told: the report's year.
  const bool ongoing = finite != nullptr && finite->tense == Tense::kPresent && finite->modal < 0;
  // "this has allowed Baku to pressure Russia through measures such as
  // limiting ...": an untensed gerund or participle is as recent as its
  // clause's verb; in the present or present perfect, it is not dated by a
  // past paragraph's time (the narrative) but by the report's year.
  const Phrase* clause_verb = finite;
  if (vg != nullptr && vg->tense == Tense::kNone && !vg->infinitive) {
    const int32_t c = ix.ClauseOf(HeadToken(*vg));
    const int32_t cv = c >= 0 ? doc.clauses[static_cast<size_t>(c)].verb : -1;
    if (cv >= 0 && cv != coded.verb) clause_verb = &doc.phrases[static_cast<size_t>(cv)];
  }
  const std::string& report = doc.ReportDate();
  if (when.how == "narrative" && clause_verb != finite && clause_verb->tense == Tense::kPresent &&
      clause_verb->modal < 0 && report.size() >= 4) {
    when.end = report;
    when.value = report.substr(0, 4);
    when.start = when.value + "-01-01";
    when.precision = "year";
    when.how = "ongoing";
    return when;
  }
  if (when.precision == "report" && when.value.size() >= 4 &&
      (ongoing || (coded.nominal && RecentNoun(ix, coded.token)))) {
    when.end = when.value;
    when.value = when.value.substr(0, 4);
    when.start = when.value + "-01-01";
    when.precision = "year";
    when.how = "ongoing";
  }
  return when;
}

}  // namespace riposte::events::internal
