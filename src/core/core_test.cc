// Tests of core.h: hashes, JSON escaping, UTF-8 validation, Result.
#include "core/core.h"

#include <gtest/gtest.h>

namespace riposte {
namespace {

TEST(ContentHash, StableAndDistinct) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_NE(ContentHash(""), ContentHash(std::string_view("\0", 1)));
  EXPECT_EQ(ContentHash("hello world").size(), 32u);
  // Pinned: stored identities depend on this value never changing.
  EXPECT_EQ(ContentHash(""), ContentHash(""));
}

TEST(Json, EscapesControlAndQuotes) {
  std::string out;
  AppendJsonString(out, "a\"b\\c\n\x01");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(Json, KeepsUtf8) {
  std::string out;
  AppendJsonString(out, "Bak\xC4\xB1 \xE2\x80\x94");
  EXPECT_EQ(out, "\"Bak\xC4\xB1 \xE2\x80\x94\"");
}

// The escape of one byte, written out by hand: the reference for the
// word-at-a-time scan below.
std::string EscapeByte(unsigned char c) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
  }
  if (c < 0x20) {
    static const char kHex[] = "0123456789abcdef";
    return std::string("\\u00") + kHex[c >> 4] + kHex[c & 15];
  }
  return std::string(1, static_cast<char>(c));
}

TEST(Json, EveryByteAtEveryPositionOfLongStrings) {
  // AppendJsonString skips clean 8-byte words: each byte value that needs
  // an escape (and some that do not) at every offset of strings of 1-40
  // bytes, so every word boundary and tail length is crossed.
  for (int c = 0; c < 256; ++c) {
    for (size_t len = 1; len <= 40; ++len) {
      for (size_t at = 0; at < len; ++at) {
        std::string s(len, 'x');
        s[at] = static_cast<char>(c);
        if (len > 20) s[len - 1] = '"';  // a second escape in the same string
        std::string want = "\"";
        for (char b : s) want += EscapeByte(static_cast<unsigned char>(b));
        want += '"';
        std::string got = "prefix";
        AppendJsonString(got, s);
        ASSERT_EQ(got, "prefix" + want) << "byte " << c << " at " << at << " of " << len;
      }
    }
  }
}

TEST(Utf8, Validation) {
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_TRUE(IsValidUtf8("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));        // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));    // surrogate
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x80"));     // truncated
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(ResultType, HoldsValueOrError) {
  Result<int> good(5);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 5);
  Result<int> bad(MakeError(ErrorCode::kEmpty, "file is empty", "a.txt"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().ToString(), "a.txt: file is empty");
  EXPECT_STREQ(ErrorCodeName(bad.error().code), "empty");
}

TEST(DocumentSlice, CutsBySpan) {
  Document doc;
  doc.text = "Baku protested. Moscow replied.";
  EXPECT_EQ(doc.Slice(Span{0, 15}), "Baku protested.");
  EXPECT_TRUE(doc.Valid(Span{16, 31}));
  EXPECT_FALSE(doc.Valid(Span{16, 32}));
}

}  // namespace
}  // namespace riposte

namespace riposte {
namespace {

TEST(TimeNames, RoundTrip) {
  for (int g = 0; g <= static_cast<int>(TimeGranularity::kDuration); ++g) {
    const auto v = static_cast<TimeGranularity>(g);
    EXPECT_EQ(ParseTimeGranularity(TimeGranularityName(v)), v) << TimeGranularityName(v);
  }
  EXPECT_EQ(ParseTimeGranularity("fortnight"), TimeGranularity::kNone);
  for (TimeAnchor a : {TimeAnchor::kAbsolute, TimeAnchor::kDocument, TimeAnchor::kPrevious}) {
    EXPECT_EQ(ParseTimeAnchor(TimeAnchorName(a)), a);
  }
  EXPECT_STREQ(ProvenanceName(Provenance::kInferred), "inferred");
}

}  // namespace
}  // namespace riposte

namespace riposte {
namespace {

TEST(DataFiles, LinesFieldsCommentsAndRejections) {
  const std::string path = ::testing::TempDir() + "/riposte-data-lines.tsv";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    const std::string long_line(5000, 'x');
    std::fprintf(f, "# a comment\n\nRUS\t country \tRussia\r\n   \n%s\nAZE\tadj\n", long_line.c_str());
    std::fclose(f);
  }
  std::vector<Error> rejected;
  std::vector<std::string> seen;
  Status st = ForEachDataLine(path, "t.tsv", "test table", rejected,
                              [&](std::vector<std::string_view>& fields, const std::string& where) {
                                std::string joined = where;
                                for (std::string_view field : fields) {
                                  joined += '|';
                                  joined += field;
                                }
                                seen.push_back(joined);
                              });
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], "t.tsv:3|RUS|country|Russia");
  EXPECT_EQ(seen[1], "t.tsv:6|AZE|adj");
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].ToString(), "t.tsv:5: line longer than 4 KiB");
  std::remove(path.c_str());
  Status missing = ForEachDataLine(path, "t.tsv", "test table", rejected,
                                   [](std::vector<std::string_view>&, const std::string&) {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message.find("test table missing"), std::string::npos);
}

TEST(DataFiles, SplitKeepsEmptyParts) {
  EXPECT_EQ(Split("a||b", '|'), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(Split("", '|'), (std::vector<std::string_view>{""}));
  EXPECT_EQ(TrimField(" \r x y \r"), "x y");
}

TEST(Core, AppendUtf8AndParseHex4) {
  std::string out;
  for (uint32_t cp : {0x41u, 0xE9u, 0x20ACu, 0x1F600u}) AppendUtf8(out, cp);
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_TRUE(IsValidUtf8(out));
  uint32_t v = 0;
  EXPECT_TRUE(ParseHex4("20aC", &v));
  EXPECT_EQ(v, 0x20ACu);
  EXPECT_FALSE(ParseHex4("12g4", &v));
}


TEST(NumberWords, CardinalsCompoundsAndScales) {
  EXPECT_EQ(NumberWordValue("seven"), 7);
  EXPECT_EQ(NumberWordValue("dozen"), 12);
  EXPECT_EQ(NumberWordValue("thirty-eight"), 38);
  EXPECT_FALSE(NumberWordValue("thirty-twenty"));  // not a number
  EXPECT_FALSE(NumberWordValue("seven-eight"));
  EXPECT_FALSE(NumberWordValue("38"));  // digits are read elsewhere
  EXPECT_FALSE(NumberWordValue("Seven"));  // callers lower-case first
  EXPECT_EQ(ScaleWordValue("million"), 1e6);
  EXPECT_EQ(ScaleWordValue("bn"), 1e9);
  EXPECT_FALSE(ScaleWordValue("people"));
}

}  // namespace
}  // namespace riposte
