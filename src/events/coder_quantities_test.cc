// Tests of quantities (internal/quantities.cc): numbers in digits and
// words, scales, qualifiers, the attribute each measures, and the numbers
// that are not quantities (dates, years, flight numbers). Issue 6, point 4.
#include <gtest/gtest.h>

#include "events/internal/coder_internal.h"
#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

using testing::Case;
using testing::RunCases;

TEST(CoderQuantities, CountsAndQualifiers) {
  RunCases({
      {"Russian police detained almost 50 Azerbaijanis in Yekaterinburg.",
       {{"detained", "173"}}, "RUSCOP>AZECVL 173 asserted q=detained:50:about in=RUS"},
      {"At least 38 people were killed when the plane crashed.", {{"killed", "1823"}},
       "->? 1823 asserted q=killed:38:at_least"},
      {"Russian police searched more than ten apartments.", {{"searched", "171"}},
       "RUSCOP>- 171 asserted q=other:10:more_than"},
      {"Russian forces killed thirty-eight civilians.", {{"killed", "1823"}},
       "RUSMIL>? 1823 asserted q=killed:38:exact"},
      {"Police detained fewer than 20 protesters.", {{"detained", "173"}},
       "?>? 173 asserted q=detained:20:fewer_than"},
      {"Russia deported up to 300 Azerbaijani migrants.", {{"deported", "174"}},
       "RUSGOV>AZECVL 174 asserted q=other:300:at_most"},
      {"Police detained nearly 200 people.", {{"detained", "173"}},
       "?>? 173 asserted q=detained:200:about"},
  });
}

TEST(CoderQuantities, Attributes) {
  RunCases({
      {"The missile hit the plane, killing 38 people and injuring 29.",
       {{"killing", "1823"}, {"injuring", "1823"}},
       "->? 1823 asserted q=killed:38:exact ; ->- 1823 asserted q=injured:29:exact"},
      {"Russian air defences shot down the plane with 67 people on board.", {{"shot", "190"}},
       "RUSMIL>- 190 asserted q=on_board:67:exact"},
      {"Russia paid $800 million in compensation to Azerbaijan.", {{"paid", "071"}},
       "RUSGOV>AZE 071 asserted q=amount:800000000:exact"},
      {"The court fined Sputnik 1.5 million manats.", {{"fined", "172"}},
       "?>RUSMED 172 asserted q=amount:1500000:exact"},
      {"Rescuers pulled 29 survivors from the wreckage.", {{"pulled", "0"}},
       "->- 0 asserted q=survivors:29:exact"},
  });
}

TEST(CoderQuantities, NumbersThatAreNotQuantities) {
  RunCases({
      {"Russian police detained 12 people in Yekaterinburg in 2024.", {{"detained", "173"}},
       "RUSCOP>RUSCVL 173 asserted q=detained:12:exact in=RUS"},  // people in <city>: agent+in
      {"Russian air defences shot down Azerbaijan Airlines flight 8243.", {{"shot", "190"}},
       "RUSMIL>AZEBUS 190 asserted"},
      {"Azerbaijan expelled the diplomats on June 30.", {{"expelled", "161"}},
       "AZEGOV>? 161 asserted"},
      {"Russia raised gas prices by 15 percent.", {{"raised", "0"}}, "RUSGOV>- 0 asserted"},
  });
}

TEST(CoderQuantities, ParseNumber) {
  Document doc = testing::Analyzed("1,200 3.5 seven thirty-eight 800 million twelve");
  internal::DocIndex ix(doc);
  uint32_t end = 0;
  auto v = internal::ParseNumber(ix, 0, &end);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(*v, 1200);
  v = internal::ParseNumber(ix, 1, &end);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(*v, 3.5);
  v = internal::ParseNumber(ix, 4, &end);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(*v, 8e8);
  EXPECT_EQ(end, 6u);
}

}  // namespace
}  // namespace riposte::events
