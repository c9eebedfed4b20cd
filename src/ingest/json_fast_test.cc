// Tests of the JSONL fast path (internal/json_fast.cc) against nlohmann, the
// reference: every line it accepts must give exactly the record nlohmann
// gives, and every line outside its subset (including every malformed one)
// must be left to nlohmann, so errors keep nlohmann's wording.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/internal/json_reader.h"

namespace riposte::ingest::internal {
namespace {

void ExpectSameRecord(const RawRecord& a, const RawRecord& b, const std::string& line) {
  EXPECT_EQ(a.id, b.id) << line;
  EXPECT_EQ(a.url, b.url) << line;
  EXPECT_EQ(a.outlet, b.outlet) << line;
  EXPECT_EQ(a.author, b.author) << line;
  EXPECT_EQ(a.title, b.title) << line;
  EXPECT_EQ(a.date, b.date) << line;
  EXPECT_EQ(a.lang, b.lang) << line;
  EXPECT_EQ(a.text, b.text) << line;
}

TEST(JsonFastPath, AcceptedLinesGiveNlohmannsRecord) {
  const std::vector<std::string> lines = {
      R"({"id":"gen-0","outlet":"Wire A","date":"2025-11-08","title":"T","text":"Baku said."})",
      R"(  { "text" : "a" , "id" : 42 , "lang" : null }  )",
      R"({"text":"x","id":-7})",
      R"({"text":"x","id":18446744073709551615})",
      R"({"text":"x","id":0})",
      R"({"text":"quote \" slash \\ \/ tab \t nl \n cr \r bs \b ff \f"})",
      R"({"text":"\u00e9t\u00C9 \u20ac \ud83d\ude00 \u0041"})",
      "{\"text\":\"caf\xC3\xA9 \xE2\x80\x94 raw UTF-8\"}",
      R"({"text":"","url":"http://x/?a=1&b=2","author":"A. B."})",
      R"({"te\u0078t":"escaped key","extra":"ignored","extra2":null})",
      R"({"text":"x","title":null,"outlet":null,"date":null})",
  };
  for (const std::string& line : lines) {
    std::optional<RawRecord> fast = ParseFlatJsonRecord(line);
    ASSERT_TRUE(fast.has_value()) << line;
    Result<RawRecord> slow = ParseJsonLineWithLibrary(line);
    ASSERT_TRUE(slow.ok()) << line << ": " << slow.error().ToString();
    ExpectSameRecord(*fast, slow.value(), line);
  }
}

TEST(JsonFastPath, EverythingElseIsLeftToNlohmann) {
  const std::vector<std::string> lines = {
      "",
      "[]",
      "{}",
      R"({"id":"a"})",                              // no text
      R"({"text":null})",                           // null text
      R"({"text":"a","text":"b"})",                 // repeated key
      R"({"text":"a","id":1.5})",                   // a fraction
      R"({"text":"a","id":1e3})",                   // an exponent
      R"({"text":"a","id":007})",                   // leading zeros
      R"({"text":"a","id":-0})",                    // minus zero
      R"({"text":"a","id":true})",                  // wrong type
      R"({"text":"a","id":99999999999999999999})",  // above uint64
      R"({"text":"a","title":5})",                  // a number where a string goes
      R"({"text":"a","meta":{"k":"v"}})",           // a nested object
      R"({"text":"a","tags":["x"]})",               // an array
      R"({"text":"a" "id":"b"})",                   // missing comma
      R"({"text":"a",})",                           // trailing comma
      R"({"text":"a"} x)",                          // trailing garbage
      R"({"text":"a\x"})",                          // bad escape
      R"({"text":"\ud83d"})",                       // lone high surrogate
      R"({"text":"\ude00"})",                       // lone low surrogate
      R"({"text":"\u12g4"})",                       // bad hex
      "{\"text\":\"a\tb\"}",                        // raw control byte
      R"({"text":"unterminated)",
  };
  for (const std::string& line : lines) {
    EXPECT_FALSE(ParseFlatJsonRecord(line).has_value()) << line;
  }
  // ParseJsonLine then answers as nlohmann does, errors included.
  for (const std::string& line : lines) {
    Result<RawRecord> both = ParseJsonLine(line);
    Result<RawRecord> slow = ParseJsonLineWithLibrary(line);
    ASSERT_EQ(both.ok(), slow.ok()) << line;
    if (!both.ok()) {
      EXPECT_EQ(both.error().ToString(), slow.error().ToString()) << line;
    } else {
      ExpectSameRecord(both.value(), slow.value(), line);
    }
  }
}

// Plain runs are scanned eight bytes at a time: every special byte (quote,
// backslash, control byte, and high bytes that are none of those) at every
// offset within a word, and after every run length, ends the run where the
// byte-wise scan did.
TEST(JsonFastPath, SpecialBytesAtEveryOffset) {
  const std::vector<std::string> specials = {"\\\"", "\\\\", "\\n", "\\u00e9", "\x01", "\x1f",
                                             "\xC3\xA9", "\xE2\x80\x94", " ", "!", "#", "[", "]", "~"};
  for (const std::string& special : specials) {
    for (size_t before = 0; before < 20; ++before) {
      for (size_t after : {0, 1, 7, 8, 9, 17}) {
        const std::string line = "{\"text\":\"" + std::string(before, 'a') + special +
                                 std::string(after, 'b') + "\",\"id\":\"" + std::string(before, 'c') + "\"}";
        std::optional<RawRecord> fast = ParseFlatJsonRecord(line);
        Result<RawRecord> slow = ParseJsonLineWithLibrary(line);
        ASSERT_EQ(fast.has_value(), slow.ok()) << line;
        if (fast) ExpectSameRecord(*fast, slow.value(), line);
      }
    }
  }
}

}  // namespace
}  // namespace riposte::ingest::internal
