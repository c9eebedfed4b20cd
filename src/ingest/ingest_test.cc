// Tests of the ingest readers (ingest.h): format detection, the id rule,
// JSON/JSONL records, bad input and size limits. Paths, stdin and charsets
// are in inputs_test.cc.
// Fixtures are written inline into a temporary directory, bad bytes as \x
// escapes. Tests that depend on the HTML extractor, the feed parser or date
// normalisation (other files of this stage) are marked "contract:" below.
#include "ingest/ingest.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"

namespace riposte::ingest {
namespace {

using testutil::Failures;
using testutil::Plain;
using testutil::Read;
using testutil::ReadFile;
using testutil::TempDir;


// ---------------------------------------------------------------- formats

TEST(Format, NamesRoundTrip) {
  for (Format f : {Format::kText, Format::kHtml, Format::kJson, Format::kJsonl, Format::kRss,
                   Format::kAtom}) {
    EXPECT_EQ(ParseFormat(FormatName(f)), f) << FormatName(f);
  }
  EXPECT_STREQ(FormatName(Format::kAuto), "auto");
  EXPECT_EQ(ParseFormat("NDJSON"), Format::kJsonl);
  EXPECT_EQ(ParseFormat("nonsense"), Format::kAuto);
}

TEST(Format, ByExtension) {
  EXPECT_EQ(DetectFormat("a/b.txt", "{}"), Format::kText);
  EXPECT_EQ(DetectFormat("b.TEXT", ""), Format::kText);
  EXPECT_EQ(DetectFormat("b.md", ""), Format::kText);
  EXPECT_EQ(DetectFormat("b.htm", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("b.xhtml", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("b.json", "{\"text\":\"x\"}"), Format::kJson);
  EXPECT_EQ(DetectFormat("b.ndjson", ""), Format::kJsonl);
  EXPECT_EQ(DetectFormat("b.jsonl", ""), Format::kJsonl);
  EXPECT_EQ(DetectFormat("b.rss", ""), Format::kRss);
  EXPECT_EQ(DetectFormat("b.atom", ""), Format::kAtom);
  EXPECT_EQ(DetectFormat("b.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"x\">"), Format::kAtom);
  EXPECT_EQ(DetectFormat("b.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"), Format::kRss);
  EXPECT_EQ(DetectFormat("b.rdf", "<rdf:RDF xmlns:rdf=\"x\">"), Format::kRss);
  // An .xml file that is an XHTML page, not a feed.
  EXPECT_EQ(DetectFormat("b.xml", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\"><body>"),
            Format::kHtml);
}

TEST(Format, ByContent) {
  EXPECT_EQ(DetectFormat("-", "<?xml version='1.0'?><rss><channel>"), Format::kRss);
  EXPECT_EQ(DetectFormat("-", "<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>"),
            Format::kAtom);
  EXPECT_EQ(DetectFormat("-", "\xEF\xBB\xBF  <!DOCTYPE html><html><body>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("page", "<html lang=en>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("-", "{\n  \"text\": \"x\"\n}\n"), Format::kJson);
  EXPECT_EQ(DetectFormat("-", "{\"text\": \"x\"}"), Format::kJson);
  EXPECT_EQ(DetectFormat("-", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), Format::kJsonl);
  EXPECT_EQ(DetectFormat("-", "[{\"text\":\"a\"}]"), Format::kJson);
  EXPECT_EQ(DetectFormat("-", "BAKU, Azerbaijan - The ministry said"), Format::kText);
  EXPECT_EQ(DetectFormat("notes", ""), Format::kText);
  // A .json file that is really JSONL is read as JSONL (it cannot be JSON).
  EXPECT_EQ(DetectFormat("x.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}"), Format::kJsonl);
  // <feedback> is not an Atom root.
  EXPECT_EQ(DetectFormat("-", "<?xml version='1.0'?><html><feedback/>"), Format::kHtml);
}

// ---------------------------------------------------------------- id rule

TEST(IdRule, ExplicitIdWins) {
  auto s = Read("docs/031.json", R"({"id":"azal-1","text":"Baku protested."})");
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  EXPECT_EQ(s.documents[0].id, "azal-1");
  EXPECT_EQ(s.documents[0].source, "docs/031.json");
  EXPECT_EQ(s.documents[0].format, "json");
}

TEST(IdRule, IntegerIdAccepted) {
  auto s = Read("docs/031.json", R"({"id":31,"text":"Baku protested."})");
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  EXPECT_EQ(s.documents[0].id, "31");
}

TEST(IdRule, SingleDocumentFileTakesTheStem) {
  auto json = Read("docs/031.json", R"({"text":"Baku protested."})");
  ASSERT_EQ(json.documents.size(), 1u);
  EXPECT_EQ(json.documents[0].id, "031");
  auto text = Read("corpus/tass.2025.txt", "Moscow replied.");
  ASSERT_EQ(text.documents.size(), 1u);
  EXPECT_EQ(text.documents[0].id, "tass.2025");
  EXPECT_EQ(text.documents[0].format, "text");
}

TEST(IdRule, JsonlCountsRecordsFromOne) {
  TempDir dir;
  std::string path = dir.Write("wire.jsonl",
                               "{\"text\":\"one\"}\n"
                               "\n"
                               "{\"text\":\"two\",\"id\":\"named\"}\n"
                               "{\"text\": broken\n"
                               "{\"text\":\"four\"}");  // no final newline
  auto s = ReadFile(path);
  ASSERT_EQ(s.documents.size(), 3u) << Failures(s);
  EXPECT_EQ(s.documents[0].id, "wire:1");
  EXPECT_EQ(s.documents[0].source, path + ":1");
  EXPECT_EQ(s.documents[1].id, "named");
  EXPECT_EQ(s.documents[1].source, path + ":3");
  // The bad line still counts: fixing it later does not renumber the rest.
  EXPECT_EQ(s.documents[2].id, "wire:4");
  EXPECT_EQ(s.documents[2].source, path + ":5");
  EXPECT_EQ(s.documents[2].text, "four");
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].arg, path + ":4");
  EXPECT_EQ(s.failures[0].code, ErrorCode::kMalformed);
}

TEST(IdRule, JsonArrayCountsElementsFromOne) {
  auto s = Read("feeds/batch.json",
                R"([{"text":"a"},{"text":"b","id":"x7"},{"text":"c"}])");
  ASSERT_EQ(s.documents.size(), 3u) << Failures(s);
  EXPECT_EQ(s.documents[0].id, "batch:1");
  EXPECT_EQ(s.documents[1].id, "x7");
  EXPECT_EQ(s.documents[2].id, "batch:3");
  EXPECT_EQ(s.documents[2].source, "feeds/batch.json#3");
}

TEST(IdRule, OneElementArrayStillNumbered) {
  auto s = Read("batch.json", R"([{"text":"a"}])");
  ASSERT_EQ(s.documents.size(), 1u);
  EXPECT_EQ(s.documents[0].id, "batch:1");
}

TEST(IdRule, StdinFallsBackToTheHash) {
  auto s = Read("-", "Sputnik Azerbaijan staff were detained.");
  ASSERT_EQ(s.documents.size(), 1u);
  EXPECT_EQ(s.documents[0].id, ContentHash("Sputnik Azerbaijan staff were detained."));
  EXPECT_EQ(s.documents[0].source, "-");
  auto lines = Read("-", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
  ASSERT_EQ(lines.documents.size(), 2u) << Failures(lines);
  EXPECT_EQ(lines.documents[1].id, ContentHash("b"));
  EXPECT_EQ(lines.documents[1].source, "-:2");
}

TEST(IdRule, IdenticalTextUnderTwoNamesGivesTwoIds) {
  auto a = Read("apa/story.txt", "Same words.");
  auto b = Read("trend/copy.txt", "Same words.");
  ASSERT_EQ(a.documents.size(), 1u);
  ASSERT_EQ(b.documents.size(), 1u);
  EXPECT_NE(a.documents[0].id, b.documents[0].id);
}

// ---------------------------------------------------------------- JSON fields

TEST(Json, AllFieldsGiven) {
  auto s = Read("d.json", R"({"id":"d1","url":"https://example.org/a","outlet":"APA",
      "title":"  Talks resume ","author":"R. Aliyev","date":"2025-07-01","lang":"en-GB",
      "text":"  Talks resumed in Baku.\n","extra":[1,2]})");
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  const Document& d = s.documents[0];
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.outlet.value, "APA");
  EXPECT_EQ(d.outlet.provenance, Provenance::kGiven);
  EXPECT_EQ(d.author.value, "R. Aliyev");
  EXPECT_EQ(d.author.provenance, Provenance::kGiven);
  EXPECT_EQ(d.title.value, "Talks resume");
  EXPECT_EQ(d.date.value, "2025-07-01");
  EXPECT_EQ(d.date.provenance, Provenance::kGiven);
  EXPECT_EQ(d.lang, "en");
  EXPECT_EQ(d.text, "  Talks resumed in Baku.\n");  // stored exactly as given, never trimmed
  EXPECT_TRUE(s.warnings.empty());
}

TEST(Json, NullFieldsAreAbsent) {
  auto s = Read("d.json", R"({"text":"x","title":null,"date":null,"id":null})");
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  EXPECT_EQ(s.documents[0].id, "d");
  EXPECT_TRUE(s.documents[0].date.empty());
  EXPECT_EQ(s.documents[0].date.provenance, Provenance::kNone);
}

TEST(Json, WrongTypeNamesTheField) {
  auto s = Read("d.json", R"({"text":"x","title":42})");
  EXPECT_TRUE(s.documents.empty());
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kMalformed);
  EXPECT_EQ(s.failures[0].arg, "d.json");
  EXPECT_NE(s.failures[0].message.find("\"title\""), std::string::npos) << s.failures[0].message;
  EXPECT_NE(s.failures[0].message.find("number"), std::string::npos);

  auto t = Read("d.json", R"({"text":["x"]})");
  ASSERT_EQ(t.failures.size(), 1u);
  EXPECT_NE(t.failures[0].message.find("\"text\""), std::string::npos);
  auto id = Read("d.json", R"({"text":"x","id":1.5})");
  ASSERT_EQ(id.failures.size(), 1u);
  EXPECT_NE(id.failures[0].message.find("\"id\""), std::string::npos);
}

TEST(Json, ArrayElementFailsAloneAndIsNamed) {
  auto s = Read("dir/f.json", R"([{"text":"a"},{"title":"no text"},7,{"text":"d","date":true}, {"text":"e"}])");
  ASSERT_EQ(s.documents.size(), 2u) << Failures(s);
  EXPECT_EQ(s.documents[0].text, "a");
  EXPECT_EQ(s.documents[1].text, "e");
  EXPECT_EQ(s.documents[1].id, "f:5");
  ASSERT_EQ(s.failures.size(), 3u);
  EXPECT_EQ(s.failures[0].arg, "dir/f.json:#2");
  EXPECT_EQ(s.failures[0].code, ErrorCode::kMissingField);
  EXPECT_EQ(s.failures[1].arg, "dir/f.json:#3");
  EXPECT_NE(s.failures[1].message.find("object"), std::string::npos);
  EXPECT_EQ(s.failures[2].arg, "dir/f.json:#4");
  EXPECT_NE(s.failures[2].message.find("\"date\""), std::string::npos);
}

TEST(Json, MissingAndBlankText) {
  auto missing = Read("m.json", R"({"title":"t"})");
  ASSERT_EQ(missing.failures.size(), 1u);
  EXPECT_EQ(missing.failures[0].code, ErrorCode::kMissingField);
  EXPECT_EQ(missing.failures[0].ToString(), "m.json: missing required field \"text\"");
  auto blank = Read("b.json", "{\"text\":\" \\n\\t \\u00a0\"}");
  ASSERT_EQ(blank.failures.size(), 1u);
  EXPECT_EQ(blank.failures[0].code, ErrorCode::kEmpty);
  EXPECT_EQ(blank.failures[0].ToString(), "b.json: document has no text");
}

TEST(Json, MalformedReportsPosition) {
  auto s = Read("bad.json", "{\"text\": \"a\",\n \"title\": oops}");
  ASSERT_EQ(s.failures.size(), 1u);
  const Error& e = s.failures[0];
  EXPECT_EQ(e.code, ErrorCode::kMalformed);
  EXPECT_EQ(e.arg, "bad.json");
  EXPECT_NE(e.message.find("line 2"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("byte"), std::string::npos) << e.message;
  EXPECT_EQ(e.message.find("json.exception"), std::string::npos) << e.message;
}

TEST(Json, TopLevelMustBeObjectOrArray) {
  auto s = Read("s.json", "\"just a string\"");
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kMalformed);
  auto empty = Read("e.json", "[]");
  ASSERT_EQ(empty.failures.size(), 1u);
  EXPECT_EQ(empty.failures[0].code, ErrorCode::kEmpty);
}

TEST(Json, InvalidUtf8InStringIsRepairedWithWarning) {
  auto s = Read("u.json", "{\"text\":\"Bak\xC4\xB1 \xFF\xFE said\"}");
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  EXPECT_EQ(s.documents[0].text, "Bak\xC4\xB1 \xEF\xBF\xBD\xEF\xBF\xBD said");
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_EQ(s.warnings[0].ToString(), "u.json: repaired 2 invalid bytes (replaced with U+FFFD)");
  ASSERT_EQ(s.documents[0].warnings.size(), 1u);
}

TEST(Json, DatesKeptWhenIsoDroppedWhenNot) {
  auto iso = Read("d.json", R"({"text":"x","date":"2025-06"})");
  ASSERT_EQ(iso.documents.size(), 1u);
  EXPECT_EQ(iso.documents[0].date.value, "2025-06");
  auto junk = Read("d.json", R"({"text":"x","date":"the other day"})");
  ASSERT_EQ(junk.documents.size(), 1u);
  EXPECT_TRUE(junk.documents[0].date.empty());
  ASSERT_EQ(junk.warnings.size(), 1u);
  EXPECT_NE(junk.warnings[0].message.find("the other day"), std::string::npos);
  auto month = Read("d.json", R"({"text":"x","date":"2025-13-01"})");
  EXPECT_TRUE(month.documents[0].date.empty());
}

// contract: NormalizeDate (sniff.cc) turns RFC 822 and prose dates into ISO.
TEST(Json, GivenDatesAreNormalised) {
  auto s = Read("d.json", R"({"text":"x","date":"Tue, 01 Jul 2025 10:00:00 GMT"})");
  ASSERT_EQ(s.documents.size(), 1u);
  EXPECT_EQ(s.documents[0].date.value.substr(0, 10), "2025-07-01");
  EXPECT_EQ(s.documents[0].date.provenance, Provenance::kGiven);
}

TEST(Json, GivenValuesSurviveSniffingAndLanguageId) {
  auto s = Read("d.json", R"({"text":"BAKU, Azerbaijan - The Foreign Ministry summoned the Russian ambassador on Monday after the raids, officials said.",
      "lang":"ru","date":"2025-07-01","outlet":"APA"})",
                Options{});
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  const Document& d = s.documents[0];
  EXPECT_EQ(d.lang, "ru");
  EXPECT_EQ(d.date.value, "2025-07-01");
  EXPECT_EQ(d.date.provenance, Provenance::kGiven);
  EXPECT_EQ(d.outlet.value, "APA");
  EXPECT_EQ(d.outlet.provenance, Provenance::kGiven);
}

// ---------------------------------------------------------------- JSONL

TEST(Jsonl, BadLinesNamedRestIngested) {
  TempDir dir;
  std::string path = dir.Write("x.jsonl",
                               "{\"text\":\"a\"}\r\n"
                               "[1,2]\n"
                               "{\"title\":\"no text\"}\n"
                               "{\"text\":\"   \"}\n"
                               "{\"text\":\"b\",\"title\":5}\n"
                               "not json at all\n"
                               "{\"text\":\"c\"}\n");
  for (bool streamed : {true, false}) {
    CollectingSink s;
    if (streamed) {
      ReadPath(path, Plain(), s);
    } else {
      std::ifstream in(path, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      ReadBytes(path, bytes, Plain(), s);
    }
    ASSERT_EQ(s.documents.size(), 2u) << Failures(s);
    EXPECT_EQ(s.documents[0].text, "a");
    EXPECT_EQ(s.documents[1].text, "c");
    EXPECT_EQ(s.documents[1].id, "x:7");
    EXPECT_EQ(s.documents[1].format, "jsonl");
    ASSERT_EQ(s.failures.size(), 5u) << Failures(s);
    for (size_t i = 0; i < 5; ++i) EXPECT_EQ(s.failures[i].arg, path + ":" + std::to_string(i + 2));
    EXPECT_EQ(s.failures[1].code, ErrorCode::kMissingField);
    EXPECT_EQ(s.failures[2].code, ErrorCode::kEmpty);
    EXPECT_NE(s.failures[3].message.find("\"title\""), std::string::npos);
  }
}

TEST(Jsonl, JsonExtensionHoldingLinesIsStreamed) {
  TempDir dir;
  std::string path = dir.Write("dump.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
  auto s = ReadFile(path);
  ASSERT_EQ(s.documents.size(), 2u) << Failures(s);
  EXPECT_EQ(s.documents[1].id, "dump:2");
  EXPECT_EQ(s.documents[1].source, path + ":2");
  EXPECT_EQ(s.documents[1].format, "jsonl");
}

TEST(Jsonl, BomAndBlankOnlyFiles) {
  auto bom = Read("b.jsonl", "\xEF\xBB\xBF{\"text\":\"a\"}\n");
  ASSERT_EQ(bom.documents.size(), 1u) << Failures(bom);
  auto blank = Read("b.jsonl", "\n  \n\n");
  ASSERT_EQ(blank.failures.size(), 1u);
  EXPECT_EQ(blank.failures[0].code, ErrorCode::kEmpty);
}

TEST(Jsonl, OverlongLineSkippedNotHeld) {
  TempDir dir;
  std::string big(5000, 'x');
  std::string path = dir.Write("l.jsonl", "{\"text\":\"a\"}\n{\"text\":\"" + big +
                                              "\"}\n{\"text\":\"c\"}\n");
  Options o = Plain();
  o.max_file_bytes = 1024;  // the file (5 KiB) is larger too: JSONL is streamed
  auto s = ReadFile(path, o);
  ASSERT_EQ(s.documents.size(), 2u) << Failures(s);
  EXPECT_EQ(s.documents[1].id, "l:3");
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kTooLarge);
  EXPECT_EQ(s.failures[0].arg, path + ":2");
  EXPECT_EQ(s.failures[0].message, "line is 4.9 KiB, above the 1 KiB limit (--max-file-size)");
}

TEST(Jsonl, StrayBytesRepairedPerLine) {
  auto s = Read("r.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"caf\xE9 noir\"}\n");
  ASSERT_EQ(s.documents.size(), 2u) << Failures(s);
  EXPECT_EQ(s.documents[1].text, "caf\xEF\xBF\xBD noir");
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_EQ(s.warnings[0].arg, "r.jsonl:2");
}

// ---------------------------------------------------------------- bad input

TEST(BadInput, EmptyFile) {
  TempDir dir;
  auto s = ReadFile(dir.Write("e.txt", ""));
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kEmpty);
  EXPECT_EQ(s.failures[0].message, "file is empty");
  auto mem = Read("e.json", "");
  ASSERT_EQ(mem.failures.size(), 1u);
  EXPECT_EQ(mem.failures[0].code, ErrorCode::kEmpty);
}

TEST(BadInput, WhitespaceOnlyText) {
  auto s = Read("w.txt", " \n\t\r\n ");
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].ToString(), "w.txt: document has no text");
}

TEST(BadInput, BinaryFiles) {
  TempDir dir;
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  auto s = ReadFile(dir.Write("image.txt", png));
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kBinary);
  EXPECT_TRUE(s.documents.empty());
  std::string controls;
  for (int i = 0; i < 100; ++i) controls += (i % 2 ? "\x01\x02" : "ab");
  EXPECT_EQ(Read("c.txt", controls).failures.at(0).code, ErrorCode::kBinary);
  auto jsonl = ReadFile(dir.Write("b.jsonl", std::string("{\"text\":\0\0\0}\n", 14)));
  ASSERT_EQ(jsonl.failures.size(), 1u);
  EXPECT_EQ(jsonl.failures[0].code, ErrorCode::kBinary);
}

TEST(BadInput, OversizedFileRefusedWithoutReading) {
  TempDir dir;
  std::string path = dir.Path("huge.txt");
  int fd = open(path.c_str(), O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(ftruncate(fd, 80ll << 20), 0);  // sparse: no bytes written
  close(fd);
  auto start = std::chrono::steady_clock::now();
  auto s = ReadFile(path);
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_LT(took, std::chrono::milliseconds(200));
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kTooLarge);
  EXPECT_EQ(s.failures[0].ToString(),
            path + ": file is 80.0 MiB, above the 64 MiB limit (--max-file-size)");

  // Unknown extension: only the head is peeked at before refusing.
  std::string other = dir.Path("huge.dat");
  fd = open(other.c_str(), O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(pwrite(fd, "plain words", 11, 0), 11);
  ASSERT_EQ(ftruncate(fd, 100ll << 20), 0);
  close(fd);
  start = std::chrono::steady_clock::now();
  auto t = ReadFile(other);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
  ASSERT_EQ(t.failures.size(), 1u);
  EXPECT_EQ(t.failures[0].code, ErrorCode::kTooLarge);
}

TEST(BadInput, HtmlAboveItsLimit) {
  Options o = Plain();
  o.max_html_bytes = 100;
  auto s = Read("p.html", "<html><body><p>" + std::string(200, 'a') + "</p></body></html>", o);
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kTooLarge);
}

TEST(BadInput, TextAboveTheDocumentLimit) {
  Options o = Plain();
  o.max_file_bytes = kMaxTextBytes + 1024;
  std::string big(kMaxTextBytes + 10, 'a');
  auto s = Read("big.txt", big, o);
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kTooLarge);
}

TEST(BadInput, NonexistentAndDirectoryPaths) {
  TempDir dir;
  auto s = ReadFile(dir.Path("nope.json"));
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kNotFound);
  EXPECT_EQ(s.failures[0].arg, dir.Path("nope.json"));
  auto d = ReadFile(dir.path());
  ASSERT_EQ(d.failures.size(), 1u);
  EXPECT_EQ(d.failures[0].code, ErrorCode::kIo);
}

// ---------------------------------------------------------------- HTML and feeds

// contract: ExtractHtml (html.cc) gives title, main text and page metadata.
TEST(Html, PageMetadataGiven) {
  std::string page =
      "<!doctype html><html><head><title>Raids in Yekaterinburg</title>"
      "<meta property=\"og:site_name\" content=\"Wire\">"
      "<meta property=\"article:published_time\" content=\"2025-06-27T09:00:00Z\">"
      "</head><body><nav>Home | World</nav><article><p>Police raided homes in "
      "Yekaterinburg on Friday, officials said.</p></article></body></html>";
  auto s = Read("site/raid.html", page);
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  const Document& d = s.documents[0];
  EXPECT_EQ(d.id, "raid");
  EXPECT_EQ(d.title.value, "Raids in Yekaterinburg");
  EXPECT_EQ(d.outlet.value, "Wire");
  EXPECT_EQ(d.outlet.provenance, Provenance::kGiven);
  EXPECT_EQ(d.date.value.substr(0, 10), "2025-06-27");
  EXPECT_NE(d.text.find("Police raided homes"), std::string::npos);
  EXPECT_EQ(d.text.find("Home | World"), std::string::npos);
}

// contract: ParseFeed (feed.cc) reads RSS items with guid, link, title, date.
TEST(Feed, ItemsBecomeDocuments) {
  std::string rss =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caucasus Wire</title>"
      "<item><guid>urn:cw:1</guid><title>One</title><link>https://cw.example/1</link>"
      "<description>First item text.</description></item>"
      "<item><title>Two</title><link>https://cw.example/2</link>"
      "<description>&lt;p&gt;Second &lt;b&gt;item&lt;/b&gt; text.&lt;/p&gt;</description></item>"
      "<item><title>Three</title><description>Third item text.</description></item>"
      "</channel></rss>";
  auto s = Read("news/cw.xml", rss);
  ASSERT_EQ(s.documents.size(), 3u) << Failures(s);
  EXPECT_EQ(s.documents[0].id, "urn:cw:1");
  EXPECT_EQ(s.documents[1].id, "https://cw.example/2");
  EXPECT_EQ(s.documents[2].id, "cw:3");
  EXPECT_EQ(s.documents[2].source, "news/cw.xml#3");
  EXPECT_EQ(s.documents[0].format, "rss");
  EXPECT_EQ(s.documents[0].outlet.value, "Caucasus Wire");
  EXPECT_EQ(s.documents[0].outlet.provenance, Provenance::kGiven);
  EXPECT_EQ(s.documents[1].text.find("<b>"), std::string::npos);
  EXPECT_NE(s.documents[1].text.find("Second"), std::string::npos);
}

TEST(Feed, BrokenFeedIsOneFailure) {
  auto s = Read("bad.rss", "<rss><channel><item>");
  EXPECT_TRUE(s.documents.empty());
  ASSERT_GE(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].arg.rfind("bad.rss", 0), 0u);
}

}  // namespace
}  // namespace riposte::ingest
