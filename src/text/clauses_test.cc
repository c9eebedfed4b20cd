// Clause finder (text/internal/clauses*.cc): main, subordinate, relative,
// reported, quotation and conditional clauses over hand-tagged sentences.
//
// Each case is written in "word/TAG" notation (Penn Treebank tags; quote
// tokens as written, tagged `` and ''); " | " separates sentences. The
// document's text is the words joined by spaces, lemmas are the lower-cased
// words (so the cases do not depend on the tagger or the lemmatiser), then
// the chunker (internal::Chunk) and the clause finder run per sentence. The
// result is rendered as
//   kind^parent(s=subject v=verb sp=speaker cue=cue)[tokens of the range]
// with the head word of each phrase, clauses in document order.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/text.h"

namespace riposte::text {
namespace {

struct Built {
  Document doc;
  std::string error;
};

// Builds a document from tagged notation and runs Chunk and FindClauses.
Built Build(std::string_view tagged) {
  Built b;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;  // token ranges
  uint32_t sentence_first = 0;
  size_t pos = 0;
  while (pos < tagged.size()) {
    while (pos < tagged.size() && tagged[pos] == ' ') ++pos;
    if (pos >= tagged.size()) break;
    size_t end = tagged.find(' ', pos);
    if (end == std::string_view::npos) end = tagged.size();
    const std::string_view item = tagged.substr(pos, end - pos);
    pos = end;
    if (item == "|") {
      sentences.emplace_back(sentence_first, static_cast<uint32_t>(b.doc.tokens.size()));
      sentence_first = static_cast<uint32_t>(b.doc.tokens.size());
      continue;
    }
    const size_t slash = item.rfind('/');
    if (slash == std::string_view::npos || slash == 0) {
      b.error = "bad item: " + std::string(item);
      return b;
    }
    const std::string_view word = item.substr(0, slash);
    const Tag tag = ParseTag(item.substr(slash + 1));
    if (tag == Tag::kNone) {
      b.error = "bad tag: " + std::string(item);
      return b;
    }
    if (!b.doc.text.empty()) b.doc.text += ' ';
    Token t;
    t.span.begin = static_cast<Offset>(b.doc.text.size());
    b.doc.text += word;
    t.span.end = static_cast<Offset>(b.doc.text.size());
    t.tag = Id(tag);
    for (char c : word) {
      t.lemma += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    b.doc.tokens.push_back(t);
  }
  if (sentence_first < b.doc.tokens.size()) {
    sentences.emplace_back(sentence_first, static_cast<uint32_t>(b.doc.tokens.size()));
  }
  for (size_t idx = 0; idx < sentences.size(); ++idx) {
    const auto [first, last] = sentences[idx];
    b.doc.sentences.push_back(
        Sentence{Span{b.doc.tokens[first].span.begin, b.doc.tokens[last - 1].span.end}});
  }
  for (size_t idx = 0; idx < sentences.size(); ++idx) {
    internal::SentenceTokens s{static_cast<uint32_t>(idx), sentences[idx].first,
                               sentences[idx].second};
    const uint32_t first_phrase = static_cast<uint32_t>(b.doc.phrases.size());
    internal::Chunk(b.doc, s);
    internal::FindClauses(b.doc, s, first_phrase);
  }
  return b;
}

std::string TokenText(const Document& doc, int32_t token) {
  return std::string(doc.Slice(doc.tokens[token].span));
}

std::string HeadText(const Document& doc, int32_t phrase) {
  const Phrase& p = doc.phrases[phrase];
  const int32_t head = p.head >= 0 ? p.head : static_cast<int32_t>(p.end) - 1;
  return TokenText(doc, head);
}

std::string Render(const Document& doc) {
  std::string out;
  for (const Clause& c : doc.clauses) {
    if (!out.empty()) out += ' ';
    out += ClauseKindName(c.kind);
    if (c.parent >= 0) {
      out += '^';
      out += std::to_string(c.parent);
    }
    std::vector<std::string> attrs;
    if (c.subject >= 0) attrs.push_back("s=" + HeadText(doc, c.subject));
    if (c.verb >= 0) attrs.push_back("v=" + HeadText(doc, c.verb));
    if (c.speaker >= 0) attrs.push_back("sp=" + HeadText(doc, c.speaker));
    if (c.cue >= 0) attrs.push_back("cue=" + TokenText(doc, c.cue));
    if (!attrs.empty()) {
      out += '(';
      for (size_t k = 0; k < attrs.size(); ++k) {
        if (k > 0) out += ' ';
        out += attrs[k];
      }
      out += ')';
    }
    out += '[';
    for (uint32_t t = c.begin; t < c.end; ++t) {
      if (t > c.begin) out += ' ';
      out += TokenText(doc, static_cast<int32_t>(t));
    }
    out += ']';
  }
  return out;
}

// The contract every result keeps, whatever the input.
void ExpectInvariants(const Document& doc) {
  std::vector<int> mains(doc.sentences.size(), 0);
  for (size_t k = 0; k < doc.clauses.size(); ++k) {
    const Clause& c = doc.clauses[k];
    ASSERT_GE(c.sentence, 0);
    ASSERT_LT(static_cast<size_t>(c.sentence), doc.sentences.size());
    EXPECT_LE(c.begin, c.end) << k;
    EXPECT_LE(c.end, doc.tokens.size()) << k;
    if (c.kind == ClauseKind::kMain) ++mains[c.sentence];
    if (k > 0) {
      EXPECT_LE(doc.clauses[k - 1].begin, c.begin) << "order at " << k;
    }
    if (c.parent >= 0) {
      ASSERT_LT(static_cast<size_t>(c.parent), k) << "parent before child at " << k;
      const Clause& p = doc.clauses[c.parent];
      EXPECT_EQ(p.sentence, c.sentence) << k;
      EXPECT_LE(p.begin, c.begin) << "nesting at " << k;
      EXPECT_LE(c.end, p.end) << "nesting at " << k;
    } else {
      EXPECT_EQ(c.kind, ClauseKind::kMain) << k;
    }
    for (int32_t phrase : {c.verb, c.subject, c.speaker}) {
      EXPECT_LT(phrase, static_cast<int32_t>(doc.phrases.size())) << k;
    }
    if (c.verb >= 0) {
      EXPECT_EQ(doc.phrases[c.verb].kind, PhraseKind::kVerbGroup) << k;
    }
    if (c.subject >= 0) {
      EXPECT_EQ(doc.phrases[c.subject].kind, PhraseKind::kNounPhrase) << k;
    }
    if (c.speaker >= 0) {
      EXPECT_EQ(doc.phrases[c.speaker].kind, PhraseKind::kNounPhrase) << k;
    }
  }
  for (size_t idx = 0; idx < mains.size(); ++idx) EXPECT_GE(mains[idx], 1) << "sentence " << idx;
}

struct Case {
  const char* name;
  const char* tagged;
  const char* expected;
};

// clang-format off
const Case kCases[] = {
    {"MainSimple",
     "Police/NNS detained/VBD seven/CD people/NNS ./.",
     "main(s=Police v=detained)[Police detained seven people .]"},
    {"MainNegated",
     "Moscow/NNP did/VBD not/RB apologise/VB ./.",
     "main(s=Moscow v=apologise)[Moscow did not apologise .]"},
    {"MainPassive",
     "Seven/CD journalists/NNS were/VBD detained/VBN by/IN police/NNS ./.",
     "main(s=journalists v=detained)[Seven journalists were detained by police .]"},
    {"MainPronoun",
     "He/PRP denied/VBD the/DT charges/NNS ./.",
     "main(s=He v=denied)[He denied the charges .]"},
    {"MainAdverbBeforeVerb",
     "Moscow/NNP later/RB withdrew/VBD the/DT statement/NN ./.",
     "main(s=Moscow v=withdrew)[Moscow later withdrew the statement .]"},
    {"MainOfChain",
     "The/DT head/NN of/IN the/DT mission/NN left/VBD Baku/NNP ./.",
     "main(s=head v=left)[The head of the mission left Baku .]"},
    {"MainInChain",
     "Officials/NNS in/IN Baku/NNP condemned/VBD the/DT raid/NN ./.",
     "main(s=Officials v=condemned)[Officials in Baku condemned the raid .]"},
    {"MainAppositive",
     "Peskov/NNP ,/, the/DT Kremlin/NNP spokesman/NN ,/, declined/VBD to/TO comment/VB ./.",
     "main(s=Peskov v=declined)[Peskov , the Kremlin spokesman , declined to comment .]"},
    {"MainFrontedPP",
     "On/IN Friday/NNP ,/, the/DT court/NN sentenced/VBD him/PRP ./.",
     "main(s=court v=sentenced)[On Friday , the court sentenced him .]"},
    {"MainPossessorSubject",
     "Russia/NNP 's/POS air/NN defences/NNS shot/VBD down/RP the/DT plane/NN ./.",
     "main(s=defences v=shot)[Russia 's air defences shot down the plane .]"},
    {"MainExistential",
     "There/EX were/VBD no/DT survivors/NNS ./.",
     "main(s=There v=were)[There were no survivors .]"},
    {"MainNoVerb",
     "No/DT comment/NN ./.",
     "main[No comment .]"},
    {"MainModal",
     "The/DT embassy/NN will/MD close/VB on/IN Monday/NNP ./.",
     "main(s=embassy v=close)[The embassy will close on Monday .]"},
    {"MainParticipleFirst",
     "Speaking/VBG in/IN Baku/NNP ,/, Aliyev/NNP demanded/VBD compensation/NN ./.",
     "main(s=Aliyev v=demanded)[Speaking in Baku , Aliyev demanded compensation .]"},
    {"MainCoordinatedAnd",
     "Baku/NNP protested/VBD ,/, and/CC Moscow/NNP denied/VBD the/DT claim/NN ./.",
     "main(s=Baku v=protested)[Baku protested ,] main(s=Moscow v=denied cue=and)[and Moscow denied the claim .]"},
    {"MainCoordinatedBut",
     "Azerbaijan/NNP recalled/VBD its/PRP$ ambassador/NN ,/, but/CC Russia/NNP did/VBD not/RB respond/VB ./.",
     "main(s=Azerbaijan v=recalled)[Azerbaijan recalled its ambassador ,] main(s=Russia v=respond cue=but)[but Russia did not respond .]"},
    {"MainCoordinatedNoComma",
     "Police/NNS raided/VBD the/DT office/NN and/CC officers/NNS seized/VBD computers/NNS ./.",
     "main(s=Police v=raided)[Police raided the office] main(s=officers v=seized cue=and)[and officers seized computers .]"},
    {"MainCoordinatedSemicolon",
     "The/DT talks/NNS failed/VBD ;/: both/DT sides/NNS blamed/VBD each/DT other/JJ ./.",
     "main(s=talks v=failed)[The talks failed ;] main(s=sides v=blamed)[both sides blamed each other .]"},
    {"MainThreeWay",
     "Baku/NNP protested/VBD ,/, Moscow/NNP objected/VBD ,/, and/CC Ankara/NNP called/VBD for/IN calm/NN ./.",
     "main(s=Baku v=protested)[Baku protested , Moscow objected ,] main(s=Ankara v=called cue=and)[and Ankara called for calm .]"},
    {"MainNounCoordinationNoSplit",
     "Police/NNS and/CC protesters/NNS clashed/VBD in/IN Baku/NNP ./.",
     "main(s=protesters v=clashed)[Police and protesters clashed in Baku .]"},
    {"MainVerbCoordinationNoSplit",
     "Police/NNS detained/VBD seven/CD people/NNS and/CC released/VBD two/CD ./.",
     "main(s=Police v=detained)[Police detained seven people and released two .]"},
    {"MainObjectCoordinationNoSplit",
     "Police/NNS detained/VBD the/DT editor/NN and/CC his/PRP$ deputy/NN ./.",
     "main(s=Police v=detained)[Police detained the editor and his deputy .]"},
    {"SubAfter",
     "Baku/NNP protested/VBD after/IN police/NNS raided/VBD the/DT office/NN ./.",
     "main(s=Baku v=protested)[Baku protested after police raided the office .] subordinate^0(s=police v=raided cue=after)[after police raided the office]"},
    {"SubAfterFronted",
     "After/IN police/NNS raided/VBD the/DT office/NN ,/, Baku/NNP protested/VBD ./.",
     "main(s=Baku v=protested)[After police raided the office , Baku protested .] subordinate^0(s=police v=raided cue=After)[After police raided the office]"},
    {"SubBecause",
     "The/DT talks/NNS collapsed/VBD because/IN Moscow/NNP refused/VBD to/TO apologise/VB ./.",
     "main(s=talks v=collapsed)[The talks collapsed because Moscow refused to apologise .] subordinate^0(s=Moscow v=refused cue=because)[because Moscow refused to apologise]"},
    {"SubAlthoughFronted",
     "Although/IN Moscow/NNP denied/VBD the/DT report/NN ,/, the/DT ministry/NN confirmed/VBD it/PRP ./.",
     "main(s=ministry v=confirmed)[Although Moscow denied the report , the ministry confirmed it .] subordinate^0(s=Moscow v=denied cue=Although)[Although Moscow denied the report]"},
    {"SubWhileFronted",
     "While/IN the/DT talks/NNS continued/VBD ,/, troops/NNS massed/VBD on/IN the/DT border/NN ./.",
     "main(s=troops v=massed)[While the talks continued , troops massed on the border .] subordinate^0(s=talks v=continued cue=While)[While the talks continued]"},
    {"SubSinceConjunction",
     "Relations/NNS have/VBP worsened/VBN since/IN the/DT plane/NN crashed/VBD ./.",
     "main(s=Relations v=worsened)[Relations have worsened since the plane crashed .] subordinate^0(s=plane v=crashed cue=since)[since the plane crashed]"},
    {"SubSincePrepositionNegative",
     "Relations/NNS have/VBP worsened/VBN since/IN December/NNP ./.",
     "main(s=Relations v=worsened)[Relations have worsened since December .]"},
    {"SubAsConjunction",
     "Prices/NNS rose/VBD as/IN tensions/NNS grew/VBD ./.",
     "main(s=Prices v=rose)[Prices rose as tensions grew .] subordinate^0(s=tensions v=grew cue=as)[as tensions grew]"},
    {"SubAsPrepositionNegative",
     "The/DT ministry/NN described/VBD the/DT raid/NN as/IN an/DT act/NN of/IN aggression/NN ./.",
     "main(s=ministry v=described)[The ministry described the raid as an act of aggression .]"},
    {"SubAsWellAsNegative",
     "Baku/NNP as/RB well/RB as/IN Yerevan/NNP protested/VBD ./.",
     "main(s=Yerevan v=protested)[Baku as well as Yerevan protested .]"},
    {"SubUntil",
     "Flights/NNS will/MD stay/VB grounded/VBN until/IN the/DT investigation/NN ends/VBZ ./.",
     "main(s=Flights v=stay)[Flights will stay grounded until the investigation ends .] subordinate^0(s=investigation v=ends cue=until)[until the investigation ends]"},
    {"SubUntilPrepositionNegative",
     "The/DT embassy/NN stays/VBZ closed/VBN until/IN Monday/NNP ./.",
     "main(s=embassy v=stays)[The embassy stays closed until Monday .]"},
    {"SubOnceFronted",
     "Once/IN the/DT bodies/NNS are/VBP returned/VBN ,/, the/DT inquiry/NN will/MD begin/VB ./.",
     "main(s=inquiry v=begin)[Once the bodies are returned , the inquiry will begin .] subordinate^0(s=bodies v=returned cue=Once)[Once the bodies are returned]"},
    {"SubSoThat",
     "Baku/NNP closed/VBD the/DT airspace/NN so/IN that/IN investigators/NNS could/MD work/VB ./.",
     "main(s=Baku v=closed)[Baku closed the airspace so that investigators could work .] subordinate^0(s=investigators v=work cue=so)[so that investigators could work]"},
    {"SubEvenThough",
     "Moscow/NNP expelled/VBD the/DT diplomats/NNS even/RB though/IN Baku/NNP had/VBD apologised/VBN ./.",
     "main(s=Moscow v=expelled)[Moscow expelled the diplomats even though Baku had apologised .] subordinate^0(s=Baku v=apologised cue=even)[even though Baku had apologised]"},
    {"SubBecauseOfNegative",
     "Flights/NNS were/VBD cancelled/VBN because/IN of/IN the/DT crash/NN ./.",
     "main(s=Flights v=cancelled)[Flights were cancelled because of the crash .]"},
    {"SubBeforeParticiple",
     "Before/IN leaving/VBG Moscow/NNP ,/, the/DT envoy/NN met/VBD Lavrov/NNP ./.",
     "main(s=envoy v=met)[Before leaving Moscow , the envoy met Lavrov .] subordinate^0(v=leaving cue=Before)[Before leaving Moscow]"},
    {"SubAfterPassiveParticiple",
     "After/IN being/VBG detained/VBN ,/, the/DT journalists/NNS were/VBD released/VBN on/IN bail/NN ./.",
     "main(s=journalists v=released)[After being detained , the journalists were released on bail .] subordinate^0(v=detained cue=After)[After being detained]"},
    {"SubAfterPrepositionNegative",
     "After/IN the/DT talks/NNS ,/, Lavrov/NNP left/VBD ./.",
     "main(s=Lavrov v=left)[After the talks , Lavrov left .]"},
    {"SubBeforeCourtNegative",
     "The/DT journalists/NNS appeared/VBD before/IN the/DT court/NN ./.",
     "main(s=journalists v=appeared)[The journalists appeared before the court .]"},
    {"SubWhen",
     "Shots/NNS were/VBD fired/VBN when/WRB the/DT police/NNS arrived/VBD ./.",
     "main(s=Shots v=fired)[Shots were fired when the police arrived .] subordinate^0(s=police v=arrived cue=when)[when the police arrived]"},
    {"SubWhereasAfterComma",
     "Baku/NNP cited/VBD 38/CD deaths/NNS ,/, whereas/IN Moscow/NNP cited/VBD 67/CD ./.",
     "main(s=Baku v=cited)[Baku cited 38 deaths , whereas Moscow cited 67 .] subordinate^0(s=Moscow v=cited cue=whereas)[whereas Moscow cited 67]"},
    {"SubTwoFronted",
     "When/WRB the/DT plane/NN crashed/VBD ,/, because/IN the/DT airport/NN was/VBD closed/VBN ,/, rescuers/NNS came/VBD late/RB ./.",
     "main(s=rescuers v=came)[When the plane crashed , because the airport was closed , rescuers came late .] subordinate^0(s=plane v=crashed cue=When)[When the plane crashed] subordinate^0(s=airport v=closed cue=because)[because the airport was closed]"},
    {"SubNestedInSub",
     "Baku/NNP protested/VBD after/IN police/NNS raided/VBD the/DT office/NN while/IN journalists/NNS were/VBD working/VBG ./.",
     "main(s=Baku v=protested)[Baku protested after police raided the office while journalists were working .] subordinate^0(s=police v=raided cue=after)[after police raided the office while journalists were working] subordinate^1(s=journalists v=working cue=while)[while journalists were working]"},
    {"SubThatComplement",
     "It/PRP is/VBZ clear/JJ that/IN Moscow/NNP lied/VBD ./.",
     "main(s=It v=is)[It is clear that Moscow lied .] subordinate^0(s=Moscow v=lied cue=that)[that Moscow lied]"},
    {"SubWhetherUnclear",
     "It/PRP is/VBZ unclear/JJ whether/IN Moscow/NNP will/MD respond/VB ./.",
     "main(s=It v=is)[It is unclear whether Moscow will respond .] subordinate^0(s=Moscow v=respond cue=whether)[whether Moscow will respond]"},
    {"RelWhoRestrictive",
     "The/DT men/NNS who/WP were/VBD detained/VBN were/VBD released/VBN ./.",
     "main(s=men v=released)[The men who were detained were released .] relative^0(s=men v=detained cue=who)[who were detained]"},
    {"RelWhoWithAdjunct",
     "The/DT men/NNS who/WP were/VBD detained/VBN on/IN Friday/NNP were/VBD released/VBN ./.",
     "main(s=men v=released)[The men who were detained on Friday were released .] relative^0(s=men v=detained cue=who)[who were detained on Friday]"},
    {"RelWhoNonRestrictive",
     "Peskov/NNP ,/, who/WP spoke/VBD to/TO reporters/NNS ,/, denied/VBD the/DT claim/NN ./.",
     "main(s=Peskov v=denied)[Peskov , who spoke to reporters , denied the claim .] relative^0(s=Peskov v=spoke cue=who)[who spoke to reporters]"},
    {"RelWhom",
     "The/DT journalist/NN whom/WP police/NNS detained/VBD was/VBD released/VBN ./.",
     "main(s=journalist v=released)[The journalist whom police detained was released .] relative^0(s=police v=detained cue=whom)[whom police detained]"},
    {"RelWhichAfterComma",
     "Police/NNS raided/VBD the/DT office/NN ,/, which/WDT Moscow/NNP condemned/VBD ./.",
     "main(s=Police v=raided)[Police raided the office , which Moscow condemned .] relative^0(s=Moscow v=condemned cue=which)[which Moscow condemned]"},
    {"RelWhichSubjectGap",
     "Moscow/NNP imposed/VBD sanctions/NNS ,/, which/WDT hit/VBD exporters/NNS hard/RB ./.",
     "main(s=Moscow v=imposed)[Moscow imposed sanctions , which hit exporters hard .] relative^0(s=sanctions v=hit cue=which)[which hit exporters hard]"},
    {"RelThatObjectGap",
     "The/DT agreement/NN that/WDT Baku/NNP signed/VBD expired/VBD ./.",
     "main(s=agreement v=expired)[The agreement that Baku signed expired .] relative^0(s=Baku v=signed cue=that)[that Baku signed]"},
    {"RelThatSubjectGap",
     "Officials/NNS rejected/VBD the/DT report/NN that/WDT appeared/VBD on/IN Friday/NNP ./.",
     "main(s=Officials v=rejected)[Officials rejected the report that appeared on Friday .] relative^0(s=report v=appeared cue=that)[that appeared on Friday]"},
    {"RelWhose",
     "The/DT agency/NN ,/, whose/WP$ office/NN was/VBD raided/VBN ,/, suspended/VBD work/NN ./.",
     "main(s=agency v=suspended)[The agency , whose office was raided , suspended work .] relative^0(s=office v=raided cue=whose)[whose office was raided]"},
    {"RelWhere",
     "The/DT city/NN where/WRB the/DT plane/NN crashed/VBD remains/VBZ closed/JJ ./.",
     "main(s=city v=remains)[The city where the plane crashed remains closed .] relative^0(s=plane v=crashed cue=where)[where the plane crashed]"},
    {"RelWhenAfterNoun",
     "The/DT day/NN when/WRB the/DT raids/NNS began/VBD was/VBD a/DT Friday/NNP ./.",
     "main(s=day v=was)[The day when the raids began was a Friday .] relative^0(s=raids v=began cue=when)[when the raids began]"},
    {"RelInWhich",
     "The/DT raid/NN in/IN which/WDT seven/CD people/NNS were/VBD detained/VBN drew/VBD protests/NNS ./.",
     "main(s=raid v=drew)[The raid in which seven people were detained drew protests .] relative^0(s=people v=detained cue=which)[in which seven people were detained]"},
    {"RelInsideSub",
     "Baku/NNP protested/VBD after/IN police/NNS detained/VBD journalists/NNS who/WP worked/VBD for/IN Sputnik/NNP ./.",
     "main(s=Baku v=protested)[Baku protested after police detained journalists who worked for Sputnik .] subordinate^0(s=police v=detained cue=after)[after police detained journalists who worked for Sputnik] relative^1(s=journalists v=worked cue=who)[who worked for Sputnik]"},
    {"RelNonRestrictiveAtEnd",
     "The/DT ministry/NN summoned/VBD the/DT ambassador/NN ,/, who/WP left/VBD without/IN comment/NN ./.",
     "main(s=ministry v=summoned)[The ministry summoned the ambassador , who left without comment .] relative^0(s=ambassador v=left cue=who)[who left without comment]"},
    {"RelCoordinated",
     "Journalists/NNS who/WP were/VBD detained/VBN and/CC who/WP were/VBD later/RB released/VBN spoke/VBD to/TO reporters/NNS ./.",
     "main(s=Journalists v=spoke)[Journalists who were detained and who were later released spoke to reporters .] relative^0(s=Journalists v=detained cue=who)[who were detained] relative^0(s=Journalists v=released cue=who)[who were later released]"},
    {"RelCoordinatedVerbs",
     "The/DT men/NNS who/WP were/VBD beaten/VBN and/CC robbed/VBN filed/VBD complaints/NNS ./.",
     "main(s=men v=filed)[The men who were beaten and robbed filed complaints .] relative^0(s=men v=beaten cue=who)[who were beaten and robbed]"},
    {"RelThatDeterminerNegative",
     "Baku/NNP rejected/VBD that/DT agreement/NN ./.",
     "main(s=Baku v=rejected)[Baku rejected that agreement .]"},
    {"RelThatPronounNegative",
     "Moscow/NNP denied/VBD that/DT ./.",
     "main(s=Moscow v=denied)[Moscow denied that .]"},
    {"RelWhichDeterminerNegative",
     "It/PRP is/VBZ unclear/JJ which/WDT country/NN fired/VBD ./.",
     "main(s=It v=is)[It is unclear which country fired .]"},
    {"RelTwoLevels",
     "Police/NNS detained/VBD a/DT man/NN who/WP ran/VBD a/DT channel/NN that/WDT criticised/VBD the/DT government/NN ./.",
     "main(s=Police v=detained)[Police detained a man who ran a channel that criticised the government .] relative^0(s=man v=ran cue=who)[who ran a channel that criticised the government] relative^1(s=channel v=criticised cue=that)[that criticised the government]"},
    {"RepThat",
     "Baku/NNP said/VBD that/IN Moscow/NNP lied/VBD ./.",
     "main(s=Baku v=said)[Baku said that Moscow lied .] reported^0(s=Moscow v=lied sp=Baku cue=that)[that Moscow lied]"},
    {"RepThatSubjunctive",
     "Greece/NNP insisted/VBD that/IN the/DT envoy/NN immediately/RB leave/VB the/DT country/NN ./.",
     "main(s=Greece v=insisted)[Greece insisted that the envoy immediately leave the country .] reported^0(s=envoy v=leave sp=Greece cue=that)[that the envoy immediately leave the country]"},
    {"RepZeroThat",
     "Baku/NNP said/VBD Moscow/NNP had/VBD lied/VBN ./.",
     "main(s=Baku v=said)[Baku said Moscow had lied .] reported^0(s=Moscow v=lied sp=Baku)[Moscow had lied]"},
    {"RepInStatement",
     "The/DT ministry/NN said/VBD in/IN a/DT statement/NN that/IN seven/CD people/NNS were/VBD detained/VBN ./.",
     "main(s=ministry v=said)[The ministry said in a statement that seven people were detained .] reported^0(s=people v=detained sp=ministry cue=that)[that seven people were detained]"},
    {"RepOnFriday",
     "Baku/NNP said/VBD on/IN Friday/NNP that/IN Moscow/NNP had/VBD lied/VBN ./.",
     "main(s=Baku v=said)[Baku said on Friday that Moscow had lied .] reported^0(s=Moscow v=lied sp=Baku cue=that)[that Moscow had lied]"},
    {"RepTimeNoun",
     "The/DT Kremlin/NNP said/VBD Tuesday/NNP that/IN Putin/NNP had/VBD apologised/VBN ./.",
     "main(s=Kremlin v=said)[The Kremlin said Tuesday that Putin had apologised .] reported^0(s=Putin v=apologised sp=Kremlin cue=that)[that Putin had apologised]"},
    {"RepToldReportersThat",
     "Peskov/NNP told/VBD reporters/NNS that/IN Moscow/NNP would/MD not/RB apologise/VB ./.",
     "main(s=Peskov v=told)[Peskov told reporters that Moscow would not apologise .] reported^0(s=Moscow v=apologise sp=Peskov cue=that)[that Moscow would not apologise]"},
    {"RepToldReportersZeroThat",
     "Peskov/NNP told/VBD reporters/NNS the/DT talks/NNS had/VBD failed/VBN ./.",
     "main(s=Peskov v=told)[Peskov told reporters the talks had failed .] reported^0(s=talks v=failed sp=Peskov)[the talks had failed]"},
    {"RepWarnedObject",
     "The/DT ministry/NN warned/VBD Moscow/NNP that/IN Baku/NNP would/MD respond/VB ./.",
     "main(s=ministry v=warned)[The ministry warned Moscow that Baku would respond .] reported^0(s=Baku v=respond sp=ministry cue=that)[that Baku would respond]"},
    {"RepHoweverCommas",
     "The/DT ministry/NN said/VBD ,/, however/RB ,/, that/IN talks/NNS would/MD continue/VB ./.",
     "main(s=ministry v=said)[The ministry said , however , that talks would continue .] reported^0(s=talks v=continue sp=ministry cue=that)[that talks would continue]"},
    {"RepChainSubject",
     "Lavrov/NNP said/VBD the/DT talks/NNS in/IN Baku/NNP had/VBD failed/VBN ./.",
     "main(s=Lavrov v=said)[Lavrov said the talks in Baku had failed .] reported^0(s=talks v=failed sp=Lavrov)[the talks in Baku had failed]"},
    {"RepCoordinatedThat",
     "Baku/NNP said/VBD that/IN Moscow/NNP had/VBD lied/VBN and/CC that/IN it/PRP would/MD respond/VB ./.",
     "main(s=Baku v=said)[Baku said that Moscow had lied and that it would respond .] reported^0(s=Moscow v=lied sp=Baku cue=that)[that Moscow had lied] reported^0(s=it v=respond sp=Baku cue=that)[that it would respond]"},
    {"RepSpeakerWithRelative",
     "Officials/NNS who/WP spoke/VBD on/IN condition/NN of/IN anonymity/NN said/VBD the/DT plane/NN was/VBD hit/VBN ./.",
     "main(s=Officials v=said)[Officials who spoke on condition of anonymity said the plane was hit .] relative^0(s=Officials v=spoke cue=who)[who spoke on condition of anonymity] reported^0(s=plane v=hit sp=Officials)[the plane was hit]"},
    {"RepPassiveNoSpeaker",
     "It/PRP was/VBD reported/VBN that/IN seven/CD people/NNS died/VBD ./.",
     "main(s=It v=reported)[It was reported that seven people died .] reported^0(s=people v=died cue=that)[that seven people died]"},
    {"RepThreatenedTo",
     "Moscow/NNP threatened/VBD to/TO expel/VB the/DT diplomats/NNS ./.",
     "main(s=Moscow v=threatened)[Moscow threatened to expel the diplomats .] reported^0(s=Moscow v=expel sp=Moscow cue=to)[to expel the diplomats]"},
    {"RepUrgedObjectTo",
     "The/DT ministry/NN urged/VBD Moscow/NNP to/TO apologise/VB ./.",
     "main(s=ministry v=urged)[The ministry urged Moscow to apologise .] reported^0(s=Moscow v=apologise sp=ministry cue=to)[to apologise]"},
    {"RepRefusedToNegative",
     "Moscow/NNP refused/VBD to/TO apologise/VB ./.",
     "main(s=Moscow v=refused)[Moscow refused to apologise .]"},
    {"RepColonClause",
     "The/DT statement/NN said/VBD :/: the/DT crash/NN was/VBD an/DT accident/NN ./.",
     "main(s=statement v=said)[The statement said : the crash was an accident .] reported^0(s=crash v=was sp=statement)[the crash was an accident]"},
    {"RepAskedIf",
     "Reporters/NNS asked/VBD if/IN Moscow/NNP would/MD apologise/VB ./.",
     "main(s=Reporters v=asked)[Reporters asked if Moscow would apologise .] reported^0(s=Moscow v=apologise sp=Reporters cue=if)[if Moscow would apologise]"},
    {"RepAskedObjectWhether",
     "Journalists/NNS asked/VBD Peskov/NNP whether/IN Putin/NNP had/VBD apologised/VBN ./.",
     "main(s=Journalists v=asked)[Journalists asked Peskov whether Putin had apologised .] reported^0(s=Putin v=apologised sp=Journalists cue=whether)[whether Putin had apologised]"},
    {"RepWonderIfNotConditional",
     "Analysts/NNS wonder/VBP if/IN the/DT truce/NN will/MD hold/VB ./.",
     "main(s=Analysts v=wonder)[Analysts wonder if the truce will hold .] subordinate^0(s=truce v=hold cue=if)[if the truce will hold]"},
    {"RepSpeechNoun",
     "Moscow/NNP rejected/VBD claims/NNS that/IN its/PRP$ missile/NN hit/VBD the/DT plane/NN ./.",
     "main(s=Moscow v=rejected)[Moscow rejected claims that its missile hit the plane .] reported^0(s=missile v=hit cue=that)[that its missile hit the plane]"},
    {"RepAddingThat",
     "Baku/NNP recalled/VBD its/PRP$ envoy/NN ,/, adding/VBG that/IN talks/NNS were/VBD suspended/VBN ./.",
     "main(s=Baku v=recalled)[Baku recalled its envoy , adding that talks were suspended .] reported^0(s=talks v=suspended sp=Baku cue=that)[that talks were suspended]"},
    {"RepTwoSpeakers",
     "Baku/NNP said/VBD 38/CD people/NNS died/VBD ,/, but/CC Moscow/NNP said/VBD the/DT toll/NN was/VBD lower/JJR ./.",
     "main(s=Baku v=said)[Baku said 38 people died ,] reported^0(s=people v=died sp=Baku)[38 people died] main(s=Moscow v=said cue=but)[but Moscow said the toll was lower .] reported^2(s=toll v=was sp=Moscow)[the toll was lower]"},
    {"RepDeniedObjectNegative",
     "Moscow/NNP denied/VBD the/DT report/NN ./.",
     "main(s=Moscow v=denied)[Moscow denied the report .]"},
    {"RepToldNothingNegative",
     "Peskov/NNP told/VBD reporters/NNS nothing/NN ./.",
     "main(s=Peskov v=told)[Peskov told reporters nothing .]"},
    {"RepBelieve",
     "Investigators/NNS believe/VBP a/DT missile/NN struck/VBD the/DT plane/NN ./.",
     "main(s=Investigators v=believe)[Investigators believe a missile struck the plane .] reported^0(s=missile v=struck sp=Investigators)[a missile struck the plane]"},
    {"RepInsideSub",
     "Protests/NNS grew/VBD after/IN the/DT ministry/NN said/VBD police/NNS had/VBD beaten/VBN detainees/NNS ./.",
     "main(s=Protests v=grew)[Protests grew after the ministry said police had beaten detainees .] subordinate^0(s=ministry v=said cue=after)[after the ministry said police had beaten detainees] reported^1(s=police v=beaten sp=ministry)[police had beaten detainees]"},
    {"RepNested",
     "Baku/NNP said/VBD Moscow/NNP claimed/VBD the/DT plane/NN was/VBD hit/VBN by/IN birds/NNS ./.",
     "main(s=Baku v=said)[Baku said Moscow claimed the plane was hit by birds .] reported^0(s=Moscow v=claimed sp=Baku)[Moscow claimed the plane was hit by birds] reported^1(s=plane v=hit sp=Moscow)[the plane was hit by birds]"},
    {"RepRelativeInside",
     "Baku/NNP said/VBD the/DT men/NNS who/WP were/VBD detained/VBN had/VBD been/VBN beaten/VBN ./.",
     "main(s=Baku v=said)[Baku said the men who were detained had been beaten .] reported^0(s=men v=beaten sp=Baku)[the men who were detained had been beaten] relative^1(s=men v=detained cue=who)[who were detained]"},
    {"RepDidNotSayWhen",
     "Peskov/NNP did/VBD not/RB say/VB when/WRB talks/NNS would/MD resume/VB ./.",
     "main(s=Peskov v=say)[Peskov did not say when talks would resume .] reported^0(s=talks v=resume sp=Peskov cue=when)[when talks would resume]"},
    {"RepDidNotSayWho",
     "Police/NNS did/VBD not/RB say/VB who/WP fired/VBD the/DT shots/NNS ./.",
     "main(s=Police v=say)[Police did not say who fired the shots .] reported^0(s=who v=fired sp=Police cue=who)[who fired the shots]"},
    {"RepFronted",
     "Moscow/NNP lied/VBD ,/, the/DT ministry/NN said/VBD ./.",
     "main(s=ministry v=said)[Moscow lied , the ministry said .] reported^0(s=Moscow v=lied sp=ministry)[Moscow lied]"},
    {"RepFrontedToldReporters",
     "The/DT talks/NNS failed/VBD ,/, Peskov/NNP told/VBD reporters/NNS ./.",
     "main(s=Peskov v=told)[The talks failed , Peskov told reporters .] reported^0(s=talks v=failed sp=Peskov)[The talks failed]"},
    {"RepFrontedInverted",
     "The/DT plane/NN was/VBD shot/VBN down/RP ,/, said/VBD the/DT prosecutor/NN ./.",
     "main(s=prosecutor v=said)[The plane was shot down , said the prosecutor .] reported^0(s=plane v=shot sp=prosecutor)[The plane was shot down]"},
    {"RepFrontedWithSub",
     "Police/NNS detained/VBD him/PRP after/IN he/PRP criticised/VBD Moscow/NNP ,/, his/PRP$ lawyer/NN said/VBD ./.",
     "main(s=lawyer v=said)[Police detained him after he criticised Moscow , his lawyer said .] reported^0(s=Police v=detained sp=lawyer)[Police detained him after he criticised Moscow] subordinate^1(s=he v=criticised cue=after)[after he criticised Moscow]"},
    {"RepFrontedAdjuncts",
     "Nine/CD people/NNS were/VBD detained/VBN ,/, the/DT ministry/NN said/VBD in/IN a/DT statement/NN on/IN Friday/NNP ./.",
     "main(s=ministry v=said)[Nine people were detained , the ministry said in a statement on Friday .] reported^0(s=people v=detained sp=ministry)[Nine people were detained]"},
    {"RepFrontedAppositiveSpeaker",
     "Talks/NNS will/MD resume/VB ,/, Peskov/NNP ,/, the/DT Kremlin/NNP spokesman/NN ,/, said/VBD ./.",
     "main(s=Peskov v=said)[Talks will resume , Peskov , the Kremlin spokesman , said .] reported^0(s=Talks v=resume sp=Peskov)[Talks will resume]"},
    {"RepAccordingFront",
     "According/VBG to/TO the/DT ministry/NN ,/, police/NNS detained/VBD seven/CD people/NNS ./.",
     "main[According to the ministry , police detained seven people .] reported^0(s=police v=detained sp=ministry cue=According)[police detained seven people]"},
    {"RepAccordingTrailing",
     "Seven/CD people/NNS were/VBD detained/VBN ,/, according/VBG to/TO the/DT ministry/NN ./.",
     "main[Seven people were detained , according to the ministry .] reported^0(s=people v=detained sp=ministry cue=according)[Seven people were detained]"},
    {"RepAccordingChainSpeaker",
     "According/VBG to/TO officials/NNS in/IN Baku/NNP ,/, the/DT plane/NN was/VBD hit/VBN ./.",
     "main[According to officials in Baku , the plane was hit .] reported^0(s=plane v=hit sp=officials cue=According)[the plane was hit]"},
    {"RepAccordingWithSub",
     "According/VBG to/TO the/DT ministry/NN ,/, police/NNS opened/VBD fire/NN after/IN protesters/NNS threw/VBD stones/NNS ./.",
     "main[According to the ministry , police opened fire after protesters threw stones .] reported^0(s=police v=opened sp=ministry cue=According)[police opened fire after protesters threw stones] subordinate^1(s=protesters v=threw cue=after)[after protesters threw stones]"},
    {"RepFrontedNeedsSpeechVerbNegative",
     "Police/NNS detained/VBD Ali/NNP ,/, a/DT journalist/NN ./.",
     "main(s=Police v=detained)[Police detained Ali , a journalist .]"},
    {"RepFrontedNeedsVerbNegative",
     "Aliyev/NNP ,/, officials/NNS said/VBD ./.",
     "main(s=officials v=said)[Aliyev , officials said .]"},
    {"QuoteAttributionAfter",
     "“/`` We/PRP will/MD respond/VB ,/, ”/'' Aliyev/NNP said/VBD ./.",
     "main(s=Aliyev v=said)[“ We will respond , ” Aliyev said .] quotation^0(s=We v=respond sp=Aliyev cue=“)[“ We will respond , ”]"},
    {"QuoteAttributionColon",
     "Aliyev/NNP said/VBD :/: “/`` We/PRP will/MD respond/VB ./. ”/''",
     "main(s=Aliyev v=said)[Aliyev said : “ We will respond . ”] quotation^0(s=We v=respond sp=Aliyev cue=“)[“ We will respond . ”]"},
    {"QuoteAttributionNoColon",
     "Aliyev/NNP said/VBD “/`` we/PRP will/MD respond/VB ”/'' ./.",
     "main(s=Aliyev v=said)[Aliyev said “ we will respond ” .] quotation^0(s=we v=respond sp=Aliyev cue=“)[“ we will respond ”]"},
    {"QuoteInverted",
     "“/`` This/DT is/VBZ a/DT provocation/NN ,/, ”/'' said/VBD Peskov/NNP ./.",
     "main(s=Peskov v=said)[“ This is a provocation , ” said Peskov .] quotation^0(s=This v=is sp=Peskov cue=“)[“ This is a provocation , ”]"},
    {"QuoteStraight",
     "\"/`` We/PRP did/VBD nothing/NN wrong/JJ ,/, \"/'' the/DT ministry/NN said/VBD ./.",
     "main(s=ministry v=said)[\" We did nothing wrong , \" the ministry said .] quotation^0(s=We v=did sp=ministry cue=\")[\" We did nothing wrong , \"]"},
    {"QuoteStraightUntagged",
     "\"/NN We/PRP will/MD win/VB ,/, \"/NN he/PRP said/VBD ./.",
     "main(s=he v=said)[\" We will win , \" he said .] quotation^0(s=We v=win sp=he cue=\")[\" We will win , \"]"},
    {"QuoteGuillemets",
     "«/`` Russia/NNP must/MD apologise/VB »/'' ,/, the/DT statement/NN said/VBD ./.",
     "main(s=statement v=said)[« Russia must apologise » , the statement said .] quotation^0(s=Russia v=apologise sp=statement cue=«)[« Russia must apologise »]"},
    {"QuoteSplitAroundAttribution",
     "“/`` We/PRP will/MD respond/VB ,/, ”/'' Aliyev/NNP said/VBD ,/, “/`` and/CC we/PRP will/MD win/VB ./. ”/''",
     "main(s=Aliyev v=said)[“ We will respond , ” Aliyev said , “ and we will win . ”] quotation^0(s=We v=respond sp=Aliyev cue=“)[“ We will respond , ”] quotation^0(s=we v=win sp=Aliyev cue=“)[“ and we will win . ”]"},
    {"QuoteScareNegative",
     "Moscow/NNP sent/VBD so-called/JJ “/`` peacekeepers/NNS ”/'' to/TO the/DT region/NN ./.",
     "main(s=Moscow v=sent)[Moscow sent so-called “ peacekeepers ” to the region .]"},
    {"QuoteScareSubject",
     "The/DT “/`` peacekeepers/NNS ”/'' left/VBD ./.",
     "main(v=left)[The “ peacekeepers ” left .]"},
    {"QuoteTitleNegative",
     "The/DT operation/NN was/VBD called/VBN “/`` Sunrise/NNP ”/'' ./.",
     "main(s=operation v=called)[The operation was called “ Sunrise ” .]"},
    {"QuoteApostropheNegative",
     "The/DT protesters/NNS ’/POS demands/NNS were/VBD ignored/VBN ./.",
     "main(s=demands v=ignored)[The protesters ’ demands were ignored .]"},
    {"QuotePartialInReported",
     "Baku/NNP said/VBD Moscow/NNP had/VBD “/`` lied/VBN shamelessly/RB ”/'' ./.",
     "main(s=Baku v=said)[Baku said Moscow had “ lied shamelessly ” .] reported^0(s=Moscow v=had sp=Baku)[Moscow had “ lied shamelessly ”] quotation^1(v=lied sp=Baku cue=“)[“ lied shamelessly ”]"},
    {"QuoteNestedSingle",
     "“/`` They/PRP told/VBD us/PRP ‘/`` leave/VB now/RB ’/'' ,/, ”/'' a/DT witness/NN said/VBD ./.",
     "main(s=witness v=said)[“ They told us ‘ leave now ’ , ” a witness said .] quotation^0(s=They v=told sp=witness cue=“)[“ They told us ‘ leave now ’ , ”] quotation^1(v=leave sp=They cue=‘)[‘ leave now ’]"},
    {"QuoteWithConditionalInside",
     "“/`` If/IN Moscow/NNP apologises/VBZ ,/, we/PRP will/MD talk/VB ,/, ”/'' Aliyev/NNP said/VBD ./.",
     "main(s=Aliyev v=said)[“ If Moscow apologises , we will talk , ” Aliyev said .] quotation^0(s=we v=talk sp=Aliyev cue=“)[“ If Moscow apologises , we will talk , ”] conditional^1(s=Moscow v=apologises cue=If)[If Moscow apologises]"},
    {"QuoteWithRelativeInside",
     "“/`` The/DT men/NNS who/WP fired/VBD must/MD be/VB punished/VBN ,/, ”/'' Aliyev/NNP said/VBD ./.",
     "main(s=Aliyev v=said)[“ The men who fired must be punished , ” Aliyev said .] quotation^0(s=men v=punished sp=Aliyev cue=“)[“ The men who fired must be punished , ”] relative^1(s=men v=fired cue=who)[who fired]"},
    {"QuoteAccordingTrailing",
     "“/`` The/DT plane/NN was/VBD hit/VBN ”/'' ,/, according/VBG to/TO a/DT source/NN ./.",
     "main[“ The plane was hit ” , according to a source .] quotation^0(s=plane v=hit sp=source cue=“)[“ The plane was hit ”]"},
    {"QuoteNoAttribution",
     "“/`` We/PRP want/VBP peace/NN ./. ”/''",
     "main[“ We want peace . ”] quotation^0(s=We v=want cue=“)[“ We want peace . ”]"},
    {"QuoteUnmatchedClose",
     "He/PRP will/MD pay/VB ,/, ”/'' the/DT minister/NN said/VBD ./.",
     "main(s=minister v=said)[He will pay , ” the minister said .] quotation^0(s=He v=pay sp=minister)[He will pay , ”]"},
    {"QuoteTwoSentences",
     "Aliyev/NNP said/VBD :/: “/`` We/PRP will/MD respond/VB ./. | We/PRP will/MD not/RB forget/VB ./. ”/''",
     "main(s=Aliyev v=said)[Aliyev said : “ We will respond .] quotation^0(s=We v=respond sp=Aliyev cue=“)[“ We will respond .] main[We will not forget . ”] quotation^2(s=We v=forget sp=Aliyev)[We will not forget . ”]"},
    {"QuoteThreeSentences",
     "“/`` Moscow/NNP lied/VBD ./. | It/PRP always/RB lies/VBZ ./. | We/PRP know/VBP it/PRP ,/, ”/'' Aliyev/NNP said/VBD ./.",
     "main[“ Moscow lied .] quotation^0(s=Moscow v=lied cue=“)[“ Moscow lied .] main[It always lies .] quotation^2(s=It v=lies)[It always lies .] main(s=Aliyev v=said)[We know it , ” Aliyev said .] quotation^4(s=We v=know sp=Aliyev)[We know it , ”]"},
    {"QuoteClosedNoContinuation",
     "“/`` We/PRP will/MD respond/VB ./. ”/'' | Moscow/NNP said/VBD nothing/NN ./.",
     "main[“ We will respond . ”] quotation^0(s=We v=respond cue=“)[“ We will respond . ”] main(s=Moscow v=said)[Moscow said nothing .]"},
    {"QuoteToldReportersColon",
     "Peskov/NNP told/VBD reporters/NNS :/: “/`` Nothing/NN has/VBZ changed/VBN ./. ”/''",
     "main(s=Peskov v=told)[Peskov told reporters : “ Nothing has changed . ”] quotation^0(s=Nothing v=changed sp=Peskov cue=“)[“ Nothing has changed . ”]"},
    {"CondFronted",
     "If/IN Moscow/NNP apologises/VBZ ,/, Baku/NNP will/MD restore/VB ties/NNS ./.",
     "main(s=Baku v=restore)[If Moscow apologises , Baku will restore ties .] conditional^0(s=Moscow v=apologises cue=If)[If Moscow apologises]"},
    {"CondTrailing",
     "Baku/NNP will/MD retaliate/VB if/IN the/DT arrests/NNS continue/VBP ./.",
     "main(s=Baku v=retaliate)[Baku will retaliate if the arrests continue .] conditional^0(s=arrests v=continue cue=if)[if the arrests continue]"},
    {"CondUnless",
     "The/DT embassy/NN will/MD close/VB unless/IN security/NN improves/VBZ ./.",
     "main(s=embassy v=close)[The embassy will close unless security improves .] conditional^0(s=security v=improves cue=unless)[unless security improves]"},
    {"CondProvidedThat",
     "Talks/NNS can/MD resume/VB provided/VBN that/IN the/DT detainees/NNS are/VBP freed/VBN ./.",
     "main(s=Talks v=resume)[Talks can resume provided that the detainees are freed .] conditional^0(s=detainees v=freed cue=provided)[provided that the detainees are freed]"},
    {"CondAsLongAs",
     "The/DT ceasefire/NN will/MD hold/VB as/RB long/RB as/IN both/DT sides/NNS comply/VBP ./.",
     "main(s=ceasefire v=hold)[The ceasefire will hold as long as both sides comply .] conditional^0(s=sides v=comply cue=as)[as long as both sides comply]"},
    {"CondEvenIf",
     "Baku/NNP will/MD not/RB back/VB down/RP even/RB if/IN Moscow/NNP imposes/VBZ sanctions/NNS ./.",
     "main(s=Baku v=back)[Baku will not back down even if Moscow imposes sanctions .] conditional^0(s=Moscow v=imposes cue=even)[even if Moscow imposes sanctions]"},
    {"CondInCase",
     "Troops/NNS were/VBD deployed/VBN in/IN case/NN protests/NNS erupted/VBD ./.",
     "main(s=Troops v=deployed)[Troops were deployed in case protests erupted .] conditional^0(s=protests v=erupted cue=in)[in case protests erupted]"},
    {"CondInsideReported",
     "The/DT minister/NN said/VBD that/IN Baku/NNP would/MD respond/VB if/IN Moscow/NNP expelled/VBD more/JJR diplomats/NNS ./.",
     "main(s=minister v=said)[The minister said that Baku would respond if Moscow expelled more diplomats .] reported^0(s=Baku v=respond sp=minister cue=that)[that Baku would respond if Moscow expelled more diplomats] conditional^1(s=Moscow v=expelled cue=if)[if Moscow expelled more diplomats]"},
    {"CondInsideZeroThat",
     "Aliyev/NNP said/VBD Baku/NNP would/MD respond/VB if/IN Moscow/NNP refused/VBD to/TO apologise/VB ./.",
     "main(s=Aliyev v=said)[Aliyev said Baku would respond if Moscow refused to apologise .] reported^0(s=Baku v=respond sp=Aliyev)[Baku would respond if Moscow refused to apologise] conditional^1(s=Moscow v=refused cue=if)[if Moscow refused to apologise]"},
    {"CondNoClauseNegative",
     "The/DT talks/NNS ,/, if/IN any/DT ,/, will/MD be/VB brief/JJ ./.",
     "main(s=talks v=be)[The talks , if any , will be brief .]"},
    {"CondFrontedInsideFrontedReport",
     "If/IN talks/NNS fail/VBP ,/, sanctions/NNS will/MD follow/VB ,/, the/DT ministry/NN said/VBD ./.",
     "main(s=ministry v=said)[If talks fail , sanctions will follow , the ministry said .] reported^0(s=sanctions v=follow sp=ministry)[If talks fail , sanctions will follow] conditional^1(s=talks v=fail cue=If)[If talks fail]"},
    {"CondWithRelative",
     "If/IN the/DT men/NNS who/WP fired/VBD are/VBP punished/VBN ,/, Baku/NNP will/MD be/VB satisfied/VBN ./.",
     "main(s=Baku v=satisfied)[If the men who fired are punished , Baku will be satisfied .] conditional^0(s=men v=punished cue=If)[If the men who fired are punished] relative^1(s=men v=fired cue=who)[who fired]"},
    {"MixedSubRelReported",
     "After/IN police/NNS detained/VBD two/CD editors/NNS who/WP worked/VBD for/IN Sputnik/NNP ,/, Moscow/NNP said/VBD Baku/NNP had/VBD crossed/VBN a/DT line/NN ./.",
     "main(s=Moscow v=said)[After police detained two editors who worked for Sputnik , Moscow said Baku had crossed a line .] subordinate^0(s=police v=detained cue=After)[After police detained two editors who worked for Sputnik] relative^1(s=editors v=worked cue=who)[who worked for Sputnik] reported^0(s=Baku v=crossed sp=Moscow)[Baku had crossed a line]"},
    {"MixedReportedCoordinatedMain",
     "The/DT ministry/NN said/VBD nine/CD people/NNS were/VBD detained/VBN ,/, and/CC Moscow/NNP protested/VBD ./.",
     "main(s=ministry v=said)[The ministry said nine people were detained ,] reported^0(s=people v=detained sp=ministry)[nine people were detained] main(s=Moscow v=protested cue=and)[and Moscow protested .]"},
    {"MixedReportedSiblingNoComma",
     "Baku/NNP said/VBD Moscow/NNP lied/VBD and/CC Ankara/NNP agreed/VBD ./.",
     "main(s=Baku v=said)[Baku said Moscow lied and Ankara agreed .] reported^0(s=Moscow v=lied sp=Baku)[Moscow lied] reported^0(s=Ankara v=agreed sp=Baku cue=and)[and Ankara agreed]"},
    {"MixedQuoteAndReported",
     "Aliyev/NNP said/VBD Moscow/NNP must/MD apologise/VB ,/, adding/VBG :/: “/`` We/PRP will/MD not/RB forget/VB ./. ”/''",
     "main(s=Aliyev v=said)[Aliyev said Moscow must apologise , adding : “ We will not forget . ”] reported^0(s=Moscow v=apologise sp=Aliyev)[Moscow must apologise] quotation^0(s=We v=forget sp=Aliyev cue=“)[“ We will not forget . ”]"},
    {"RepGapComplementInRelative",
     "The/DT deaths/NNS ,/, which/WDT Moscow/NNP insisted/VBD were/VBD natural/JJ ,/, angered/VBD Baku/NNP ./.",
     "main(s=deaths v=angered)[The deaths , which Moscow insisted were natural , angered Baku .] relative^0(s=Moscow v=insisted cue=which)[which Moscow insisted were natural]"},
    {"RepThatThenSubordinator",
     "Gasimov/NNP noted/VBD that/IN while/IN Baku/NNP had/VBD backed/VBN down/RP before/RB ,/, this/DT time/NN was/VBD different/JJ ./.",
     "main(s=Gasimov v=noted)[Gasimov noted that while Baku had backed down before , this time was different .] reported^0(s=time v=was sp=Gasimov cue=that)[that while Baku had backed down before , this time was different] subordinate^1(s=Baku v=backed cue=while)[while Baku had backed down before]"},
    {"QuoteAttributionLongAppositive",
     "“/`` That/DT was/VBD shocking/JJ ,/, ”/'' Zaur/NNP Gasimov/NNP ,/, an/DT expert/NN on/IN the/DT region/NN told/VBD RFI/NNP ./.",
     "main(s=Gasimov v=told)[“ That was shocking , ” Zaur Gasimov , an expert on the region told RFI .] quotation^0(s=That v=was sp=Gasimov cue=“)[“ That was shocking , ”]"},
    {"MainPossessorInChain",
     "The/DT crackdown/NN on/IN Azerbaijan/NNP 's/POS diaspora/NN continued/VBD ./.",
     "main(s=crackdown v=continued)[The crackdown on Azerbaijan 's diaspora continued .]"},
    {"SubThatAfterNameIsComplement",
     "The/DT crisis/NN showed/VBD Baku/NNP that/IN it/PRP could/MD win/VB ./.",
     "main(s=crisis v=showed)[The crisis showed Baku that it could win .] subordinate^0(s=it v=win cue=that)[that it could win]"},
    {"RelClosesBeforeNewSubject",
     "After/IN the/DT raid/NN —/: an/DT incident/NN that/WDT shocked/VBD officials/NNS —/: Baku/NNP responded/VBD forcefully/RB ./.",
     "main(s=Baku v=responded)[After the raid — an incident that shocked officials — Baku responded forcefully .] relative^0(s=incident v=shocked cue=that)[that shocked officials]"},
    {"RelObjectIsNotNewSubject",
     "The/DT men/NNS who/WP attacked/VBD the/DT journalists/NNS were/VBD released/VBN ./.",
     "main(s=men v=released)[The men who attacked the journalists were released .] relative^0(s=men v=attacked cue=who)[who attacked the journalists]"},
    {"OnceAgainIsNoSubordinator",
     "In/IN a/DT call/NN ,/, Putin/NNP once/RB again/RB offered/VBD condolences/NNS ./.",
     "main(s=Putin v=offered)[In a call , Putin once again offered condolences .]"},
    {"DayWordIsNotTheSubject",
     "Israel/NNP today/NN mounted/VBD an/DT invasion/NN ./.",
     "main(s=Israel v=mounted)[Israel today mounted an invasion .]"},
    {"RepAccordingMidSentenceNegative",
     "The/DT call/NN was/VBD ,/, according/VBG to/TO the/DT Times/NNP ,/, a/DT provocation/NN ./.",
     "main(s=call v=was)[The call was , according to the Times , a provocation .]"},
};
// clang-format on

class ClauseCases : public ::testing::TestWithParam<Case> {};

TEST_P(ClauseCases, Render) {
  const Case& c = GetParam();
  Built b = Build(c.tagged);
  ASSERT_EQ(b.error, "");
  EXPECT_EQ(Render(b.doc), c.expected) << c.tagged;
  ExpectInvariants(b.doc);
}

INSTANTIATE_TEST_SUITE_P(Clause, ClauseCases, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

// --- properties beyond single cases ---

TEST(ClauseFinder, SentenceIndexesAndAppendOrder) {
  Built b = Build(
      "Baku/NNP said/VBD that/IN Moscow/NNP lied/VBD ./. | "
      "If/IN Moscow/NNP apologises/VBZ ,/, Baku/NNP will/MD restore/VB ties/NNS ./.");
  ASSERT_EQ(b.error, "");
  ASSERT_EQ(b.doc.clauses.size(), 4u);
  EXPECT_EQ(b.doc.clauses[0].sentence, 0);
  EXPECT_EQ(b.doc.clauses[1].sentence, 0);
  EXPECT_EQ(b.doc.clauses[2].sentence, 1);
  EXPECT_EQ(b.doc.clauses[3].sentence, 1);
  EXPECT_EQ(b.doc.clauses[3].parent, 2);
  ExpectInvariants(b.doc);
}

TEST(ClauseFinder, WorksWithoutPhrases) {
  // No chunk at all (a chunker failure): clause boundaries come from tags
  // and verb/subject stay unset.
  Document doc;
  doc.text = "Baku said that Moscow lied .";
  const char* tags[] = {"NNP", "VBD", "IN", "NNP", "VBD", "."};
  Offset pos = 0;
  for (const char* tag : tags) {
    Offset end = pos;
    while (end < doc.text.size() && doc.text[end] != ' ') ++end;
    Token t;
    t.span = Span{pos, end};
    t.tag = Id(ParseTag(tag));
    doc.tokens.push_back(t);
    pos = end + 1;
  }
  doc.sentences.push_back(Sentence{Span{0, static_cast<Offset>(doc.text.size())}});
  internal::FindClauses(doc, internal::SentenceTokens{0, 0, 6}, 0);
  ASSERT_EQ(doc.clauses.size(), 2u);
  EXPECT_EQ(doc.clauses[1].kind, ClauseKind::kReported);
  EXPECT_EQ(doc.clauses[1].begin, 2u);
  EXPECT_EQ(doc.clauses[1].end, 5u);
  EXPECT_EQ(doc.clauses[1].verb, -1);
  EXPECT_EQ(doc.clauses[1].cue, 2);
}

TEST(ClauseFinder, EmptyRangeAddsNothing) {
  Document doc;
  internal::FindClauses(doc, internal::SentenceTokens{0, 0, 0}, 0);
  EXPECT_TRUE(doc.clauses.empty());
}

TEST(ClauseFinder, DeeplyNestedQuotesDoNotRecurse) {
  // Quotation depth is input-controlled: thousands of nested quotes must
  // neither overflow the stack nor take quadratic time per token.
  constexpr int kDepth = 3000;
  std::string tagged;
  for (int k = 0; k < kDepth; ++k) tagged += "“/`` ";
  tagged += "We/PRP will/MD respond/VB ";
  for (int k = 0; k < kDepth; ++k) tagged += "”/'' ";
  tagged += "he/PRP said/VBD ./.";
  Built b = Build(tagged);
  ASSERT_EQ(b.error, "");
  ASSERT_EQ(b.doc.clauses.size(), static_cast<size_t>(kDepth) + 1);
  EXPECT_EQ(b.doc.clauses[0].kind, ClauseKind::kMain);
  EXPECT_EQ(b.doc.clauses[kDepth].kind, ClauseKind::kQuotation);
  EXPECT_GE(b.doc.clauses[kDepth].verb, 0);
  ExpectInvariants(b.doc);
}

TEST(ClauseFinder, UnbalancedQuotesKeepInvariants) {
  const char* inputs[] = {
      "”/'' ”/'' We/PRP won/VBD “/`` ./.",
      "“/`` ‘/`` We/PRP won/VBD ”/'' ’/'' ‘/`` ./.",
      "\"/`` \"/'' \"/`` He/PRP said/VBD \"/'' \"/`` ./.",
      "«/`` It/PRP is/VBZ ”/'' over/RB »/'' ,/, he/PRP said/VBD ./. | It/PRP is/VBZ ./.",
      "and/CC ,/, and/CC ;/: if/IN that/IN who/WP said/VBD ./.",
      "said/VBD that/IN that/IN that/IN ./.",
      ",/, ,/, according/VBG to/TO ,/, ./."};
  for (const char* in : inputs) {
    Built b = Build(in);
    ASSERT_EQ(b.error, "") << in;
    ExpectInvariants(b.doc);
  }
}

TEST(ClauseFinder, ManyCommasStayFast) {
  std::string tagged = "Baku/NNP protested/VBD";
  for (int k = 0; k < 2000; ++k) tagged += " ,/, Moscow/NNP";
  tagged += " ,/, the/DT ministry/NN said/VBD ./.";
  Built b = Build(tagged);
  ASSERT_EQ(b.error, "");
  ASSERT_GE(b.doc.clauses.size(), 1u);
  ExpectInvariants(b.doc);
}

}  // namespace
}  // namespace riposte::text
