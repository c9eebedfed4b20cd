// Chunker (internal/chunker.cc): base noun phrases, over hand-tagged
// sentences so these tests do not depend on the tagger (helpers in
// internal/chunker_testing.h), plus robustness cases. Verb groups are in
// chunker_verbs_test.cc.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/internal/chunker_testing.h"
#include "text/text.h"

namespace riposte::text {
namespace {

using chunker_testing::Brackets;
using chunker_testing::Chunked;
using chunker_testing::Np;
using chunker_testing::Tagged;
using chunker_testing::Word;

// ---- noun phrases ---------------------------------------------------------

TEST(ChunkNp, SimpleSentence) {
  EXPECT_EQ(Chunked("Russian/JJ police/NNS did/VBD not/RB detain/VB him/PRP ./."),
            "[NP Russian police] [VG did not detain] [NP him] .");
}

TEST(ChunkNp, DeterminerAdjectiveNoun) {
  EXPECT_EQ(Chunked("The/DT stopover/NN came/VBD ./."), "[NP The stopover] [VG came] .");
  EXPECT_EQ(Chunked("a/DT new/JJ law/NN"), "[NP a new law]");
}

TEST(ChunkNp, ProperNounSequence) {
  EXPECT_EQ(Chunked("the/DT US/NNP leader/NN prepared/VBD"),
            "[NP the US leader] [VG prepared]");
  EXPECT_EQ(Chunked("President/NNP Vladimir/NNP Putin/NNP apologised/VBD"),
            "[NP President Vladimir Putin] [VG apologised]");
}

TEST(ChunkNp, HeadIsLastNoun) {
  Document doc = Tagged("the/DT Azerbaijani/JJ foreign/JJ ministry/NN");
  ASSERT_EQ(doc.phrases.size(), 1u);
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "ministry");
  EXPECT_EQ(Word(doc, doc.phrases[0].determiner), "the");
  EXPECT_EQ(doc.phrases[0].sentence, 0);
}

TEST(ChunkNp, PronounsAlone) {
  EXPECT_EQ(Chunked("He/PRP said/VBD it/PRP"), "[NP He] [VG said] [NP it]");
  EXPECT_EQ(Chunked("who/WP fled/VBD"), "[NP who] [VG fled]");
}

TEST(ChunkNp, Existential) {
  Document doc = Tagged("There/EX were/VBD protests/NNS");
  EXPECT_EQ(Brackets(doc), "[NP There] [VG were] [NP protests]");
  EXPECT_EQ(Word(doc, Np(doc, "There").head), "There");
}

TEST(ChunkNp, PossessivePronounIsNotDeterminer) {
  Document doc = Tagged("his/PRP$ vow/NN");
  EXPECT_EQ(Brackets(doc), "[NP his vow]");
  EXPECT_EQ(doc.phrases[0].determiner, -1);
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "vow");
}

TEST(ChunkNp, Predeterminer) {
  Document doc = Tagged("all/PDT the/DT journalists/NNS");
  EXPECT_EQ(Brackets(doc), "[NP all the journalists]");
  EXPECT_EQ(Word(doc, doc.phrases[0].determiner), "the");
}

TEST(ChunkNp, PossessorSplitsAtPos) {
  Document doc = Tagged("Russia/NNP 's/POS air/NN defences/NNS fired/VBD");
  EXPECT_EQ(Brackets(doc), "[NP Russia 's] [NP air defences] [VG fired]");
  ASSERT_EQ(doc.phrases.size(), 3u);
  EXPECT_EQ(doc.phrases[1].possessor, 0);
  EXPECT_EQ(doc.phrases[0].possessor, -1);
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "Russia");
  EXPECT_EQ(Word(doc, doc.phrases[1].head), "defences");
}

TEST(ChunkNp, PossessorTypographicApostrophe) {
  Document doc = Tagged("Azerbaijan/NNP ’s/POS president/NN");
  EXPECT_EQ(Brackets(doc), "[NP Azerbaijan ’s] [NP president]");
  EXPECT_EQ(doc.phrases[1].possessor, 0);
}

TEST(ChunkNp, PossessorWithDeterminer) {
  Document doc = Tagged("the/DT ministry/NN 's/POS statement/NN");
  EXPECT_EQ(Brackets(doc), "[NP the ministry 's] [NP statement]");
  EXPECT_EQ(doc.phrases[1].possessor, 0);
}

TEST(ChunkNp, NoPossessorWhenNotAdjacent) {
  Document doc = Tagged("Russia/NNP 's/POS ,/, police/NNS");
  ASSERT_EQ(doc.phrases.size(), 2u);
  EXPECT_EQ(doc.phrases[1].possessor, -1);
}

TEST(ChunkNp, CoordinatedAdjectives) {
  Document doc = Tagged("Hungarian/JJ and/CC Romanian/JJ officials/NNS met/VBD");
  EXPECT_EQ(Brackets(doc), "[NP Hungarian and Romanian officials] [VG met]");
  EXPECT_TRUE(doc.phrases[0].coordinated);
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "officials");
}

TEST(ChunkNp, CoordinatedProperNouns) {
  Document doc = Tagged("Baku/NNP and/CC Moscow/NNP disagree/VBP");
  EXPECT_EQ(Brackets(doc), "[NP Baku and Moscow] [VG disagree]");
  EXPECT_TRUE(doc.phrases[0].coordinated);
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "Moscow");
}

TEST(ChunkNp, CoordinatedCommonNouns) {
  Document doc = Tagged("journalists/NNS and/CC activists/NNS");
  EXPECT_EQ(Brackets(doc), "[NP journalists and activists]");
  EXPECT_TRUE(doc.phrases[0].coordinated);
}

TEST(ChunkNp, CcBeforeDeterminerSplits) {
  Document doc = Tagged("police/NNS and/CC the/DT ministry/NN");
  EXPECT_EQ(Brackets(doc), "[NP police] and [NP the ministry]");
  EXPECT_FALSE(doc.phrases[0].coordinated);
  EXPECT_FALSE(doc.phrases[1].coordinated);
  EXPECT_EQ(Chunked("Brazil/NNP and/CC the/DT United/NNP States/NNPS"),
            "[NP Brazil] and [NP the United States]");
}

TEST(ChunkNp, CcBetweenProperAndCommonSplits) {
  EXPECT_EQ(Chunked("police/NNS and/CC Sputnik/NNP"), "[NP police] and [NP Sputnik]");
}

TEST(ChunkNp, CcBeforeVerbIsOutside) {
  EXPECT_EQ(Chunked("police/NNS detained/VBD and/CC beat/VBD him/PRP"),
            "[NP police] [VG detained] and [VG beat] [NP him]");
}

TEST(ChunkNp, UncoordinatedIsFalse) {
  Document doc = Tagged("the/DT police/NNS");
  EXPECT_FALSE(doc.phrases[0].coordinated);
}

TEST(ChunkNp, NumbersWithUnits) {
  Document doc = Tagged("$/$ 800/CD million/CD");
  EXPECT_EQ(Brackets(doc), "[NP $ 800 million]");
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "million");
  Document people = Tagged("38/CD people/NNS died/VBD");
  EXPECT_EQ(Brackets(people), "[NP 38 people] [VG died]");
  EXPECT_EQ(Word(people, people.phrases[0].head), "people");
}

TEST(ChunkNp, NumberAlone) {
  Document doc = Tagged("38/CD of/IN them/PRP");
  EXPECT_EQ(Brackets(doc), "[NP 38] of [NP them]");
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "38");
}

TEST(ChunkNp, QuantifiedNumbers) {
  EXPECT_EQ(Chunked("about/RB 38/CD people/NNS"), "[NP about 38 people]");
  EXPECT_EQ(Chunked("more/JJR than/IN 30/CD people/NNS"), "[NP more than 30 people]");
  EXPECT_EQ(Chunked("at/IN least/JJS 6/CD people/NNS"), "[NP at least 6 people]");
  EXPECT_EQ(Chunked("up/IN to/TO 50/CD journalists/NNS"), "[NP up to 50 journalists]");
}

TEST(ChunkNp, AdverbInAdjectivePhrase) {
  EXPECT_EQ(Chunked("very/RB large/JJ protests/NNS"), "[NP very large protests]");
  EXPECT_EQ(Chunked("the/DT newly/RB elected/VBN president/NN"),
            "[NP the newly elected president]");
}

TEST(ChunkNp, ParticipleModifiers) {
  EXPECT_EQ(Chunked("the/DT detained/VBN journalists/NNS"), "[NP the detained journalists]");
  EXPECT_EQ(Chunked("the/DT ruling/VBG party/NN"), "[NP the ruling party]");
  EXPECT_EQ(Chunked("armed/VBN men/NNS attacked/VBD"), "[NP armed men] [VG attacked]");
}

TEST(ChunkNp, ParticipleModifierNotAVerbGroup) {
  Document doc = Tagged("Baku/NNP freed/VBD the/DT detained/VBN journalists/NNS");
  EXPECT_EQ(Brackets(doc), "[NP Baku] [VG freed] [NP the detained journalists]");
  for (const Phrase& p : doc.phrases) {
    if (p.kind == PhraseKind::kVerbGroup) {
      EXPECT_EQ(Word(doc, p.head), "freed");
    }
  }
}

TEST(ChunkNp, ParticipleAfterNounIsVerb) {
  EXPECT_EQ(Chunked("police/NNS detained/VBN journalists/NNS"),
            "[NP police] [VG detained] [NP journalists]");
}

TEST(ChunkNp, ParticipleAfterCommaOrCcIsVerb) {
  EXPECT_EQ(Chunked("Petraeus/NNP ,/, held/VBN talks/NNS"),
            "[NP Petraeus] , [VG held] [NP talks]");
  EXPECT_EQ(Chunked("Baku/NNP condemned/VBD it/PRP and/CC promised/VBN aid/NN"),
            "[NP Baku] [VG condemned] [NP it] and [VG promised] [NP aid]");
}

TEST(ChunkNp, ParticipleAfterPreposition) {
  EXPECT_EQ(Chunked("by/IN armed/VBN men/NNS"), "by [NP armed men]");
}

TEST(ChunkNp, UsTaggedAsPronoun) {
  Document doc = Tagged("on/IN US/PRP relations/NNS");
  EXPECT_EQ(Brackets(doc), "on [NP US relations]");
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "relations");
  EXPECT_EQ(Chunked("told/VBD us/PRP"), "[VG told] [NP us]");
}

TEST(ChunkNp, CommaBetweenAdjectives) {
  EXPECT_EQ(Chunked("a/DT long/JJ ,/, bitter/JJ dispute/NN"), "[NP a long , bitter dispute]");
}

TEST(ChunkNp, ListOfBareNamesIsOnePhrase) {
  // As the Treebank brackets "Mordor, Rohan, Fornost and Bree".
  Document doc = Tagged("Russia/NNP ,/, Iran/NNP and/CC Turkey/NNP");
  EXPECT_EQ(Brackets(doc), "[NP Russia , Iran and Turkey]");
  EXPECT_TRUE(doc.phrases[0].coordinated);
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "Turkey");
}

TEST(ChunkNp, ListWithDeterminerSplits) {
  EXPECT_EQ(Chunked("Mordor/NNP ,/, the/DT Shire/NNP and/CC Bree/NNP"),
            "[NP Mordor] , [NP the Shire] and [NP Bree]");
}

TEST(ChunkNp, CommaWithoutConjunctionSplits) {
  EXPECT_EQ(Chunked("Aliyev/NNP ,/, Putin/NNP said/VBD"), "[NP Aliyev] , [NP Putin] [VG said]");
}

TEST(ChunkNp, MultiwordConjunctSplits) {
  Document doc = Tagged("Minas/NNP Tirith/NNP and/CC Osgiliath/NNP");
  EXPECT_EQ(Brackets(doc), "[NP Minas Tirith] and [NP Osgiliath]");
  EXPECT_FALSE(doc.phrases[0].coordinated);
}

TEST(ChunkNp, DeterminerBlocksNounCoordination) {
  EXPECT_EQ(Chunked("the/DT media/NNS and/CC government/NN"),
            "[NP the media] and [NP government]");
}

TEST(ChunkNp, ConjunctBeforePossessiveSplits) {
  EXPECT_EQ(Chunked("Gondor/NNP and/CC Arnor/NNP 's/POS envoy/NN"),
            "[NP Gondor] and [NP Arnor 's] [NP envoy]");
}

TEST(ChunkNp, TimeNounStartsNewPhrase) {
  EXPECT_EQ(Chunked("in/IN Moscow/NNP today/NN"), "in [NP Moscow] [NP today]");
  EXPECT_EQ(Chunked("lawmakers/NNS Tuesday/NNP endorsed/VBD"),
            "[NP lawmakers] [NP Tuesday] [VG endorsed]");
  EXPECT_EQ(Chunked("on/IN Saturday/NNP night/NN"), "on [NP Saturday night]");
}

TEST(ChunkNp, AdjectiveAfterProperNoun) {
  EXPECT_EQ(Chunked("US/NNP military/JJ officers/NNS"), "[NP US military officers]");
}

TEST(ChunkNp, QuantityAdjectiveAfterNameSplits) {
  EXPECT_EQ(Chunked("the/DT Shusha/NNP Declaration/NNP several/JJ years/NNS ago/RB"),
            "[NP the Shusha Declaration] [NP several years] ago");
  EXPECT_EQ(Chunked("Baku/NNP last/JJ week/NN"), "[NP Baku] [NP last week]");
}

TEST(ChunkNp, NumberInsideNames) {
  EXPECT_EQ(Chunked("the/DT Boeing/NNP 777/CD flight/NN"), "[NP the Boeing 777 flight]");
}

TEST(ChunkNp, GerundHeadAfterArticle) {
  Document doc = Tagged("the/DT reopening/VBG of/IN houses/NNS");
  EXPECT_EQ(Brackets(doc), "[NP the reopening] of [NP houses]");
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "reopening");
}

TEST(ChunkNp, AsManyAs) {
  EXPECT_EQ(Chunked("as/RB many/JJ as/IN 40,000/CD members/NNS"),
            "[NP as many as 40,000 members]");
}

TEST(ChunkNp, DeterminerAdjectiveWithoutNoun) {
  Document doc = Tagged("the/DT injured/JJ were/VBD taken/VBN");
  EXPECT_EQ(Brackets(doc), "[NP the injured] [VG were taken]");
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "injured");
}

TEST(ChunkNp, Demonstrative) {
  EXPECT_EQ(Chunked("this/DT was/VBD denied/VBN"), "[NP this] [VG was denied]");
}

TEST(ChunkNp, ArticleAloneIsNothing) {
  EXPECT_EQ(Chunked("the/DT ./."), "the .");
}

TEST(ChunkNp, PredicateAdjectiveIsOutside) {
  EXPECT_EQ(Chunked("relations/NNS are/VBP tense/JJ"), "[NP relations] [VG are] tense");
}

TEST(ChunkNp, NounWithNumber) {
  Document doc = Tagged("Flight/NN 8243/CD crashed/VBD");
  EXPECT_EQ(Brackets(doc), "[NP Flight 8243] [VG crashed]");
  EXPECT_EQ(Word(doc, doc.phrases[0].head), "Flight");
}

TEST(ChunkNp, PrepositionalPhraseSplits) {
  EXPECT_EQ(Chunked("the/DT leader/NN of/IN Azerbaijan/NNP"),
            "[NP the leader] of [NP Azerbaijan]");
}

TEST(ChunkNp, DeterminerNo) {
  Document doc = Tagged("no/DT compensation/NN");
  EXPECT_EQ(Brackets(doc), "[NP no compensation]");
  EXPECT_EQ(Word(doc, doc.phrases[0].determiner), "no");
}

TEST(ChunkNp, PhrasesInOrderWithSentence) {
  Document doc = Tagged(
      "The/DT Azerbaijani/JJ police/NNS detained/VBD six/CD Russian/JJ citizens/NNS in/IN "
      "Baku/NNP ./.");
  EXPECT_EQ(Brackets(doc),
            "[NP The Azerbaijani police] [VG detained] [NP six Russian citizens] in [NP Baku] .");
  for (size_t k = 0; k < doc.phrases.size(); ++k) {
    EXPECT_EQ(doc.phrases[k].sentence, 0);
    if (k > 0) {
      EXPECT_GE(doc.phrases[k].begin, doc.phrases[k - 1].end);
    }
  }
}

// ---- robustness -----------------------------------------------------------

TEST(ChunkEdge, EmptySentence) {
  Document doc;
  internal::SentenceTokens s{0, 0, 0};
  internal::Chunk(doc, s);
  EXPECT_TRUE(doc.phrases.empty());
}

TEST(ChunkEdge, UntaggedTokensMakeNoPhrase) {
  Document doc;
  doc.text = "a b";
  doc.tokens.push_back(Token{Span{0, 1}, 0, "a"});
  doc.tokens.push_back(Token{Span{2, 3}, 0, "b"});
  doc.sentences.push_back(Sentence{Span{0, 3}});
  internal::Chunk(doc, internal::SentenceTokens{0, 0, 2});
  EXPECT_TRUE(doc.phrases.empty());
}

TEST(ChunkEdge, SecondSentenceOffsets) {
  Document doc = Tagged("Baku/NNP protested/VBD ./. Moscow/NNP replied/VBD ./.");
  // Re-chunk as two sentences.
  doc.phrases.clear();
  doc.sentences = {Sentence{Span{0, 16}}, Sentence{Span{17, 33}}};
  internal::Chunk(doc, internal::SentenceTokens{0, 0, 3});
  internal::Chunk(doc, internal::SentenceTokens{1, 3, 6});
  ASSERT_EQ(doc.phrases.size(), 4u);
  EXPECT_EQ(doc.phrases[2].sentence, 1);
  EXPECT_EQ(doc.phrases[2].begin, 3u);
  EXPECT_EQ(Word(doc, doc.phrases[3].head), "replied");
}

TEST(ChunkEdge, RandomTagsKeepInvariants) {
  // Random words (closed-class ones included) with random tags: phrases are
  // in order, never overlap, are never empty, and their heads, determiners
  // and possessors point inside the sentence (checked under ASan/UBSan too).
  const std::vector<std::string> words = {"the", "is", "were", "been", "not", "n't", "will",
                                          "could", "to", "'s", "’s", "Baku", "police", "no",
                                          "longer", "at", "least", "more", "than", "38", ",",
                                          "and", "today", "cannot", "US", "by", "as", "many"};
  std::mt19937 rng(20261122);
  std::uniform_int_distribution<size_t> pick_word(0, words.size() - 1);
  std::uniform_int_distribution<int> pick_tag(0, static_cast<int>(Tag::kCount) - 1);
  std::uniform_int_distribution<int> pick_len(0, 30);
  for (int round = 0; round < 3000; ++round) {
    Document doc;
    const int len = pick_len(rng);
    for (int k = 0; k < len; ++k) {
      if (!doc.text.empty()) doc.text += ' ';
      Token token;
      token.span.begin = static_cast<Offset>(doc.text.size());
      doc.text += words[pick_word(rng)];
      token.span.end = static_cast<Offset>(doc.text.size());
      token.tag = static_cast<TagId>(pick_tag(rng));
      doc.tokens.push_back(token);
    }
    doc.sentences.push_back(Sentence{Span{0, static_cast<Offset>(doc.text.size())}});
    internal::Chunk(doc, internal::SentenceTokens{0, 0, static_cast<uint32_t>(doc.tokens.size())});
    uint32_t prev_end = 0;
    for (size_t phrase_idx = 0; phrase_idx < doc.phrases.size(); ++phrase_idx) {
      const Phrase& p = doc.phrases[phrase_idx];
      ASSERT_GE(p.begin, prev_end) << doc.text;
      ASSERT_LT(p.begin, p.end) << doc.text;
      ASSERT_LE(p.end, doc.tokens.size());
      ASSERT_GE(p.head, static_cast<int32_t>(p.begin)) << doc.text;
      ASSERT_LT(p.head, static_cast<int32_t>(p.end)) << doc.text;
      if (p.determiner >= 0) {
        ASSERT_GE(p.determiner, static_cast<int32_t>(p.begin));
        ASSERT_LT(p.determiner, static_cast<int32_t>(p.end));
      }
      if (p.modal >= 0) {
        ASSERT_GE(p.modal, static_cast<int32_t>(p.begin));
        ASSERT_LT(p.modal, static_cast<int32_t>(p.end));
      }
      if (p.possessor >= 0) {
        ASSERT_LT(p.possessor, static_cast<int32_t>(phrase_idx));
        ASSERT_EQ(doc.phrases[static_cast<size_t>(p.possessor)].end, p.begin);
      }
      ASSERT_EQ(p.sentence, 0);
      prev_end = p.end;
    }
  }
}

TEST(ChunkEdge, NeverOverlapOnLongSentence) {
  Document doc = Tagged(
      "the/DT ruling/VBG party/NN 's/POS very/RB large/JJ and/CC well/RB armed/VBN "
      "militia/NN ,/, which/WDT had/VBD not/RB been/VBN seen/VBN ,/, could/MD "
      "soon/RB be/VB sent/VBN to/TO Baku/NNP and/CC Moscow/NNP to/TO be/VB used/VBN");
  uint32_t prev_end = 0;
  for (const Phrase& p : doc.phrases) {
    EXPECT_GE(p.begin, prev_end);
    EXPECT_LT(p.begin, p.end);
    EXPECT_GE(p.head, static_cast<int32_t>(p.begin));
    EXPECT_LT(p.head, static_cast<int32_t>(p.end));
    prev_end = p.end;
  }
}

}  // namespace
}  // namespace riposte::text
