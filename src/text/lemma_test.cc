// Lemmatiser (text::Lemmatize, internal/lemmatizer.cc) and the WordNet loader
// (internal/wordnet.cc). Table-driven: (word, tag) -> lemma, all of our own
// choosing. Requires Debian's wordnet-base (scripts/install-deps).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/internal/wordnet.h"
#include "text/text.h"

namespace riposte::text {
namespace {

struct Case {
  const char* word;
  Tag tag;
  const char* lemma;
};

void ExpectLemmas(const std::vector<Case>& cases) {
  Error error;
  ASSERT_NE(internal::Lemmatizer::Get(&error), nullptr) << error.ToString();
  for (const Case& c : cases) {
    EXPECT_EQ(Lemmatize(c.word, Id(c.tag)), c.lemma)
        << "word=\"" << c.word << "\" tag=" << TagName(Id(c.tag));
  }
}

TEST(LemmaTest, Exceptions) {
  ExpectLemmas({
      {"was", Tag::VBD, "be"},
      {"were", Tag::VBD, "be"},
      {"is", Tag::VBZ, "be"},
      {"are", Tag::VBP, "be"},
      {"been", Tag::VBN, "be"},
      {"went", Tag::VBD, "go"},
      {"gone", Tag::VBN, "go"},
      {"children", Tag::NNS, "child"},
      {"mice", Tag::NNS, "mouse"},
      {"men", Tag::NNS, "man"},
      {"women", Tag::NNS, "woman"},
      {"better", Tag::JJR, "good"},
      {"best", Tag::JJS, "good"},
      {"worse", Tag::JJR, "bad"},
      {"shot", Tag::VBD, "shoot"},
      {"shot", Tag::VBN, "shoot"},
      {"left", Tag::VBD, "leave"},
      {"said", Tag::VBD, "say"},
      {"held", Tag::VBN, "hold"},
      {"crises", Tag::NNS, "crisis"},
      {"had", Tag::VBD, "have"},
      {"has", Tag::VBZ, "have"},
      {"did", Tag::VBD, "do"},
      {"does", Tag::VBZ, "do"},
      {"took", Tag::VBD, "take"},
      {"fled", Tag::VBD, "flee"},
      {"hopped", Tag::VBD, "hop"},
      {"bigger", Tag::JJR, "big"},
  });
}

TEST(LemmaTest, RegularRules) {
  ExpectLemmas({
      {"detained", Tag::VBD, "detain"},
      {"detained", Tag::VBN, "detain"},
      {"arrested", Tag::VBD, "arrest"},
      {"summoned", Tag::VBD, "summon"},
      {"downed", Tag::VBD, "down"},
      {"flies", Tag::VBZ, "fly"},
      {"protests", Tag::VBZ, "protest"},
      {"protests", Tag::NNS, "protest"},
      {"hoped", Tag::VBD, "hope"},
      {"hoping", Tag::VBG, "hope"},
      {"singing", Tag::VBG, "sing"},
      {"meeting", Tag::VBG, "meet"},
      {"meeting", Tag::NN, "meeting"},
      {"fixes", Tag::VBZ, "fix"},
      {"uses", Tag::VBZ, "use"},
      {"died", Tag::VBD, "die"},
      {"united", Tag::VBN, "unite"},
      {"countries", Tag::NNS, "country"},
      {"buses", Tag::NNS, "bus"},
      {"boxes", Tag::NNS, "box"},
      {"wishes", Tag::NNS, "wish"},
      {"churches", Tag::NNS, "church"},
      {"policemen", Tag::NNS, "policeman"},
      {"authorities", Tag::NNS, "authority"},
      {"talks", Tag::NNS, "talk"},
      {"larger", Tag::JJR, "large"},
      {"older", Tag::JJR, "old"},
      {"safest", Tag::JJS, "safe"},
      {"quickly", Tag::RB, "quickly"},
      {"being", Tag::VBG, "be"},
      {"changing", Tag::VBG, "change"},
      {"writing", Tag::VBG, "write"},
      {"saw", Tag::VBD, "see"},
      {"saw", Tag::VB, "saw"},
      {"leaves", Tag::NNS, "leaf"},
      {"leaves", Tag::VBZ, "leave"},
      {"lives", Tag::NNS, "life"},
      {"analyses", Tag::NNS, "analysis"},
      {"wounded", Tag::VBN, "wound"},
      {"happier", Tag::JJR, "happy"},
      {"earlier", Tag::JJR, "early"},
      {"forces", Tag::NNS, "force"},
  });
}

// "media" is kept: in news it is the press, not the plural of "medium".
TEST(LemmaTest, NewsPluralsKept) {
  ExpectLemmas({
      {"media", Tag::NNS, "media"},
      {"media", Tag::NN, "media"},
      {"data", Tag::NNS, "data"},
      {"news", Tag::NN, "news"},
      {"headquarters", Tag::NN, "headquarters"},
      {"arms", Tag::NNS, "arms"},
      {"people", Tag::NNS, "people"},
      {"police", Tag::NNS, "police"},
  });
}

TEST(LemmaTest, ProperNounsKeepCase) {
  ExpectLemmas({
      {"Baku", Tag::NNP, "Baku"},
      {"Moscow", Tag::NNP, "Moscow"},
      {"TASS", Tag::NNP, "TASS"},
      {"U.S.", Tag::NNP, "U.S."},
      {"Azerbaijanis", Tag::NNPS, "Azerbaijani"},
      {"Russians", Tag::NNPS, "Russian"},
      {"Americans", Tag::NNPS, "American"},
      {"Philippines", Tag::NNPS, "Philippines"},
      {"Kardashians", Tag::NNPS, "Kardashian"},
      {"RUSSIANS", Tag::NNPS, "RUSSIAN"},
      {"States", Tag::NNPS, "States"},
      {"Nations", Tag::NNPS, "Nations"},
      {"Guards", Tag::NNPS, "Guards"},
      {"Ministers", Tag::NNPS, "Minister"},
      {"Kennedys", Tag::NNPS, "Kennedy"},
      {"Democrats", Tag::NNPS, "Democrat"},
  });
}

TEST(LemmaTest, CommonWordsLowercased) {
  ExpectLemmas({
      {"Detained", Tag::VBN, "detain"},
      {"Protesters", Tag::NNS, "protester"},
      {"POLICE", Tag::NN, "police"},
      {"The", Tag::DT, "the"},
      {"In", Tag::IN, "in"},
      {"He", Tag::PRP, "he"},
      {"I", Tag::PRP, "I"},
      {"Would", Tag::MD, "would"},
      {"Who", Tag::WP, "who"},
  });
}

TEST(LemmaTest, BritishSpellings) {
  ExpectLemmas({
      {"apologised", Tag::VBD, "apologize"},
      {"apologises", Tag::VBZ, "apologize"},
      {"apologise", Tag::VB, "apologize"},
      {"apologising", Tag::VBG, "apologize"},
      {"organisation", Tag::NN, "organization"},
      {"organisations", Tag::NNS, "organization"},
      {"defences", Tag::NNS, "defense"},
      {"defence", Tag::NN, "defense"},
      {"offence", Tag::NN, "offense"},
      {"honour", Tag::NN, "honor"},
      {"honoured", Tag::VBD, "honor"},
      {"favour", Tag::NN, "favor"},
      {"labour", Tag::NN, "labor"},
      {"behaviour", Tag::NN, "behavior"},
      {"neighbours", Tag::NNS, "neighbor"},
      {"centre", Tag::NN, "center"},
      {"centres", Tag::NNS, "center"},
      {"theatre", Tag::NN, "theater"},
      {"analyse", Tag::VB, "analyze"},
      {"analysed", Tag::VBD, "analyze"},
      {"paralysed", Tag::VBN, "paralyze"},
      {"catalogue", Tag::NN, "catalog"},
      {"dialogue", Tag::NN, "dialogue"},
      {"analogue", Tag::JJ, "analog"},
      {"focussed", Tag::VBD, "focus"},
      {"counsellor", Tag::NN, "counselor"},
      {"coloured", Tag::JJ, "colored"},
      {"licence", Tag::NN, "license"},
      {"grey", Tag::JJ, "gray"},
      {"realised", Tag::VBD, "realize"},
      {"privatisation", Tag::NN, "privatization"},
      {"organisers", Tag::NNS, "organizer"},
      {"kilometres", Tag::NNS, "kilometer"},
      {"modelling", Tag::VBG, "model"},
      {"travelled", Tag::VBD, "travel"},
      {"travelling", Tag::VBG, "travel"},
      {"cancelled", Tag::VBN, "cancel"},
      {"labelled", Tag::VBN, "label"},
      {"traveller", Tag::NN, "traveler"},
      {"criticised", Tag::VBD, "criticize"},
      {"recognised", Tag::VBN, "recognize"},
      {"programme", Tag::NN, "program"},
      {"favourable", Tag::JJ, "favorable"},
      {"fibre", Tag::NN, "fiber"},
  });
}

// Words that only look British keep their spelling.
TEST(LemmaTest, NotBritish) {
  ExpectLemmas({
      {"tour", Tag::NN, "tour"},
      {"tours", Tag::NNS, "tour"},
      {"advertise", Tag::VB, "advertise"},
      {"advertising", Tag::NN, "advertising"},
      {"timbre", Tag::NN, "timbre"},
      {"filler", Tag::NN, "filler"},
      {"promise", Tag::VB, "promise"},
      {"flour", Tag::NN, "flour"},
      {"massacred", Tag::VBD, "massacre"},
      {"exercise", Tag::NN, "exercise"},
      {"supervised", Tag::VBD, "supervise"},
      {"prologue", Tag::NN, "prologue"},
      {"raised", Tag::VBD, "raise"},
      {"hour", Tag::NN, "hour"},
      {"four", Tag::CD, "four"},
  });
}

TEST(LemmaTest, Contractions) {
  ExpectLemmas({
      {"n't", Tag::RB, "not"},
      {"n\u2019t", Tag::RB, "not"},
      {"'s", Tag::VBZ, "be"},
      {"\u2019s", Tag::VBZ, "be"},
      {"'s", Tag::POS, "'s"},
      {"\u2019s", Tag::POS, "'s"},
      {"'", Tag::POS, "'s"},
      {"'s", Tag::PRP, "us"},
      {"'re", Tag::VBP, "be"},
      {"\u2019re", Tag::VBP, "be"},
      {"'m", Tag::VBP, "be"},
      {"'ve", Tag::VBP, "have"},
      {"\u2019ve", Tag::VBP, "have"},
      {"'ll", Tag::MD, "will"},
      {"\u2019ll", Tag::MD, "will"},
      {"'d", Tag::MD, "would"},
      {"\u2019d", Tag::MD, "would"},
      {"'d", Tag::VBD, "have"},
      {"wo", Tag::MD, "will"},
      {"Wo", Tag::MD, "will"},
      {"ca", Tag::MD, "can"},
      {"Ca", Tag::MD, "can"},
  });
}

TEST(LemmaTest, NumbersAndPunctuation) {
  ExpectLemmas({
      {"3.5", Tag::CD, "3.5"},
      {"1,200", Tag::CD, "1,200"},
      {"Two", Tag::CD, "Two"},
      {"25.07.2025", Tag::CD, "25.07.2025"},
      {",", Tag::kComma, ","},
      {".", Tag::kPeriod, "."},
      {"--", Tag::kColon, "--"},
      {"\u201C", Tag::kOpenQuote, "\u201C"},
      {"(", Tag::kLrb, "("},
      {"$", Tag::kDollar, "$"},
      {"%", Tag::NN, "%"},
  });
}

// Words WordNet lacks: lowercase plus a conservative regular strip.
TEST(LemmaTest, UnknownWords) {
  ExpectLemmas({
      {"doxxed", Tag::VBD, "dox"},
      {"blogged", Tag::VBD, "blog"},
      {"weaponised", Tag::VBN, "weaponize"},
      {"tweeting", Tag::VBG, "tweet"},
      {"livestreams", Tag::VBZ, "livestream"},
      {"Hashtags", Tag::NNS, "hashtag"},
      {"selfies", Tag::NNS, "selfy"},
      {"anti-government", Tag::JJ, "anti-government"},
      {"bitcoin", Tag::NN, "bitcoin"},
      {"glasnosts", Tag::NNS, "glasnost"},
      {"virus", Tag::NN, "virus"},
      {"Zelenskyy", Tag::NN, "zelenskyy"},
  });
}

TEST(LemmaTest, NonAsciiAndUntagged) {
  ExpectLemmas({
      {"\u00C9lys\u00E9e", Tag::NNP, "\u00C9lys\u00E9e"},
      {"CAF\u00C9S", Tag::NNS, "caf\u00E9"},
      {"Protest", Tag::kNone, "protest"},
      {"", Tag::NN, ""},
  });
}

TEST(LemmaTest, VeryLongWordIsLowercased) {
  const std::string word(100, 'A');
  EXPECT_EQ(Lemmatize(word, Id(Tag::NN)), std::string(100, 'a'));
  EXPECT_EQ(Lemmatize(word, Id(Tag::NNP)), word);
}

TEST(LemmaWordNetTest, LoadsIndexesAndExceptions) {
  auto wordnet = internal::LoadWordNet(internal::WordNetDir());
  ASSERT_TRUE(wordnet.ok()) << wordnet.error().ToString();
  const internal::WordNet& wn = *wordnet.value();
  EXPECT_GT(wn.lemma_count(), 140000u);
  EXPECT_GT(wn.exception_count(), 5000u);
  EXPECT_TRUE(wn.Contains("detain", internal::WordNetPos::kVerb));
  EXPECT_FALSE(wn.Contains("detain", internal::WordNetPos::kNoun));
  EXPECT_TRUE(wn.Contains("'hood", internal::WordNetPos::kNoun));  // first lemma
  EXPECT_TRUE(wn.ContainsAny("zymurgy"));                          // near the end
  EXPECT_FALSE(wn.ContainsAny("princeton university"));            // licence text
  EXPECT_FALSE(wn.ContainsAny(""));
  EXPECT_EQ(wn.Exception("went", internal::WordNetPos::kVerb), "go");
  EXPECT_EQ(wn.Exception("better", internal::WordNetPos::kAdj), "good");
  EXPECT_EQ(wn.Exception("went", internal::WordNetPos::kNoun), "");
  EXPECT_LT(wn.MemoryBytes(), 16u << 20);
}

TEST(LemmaWordNetTest, MissingDirectoryIsNotFound) {
  auto wordnet = internal::LoadWordNet("/nonexistent/riposte-wordnet");
  ASSERT_FALSE(wordnet.ok());
  EXPECT_EQ(wordnet.error().code, ErrorCode::kNotFound);
  EXPECT_NE(wordnet.error().arg.find("index.noun"), std::string::npos);
  EXPECT_NE(wordnet.error().message.find("scripts/install-deps"), std::string::npos);
}

TEST(LemmaWordNetTest, EnvironmentOverridesDirectory) {
  const char* old = std::getenv("RIPOSTE_WORDNET_DIR");
  const std::string saved = old ? old : "";
  setenv("RIPOSTE_WORDNET_DIR", "/nonexistent/wn", 1);
  EXPECT_EQ(internal::WordNetDir(), "/nonexistent/wn");
  auto wordnet = internal::LoadWordNet(internal::WordNetDir());
  EXPECT_FALSE(wordnet.ok());
  if (old) {
    setenv("RIPOSTE_WORDNET_DIR", saved.c_str(), 1);
  } else {
    unsetenv("RIPOSTE_WORDNET_DIR");
  }
  EXPECT_EQ(internal::WordNetDir().empty(), false);
}

// Timing is printed for the record, not asserted (bench/ owns speed claims).
TEST(LemmaSpeed, PrintsLoadTimeAndThroughput) {
  const auto load_start = std::chrono::steady_clock::now();
  auto wordnet = internal::LoadWordNet(internal::WordNetDir());
  const double load_ms = std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - load_start)
                             .count();
  ASSERT_TRUE(wordnet.ok());
  const std::vector<Case> tokens = {
      {"Azerbaijani", Tag::JJ, ""}, {"police", Tag::NNS, ""},    {"detained", Tag::VBD, ""},
      {"two", Tag::CD, ""},         {"Russian", Tag::JJ, ""},     {"citizens", Tag::NNS, ""},
      {"on", Tag::IN, ""},          {"Tuesday", Tag::NNP, ""},    {",", Tag::kComma, ""},
      {"the", Tag::DT, ""},         {"ministry", Tag::NN, ""},    {"said", Tag::VBD, ""},
      {"Moscow", Tag::NNP, ""},     {"has", Tag::VBZ, ""},        {"not", Tag::RB, ""},
      {"apologised", Tag::VBD, ""}, {"for", Tag::IN, ""},         {"the", Tag::DT, ""},
      {"raids", Tag::NNS, ""},      {".", Tag::kPeriod, ""}};
  Error error;
  const internal::Lemmatizer* lemmatizer = internal::Lemmatizer::Get(&error);
  ASSERT_NE(lemmatizer, nullptr);
  constexpr int kRounds = 20000;
  size_t bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < kRounds; ++round) {
    for (const Case& c : tokens) bytes += lemmatizer->Lemma(c.word, Id(c.tag)).size();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double lemmas = static_cast<double>(kRounds) * static_cast<double>(tokens.size());
  std::printf("WordNet: %zu lemmas, %zu exceptions, %.1f MB, loaded in %.1f ms\n",
              wordnet.value()->lemma_count(), wordnet.value()->exception_count(),
              static_cast<double>(wordnet.value()->MemoryBytes()) / (1 << 20), load_ms);
  std::printf("Lemmatize: %.2f M lemmas/s (%zu output bytes)\n", lemmas / seconds / 1e6, bytes);
  EXPECT_GT(bytes, 0u);
}

}  // namespace
}  // namespace riposte::text
