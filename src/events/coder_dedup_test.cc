// The coder's last step: an event that a twin on the same sentence, code
// and mode says more about (a coded target or source it lacks) is dropped.
#include <gtest/gtest.h>

#include "events/events.h"
#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

TEST(CoderDedup, OneActTwoTriggersIsOneEvent) {
  // "canceled" and "visit" both fire 125; only the one with the target stays.
  const Document doc =
      testing::Analyzed("Azerbaijan canceled a planned visit by its parliamentarians to Russia.", "2025-06-28");
  const std::vector<Event> events = testing::ProjectCoder().Code(doc, "v");
  ASSERT_EQ(events.size(), 1u) << testing::RenderAll(events);
  EXPECT_EQ(events[0].cameo, "125");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->code.substr(0, 3), "RUS");
}

TEST(CoderDedup, DifferentTargetsStayApart) {
  const Document doc = testing::Analyzed("Baku summoned the Russian and Iranian ambassadors.", "2025-06-28");
  const std::vector<Event> events = testing::ProjectCoder().Code(doc, "v");
  ASSERT_EQ(events.size(), 2u) << testing::RenderAll(events);
  EXPECT_NE(events[0].target->code, events[1].target->code);
}

}  // namespace
}  // namespace riposte::events
