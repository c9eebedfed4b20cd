// Tests of Recognize (time.h), part 1: absolute expressions in news forms —
// full dates, numeric dates, month-year, years, decades, centuries, seasons,
// quarters, halves, ranges — and parts and mods, with span exactness (every
// rendered case compares the exact span text) and a table of full fields.
// Relative expressions: recognize_relative_test.cc; negative cases:
// recognize_negative_test.cc. Sentences are ours. The document date is
// 2025-07-01 (a Tuesday) unless a case says otherwise.
#include <gtest/gtest.h>

#include "time/internal/recognize_testing.h"

namespace riposte::temporal {
namespace {

using testing::RunCases;
using testing::RunDetails;

constexpr const char* kDate = "2025-07-01";

TEST(Recognize, FullDates) {
  RunCases({
      {"On December 25, 2024, an Azerbaijan Airlines Embraer crashed near Aktau.", kDate,
       "December 25, 2024=2024-12-25"},
      {"The ministry said on June 27, 2025 that it would respond.", kDate, "June 27, 2025=2025-06-27"},
      {"The plane crashed on 25 December 2024.", kDate, "25 December 2024=2024-12-25"},
      {"The plane crashed on 25 December, 2024.", kDate, "25 December, 2024=2024-12-25"},
      {"Talks resumed on Dec. 25, 2024.", kDate, "Dec. 25, 2024=2024-12-25"},
      {"Talks resumed on Sept. 3, 2024.", kDate, "Sept. 3, 2024=2024-09-03"},
      {"Talks resumed on Jan 5 2025.", kDate, "Jan 5 2025=2025-01-05"},
      {"The attack came on 1 March 2022.", kDate, "1 March 2022=2022-03-01"},
      {"On the 27th of June, 2025, the court ruled.", kDate, "the 27th of June, 2025=2025-06-27"},
      {"The court ruled on June 27th, 2025.", kDate, "June 27th, 2025=2025-06-27"},
      {"The court ruled on 27th June 2025.", kDate, "27th June 2025=2025-06-27"},
      {"On Friday, June 27, 2025, the court ruled.", kDate, "Friday, June 27, 2025=2025-06-27"},
      {"The ceasefire began on 9 November 2020.", kDate, "9 November 2020=2020-11-09"},
      {"The vote took place on February 29, 2024.", kDate, "February 29, 2024=2024-02-29"},
      {"The statement of Aug. 14, 2023 was withdrawn.", kDate, "Aug. 14, 2023=2023-08-14"},
      {"Moscow replied on 3rd October 2024.", kDate, "3rd October 2024=2024-10-03"},
      {"The jet was downed on Wednesday, 25 December 2024.", kDate,
       "Wednesday, 25 December 2024=2024-12-25"},
      {"Azerbaijan declared independence on 18 October 1991.", kDate, "18 October 1991=1991-10-18"},
      {"The envoy left Baku on Nov. 2, 2024, officials said.", kDate, "Nov. 2, 2024=2024-11-02"},
      {"The accord dated 10 November 2020 ended the war.", kDate, "10 November 2020=2020-11-10"},
  });
}

TEST(Recognize, NumericDates) {
  RunCases({
      {"The report was dated 30-06-2025.", kDate, "30-06-2025=2025-06-30"},
      {"The report was dated 25.07.2025.", kDate, "25.07.2025=2025-07-25"},
      {"The report was dated 2025-07-01.", kDate, "2025-07-01=2025-07-01"},
      {"The decree of 06/30/2025 took effect.", kDate, "06/30/2025=2025-06-30"},
      {"The decree of 30/06/2025 took effect.", kDate, "30/06/2025=2025-06-30"},
      {"The decree of 2025/06/30 took effect.", kDate, "2025/06/30=2025-06-30"},
      {"He was born on 5.3.1970 in Baku.", kDate, "5.3.1970=1970-03-05"},
      {"Posted 2024-12-26 by the agency.", kDate, "2024-12-26=2024-12-26"},
      {"The hearing on 01.02.2025 was postponed.", kDate, "01.02.2025=2025-02-01"},
      {"The order of 12/31/2024 was cancelled.", kDate, "12/31/2024=2024-12-31"},
      {"How Baku is playing with fire\n25.07\n2025\nBy Mehdi Seyf Tabrizi", kDate, "25.07\n2025=2025-07-25"},
  });
}

TEST(Recognize, MonthsAndYears) {
  RunCases({
      {"Relations soured in December 2024.", kDate, "December 2024=2024-12"},
      {"The agency closed in February 2025.", kDate, "February 2025=2025-02"},
      {"The agency closed in Feb. 2025.", kDate, "Feb. 2025=2025-02"},
      {"The talks collapsed in June of 2023.", kDate, "June of 2023=2023-06"},
      {"He was elected in October, 2003.", kDate, "October, 2003=2003-10"},
      {"The war began in September 2020.", kDate, "September 2020=2020-09"},
      {"The 2020 war changed the region.", kDate, "2020=2020"},
      {"The agreement was signed in 1994.", kDate, "1994=1994"},
      {"The treaty of 1828 drew the border.", kDate, "1828=1828"},
      {"Elections are planned for 2026.", kDate, "2026=2026"},
      {"The 2024 election was disputed.", kDate, "2024=2024"},
      {"Azerbaijan's 2023 offensive ended the conflict.", kDate, "2023=2023"},
      {"The law, passed in 2019, was repealed.", kDate, "2019=2019"},
      {"In 1991 Azerbaijan declared independence.", kDate, "1991=1991"},
      {"2020 was a hard year for Baku.", kDate, "2020=2020"},
      {"The August 2020 protests were crushed.", kDate, "August 2020=2020-08"},
      {"The 2022 invasion of Ukraine shifted alliances.", kDate, "2022=2022"},
      {"Unlike in 2018, the vote was calm.", kDate, "2018=2018"},
      {"The crisis of 1988 is remembered.", kDate, "1988=1988"},
      {"Oil prices peaked in July 2008 and fell in 2009.", kDate, "July 2008=2008-07 | 2009=2009"},
  });
}

TEST(Recognize, DecadesAndCenturies) {
  RunCases({
      {"Since the 1990s, Baku has courted Ankara.", kDate, "Since the 1990s=199~since"},
      {"In the early 2000s, oil revenues soared.", kDate, "the early 2000s=200~early"},
      {"The late 1980s saw unrest in Nagorno-Karabakh.", kDate, "The late 1980s=198~late"},
      {"The jets were built in the '90s.", kDate, "the '90s=199"},
      {"The jets were built in the \xE2\x80\x99" "80s.", kDate, "the \xE2\x80\x99" "80s=198"},
      {"Tensions grew in the 2010s.", kDate, "the 2010s=201"},
      {"Prices rose in the mid-1990s.", kDate, "the mid-1990s=199~mid"},
      {"The 20th century brought two wars.", kDate, "The 20th century=19"},
      {"In the twenty-first century, wars are hybrid.", kDate, "the twenty-first century=20"},
      {"The border dates from the 19th century.", kDate, "the 19th century=18"},
      {"The pipeline was planned in the 1970s.", kDate, "the 1970s=197"},
  });
}

TEST(Recognize, SeasonsQuartersHalves) {
  RunCases({
      {"The offensive began in the spring of 2024.", kDate, "the spring of 2024=2024-SP"},
      {"Talks resume in autumn 2025.", kDate, "autumn 2025=2025-FA"},
      {"The talks stalled in the summer.", kDate, "the summer=2025-SU"},
      {"Last winter was harsh.", kDate, "Last winter=2024-WI"},
      {"The summit will take place next spring.", kDate, "next spring=2026-SP"},
      {"The winter of 2022 was cold.", kDate, "The winter of 2022=2022-WI"},
      {"In early spring 2025, the talks resumed.", kDate, "early spring 2025=2025-SP~early"},
      {"Fighting resumed in the fall of 2023.", kDate, "the fall of 2023=2023-FA"},
      {"This summer, the border reopened.", kDate, "This summer=2025-SU"},
      {"Growth slowed in the third quarter of 2025.", kDate, "the third quarter of 2025=2025-Q3"},
      {"Revenue fell in Q2 2025.", kDate, "Q2 2025=2025-Q2"},
      {"Exports rose in the first quarter.", kDate, "the first quarter=2025-Q1"},
      {"Trade fell in the first half of 2024.", kDate, "the first half of 2024=2024-H1"},
      {"Growth is expected in H2 2025.", kDate, "H2 2025=2025-H2"},
      {"Sales fell in the fourth quarter of last year.", kDate, "the fourth quarter of last year=2024-Q4"},
      {"In the second half of the year, imports rose.", kDate, "the second half of the year=2025-H2"},
      {"The deal will close in Q4.", kDate, "Q4=2025-Q4"},
      {"Flights resumed in the summer of 2021.", kDate, "the summer of 2021=2021-SU"},
      {"During winter, the pass is closed.", kDate, "winter=2024-WI"},
      {"The flights stopped in the autumn.", "2025-01-15", "the autumn=2024-FA"},
  });
}

TEST(Recognize, Ranges) {
  RunCases({
      {"He ruled between 2001 and 2011.", kDate, "between 2001 and 2011=2001/2011"},
      {"He served from 2003 to 2013.", kDate, "from 2003 to 2013=2003/2013"},
      {"The 2001-2011 period was calm.", kDate, "2001-2011=2001/2011"},
      {"From June to August 2025, flights were suspended.", kDate,
       "From June to August 2025=2025-06/2025-08"},
      {"The mission ran from March 2022 until May 2023.", kDate,
       "from March 2022 until May 2023=2022-03/2023-05"},
      {"Between 1994 and 2020 the front line barely moved.", kDate, "Between 1994 and 2020=1994/2020"},
      {"The 2020-21 season was cancelled.", kDate, "2020-21=2020/2021"},
      {"Talks were held on June 5-7.", kDate, "June 5-7=2025-06-05/2025-06-07"},
      {"Talks were held on 5-7 June 2024.", kDate, "5-7 June 2024=2024-06-05/2024-06-07"},
      {"The flights were halted from 1 May 2024 to 30 June 2024.", kDate,
       "from 1 May 2024 to 30 June 2024=2024-05-01/2024-06-30"},
  });
}

TEST(Recognize, PartsAndMods) {
  RunCases({
      {"Tensions rose in late 2024.", kDate, "late 2024=2024~late"},
      {"Talks resumed in early October.", kDate, "early October=2024-10~early"},
      {"The deal was signed in mid-2024.", kDate, "mid-2024=2024~mid"},
      {"Fighting flared in mid-June.", kDate, "mid-June=2025-06~mid"},
      {"The fleet must be replaced by the end of 2025.", kDate, "by the end of 2025=2025~until"},
      {"At the beginning of March, the talks collapsed.", kDate, "the beginning of March=2025-03~early"},
      {"In late December, the plane crashed.", kDate, "late December=2024-12~late"},
      {"Prices peaked in the middle of the year.", kDate, "the middle of the year=2025~mid"},
      {"Early last year, the agency closed.", kDate, "Early last year=2024~early"},
      {"Relations have been frozen since December.", kDate, "since December=2024-12~since"},
      {"Flights have been suspended since June.", kDate, "since June=2025-06~since"},
      {"The ban stays in force until March.", kDate, "until March=2025-03~until"},
      {"Since 2014, Moscow has backed the rebels.", kDate, "Since 2014=2014~since"},
      {"Until 2022, the pipeline ran at capacity.", kDate, "Until 2022=2022~until"},
      {"Before 2020, flights were daily.", kDate, "Before 2020=2020~before"},
      {"After 2008, ties improved.", kDate, "After 2008=2008~after"},
      {"Around 2015, the company expanded.", kDate, "Around 2015=2015~approx"},
      {"The plant opened in late 2024 and closed in early 2025.", kDate,
       "late 2024=2024~late | early 2025=2025~early"},
      {"Since May 2023, the border has been closed.", kDate, "Since May 2023=2023-05~since"},
      {"By mid-2026, the line should be complete.", kDate, "By mid-2026=2026~until"},
      {"At the end of June, the ban was lifted.", kDate, "the end of June=2025-06~late"},
      {"The Kremlin said late on Friday that it regretted the crash.", kDate, "late on Friday=2025-06-27~late"},
      {"Prices fell at the start of 2025.", kDate, "the start of 2025=2025~early"},
  });
}

// Spans are byte ranges of the stored text, covering the expression and its
// modifier words but not a bare preposition.
TEST(Recognize, SpanOffsets) {
  const Document doc = testing::Analyzed(
      "Putin apologised on Saturday, and two days later, Baku summoned the ambassador.", kDate);
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].span, (Span{20, 28}));
  EXPECT_EQ(doc.times[1].span, (Span{34, 48}));
  const Document since = testing::Analyzed("Ties have been strained since December, officials said.", kDate);
  ASSERT_EQ(since.times.size(), 1u);
  EXPECT_EQ(since.times[0].span, (Span{24, 38}));
  const Document curly = testing::Analyzed("On 25\xC2\xA0" "December 2024 \xE2\x80\x94 the jet crashed.", kDate);
  ASSERT_EQ(curly.times.size(), 1u);
  EXPECT_EQ(curly.Slice(curly.times[0].span), "25\xC2\xA0" "December 2024");
}

// Full fields of the first expression: span, value, granularity, interval,
// mod and anchor. Conventions: early/mid/late = thirds of the period.
TEST(Recognize, Fields) {
  RunDetails({
      {"Tensions rose in late 2024.", kDate, "late 2024", "2024", "year", "2024-09-01", "2024-12-31", "late", "absolute"},
      {"Talks resumed in early October.", kDate, "early October", "2024-10", "month", "2024-10-01", "2024-10-10", "early", "document"},
      {"Fighting flared in mid-June.", kDate, "mid-June", "2025-06", "month", "2025-06-11", "2025-06-20", "mid", "document"},
      {"In the early 2000s, oil revenues soared.", kDate, "the early 2000s", "200", "decade", "2000-01-01", "2002-12-31", "early", "absolute"},
      {"The late 1990s were hard.", kDate, "The late 1990s", "199", "decade", "1997-01-01", "1999-12-31", "late", "absolute"},
      {"The winter of 2023 was cold.", kDate, "The winter of 2023", "2023-WI", "season", "2023-12-01", "2024-02-29", "", "absolute"},
      {"Growth slowed in Q3 2025.", kDate, "Q3 2025", "2025-Q3", "quarter", "2025-07-01", "2025-09-30", "", "absolute"},
      {"Trade fell in the first half of 2024.", kDate, "the first half of 2024", "2024-H1", "half", "2024-01-01", "2024-06-30", "", "absolute"},
      {"The 20th century brought two wars.", kDate, "The 20th century", "19", "century", "1900-01-01", "1999-12-31", "", "absolute"},
      {"He ruled between 2001 and 2011.", kDate, "between 2001 and 2011", "2001/2011", "year", "2001-01-01", "2011-12-31", "", "absolute"},
      {"On June 27, 2025, police raided the office.", kDate, "June 27, 2025", "2025-06-27", "day", "2025-06-27", "2025-06-27", "", "absolute"},
      {"The agency closed in February 2024.", kDate, "February 2024", "2024-02", "month", "2024-02-01", "2024-02-29", "", "absolute"},
      {"The 2020 war changed the region.", kDate, "2020", "2020", "year", "2020-01-01", "2020-12-31", "", "absolute"},
      {"Since the 1990s, Baku has courted Ankara.", kDate, "Since the 1990s", "199", "decade", "1990-01-01", "1999-12-31", "since", "absolute"},
      {"Last week, the envoy was summoned.", kDate, "Last week", "2025-W26", "week", "2025-06-23", "2025-06-29", "", "document"},
      {"He was jailed for four months.", kDate, "four months", "P4M", "duration", "", "", "", "absolute"},
      {"Earlier this year, the agency closed.", kDate, "Earlier this year", "2025", "year", "2025-01-01", "2025-07-01", "", "document"},
      {"Yesterday, Baku protested.", kDate, "Yesterday", "2025-06-30", "day", "2025-06-30", "2025-06-30", "", "document"},
      {"In the summer, flights stopped.", kDate, "the summer", "2025-SU", "season", "2025-06-01", "2025-08-31", "", "document"},
      {"Late last year, ties soured.", kDate, "Late last year", "2024", "year", "2024-09-01", "2024-12-31", "late", "document"},
  });
}

}  // namespace
}  // namespace riposte::temporal
