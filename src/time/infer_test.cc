// Tests of InferDocumentDate (infer.cc). Most build doc.times by hand so
// they test the inference alone; the end-to-end ones run Annotate.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "text/text.h"
#include "time/time.h"

namespace riposte::temporal {
namespace {

Document Analyzed(std::string text, std::string id = "t") {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  text::Segment(doc);
  EXPECT_TRUE(text::Analyze(doc).ok());
  return doc;
}

void AddTime(Document& doc, std::string_view needle, std::string value,
             TimeGranularity g = TimeGranularity::kDay, TimeAnchor anchor = TimeAnchor::kAbsolute) {
  const size_t at = doc.text.find(needle);
  ASSERT_NE(at, std::string::npos) << needle;
  TimeExpression t;
  t.span = Span{static_cast<Offset>(at), static_cast<Offset>(at + needle.size())};
  t.value = value;
  t.granularity = g;
  t.anchor = anchor;
  t.rule = "test";
  doc.times.push_back(t);
  std::sort(doc.times.begin(), doc.times.end(),
            [](const TimeExpression& a, const TimeExpression& b) { return a.span.begin < b.span.begin; });
}

TEST(InferDocumentDate, LatestPastTenseDay) {
  Document doc = Analyzed("On June 27, 2025, Russian police detained almost 50 Azerbaijanis. "
                          "Azerbaijani police raided the Sputnik office on June 30, 2025.");
  AddTime(doc, "June 27, 2025", "2025-06-27");
  AddTime(doc, "June 30, 2025", "2025-06-30");
  const auto before = doc.times.size();
  ASSERT_TRUE(InferDocumentDate(doc));
  EXPECT_EQ(doc.date_inferred.value, "2025-06-30");
  EXPECT_EQ(doc.date_inferred.evidence, "June 30, 2025");
  EXPECT_EQ(doc.date_inferred.provenance, Provenance::kInferred);
  EXPECT_TRUE(doc.date.empty());
  EXPECT_EQ(doc.times.size(), before);  // doc.times left as found
}

TEST(InferDocumentDate, FutureTenseDatesAreNotEvidence) {
  Document doc = Analyzed("Police raided the office on June 30, 2025. "
                          "The Turkish president will visit Baku on July 4, 2025.");
  AddTime(doc, "June 30, 2025", "2025-06-30");
  AddTime(doc, "July 4, 2025", "2025-07-04");
  ASSERT_TRUE(InferDocumentDate(doc));
  EXPECT_EQ(doc.date_inferred.value, "2025-06-30");
}

TEST(InferDocumentDate, AbstainsWhenAFutureDateComesBeforeAPastOne) {
  Document doc = Analyzed("Police raided the office on June 30, 2025. "
                          "The minister will visit Moscow on June 1, 2025.");
  AddTime(doc, "June 30, 2025", "2025-06-30");
  AddTime(doc, "June 1, 2025", "2025-06-01");
  EXPECT_FALSE(InferDocumentDate(doc));
  EXPECT_TRUE(doc.date_inferred.empty());
}

TEST(InferDocumentDate, DatelineUnderTheHeadlineWins) {
  Document doc = Analyzed("Baku and Moscow trade blows\nJuly 1, 2025\n"
                          "Russian police detained 50 people on June 27, 2025.");
  AddTime(doc, "July 1, 2025", "2025-07-01");
  AddTime(doc, "June 27, 2025", "2025-06-27");
  ASSERT_TRUE(InferDocumentDate(doc));
  EXPECT_EQ(doc.date_inferred.value, "2025-07-01");
  EXPECT_EQ(doc.date_inferred.evidence, "July 1, 2025");
}

TEST(InferDocumentDate, DatelineContradictedByLaterPastEventAbstains) {
  Document doc = Analyzed("Baku and Moscow trade blows\nJune 20, 2025\n"
                          "Russian police detained 50 people on June 27, 2025.");
  AddTime(doc, "June 20, 2025", "2025-06-20");
  AddTime(doc, "June 27, 2025", "2025-06-27");
  EXPECT_FALSE(InferDocumentDate(doc));
}

TEST(InferDocumentDate, MonthOrYearEvidenceAloneAbstains) {
  Document doc = Analyzed("In early October 2025, Putin apologised for the crash. Trade fell in 2024.");
  AddTime(doc, "October 2025", "2025-10", TimeGranularity::kMonth);
  AddTime(doc, "2024", "2024", TimeGranularity::kYear);
  EXPECT_FALSE(InferDocumentDate(doc));
  EXPECT_TRUE(doc.date_inferred.empty());
}

TEST(InferDocumentDate, NoExpressionsAbstains) {
  Document doc = Analyzed("Baku protested.");
  EXPECT_FALSE(InferDocumentDate(doc));
}

TEST(InferDocumentDate, ConditionalAndModalClausesAreNotEvidence) {
  Document doc = Analyzed("Police raided the office on June 30, 2025. "
                          "If Moscow apologises by July 9, 2025, Baku would release them.");
  AddTime(doc, "June 30, 2025", "2025-06-30");
  AddTime(doc, "July 9, 2025", "2025-07-09");
  ASSERT_TRUE(InferDocumentDate(doc));
  EXPECT_EQ(doc.date_inferred.value, "2025-06-30");
}

TEST(InferDocumentDate, NeverWhenTheDocumentHasADate) {
  Document doc = Analyzed("Police raided the office on June 30, 2025.");
  doc.date.Set("2025-07-01", Provenance::kGiven);
  AddTime(doc, "June 30, 2025", "2025-06-30");
  EXPECT_FALSE(InferDocumentDate(doc));
  EXPECT_EQ(doc.date.value, "2025-07-01");
  EXPECT_TRUE(doc.date_inferred.empty());
}

// End to end: year-less dates take the year of the latest full date.
TEST(InferDocumentDate, EndToEndYearlessDatesViaAnnotate) {
  Document doc = Analyzed("On June 27, 2025, Russian police detained almost 50 Azerbaijanis. "
                          "On July 2, Azerbaijan's parliament accused Russia of propaganda. "
                          "The Turkish president will arrive on July 4.");
  Annotate(doc);
  if (doc.times.empty()) GTEST_SKIP() << "Recognize finds nothing yet";
  EXPECT_EQ(doc.date_inferred.value, "2025-07-02");
  EXPECT_EQ(doc.date_inferred.evidence, "July 2");
  EXPECT_TRUE(doc.date.empty());
}

// "yesterday" and "on Friday" are relative to the date being inferred: they
// cannot evidence it. A year-less date takes its year from a full one.
TEST(InferDocumentDate, EndToEndDocumentRelativeExpressionsAreNotEvidence) {
  Document doc = Analyzed("Russian police detained almost 50 Azerbaijanis on June 27, 2025. "
                          "Baku protested yesterday, and Moscow replied on Friday.");
  Annotate(doc);
  if (doc.times.empty()) GTEST_SKIP() << "Recognize finds nothing yet";
  EXPECT_EQ(doc.date_inferred.value, "2025-06-27");

  doc = Analyzed("It might be this decision that led to the raids on June 27, 2025. "
                 "On June 30, police raided the Sputnik office.");
  Annotate(doc);
  EXPECT_EQ(doc.date_inferred.value, "2025-06-30");
  EXPECT_EQ(doc.date_inferred.evidence, "June 30");
}

}  // namespace
}  // namespace riposte::temporal
