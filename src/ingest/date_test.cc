// Tests of NormalizeDate (ingest.h) and the date reader under it
// (internal/dates.h).
#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest.h"
#include "ingest/internal/dates.h"

namespace riposte::ingest {
namespace {

struct DateCase {
  const char* raw;
  const char* want;  // "" = unparseable
};

class DateNormalizeTest : public testing::TestWithParam<DateCase> {};

TEST_P(DateNormalizeTest, Normalizes) {
  EXPECT_EQ(NormalizeDate(GetParam().raw), GetParam().want) << "input: " << GetParam().raw;
}

INSTANTIATE_TEST_SUITE_P(
    Rfc822, DateNormalizeTest,
    testing::Values(
        DateCase{"Tue, 01 Jul 2025 10:00:00 GMT", "2025-07-01T10:00:00Z"},
        DateCase{"Tue, 01 Jul 2025 10:00:00 +0300", "2025-07-01T10:00:00+03:00"},
        DateCase{"Tue, 1 Jul 2025 10:00 -0500", "2025-07-01T10:00:00-05:00"},
        DateCase{"Mon, 30 Jun 2025 14:05:00 +0400", "2025-06-30T14:05:00+04:00"},
        DateCase{"Wed, 02 Jul 2025 08:15:00 EDT", "2025-07-02T08:15:00-04:00"},
        DateCase{"Wed, 02 Jul 2025 08:15:00 MSK", "2025-07-02T08:15:00+03:00"},
        DateCase{"02 Jul 25 08:15 UT", "2025-07-02T08:15:00Z"},  // RFC 822 two-digit year
        DateCase{"Tue, 01 Jul 2025 10:00:00 XYZT", "2025-07-01T10:00:00"},  // unknown zone
        DateCase{"Tue, 01 Jul 2025", "2025-07-01"},
        DateCase{"Jul 1 2025", "2025-07-01"},
        DateCase{"1 Jul 2025 10:00:00 GMT+3", "2025-07-01T10:00:00+03:00"}));

INSTANTIATE_TEST_SUITE_P(
    Iso8601, DateNormalizeTest,
    testing::Values(
        DateCase{"2025-07-01", "2025-07-01"},
        DateCase{"2025-07-01T10:00:00Z", "2025-07-01T10:00:00Z"},
        DateCase{"2025-07-01T10:00:00+03:00", "2025-07-01T10:00:00+03:00"},
        DateCase{"2025-07-01T10:00:00.123+0300", "2025-07-01T10:00:00+03:00"},
        DateCase{"2025-07-01T10:00:00+00:00", "2025-07-01T10:00:00Z"},
        DateCase{"2025-07-01T10:00", "2025-07-01T10:00:00"},
        DateCase{"2025-07-01 10:00:00", "2025-07-01T10:00:00"},
        DateCase{"2025-07-01 10:00:00 UTC", "2025-07-01T10:00:00Z"},
        DateCase{"  2025-07-01\n", "2025-07-01"},
        DateCase{"2025/07/01", "2025-07-01"},
        DateCase{"2024-02-29", "2024-02-29"}));

INSTANTIATE_TEST_SUITE_P(
    Written, DateNormalizeTest,
    testing::Values(
        DateCase{"July 1, 2025", "2025-07-01"},
        DateCase{"July 1st, 2025", "2025-07-01"},
        DateCase{"Jul. 1, 2025", "2025-07-01"},
        DateCase{"Sept. 3, 2025", "2025-09-03"},
        DateCase{"1 July 2025", "2025-07-01"},
        DateCase{"1st of July 2025", "2025-07-01"},
        DateCase{"01-Jul-2025", "2025-07-01"},
        DateCase{"Tuesday, 1 July 2025", "2025-07-01"},
        DateCase{"Tuesday, July 1, 2025, 10:32 AM", "2025-07-01T10:32:00"},
        DateCase{"July 1, 2025 at 9:05 p.m. EST", "2025-07-01T21:05:00-05:00"},
        DateCase{"12:00", ""},
        DateCase{"1 July 2025.", "2025-07-01"},
        DateCase{"1 июля 2025 г.", "2025-07-01"},
        DateCase{"01.07.2025", "2025-07-01"},  // day first
        DateCase{"25.07.2025", "2025-07-25"},
        DateCase{"1-7-2025", "2025-07-01"},
        DateCase{"25/07/2025", "2025-07-25"},   // unambiguous: 25 is the day
        DateCase{"07/25/2025", "2025-07-25"},   // unambiguous: 25 is the day
        DateCase{"07/01/2025", ""}));           // ambiguous: abstain

INSTANTIATE_TEST_SUITE_P(
    Invalid, DateNormalizeTest,
    testing::Values(
        DateCase{"", ""}, DateCase{"yesterday", ""}, DateCase{"2 days ago", ""},
        DateCase{"2025-13-01", ""}, DateCase{"2025-02-29", ""},  // 2025 is not a leap year
        DateCase{"2025-04-31", ""}, DateCase{"1899-12-31", ""}, DateCase{"2101-01-01", ""},
        DateCase{"32.07.2025", ""}, DateCase{"July 2025", ""}, DateCase{"2025", ""},
        DateCase{"2025-07-01T25:00:00Z", ""}, DateCase{"2025-07-01T10:61", "" },
        DateCase{"Tue, 01 Jul 2025 10:00:00 +2500", ""}, DateCase{"July 32, 2025", ""},
        DateCase{"2025-07-01 and then some", ""}, DateCase{"Flight 8243", ""},
        DateCase{"2025-07-011", ""}, DateCase{"Juli 1, 2025", ""}));

TEST(DateReaderTest, SniffingModeIsStricter) {
  using internal::DateMode;
  internal::DateTimeValue v;
  // "may" is a verb unless capitalised; two-digit years are not dates in text.
  EXPECT_EQ(internal::ParseDatePrefix("may 1 2025", DateMode::kSniffing, &v), 0u);
  EXPECT_GT(internal::ParseDatePrefix("may 1 2025", DateMode::kMetadata, &v), 0u);
  EXPECT_EQ(internal::ParseDatePrefix("01 Jul 25", DateMode::kSniffing, &v), 0u);
  EXPECT_EQ(internal::ParseDatePrefix("May 15, 2025 was", DateMode::kSniffing, &v), 12u);
  EXPECT_EQ(v.month, 5);
  EXPECT_EQ(v.day, 15);
}

TEST(DateReaderTest, MonthDayWithoutYear) {
  using internal::DateMode;
  int month = 0, day = 0;
  EXPECT_EQ(internal::ParseMonthDayPrefix("July 1. /TASS/", DateMode::kSniffing, &month, &day), 6u);
  EXPECT_EQ(month, 7);
  EXPECT_EQ(day, 1);
  EXPECT_EQ(internal::ParseMonthDayPrefix("2 July (AA)", DateMode::kSniffing, &month, &day), 6u);
  EXPECT_EQ(month, 7);
  EXPECT_EQ(day, 2);
  EXPECT_EQ(internal::ParseMonthDayPrefix("July 32", DateMode::kSniffing, &month, &day), 0u);
  EXPECT_EQ(internal::ParseMonthDayPrefix("Article 15", DateMode::kSniffing, &month, &day), 0u);
}

}  // namespace
}  // namespace riposte::ingest
