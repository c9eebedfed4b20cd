// Tests of Recognizer (actors.h): lexicon matching and the resolution rules
// (adjective + agent, possessives, titles, compounds, appositives, places,
// people, organisations, office holders by date) over news sentences of our
// own, with the project lexicon. Coreference: recognize_coref_test.cc.
#include <gtest/gtest.h>

#include "actors/internal/recognize_testing.h"

namespace riposte::actors {
namespace {

using testing::Case;

using testing::RunCases;

TEST(Recognize, AdjectivePlusAgent) {
  RunCases({
      {"Russian air defences shot down the plane.", "Russian air defences=RUSMIL"},
      {"Azerbaijani security forces raided the office.", "Azerbaijani security forces=AZECOP"},
      {"Russian police detained nine people.", "Russian police=RUSCOP | people="},
      {"Turkish officials welcomed the agreement.", "Turkish officials=TURGOV"},
      {"The Azerbaijani ambassador was summoned.", "Azerbaijani ambassador=AZEGOV"},
      {"Russian journalists were detained in Baku.", "Russian journalists=RUSMED"},
      {"Iranian diplomats met their counterparts.", "Iranian diplomats=IRNGOV"},
      {"Georgian lawmakers passed the bill.", "Georgian lawmakers=GEOLEG"},
      {"Russian state media called it a provocation.", "Russian state media=RUSMED"},
      {"Azerbaijani experts disputed the figure.", "Azerbaijani experts=AZEEDU"},
      {"Ukrainian troops advanced overnight.", "Ukrainian troops=UKRMIL"},
      {"French prosecutors opened an inquiry.", "French prosecutors=FRAJUD"},
      {"Azerbaijani media accused Moscow of lying.", "Azerbaijani media=AZEMED | Moscow=RUSGOV"},
      {"Russian citizens were detained in Baku.", "Russian citizens=RUSCVL"},
      {"Chinese companies signed the contracts.", "Chinese companies=CHNBUS"},
      {"Israeli drones struck the depot.", "Israeli drones=ISRMIL"},
      {"The Russian Foreign Ministry issued a statement.", "Russian Foreign Ministry=RUSGOV"},
      {"Azerbaijani opposition groups criticised the arrests.", "Azerbaijani opposition groups=AZEOPP"},
      {"state-controlled Azerbaijani media ran the story.", "state-controlled Azerbaijani media=AZEMED"},
      {"Armenian forces withdrew from the area.", "Armenian forces=ARMMIL"},
      {"German analysts expect more sanctions.", "German analysts=DEUEDU"},
  });
}

TEST(Recognize, PossessivePlusAgent) {
  RunCases({
      {"Azerbaijan's Ministry of Foreign Affairs protested.", "Azerbaijan's Ministry of Foreign Affairs=AZEGOV"},
      {"Azerbaijan\xE2\x80\x99s Foreign Ministry summoned the envoy.",
       "Azerbaijan\xE2\x80\x99s Foreign Ministry=AZEGOV | the envoy="},
      {"Russia's Investigative Committee opened a case.", "Russia's Investigative Committee=RUSJUD"},
      {"Russia's Deputy Prime Minister arrived.", "Russia's Deputy Prime Minister=RUSGOV"},
      {"Putin's regime is to blame, he said.", "Putin's regime=RUSGOV | he="},
      {"Baku's state media amplified the claims.", "Baku's state media=AZEMED"},
      {"Turkey's intelligence service warned Ankara.", "Turkey's intelligence service=TURSPY | Ankara=TURGOV"},
      {"Iran's parliament approved the law.", "Iran's parliament=IRNLEG"},
      {"Moscow's decision angered Baku.", "Moscow=RUSGOV | Baku=AZEGOV"},
      {"Azerbaijan's decision surprised observers.", "Azerbaijan=AZEGOV"},
      {"Ukraine's army repelled the attack.", "Ukraine's army=UKRMIL"},
      {"Georgia's government resigned.", "Georgia's government=GEOGOV"},
      {"Aliyev\xE2\x80\x99s government rejected the claim.", "Aliyev\xE2\x80\x99s government=AZEGOV"},
  });
}

TEST(Recognize, NounModifierPlusAgent) {
  RunCases({
      {"Kremlin officials declined to comment.", "Kremlin officials=RUSGOV"},
      {"Azerbaijan officials denied the report.", "Azerbaijan officials=AZEGOV"},
      {"Baku government officials directed the campaign.", "Baku government officials=AZEGOV"},
      {"The Aliyev administration reinforced its narrative.", "Aliyev administration=AZEGOV"},
      {"Sputnik journalists were detained.", "Sputnik journalists=RUSMED"},
      {"NATO forces stayed in the region.", "NATO forces=IGONAT"},
      // "the West Bank" is one name (countries.tsv), not "the West" + "Bank":
      // a place, the bare code.
      {"Israel reimposed blockades in the West Bank.", "Israel=ISRGOV | the West Bank=PSE"},
      {"Azerbaijan President Ilham Aliyev spoke.", "Azerbaijan President Ilham Aliyev=AZEGOV"},
      {"Russia Today broadcast the speech.", "Russia Today=RUSMED"},
      {"The US Congress agreed to lift the embargo.", "US Congress=USALEG"},
  });
}

TEST(Recognize, Titles) {
  RunCases({
      {"Russian President Vladimir Putin apologised.", "Russian President Vladimir Putin=RUSGOV"},
      {"President Ilham Aliyev spoke by phone.", "President Ilham Aliyev=AZEGOV"},
      {"Azerbaijani President Ilham Aliyev demanded compensation.",
       "Azerbaijani President Ilham Aliyev=AZEGOV"},
      {"Foreign Minister Sergey Lavrov met his counterpart.",
       "Foreign Minister Sergey Lavrov=RUSGOV | his=RUSGOV<-Foreign Minister Sergey Lavrov"},
      {"Kremlin spokesman Dmitry Peskov said talks continue.", "Kremlin spokesman Dmitry Peskov=RUSGOV"},
      {"Turkish President Recep Tayyip Erdogan called Aliyev.",
       "Turkish President Recep Tayyip Erdogan=TURGOV | Aliyev=AZEGOV"},
      {"Foreign Minister Jeyhun Bayramov said Baku would respond.",
       "Foreign Minister Jeyhun Bayramov=AZEGOV | Baku=AZEGOV"},
      {"President of Turkey met the delegation.", "President of Turkey=TURGOV | the delegation="},
      {"The Prime Minister of Pakistan visited Baku.", "Prime Minister of Pakistan=PAKGOV"},
  });
}

// Issue 4, point 6: a capitalised title before a name the lexicon does not
// know is a named office holder of the one country the sentence speaks of
// (by name, adjective, demonym, capital or seat), with the title's sector.
TEST(Recognize, Issue4TitleWithUnknownNameTakesTheSentenceCountry) {
  RunCases({
      {"President Amadou Tenkodo extended the curfew in Abidjan.",
       "President Amadou Tenkodo=CIVGOV"},
      {"Judge Maria Velasco questioned 28 Chilean officials.",
       "Judge Maria Velasco=CHLJUD | Chilean officials=CHLGOV"},
      {"Planning Minister Tran Van Minh said Vietnam is committed to reform.",
       "Minister Tran Van Minh=VNMGOV | Vietnam=VNMGOV"},
      {"Opposition groups in Zimbabwe urged President Amadou Tenkodo to resign.",
       "Opposition groups in Zimbabwe=ZWEOPP | President Amadou Tenkodo=ZWEGOV"},
      // No country in the sentence, or two: the title gives no country.
      {"President Amadou Tenkodo spoke on Sunday.", "President Amadou Tenkodo="},
      {"President Amadou Tenkodo met French and German officials.",
       "President Amadou Tenkodo= | French=FRAGOV | German=DEUGOV"},
      // A known person's own country wins over the sentence's.
      {"President Bill Clinton imposed sanctions on Afghanistan.",
       "President Bill Clinton=USAGOV | Afghanistan=AFGGOV", "1999-08-01"},
      // Not a title: lower case, or a plural agent before a name.
      {"The new president of Kenya spoke.", "president of Kenya=KENGOV"},
  });
}

// Issue 4, point 6: office holders of the 1980s-2000s (people.tsv section 4)
// resolve as of the document's date; out of office, a person is still their
// country's (the bare country code), and a title in the text gives the sector.
TEST(Recognize, Issue4HistoricalOfficeHolders) {
  RunCases({
      {"Hosni Mubarak received Yasser Arafat in Cairo.",
       "Hosni Mubarak=EGYGOV | Yasser Arafat=PSEGOV", "1995-03-01"},
      {"Kofi Annan urged restraint.", "Kofi Annan=IGOUNO", "2000-01-01"},
      // Out of an international office there is no country to give.
      {"Kofi Annan urged restraint.", "Kofi Annan=", "2010-01-01"},
      {"Mikhail Gorbachev met Margaret Thatcher.",
       "Mikhail Gorbachev=SUNGOV | Margaret Thatcher=GBRGOV", "1987-12-01"},
      {"Carlos Menem appeared in court.", "Carlos Menem=ARG | court=", "2001-06-01"},
      {"An Argentine judge ordered former president Carlos Menem to appear.",
       "Argentine judge=ARGJUD | former president Carlos Menem=ARGELI", "2001-06-01"},
      {"The Bush administration rejected the plan.", "Bush administration=USAGOV", "2000-01-01"},
      {"Soviet troops left Afghanistan.", "Soviet troops=SUNMIL | Afghanistan=AFG", "1989-02-15"},
      {"West German officials welcomed the talks.", "West German officials=DEUGOV", "1985-01-01"},
  });
}

// Issue 4, point 6: armed groups and movements of organisations.tsv; a
// transnational group owned by a country is its branch there.
TEST(Recognize, Issue4ArmedGroupsAndBranches) {
  RunCases({
      {"The Taliban rejected the demand.", "Taliban=AFGREB"},
      {"Burundian militiamen attacked the village.", "Burundian militiamen=BDIREB"},
      {"Militants loyal to Iraq's al-Qaeda claimed the attack.",
       "Militants= | Iraq's al-Qaeda=IRQREB"},
      {"Al-Qaeda claimed the attack.", "Al-Qaeda=IMGREB"},
      {"The Liberation Tigers of Tamil Eelam agreed to talks.",
       "Liberation Tigers of Tamil Eelam=LKAREB"},
  });
}

// Issue 4, point 6: an agent located "in" a capital or country is that
// country's ("Demonstrators in Baghdad"), unless the agent may be foreign
// there or a possessor says whose it is.
TEST(Recognize, Issue4AgentInPlace) {
  RunCases({
      {"Demonstrators in Baghdad blocked a road.", "Demonstrators in Baghdad=IRQCVL"},
      {"Rebels in the Ivory Coast dismissed the appeal.", "Rebels in the Ivory Coast=CIVREB"},
      {"The police in Baku detained two men.", "The police in Baku=AZECOP"},
      // May be foreign where they are: no country from the place.
      {"Troops in Afghanistan came under fire.", "Troops= | Afghanistan=AFG"},
      {"Diplomats in Moscow were summoned.", "Diplomats="},
      {"Journalists in Baku were detained.", "Journalists="},
      {"Refugees in Hungary were told to return home.", "Refugees= | Hungary=HUN"},
      {"Azerbaijani diasporas in Russia protested.", "Azerbaijani diasporas=AZECVL* | Russia=RUS"},
      // A possessor, a modifier or a place that modifies a noun decides instead.
      {"Moscow detained its citizens in Baku.", "Moscow=RUSGOV | citizens="},
      {"Russian police in Baku were questioned.", "Russian police=RUSCOP"},
      {"Police in Baku city centre made arrests.", "Police="},
      {"Police in central Baku made arrests.", "Police in central Baku=AZECOP"},
  });
}

// Issue 4, point 6: coordinated adjectives before a noun that is no agent
// are country references, each with its bare code, as one adjective is.
TEST(Recognize, Issue4CoordinatedAdjectivesAreCountryReferences) {
  RunCases({
      {"The Turkish and Greek sides agreed to share information.", "Turkish=TUR | Greek=GRC"},
      {"Hungarian and Romanian officials agreed.", "Hungarian=HUNGOV | Romanian=ROUGOV"},
      // Not before a noun: nothing.
      {"Signs in Turkish and Greek were removed.", ""},
      {"They spoke Turkish and Greek at home.", ""},
  });
}

TEST(Recognize, Compounds) {
  RunCases({
      {"Hungarian and Romanian officials attended.", "Hungarian=HUNGOV | Romanian=ROUGOV"},
      {"Russian and Azerbaijani diplomats met in Minsk.", "Russian=RUSGOV | Azerbaijani=AZEGOV"},
      {"Turkish, Azerbaijani and Georgian ministers signed it.",
       "Turkish=TURGOV | Azerbaijani=AZEGOV | Georgian=GEOGOV"},
      {"Russian and Ukrainian troops exchanged fire.", "Russian=RUSMIL | Ukrainian=UKRMIL"},
      {"Kazakh or Uzbek companies may bid.", "Kazakh=KAZBUS | Uzbek=UZBBUS"},
  });
}

TEST(Recognize, Appositives) {
  RunCases({
      {"Maria Zakharova, the Foreign Ministry spokesperson, said Baku lied.",
       "Maria Zakharova=RUSGOV | the Foreign Ministry spokesperson=RUSGOV<-Maria Zakharova | "
       "Baku=AZEGOV"},
      {"Aykhan Hajizada, the ministry's spokesman, rejected the claim.",
       "Aykhan Hajizada=AZEGOV | the ministry's spokesman=AZEGOV<-Aykhan Hajizada"},
      {"Dmitry Peskov, a Kremlin spokesman, declined to comment.",
       "Dmitry Peskov=RUSGOV | a Kremlin spokesman=RUSGOV<-Dmitry Peskov"},
      {"Sergey Lavrov, Russia's foreign minister, arrived in Baku.",
       "Sergey Lavrov=RUSGOV | Russia's foreign minister=RUSGOV<-Sergey Lavrov"},
      // A noun phrase that a finite verb follows is the clause's subject.
      {"According to Maria Zakharova, the crew was offered other airfields.",
       "Maria Zakharova=RUSGOV | the crew="},
      {"According to Sergey Lavrov, Russia's diplomats will leave.",
       "Sergey Lavrov=RUSGOV | Russia's diplomats=RUSGOV"},
  });
}

TEST(Recognize, PlacesAreNotActors) {
  RunCases({
      {"Police raided homes in Yekaterinburg.", "Police="},
      {"The plane crashed near Aktau.", ""},
      // The capital is no actor, but it places the agent (agent+in).
      {"Security forces in Baku raided the office.", "Security forces in Baku=AZECOP"},
      {"The Baku office of Sputnik was searched.", "Sputnik=RUSMED"},
      {"Thousands marched in Moscow on Sunday.", ""},
      {"The delegation arrived in Baku on Monday.", "The delegation="},
      {"He flew from Moscow to Baku.", "He="},
      {"The parade in Moscow drew crowds.", ""},
      {"The ambassador in Moscow was recalled.", "The ambassador="},
      {"Residents of Baku queued for hours.", "Residents="},
      {"She lives in Atlanta, Georgia.", "She="},
      {"The plane left Baku for Grozny.", ""},
      {"The talks ended in Ankara.", ""},
      {"The Moscow metro was closed.", ""},
  });
}

TEST(Recognize, CapitalsAsActors) {
  RunCases({
      {"Baku responded with a protest note.", "Baku=AZEGOV"},
      {"Moscow denied the allegations.", "Moscow=RUSGOV"},
      {"Ankara backed Baku.", "Ankara=TURGOV | Baku=AZEGOV"},
      {"Kyiv welcomed the decision.", "Kyiv=UKRGOV"},
      {"Moscow and Baku exchanged protests.", "Moscow=RUSGOV | Baku=AZEGOV"},
      {"Washington imposed new sanctions.", "Washington=USAGOV"},
      {"The sanctions were imposed by Moscow.", "Moscow=RUSGOV"},
      {"Tehran will host the talks.", "Tehran=IRNGOV"},
  });
}

TEST(Recognize, CountryNames) {
  RunCases({
      {"Azerbaijan cancelled the cultural events.", "Azerbaijan=AZEGOV"},
      {"Russia expelled two diplomats.", "Russia=RUSGOV | diplomats="},
      {"Putin called Azerbaijan.", "Putin=RUSGOV | Azerbaijan=AZEGOV"},
      {"Relations between Azerbaijan and Russia soured.", "Azerbaijan=AZEGOV | Russia=RUSGOV"},
      {"The plane crashed in Kazakhstan.", "Kazakhstan=KAZ"},
      {"Exports to Turkey grew by 10 percent.", "Turkey=TUR"},
      {"Sanctions against Russia were extended.", "Russia=RUSGOV"},
      {"The Russian Federation rejected the note.", "Russian Federation=RUSGOV"},
      {"Flights from Russia were suspended.", "Russia=RUS"},
      {"Ukraine and Russia traded accusations.", "Ukraine=UKRGOV | Russia=RUSGOV"},
  });
}

TEST(Recognize, SeatsAndOrganisations) {
  RunCases({
      {"The Kremlin said it regretted the incident.", "The Kremlin=RUSGOV"},
      {"A spokesman for the Kremlin declined to comment.", "spokesman= | the Kremlin=RUSGOV"},
      {"Sputnik Azerbaijan said two staff were held.", "Sputnik Azerbaijan=RUSMED"},
      {"TASS reported the detentions.", "TASS=RUSMED"},
      {"AZAL suspended flights to Russia.", "AZAL=AZEBUS | Russia=RUS"},
      {"Azerbaijan Airlines blamed external interference.", "Azerbaijan Airlines=AZEBUS"},
      {"The FSB detained a suspect.", "FSB=RUSSPY"},
      {"The United Nations called for restraint.", "United Nations=IGOUNO"},
      {"NATO and the EU issued statements.", "NATO=IGONAT | EU=IGOEUR"},
      {"Rossotrudnichestvo closed the Russian House in Baku.",
       "Rossotrudnichestvo=RUSGOV | Russian House in Baku=RUSGOV"},
      {"Lukoil confirmed the arrest of a manager.", "Lukoil=RUSBUS"},
      {"The White House urged calm.", "The White House=USAGOV"},
  });
}

TEST(Recognize, PeopleAndEthnicity) {
  RunCases({
      {"Russian police detained ethnic Azerbaijanis in Yekaterinburg.",
       "Russian police=RUSCOP | ethnic Azerbaijanis=AZECVL*"},
      {"Azerbaijanis in Russia fear reprisals.", "Azerbaijanis=AZECVL | Russia=RUS"},
      {"The Azerbaijani diaspora organised a protest.", "Azerbaijani diaspora=AZECVL*"},
      {"Azerbaijani nationals were detained.", "Azerbaijani nationals=AZECVL*"},
      {"The Russian community in Baku is worried.", "Russian community=RUSCVL*"},
      {"Ethnic Azeris hold dual passports.", "Ethnic Azeris=AZECVL*"},
      {"The Russians were beaten and detained.", "Russians=RUSCVL"},
      {"Azerbaijani citizens were evacuated.", "Azerbaijani citizens=AZECVL"},
      {"Azerbaijani diasporic organisations condemned it.",
       "Azerbaijani diasporic organisations=AZECVL*"},
      {"Georgians voted on Saturday.", "Georgians=GEOCVL"},
  });
}

TEST(Recognize, OfficeHoldersByDate) {
  RunCases({
      // Out of office on the date: the person's country, no sector.
      {"Elmar Mammadyarov met the envoy.", "Elmar Mammadyarov=AZE | the envoy=", "2025-07-01"},
      {"Elmar Mammadyarov met the envoy.", "Elmar Mammadyarov=AZEGOV | the envoy=", "2015-03-01"},
      {"Azerbaijani Foreign Minister Elmar Mammadyarov said so in 2012.",
       "Azerbaijani Foreign Minister Elmar Mammadyarov=AZEGOV", "2025-07-01"},
      {"Foreign Minister Elmar Mammadyarov met the envoy.",
       "Foreign Minister Elmar Mammadyarov=AZEGOV | the envoy=", "2025-07-01"},
      {"Former foreign minister Elmar Mammadyarov spoke.",
       "Former foreign minister Elmar Mammadyarov=AZEELI", "2025-07-01"},
      {"Dmitry Medvedev criticised the plan.", "Dmitry Medvedev=RUSGOV", "2010-01-01"},
      {"Putin visited Baku.", "Putin=RUSGOV", "2010-06-01"},
      {"Heydar Aliyev signed the decree.", "Heydar Aliyev=AZEGOV", "1998-01-01"},
      {"Heydar Aliyev is honoured in Moscow.", "Heydar Aliyev=AZEELI", "2025-07-01"},
      {"Aliyev received the delegation.", "Aliyev=AZEGOV | the delegation=", "2000-05-01"},
      {"Aliyev received the delegation.", "Aliyev=AZEGOV | the delegation=", "2025-05-01"},
      {"Shoigu spoke to reporters.", "Shoigu=RUSGOV | reporters=", "2020-01-01"},
      {"Sergei Shoigu visited Tehran.", "Sergei Shoigu=RUSGOV", "2025-07-01"},
  });
}

TEST(Recognize, HyphenatedWords) {
  RunCases({
      {"Turkish-made drones played a key role.", "Turkish-made drones=TURMIL"},
      {"Azerbaijani-owned businesses were raided.", "Azerbaijani-owned businesses=AZEBUS"},
      {"The Putin-Erdogan relationship has cooled.", "Putin=RUSGOV | Erdogan=TURGOV"},
      {"The North-South corridor (Russia-Iran-India) stalled.", "Russia=RUS | Iran=IRN | India=IND"},
      {"Turkish-backed forces advanced.", "forces="},
      {"The Moscow-based analyst disagreed.", "analyst="},
      {"After the Armenia-Azerbaijan war, peacekeepers left.", "Armenia=ARM | Azerbaijan=AZE | peacekeepers="},
  });
}

TEST(Recognize, PossessiveOrganisation) {
  RunCases({
      {"Azerbaijan's Parliament Commission on Combating Foreign Interference and Hybrid Threats "
       "accused Russia.",
       "Azerbaijan's Parliament Commission on Combating Foreign Interference and Hybrid Threats=AZELEG | "
       "Russia=RUSGOV"},
      {"Russia's FSB arrested two men.", "Russia's FSB=RUSSPY"},
  });
}

TEST(Recognize, CapitalsAfterPrepositions) {
  RunCases({
      {"Criticism of Moscow grew louder.", "Moscow=RUSGOV"},
      {"Western sanctions against Moscow tightened.", "Western=WST | Moscow=RUSGOV"},
      {"Relations between Baku and Moscow worsened.", "Baku=AZEGOV | Moscow=RUSGOV"},
      {"Talks with Ankara resumed.", "Ankara=TURGOV"},
      {"The mayor of Baku opened the park.", "The mayor="},
      {"The streets of Moscow were empty.", ""},
      {"Support for Kyiv remained strong.", "Kyiv=UKRGOV"},
  });
}

TEST(Recognize, PlaceApposition) {
  RunCases({
      {"The company is based in Atlanta, Georgia.", "The company="},
      {"Since the war in Nagorno-Karabakh, Azerbaijan has rearmed.", "Azerbaijan=AZEGOV"},
      {"He was born in Tbilisi, Georgia.", "He="},
  });
}

TEST(Recognize, AdjectiveAloneIsCountryOnly) {
  RunCases({
      {"The Azerbaijani carpet was sold.", "Azerbaijani=AZE"},
      {"Russian gas prices fell.", "Russian=RUS"},
      {"Two Israeli air raids hit the town.", "Israeli=ISR"},
      {"Serbia rejected an Australian ultimatum.", "Serbia=SRBGOV | Australian=AUS"},
      {"Bosnian Serbs said their forces would withdraw.", "Bosnian Serbs=BIHCVL* | forces="},
      {"The Russian was released.", "Russian=RUSCVL"},
      {"It is a Russian decision, she said.", "Russian=RUS | she="},
  });
}

TEST(Recognize, CountryInsideLongerName) {
  RunCases({
      {"Michael Jordan retired again.", ""},
      {"Voters in New Jersey went to the polls.", ""},
      {"On Monday Russia denied the report.", "Russia=RUSGOV"},
      {"Officials said on Tuesday that Jordan would host the talks.", "Officials= | Jordan=JORGOV"},
  });
}

TEST(Recognize, ReplacesEarlierMentions) {
  Document doc = testing::Analyzed("Baku responded. Moscow denied it.", "2025-07-01");
  ASSERT_EQ(doc.actors.size(), 2u);
  testing::ProjectRecognizer().Recognize(doc, "2025-07-01");
  EXPECT_EQ(testing::Render(doc), "Baku=AZEGOV | Moscow=RUSGOV");
}

TEST(Recognize, SegmentedButNotAnalysed) {
  // Without tags, phrases or clauses the lexicon rules still apply; the
  // readings that need them (capitals as actors) give nothing.
  Document doc;
  doc.text = "Russian air defences fired. The Kremlin said Baku lied.";
  text::Segment(doc);
  testing::ProjectRecognizer().Recognize(doc, "2025-07-01");
  EXPECT_EQ(testing::Render(doc), "Russian air defences=RUSMIL | The Kremlin=RUSGOV");
}

TEST(Recognize, LongDocument) {
  // Many sentences: linear work, no recursion, coreference windows bounded.
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "Azerbaijani police detained Russian citizens in Baku. He denied it. ";
  }
  Document doc = testing::Analyzed(text, "2025-07-01");
  EXPECT_EQ(doc.actors.size(), 6000u);
  EXPECT_EQ(doc.actors[0].code, "AZECOP");
  EXPECT_EQ(doc.actors[2].code, "");  // "He": no person nearby
}

TEST(Recognize, NoActor) {
  RunCases({
      {"The meeting is scheduled for May 5.", ""},
      {"Prices rose sharply in the second quarter.", ""},
      {"The flight from Baku to Grozny was diverted.", ""},
      {"It was a cold day.", ""},
      {"The decision was final.", ""},
      {"Nobody was hurt in the blast near Grozny.", ""},
      {"The Caspian Sea is rich in oil.", ""},
      {"In Yekaterinburg, the raids began at dawn.", ""},
      {"The Russian language is widely spoken.", ""},
      {"The Moscow talks failed.", ""},
      {"The crash site near Aktau was cordoned off.", ""},
  });
}

TEST(Recognize, AgentAlone) {
  RunCases({
      {"Police detained seven people.", "Police= | people="},
      {"Officials declined to comment.", "Officials="},
      {"Investigators examined the wreckage.", "Investigators="},
      {"Journalists were barred from the court.", "Journalists= | the court="},
  });
}

TEST(Recognize, CaseRules) {
  RunCases({
      {"the Kremlin said little.", "the Kremlin=RUSGOV"},
      {"US officials met in Baku.", "US officials=USAGOV"},
      {"Let us talk.", ""},
      {"POLICE detained protesters.", "POLICE= | protesters="},
  });
}

TEST(Recognize, SpansRuleAndPhrase) {
  Document doc = testing::Analyzed("Russian air defences shot down the plane.", "2025-07-01");
  ASSERT_EQ(doc.actors.size(), 1u);
  const ActorMention& m = doc.actors[0];
  EXPECT_EQ(m.span.begin, 0u);
  EXPECT_EQ(m.span.end, 20u);
  EXPECT_EQ(m.rule.rfind("adj+agent countries.tsv:", 0), 0u) << m.rule;
  EXPECT_NE(m.rule.find("agents.tsv:"), std::string::npos) << m.rule;
  ASSERT_GE(m.phrase, 0);
  EXPECT_EQ(doc.phrases[static_cast<size_t>(m.phrase)].kind, PhraseKind::kNounPhrase);
}

TEST(Recognize, DocumentDateIsTheDefault) {
  Document doc;
  doc.text = "Elmar Mammadyarov met the envoy.";
  doc.date.value = "2016-01-01";
  text::Segment(doc);
  ASSERT_TRUE(text::Analyze(doc).ok());
  testing::ProjectRecognizer().Recognize(doc);
  ASSERT_FALSE(doc.actors.empty());
  EXPECT_EQ(doc.actors[0].code, "AZEGOV");
  testing::ProjectRecognizer().Recognize(doc, "2024-01-01");  // explicit date wins
  EXPECT_EQ(doc.actors[0].code, "AZE");  // out of office: the country only
}

TEST(Recognize, EmptyAndUnsegmented) {
  Document doc;
  testing::ProjectRecognizer().Recognize(doc);
  EXPECT_TRUE(doc.actors.empty());
  doc.text = "Baku responded.";  // not segmented: nothing to read
  testing::ProjectRecognizer().Recognize(doc);
  EXPECT_TRUE(doc.actors.empty());
  EXPECT_EQ(testing::Run(""), "");
}

}  // namespace
}  // namespace riposte::actors
