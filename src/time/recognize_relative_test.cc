// Tests of Recognize (time.h), part 2: expressions relative to the document
// date (weekdays, yesterday, last/this/next, "N units ago", "earlier this
// year", year-less dates and months with past/future tense), relative to the
// previous dated expression ("the following day", "two days later", "the
// day before"), durations, and documents without a date. Sentences are
// ours. The document date is 2025-07-01, a Tuesday, unless a case says
// otherwise (2025-01-10 is a Friday).
#include <gtest/gtest.h>

#include "time/internal/recognize_testing.h"

namespace riposte::temporal {
namespace {

using testing::Analyzed;
using testing::RunCases;
using testing::RunDetails;

constexpr const char* kDate = "2025-07-01";
constexpr const char* kJanuary = "2025-01-10";

TEST(RecognizeRelative, WeekdaysPastAndFuture) {
  RunCases({
      {"Putin apologised on Saturday.", kDate, "Saturday=2025-06-28"},
      {"The ministry said on Monday that it had protested.", kDate, "Monday=2025-06-30"},
      {"Police raided the office on Tuesday.", kDate, "Tuesday=2025-07-01"},
      {"The envoy was summoned on Wednesday.", kDate, "Wednesday=2025-06-25"},
      {"Baku recalled its ambassador on Sunday.", kDate, "Sunday=2025-06-29"},
      {"The court ruled on Friday.", kDate, "Friday=2025-06-27"},
      {"On Thursday, Moscow denied the claim.", kDate, "Thursday=2025-06-26"},
      {"Aliyev will visit Moscow on Friday.", kDate, "Friday=2025-07-04"},
      {"The talks will resume on Monday.", kDate, "Monday=2025-07-07"},
      {"The court will rule on Tuesday.", kDate, "Tuesday=2025-07-01"},
      {"The jet crashed last Friday.", kDate, "last Friday=2025-06-27"},
      {"The jet crashed last Tuesday.", kDate, "last Tuesday=2025-06-24"},
      {"The envoy will return next Monday.", kDate, "next Monday=2025-07-07"},
      {"The envoy will return next Tuesday.", kDate, "next Tuesday=2025-07-08"},
      {"The vote is set for this Friday.", kDate, "this Friday=2025-07-04"},
      {"On Friday, June 27, the court ruled.", kDate, "Friday, June 27=2025-06-27"},
      {"Tuesday's vote was postponed.", kDate, "Tuesday=2025-07-01"},
      {"The plane left on Friday.", kJanuary, "Friday=2025-01-10"},
      {"The plane left on Saturday.", kJanuary, "Saturday=2025-01-04"},
      {"Ministers will meet on Saturday.", kJanuary, "Saturday=2025-01-11"},
  });
}

TEST(RecognizeRelative, DaysWeeksMonthsYears) {
  RunCases({
      {"Yesterday, Baku protested.", kDate, "Yesterday=2025-06-30"},
      {"The ministry said today that it would respond.", kDate, "today=2025-07-01"},
      {"The envoy leaves tomorrow.", kDate, "tomorrow=2025-07-02"},
      {"Drones struck the depot last night.", kDate, "last night=2025-06-30"},
      {"Protesters gathered this morning.", kDate, "this morning=2025-07-01"},
      {"The day before yesterday, the border closed.", kDate, "The day before yesterday=2025-06-29"},
      {"Last week, the envoy was summoned.", kDate, "Last week=2025-W26"},
      {"The talks continue this week.", kDate, "this week=2025-W27"},
      {"The talks will continue next week.", kDate, "next week=2025-W28"},
      {"Prices rose last month.", kDate, "last month=2025-06"},
      {"Flights resumed this month.", kDate, "this month=2025-07"},
      {"The vote will be held next month.", kDate, "next month=2025-08"},
      {"Last year, trade fell.", kDate, "Last year=2024"},
      {"This year, trade grew.", kDate, "This year=2025"},
      {"Elections will be held next year.", kDate, "next year=2026"},
      {"Output fell last quarter.", kDate, "last quarter=2025-Q2"},
      {"Prices will stay high in the current year.", kDate, "the current year=2025"},
      {"Last week, trade stalled.", kJanuary, "Last week=2025-W01"},
      {"Last year, trade fell.", kJanuary, "Last year=2024"},
      {"This winter, gas prices rose.", kJanuary, "This winter=2024-WI"},
  });
}

TEST(RecognizeRelative, AgoAndIn) {
  RunCases({
      {"The jet crashed two days ago.", kDate, "two days ago=2025-06-29"},
      {"The envoy left a week ago.", kDate, "a week ago=2025-W26"},
      {"Talks broke down three weeks ago.", kDate, "three weeks ago=2025-W24"},
      {"The office closed six months ago.", kDate, "six months ago=2025-01"},
      {"A year ago, ties were warm.", kDate, "A year ago=2024"},
      {"The war ended 15 years ago.", kDate, "15 years ago=2010"},
      {"The pipeline opened a decade ago.", kDate, "a decade ago=2015"},
      {"The blast happened 24 hours ago.", kDate, "24 hours ago=2025-06-30"},
      {"The talks will resume in two weeks.", kDate, "in two weeks=2025-W29"},
      {"The ceasefire will expire in 48 hours.", kDate, "in 48 hours=2025-07-03"},
      {"The envoy will return in three months.", kDate, "in three months=2025-10"},
      {"Troops captured the town in 10 days.", kDate, "10 days=P10D"},
      {"The report will be published in a week.", kDate, "in a week=2025-W28"},
      {"Two years ago, the border reopened.", kDate, "Two years ago=2023"},
      {"The raid took place 10 days ago.", kDate, "10 days ago=2025-06-21"},
      {"Five months ago, the agency was shut.", kJanuary, "Five months ago=2024-08"},
      {"The first talks were held about two weeks ago.", kDate, "about two weeks ago=2025-W25~approx"},
  });
}

TEST(RecognizeRelative, PeriodToDate) {
  RunCases({
      {"Earlier this year, the agency closed.", kDate, "Earlier this year=2025"},
      {"The vote is due later this month.", kDate, "later this month=2025-07"},
      {"Officials met earlier this week.", kDate, "earlier this week=2025-W27"},
      {"The plant will open later this year.", kDate, "later this year=2025"},
      {"Earlier today, the ministry spoke.", kDate, "Earlier today=2025-07-01"},
  });
}

TEST(RecognizeRelative, YearFromTense) {
  RunCases({
      {"In February, the agency closed.", kDate, "February=2025-02"},
      {"In December, the jet crashed.", kDate, "December=2024-12"},
      {"In July, talks resumed.", kDate, "July=2025-07"},
      {"The summit will be held in February.", kDate, "February=2026-02"},
      {"He will visit Baku in September.", kDate, "September=2025-09"},
      {"Elections will take place in July.", kDate, "July=2025-07"},
      {"On 27 June, police raided the office.", kDate, "27 June=2025-06-27"},
      {"On 25 December, the jet crashed.", kDate, "25 December=2024-12-25"},
      {"On July 1, the ban took effect.", kDate, "July 1=2025-07-01"},
      {"On July 2, the ban took effect.", kDate, "July 2=2024-07-02"},
      {"The summit will open on 27 June.", kDate, "27 June=2026-06-27"},
      {"The summit will open on July 15.", kDate, "July 15=2025-07-15"},
      {"Dec. 25 was quiet.", kDate, "Dec. 25=2024-12-25"},
      {"The talks failed last May.", kDate, "last May=2025-05"},
      {"The talks will resume next March.", kDate, "next March=2026-03"},
      {"The talks failed last July.", kDate, "last July=2024-07"},
      {"The vote took place this June.", kDate, "this June=2025-06"},
      {"In December, the jet crashed.", kJanuary, "December=2024-12"},
      {"In January, prices rose.", kJanuary, "January=2025-01"},
      {"Parliament will vote in December.", kJanuary, "December=2025-12"},
      {"The court ruled on 8 January.", kJanuary, "8 January=2025-01-08"},
      {"The court ruled on 12 January.", kJanuary, "12 January=2024-01-12"},
      {"The court will rule on 12 January.", kJanuary, "12 January=2025-01-12"},
      {"Officials said the talks may resume in May.", kDate, "May=2025-05"},
      {"February 29 was quiet.", kDate, "February 29=2024-02-29"},
      {"The trial starts on July 15.", kDate, "July 15=2025-07-15"},
      {"The festival opens in October.", kDate, "October=2025-10"},
      {"The court meets in September.", kDate, "September=2025-09"},
      {"Putin apologises on Saturday.", kDate, "Saturday=2025-06-28"},
      // Arrangements point ahead: "is expected", "is due".
      {"Erdogan is expected in Baku on Thursday.", kDate, "Thursday=2025-07-03"},
      {"The summit is due on Friday.", kDate, "Friday=2025-07-04"},
      // A non-finite verb takes the time of the verb it depends on.
      {"Aliyev went to Moscow to attend talks on Thursday.", kDate, "Thursday=2025-06-26"},
      {"Erdogan is expected in Baku to attend talks on Thursday.", kDate, "Thursday=2025-07-03"},
      {"The talks are held on 27 June each year.", kDate, "27 June=2025-06-27"},
      {"The summit will open on February 29.", kDate, "February 29=2028-02-29"},
      {"The agency has been closed since February.", kJanuary, "since February=2024-02~since"},
      {"Aliyev said on Monday that he will visit Moscow in March.", kDate,
       "Monday=2025-06-30 | March=2026-03"},
      {"The court said on Friday it will rule on Monday.", kDate, "Friday=2025-06-27 | Monday=2025-07-07"},
      {"The envoy, who arrived in March, will leave in May.", kDate, "March=2025-03 | May=2026-05"},
  });
}

// "in December, when air defences shot down a jet": the "when" clause tells
// what happened then, so its past tense places the month even when the
// clause's own verb reads as present (a headline's "Ties sour", or a noun
// the tagger took for a verb).
TEST(RecognizeRelative, WhenClauseGivesItsTense) {
  RunCases({
      {"Ties sour in December, when air defences shot down a jet.", kDate, "December=2024-12"},
      {"The festival opens in October, when the harvest ended.", kDate, "October=2024-10"},
      {"The talks resume in December, when the envoys will meet.", kDate, "December=2025-12"},
      {"The festival opens in October, when the harvest ends.", kDate, "October=2025-10"},
      {"Ties sour in December when air defences shot down a jet.", kDate, "December=2024-12"},
  });
}

TEST(RecognizeRelative, FromThePreviousReference) {
  const char* crash = "On June 27, 2025, police raided the office. ";
  const std::string w = "June 27, 2025=2025-06-27 | ";
  struct Row {
    const char* follow;
    const char* want;
  };
  const Row rows[] = {
      {"The following day, Baku protested.", "The following day=2025-06-28"},
      {"Two days later, Baku summoned the ambassador.", "Two days later=2025-06-29"},
      {"The day before, Moscow had warned Baku.", "The day before=2025-06-26"},
      {"A week later, the envoy left.", "A week later=2025-07-04"},
      {"The next day, the envoy left.", "The next day=2025-06-28"},
      {"That day, the envoy left.", "That day=2025-06-27"},
      {"The same day, Moscow replied.", "The same day=2025-06-27"},
      {"Three days earlier, Moscow had warned Baku.", "Three days earlier=2025-06-24"},
      {"The previous day, Moscow had warned Baku.", "The previous day=2025-06-26"},
      {"A month later, the agency closed.", "A month later=2025-07"},
      {"A year later, the agency reopened.", "A year later=2026"},
      {"Baku protested the next morning.", "the next morning=2025-06-28"},
      {"Baku protested a day later.", "a day later=2025-06-28"},
      {"Baku protested the day after.", "the day after=2025-06-28"},
  };
  for (const Row& row : rows) {
    const std::string text = std::string(crash) + row.follow;
    EXPECT_EQ(testing::Run(text, kDate), w + row.want) << text;
  }
}

TEST(RecognizeRelative, PreviousChainsAndFallbacks) {
  RunCases({
      {"On December 25, 2024, the jet crashed. Two days later, Putin apologised. The following day, "
       "Baku summoned the envoy.",
       kDate, "December 25, 2024=2024-12-25 | Two days later=2024-12-27 | The following day=2024-12-28"},
      {"Putin apologised on Saturday, and two days later, Baku summoned the ambassador.", kDate,
       "Saturday=2025-06-28 | two days later=2025-06-30"},
      // No earlier day to count from: abstain (no value), never the document date.
      {"The following day, Baku protested.", kDate, "The following day="},
      {"In December 2024 the jet crashed. The following day, Baku protested.", kDate,
       "December 2024=2024-12 | The following day="},
      {"Yesterday police raided the office. The day before, the envoy left.", kDate,
       "Yesterday=2025-06-30 | The day before=2025-06-29"},
      // "Earlier in the day", "later in the day": the previous reference's day.
      {"The jet crashed on Wednesday. Earlier in the day, drones attacked Grozny. Later in the day "
       "Putin called Aliyev.",
       kDate, "Wednesday=2025-06-25 | Earlier in the day=2025-06-25 | Later in the day=2025-06-25"},
      {"Earlier in the day, drones attacked Grozny.", kDate, "Earlier in the day="},
      // The story moved to another period: a day outside it anchors nothing.
      {"The parade was held on Friday. The jet was downed in December. Putin apologised three days "
       "later.",
       kDate, "Friday=2025-06-27 | December=2024-12 | three days later="},
      // A period holding the day keeps it.
      {"Police raided the office on Friday. Earlier in June, two days later than planned, the "
       "envoy left.",
       kDate, "Friday=2025-06-27 | June=2025-06 | two days later=2025-06-29"},
  });
  const Document doc = Analyzed("On 25 December 2024 the jet crashed. Two days later, Putin apologised.", kDate);
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[1].anchor, TimeAnchor::kPrevious);
  EXPECT_EQ(doc.times[1].previous, 0);
  EXPECT_EQ(doc.times[1].rule, "relative-previous");
  const Document alone = Analyzed("The following day, Baku protested.", kDate);
  ASSERT_EQ(alone.times.size(), 1u);
  EXPECT_EQ(alone.times[0].anchor, TimeAnchor::kDocument);
  EXPECT_EQ(alone.times[0].previous, -1);
  EXPECT_EQ(alone.times[0].granularity, TimeGranularity::kNone);
  EXPECT_TRUE(alone.times[0].start.empty());
}

TEST(RecognizeRelative, Durations) {
  RunCases({
      {"He was jailed for four months.", kDate, "four months=P4M"},
      {"The country fought a six-week war.", kDate, "six-week=P6W"},
      {"The ban lasted for two years.", kDate, "two years=P2Y"},
      {"The envoy stayed for 10 days.", kDate, "10 days=P10D"},
      {"He received a two-year sentence.", kDate, "two-year=P2Y"},
      {"A 24-hour ceasefire was agreed.", kDate, "24-hour=PT24H"},
      {"The conflict lasted for three decades.", kDate, "three decades=P30Y"},
      {"He was held for a week.", kDate, "a week=P1W"},
      {"Troops must leave within 48 hours.", kDate, "48 hours=PT48H"},
      {"Trade has doubled over the past three years.", kDate, "the past three years=P3Y"},
      {"Prices rose over the past decade.", kDate, "the past decade=P10Y"},
      {"The minister began a 10-day visit.", kDate, "10-day=P10D"},
      {"The talks lasted for a fortnight.", kDate, "a fortnight=P2W"},
      {"The region was closed for twenty-five years.", kDate, "twenty-five years=P25Y"},
      {"A three-month ban was imposed.", kDate, "three-month=P3M"},
      {"The search lasted 30 minutes.", kDate, "30 minutes=PT30M"},
  });
}

TEST(RecognizeRelative, WithoutDocumentDate) {
  RunCases({
      {"Yesterday, Baku protested.", "", "Yesterday="},
      {"Putin apologised on Friday.", "", "Friday="},
      {"In February, the agency closed.", "", "February="},
      {"On December 25, 2024, the jet crashed.", "", "December 25, 2024=2024-12-25"},
      {"On 25 December 2024 the jet crashed. Two days later, Putin apologised.", "",
       "25 December 2024=2024-12-25 | Two days later=2024-12-27"},
      {"Last week, the envoy was summoned.", "", "Last week="},
      {"He was jailed for four months.", "", "four months=P4M"},
      {"The war ended 15 years ago.", "", "15 years ago="},
      {"Talks resumed in early October.", "", "early October=~early"},
      {"The 2020 war changed the region.", "", "2020=2020"},
  });
  RunDetails({
      {"Yesterday, Baku protested.", "", "Yesterday", "", "none", "", "", "", "document"},
      {"The following day, Baku protested.", "", "The following day", "", "none", "", "", "", "document"},
  });
}

TEST(RecognizeRelative, DocumentDateFromTheDocument) {
  Document doc;
  doc.text = "Yesterday, Baku protested.";
  doc.date.value = "2025-07-01T10:00:00Z";
  text::Segment(doc);
  ASSERT_TRUE(text::Analyze(doc).ok());
  Recognize(doc);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "2025-06-30");
  doc.date.value.clear();
  doc.date_inferred.value = "2025-01-10";
  Recognize(doc);
  EXPECT_EQ(doc.times[0].value, "2025-01-09");
  Recognize(doc, "2024-03-01");
  EXPECT_EQ(doc.times[0].value, "2024-02-29");
}

}  // namespace
}  // namespace riposte::temporal
