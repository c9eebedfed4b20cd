// Tests of Recognize (time.h), part 3: sentences that must yield no time
// expression — month names that are modals, verbs or surnames, numbers that
// are counts, labels, models, scores, phone numbers, money, percentages,
// ages, clock times alone, page numbers, names with weekday or season words —
// and a few near misses kept apart from a real date in the same sentence.
// Sentences are ours; document date 2025-07-01.
#include <gtest/gtest.h>

#include "time/internal/recognize_testing.h"

namespace riposte::temporal {
namespace {


using testing::RunCases;

constexpr const char* kDate = "2025-07-01";

// Each sentence must give no expression at all.
constexpr const char* kNoDate[] = {
    // "May" the modal, "March" the verb, month words as names.
    "Officials may meet the envoy.",
    "May the talks succeed, he said.",
    "Protesters march through Baku.",
    "March on, the soldiers shouted.",
    "Theresa May resigned as prime minister.",
    "Brian May played the anthem.",
    "The minister said August Bebel was quoted.",
    "A march was held in Baku.",
    "The minister spoke to June Smith.",
    "Letters were sent to May Ling and others.",
    "They may march to the embassy.",
    "The official said it may rain.",
    "Opposition supporters will march again.",
    "The Mar-a-Lago talks were private.",
    // Counts, money, percentages.
    "The crash killed 2,025 people.",
    "The flight carried 2020 passengers.",
    "Some 1500 troops were deployed.",
    "He scored 2000 points in the vote.",
    "The deal is worth $800 million.",
    "It costs 2000 dollars.",
    "They have 1000 drones.",
    "Inflation reached 15% in the region.",
    "He won 52% of the vote.",
    "Stocks fell 2.5 percent.",
    "Between 2000 and 3000 people fled.",
    "Murders in the region numbered 98, 2010 and 291.",
    "Officials counted 1200, 1900 and 2000 votes.",
    "He was one of 2000 delegates.",
    "The company employs 1999 workers.",
    "The building has 2024 windows.",
    "They were fined 5,000 manat.",
    "A total of 1,200 people fled.",
    "The report runs to 2025 pages.",
    "He received 1990 votes.",
    "The 2000 km border is closed.",
    "At 2000 metres, the plane was hit.",
    "About 1800 soldiers took part.",
    "The plant produces 2100 tonnes a year.",
    // Labels, models, flights, articles.
    "Article 15 of the treaty applies.",
    "Flight 8243 crashed near Aktau.",
    "Flight 2020 was diverted.",
    "The Su-25 jets were grounded.",
    "Downing Street, No. 10, declined to comment.",
    "Resolution 2231 was cited.",
    "The Boeing 737 crashed.",
    "Room 1905 was searched.",
    "The 737 MAX was grounded.",
    "The Mi-8 helicopter landed.",
    "The S-400 system was deployed.",
    "Gate 12 was closed.",
    "The MiG-29 fighters scrambled.",
    "Tanks rolled down Route 66.",
    "Unit 731 was notorious.",
    "Chapter 11 bankruptcy was filed.",
    "Highway M-4 was cut.",
    "Number 2020 on the list was a fake.",
    "He was jailed in Cell 2020.",
    "The A320 landed safely.",
    "He was charged under Article 282.",
    "The iPhone 15 launched quietly.",
    "Decree No. 1945 was annulled.",
    "See page 12 of the report.",
    "The figures are on page 2019.",
    // Scores, phone numbers, clock times, measures.
    "The score was 2-1 at half-time.",
    "The team won 3-0 on aggregate.",
    "The vote was 98-2.",
    "Call +994 12 555 1234 for details.",
    "The meeting starts at 10:30.",
    "They met at 3 p.m. in Baku.",
    "The decision came at 11 pm.",
    "Temperatures hit 40 degrees.",
    "A magnitude 5.8 quake struck.",
    "The ratio was 1:2000.",
    "Version 2.0 was released.",
    "The 24/7 coverage continued.",
    "The bill passed 52 to 48.",
    // Ages.
    "He is 45 years old.",
    "A 45-year-old man was detained.",
    "The man, 45, was detained.",
    "The 30-day-old ceasefire held.",
    "A 1,000-year-old church was damaged.",
    // Periods as adjectives, not dates.
    "The 1990s-era jets are obsolete.",
    "The 1960s-style building was razed.",
    // Names with weekday and season words.
    "The Arab Spring changed the region.",
    "The Prague Spring was crushed.",
    "Russia Today broadcast the speech.",
    "USA Today reported the story.",
    "The fall of Kabul shocked the world.",
    "The Summer Olympics opened.",
    "Operation Winter Storm began.",
    "Black Friday sales were weak.",
    "Bloody Sunday is remembered.",
    "The Sunday Times reported the story.",
    "The Winter Palace was lit.",
    "The Monday Club met privately.",
    // Unit words without a count, frequencies, vague spans.
    "He said it twice a day.",
    "Once a week, inspectors visit.",
    "For years, Baku ignored the issue.",
    "Over the years, ties frayed.",
    "He has lived there for decades.",
    "The months of negotiation failed.",
    "A day of mourning was declared.",
    "Every year, the festival draws crowds.",
    "The year was marked by unrest.",
    "It was the week of the summit.",
    "In the days that followed, anger grew.",
    "The first day of the trial was calm.",
    "Day 3 of the trial was tense.",
    "He spoke for hours.",
    "Spring water was scarce.",
    "Prices spring back quickly.",
    "Exports fall behind imports.",
    "The day after the crash, Baku protested.",
    "The talks lasted a day.",
};

TEST(RecognizeNegative, NoExpression) {
  for (const char* text : kNoDate) {
    EXPECT_EQ(testing::Run(text, kDate), "") << "text: " << text;
  }
  EXPECT_GE(std::size(kNoDate), 100u);
}

// Near misses next to a real expression: only the real one is kept.
TEST(RecognizeNegative, NearMissesBesideDates) {
  RunCases({
      {"In May, officials said the talks may resume.", kDate, "May=2025-05"},
      {"Flight 8243 crashed on December 25, 2024.", kDate, "December 25, 2024=2024-12-25"},
      {"The crash on Wednesday killed 38 of the 67 people on board.", kDate, "Wednesday=2025-06-25"},
      {"In 2024, some 1500 troops were deployed.", kDate, "2024=2024"},
      {"The 45-year-old was detained on Friday.", kDate, "Friday=2025-06-27"},
      {"Article 15 was invoked in March 2022.", kDate, "March 2022=2022-03"},
      {"The Su-25 was shot down in 2020.", kDate, "2020=2020"},
      {"Between 2000 and 3000 people fled in 2020.", kDate, "2020=2020"},
  });
}

}  // namespace
}  // namespace riposte::temporal
