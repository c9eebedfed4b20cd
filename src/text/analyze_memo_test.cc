// Analyze's per-thread memos (analyze.cc): the lemma of every token must be
// what the lemmatiser gives for its word and tag, also after the memos have
// filled up and been emptied (more distinct words than kMaxMemoLemmas), and
// when text::Lemmatize runs between documents. Requires the tagger and
// lemmatiser data (scripts/install-deps).
#include <string>

#include <gtest/gtest.h>

#include "text/internal/analysis.h"
#include "text/text.h"

namespace riposte::text {
namespace {

// Sentences mixing recurring words (whose lemma hints survive across
// sentences) with `distinct` words seen once each ("zorbled123").
std::string MemoText(int first, int distinct) {
  std::string text;
  for (int i = first; i < first + distinct; ++i) {
    const std::string n = std::to_string(i);
    text += "Officials said troops walked into zorbled" + n + " towns and were detaining " +
            "the leaders of flarns" + n + ". ";
  }
  return text;
}

void ExpectTrueLemmas(const Document& doc) {
  Error error;
  const internal::Lemmatizer* lemmatizer = internal::Lemmatizer::Get(&error);
  ASSERT_NE(lemmatizer, nullptr) << error.ToString();
  size_t wrong = 0;
  for (const Token& t : doc.tokens) {
    const std::string_view word = doc.Slice(t.span);
    if (t.lemma != lemmatizer->Lemma(word, t.tag) && ++wrong < 5) {
      ADD_FAILURE() << "word=\"" << word << "\" tag=" << TagName(t.tag) << " lemma=" << t.lemma;
    }
  }
  EXPECT_EQ(wrong, 0u);
}

TEST(AnalyzeMemo, LemmasStayRightWhenTheMemosWrap) {
  ASSERT_TRUE(LoadModels().ok());
  // 2 distinct words per sentence: 3 documents of 15000 sentences pass the
  // 65536-entry memo bound.
  for (int round = 0; round < 3; ++round) {
    Document doc;
    doc.text = MemoText(round * 15000, 15000);
    Segment(doc);
    ASSERT_TRUE(Analyze(doc).ok());
    ExpectTrueLemmas(doc);
    // Lemmatize shares the lemma memo: fill it between documents too.
    for (int i = 0; i < 30000; ++i) Lemmatize("quuxed" + std::to_string(i), Id(Tag::VBD));
  }
}

}  // namespace
}  // namespace riposte::text
