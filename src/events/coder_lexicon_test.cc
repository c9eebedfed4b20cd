// The coder with the project's own pattern lexicon (data/events): judgements
// voiced by a speaker (option `judge`), figures of speech, products named by
// their maker, the lead's date for verbal and present-perfect acts, and the
// ministry named sentences earlier. Each case renders the events whose CAMEO
// code is asked for, with their dates. Issue 6.
#include <gtest/gtest.h>

#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

using testing::Coded;

TEST(CoderLexicon, AJudgementIsItsSpeakersCriticism) {
  // The speaker criticises; the judged subject's actors are the target.
  EXPECT_EQ(Coded("Azerbaijan said the Russian raids were illegal.", "111"),
            "AZEGOV>RUS 111 asserted @2025-07-01(report)");
  // A clause the text stage leaves unsplit still has its announcing verb.
  EXPECT_EQ(Coded("Russia said the campaign unfolding in the Azerbaijani media bore all the "
                  "hallmarks of Russophobia.",
                  "111"),
            "RUSGOV>AZEMED~ 111 asserted @2025-07-01(report)");
  // One's own citizens are the victims, not the ones criticised: the
  // target is left to the story (here: none).
  EXPECT_EQ(Coded("Azerbaijan said such treatment of Azerbaijani citizens was unacceptable.", "111"),
            "AZEGOV>- 111 asserted @2025-07-01(report)");
  // The author's own judgement is opinion, not an event.
  EXPECT_EQ(Coded("The Russian raids were illegal.", "111"), "");
}

TEST(CoderLexicon, DescribingAsSomethingBadIsCriticism) {
  EXPECT_EQ(Coded("Azerbaijan described the Russian raids as a deliberate act of violence.", "111"),
            "AZEGOV>RUS 111 asserted @2025-07-01(report)");
  EXPECT_EQ(Coded("Moscow summoned the Azerbaijani ambassador, calling the arrests a gross violation "
                  "of international norms.",
                  "111"),
            "RUSGOV>AZEGOV~ 111 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, FiguresOfSpeechAreNotForce) {
  EXPECT_EQ(Coded("Azerbaijan launched a diplomatic offensive against Russia.", "19"), "");
  EXPECT_EQ(Coded("Russia launched an offensive against Ukraine.", "19"), "RUSGOV>UKRGOV 190 asserted @2025-07-01(report)");
  // "freed itself from dependence" frees nobody.
  EXPECT_EQ(Coded("Azerbaijan has freed itself from dependence on Russia.", "084"), "");
}

TEST(CoderLexicon, AMakerBeforeAModelNumberIsAProduct) {
  EXPECT_EQ(Coded("Kazakhstan is investigating the crash of the Embraer 190.", "09"),
            "KAZGOV>- 090 asserted @2025(year)");
}

TEST(CoderLexicon, VerbalActsAfterBackgroundTakeTheLeadsDay) {
  const std::string text =
      "BAKU, June 28 - Azerbaijan summoned the Russian envoy on Saturday.\n\n"
      "Two Azerbaijani brothers died on Friday.\n\n"
      "Azerbaijan demanded that Russia investigate the deaths.";
  // The subjunctive "that Russia investigate" names the one asked.
  EXPECT_EQ(Coded(text, "10", "2025-06-28"), "AZEGOV>RUSGOV 100 demanded @2025-06-28(day)");
}

TEST(CoderLexicon, PresentPerfectActsTakeTheLeadsDay) {
  const std::string text =
      "AKTAU, December 25.\n\nA plane crashed on Wednesday near Aktau, Kazakhstan's ministry said.\n\n"
      "The Prosecutor General's Office of Azerbaijan has opened a criminal case.";
  // An investigation takes no counterpart from the story either.
  EXPECT_EQ(Coded(text, "091", "2024-12-25"), "AZEJUD>- 091 asserted @2024-12-25(day)");
}

TEST(CoderLexicon, TheMinistryNamedLongBefore) {
  const std::string text =
      "The Ministry of Foreign Affairs of Azerbaijan summoned the Russian envoy. One. Two. Three. "
      "Four. Five. The Foreign Ministry condemned the Russian raids.";
  EXPECT_EQ(Coded(text, "111"), "AZEGOV>RUS 111 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, ItAndTheyStandForTheSubjectBefore) {
  // Without the pronoun rule the story's nearest other country (ARM) would
  // stand in (context.cc), as in the two cases after this one.
  EXPECT_EQ(Coded("Turkey condemned the Armenian strike. It also expelled two Azerbaijani diplomats.",
                  "16"),
            "TURGOV~>AZEGOV 161 asserted q=other:2:exact @2025-07-01(report)");
  // A nearer subject that names nobody known leaves the pronoun alone.
  EXPECT_EQ(Coded("Turkey condemned the Armenian strike. Both men were angry. They also expelled "
                  "two Azerbaijani diplomats.",
                  "16"),
            "ARM~>AZEGOV 161 asserted q=other:2:exact @2025-07-01(report)");
  // "it" is no person.
  EXPECT_EQ(Coded("Erdogan condemned the Armenian strike. It also expelled two Azerbaijani diplomats.",
                  "16"),
            "ARM~>AZEGOV 161 asserted q=other:2:exact @2025-07-01(report)");
}

TEST(CoderLexicon, OngoingAndRecentActsTakeTheReportsYear) {
  EXPECT_EQ(Coded("Meanwhile, arrests of Azerbaijanis continue in Russia.", "173", "2025-07-02"),
            "RUS~>AZECVL 173 asserted in=RUS @2025(year)");
  EXPECT_EQ(Coded("Aliyev's recent call with Zelenskyy angered Moscow.", "041", "2025-07-02"),
            "AZEGOV>UKRGOV~ 041 asserted @2025(year)");
  // A past act with no date stays with the report date.
  EXPECT_EQ(Coded("Aliyev's call with Zelenskyy angered Moscow.", "041", "2025-07-02"),
            "AZEGOV>UKRGOV~ 041 asserted @2025-07-02(report)");
}

TEST(CoderLexicon, ADemandIsMadeOfTheOtherSide) {
  // The journalists are what the demand is about; the one asked is the
  // story's other side.
  EXPECT_EQ(Coded("Azerbaijani police raided the office. Moscow demanded the release of the "
                  "detained journalists.",
                  "10"),
            "RUSGOV>AZECOP~ 1053 demanded @2025-07-01(report)");
  // So is a promise about people the lexicon does not place.
  EXPECT_EQ(Coded("Azerbaijani police raided the office. Moscow promised a legal assessment of the "
                  "actions of the officials involved.",
                  "03"),
            "RUSGOV>AZECOP~ 030 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, ReducedRelativesAreDescriptions) {
  // The detention's patient is "the number", not the media that count it.
  EXPECT_EQ(Coded("Azerbaijani media put the number detained at close to 50.", "173"),
            "->- 173 asserted q=other:50:about @2025-07-01(report)");
  // Events planned by someone are no announcement of intent.
  EXPECT_EQ(Coded("Azerbaijan cancelled all cultural events planned in Baku by Russian institutions.",
                  "03"),
            "");
}

TEST(CoderLexicon, ACancelledVisitDidNotHappen) {
  EXPECT_EQ(Coded("Baku reacted by cancelling Russian cultural events and the visit of Deputy Prime "
                  "Minister Alexei Overchuk.",
                  "042"),
            "RUSGOV>AZEGOV~ 042 negated @2025-07-01(report)");
  // Where a pattern names the stopping ("call off talks": 125), the talks
  // are that one act, not a second one.
  EXPECT_EQ(Coded("Azerbaijan called off the talks with Russia.", "04"), "");
}

TEST(CoderLexicon, SupportForAndEvidence) {
  EXPECT_EQ(Coded("Baku's declaration of support for Kyiv angered Moscow.", "05"),
            "AZEGOV>UKRGOV 051 asserted @2025-07-01(report)");
  EXPECT_EQ(Coded("Azerbaijani officials presented evidence against Russia.", "112"),
            "AZEGOV>RUSGOV 112 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, NobodyActsOnThemselves) {
  // A misread target equal to the source is dropped; the act stays.
  EXPECT_EQ(Coded("South Africa gave a warm welcome to South Africa's president.", "043"),
            "ZAFGOV>- 043 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, ForceAimedAtAPlace) {
  // Grozny is one of gazetteer.tsv's `city` lines; the place names the
  // target's country (context.cc, ActOnPlace).
  EXPECT_EQ(Coded("Ukrainian drones attacked Grozny.", "19"),
            "UKRMIL>RUS~ 190 asserted in=RUS @2025-07-01(report)");
}

TEST(CoderLexicon, AParticipleBeforeItsNounIsNoAct) {
  EXPECT_EQ(Coded("The forced return of migrants to Azerbaijan by Russia could hurt Baku.", "17"), "");
}

TEST(CoderLexicon, TheStatementAnActIsToldInIsThatAct) {
  EXPECT_EQ(Coded("In its statement, Azerbaijan condemned the Russian raids.", "01"), "");
  EXPECT_EQ(Coded("Azerbaijan issued a statement on the raids.", "01"),
            "AZEGOV>- 010 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, ABareSuggestionAsksNothing) {
  EXPECT_EQ(Coded("The damage came from fragments, not birds, as Russia had initially suggested.", "02"), "");
  EXPECT_EQ(Coded("Russia suggested talks with Azerbaijan.", "02"),
            "RUSGOV>AZEGOV 020 asserted @2025-07-01(report)");
}

TEST(CoderLexicon, AnAttemptIsMade) {
  EXPECT_EQ(Coded("Ukrainian drones tried to attack Russian troops.", "19"),
            "UKRMIL>RUSMIL 190 asserted @2025-07-01(report)");
}

}  // namespace
}  // namespace riposte::events

namespace riposte::events {
namespace {

// A lead in the present perfect ("has said") sums up what the next sentence
// tells and dates: its acts take that day, not the dateline's.
TEST(CoderLexicon, APresentPerfectLeadTakesTheDayOfTheNextSentence) {
  const std::string text =
      "TBILISI, March 5 - President Kavelashvili has said that Georgia expects Russia to pay "
      "compensation.\n\n"
      "In an interview with Imedi TV on Tuesday, the president said the crash was no accident.";
  EXPECT_EQ(Coded(text, "10", "2025-03-05"), "GEOGOV>RUSGOV 1031 demanded by=GEOGOV @2025-03-04(day)");
}

}  // namespace
}  // namespace riposte::events
