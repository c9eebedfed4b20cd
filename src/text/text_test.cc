// Segment stage: normalisation and its offset map, Segment(), and property
// tests over random text (every span valid, ordered, inside the text, on
// code-point boundaries). Sentence and token cases live in sentences_test.cc
// and tokens_test.cc. Speed is measured in bench/bench_segment.cc, not here.
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/text.h"

namespace riposte::text {
namespace {

std::vector<Offset> Iota(size_t n) {
  std::vector<Offset> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<Offset>(i);
  return v;
}

bool IsContinuation(const std::string& s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// The invariants every map must keep.
void ExpectMapInvariants(const std::string& orig, const Normalized& n) {
  ASSERT_EQ(n.to_orig.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_orig.back(), orig.size());
  for (size_t i = 0; i + 1 < n.to_orig.size(); ++i) {
    EXPECT_LE(n.to_orig[i], n.to_orig[i + 1]) << "at " << i;
    EXPECT_LT(n.to_orig[i], orig.size());
    // A normalised character starts where an original one starts.
    if (!IsContinuation(n.text, i)) {
      EXPECT_FALSE(IsContinuation(orig, n.to_orig[i])) << "at " << i;
    }
  }
}

// --- normalisation ---

TEST(Normalize, AsciiIsIdentity) {
  const std::string s = "Mr. Aliyev said \"no\" -- at 10 a.m.\n\nThen he left.";
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, s);
  EXPECT_EQ(n.to_orig, Iota(s.size() + 1));
}

TEST(Normalize, EmptyText) {
  Normalized n = Normalize("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(n.to_orig, std::vector<Offset>{0});
}

TEST(Normalize, TypographicDoubleQuotes) {
  const std::string s = "\xE2\x80\x9CHi\xE2\x80\x9D";  // “Hi”
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "\"Hi\"");
  EXPECT_EQ(n.to_orig, (std::vector<Offset>{0, 3, 4, 5, 8}));
  ExpectMapInvariants(s, n);
}

TEST(Normalize, AllQuoteForms) {
  Normalized n = Normalize("\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9A\xE2\x80\x9B\xE2\x80\xB2"
                           "\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9E\xE2\x80\x9F\xE2\x80\xB3\xC2\xAB\xC2\xBB");
  EXPECT_EQ(n.text, "'''''\"\"\"\"\"\"\"");
}

TEST(Normalize, DashesAndMinus) {
  Normalized n = Normalize("\xE2\x80\x90\xE2\x80\x91\xE2\x80\x92\xE2\x80\x93\xE2\x80\x94\xE2\x80\x95\xE2\x88\x92");
  EXPECT_EQ(n.text, "-------");
  EXPECT_EQ(n.to_orig, (std::vector<Offset>{0, 3, 6, 9, 12, 15, 18, 21}));
}

TEST(Normalize, UnicodeSpaces) {
  const std::string s = "a\xC2\xA0" "b\xE2\x80\x80" "c\xE2\x80\x8A" "d\xE2\x80\xAF" "e\xE2\x81\x9F" "f\xE3\x80\x80g";
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "a b c d e f g");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(n.ToOriginal(Offset{2}), 3u);  // 'b' follows the 2-byte NBSP
}

TEST(Normalize, DroppedCharacters) {
  const std::string s = "\xEF\xBB\xBF" "Azer\xC2\xAD" "baijan\xE2\x80\x8B\xE2\x80\x8C\xE2\x80\x8D!";
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "Azerbaijan!");
  ExpectMapInvariants(s, n);
  EXPECT_EQ(n.to_orig[0], 3u);   // after the BOM
  EXPECT_EQ(n.to_orig[4], 9u);   // 'b' after the soft hyphen
  EXPECT_EQ(n.to_orig[10], s.size() - 1);  // '!' after three zero-width characters
}

TEST(Normalize, EllipsisExpands) {
  const std::string s = "wait\xE2\x80\xA6";
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "wait...");
  EXPECT_EQ(n.to_orig, (std::vector<Offset>{0, 1, 2, 3, 4, 4, 4, 7}));
  EXPECT_EQ(n.ToOriginal(Span{4, 7}), (Span{4, 7}));
}

TEST(Normalize, NfcComposes) {
  const std::string s = "cafe\xCC\x81!";  // e + combining acute
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "caf\xC3\xA9!");
  EXPECT_EQ(n.to_orig, (std::vector<Offset>{0, 1, 2, 3, 3, 6, 7}));
  EXPECT_EQ(n.ToOriginal(Span{0, 5}), (Span{0, 6}));
}

TEST(Normalize, NfcAfterDroppedJoiner) {
  // Dropping the zero-width joiner brings e and the accent together.
  const std::string s = "e\xE2\x80\x8D\xCC\x81";
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "\xC3\xA9");
  ExpectMapInvariants(s, n);
}

TEST(Normalize, NfcAlreadyComposedKeepsIdentityMap) {
  const std::string s = "\xC6\x8Fliyev \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";  // Əliyev Москва
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, s);
  EXPECT_EQ(n.to_orig, Iota(s.size() + 1));
}

TEST(Normalize, EnQuadBecomesSpaceNotEnSpace) {
  Normalized n = Normalize("a\xE2\x80\x80" "b");  // U+2000 (NFC would make it U+2002)
  EXPECT_EQ(n.text, "a b");
}

TEST(Normalize, LineAndParagraphSeparators) {
  Normalized n = Normalize("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\xC2\x85" "d");
  EXPECT_EQ(n.text, "a\nb\n\nc\nd");
}

TEST(Normalize, InvalidUtf8BecomesReplacementCharacter) {
  const std::string s = "a\xFF" "b\xE2\x80";
  Normalized n = Normalize(s);
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(n.to_orig.back(), s.size());
  EXPECT_EQ(n.to_orig[1], 1u);
  EXPECT_EQ(n.to_orig[5], 3u);
}

// --- Segment ---

std::vector<std::string> Slices(const Document& doc, bool tokens) {
  std::vector<std::string> out;
  if (tokens) {
    for (const Token& t : doc.tokens) out.emplace_back(doc.Slice(t.span));
  } else {
    for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
  }
  return out;
}

TEST(Segment, HeaderExample) {
  Document doc;
  doc.text = "Mr. Aliyev spoke. Moscow replied.";
  Segment(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.sentences[1].span), "Moscow replied.");
  EXPECT_EQ(Slices(doc, true), (std::vector<std::string>{"Mr.", "Aliyev", "spoke", ".", "Moscow",
                                                          "replied", "."}));
}

TEST(Segment, SentenceFinalAbbreviationKeepsItsPeriod) {
  Document doc;
  doc.text = "It was decided in the U.S. The ministry agreed.";
  Segment(doc);
  EXPECT_EQ(Slices(doc, false), (std::vector<std::string>{"It was decided in the U.S.",
                                                           "The ministry agreed."}));
  EXPECT_EQ(Slices(doc, true)[5], "U.S.");
  EXPECT_EQ(Slices(doc, true)[6], "The");
}

TEST(Segment, QuotesMatchSourceBytes) {
  Document doc;
  doc.text = "\xE2\x80\x9CWe worry about our journalists,\xE2\x80\x9D said\xC2\xA0Zakharova. Baku\xE2\x80\x99s reply came\xE2\x80\xA6";
  Segment(doc);
  EXPECT_EQ(Slices(doc, false),
            (std::vector<std::string>{
                "\xE2\x80\x9CWe worry about our journalists,\xE2\x80\x9D said\xC2\xA0Zakharova.",
                "Baku\xE2\x80\x99s reply came\xE2\x80\xA6"}));
  EXPECT_EQ(Slices(doc, true),
            (std::vector<std::string>{"\xE2\x80\x9C", "We", "worry", "about", "our", "journalists", ",",
                                      "\xE2\x80\x9D", "said", "Zakharova", ".", "Baku", "\xE2\x80\x99s",
                                      "reply", "came", "\xE2\x80\xA6"}));
}

TEST(Segment, ReplacesPreviousAnnotations) {
  Document doc;
  doc.text = "One. Two.";
  doc.sentences.push_back(Sentence{Span{0, 1}});
  doc.tokens.push_back(Token{Span{0, 1}});
  Segment(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
}

TEST(Segment, AgreesWithSplitSentencesAndTokenize) {
  Document doc;
  doc.text = "Azerbaijan\xE2\x80\x99s envoy left Moscow. \xC2\xAB\xD0\x9F\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\xC2\xBB, he said.";
  Segment(doc);
  std::vector<Sentence> sentences = SplitSentences(doc.text);
  ASSERT_EQ(sentences.size(), doc.sentences.size());
  std::vector<Token> tokens;
  for (size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_EQ(sentences[i].span, doc.sentences[i].span);
    for (const Token& t : Tokenize(doc.text, sentences[i].span)) tokens.push_back(t);
  }
  ASSERT_EQ(tokens.size(), doc.tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].span, doc.tokens[i].span);
}

// --- properties over random text ---

// Pieces random documents are made of: ASCII words and punctuation, layout,
// and the multi-byte characters normalisation handles.
const char* const kPieces[] = {
    "Baku", "Moscow", "said", "the", "Mr.", "U.S.", "a.m.", "3.5", "No.", "7", "Jan.", "J.",
    "etc.", "news.az", "e.g.", "don't", "Russia's", ".", ". ", "? ", "! ", ", ", "...", "\"",
    "'", "(", ")", "-", "--", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\r\n", "\t", ": ",
    "\xE2\x80\xA2 ", "1. ", "- ", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\x94",
    "\xE2\x80\x93", "\xE2\x80\xA6", "\xC2\xA0", "\xE2\x80\x8B", "\xC2\xAD", "\xEF\xBB\xBF",
    "\xC3\xA9", "e\xCC\x81", "\xCC\x81", "\xC6\x8F", "\xC9\x99", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
    "\xC4\xB0", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE3\x80\x80", "\xF0\x9F\x98\x80", "\xE2\x82\xAC",
    "https://x.az/p.", "a@b.az", "AT&T", "1,200", "10:30",
};

std::string RandomDocument(std::mt19937& rng, bool raw_bytes) {
  std::uniform_int_distribution<int> len(0, 120);
  std::string s;
  int n = len(rng);
  if (raw_bytes) {
    std::uniform_int_distribution<int> byte(0, 255);
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>(byte(rng)));
    return s;
  }
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  for (int i = 0; i < n; ++i) s += kPieces[pick(rng)];
  return s;
}

bool IsBlankByte(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

template <typename T>
void ExpectSpansValid(const std::string& text, const std::vector<T>& spans, bool valid_utf8,
                      const char* what) {
  Offset prev_end = 0;
  for (const T& x : spans) {
    const Span s = x.span;
    ASSERT_LT(s.begin, s.end) << what << " empty";
    ASSERT_LE(s.end, text.size()) << what << " out of bounds";
    ASSERT_GE(s.begin, prev_end) << what << " overlaps or out of order";
    EXPECT_FALSE(IsBlankByte(text[s.begin])) << what << " starts with whitespace";
    EXPECT_FALSE(IsBlankByte(text[s.end - 1])) << what << " ends with whitespace";
    if (valid_utf8) {
      EXPECT_FALSE(IsContinuation(text, s.begin)) << what << " begins inside a character";
      EXPECT_FALSE(IsContinuation(text, s.end)) << what << " ends inside a character";
    }
    prev_end = s.end;
  }
}

void CheckDocument(const std::string& text) {
  SCOPED_TRACE(testing::Message() << "text: " << ::testing::PrintToString(text));
  const bool valid = IsValidUtf8(text);
  Normalized n = Normalize(text);
  ASSERT_EQ(n.to_orig.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_orig.back(), text.size());
  for (size_t i = 0; i + 1 < n.to_orig.size(); ++i) {
    ASSERT_LE(n.to_orig[i], n.to_orig[i + 1]);
    if (valid && !IsContinuation(n.text, i)) {
      ASSERT_FALSE(IsContinuation(text, n.to_orig[i]));
    }
  }
  EXPECT_TRUE(IsValidUtf8(n.text));

  Document doc;
  doc.text = text;
  Segment(doc);
  ExpectSpansValid(text, doc.sentences, valid, "sentence");
  ExpectSpansValid(text, doc.tokens, valid, "token");
  // Every token lies inside a sentence.
  size_t si = 0;
  for (const Token& t : doc.tokens) {
    while (si < doc.sentences.size() && doc.sentences[si].span.end <= t.span.begin) ++si;
    ASSERT_LT(si, doc.sentences.size());
    EXPECT_TRUE(doc.sentences[si].span.Contains(t.span));
  }
  // Every ASCII non-space byte is covered by a sentence and by a token.
  std::vector<char> in_sentence(text.size(), 0), in_token(text.size(), 0);
  for (const Sentence& s : doc.sentences)
    for (Offset i = s.span.begin; i < s.span.end; ++i) in_sentence[i] = 1;
  for (const Token& t : doc.tokens)
    for (Offset i = t.span.begin; i < t.span.end; ++i) in_token[i] = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !IsBlankByte(text[i])) {
      EXPECT_TRUE(in_sentence[i]) << "byte " << i << " in no sentence";
      EXPECT_TRUE(in_token[i]) << "byte " << i << " in no token";
    }
  }
}

TEST(Properties, RandomNewsLikeText) {
  std::mt19937 rng(20250728);
  for (int i = 0; i < 3000; ++i) {
    CheckDocument(RandomDocument(rng, false));
    if (HasFatalFailure() || HasFailure()) return;
  }
}

TEST(Properties, RandomBytes) {
  std::mt19937 rng(8243);
  for (int i = 0; i < 2000; ++i) {
    CheckDocument(RandomDocument(rng, true));
    if (HasFatalFailure() || HasFailure()) return;
  }
}

TEST(Properties, LongLinesAndNoSpaces) {
  CheckDocument(std::string(20000, 'a') + ". " + std::string(20000, '.') + "\n" +
                std::string(5000, '-') + std::string(3000, '\n') + "U.S." + std::string(4000, ' '));
}

}  // namespace
}  // namespace riposte::text
