// Part-of-speech tagger, context rules (internal/tagger.cc ApplyContext and
// RepairPastTense, word_rules.cc plural noun suffixes): plural nouns that
// the trigram model read as third-person verbs, and participles that are
// past tenses. Sentences are our own, in the style of the seed articles.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/text.h"

namespace riposte::text {
namespace {

bool HaveTagger() {
  Error error;
  return internal::Tagger::Get(&error) != nullptr;
}

#define REQUIRE_TAGGER()                                                          \
  if (!HaveTagger()) GTEST_SKIP() << "festlex-poslex not installed "              \
                                     "(scripts/install-deps)"

// Segments and tags `text` (the tagger alone, no memoised word facts: the
// tagger computes them itself) and returns the tag of the first token
// spelled `word`.
std::string TagOf(const std::string& text, const std::string& word) {
  Document doc;
  doc.text = text;
  Segment(doc);
  Error error;
  const internal::Tagger* tagger = internal::Tagger::Get(&error);
  uint32_t token = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    internal::SentenceTokens s{si, token, token};
    while (s.last < doc.tokens.size() &&
           doc.tokens[s.last].span.end <= doc.sentences[si].span.end) {
      ++s.last;
    }
    tagger->Tag(doc, s);
    token = s.last;
  }
  for (const Token& t : doc.tokens) {
    if (doc.Slice(t.span) == word) return TagName(t.tag);
  }
  return "(no token " + word + ")";
}

// The same through text::Analyze, which passes memoised word facts.
std::string AnalyzedTagOf(const std::string& text, const std::string& word) {
  Document doc;
  doc.text = text;
  Segment(doc);
  if (!Analyze(doc).ok()) return "(no models)";
  for (const Token& t : doc.tokens) {
    if (doc.Slice(t.span) == word) return TagName(t.tag);
  }
  return "(no token " + word + ")";
}

// Festival's one tag for "he" and "his" lets "his plans" read like "he
// plans"; a possessive determiner is followed by a noun.
TEST(TaggerContext, NounAfterPossessiveDeterminer) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("The minister said he had changed his plans.", "plans"), "NNS");
  EXPECT_EQ(TagOf("Two brothers lost their lives in the raid.", "lives"), "NNS");
  EXPECT_EQ(TagOf("Detainees had bruises on their faces.", "faces"), "NNS");
  EXPECT_EQ(TagOf("The damage was done by their fragments.", "fragments"), "NNS");
  EXPECT_EQ(TagOf("Baku said its forces were ready.", "forces"), "NNS");
  // The memoised facts of Analyze carry the same flag.
  EXPECT_EQ(AnalyzedTagOf("The minister said he had changed his plans.", "plans"), "NNS");
  // "he" is no possessive: the verb stays a verb.
  EXPECT_EQ(TagOf("The minister said he plans to visit Baku.", "plans"), "VBZ");
  // A word with only verb readings keeps them.
  EXPECT_EQ(TagOf("He said its was a mistake.", "was"), "VBD");
}

// Unknown plurals of -ence/-ance/-ity nouns are nouns, not verbs.
TEST(TaggerContext, UnknownPluralNounSuffixes) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Putin expressed his condolences to Aliyev.", "condolences"), "NNS");
  EXPECT_EQ(TagOf("Officials voiced grievances over the raids.", "grievances"), "NNS");
}

// A capitalised plural noun that opens a sentence before "adverb + verb"
// is the subject, and the participle after it is the past tense.
TEST(TaggerContext, SentenceInitialPluralNoun) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Ties first soured in December.", "Ties"), "NNS");
  EXPECT_EQ(TagOf("Ties first soured in December.", "soured"), "VBD");
  EXPECT_EQ(TagOf("Talks quickly stalled after the crash.", "Talks"), "NNS");
  EXPECT_EQ(TagOf("Relations soon improved.", "improved"), "VBD");
  // Auxiliaries and real questions keep their verb reading.
  EXPECT_EQ(TagOf("Is it true?", "Is"), "VBZ");
  EXPECT_EQ(TagOf("Does Moscow deny it?", "Does"), "VBZ");
}

// "Adverb + participle" stays a participle when the sentence has another
// finite verb (a reduced relative) or an auxiliary.
TEST(TaggerContext, ParticipleAfterAdverbKeptWhenNotTheVerb) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Troops recently stationed in Baku were withdrawn.", "stationed"), "VBN");
  EXPECT_EQ(TagOf("Police have later detained two men.", "detained"), "VBN");
}

// After "and" a participle that takes an object is a past tense, whatever
// auxiliary the first conjunct had; without an object it stays a
// participle ("were detained and beaten").
TEST(TaggerContext, CoordinatedParticipleWithObject) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Officials said the treatment was systematic and accused Moscow of abuse.",
                  "accused"),
            "VBD");
  EXPECT_EQ(TagOf("The men were detained and beaten.", "beaten"), "VBN");
  EXPECT_EQ(TagOf("Azerbaijani officials claimed that the raids were illegal.", "claimed"), "VBD");
}

// Right after a relative pronoun a word that may be a finite verb is one;
// "that" counts after a plain noun and before a preposition or determiner.
TEST(TaggerContext, VerbAfterRelativePronoun) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("The commission that deals with foreign interference met.", "deals"), "VBZ");
  EXPECT_EQ(TagOf("The corridor, which handles most freight, is key.", "handles"), "VBZ");
  // A complement "that" keeps its noun subject.
  EXPECT_EQ(TagOf("He said that talks resumed.", "talks"), "NNS");
  EXPECT_EQ(TagOf("The news that talks resumed was welcome.", "talks"), "NNS");
}

// "the raids carried out by Russian police": after a finite verb, a noun,
// and before "by" + agent, a past form is the passive participle; a
// measure after "by" is no agent.
TEST(TaggerContext, ReducedPassiveBeforeBy) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Two men were killed during the raids carried out by Russian police.",
                  "carried"),
            "VBN");
  EXPECT_EQ(TagOf("Police raided homes and exports rose by 5 percent.", "rose"), "VBD");
}

// "the injured" with no noun after it is an adjective used as a noun, not
// a verb; before a noun the participle stays.
TEST(TaggerContext, ParticipleAsNounAfterDeterminer) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Putin wished the injured a speedy recovery.", "injured"), "JJ");
  EXPECT_EQ(TagOf("The injured were taken to hospital.", "injured"), "JJ");
  EXPECT_EQ(TagOf("Police freed the detained journalists.", "detained"), "VBN");
}

// "media that incited hostility toward ...": the past form after noun +
// "that" is the relative clause's verb unless a finite verb follows its
// noun phrase ("the fact that armed men attacked").
TEST(TaggerContext, PastTenseAfterRelativeThat) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("It found articles in Russian media that incited hostility toward migrants.",
                  "incited"),
            "VBD");
  EXPECT_EQ(TagOf("The fact that armed men attacked the office was clear.", "armed"), "JJ");
}

// "Ankara demands that Athens withdraw ...": a plural noun after the
// opening name, before "that" + subject + verb, is the present-tense verb;
// a relative "that" followed by its verb leaves the noun alone.
TEST(TaggerContext, ReportingVerbBeforeThatClause) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Ankara demands that Athens withdraw its troops.", "demands"), "VBZ");
  EXPECT_EQ(TagOf("Ankara further demands that Athens withdraw its troops.", "demands"), "VBZ");
  EXPECT_NE(TagOf("Brussels sanctions that hit Moscow were extended.", "sanctions"), "VBZ");
}

// "Some users' posts also discuss ...": a VBZ reading followed by a
// base-form verb is the plural subject.
TEST(TaggerContext, PluralSubjectBeforeItsVerb) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Some online posts also discuss a possible deal.", "posts"), "NNS");
  EXPECT_EQ(TagOf("Georgia also sends troops and Armenia sends aid.", "sends"), "VBZ");
}

}  // namespace
}  // namespace riposte::text
