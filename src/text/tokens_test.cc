// Tokenizer cases: input text -> the exact tokens (as bytes of the input),
// each case its own test (TokenCases/Tok.Case/<name>).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/text.h"

namespace riposte::text {
namespace {

struct TokenCase {
  const char* name;
  std::string input;
  std::vector<std::string> expected;
};

void PrintTo(const TokenCase& c, std::ostream* os) { *os << c.name; }

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, Span{0, static_cast<Offset>(text.size())}))
    out.emplace_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

// clang-format off
const TokenCase kCases[] = {
    {"Words", "Baku protested today", {"Baku", "protested", "today"}},
    {"FinalPeriod", "Moscow replied.", {"Moscow", "replied", "."}},
    {"InnerHyphens", "a tit-for-tat move", {"a", "tit-for-tat", "move"}},
    {"HyphenNumberWord", "the F-16 and a 38-year-old pilot", {"the", "F-16", "and", "a", "38-year-old", "pilot"}},
    {"Apostrophe", "O'Brien spoke", {"O'Brien", "spoke"}},
    {"PossessiveS", "Russia's envoy", {"Russia", "'s", "envoy"}},
    {"PossessiveTypographic", "Russia\xE2\x80\x99s envoy", {"Russia", "\xE2\x80\x99s", "envoy"}},
    {"NegationNt", "they don't know", {"they", "do", "n't", "know"}},
    {"NegationCant", "we can't wait", {"we", "ca", "n't", "wait"}},
    {"NegationTypographic", "it isn\xE2\x80\x99t", {"it", "is", "n\xE2\x80\x99t"}},
    {"CliticsMisc", "I'm sure they're here and we'll see", {"I", "'m", "sure", "they", "'re", "here", "and", "we", "'ll", "see"}},
    {"CliticAfterName", "O'Brien's plan", {"O'Brien", "'s", "plan"}},
    {"CliticAfterAbbreviation", "the U.S.'s role", {"the", "U.S.", "'s", "role"}},
    {"QuotedS", "the 's' key", {"the", "'", "s", "'", "key"}},
    {"PluralPossessive", "the ministers' talks", {"the", "ministers", "'", "talks"}},
    {"AbbrevUS", "the U.S. embassy", {"the", "U.S.", "embassy"}},
    {"AbbrevMr", "Mr. Aliyev", {"Mr.", "Aliyev"}},
    {"AbbrevSentenceEnd", "in the U.S.", {"in", "the", "U.S."}},
    {"AbbrevAmPm", "at 9 a.m. today", {"at", "9", "a.m.", "today"}},
    {"AbbrevEtc", "cars, trucks, etc.", {"cars", ",", "trucks", ",", "etc."}},
    {"AbbrevEg", "e.g. Baku", {"e.g.", "Baku"}},
    {"Initials", "J. R. Smith", {"J.", "R.", "Smith"}},
    {"MonthAbbrev", "on Jan. 5", {"on", "Jan.", "5"}},
    {"NoBeforeNumber", "No. 7", {"No.", "7"}},
    {"NoAsWord", "He said No.", {"He", "said", "No", "."}},
    {"Decimal", "3.5 percent", {"3.5", "percent"}},
    {"Thousands", "1,200 people", {"1,200", "people"}},
    {"ThousandsDecimal", "$1,200.50", {"$", "1,200.50"}},
    {"NotThousands", "1,2,3", {"1", ",", "2", ",", "3"}},
    {"DottedDate", "on 25.07.2025", {"on", "25.07.2025"}},
    {"Dollar", "$800 million", {"$", "800", "million"}},
    {"Percent", "rose 5%", {"rose", "5", "%"}},
    {"DecimalPercent", "fell 1.5%.", {"fell", "1.5", "%", "."}},
    {"Time", "at 10:30 local", {"at", "10:30", "local"}},
    {"Ellipsis", "wait... now", {"wait", "...", "now"}},
    {"EllipsisChar", "wait\xE2\x80\xA6 now", {"wait", "\xE2\x80\xA6", "now"}},
    {"DoubleHyphen", "Beijing-- which", {"Beijing", "--", "which"}},
    {"EmDashSplits", "fire\xE2\x80\x94without", {"fire", "\xE2\x80\x94", "without"}},
    {"EnDashRange", "2024\xE2\x80\x93" "2025", {"2024", "\xE2\x80\x93", "2025"}},
    {"SpacedHyphen", "Baku - Moscow", {"Baku", "-", "Moscow"}},
    {"Punctuation", "(yes), [no]; \"maybe\"?", {"(", "yes", ")", ",", "[", "no", "]", ";", "\"", "maybe", "\"", "?"}},
    {"TypographicQuotes", "\xE2\x80\x9Cno\xE2\x80\x9D", {"\xE2\x80\x9C", "no", "\xE2\x80\x9D"}},
    {"Url", "see https://news.az/a/b?x=1. Then", {"see", "https://news.az/a/b?x=1", ".", "Then"}},
    {"UrlParen", "(https://example.com/page)", {"(", "https://example.com/page", ")"}},
    {"Www", "at www.example.com.", {"at", "www.example.com", "."}},
    {"DomainPath", "news.az/politics/123 said", {"news.az/politics/123", "said"}},
    {"Domain", "News.Az reported", {"News.Az", "reported"}},
    {"Email", "mail press@example.com.", {"mail", "press@example.com", "."}},
    {"AtSign", "@user wrote", {"@", "user", "wrote"}},
    {"Ampersand", "AT&T and S&P rose", {"AT&T", "and", "S&P", "rose"}},
    {"Cyrillic", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, \xD0\x91\xD0\xB0\xD0\xBA\xD1\x83.",
        {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", ",", "\xD0\x91\xD0\xB0\xD0\xBA\xD1\x83", "."}},
    {"Azerbaijani", "\xC6\x8Fliyev g\xC9\x99ldi", {"\xC6\x8Fliyev", "g\xC9\x99ldi"}},
    {"NbspIsSpace", "38\xC2\xA0people", {"38", "people"}},
    {"SoftHyphenInside", "Azer\xC2\xAD" "baijan", {"Azer\xC2\xAD" "baijan"}},
    {"ZeroWidthBetween", "Baku\xE2\x80\x8B Moscow", {"Baku", "Moscow"}},
    {"CurrencySymbol", "\xE2\x82\xAC" "5 and 10\xE2\x82\xBD", {"\xE2\x82\xAC", "5", "and", "10", "\xE2\x82\xBD"}},
    {"BulletGlyph", "\xE2\x80\xA2 item", {"\xE2\x80\xA2", "item"}},
    {"CombiningMark", "cafe\xCC\x81 open", {"cafe\xCC\x81", "open"}},
    {"Whitespace", " \t\n ", {}},
    {"Empty", "", {}},
};
// clang-format on

class Tok : public ::testing::TestWithParam<TokenCase> {};

TEST_P(Tok, Case) {
  const TokenCase& c = GetParam();
  EXPECT_EQ(Tokens(c.input), c.expected) << "input: " << c.input;
}

INSTANTIATE_TEST_SUITE_P(TokenCases, Tok, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<TokenCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(Tok, HasAtLeastThirtyCases) { EXPECT_GE(std::size(kCases), 30u); }

TEST(Tok, WithinLimitsTheRange) {
  const std::string text = "Baku protested. Moscow replied.";
  std::vector<Token> toks = Tokenize(text, Span{16, 31});
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].span, (Span{16, 22}));
  EXPECT_EQ(toks[2].span, (Span{30, 31}));
}

TEST(Tok, WithinNonAsciiKeepsOffsetsOfTheText) {
  const std::string text = "\xC2\xAB" "Baku\xC2\xBB said Russia\xE2\x80\x99s envoy";
  // Tokenize only "said Russia’s envoy".
  const Offset begin = static_cast<Offset>(text.find("said"));
  std::vector<Token> toks = Tokenize(text, Span{begin, static_cast<Offset>(text.size())});
  std::vector<std::string> got;
  for (const Token& t : toks) got.emplace_back(text.substr(t.span.begin, t.span.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"said", "Russia", "\xE2\x80\x99s", "envoy"}));
}

TEST(Tok, WithinOutOfRangeIsClamped) {
  const std::string text = "Baku";
  std::vector<Token> toks = Tokenize(text, Span{2, 99});
  ASSERT_EQ(toks.size(), 1u);
  EXPECT_EQ(toks[0].span, (Span{2, 4}));
}

}  // namespace
}  // namespace riposte::text
