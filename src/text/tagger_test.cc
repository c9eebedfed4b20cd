// Part-of-speech tagger (internal/tagger.cc, poslex.cc, word_rules.cc):
// tags of news sentences of our own, typographic quotes and apostrophes,
// unknown words, the festlex-poslex loader's errors, and agreement with a
// small hand-tagged treebank sample of our own (>= 94%). The PETRARCH
// Treebank parses are evaluation data, scored by bench/eval/eval_text.cc.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/internal/poslex.h"
#include "text/internal/word_rules.h"
#include "text/text.h"

namespace riposte::text {
namespace {

const internal::Tagger* TaggerOrNull() {
  Error error;
  return internal::Tagger::Get(&error);
}

#define REQUIRE_TAGGER()                                                          \
  if (!TaggerOrNull()) GTEST_SKIP() << "festlex-poslex not installed "            \
                                       "(scripts/install-deps)"

// Segments `text` and tags every sentence; returns "word/TAG" per token.
std::vector<std::string> TagText(const std::string& text) {
  Document doc;
  doc.text = text;
  Segment(doc);
  const internal::Tagger* tagger = TaggerOrNull();
  uint32_t token = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    internal::SentenceTokens s{si, token, token};
    while (s.last < doc.tokens.size() && doc.tokens[s.last].span.end <= doc.sentences[si].span.end) {
      ++s.last;
    }
    tagger->Tag(doc, s);
    token = s.last;
  }
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.push_back(std::string(doc.Slice(t.span)) + "/" + TagName(t.tag));
  return out;
}

// The tag of the first token spelled `word` in `text`.
std::string TagOf(const std::string& text, const std::string& word) {
  for (const std::string& wt : TagText(text)) {
    const size_t slash = wt.rfind('/');
    if (wt.substr(0, slash) == word) return wt.substr(slash + 1);
  }
  return "(no token " + word + ")";
}

TEST(TaggerTest, VerbOrNoun) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Russia protested.", "protested"), "VBD");
  EXPECT_EQ(TagOf("Baku lodged a protest with Moscow.", "protest"), "NN");
  EXPECT_EQ(TagOf("They protest every week.", "protest"), "VBP");
  EXPECT_EQ(TagOf("The ministry wants to protest the arrests.", "protest"), "VB");
  EXPECT_EQ(TagOf("Moscow denies the report.", "denies"), "VBZ");
  EXPECT_EQ(TagOf("The raids drew protests.", "protests"), "NNS");
}

TEST(TaggerTest, PassiveParticiple) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Seven journalists were detained in Baku.", "detained"), "VBN");
  EXPECT_EQ(TagOf("Seven journalists were detained in Baku.", "were"), "VBD");
  EXPECT_EQ(TagOf("Police detained seven journalists.", "detained"), "VBD");
  EXPECT_EQ(TagOf("Azerbaijan has demanded an apology.", "demanded"), "VBN");
  EXPECT_EQ(TagOf("The plane was shot down over Grozny.", "shot"), "VBN");
}

TEST(TaggerTest, NamesAndAbbreviations) {
  REQUIRE_TAGGER();
  const std::vector<std::string> tags = TagText("The U.S. embassy said nothing.");
  ASSERT_EQ(tags.size(), 6u);
  EXPECT_EQ(tags[0], "The/DT");
  EXPECT_EQ(tags[1], "U.S./NNP");
  EXPECT_EQ(tags[2], "embassy/NN");
  EXPECT_EQ(tags[3], "said/VBD");
  EXPECT_EQ(tags[5], "./.");
  EXPECT_EQ(TagOf("He met the US ambassador.", "US"), "NNP");
  EXPECT_EQ(TagOf("They told us nothing.", "us"), "PRP");
  EXPECT_EQ(TagOf("He spoke to the European Union on Friday.", "Union"), "NNP");
  EXPECT_EQ(TagOf("Officials in Yekaterinburg arrested him.", "Yekaterinburg"), "NNP");
  EXPECT_EQ(TagOf("The statement by NATO was brief.", "NATO"), "NNP");
  EXPECT_EQ(TagOf("The United States said nothing.", "States"), "NNPS");
  // The lexicon is lower-cased; lower case is not a name.
  EXPECT_EQ(TagOf("Russia's ambassador said he was leaving.", "ambassador"), "NN");
}

TEST(TaggerTest, Numbers) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("The crash killed 38 people.", "38"), "CD");
  EXPECT_EQ(TagOf("Some 1,200 people live there.", "1,200"), "CD");
  EXPECT_EQ(TagOf("It happened on 25.07.2025 in Baku.", "25.07.2025"), "CD");
  EXPECT_EQ(TagOf("Losses reached 3.5 million dollars.", "3.5"), "CD");
  EXPECT_EQ(TagOf("Losses reached 3.5 million dollars.", "million"), "CD");
  EXPECT_EQ(TagOf("It was the 3rd raid this month.", "3rd"), "JJ");
  EXPECT_EQ(TagOf("Seven people were detained.", "Seven"), "CD");
  EXPECT_EQ(TagOf("The fine was $ 500.", "$"), "$");
}

TEST(TaggerTest, TypographicQuotesAndApostrophes) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Russia’s air defences fired.", "’s"), "POS");
  EXPECT_EQ(TagOf("Russia's air defences fired.", "'s"), "POS");
  EXPECT_EQ(TagOf("Moscow didn’t apologise.", "n’t"), "RB");
  EXPECT_EQ(TagOf("Moscow didn't apologise.", "n't"), "RB");
  const std::vector<std::string> tags = TagText("“We will respond,” he said.");
  ASSERT_GE(tags.size(), 8u);
  EXPECT_EQ(tags[0], "“/``");
  EXPECT_EQ(tags[4], ",/,");
  EXPECT_EQ(tags[5], "”/''");
  EXPECT_EQ(TagOf("The raid — a provocation — angered Baku.", "—"), ":");
  EXPECT_EQ(TagOf("He said \"no\" twice.", "\""), "``");
  EXPECT_EQ(TagOf("The embassy (in Baku) closed.", "("), "-LRB-");
  EXPECT_EQ(TagOf("The embassy (in Baku) closed.", ")"), "-RRB-");
}

TEST(TaggerTest, PossessivePronouns) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("Baku recalled its ambassador.", "its"), "PRP$");
  EXPECT_EQ(TagOf("She said her ministry knew.", "her"), "PRP$");
  EXPECT_EQ(TagOf("Police detained her.", "her"), "PRP");
  EXPECT_EQ(TagOf("The man whose son died spoke.", "whose"), "WP$");
}

TEST(TaggerTest, UnknownWords) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagOf("The regime was quietly deanonymizing critics.", "deanonymizing"), "VBG");
  EXPECT_EQ(TagOf("The raid was a Kremlin-backed operation.", "Kremlin-backed"), "JJ");
  EXPECT_EQ(TagOf("They spoke unhelpfully.", "unhelpfully"), "RB");
  EXPECT_EQ(TagOf("The securitization of the border continued.", "securitization"), "NN");
  EXPECT_EQ(TagOf("Police detained Ramin Mammadov on Sunday.", "Mammadov"), "NNP");
}

TEST(TaggerTest, ShortAndOddSentences) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagText("Yes").size(), 1u);
  EXPECT_EQ(TagOf("Baku", "Baku"), "NNP");
  for (const std::string& wt : TagText("!!! ??? ...")) EXPECT_NE(wt.back(), '/') << wt;
  // Every token gets a tag, however long the sentence.
  std::string longtext;
  for (int i = 0; i < 1200; ++i) longtext += "the ministry said that ";  // > 4096 tokens
  longtext += "nothing.";
  for (const std::string& wt : TagText(longtext)) EXPECT_NE(wt.back(), '/') << wt;
}

TEST(TaggerTest, LexKeyFoldsTypography) {
  char buf[internal::kMaxKeyBytes];
  EXPECT_EQ(internal::LexKey("Russia", buf), "russia");
  EXPECT_EQ(internal::LexKey("’s", buf), "'s");
  EXPECT_EQ(internal::LexKey("n’t", buf), "n't");
  EXPECT_EQ(internal::LexKey("“", buf), "``");
  EXPECT_EQ(internal::LexKey("”", buf), "''");
  EXPECT_EQ(internal::LexKey("—", buf), "--");
  EXPECT_EQ(internal::LexKey(std::string(100, 'a'), buf), "");
}

TEST(TaggerTest, MissingDataNamesTheFile) {
  auto missing = internal::PosLex::Load("/nonexistent/poslex");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_NE(missing.error().arg.find("wsj.wp39.tri.ngrambin"), std::string::npos);
  EXPECT_NE(missing.error().message.find("scripts/install-deps"), std::string::npos);

  // Trigram present, lexicon missing: the lexicon is named.
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("riposte_poslex_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string ngram = "/usr/share/festival/dicts/wsj.wp39.tri.ngrambin";
  if (std::filesystem::exists(ngram)) {
    std::filesystem::copy_file(ngram, dir / "wsj.wp39.tri.ngrambin",
                               std::filesystem::copy_options::overwrite_existing);
    auto no_lex = internal::PosLex::Load(dir.string());
    ASSERT_FALSE(no_lex.ok());
    EXPECT_EQ(no_lex.error().code, ErrorCode::kNotFound);
    EXPECT_NE(no_lex.error().arg.find("wsj.wp39.poslexR"), std::string::npos);
  }
  // A corrupt trigram file is malformed, not a crash.
  {
    std::ofstream out(dir / "wsj.wp39.tri.ngrambin", std::ios::binary | std::ios::trunc);
    out << "NgramBin_2 3\nnn punc\nnn punc\n\xC0\x10\0\0\0\0\0\0";
  }
  auto corrupt = internal::PosLex::Load(dir.string());
  ASSERT_FALSE(corrupt.ok());
  EXPECT_EQ(corrupt.error().code, ErrorCode::kMalformed);
  {
    std::ofstream out(dir / "wsj.wp39.tri.ngrambin", std::ios::binary | std::ios::trunc);
    out << "not a trigram";
  }
  EXPECT_FALSE(internal::PosLex::Load(dir.string()).ok());
  std::filesystem::remove_all(dir);
}

// Tagger::Get reads $RIPOSTE_POSLEX_DIR once; a fresh process shows the error.
TEST(TaggerDeathTest, BadPoslexDirFailsToLoad) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("RIPOSTE_POSLEX_DIR", "/nonexistent/poslex", 1);
        Error error;
        const bool loaded = internal::Tagger::Get(&error) != nullptr;
        std::fprintf(stderr, "%s\n", error.ToString().c_str());
        std::exit(!loaded && error.code == ErrorCode::kNotFound ? 3 : 4);
      },
      ::testing::ExitedWithCode(3), "wsj.wp39.*install-deps|install-deps.*wsj.wp39");
}

// Our own hand-tagged sample (Penn tags), about the founding crisis.
constexpr const char* kTreebank[] = {
    "The/DT Russian/JJ embassy/NN in/IN Baku/NNP protested/VBD on/IN Tuesday/NNP ./.",
    "Moscow/NNP said/VBD the/DT plane/NN was/VBD hit/VBN by/IN a/DT missile/NN ./.",
    "Seven/CD journalists/NNS were/VBD detained/VBN in/IN a/DT raid/NN on/IN the/DT "
    "agency/NN 's/POS office/NN ./.",
    "Azerbaijan/NNP has/VBZ demanded/VBN an/DT apology/NN and/CC compensation/NN for/IN "
    "the/DT victims/NNS ./.",
    "The/DT president/NN did/VBD not/RB attend/VB the/DT summit/NN in/IN Moscow/NNP ./.",
    "Police/NNS said/VBD 38/CD people/NNS were/VBD killed/VBN and/CC 29/CD survived/VBD ./.",
    "He/PRP told/VBD reporters/NNS that/IN the/DT government/NN would/MD respond/VB ./.",
    "The/DT ministry/NN summoned/VBD the/DT ambassador/NN to/TO explain/VB the/DT "
    "arrests/NNS ./.",
    "Officials/NNS in/IN Baku/NNP accused/VBD Russian/JJ forces/NNS of/IN shooting/VBG "
    "down/RP the/DT jet/NN ./.",
    "The/DT crash/NN killed/VBD 38/CD of/IN the/DT 67/CD people/NNS on/IN board/NN ./.",
    "Russia/NNP 's/POS foreign/JJ ministry/NN called/VBD the/DT raids/NNS unacceptable/JJ ./.",
    "Two/CD brothers/NNS died/VBD in/IN custody/NN after/IN they/PRP were/VBD beaten/VBN ./.",
    "Putin/NNP apologised/VBD for/IN the/DT tragic/JJ incident/NN in/IN a/DT phone/NN "
    "call/NN ./.",
    "Both/DT countries/NNS have/VBP recalled/VBN their/PRP$ diplomats/NNS ./.",
    "It/PRP is/VBZ not/RB clear/JJ whether/IN the/DT talks/NNS will/MD resume/VB ./.",
    "The/DT airline/NN suspended/VBD flights/NNS to/TO several/JJ Russian/JJ cities/NNS ./.",
    "Investigators/NNS found/VBD fragments/NNS of/IN a/DT missile/NN in/IN the/DT "
    "wreckage/NN ./.",
    "A/DT court/NN in/IN Baku/NNP ordered/VBD that/IN the/DT two/CD men/NNS be/VB held/VBN "
    "for/IN four/CD months/NNS ./.",
    "The/DT Kremlin/NNP says/VBZ it/PRP is/VBZ seeking/VBG to/TO improve/VB relations/NNS ./.",
    "Aliyev/NNP demanded/VBD that/IN those/DT responsible/JJ be/VB punished/VBN ,/, "
    "his/PRP$ office/NN said/VBD ./.",
};

TEST(TaggerTest, AgreesWithOurHandTaggedSample) {
  REQUIRE_TAGGER();
  int total = 0, right = 0;
  std::string misses;
  for (const char* line : kTreebank) {
    Document doc;
    std::vector<std::string> gold;
    std::string_view rest(line);
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      const std::string_view item = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      const size_t slash = item.rfind('/');
      if (!doc.text.empty()) doc.text += ' ';
      const auto begin = static_cast<Offset>(doc.text.size());
      doc.text += item.substr(0, slash);
      doc.tokens.push_back(Token{Span{begin, static_cast<Offset>(doc.text.size())}});
      gold.emplace_back(item.substr(slash + 1));
    }
    doc.sentences.push_back(Sentence{Span{0, static_cast<Offset>(doc.text.size())}});
    TaggerOrNull()->Tag(doc, internal::SentenceTokens{0, 0, static_cast<uint32_t>(doc.tokens.size())});
    for (size_t i = 0; i < gold.size(); ++i) {
      ++total;
      if (gold[i] == TagName(doc.tokens[i].tag)) {
        ++right;
      } else {
        // Appended piece by piece: gcc 12 -Wrestrict misfires on "a" + string.
        misses += ' ';
        misses += doc.Slice(doc.tokens[i].span);
        misses += '/';
        misses += gold[i];
        misses += "->";
        misses += TagName(doc.tokens[i].tag);
      }
    }
  }
  ASSERT_GT(total, 200);
  const double accuracy = static_cast<double>(right) / total;
  EXPECT_GE(accuracy, 0.94) << right << "/" << total << " misses:" << misses;
  std::printf("hand-tagged sample: %d/%d (%.1f%%)%s\n", right, total, 100 * accuracy, misses.c_str());
}

}  // namespace
}  // namespace riposte::text
