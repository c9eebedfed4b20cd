// Sentence -> CAMEO cases of the project pattern lexicon (data/events):
// every CAMEO root, the diplomatic instruments in depth (summon, protest
// notes, expulsions, cancelled visits and events, closures, accreditation),
// passive and nominal triggers, and sentences that must not fire. Each case
// renders the hits as "trigger=CODE" ("~" after a low-value hit); see
// internal/patterns_testing.h. RIPOSTE_DUMP_PATTERNS=1 prints the rules.
#include <gtest/gtest.h>

#include "events/internal/patterns_testing.h"

namespace riposte::events {
namespace {

using patterns_testing::RunCases;

TEST(PatternMatch, Statements) {
  RunCases({
      {"The ministry issued a statement on Monday.", "issued=010"},
      {"The Kremlin declined to comment on the report.", "declined=011"},
      {"Aliyev expressed concern over the detentions.", "expressed=012 | detentions=173"},
      {"Peskov expressed hope that relations would improve.", "expressed=013"},
      {"Baku is considering retaliatory measures.", "considering=014"},
      {"The Kremlin admitted responsibility for the incident.", "admitted=015"},
      {"Moscow denied any involvement in the deaths.", "denied=016"},
      {"Moscow rejected Baku's accusations.", "rejected=016"},
      {"Aliyev laid a wreath at the memorial.", "laid=017"},
      {"Putin expressed condolences to the families of the victims.", "expressed=018"},
      {"Ankara agreed with Baku's assessment.", "agreed=019"},
  });
}

TEST(PatternMatch, Appeals) {
  RunCases({
      {"Zelenskyy urged the West to act.", "urged=020"},
      {"The EU called on both sides to show restraint.", "called=020"},
      {"Baku urged Moscow to release the journalists.", "urged=0253"},
      {"Armenia appealed for humanitarian aid.", "appealed=0233"},
      {"Kyiv requested the extradition of the suspects.", "requested=0213"},
      {"Georgia sought international support.", "sought=022"},
  });
}

TEST(PatternMatch, Intent) {
  RunCases({
      {"Moscow promised to investigate the crash.", "promised=030 | investigate=090"},
      {"Russia offered compensation to the victims' families.", "offered=0331"},
      {"Ankara pledged military support to Baku.", "pledged=0312"},
      {"The Kremlin offered to mediate between the two sides.", "offered=039"},
      {"Iran proposed talks with Azerbaijan.", "proposed=036"},
      {"Turkey offered humanitarian aid.", "offered=0333"},
  });
}

TEST(PatternMatch, Consult) {
  RunCases({
      {"Putin and Aliyev met in Dushanbe.", "met=040"},
      {"Putin and Aliyev met on the sidelines of the summit.", "met=044 | summit=040~"},
      {"Aliyev spoke by phone with Zelenskyy.", "spoke=041"},
      {"Aliyev and Zelenskyy held a phone call on Tuesday.", "held=041"},
      {"Erdogan will visit Baku on July 4.", "visit=042"},
      {"Baku hosted the Pakistani prime minister.", "hosted=043"},
      {"The two foreign ministers held talks in Moscow.", "held=040"},
      {"Turkey mediated between the two sides.", "mediated=045"},
      {"The delegations negotiated for three days.", "negotiated=046"},
  });
}

TEST(PatternMatch, DiplomaticCooperation) {
  RunCases({
      {"Zelenskyy praised Azerbaijan's stance.", "praised=051"},
      {"Ukraine backed Baku against Russian threats.", "backed=051 | threats=130~"},
      {"Putin apologised to Aliyev for the tragedy.", "apologised=055"},
      {"Putin apologized for the incident.", "apologized=055"},
      {"Russia did not apologise.", "apologise=055"},
      {"Aliyev accepted Putin's apology.", "accepted=056"},
      {"Azerbaijan and Turkey signed the Shusha Declaration.", "signed=057"},
      {"The two countries restored diplomatic relations.", "restored=050"},
  });
}

TEST(PatternMatch, MaterialCooperation) {
  RunCases({
      {"The two countries agreed to cooperate on energy.", "agreed=031"},
      {"Israel buys Azerbaijani oil.", "buys=061"},
      {"Turkey and Azerbaijan held joint military exercises.", "held=062"},
      {"Baku extradited the suspect to Moscow.", "extradited=063"},
      {"The services shared intelligence on the attack.", "shared=064 | attack=190~"},
  });
}

TEST(PatternMatch, Aid) {
  RunCases({
      {"Russia paid compensation to the families.", "paid=071"},
      {"Turkey supplied drones to Azerbaijan.", "supplied=072"},
      {"The EU sent humanitarian aid to Armenia.", "sent=073"},
      {"Russian peacekeepers were deployed to Karabakh.", "deployed=074"},
  });
}

TEST(PatternMatch, Yield) {
  RunCases({
      {"Baku released three of the detained journalists.", "released=0841"},
      {"Several detainees were released after questioning.", "released=0841 | questioning=110~"},
      {"The ministry released a statement on the crash.", "released=010"},
      {"Moscow lifted the sanctions on Azerbaijani goods.", "lifted=085"},
      {"Azerbaijan lifted the ban on Russian media.", "lifted=081"},
      {"Both sides declared a ceasefire.", "declared=0871"},
      {"The minister resigned after the scandal.", "resigned=0831"},
      {"Russia withdrew its troops from the border.", "withdrew=0874"},
  });
}

TEST(PatternMatch, Investigate) {
  RunCases({
      {"Russian investigators opened a criminal case.", "opened=091"},
      {"Azerbaijan launched an investigation into the deaths.", "launched=090"},
      {"Kazakhstan is investigating the crash.", "investigating=090"},
  });
}

TEST(PatternMatch, Demand) {
  RunCases({
      {"Baku demanded an investigation.", "demanded=100"},
      {"Azerbaijan demanded a full investigation of the deaths.", "demanded=100"},
      {"Moscow demanded the release of the journalists.", "demanded=1053"},
      {"Aliyev sought reparations for the victims.", "sought=1031"},
      {"Some Russians called for tougher measures.", "called=100"},
      {"The EU called for a ceasefire.", "called=1056"},
      {"Baku demanded an apology.", "demanded=100"},
      {"The ministry demanded that Moscow release the detainees.", "demanded=1053"},
      {"Russia refused to release the journalists.", "refused=1243"},
  });
}

TEST(PatternMatch, Disapprove) {
  RunCases({
      {"Baku strongly condemned Moscow.", "condemned=111"},
      {"Zakharova criticised the decision.", "criticised=111"},
      {"Azerbaijani officials accused Russian security forces of killings.", "accused=112 | killings=1823"},
      {"Ganjali accused Russia of chauvinism and discrimination.", "accused=1122"},
      {"The journalists were accused of spying for Russia.", "accused=1125"},
      {"Russia accused Azerbaijan of aggression.", "accused=1123"},
      {"The parliament accused Moscow of war crimes.", "accused=1124"},
      {"Azerbaijan's Foreign Ministry lodged a formal protest with Russia.", "lodged=114"},
      {"Baku summoned the Russian ambassador.", "summoned=114"},
      {"The Russian ambassador was summoned to the Foreign Ministry.", "summoned=114"},
      {"Moscow summoned Azerbaijan's chargé d'affaires.", "summoned=114"},
      {"The ministry handed the envoy a protest note.", "handed=114"},
      {"The families sued the airline.", "sued=115"},
      {"Baku delivered a note of protest to Moscow.", "delivered=114"},
      {"The court found him guilty of fraud.", "found=116"},
      {"The court sentenced him to ten years.", "sentenced=116"},
      {"Russian television called the arrests an attack on the Russian people.", "called=111"},
  });
}

TEST(PatternMatch, Reject) {
  RunCases({
      {"Aliyev declined to attend the parade in Moscow.", "declined=125"},
      {"Azerbaijan cancelled the visit of the Russian deputy prime minister.", "cancelled=125"},
      {"Baku called off the parliamentary visit to Moscow.", "called=125"},
      {"Moscow postponed the talks.", "postponed=125"},
      {"Moscow rejected the peace plan.", "rejected=127"},
      {"Sputnik ignored the directive.", "ignored=128"},
      {"Azerbaijan denied Russian diplomats access to the detainees.", "denied=1245"},
      {"Russia vetoed the resolution.", "vetoed=129"},
  });
}

TEST(PatternMatch, Threaten) {
  RunCases({
      {"Moscow threatened to expel the Azerbaijani ambassador.", "threatened=1313"},
      {"Russia threatened sanctions against Baku.", "threatened=1312"},
      {"Moscow hinted at tighter customs inspections.", "hinted=1312"},
      {"Baku threatened retaliation.", "threatened=130"},
      {"Moscow threatened to cut gas supplies.", "threatened=1312"},
      {"The general threatened to use force.", "threatened=138"},
      {"The Kremlin issued an ultimatum.", "issued=139"},
      {"Moscow threatened to close the Azerbaijani consulate.", "threatened=1313"},
      {"Russia demanded that Baku apologise.", "demanded=100 | apologise=055"},
  });
}

TEST(PatternMatch, Protest) {
  RunCases({
      {"Thousands protested outside the Russian embassy.", "protested=141"},
      {"Protesters staged a rally in Baku.", "staged=141"},
      {"The workers went on strike.", "went=143"},
      {"Protesters blocked the road to the airport.", "blocked=144"},
      {"Rioters clashed with police in the capital.", "clashed=145"},
  });
}

TEST(PatternMatch, ForcePosture) {
  RunCases({
      {"The army held military exercises near the border.", "held=150"},
      {"Russia deployed troops to the border.", "deployed=154"},
      {"The army was put on high alert.", "put=152"},
  });
}

TEST(PatternMatch, ReduceRelations) {
  RunCases({
      {"Azerbaijan cancelled all cultural events organised by Russian state bodies.", "cancelled=160"},
      {"Baku suspended all cultural events with Russia.", "suspended=160"},
      {"The visit was postponed.", "postponed=125"},
      {"Moscow expelled two Azerbaijani diplomats.", "expelled=161"},
      {"Two Azerbaijani diplomats were expelled from Moscow.", "expelled=161"},
      {"Baku recalled its ambassador from Moscow.", "recalled=161"},
      {"The ambassador was recalled for consultations.", "recalled=161"},
      {"Azerbaijan closed the Russian embassy.", "closed=161"},
      {"Georgia severed diplomatic ties with Russia.", "severed=161"},
      {"Western countries imposed severe sanctions on Russia.", "imposed=163"},
      {"Sanctions were imposed on Russian banks.", "imposed=163"},
      {"Washington froze the assets of the oligarchs.", "froze=163"},
      {"The delegation walked out of the talks.", "walked=164"},
      {"Russia withdrew its peacekeepers from Karabakh.", "withdrew=1661"},
  });
}

TEST(PatternMatch, Coerce) {
  RunCases({
      {"Police raided the offices of Sputnik Azerbaijan.", "raided=170"},
      {"Azerbaijani security forces raided and searched Sputnik's Baku office.", "raided=170 | searched=170"},
      {"Azerbaijan closed the Russian House in Baku.", "closed=172"},
      {"Azerbaijan shut down the Sputnik bureau.", "shut=1721"},
      {"Baku revoked the accreditation of Russian journalists.", "revoked=1721"},
      {"Azerbaijan banned Russian media outlets.", "banned=1721"},
      {"Azerbaijan and Russia imposed bans on each other's media.", "imposed=1721"},
      {"The government declared a state of emergency.", "declared=1724"},
      {"Authorities imposed a curfew in the city.", "imposed=1723"},
      {"Police arrested seven Russian citizens.", "arrested=173"},
      {"Seven Russian citizens were detained by Russian police in Yekaterinburg.", "detained=173"},
      {"Russian special forces detained almost 50 Azerbaijanis.", "detained=173"},
      {"The director was charged with fraud.", "charged=173"},
      {"The arrest of seven Russian citizens by Azerbaijani police angered Moscow.", "arrest=173"},
      {"Russia's raid on the community centre drew condemnation.", "raid=170 | condemnation=111"},
      {"Azerbaijan deported the Russian blogger.", "deported=174"},
      {"The court released him on bail.", "released=0841"},
      {"Baku sanctioned three Russian officials.", "sanctioned=163"},
      {"The journalists were deported to Russia.", "deported=174"},
      {"Azerbaijani police detained Sputnik Azerbaijan staff and charged them with fraud.", "detained=173 | charged=173"},
      {"Baku searched the homes of the suspects.", "searched=170"},
      {"Azerbaijan closed the Sputnik Azerbaijan office.", "closed=172"},
      {"Police seized computers and documents.", "seized=1711"},
      {"Police dispersed the protesters with tear gas.", "dispersed=175"},
      {"Authorities cracked down on dissent.", "cracked=175"},
  });
}

TEST(PatternMatch, Assault) {
  RunCases({
      {"The detainees were beaten in custody.", "beaten=182"},
      {"Two brothers died in police custody.", "died=1823"},
      {"The gunmen kidnapped two journalists.", "kidnapped=181"},
      {"The brothers were tortured.", "tortured=1822"},
      {"Unknown attackers killed the journalist.", "killed=1823"},
      {"A suicide bomber blew himself up near the checkpoint.", "blew=1831"},
      {"The activist was assassinated in Istanbul.", "assassinated=186"},
      {"The killing of the two brothers shocked Baku.", "killing=1823"},
  });
}

TEST(PatternMatch, Fight) {
  RunCases({
      {"Russia shot down the plane.", "shot=190"},
      {"The plane was shot down over Grozny.", "shot=190"},
      {"Russian air defences hit the Azerbaijan Airlines plane.", "hit=190"},
      {"Israeli drones struck the depot.", "struck=190"},
      {"Russia has been waging war against Ukraine.", "waging=190"},
      {"Azerbaijan blockaded the Karabakh region.", "blockaded=191"},
      {"Russian forces occupied Bucha.", "occupied=192"},
      {"Artillery shelled the village overnight.", "shelled=194"},
      {"Both sides violated the ceasefire.", "violated=196"},
      {"Azerbaijan regained control over the region.", "regained=192"},
  });
}

TEST(PatternMatch, MassViolence) {
  RunCases({
      {"The Russian army killed over 1,000 local residents.", "killed=202"},
      {"Militias massacred villagers.", "massacred=202"},
      {"The regime used chemical weapons.", "used=2041"},
  });
}

// Issue 6, point 1: every diplomatic instrument, in its usual wordings.
TEST(PatternMatch, DiplomaticInstruments) {
  RunCases({
      {"The Foreign Ministry summoned the Russian charge d'affaires.", "summoned=114"},
      {"Baku handed a note of protest to the Russian envoy.", "handed=114"},
      {"Moscow recalled its envoy for consultations.", "recalled=161"},
      {"Azerbaijan expelled two Russian diplomats.", "expelled=161"},
      {"The deputy prime minister's visit to Baku was cancelled.", "cancelled=125"},
      {"Baku postponed the visit of the Russian delegation.", "postponed=125"},
      {"The ministry suspended all cultural events with Russia.", "suspended=160"},
      {"The authorities closed the Russian House.", "closed=172"},
      {"Azerbaijan closed the Sputnik bureau in Baku.", "closed=1721"},
      {"The accreditation of the correspondents was revoked.", "revoked=1721"},
      {"Azerbaijan demanded an investigation into the deaths.", "demanded=100"},
      {"Putin offered an apology to Aliyev.", "offered=055"},
      {"Moscow offered to pay compensation.", "offered=030 | pay=071"},
      {"Russia paid compensation to the victims' families.", "paid=071"},
      {"Baku accused Moscow of a cover-up.", "accused=112"},
      {"The Kremlin denied the allegations.", "denied=016"},
      {"Russia threatened to retaliate.", "threatened=138"},
      {"Police arrested six Azerbaijanis in Yekaterinburg.", "arrested=173"},
      {"The suspects were detained on Friday.", "detained=173"},
      {"Police raided the homes of the suspects.", "raided=170"},
      {"Officers searched the Sputnik office.", "searched=170"},
      {"A court sentenced the editor to four years.", "sentenced=116"},
      {"Baku released the two journalists.", "released=0841"},
      {"The blogger was deported to Russia.", "deported=174"},
      {"Air defences shot down the airliner.", "shot=190"},
      {"Russian drones struck the power plant.", "struck=190"},
      {"The EU sanctioned five Russian officials.", "sanctioned=163"},
      {"Moscow imposed a ban on Azerbaijani tomatoes.", "imposed=172"},
      {"Azerbaijan lifted the ban on the broadcasts.", "lifted=081"},
      {"The two ministers signed a memorandum of understanding.", "signed=057"},
      {"Putin called Aliyev's counterpart on Sunday.", "called=041"},
      {"Putin called the Azerbaijani president on Sunday.", "called=041"},
      {"Aliyev met the Russian foreign minister in Baku.", "met=040"},
      {"Erdogan visited Baku in June.", "visited=042"},
      {"Baku hosted a delegation from Ankara.", "hosted=043"},
  });
}

// General news wordings of CAMEO acts (issue 6, point 7: the PLOVER
// evaluation showed them missing). The sentences are our own.
TEST(PatternMatch, DownedAircraftSkippedEventsAndDeclines) {
  RunCases({
      {"The jet was brought down by a Russian air defence system.", "brought=190"},
      {"The protests brought down the government.", "protests=140~"},  // not 190
      {"Aliyev skipped the Victory Day celebrations in Moscow.", "skipped=125"},
      {"The Kremlin declined to say whether air defences had fired.", "declined=011"},
      {"Moscow's influence in the region has sharply declined.", ""},
      {"Baku declined the invitation.", "declined=125"},
      {"They are suspected of fraud and money laundering.", "suspected=1121"},
      {"Moscow and Baku traded accusations.", "traded=112"},
      {"Azerbaijan trades with Russia.", "trades=061"},
  });
}

TEST(PatternMatch, GeneralWordings) {
  RunCases({
      {"Tehran said it was ready to host talks between the two sides.", "was=030 | host=043 | talks=040~"},
      {"The army is ready to strike.", "strike=190"},
      {"The minister gave a warm welcome to his Georgian guest.", "gave=043"},
      {"Doha launched a mediation effort between the two neighbours.", "launched=045"},
      {"The negotiators return to Vienna next week for talks.", "return=046"},
      {"The two countries will share expertise on border control.", "share=060"},
      {"The charity donated blankets to the refugees.", "donated=073"},
      {"Japan gave the government 20 million dollars.", "gave=071"},
      {"Swiss doctors handed over two tonnes of medicine.", "handed=073"},
      {"France will contribute troops to the peacekeeping force.", "contribute=074"},
      {"The union called off the strike.", "called=080"},
      {"The court cancelled the restrictions on the language.", "cancelled=081"},
      {"The commission allowed the candidate to run.", "allowed=0812"},
      {"The government received a mission of observers.", "received=086"},
      {"The rebels completed their withdrawal from the town.", "completed=0874"},
      {"The minister was put under investigation.", "put=090"},
      {"The agency dispatched inspectors to the plant.", "dispatched=090"},
      {"The court opened a hearing into the case.", "opened=090"},
      {"London is pushing for a new resolution.", "pushing=100"},
      {"The agency renewed its demand for access.", "renewed=100"},
      {"Thousands sought asylum in Germany.", "sought=023"},
      {"The council denied the permit for the march.", "denied=120"},
      {"Israel is opposed to French mediation.", "opposed=126"},
      {"The newspaper violated the ban.", "violated=128"},
      {"The militants have sworn to fight.", "sworn=138"},
      {"The opposition began collecting signatures.", "collecting=140"},
      {"The unions organized a general strike.", "organized=143"},
      {"The villagers blocked transport into the city.", "blocked=144"},
      {"The troops remained on alert.", "remained=152"},
      {"The governor ordered police patrols in the city.", "ordered=153"},
      {"Israel strengthened its forces along the border.", "strengthened=154"},
      {"Italy announced the suspension of air links with Serbia.", "announced=010~ | suspension=160"},
      {"The agency reduced food supplies to the camp.", "reduced=1623"},
      {"Washington will prohibit all aid to the rebels.", "prohibit=162"},
      {"The envoy ended his mediation efforts.", "ended=165"},
      {"Eighty peacekeepers were shipped out of the enclave.", "shipped=1661"},
      {"Police prevented the demonstration.", "prevented=172"},
      {"The army mounted an invasion of the south.", "mounted=190"},
      {"Soldiers forced out hundreds of villagers.", "forced=201"},
      {"They would blockade the capital from Monday.", "blockade=191"},
      {"It is not ready for a partnership.", ""},
      {"Police investigated crimes committed by the forces.", "investigated=091"},
      {"He made a call to the ambassador.", ""},
      {"Floods forced thousands from their homes.", ""},
      {"The militia forced the villagers from their homes.", "forced=201"},
      {"The opposition agreed to postpone the demonstration.", "agreed=030 | postpone=080"},
      {"The army has been holding civilians as human shields.", "holding=184"},
      {"The forces launched artillery fire against the camps.", "launched=194"},
      {"A judge ordered the former minister to appear in court.", "ordered=100"},
      {"The army imposed a news blackout on the region.", "imposed=1721"},
      {"The two navies launched ten days of war games.", "launched=150"},
      {"Unfortunately, Moscow looks like it's not ready for a partnership.", ""},
      {"The police stepped up security around the embassy.", "stepped=151"},
  });
}

TEST(PatternMatch, Negative) {
  RunCases({
      {"The sanctions regime's history is long.", ""},
      {"They sat in a meeting room.", ""},
      {"He said the talks were useful.", "talks=040~"},
      {"The company released its quarterly figures.", ""},
      {"He met the deadline.", ""},
      {"The bill was signed into law.", ""},
      {"The team beat its rival.", ""},
      {"The deal struck a balance between the two sides.", ""},
      {"The release date is Friday.", ""},
      {"An arrest warrant was issued.", ""},
      {"The attack helicopter landed safely.", ""},
      {"Russia's defence budget grew.", ""},
      {"Rescuers were searching for survivors.", ""},
  });
}

}  // namespace
}  // namespace riposte::events
