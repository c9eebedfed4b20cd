// Fixed-date holidays (internal/match_holiday.cc) and the reading of
// non-finite verbs ("arriving on July 3": the nearest occurrence).
#include <gtest/gtest.h>

#include <vector>

#include "time/internal/recognize_testing.h"

namespace riposte::temporal {
namespace {

using testing::Case;
using testing::RunCases;

TEST(Holidays, NamesTakeTheYearGivenOrTheDocumentsAndTense) {
  RunCases(std::vector<Case>{
      {"Aliyev declined to attend the 2025 Victory Day Parade in Moscow.", "2025-07-02",
       "2025 Victory Day=2025-05-09"},
      {"Crowds gathered on Christmas Eve.", "2025-01-10", "Christmas Eve=2024-12-24"},
      {"The talks will resume after Christmas.", "2025-11-02", "after Christmas=2025-12-25~after"},
      {"On New Year\u2019s Day, the ministry met.", "2025-07-02", "New Year\u2019s Day=2025-01-01"},
      {"On New Year's Eve 2023, the border closed.", "2025-07-02", "New Year's Eve 2023=2023-12-31"},
      {"May Day rallies were banned.", "2025-07-02", "May Day=2025-05-01"},
      {"Orthodox Christmas passed quietly.", "2025-03-01", "Orthodox Christmas=2025-01-07"},
      {"Veterans marched on Armistice Day.", "2025-12-01", "Armistice Day=2025-11-11"},
  });
}

TEST(Holidays, NotHolidays) {
  RunCases(std::vector<Case>{
      {"The Christmas tree market opened.", "2025-07-02", "Christmas=2024-12-25"},
      {"Victory was declared.", "2025-07-02", ""},
      {"The Day of the Jackal is a novel.", "2025-07-02", ""},
      {"May God help them, she said.", "2025-07-02", ""},
  });
}

TEST(NonFiniteVerbs, ReadTheNearestOccurrence) {
  RunCases(std::vector<Case>{
      {"Baku is set to host the summit, with the Prime Minister of Pakistan arriving on July 3.",
       "2025-07-02", "July 3=2025-07-03"},
      {"Police detained him on July 3.", "2025-07-02", "July 3=2024-07-03"},
  });
}

}  // namespace
}  // namespace riposte::temporal
