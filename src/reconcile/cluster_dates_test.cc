// Tests of the date gate of event clustering (internal/cluster_score.cc):
// the day window bridges days reckoned from relative words and months told
// loosely, never a stated year that does not hold the other date. Mentions
// of our own, coded by hand.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

struct Corpus {
  std::vector<Document> docs;
  std::vector<Mention> mentions;

  // A document holding `sentence`, and one mention of it coded `cameo`
  // (category ASSAULT) with no actors, dated `date` at `precision`.
  void Add(const std::string& sentence, const std::string& cameo, const std::string& date,
           const std::string& start, const std::string& end, const std::string& precision) {
    Document d;
    d.id = std::to_string(docs.size());
    d.text = sentence;
    d.date.value = "2025-07-01";
    docs.push_back(std::move(d));
    Mention m;
    m.doc = docs.size() - 1;
    m.event.id = std::to_string(mentions.size());
    m.event.span = Span{0, static_cast<Offset>(sentence.size())};
    m.event.date = date;
    m.event.date_start = start;
    m.event.date_end = end;
    m.event.date_precision = precision;
    m.event.cameo = cameo;
    m.event.plover = "ASSAULT";
    m.event.mode = "asserted";
    mentions.push_back(std::move(m));
  }

  size_t Clusters() const {
    return ClusterEvents(docs, mentions, IndependentSources(docs.size(), {})).size();
  }
};

// The toll of a December 2024 sinking, and killings an article of July
// 2025 dates only to "this year": the same code, and the year touches
// December on New Year's Day, but 2025 does not hold December 2024.
TEST(ClusterDates, AYearTouchingAMonthIsAnotherAct) {
  Corpus c;
  c.Add("The ferry sank in December 2024, killing 12 passengers.", "1823", "2024-12", "2024-12-01", "2024-12-31",
        "month");
  c.Add("Several people were killed in a police raid this year.", "1823", "2025", "2025-01-01", "2025-12-31",
        "year");
  EXPECT_EQ(c.Clusters(), 2u);
}

// Days reckoned from relative words ("on Thursday") and a month told
// loosely ("in July" of a raid on the night of June 30) keep the window.
TEST(ClusterDates, DaysAndMonthsKeepTheWindow) {
  Corpus days;
  days.Add("Two men were killed on December 30.", "1823", "2024-12-30", "2024-12-30", "2024-12-30", "day");
  days.Add("Two men were killed on Thursday.", "1823", "2025-01-02", "2025-01-02", "2025-01-02", "day");
  EXPECT_EQ(days.Clusters(), 1u);
  Corpus month;
  month.Add("Two men were killed in the raid of June 30.", "1823", "2025-06-30", "2025-06-30", "2025-06-30", "day");
  month.Add("Two men were killed in July.", "1823", "2025-07", "2025-07-01", "2025-07-31", "month");
  EXPECT_EQ(month.Clusters(), 1u);
}

}  // namespace
}  // namespace riposte::reconcile
