// Tests of DateOf (anchor.cc): which time expression governs an event.
// Most tests build doc.times by hand so that they test the anchoring alone;
// the end-to-end ones run Recognize.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "text/text.h"
#include "time/time.h"

namespace riposte::temporal {
namespace {

Document Analyzed(std::string text, std::string date = {}) {
  Document doc;
  doc.id = "t";
  doc.text = std::move(text);
  if (!date.empty()) doc.date.Set(date, Provenance::kGiven);
  text::Segment(doc);
  EXPECT_TRUE(text::Analyze(doc).ok());
  return doc;
}

Span Find(const Document& doc, std::string_view needle, size_t from = 0) {
  const size_t at = doc.text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<Offset>(at), static_cast<Offset>(at + needle.size())};
}

// Adds a hand-made expression over the first occurrence of `needle`.
void AddTime(Document& doc, std::string_view needle, std::string value,
             TimeGranularity g = TimeGranularity::kDay, TimeAnchor anchor = TimeAnchor::kAbsolute) {
  TimeExpression t;
  t.span = Find(doc, needle);
  t.value = value;
  t.granularity = g;
  t.anchor = anchor;
  if (g == TimeGranularity::kDay) t.start = t.end = value;
  t.rule = "test";
  doc.times.push_back(t);
  std::sort(doc.times.begin(), doc.times.end(),
            [](const TimeExpression& a, const TimeExpression& b) { return a.span.begin < b.span.begin; });
}

TEST(DateOf, SameClausePrepositionalPhraseAfterTheVerb) {
  Document doc = Analyzed("Police detained 50 people on June 27, and Baku protested on June 28.");
  AddTime(doc, "June 27", "2025-06-27");
  AddTime(doc, "June 28", "2025-06-28");
  EventDate d = DateOf(doc, Find(doc, "detained"));
  EXPECT_EQ(d.value, "2025-06-27");
  EXPECT_EQ(d.precision, "day");
  EXPECT_EQ(d.expression, 0);
  d = DateOf(doc, Find(doc, "protested"));
  EXPECT_EQ(d.value, "2025-06-28");
  EXPECT_EQ(d.start, "2025-06-28");
  EXPECT_EQ(d.end, "2025-06-28");
}

TEST(DateOf, SentenceInitialDate) {
  Document doc = Analyzed("On December 25, Russian air defences shot down the plane near Grozny.");
  AddTime(doc, "December 25", "2024-12-25");
  const EventDate d = DateOf(doc, Find(doc, "shot"));
  EXPECT_EQ(d.value, "2024-12-25");
  EXPECT_TRUE(d.how == "clause" || d.how == "sentence") << d.how;
}

TEST(DateOf, ReportedSpeechKeepsEachVerbsOwnDate) {
  Document doc = Analyzed("Baku said on Monday that Russian police detained the men on June 27.", "2025-07-01");
  AddTime(doc, "Monday", "2025-06-30", TimeGranularity::kDay, TimeAnchor::kDocument);
  AddTime(doc, "June 27", "2025-06-27");
  EXPECT_EQ(DateOf(doc, Find(doc, "said")).value, "2025-06-30");
  EXPECT_EQ(DateOf(doc, Find(doc, "detained")).value, "2025-06-27");
}

TEST(DateOf, ExpressionInsideTheEvidenceWins) {
  Document doc = Analyzed("In March 2022, the army killed over 1,000 residents, footage from June 2024 showed.");
  AddTime(doc, "March 2022", "2022-03", TimeGranularity::kMonth);
  AddTime(doc, "June 2024", "2024-06", TimeGranularity::kMonth);
  const EventDate d = DateOf(doc, Find(doc, "footage from June 2024"));
  EXPECT_EQ(d.value, "2024-06");
  EXPECT_EQ(d.precision, "month");
  EXPECT_EQ(d.how, "clause");
}

TEST(DateOf, DurationsNeverDateAnEvent) {
  Document doc = Analyzed("The talks lasted for four months.", "2025-07-01");
  AddTime(doc, "four months", "P4M", TimeGranularity::kDuration);
  const EventDate d = DateOf(doc, Find(doc, "lasted"));
  EXPECT_EQ(d.precision, "report");
  EXPECT_EQ(d.how, "report");
  EXPECT_EQ(d.value, "2025-07-01");
  EXPECT_EQ(d.expression, -1);
}

TEST(DateOf, UnnormalisedExpressionsAreSkipped) {
  Document doc = Analyzed("Police detained two men yesterday.");
  AddTime(doc, "yesterday", "", TimeGranularity::kNone, TimeAnchor::kDocument);
  const EventDate d = DateOf(doc, Find(doc, "detained"));
  EXPECT_EQ(d.precision, "none");
  EXPECT_EQ(d.how, "none");
  EXPECT_EQ(d.value, "");
}

TEST(DateOf, NarrativeCarriesThePreviousSentencesDate) {
  Document doc = Analyzed("On June 30, police raided the Sputnik office. They arrested two editors.", "2025-07-02");
  AddTime(doc, "June 30", "2025-06-30");
  const EventDate d = DateOf(doc, Find(doc, "arrested"));
  EXPECT_EQ(d.value, "2025-06-30");
  EXPECT_EQ(d.how, "narrative");
}

TEST(DateOf, ADateNamingAnEntityCarriesNoNarrative) {
  // "the 2020 war" names a war; the next sentence is not dated 2020.
  Document doc = Analyzed("The 2020 war changed the region. Baku summoned the envoy.", "2025-07-02");
  AddTime(doc, "2020", "2020", TimeGranularity::kYear);
  EventDate d = DateOf(doc, Find(doc, "summoned"));
  EXPECT_EQ(d.how, "report");
  // A year standing alone still carries it.
  doc = Analyzed("The war ended in 2020. Baku summoned the envoy.", "2025-07-02");
  AddTime(doc, "2020", "2020", TimeGranularity::kYear);
  d = DateOf(doc, Find(doc, "summoned"));
  EXPECT_EQ(d.how, "narrative");
  EXPECT_EQ(d.value, "2020");
}

// A past act in a story that has reached the report's year: DateOf keeps the
// report date and names the story's year for the events stage.
TEST(DateOf, StoryYear) {
  Document doc = Analyzed("On June 30, police raided the office.\n\nIt rained.\n\nIt rained.\n\n"
                          "It rained.\n\nBaku protested.",
                          "2025-07-02");
  AddTime(doc, "June 30", "2025-06-30");
  EventDate d = DateOf(doc, Find(doc, "protested"));
  EXPECT_EQ(d.precision, "report");
  EXPECT_EQ(d.story_year, "2025");
  // The plain present is the report's own day: no story year.
  doc = Analyzed("On June 30, police raided the office.\n\nIt rained.\n\nIt rained.\n\n"
                 "It rained.\n\nBaku insists.",
                 "2025-07-02");
  AddTime(doc, "June 30", "2025-06-30");
  EXPECT_EQ(DateOf(doc, Find(doc, "insists")).story_year, "");
}

TEST(DateOf, NarrativeTakesTheMainClausesDate) {
  // "last December" dates the crash the reported clause tells; the story is
  // on Thursday.
  Document doc = Analyzed("Putin acknowledged on Thursday that missiles caused the crash last December.\n\n"
                          "Aliyev thanked Putin.",
                          "2025-10-10");
  AddTime(doc, "Thursday", "2025-10-09");
  AddTime(doc, "last December", "2024-12", TimeGranularity::kMonth, TimeAnchor::kDocument);
  const EventDate d = DateOf(doc, Find(doc, "thanked"));
  EXPECT_EQ(d.how, "narrative");
  EXPECT_EQ(d.value, "2025-10-09");
}

TEST(DateOf, NarrativeReachesBackThreeParagraphsAtMost) {
  Document doc = Analyzed("On June 30, police raided the Sputnik office.\n\nThey arrested two editors.", "2025-07-02");
  AddTime(doc, "June 30", "2025-06-30");
  EventDate d = DateOf(doc, Find(doc, "arrested"));
  EXPECT_EQ(d.how, "narrative");
  EXPECT_EQ(d.value, "2025-06-30");

  doc = Analyzed("On June 30, police raided the Sputnik office.\n\nBaku protested.\n\nMoscow replied.\n\n"
                 "Ankara called for calm.\n\nThey arrested two editors.",
                 "2025-07-02");
  AddTime(doc, "June 30", "2025-06-30");
  d = DateOf(doc, Find(doc, "arrested"));
  EXPECT_EQ(d.how, "report");
  EXPECT_EQ(d.value, "2025-07-02");
}

TEST(DateOf, LinesAreParagraphsWhenTheTextHasNoBlankLine) {
  Document doc = Analyzed("On June 27, police raided a cafe.\nOn June 30, police raided the Sputnik office.\n"
                          "They arrested two editors.",
                          "2025-07-02");
  AddTime(doc, "June 27", "2025-06-27");
  AddTime(doc, "June 30", "2025-06-30");
  EXPECT_EQ(DateOf(doc, Find(doc, "arrested")).value, "2025-06-30");
}

TEST(DateOf, NarrativeNeedsAgreeingTense) {
  Document doc = Analyzed("The minister will visit Baku on July 3. Police detained two men.", "2025-07-01");
  AddTime(doc, "July 3", "2025-07-03");
  EXPECT_EQ(DateOf(doc, Find(doc, "detained")).how, "report");
}

TEST(DateOf, HalfYearIsReportedAsYearWithItsInterval) {
  Document doc = Analyzed("Trade fell in the first half of 2025.");
  TimeExpression t;
  t.span = Find(doc, "the first half of 2025");
  t.value = "2025-H1";
  t.granularity = TimeGranularity::kHalf;
  t.start = "2025-01-01";
  t.end = "2025-06-30";
  doc.times.push_back(t);
  const EventDate d = DateOf(doc, Find(doc, "fell"));
  EXPECT_EQ(d.value, "2025");
  EXPECT_EQ(d.precision, "year");
  EXPECT_EQ(d.end, "2025-06-30");
}

TEST(DateOf, ReportDateFromInferredDateAndMonthPrecision) {
  Document doc = Analyzed("Baku protested.");
  doc.date_inferred.Set("2025-07-02", Provenance::kInferred, "July 2");
  EventDate d = DateOf(doc, Find(doc, "protested"));
  EXPECT_EQ(d.precision, "report");
  EXPECT_EQ(d.value, "2025-07-02");
  doc.date_inferred = Field{};
  doc.date.Set("2025-02", Provenance::kGiven);
  d = DateOf(doc, Find(doc, "protested"));
  EXPECT_EQ(d.value, "2025-02");
  EXPECT_EQ(d.start, "2025-02-01");
  EXPECT_EQ(d.end, "2025-02-28");
}

TEST(DateOf, BadSpanFallsBackToTheReportDate) {
  Document doc = Analyzed("Baku protested.", "2025-07-01");
  EXPECT_EQ(DateOf(doc, Span{100, 200}).precision, "report");
}

// End to end: the recogniser finds the expressions.
TEST(DateOf, EndToEndWithRecognize) {
  Document doc = Analyzed("On June 27, 2025, Russian police detained almost 50 Azerbaijanis in Yekaterinburg. "
                          "Baku protested on June 28, 2025.",
                          "2025-07-01");
  Recognize(doc);
  if (doc.times.empty()) GTEST_SKIP() << "Recognize finds nothing yet";
  EXPECT_EQ(DateOf(doc, Find(doc, "detained")).value, "2025-06-27");
  EXPECT_EQ(DateOf(doc, Find(doc, "protested")).value, "2025-06-28");
}

// Every token of a multi-paragraph text, and spans at the text's edges, get
// a well-formed answer.
TEST(DateOf, EveryTokenGetsAWellFormedDate) {
  Document doc = Analyzed("Azerbaijan protests\n\nOn June 27, 2025, Russian police detained almost 50 "
                          "Azerbaijanis. Talks lasted for four months.\n\nThe following day, Baku lodged a "
                          "protest. Moscow will respond next week.\nIt said so on Friday.",
                          "2025-07-02");
  Recognize(doc);
  const std::string kPrecisions[] = {"day", "week", "month", "quarter", "season", "year", "report", "none"};
  std::vector<Span> spans{Span{0, 0}, Span{static_cast<Offset>(doc.text.size()), static_cast<Offset>(doc.text.size())},
                          Span{0, static_cast<Offset>(doc.text.size())}};
  for (const Token& t : doc.tokens) spans.push_back(t.span);
  for (Span s : spans) {
    const EventDate d = DateOf(doc, s);
    EXPECT_NE(std::find(std::begin(kPrecisions), std::end(kPrecisions), d.precision), std::end(kPrecisions))
        << d.precision;
    EXPECT_LT(d.expression, static_cast<int32_t>(doc.times.size()));
    if (d.expression >= 0) {
      EXPECT_NE(doc.times[d.expression].granularity, TimeGranularity::kDuration);
      EXPECT_FALSE(d.value.empty());
    }
    EXPECT_EQ(d.value.empty(), d.precision == "none");
  }
}

}  // namespace
}  // namespace riposte::temporal
