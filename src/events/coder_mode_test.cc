// Tests of the coder's modes (internal/mode.cc, internal/assemble.cc):
// asserted, negated, threatened, demanded, hypothetical, and the speech acts
// coded for threats, demands, appeals, promises and refusals of an act.
// Hits are emulated; sentences are our own. Issue 6, point 3.
#include <gtest/gtest.h>

#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

using testing::Case;
using testing::RunCases;

TEST(CoderMode, Negated) {
  RunCases({
      {"Moscow did not apologise.", {{"apologise", "055"}}, "RUSGOV>- 055 negated"},
      // A warning of one's own coercive act to come is a threat ...
      {"Russia warned that it would expel Azerbaijani diplomats.", {{"expel", "1663"}},
       "RUSGOV>AZEGOV 130 threatened"},
      // ... a forecast of someone else's is not.
      {"Azerbaijani experts said Russia would punish Azerbaijan.", {{"punish", "170"}},
       "RUSGOV>AZEGOV 170 hypothetical by=AZEEDU"},
      {"Russia has neither acknowledged responsibility nor paid compensation to Azerbaijan.",
       {{"acknowledged", "015"}, {"paid", "071"}},
       "RUSGOV>AZE~ 015 negated ; RUSGOV>AZE 071 negated"},
      {"Nobody has been charged.", {{"charged", "1711"}}, "->- 1711 negated"},
      {"Russia never paid compensation to Azerbaijan.", {{"paid", "071"}},
       "RUSGOV>AZE 071 negated"},
      {"No compensation was paid to the families.", {{"paid", "071"}}, "->- 071 negated"},
      {"Russia paid no compensation.", {{"paid", "071"}}, "RUSGOV>- 071 negated"},
      {"Putin has not apologised to Aliyev.", {{"apologised", "055"}},
       "RUSGOV>AZEGOV 055 negated"},
      {"Moscow's lack of an official apology angered Baku.", {{"apology", "055"}},
       "RUSGOV>AZEGOV~ 055 negated"},
      {"Baku received no apology.", {{"apology", "055"}}, "->- 055 negated"},
  });
}

TEST(CoderMode, Hypothetical) {
  RunCases({
      {"Russia could retaliate against Azerbaijan.", {{"retaliate", "190"}},
       "RUSGOV>AZEGOV 190 hypothetical"},
      {"Putin may visit Azerbaijan next month.", {{"visit", "042"}},
       "RUSGOV>AZE 042 hypothetical"},
      {"Putin will visit Azerbaijan in October.", {{"visit", "042"}},
       "RUSGOV>AZE 042 hypothetical"},
      {"If Moscow apologises, Baku will drop the lawsuit.", {{"drop", "081"}},
       "AZEGOV>- 081 hypothetical"},
      {"Putin is scheduled to visit Azerbaijan in October.", {{"visit", "042"}},
       "RUSGOV>AZE 042 hypothetical"},
      {"Analysts believe Moscow pressured Baku.", {{"pressured", "130"}},
       "RUSGOV>AZEGOV 130 hypothetical by=?"},
      {"Azerbaijani experts said Russia would punish Azerbaijan.", {{"punish", "170"}},
       "RUSGOV>AZEGOV 170 hypothetical by=AZEEDU"},
      {"Azerbaijani experts say Russia punished Azerbaijan.", {{"punished", "170"}},
       "RUSGOV>AZEGOV 170 hypothetical by=AZEEDU"},
      {"Russia would likely expel the diplomats.", {{"expel", "161"}},
       "RUSGOV>? 161 hypothetical"},
      // Opinion without a reported clause from the text stage.
      {"Some argue that the crackdown served as a message to the Azerbaijani diaspora.",
       {{"crackdown", "175"}}, "->- 175 hypothetical"},
      // A gerund after a modal verb. An investigation takes no counterpart
      // from the story (context.cc, WantsCounterpart).
      {"Russia may cooperate with Baku on investigating the incident.",
       {{"investigating", "090"}}, "RUSGOV>- 090 hypothetical"},
      {"It is possible that Moscow expelled the Azerbaijani diplomats.", {{"expelled", "161"}},
       "RUSGOV>AZEGOV 161 hypothetical"},
  });
}

TEST(CoderMode, ThreatsAreTheSpeechAct) {
  ModeCodes expel;
  expel.threat = "1313";
  expel.demand = "1043";
  RunCases({
      {"Baku threatened to expel Russian diplomats.", {{"expel", "161", 0, expel}},
       "AZEGOV>RUSGOV 1313 threatened"},
      {"Baku threatened to expel Russian diplomats.", {{"expel", "161"}},
       "AZEGOV>RUSGOV 130 threatened"},
      {"Azerbaijan threatened sanctions against Moscow.", {{"threatened", "130"}},
       "AZEGOV>RUSGOV 130 threatened"},
      {"Moscow did not threaten to expel the Azerbaijani ambassador.",
       {{"expel", "161", 0, expel}}, "RUSGOV>AZEGOV 1313 negated"},
  });
}

TEST(CoderMode, DemandsAreTheSpeechAct) {
  ModeCodes release;
  release.demand = "1041";
  release.appeal = "0241";
  ModeCodes apologise;
  apologise.demand = "1055";
  RunCases({
      {"Aliyev demanded an investigation into the crash.", {{"demanded", "104"}},
       "AZEGOV>- 104 demanded"},
      {"Aliyev demanded an apology from Putin.", {{"demanded", "1055"}},
       "AZEGOV>RUSGOV 1055 demanded"},
      {"Moscow might demand the release of the Azerbaijani journalists.",
       {{"release", "0841", 0, release}}, "RUSGOV>AZEMED 1041 hypothetical"},
      {"Azerbaijan demanded the release of the Sputnik journalists.",
       {{"release", "0841", 0, release}}, "AZEGOV>RUSMED 1041 demanded"},
      {"The Kremlin urged Baku to release the journalists.", {{"release", "0841", 0, release}},
       "RUSGOV>AZEGOV 0241 asserted"},
      {"Aliyev demanded that Russia apologise.", {{"apologise", "055", 0, apologise}},
       "AZEGOV>RUS 1055 demanded"},
  });
}

// A refusal, a promise or an appeal is itself an act that happened.
TEST(CoderMode, RefusalsAndPromises) {
  RunCases({
      {"Moscow refused to pay compensation to Azerbaijan.", {{"pay", "071"}},
       "RUSGOV>AZE 120 asserted"},
      {"Russia promised to pay compensation to Azerbaijan.", {{"pay", "071"}},
       "RUSGOV>AZE 030 asserted"},
      {"Putin agreed to meet Aliyev.", {{"meet", "040"}}, "RUSGOV>AZEGOV 030 asserted"},
  });
}

// Issue 6: an act named as a purpose, or as the bare subject of a modal
// verb, is a scenario; a definite or possessed act stays asserted.
TEST(CoderMode, PurposesAndScenariosAreHypothetical) {
  RunCases({
      {"Chile and Peru discussed a pact aimed at excluding Bolivia.", {{"excluding", "160"}},
       "CHLGOV>BOLGOV 160 hypothetical ; PERGOV>BOLGOV 160 hypothetical"},
      {"Increased pressure or forced return to Algeria could impose serious costs.", {{"forced", "174"}},
       "->DZA 174 hypothetical"},
      {"France's expulsion of Algerian diplomats could harm relations.", {{"expulsion", "161"}},
       "FRAGOV>DZAGOV 161 asserted"},
  });
}

TEST(CoderMode, AssertedStaysAsserted) {
  RunCases({
      // Experts cited as a source: attributed, still asserted.
      {"On June 30, Azerbaijani police raided the office, according to Azerbaijani experts.",
       {{"raided", "171"}}, "AZECOP>- 171 asserted by=AZEEDU"},
      // "would like to express" is a performative.
      {"I would like to express my gratitude to Putin.", {{"express", "051"}},
       "->RUSGOV 051 asserted"},
      {"Russia paid compensation to Azerbaijan.", {{"paid", "071"}},
       "RUSGOV>AZE 071 asserted"},
      {"Putin apologised to Aliyev on Saturday.", {{"apologised", "055"}},
       "RUSGOV>AZEGOV 055 asserted"},
      {"Moscow managed to evacuate its citizens.", {{"evacuate", "0"}}, "RUSGOV>? 0 asserted"},
      // A participle after a past verb stays asserted.
      {"The plane crashed in Kazakhstan, killing 38 people.", {{"killing", "1823"}},
       "->? 1823 asserted q=killed:38:exact in=KAZ"},
      // "not only ... but also" is no negation.
      {"Baku not only protested but also summoned the Russian ambassador.",
       {{"protested", "111"}}, "AZEGOV>RUSGOV~ 111 asserted"},
  });
}

}  // namespace
}  // namespace riposte::events
