// Chunker (internal/chunker_verbs.cc): verb groups and their attributes
// (tense, voice, negation, modal, infinitive, progressive, perfect), over
// hand-tagged sentences (helpers in internal/chunker_testing.h).
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/internal/chunker_testing.h"
#include "text/text.h"

namespace riposte::text {
namespace {

using chunker_testing::Brackets;
using chunker_testing::Chunked;
using chunker_testing::Tagged;
using chunker_testing::Vg;
using chunker_testing::Word;

// ---- verb groups ----------------------------------------------------------

TEST(ChunkVg, SimplePast) {
  Document doc = Tagged("Moscow/NNP protested/VBD");
  const Phrase& vg = Vg(doc, "protested");
  EXPECT_EQ(vg.tense, Tense::kPast);
  EXPECT_EQ(vg.voice, Voice::kActive);
  EXPECT_FALSE(vg.negated);
  EXPECT_EQ(vg.modal, -1);
  EXPECT_EQ(Word(doc, vg.head), "protested");
}

TEST(ChunkVg, SimplePresent) {
  EXPECT_EQ(Vg(Tagged("Baku/NNP denies/VBZ it/PRP"), "denies").tense, Tense::kPresent);
  EXPECT_EQ(Vg(Tagged("they/PRP deny/VBP it/PRP"), "deny").tense, Tense::kPresent);
}

TEST(ChunkVg, DidNotApologise) {
  Document doc = Tagged("Putin/NNP did/VBD not/RB apologise/VB");
  EXPECT_EQ(Brackets(doc), "[NP Putin] [VG did not apologise]");
  const Phrase& vg = Vg(doc, "apologise");
  EXPECT_TRUE(vg.negated);
  EXPECT_EQ(vg.tense, Tense::kPast);
  EXPECT_EQ(vg.voice, Voice::kActive);
  EXPECT_EQ(Word(doc, vg.head), "apologise");
}

TEST(ChunkVg, Contraction) {
  Document doc = Tagged("Moscow/NNP did/VBD n't/RB pay/VB");
  EXPECT_EQ(Brackets(doc), "[NP Moscow] [VG did n't pay]");
  EXPECT_TRUE(Vg(doc, "pay").negated);
}

TEST(ChunkVg, TypographicContraction) {
  Document doc = Tagged("Moscow/NNP does/VBZ n’t/RB pay/VB");
  EXPECT_TRUE(Vg(doc, "pay").negated);
  EXPECT_EQ(Vg(doc, "pay").tense, Tense::kPresent);
}

TEST(ChunkVg, Never) {
  Document doc = Tagged("Moscow/NNP never/RB paid/VBD");
  EXPECT_EQ(Brackets(doc), "[NP Moscow] [VG never paid]");
  EXPECT_TRUE(Vg(doc, "paid").negated);
  EXPECT_EQ(Vg(doc, "paid").tense, Tense::kPast);
}

TEST(ChunkVg, NoLonger) {
  Document doc = Tagged("he/PRP is/VBZ no/DT longer/RB detained/VBN");
  EXPECT_EQ(Brackets(doc), "[NP he] [VG is no longer detained]");
  EXPECT_TRUE(Vg(doc, "detained").negated);
  EXPECT_EQ(Vg(doc, "detained").voice, Voice::kPassive);
}

TEST(ChunkVg, PresentPerfectPassive) {
  Document doc = Tagged("six/CD people/NNS have/VBP been/VBN detained/VBN");
  EXPECT_EQ(Brackets(doc), "[NP six people] [VG have been detained]");
  const Phrase& vg = Vg(doc, "detained");
  EXPECT_EQ(vg.voice, Voice::kPassive);
  EXPECT_TRUE(vg.perfect);
  EXPECT_FALSE(vg.progressive);
  EXPECT_EQ(vg.tense, Tense::kPresent);
  EXPECT_EQ(Word(doc, vg.head), "detained");
}

TEST(ChunkVg, HasBeenDetained) {
  Document doc = Tagged("he/PRP has/VBZ been/VBN detained/VBN");
  const Phrase& vg = Vg(doc, "detained");
  EXPECT_EQ(vg.voice, Voice::kPassive);
  EXPECT_TRUE(vg.perfect);
  EXPECT_EQ(vg.tense, Tense::kPresent);
}

TEST(ChunkVg, PerfectActive) {
  Document doc = Tagged("Baku/NNP has/VBZ detained/VBN them/PRP");
  EXPECT_EQ(Brackets(doc), "[NP Baku] [VG has detained] [NP them]");
  const Phrase& vg = Vg(doc, "detained");
  EXPECT_EQ(vg.voice, Voice::kActive);
  EXPECT_TRUE(vg.perfect);
}

TEST(ChunkVg, PastPerfect) {
  Document doc = Tagged("police/NNS had/VBD raided/VBN the/DT office/NN");
  const Phrase& vg = Vg(doc, "raided");
  EXPECT_EQ(vg.tense, Tense::kPast);
  EXPECT_TRUE(vg.perfect);
  EXPECT_EQ(vg.voice, Voice::kActive);
}

TEST(ChunkVg, FuturePassive) {
  Document doc = Tagged("diplomats/NNS will/MD be/VB expelled/VBN");
  EXPECT_EQ(Brackets(doc), "[NP diplomats] [VG will be expelled]");
  const Phrase& vg = Vg(doc, "expelled");
  EXPECT_EQ(vg.tense, Tense::kFuture);
  EXPECT_EQ(vg.voice, Voice::kPassive);
  EXPECT_EQ(Word(doc, vg.modal), "will");
}

TEST(ChunkVg, ShortFuture) {
  Document doc = Tagged("we/PRP 'll/MD respond/VB");
  EXPECT_EQ(Vg(doc, "respond").tense, Tense::kFuture);
  EXPECT_EQ(Word(doc, Vg(doc, "respond").modal), "'ll");
}

TEST(ChunkVg, WontIsFutureNegated) {
  Document doc = Tagged("Moscow/NNP wo/MD n't/RB apologise/VB");
  EXPECT_EQ(Brackets(doc), "[NP Moscow] [VG wo n't apologise]");
  const Phrase& vg = Vg(doc, "apologise");
  EXPECT_EQ(vg.tense, Tense::kFuture);
  EXPECT_TRUE(vg.negated);
}

TEST(ChunkVg, CouldHavePrevented) {
  Document doc = Tagged("Russia/NNP could/MD have/VB prevented/VBN it/PRP");
  EXPECT_EQ(Brackets(doc), "[NP Russia] [VG could have prevented] [NP it]");
  const Phrase& vg = Vg(doc, "prevented");
  EXPECT_EQ(Word(doc, vg.modal), "could");
  EXPECT_EQ(vg.tense, Tense::kPast);
  EXPECT_TRUE(vg.perfect);
  EXPECT_EQ(vg.voice, Voice::kActive);
}

TEST(ChunkVg, ModalTenses) {
  EXPECT_EQ(Vg(Tagged("it/PRP would/MD help/VB"), "help").tense, Tense::kPast);
  EXPECT_EQ(Vg(Tagged("it/PRP might/MD help/VB"), "help").tense, Tense::kPast);
  EXPECT_EQ(Vg(Tagged("it/PRP should/MD help/VB"), "help").tense, Tense::kPast);
  EXPECT_EQ(Vg(Tagged("it/PRP can/MD help/VB"), "help").tense, Tense::kPresent);
  EXPECT_EQ(Vg(Tagged("it/PRP may/MD help/VB"), "help").tense, Tense::kPresent);
  EXPECT_EQ(Vg(Tagged("it/PRP must/MD help/VB"), "help").tense, Tense::kPresent);
  EXPECT_EQ(Vg(Tagged("it/PRP shall/MD help/VB"), "help").tense, Tense::kFuture);
}

TEST(ChunkVg, CannotIsNegatedModal) {
  Document doc = Tagged("We/PRP cannot/NN exclude/VB it/PRP");
  EXPECT_EQ(Brackets(doc), "[NP We] [VG cannot exclude] [NP it]");
  const Phrase& vg = Vg(doc, "exclude");
  EXPECT_TRUE(vg.negated);
  EXPECT_EQ(Word(doc, vg.modal), "cannot");
  EXPECT_EQ(vg.tense, Tense::kPresent);
}

TEST(ChunkVg, ParticipleBeforeProperNounIsVerb) {
  EXPECT_EQ(Chunked("against/IN besieged/VBN Osgiliath/NNP"),
            "against [VG besieged] [NP Osgiliath]");
  EXPECT_EQ(Chunked("the/DT detained/VBN Sputnik/NNP journalists/NNS"),
            "[NP the detained Sputnik journalists]");
}

TEST(ChunkVg, OughtTo) {
  Document doc = Tagged("Moscow/NNP ought/MD to/TO apologise/VB");
  EXPECT_EQ(Brackets(doc), "[NP Moscow] [VG ought to apologise]");
  const Phrase& vg = Vg(doc, "apologise");
  EXPECT_EQ(Word(doc, vg.modal), "ought");
  EXPECT_FALSE(vg.infinitive);
  EXPECT_EQ(vg.tense, Tense::kPresent);
}

TEST(ChunkVg, ContractedWouldAndHad) {
  Document would = Tagged("he/PRP 'd/MD resign/VB");
  EXPECT_EQ(Word(would, Vg(would, "resign").modal), "'d");
  EXPECT_EQ(Vg(would, "resign").tense, Tense::kPast);
  EXPECT_FALSE(Vg(would, "resign").perfect);
  Document had = Tagged("he/PRP 'd/VBD resigned/VBN");
  EXPECT_EQ(Vg(had, "resigned").modal, -1);
  EXPECT_TRUE(Vg(had, "resigned").perfect);
  EXPECT_EQ(Vg(had, "resigned").voice, Voice::kActive);
}

TEST(ChunkVg, GetAsMainVerbIsActive) {
  Document doc = Tagged("Baku/NNP got/VBD a/DT letter/NN");
  EXPECT_EQ(Brackets(doc), "[NP Baku] [VG got] [NP a letter]");
  EXPECT_EQ(Vg(doc, "got").voice, Voice::kActive);
}

TEST(ChunkVg, HaveAsMainVerb) {
  Document doc = Tagged("they/PRP had/VBD talks/NNS");
  EXPECT_EQ(Brackets(doc), "[NP they] [VG had] [NP talks]");
  EXPECT_FALSE(Vg(doc, "had").perfect);
  EXPECT_EQ(Vg(doc, "had").tense, Tense::kPast);
}

TEST(ChunkVg, PerfectCopula) {
  Document doc = Tagged("ties/NNS have/VBP been/VBN tense/JJ");
  EXPECT_EQ(Brackets(doc), "[NP ties] [VG have been] tense");
  const Phrase& vg = Vg(doc, "been");
  EXPECT_TRUE(vg.perfect);
  EXPECT_EQ(vg.voice, Voice::kActive);
  EXPECT_EQ(Word(doc, vg.head), "been");
}

TEST(ChunkVg, GerundPassive) {
  Document doc = Tagged("after/IN being/VBG released/VBN");
  const Phrase& vg = Vg(doc, "released");
  EXPECT_EQ(vg.voice, Voice::kPassive);
  EXPECT_EQ(vg.tense, Tense::kNone);
  EXPECT_FALSE(vg.progressive);
}

TEST(ChunkVg, SubjunctiveBe) {
  Document doc = Tagged("Baku/NNP demanded/VBD that/IN those/DT responsible/JJ be/VB punished/VBN");
  EXPECT_EQ(Brackets(doc),
            "[NP Baku] [VG demanded] that [NP those responsible] [VG be punished]");
  EXPECT_EQ(Vg(doc, "punished").voice, Voice::kPassive);
}

TEST(ChunkVg, NegatedPerfectWithTypographicApostrophe) {
  Document doc = Tagged("Moscow/NNP has/VBZ n’t/RB paid/VBN");
  const Phrase& vg = Vg(doc, "paid");
  EXPECT_TRUE(vg.negated);
  EXPECT_TRUE(vg.perfect);
  EXPECT_EQ(vg.tense, Tense::kPresent);
}

TEST(ChunkVg, CapitalisedAuxiliary) {
  Document doc = Tagged("Is/VBZ Baku/NNP Escalating/VBG ?/.");
  EXPECT_EQ(Brackets(doc), "[VG Is] [NP Baku] [VG Escalating] ?");
  Document will = Tagged("Moscow/NNP WILL/MD respond/VB");
  EXPECT_EQ(Vg(will, "respond").tense, Tense::kFuture);
}

TEST(ChunkVg, ModalTokenSet) {
  Document doc = Tagged("Baku/NNP may/MD retaliate/VB");
  EXPECT_EQ(Word(doc, Vg(doc, "retaliate").modal), "may");
}

TEST(ChunkVg, ReportedlyBeaten) {
  Document doc = Tagged("they/PRP were/VBD reportedly/RB beaten/VBN");
  EXPECT_EQ(Brackets(doc), "[NP they] [VG were reportedly beaten]");
  const Phrase& vg = Vg(doc, "beaten");
  EXPECT_EQ(vg.voice, Voice::kPassive);
  EXPECT_EQ(vg.tense, Tense::kPast);
  EXPECT_EQ(Word(doc, vg.head), "beaten");
}

TEST(ChunkVg, WasReportedlyShot) {
  Document doc = Tagged("the/DT plane/NN was/VBD reportedly/RB shot/VBN down/RP");
  EXPECT_EQ(Brackets(doc), "[NP the plane] [VG was reportedly shot] down");
  EXPECT_EQ(Vg(doc, "shot").voice, Voice::kPassive);
}

TEST(ChunkVg, GetPassive) {
  Document doc = Tagged("journalists/NNS got/VBD arrested/VBN");
  EXPECT_EQ(Vg(doc, "arrested").voice, Voice::kPassive);
  EXPECT_EQ(Brackets(doc), "[NP journalists] [VG got arrested]");
}

TEST(ChunkVg, Infinitive) {
  Document doc = Tagged("Baku/NNP decided/VBD to/TO expel/VB them/PRP");
  EXPECT_EQ(Brackets(doc), "[NP Baku] [VG decided] [VG to expel] [NP them]");
  const Phrase& vg = Vg(doc, "expel");
  EXPECT_TRUE(vg.infinitive);
  EXPECT_EQ(vg.tense, Tense::kNone);
  EXPECT_EQ(vg.voice, Voice::kActive);
  EXPECT_EQ(Word(doc, vg.head), "expel");
  EXPECT_FALSE(Vg(doc, "decided").infinitive);
}

TEST(ChunkVg, PassiveInfinitive) {
  Document doc = Tagged("they/PRP refused/VBD to/TO be/VB questioned/VBN");
  const Phrase& vg = Vg(doc, "questioned");
  EXPECT_TRUE(vg.infinitive);
  EXPECT_EQ(vg.voice, Voice::kPassive);
}

TEST(ChunkVg, NegatedInfinitive) {
  Document doc = Tagged("he/PRP promised/VBD not/RB to/TO retaliate/VB");
  EXPECT_EQ(Brackets(doc), "[NP he] [VG promised] [VG not to retaliate]");
  const Phrase& vg = Vg(doc, "retaliate");
  EXPECT_TRUE(vg.negated);
  EXPECT_TRUE(vg.infinitive);
  EXPECT_EQ(vg.tense, Tense::kNone);
}

TEST(ChunkVg, ToBeforeGerundIsNotInfinitive) {
  Document doc = Tagged("it/PRP contributed/VBD to/TO planning/VBG attacks/NNS");
  EXPECT_EQ(Brackets(doc), "[NP it] [VG contributed] to [VG planning] [NP attacks]");
  EXPECT_FALSE(Vg(doc, "planning").infinitive);
}

TEST(ChunkVg, NeitherNor) {
  Document doc = Tagged("Moscow/NNP can/MD neither/DT build/VB nor/CC replace/VB them/PRP");
  EXPECT_EQ(Brackets(doc), "[NP Moscow] [VG can neither build] nor [VG replace] [NP them]");
  EXPECT_TRUE(Vg(doc, "build").negated);
}

TEST(ChunkVg, ToAsPrepositionIsNotAVerbGroup) {
  EXPECT_EQ(Chunked("he/PRP flew/VBD to/TO Moscow/NNP"),
            "[NP he] [VG flew] to [NP Moscow]");
}

TEST(ChunkVg, Progressive) {
  Document doc = Tagged("Brazil/NNP is/VBZ seeking/VBG ties/NNS");
  EXPECT_EQ(Brackets(doc), "[NP Brazil] [VG is seeking] [NP ties]");
  const Phrase& vg = Vg(doc, "seeking");
  EXPECT_TRUE(vg.progressive);
  EXPECT_FALSE(vg.perfect);
  EXPECT_EQ(vg.tense, Tense::kPresent);
  EXPECT_EQ(vg.voice, Voice::kActive);
}

TEST(ChunkVg, ProgressivePassive) {
  Document doc = Tagged("they/PRP are/VBP being/VBG held/VBN");
  const Phrase& vg = Vg(doc, "held");
  EXPECT_TRUE(vg.progressive);
  EXPECT_EQ(vg.voice, Voice::kPassive);
}

TEST(ChunkVg, PerfectProgressive) {
  Document doc = Tagged("police/NNS have/VBP been/VBN raiding/VBG offices/NNS");
  const Phrase& vg = Vg(doc, "raiding");
  EXPECT_TRUE(vg.progressive);
  EXPECT_TRUE(vg.perfect);
  EXPECT_EQ(vg.voice, Voice::kActive);
}

TEST(ChunkVg, CopulaIsHead) {
  Document doc = Tagged("relations/NNS are/VBP not/RB good/JJ");
  EXPECT_EQ(Brackets(doc), "[NP relations] [VG are] not good");
  EXPECT_EQ(Word(doc, Vg(doc, "are").head), "are");
}

TEST(ChunkVg, CopulaNegatedBeforeNoun) {
  Document doc = Tagged("it/PRP was/VBD not/RB an/DT accident/NN");
  EXPECT_EQ(Brackets(doc), "[NP it] [VG was] not [NP an accident]");
}

TEST(ChunkVg, ContractedIs) {
  Document doc = Tagged("he/PRP 's/VBZ been/VBN released/VBN");
  EXPECT_EQ(Brackets(doc), "[NP he] [VG 's been released]");
  EXPECT_EQ(Vg(doc, "released").voice, Voice::kPassive);
  EXPECT_TRUE(Vg(doc, "released").perfect == false);
}

TEST(ChunkVg, ContractedHave) {
  Document doc = Tagged("they/PRP 've/VBP left/VBN");
  EXPECT_TRUE(Vg(doc, "left").perfect);
}

TEST(ChunkVg, MainVerbEndsGroup) {
  EXPECT_EQ(Chunked("police/NNS said/VBD detained/VBN men/NNS"),
            "[NP police] [VG said] [NP detained men]");
}

TEST(ChunkVg, ReducedRelativeByIsPassive) {
  Document doc = Tagged("journalists/NNS detained/VBN by/IN police/NNS");
  EXPECT_EQ(Brackets(doc), "[NP journalists] [VG detained] by [NP police]");
  EXPECT_EQ(Vg(doc, "detained").voice, Voice::kPassive);
  EXPECT_EQ(Vg(doc, "detained").tense, Tense::kNone);
}

TEST(ChunkVg, BareParticipleWithoutByHasNoVoice) {
  Document doc = Tagged("journalists/NNS detained/VBN in/IN Baku/NNP");
  EXPECT_EQ(Vg(doc, "detained").voice, Voice::kNone);
}

TEST(ChunkVg, GerundIsActiveWithoutTense) {
  Document doc = Tagged("after/IN promoting/VBG trade/NN");
  EXPECT_EQ(Brackets(doc), "after [VG promoting] [NP trade]");
  EXPECT_EQ(Vg(doc, "promoting").tense, Tense::kNone);
}

TEST(ChunkVg, DoSupportQuestion) {
  Document doc = Tagged("did/VBD Moscow/NNP apologise/VB ?/.");
  EXPECT_EQ(Brackets(doc), "[VG did] [NP Moscow] [VG apologise] ?");
}

TEST(ChunkVg, ModalAdverbVerb) {
  Document doc = Tagged("Baku/NNP could/MD also/RB expel/VB diplomats/NNS");
  EXPECT_EQ(Brackets(doc), "[NP Baku] [VG could also expel] [NP diplomats]");
}

TEST(ChunkVg, LeadingNonNegationAdverbIsOutside) {
  EXPECT_EQ(Chunked("Moscow/NNP also/RB protested/VBD"), "[NP Moscow] also [VG protested]");
}

TEST(ChunkVg, TwoClauses) {
  Document doc = Tagged(
      "Baku/NNP said/VBD that/IN Moscow/NNP had/VBD lied/VBN ./.");
  EXPECT_EQ(Brackets(doc), "[NP Baku] [VG said] that [NP Moscow] [VG had lied] .");
  EXPECT_EQ(doc.phrases.size(), 4u);
}

TEST(ChunkVg, NotTaggedNotAlone) {
  EXPECT_EQ(Chunked("not/RB now/RB ./."), "not now .");
}

}  // namespace
}  // namespace riposte::text
