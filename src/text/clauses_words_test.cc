// Tests of the clause finder's word classes (clauses_words.h): the bits the
// scanner tests instead of comparing words.
#include <gtest/gtest.h>

#include "text/internal/clauses_words.h"

namespace riposte::text::internal {
namespace {

bool Has(std::string_view word, uint32_t bits) { return (ClauseWordClasses(word) & bits) != 0; }

TEST(ClauseWords, OpenersChainPrepositionsAndBeForms) {
  // Every word TryOpen reacts to has one of the classes Scan tests first.
  constexpr uint32_t kOpens = kOpenerWord | kSubordinatorWord | kRelativePronounWord;
  for (const char* w : {"so", "even", "now", "given", "as", "provided", "providing", "only", "in",
                        "if", "unless", "where", "when", "that", "what", "after", "because",
                        "once", "who", "whose", "which"}) {
    EXPECT_TRUE(Has(w, kOpens)) << w;
  }
  EXPECT_FALSE(Has("police", kOpens));
  EXPECT_FALSE(Has("said", kOpens));
  for (const char* w : {"of", "in", "between", "amid", "during"}) {
    EXPECT_TRUE(Has(w, kChainPrepositionWord)) << w;
  }
  EXPECT_FALSE(Has("to", kChainPrepositionWord));
  for (const char* w : {"be", "is", "was", "were", "been", "being", "are", "am"}) {
    EXPECT_TRUE(Has(w, kBeFormWord)) << w;
  }
  EXPECT_FALSE(Has("has", kBeFormWord));
  // Punctuation the scanner tests per token.
  EXPECT_EQ(ClauseWordClasses(","), uint32_t{kCommaWord});
  EXPECT_EQ(ClauseWordClasses(";"), uint32_t{kSemicolonWord});
  for (const char* w : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x98",
                        "\xE2\x80\x99", "``", "''", "\"", "'"}) {
    EXPECT_EQ(ClauseWordClasses(w), uint32_t{kQuoteMarkWord}) << w;
  }
  EXPECT_EQ(ClauseWordClasses("'s"), 0u);
  EXPECT_EQ(ClauseWordClasses("\xE2\x80\x94"), 0u);  // an em dash
  // Classes are of lower-case words: callers lower-case first.
  EXPECT_EQ(ClauseWordClasses("Was"), 0u);
  // The older lists keep their bits.
  EXPECT_TRUE(Has("said", kSpeechVerbWord));
  EXPECT_TRUE(Has("of", 0xFFFFFFFFu));
}

}  // namespace
}  // namespace riposte::text::internal
