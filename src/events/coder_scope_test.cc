// Tests of how far a verb's tense, modal, governor or negation reaches, and
// of words that look like acts but name a setting (internal/doc_index.cc
// FirstConjunct, internal/mode.cc, internal/not_acts.cc, internal/roles*.cc).
// Hits are emulated unless the test says otherwise; sentences are our own.
// Issue 6, point 7.
#include <gtest/gtest.h>

#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

using testing::RunCases;

// Codes each text with the project's own patterns and compares the render.
void RunPatternCases(const std::vector<std::pair<std::string, std::string>>& cases) {
  auto patterns = Patterns::Load(DataDir());
  ASSERT_TRUE(patterns.ok());
  Coder coder(patterns.value(), testing::ProjectCameo(), testing::ProjectLexicon());
  for (const auto& [text, want] : cases) {
    Document doc = testing::Analyzed(text);
    EXPECT_EQ(testing::RenderAll(coder.Code(doc, ContentHash(doc.text))), want) << "text: " << text;
  }
}

// A bare verb after "and"/"or" shares the first conjunct's governor, modal
// and negation; a verb with its own tense does not.
TEST(CoderScope, CoordinatedBareVerbsShareTheFirstConjunct) {
  ModeCodes withdraw;
  withdraw.demand = "1056";
  ModeCodes pay;
  pay.demand = "1031";
  RunCases({
      // A mandative subjunctive after "demanded that" (text stage) and its
      // coordinated verb: both demanded of Turkey.
      {"Greece demanded that Turkey withdraw its troops and pay compensation.",
       {{"withdraw", "0874", 0, withdraw}, {"pay", "071", 0, pay}},
       "GRCGOV>TURGOV 1056 demanded ; GRCGOV>TURGOV 1031 demanded"},
      {"Serbia did not apologise or pay compensation to Croatia.", {{"pay", "071"}},
       "SRBGOV>HRV 071 negated"},
      {"Ankara might close the border or suspend flights to Yerevan.", {{"suspend", "160"}},
       "TURGOV>- 160 hypothetical"},
      // Its own tense: asserted.
      {"Police raided the office and detained five Georgian journalists.", {{"detained", "173"}},
       "?>GEOMED 173 asserted q=detained:5:exact"},
  });
}

TEST(CoderScope, GerundsUnderAvoidingOrAbilityWords) {
  RunCases({
      {"Greek officials avoided criticizing Ankara.", {{"criticizing", "111"}},
       "GRCGOV>TURGOV 111 negated"},
      {"Hungary refrained from condemning Moscow.", {{"condemning", "111"}},
       "HUNGOV>RUSGOV 111 negated"},
      {"Armenia is capable of defending its borders.", {{"defending", "052"}},
       "ARMGOV>- 052 hypothetical"},
      {"Hungary began criticizing Moscow.", {{"criticizing", "111"}},
       "HUNGOV>RUSGOV 111 asserted"},
  });
}

// Analysis is never asserted: an act named as an option, comments and
// criticism by experts; a noun inside what "as" judges is no act.
TEST(CoderScope, AnalysisAndJudgements) {
  RunCases({
      {"Its reserves are exhausted, leaving mass mobilization as the only option.",
       {{"mobilization", "154"}}, "->- 154 hypothetical"},
      {"Georgian experts criticized the Russian decision.", {{"criticized", "111"}},
       "GEOEDU>RUS 111 hypothetical"},
      {"The siege is seen as the clearest symbol of Serbian atrocities.", {{"atrocities", "200"}}, ""},
      // Insisting on a fact claims it; insisting that someone act demands.
      {"Ankara insisted the shelling was an accident.", {{"insisted", "100"}}, ""},
      {"Ankara insisted that Yerevan apologise.", {{"insisted", "100"}}, "TURGOV>- 100 demanded"},
  });
}

// What a speaker does not say is not asserted: "did not say", "stopped
// short of saying".
TEST(CoderScope, UnsaidContentIsNotAsserted) {
  RunCases({
      {"Erdogan met Pashinyan but did not say Turkey had closed the border.", {{"closed", "172"}},
       "TURGOV>ARMGOV~ 172 hypothetical by=TURGOV"},
      {"Erdogan stopped short of saying that Turkish jets had struck the convoy.", {{"struck", "190"}},
       "TUR>- 190 hypothetical by=TURGOV"},
      {"Erdogan said that Turkish jets had struck the convoy.", {{"struck", "190"}},
       "TUR>- 190 asserted by=TURGOV"},
  });
}

// A gerund opening its clause has no subject of its own: "said that
// closing the embassy was a mistake" is not the speaker's closing.
TEST(CoderScope, GerundSubjectHasNoSubject) {
  RunCases({
      {"Georgia said that closing the Russian embassy was a mistake.", {{"closing", "161"}},
       "->RUSGOV 161 asserted by=GEOGOV"},
  });
}

// "two were killed": a bare number counts the people named before it.
TEST(CoderScope, NumberSubjectCountsThePeopleNamedBefore) {
  RunCases({
      {"Police detained forty Georgians on Monday; three were beaten.", {{"beaten", "182"}},
       "->GEOCVL~ 182 asserted q=other:3:exact"},
  });
}

// Whom a passive's subject stands for: the previous sentence's object
// ("They are suspected"), a participle adjunct's clause subject (",
// suspected of fraud"), a coded actor after "of" ("employees of the Russian
// embassy"); ", shut down the agency" stays active.
TEST(CoderScope, PatientsOfPassives) {
  RunPatternCases({
      {"Georgian police detained two employees of the Russian embassy on Monday. They are suspected "
       "of fraud.",
       "GEOCOP>RUSGOV 173 asserted q=detained:2:exact ; GEOCOP~>RUSGOV~ 1121 asserted"},
      {"Nine Armenian citizens were detained in Baku, suspected of fraud.",
       "AZE~>ARMCVL 173 asserted q=detained:9:exact in=AZE ; AZE~>ARMCVL 1121 asserted in=AZE"},
      {"Georgian police raided the Russian embassy, shut down the embassy's office and left.",
       "GEOCOP>RUSGOV 170 asserted ; GEOCOP>GOV 172 asserted"},
      // The clause's own verb after an aside is active.
      {"The Georgian foreign ministry, meanwhile, announced that the Russian concerts in Tbilisi "
       "were cancelled.",
       "GEOGOV>- 010 asserted in=GEO ; GEO~>RUS 160 asserted by=GEOGOV in=GEO"},
  });
}

// An investigation whose doer names no country is the state's where it
// is held; an international body keeps its own code.
TEST(CoderScope, InvestigationsTakeTheirPlacesState) {
  RunCases({
      {"A government commission has been set up in Kyrgyzstan to investigate the crash.",
       {{"investigate", "090"}}, "KGZ~>- 090 hypothetical in=KGZ"},
      {"The IAEA investigated the site in Austria.", {{"investigated", "090"}},
       "IGOIAE>- 090 asserted in=AUT"},
  });
}

// A subordinate clause without a subject shares its main clause's.
TEST(CoderScope, SubjectlessSubordinateClauses) {
  RunCases({
      {"Three Georgian journalists were beaten after being detained by Russian police.",
       {{"detained", "173"}}, "RUSCOP>GEOMED 173 asserted"},
      {"Armenian police searched the office before detaining five Georgian journalists.",
       {{"detaining", "173"}}, "ARMCOP>GEOMED 173 asserted q=detained:5:exact"},
  });
}

// After a colon the text stage left inside the clause, the NP before the
// verb is its subject; accepting someone's acknowledgment of responsibility
// is no admission.
TEST(CoderScope, ClauseAfterAColon) {
  RunPatternCases({
      {"Erdogan's apology ended the row: Pashinyan accepted the acknowledgment of responsibility.",
       "TURGOV>ARMGOV~ 055 asserted"},
  });
  RunCases({
      {"Erdogan's apology ended the row: Pashinyan thanked Ankara.", {{"thanked", "051"}},
       "ARMGOV>TURGOV 051 asserted"},
  });
}

// A meeting named as the setting of another act, and a war named as the
// setting of something else, are not acts of their own.
TEST(CoderScope, SettingsAreNotActs) {
  RunCases({
      {"Pashinyan spoke to reporters on the sidelines of the NATO summit.", {{"summit", "040"}}, ""},
      {"Tokayev was on his way to the CIS summit.", {{"summit", "040"}}, ""},
      {"Armenia's economy has suffered due to the Ukraine war.", {{"war", "190"}}, ""},
      // A text discusses a topic; nobody consults.
      {"Some online posts also discuss a possible deal between Armenia and Turkey.",
       {{"discuss", "040"}}, ""},
      {"Georgia suffered due to the war against Russia.", {{"war", "190"}}, ""},
      {"Georgia recalled the outbreak of the war against Russia.", {{"war", "190"}},
       "GEOGOV~>RUSGOV 190 asserted"},
  });
}

// Whole pipeline with the project patterns: a death in custody is a killing
// by the state that held the victim; footage released is no prisoner
// release; a plane damaged by air defences was struck by force.
TEST(CoderScope, EndToEndWithProjectPatterns) {
  RunPatternCases({
      {"Two Georgian men died in police custody in Moscow.", "RUS~>GEO 1823 asserted q=killed:2:exact in=RUS"},
      {"Footage released by the Georgian Interior Ministry showed the detainees.", ""},
      {"A Russian missile damaged a Georgian airliner.", "RUS>GEO 190 asserted"},
      // The statement is the vehicle of the accusation its participle names.
      {"The Armenian Foreign Ministry issued a statement accusing Azerbaijan of provocations.",
       "ARMGOV>AZEGOV 1123 asserted"},
      // The limits of power shown are no show of force.
      {"Turkey's failure demonstrated the limits of Turkish power.", ""},
      // Acknowledging a decline admits no responsibility.
      {"Even top Russian officials have publicly acknowledged the decline of the army.", ""},
      // A bare country beside an actor of that country: the actor stands
      // for it (one event, not GEOGOV>RUS and GEOGOV>RUSGOV).
      {"Tbilisi cancelled Russian concerts and the visit of the Russian foreign minister.",
       "GEOGOV>RUSGOV 160 asserted ; RUSGOV>GEOGOV~ 042 negated"},
  });
}

}  // namespace
}  // namespace riposte::events
