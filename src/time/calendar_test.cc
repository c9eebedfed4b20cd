#include "time/internal/calendar.h"

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

namespace riposte::temporal::internal {
namespace {

TEST(Calendar, DayNumbersRoundTrip) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  for (int64_t d = -800000; d <= 800000; d += 37) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d) << d;
  }
  EXPECT_EQ(CivilFromDays(DaysFromCivil({2024, 2, 29})), (Ymd{2024, 2, 29}));
}

TEST(Calendar, LeapYearsAndMonths) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(2025));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_EQ(DaysInMonth(2025, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_FALSE(IsValid({2025, 2, 29}));
  EXPECT_FALSE(IsValid({2025, 13, 1}));
}

TEST(Calendar, Weekdays) {
  EXPECT_EQ(Weekday(DaysFromCivil({2025, 6, 27})), 4);   // a Friday
  EXPECT_EQ(Weekday(DaysFromCivil({2024, 12, 25})), 2);  // a Wednesday
  EXPECT_EQ(Weekday(DaysFromCivil({1969, 12, 31})), 2);
}

TEST(Calendar, IsoWeeks) {
  EXPECT_EQ(FormatWeek(IsoWeekOf(DaysFromCivil({2025, 6, 27}))), "2025-W26");
  EXPECT_EQ(FormatWeek(IsoWeekOf(DaysFromCivil({2021, 1, 3}))), "2020-W53");
  EXPECT_EQ(FormatWeek(IsoWeekOf(DaysFromCivil({2024, 12, 30}))), "2025-W01");
  EXPECT_EQ(FormatDay(MondayOfIsoWeek(2025, 26)), "2025-06-23");
}

TEST(Calendar, IsoText) {
  int p = 0;
  EXPECT_EQ(ParseIsoDate("2025-06-27T10:00:00Z", &p), (Ymd{2025, 6, 27}));
  EXPECT_EQ(p, 3);
  EXPECT_EQ(ParseIsoDate("2025-06", &p), (Ymd{2025, 6, 1}));
  EXPECT_EQ(p, 2);
  EXPECT_EQ(ParseIsoDate("2025", &p), (Ymd{2025, 1, 1}));
  EXPECT_EQ(p, 1);
  EXPECT_FALSE(ParseIsoDate("2025-02-30"));
  EXPECT_FALSE(ParseIsoDate("25-06-27"));
  EXPECT_FALSE(ParseIsoDate(""));
  EXPECT_EQ(FormatMonth(2025, 6), "2025-06");
  EXPECT_EQ(FormatYear(987), "0987");
}

// The hand-written digits give what snprintf gave, in range and out of it.
TEST(Calendar, FormatsAsPrintfDid) {
  const auto printf = [](const char* format, int a, int b, int c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, format, a, b, c);
    return std::string(buf);
  };
  for (int year : {-5, 0, 7, 987, 2025, 9999, 12000}) {
    const int y = year < 0 ? 0 : year > 9999 ? 9999 : year;
    EXPECT_EQ(FormatYear(year), printf("%04d", y, 0, 0));
    for (int m : {-1, 0, 1, 9, 10, 12, 99, 100, -2147483647}) {
      EXPECT_EQ(FormatMonth(year, m), printf("%04d-%02d", y, m, 0));
      EXPECT_EQ(FormatWeek(IsoWeek{year, m}), printf("%04d-W%02d", y, m, 0));
      for (int d : {-3, 0, 1, 31, 99, 100}) {
        EXPECT_EQ(FormatDay(Ymd{year, m, d}), printf("%04d-%02d-%02d", y, m, d));
      }
    }
  }
}

}  // namespace
}  // namespace riposte::temporal::internal
