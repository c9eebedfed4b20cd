// Tests of speech acts about acts (internal/speech.cc): acts announced in
// the future by their own subject or by a speaker of the same side become
// intents, threats or refusals; "must" said of another side is a demand.
// Hits are emulated, as in coder_test.cc. Issue 6.
#include <gtest/gtest.h>

#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

using testing::RunCases;

TEST(CoderSpeech, AnnouncedByItsOwnSubject) {
  RunCases({
      // Cooperation to come is a promise; force to come is a threat.
      {"Israel will evacuate the settlements.", {{"evacuate", "0874"}}, "ISRGOV>- 030 asserted"},
      {"Russia will expel Azerbaijani diplomats.", {{"expel", "1663"}}, "RUSGOV>AZEGOV 130 threatened"},
      // A negated promise is a refusal.
      {"Syria will not ease restrictions on Turkish trucks.", {{"ease", "081"}},
       "SYRGOV>TUR 120 asserted"},
      // Visits to come stay hypothetical visits; so does anything conditional.
      {"Putin will visit Azerbaijan in October.", {{"visit", "042"}}, "RUSGOV>AZE 042 hypothetical"},
      {"If Baku refuses, Russia will expel Azerbaijani diplomats.", {{"expel", "1663"}},
       "RUSGOV>AZEGOV 1663 hypothetical"},
  });
}

TEST(CoderSpeech, ANegatedIntentIsARejection) {
  RunCases({
      {"Azerbaijan said it was not willing to meet Russian officials.", {{"was", "036"}},
       "AZEGOV>RUSGOV~ 125 asserted by=AZEGOV"},
      {"Russia did not offer aid to Azerbaijan.", {{"offer", "033"}}, "RUSGOV>AZE 122 asserted"},
  });
}

TEST(CoderSpeech, AnnouncedByASpeaker) {
  RunCases({
      {"Putin said Russia would pay compensation to Azerbaijan.", {{"pay", "071"}},
       "RUSGOV>AZE 030 asserted"},
      // "must" said of another side: a demand on it.
      {"Russia said Sudan must return the helicopter.", {{"return", "0"}},
       "RUSGOV>SDNGOV 100 demanded"},
      // "must" said of one's own side is no demand.
      {"Russia said Russian forces must respond.", {{"respond", "0"}}, "RUSMIL>- 0 asserted by=RUSGOV"},
  });
}

}  // namespace
}  // namespace riposte::events
