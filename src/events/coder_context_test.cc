// Tests of the implicit roles (internal/context.cc): a role the clause
// leaves unsaid is taken from the place of a state's act, the counterpart
// named in the sentence, the sentences before, or the document's dominant
// counterpart; never for comments (01x), never from the speaker, never
// when neither role is known. "~" marks an implicit role. Issue 6.
#include <gtest/gtest.h>

#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

using testing::Case;
using testing::RunCases;

TEST(CoderContext, CounterpartFromEarlierSentences) {
  RunCases({
      {"Russian police detained two Azerbaijani men in Yekaterinburg. The next day, "
       "Azerbaijan's Foreign Ministry lodged a formal protest.",
       {{"lodged", "114"}}, "AZEGOV>RUSCOP~ 114 asserted"},
      // Within the sentence first, the nearest mention of another country.
      {"Moscow expressed regret over the detention of Azerbaijani citizens, and Baku accepted "
       "the apology.",
       {{"accepted", "056"}}, "AZEGOV>RUSGOV~ 056 asserted"},
  });
}

TEST(CoderContext, PlaceOfAStateActNamesTheActor) {
  RunCases({
      {"The Azerbaijani ambassador in Moscow was summoned.", {{"summoned", "114"}},
       "RUS~>AZEGOV 114 asserted in=RUS"},
      // An agent in the clause wins over the place.
      {"Russian journalists were detained in Baku by Azerbaijani police.", {{"detained", "173"}},
       "AZECOP>RUSMED 173 asserted in=AZE"},
      // A killing's place does not name the killer.
      {"Two Russian journalists were killed in Baku.", {{"killed", "1823"}},
       "->RUSMED 1823 asserted q=killed:2:exact in=AZE"},
  });
}

TEST(CoderContext, AVisitAbroadIsAVisitToThatCountry) {
  RunCases({
      {"The Iraqi president arrived in Amman on Wednesday.", {{"arrived", "042"}},
       "IRQGOV>JOR~ 042 asserted in=JOR"},
      // At home it is no visit to anyone.
      {"The Iraqi president arrived in Baghdad on Wednesday.", {{"arrived", "042"}},
       "IRQGOV>- 042 asserted in=IRQ"},
  });
}

TEST(CoderRoles, AidIsForAndMediationBetween) {
  RunCases({
      {"Japan provided aid for Georgia.", {{"provided", "070"}}, "JPNGOV>GEOGOV 070 asserted"},
      {"Qatar launched a mediation effort between Egypt and Sudan.", {{"launched", "045"}},
       "QATGOV>EGYGOV 045 asserted ; QATGOV>SDNGOV 045 asserted"},
      // "for" names no target of other acts: Russia here is the story's.
      {"Georgia condemned Russia for the raid.", {{"condemned", "111"}}, "GEOGOV>RUSGOV 111 asserted"},
      {"Georgia condemned the raid for Russia.", {{"condemned", "111"}},
       "GEOGOV>RUSGOV~ 111 asserted"},
  });
}

TEST(CoderContext, DocumentCounterpart) {
  RunCases({
      {"Russia and Azerbaijan are at odds. Russian officials were angry. Moscow sent a note. "
       "The Kremlin was silent.\n\nIt was a long summer.\n\nThe weather was hot.\n\n"
       "Azerbaijan's Foreign Ministry lodged a formal protest.",
       {{"lodged", "114"}}, "AZEGOV>RUSGOV~ 114 asserted"},
  });
}

TEST(CoderContext, LeftEmpty) {
  RunCases({
      // A region is where things happen, not a party.
      {"The South Caucasus is tense. Azerbaijan lodged a protest.", {{"lodged", "114"}},
       "AZEGOV>- 114 asserted"},
      // A victim of violence is named in its own sentence or not at all.
      {"Azerbaijani officials visited the region. Russian troops shelled the village.",
       {{"shelled", "195"}}, "RUSMIL>- 195 asserted"},
      // Force is used by states: an outlet nearby is no implicit source.
      {"Azerbaijani media published photos. Russian citizens were beaten.",
       {{"beaten", "182"}}, "->RUSCVL 182 asserted"},
      // Comments have no counterpart.
      {"Russian police detained two Azerbaijani men. Aliyev made a statement.",
       {{"made", "010"}}, "AZEGOV>- 010 asserted"},
      // Neither role known: nothing says whose counterpart to look for (and
      // an asserted act with no actors and no count is not kept).
      {"Russian police detained two Azerbaijani men. A protest was lodged.",
       {{"lodged", "114"}}, ""},
      {"Russian police detained two Azerbaijani men. A protest was not lodged.",
       {{"lodged", "114"}}, "->- 114 negated"},
      // A name no lexicon knows yet keeps the act.
      {"Zhaksylykov was released on Monday.", {{"released", "0841"}}, "->- 0841 asserted"},
      // The speaker is not the act's party.
      {"Azerbaijani media reported that Russian police beat two men to death.",
       {{"beat", "182"}}, "RUSCOP>- 182 asserted by=AZEMED q=killed:2:exact"},
      // Two countries equally frequent and none near: no dominant one.
      {"Iran and Turkey met.\n\nIt rained.\n\nIt rained.\n\nIt rained.\n\nIt rained.\n\n"
       "Azerbaijan lodged a protest.",
       {{"lodged", "114"}}, "AZEGOV>- 114 asserted"},
  });
}

TEST(CoderContext, PlaceAbroadIsTheTargetOfAMaterialAct) {
  RunCases({
      {"Turkey built an airfield in Azerbaijan.", {{"built", "062"}},
       "TURGOV>AZE~ 062 asserted in=AZE"},
      // An apology made in Dushanbe is not to Tajikistan.
      {"Russia and Azerbaijan quarrelled for months. Putin apologised in Dushanbe.",
       {{"apologised", "055"}}, "RUSGOV>AZEGOV~ 055 asserted in=TJK"},
  });
}

TEST(CoderContext, AgentWithoutCountryTakesTheStorysCountry) {
  RunCases({
      // The words stay the agent's; the country comes from the place.
      {"Special forces detained dozens of Azerbaijanis in Moscow.", {{"detained", "173"}},
       "RUS~>AZECVL 173 asserted in=RUS"},
  });
}

TEST(CoderContext, ResponsibilityIsOwedToSomeoneElse) {
  RunCases({
      // Condemning what was done to one's own people is aimed at the doer.
      {"Russian police raided cafes in Moscow. Baku condemned the treatment of Azerbaijani "
       "citizens.",
       {{"condemned", "111"}}, "AZEGOV>RUSCOP~ 111 asserted"},
      {"Azerbaijan demanded answers. The Kremlin admitted the interference of Russian air "
       "defences.",
       {{"admitted", "015"}}, "RUSGOV>AZEGOV~ 015 asserted"},
  });
}

TEST(CoderContext, AbsoluteConstruction) {
  RunCases({
      // The -ing verb's subject is the NP after "with"; one arrives at the
      // main clause's subject.
      {"Baku hosted talks on Monday, with the Prime Minister of Pakistan arriving in the morning.",
       {{"arriving", "042"}}, "PAKGOV>AZEGOV~ 042 asserted"},
  });
}

TEST(CoderContext, StateActorsAreTheCounterpartFirst) {
  RunCases({
      // Russian media and Russian police are both near: the police, a
      // state actor, receive the protest.
      {"Russian media said Russian police had detained two Azerbaijani men in Yekaterinburg, "
       "and Tass published photos. Azerbaijan lodged a formal protest.",
       {{"lodged", "114"}}, "AZEGOV>RUSCOP~ 114 asserted"},
  });
}

TEST(CoderAssemble, VerbCoordinatedAfterAReportedClause) {
  RunCases({
      // The treatment does not accuse: the officials do.
      {"Azerbaijani officials claimed that such treatment of their citizens was systematic in "
       "Russia and accused Russia of ethnically motivated killings.",
       {{"accused", "112"}}, "AZEGOV>RUSGOV 112 asserted"},
  });
  // After ", and" the act is the reporting clause's, and so is its date.
  Document doc = testing::Analyzed(
      "Putin acknowledged on Thursday that Russian missiles caused the crash last December, and "
      "promised that Moscow would pay compensation.",
      "2025-10-10");
  auto events = testing::CodeSpecs(doc, {{"promised", "030"}});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source ? events[0].source->code : "", "RUSGOV");
  EXPECT_EQ(events[0].date, "2025-10-09");
}

TEST(CoderAssemble, ExpectingAnotherSideToActIsADemand) {
  RunCases({
      {"Azerbaijani police detained Russian journalists. Moscow expects the Russian journalists to "
       "be released immediately.",
       {{"detained", "173"}, {"released", "0841"}},
       "AZECOP>RUSMED 173 asserted ; RUSGOV>AZECOP~ 100 demanded"},
      // Expecting to act oneself is no demand (but not done yet either).
      {"Russia expects to sign the agreement with Azerbaijan.", {{"sign", "057"}},
       "RUSGOV>AZEGOV 057 hypothetical"},
  });
}

TEST(CoderAssemble, CharacterisationsAreNotActs) {
  RunCases({
      {"Russian state television condemned the arrests as an attack on the Russian people.",
       {{"condemned", "111"}, {"attack", "190"}}, "RUSMED>- 111 asserted"},
      {"Russian state television condemned the arrests as an \"attack on the Russian people.\"",
       {{"condemned", "111"}, {"attack", "190"}}, "RUSMED>- 111 asserted"},
      // "as well as" lists acts.
      {"Azerbaijan cancelled the concerts as well as the closure of the Russian House.",
       {{"closure", "172"}}, "AZEGOV~>RUSGOV 172 asserted"},
  });
}

TEST(CoderAssemble, HeadingsAreNotCoded) {
  RunCases({
      {"Arrests of Russian citizens and targeted charges\n\nAzerbaijani police arrested two "
       "Russian citizens.",
       {{"arrests", "173"}, {"arrested", "173"}},
       "AZECOP>RUSCVL 173 asserted q=detained:2:exact"},
      // A one-line text that ends in a full stop is a sentence, not a heading.
      {"Arrests of Russian citizens by Azerbaijani police.", {{"arrests", "173"}},
       "AZECOP>RUSCVL 173 asserted"},
      // Nor is a headline that is the whole document: a heading heads a body.
      {"Arrests of Russian citizens by Azerbaijani police", {{"arrests", "173"}},
       "AZECOP>RUSCVL 173 asserted"},
  });
}

}  // namespace
}  // namespace riposte::events
