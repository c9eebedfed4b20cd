// Tests of Recognizer's coreference (actors.h, internal/coref.cc): pronouns
// and definite descriptions linked when unambiguous, left unresolved when
// not; and longer passages mixing the rules.
#include <gtest/gtest.h>

#include "actors/internal/recognize_testing.h"

namespace riposte::actors {
namespace {

using testing::Case;
using testing::RunCases;

TEST(RecognizeCoref, Pronouns) {
  RunCases({
      {"Putin spoke to Aliyev. He apologised.",
       "Putin=RUSGOV | Aliyev=AZEGOV | He="},
      {"Putin met the press. He apologised for the incident.",
       "Putin=RUSGOV | He=RUSGOV<-Putin"},
      {"Maria Zakharova spoke on Thursday. She called the raids illegal.",
       "Maria Zakharova=RUSGOV | She=RUSGOV<-Maria Zakharova"},
      {"He said nothing.", "He="},
      {"Aliyev spoke. The talks ended. Nothing changed. He left.",
       "Aliyev=AZEGOV | He="},
      {"Aliyev spoke. The talks ended. He left.",
       "Aliyev=AZEGOV | He=AZEGOV<-Aliyev"},
      {"Ilham Aliyev called Putin. Aliyev said his country was insulted.",
       "Ilham Aliyev=AZEGOV | Putin=RUSGOV | Aliyev=AZEGOV | his="},
      {"Lavrov said his ministry would respond.",
       "Lavrov=RUSGOV | his=RUSGOV<-Lavrov | ministry="},
  });
}

TEST(RecognizeCoref, DefiniteDescriptions) {
  RunCases({
      {"Azerbaijan's Foreign Ministry summoned the envoy. The ministry demanded an explanation.",
       "Azerbaijan's Foreign Ministry=AZEGOV | the envoy= | The ministry=AZEGOV<-Azerbaijan's Foreign Ministry"},
      {"Russia's Foreign Ministry and Azerbaijan's Foreign Ministry traded notes. The ministry "
       "refused to comment.",
       "Russia's Foreign Ministry=RUSGOV | Azerbaijan's Foreign Ministry=AZEGOV | The ministry="},
      {"Azerbaijan suspended the talks. The government said it acted lawfully.",
       "Azerbaijan=AZEGOV | The government=AZEGOV<-Azerbaijan"},
      {"Sputnik Azerbaijan was raided. The agency said two staff were held.",
       "Sputnik Azerbaijan=RUSMED | The agency=RUSMED<-Sputnik Azerbaijan"},
      {"Russian President Vladimir Putin called. The president apologised.",
       "Russian President Vladimir Putin=RUSGOV | The president=RUSGOV<-Russian President Vladimir Putin"},
      {"The ministry said nothing.", "The ministry="},
      {"Baku and Moscow traded accusations. The government denied everything.",
       "Baku=AZEGOV | Moscow=RUSGOV | The government="},
      {"Azerbaijan has a large diaspora. The country's main state news agency reported it.",
       "Azerbaijan=AZEGOV | diaspora=* | The country's main state news agency=AZEMED"},
      {"Azerbaijan protested. The country recalled its envoy.",
       "Azerbaijan=AZEGOV | The country=AZEGOV<-Azerbaijan | envoy="},
      {"Russia and Azerbaijan argued. The country was not named.",
       "Russia=RUSGOV | Azerbaijan=AZEGOV | The country="},
  });
}

TEST(RecognizeCoref, MoreLinks) {
  RunCases({
      {"Putin called Aliyev. The president said the talks were useful.",
       "Putin=RUSGOV | Aliyev=AZEGOV | The president="},
      {"The Kremlin denied it. The government said the report was false.",
       "The Kremlin=RUSGOV | The government=RUSGOV<-The Kremlin"},
      {"Maria Zakharova, the Foreign Ministry spokesperson, said her ministry would respond.",
       "Maria Zakharova=RUSGOV | the Foreign Ministry spokesperson=RUSGOV<-Maria Zakharova | "
       "her=RUSGOV<-Maria Zakharova | ministry="},
      {"The agency did not comment.", "The agency="},
      {"Russian police raided the homes. The ministry said nothing.",
       "Russian police=RUSCOP | The ministry="},
      {"Azerbaijan's Foreign Ministry protested. Russia's Investigative Committee opened a case. "
       "The ministry demanded answers.",
       "Azerbaijan's Foreign Ministry=AZEGOV | Russia's Investigative Committee=RUSJUD | "
       "The ministry=AZEGOV<-Azerbaijan's Foreign Ministry"},
      {"TASS reported the arrests. The agency cited police sources.",
       "TASS=RUSMED | The agency=RUSMED<-TASS | police="},
      {"Peskov spoke. Lavrov spoke. He left.", "Peskov=RUSGOV | Lavrov=RUSGOV | He="},
      {"Ilham Aliyev spoke. Aliyev then left. He returned later.",
       "Ilham Aliyev=AZEGOV | Aliyev=AZEGOV | He=AZEGOV<-Aliyev"},
  });
}

TEST(RecognizeCoref, RoleNounsStayWithTheirPerson) {
  RunCases({
      {"President Ilham Aliyev spoke on Sunday. The head of state said the talks had failed.",
       "President Ilham Aliyev=AZEGOV | The head of state=AZEGOV<-President Ilham Aliyev"},
      // A pronoun may reach the person through the role noun that names him.
      {"Ilham Aliyev gave an interview. The talks had stalled. The head of state was blunt. "
       "He said the delay was regrettable.",
       "Ilham Aliyev=AZEGOV | The head of state=AZEGOV<-Ilham Aliyev | He=AZEGOV<-Ilham Aliyev"},
      // Another president named since does not take the role away.
      {"President Ilham Aliyev gave an interview. The president recalled a call with Russian "
       "President Vladimir Putin. The head of state then criticised Moscow.",
       "President Ilham Aliyev=AZEGOV | The president=AZEGOV<-President Ilham Aliyev | "
       "Russian President Vladimir Putin=RUSGOV | The head of state=AZEGOV<-President Ilham Aliyev | "
       "Moscow=RUSGOV"},
      // No earlier referent of the role: two presidents stay ambiguous.
      {"Aliyev called Putin. The head of state said the talks were useful.",
       "Aliyev=AZEGOV | Putin=RUSGOV | The head of state="},
  });
}

TEST(RecognizeCoref, Passages) {
  RunCases({
      {"Russian police raided homes in Yekaterinburg. Two brothers died. Azerbaijan's Foreign "
       "Ministry condemned the raids. Baku cancelled a Russian cultural festival.",
       "Russian police=RUSCOP | Azerbaijan's Foreign Ministry=AZEGOV | Baku=AZEGOV | Russian=RUS"},
      {"Azerbaijani security forces raided Sputnik Azerbaijan in Baku. Russian citizens were "
       "detained. Moscow summoned the Azerbaijani ambassador.",
       "Azerbaijani security forces=AZECOP | Sputnik Azerbaijan=RUSMED | Russian citizens=RUSCVL | "
       "Moscow=RUSGOV | Azerbaijani ambassador=AZEGOV"},
  });
}

}  // namespace
}  // namespace riposte::actors
