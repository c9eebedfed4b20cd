// Tests of how the ingest readers reach their bytes: path expansion
// (directories, globs, hidden files, symlink loops), standard input, and
// charsets (BOMs, declared encodings, guesses, repairs). Fixtures are written
// inline into a temporary directory, bad bytes as \x escapes.
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ingest/ingest_test_util.h"

namespace riposte::ingest {
namespace {

using testutil::Failures;
using testutil::Plain;
using testutil::Read;
using testutil::ReadFile;
using testutil::TempDir;

// ---------------------------------------------------------------- paths

TEST(Expand, DirectoriesRecursiveSortedHiddenSkipped) {
  TempDir dir;
  dir.Write("b.txt", "b");
  dir.Write("a.json", "{}");
  dir.Write("sub/z.txt", "z");
  dir.Write("sub/deeper/y.txt", "y");
  dir.Write(".hidden.txt", "h");
  dir.Write(".git/config", "c");
  dir.Write("sub/.cache/x.txt", "x");
  ASSERT_EQ(mkfifo(dir.Path("pipe").c_str(), 0644), 0);
  std::vector<Error> errors;
  auto paths = ExpandInputs({dir.path()}, &errors);
  EXPECT_TRUE(errors.empty());
  std::vector<std::string> want = {dir.Path("a.json"), dir.Path("b.txt"),
                                   dir.Path("sub/deeper/y.txt"), dir.Path("sub/z.txt")};
  EXPECT_EQ(paths, want);
  // A trailing slash does not double.
  EXPECT_EQ(ExpandInputs({dir.path() + "/"}, &errors).front(), dir.Path("a.json"));
}

TEST(Expand, GlobsStdinAndMissingPaths) {
  TempDir dir;
  dir.Write("n2.json", "{}");
  dir.Write("n1.json", "{}");
  dir.Write("n3.txt", "x");
  std::vector<Error> errors;
  auto paths = ExpandInputs({dir.Path("n*.json"), "-", dir.Path("missing.txt"),
                             dir.Path("none*.xml"), dir.Path("n3.txt")},
                            &errors);
  std::vector<std::string> want = {dir.Path("n1.json"), dir.Path("n2.json"), "-",
                                   dir.Path("n3.txt")};
  EXPECT_EQ(paths, want);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].code, ErrorCode::kNotFound);
  EXPECT_EQ(errors[0].arg, dir.Path("missing.txt"));
  EXPECT_EQ(errors[1].code, ErrorCode::kNotFound);
  EXPECT_EQ(errors[1].ToString(), dir.Path("none*.xml") + ": no file matches");
}

TEST(Expand, ExplicitHiddenFileKept) {
  TempDir dir;
  std::string p = dir.Write(".notes.txt", "x");
  std::vector<Error> errors;
  EXPECT_EQ(ExpandInputs({p}, &errors), std::vector<std::string>{p});
}

TEST(Expand, SymlinkLoopWalkedOnce) {
  TempDir dir;
  dir.Write("d/a.txt", "a");
  ASSERT_EQ(symlink(dir.Path("d").c_str(), dir.Path("d/loop").c_str()), 0);
  std::vector<Error> errors;
  auto paths = ExpandInputs({dir.Path("d")}, &errors);
  EXPECT_EQ(paths, std::vector<std::string>{dir.Path("d/a.txt")});
}

TEST(Stdin, ReadFromStandardInput) {
  TempDir dir;
  std::string path = dir.Write("in", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, STDIN_FILENO);
  close(fd);
  auto s = ReadFile("-");
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_EQ(s.documents.size(), 2u) << Failures(s);
  EXPECT_EQ(s.documents[0].format, "jsonl");
  EXPECT_EQ(s.documents[0].source, "-:1");
}

TEST(Stdin, JsonlIsStreamedPastTheLimit) {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 1000; ++i) lines += "{\"text\":\"line " + std::to_string(i) + "\"}\n";
  std::string path = dir.Write("in", lines);  // ~20 KiB, above a 4 KiB limit
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, STDIN_FILENO);
  close(fd);
  Options o = Plain();
  o.max_file_bytes = 4096;
  auto s = ReadFile("-", o);
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_EQ(s.documents.size(), 1000u) << Failures(s);
  EXPECT_EQ(s.documents[999].text, "line 999");
  EXPECT_EQ(s.documents[999].source, "-:1000");
}

TEST(Stdin, RefusedAboveTheLimit) {
  TempDir dir;
  std::string path = dir.Write("in", std::string(20000, 'a'));
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, STDIN_FILENO);
  close(fd);
  Options o = Plain();
  o.max_file_bytes = 10000;
  auto s = ReadFile("-", o);
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_EQ(s.failures[0].code, ErrorCode::kTooLarge);
  EXPECT_EQ(s.failures[0].arg, "-");
}

// ---------------------------------------------------------------- charsets

TEST(Charset, PlainUtf8Untouched) {
  auto d = DecodeToUtf8("Bak\xC4\xB1 \xE2\x80\x94 ok");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().utf8, "Bak\xC4\xB1 \xE2\x80\x94 ok");
  EXPECT_EQ(d.value().charset, "UTF-8");
  EXPECT_EQ(d.value().repaired, 0u);
}

TEST(Charset, Utf8BomRemoved) {
  auto s = Read("bom.txt", "\xEF\xBB\xBFTASS reported.");
  ASSERT_EQ(s.documents.size(), 1u);
  EXPECT_EQ(s.documents[0].text, "TASS reported.");
}

TEST(Charset, Utf16Boms) {
  // "Бакy" in UTF-16LE and BE with BOMs (NUL bytes must not look binary).
  std::string le("\xFF\xFE\x11\x04\x30\x04\x3A\x04\x43\x04", 10);
  std::string be("\xFE\xFF\x04\x11\x04\x30\x04\x3A\x04\x43", 10);
  EXPECT_EQ(DecodeToUtf8(le).value().utf8, "\xD0\x91\xD0\xB0\xD0\xBA\xD1\x83");
  EXPECT_EQ(DecodeToUtf8(le).value().charset, "UTF-16LE");
  EXPECT_EQ(DecodeToUtf8(be).value().utf8, "\xD0\x91\xD0\xB0\xD0\xBA\xD1\x83");
  auto s = Read("le.txt", le);
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  EXPECT_EQ(s.documents[0].text, "\xD0\x91\xD0\xB0\xD0\xBA\xD1\x83");
  std::string json32("\xFF\xFE\x00\x00{\0\0\0}\0\0\0", 12);
  EXPECT_EQ(DecodeToUtf8(json32).value().utf8, "{}");
}

TEST(Charset, Cp1251HtmlMeta) {
  // <meta charset="windows-1251"> and "Москва" in cp1251.
  std::string page =
      "<html><head><meta charset=\"windows-1251\"><title>t</title></head>"
      "<body><p>\xCC\xEE\xF1\xEA\xE2\xE0 \xEE\xF2\xE2\xE5\xF2\xE8\xEB\xE0.</p></body></html>";
  auto d = DecodeToUtf8(page);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().charset, "windows-1251");
  EXPECT_EQ(d.value().repaired, 0u);
  const std::string moskva = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";
  EXPECT_NE(d.value().utf8.find(moskva + " "), std::string::npos);
  // Read as a page: the extracted text is decoded, no warning.
  auto s = Read("ru.html", page);
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  EXPECT_NE(s.documents[0].text.find(moskva), std::string::npos);
  EXPECT_EQ(s.documents[0].format, "html");
  EXPECT_TRUE(s.warnings.empty());
}

TEST(Charset, HttpEquivMeta) {
  std::string page =
      "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=KOI8-R\">"
      "</head><body>\xED\xCF\xD3\xCB\xD7\xC1</body></html>";
  auto d = DecodeToUtf8(page);
  EXPECT_EQ(d.value().charset, "koi8-r");
  EXPECT_NE(d.value().utf8.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),
            std::string::npos);
}

TEST(Charset, XmlDeclarationEncoding) {
  std::string xml =
      "<?xml version=\"1.0\" encoding='ISO-8859-1'?>\n<rss><channel><title>Caf\xE9 "
      "\x93quoted\x94</title></channel></rss>";
  auto d = DecodeToUtf8(xml);
  // Latin-1 labels read as windows-1252, as browsers do (0x93/0x94 are quotes).
  EXPECT_EQ(d.value().charset, "windows-1252");
  EXPECT_NE(d.value().utf8.find("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"), std::string::npos);
}

TEST(Charset, DeclaredParameterWins) {
  auto d = DecodeToUtf8("\xCC\xE8\xF0", "windows-1251");
  EXPECT_EQ(d.value().utf8, "\xD0\x9C\xD0\xB8\xD1\x80");
}

TEST(Charset, BadSequencesInDeclaredCharsetCounted) {
  auto d = DecodeToUtf8("a\x82 b", "Shift_JIS");  // 0x82 is a lead byte without its trail
  EXPECT_EQ(d.value().utf8, "a\xEF\xBF\xBD b");
  EXPECT_EQ(d.value().repaired, 1u);
}

TEST(Charset, Latin1TextGuessedAsWindows1252) {
  auto s = Read("fr.txt", "Le caf\xE9 de la gare \xE0 Bakou, d\xE9j\xE0 ferm\xE9.");
  ASSERT_EQ(s.documents.size(), 1u);
  EXPECT_EQ(s.documents[0].text,
            "Le caf\xC3\xA9 de la gare \xC3\xA0 Bakou, d\xC3\xA9j\xC3\xA0 ferm\xC3\xA9.");
  EXPECT_EQ(DecodeToUtf8("caf\xE9").value().charset, "windows-1252 (guessed)");
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_NE(s.warnings[0].message.find("guessed"), std::string::npos);
}

TEST(Charset, StrayBytesRepairedWithWarning) {
  // Mostly UTF-8 (Azerbaijani letters) with three stray bytes.
  std::string bytes = "Bak\xC4\xB1 \xC5\x9F\xC9\x99h\xC9\x99ri \xFF\xC0 \xC9\x99 ok \x80";
  auto d = DecodeToUtf8(bytes);
  EXPECT_EQ(d.value().charset, "UTF-8");
  EXPECT_EQ(d.value().repaired, 3u);
  EXPECT_TRUE(IsValidUtf8(d.value().utf8));
  auto s = Read("stray.txt", bytes);
  ASSERT_EQ(s.documents.size(), 1u);
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_EQ(s.warnings[0].ToString(), "stray.txt: repaired 3 invalid bytes (replaced with U+FFFD)");
  EXPECT_EQ(s.documents[0].warnings.size(), 1u);
}

TEST(Charset, UnknownDeclaredCharsetFallsBack) {
  auto s = Read("p.html", "<meta charset=\"x-no-such-charset\"><p>Caf\xC3\xA9 \xFF</p>");
  ASSERT_EQ(s.documents.size(), 1u) << Failures(s);
  ASSERT_EQ(s.warnings.size(), 2u);
  EXPECT_NE(s.warnings[0].message.find("x-no-such-charset"), std::string::npos);
  EXPECT_NE(s.warnings[1].message.find("repaired 1 invalid byte "), std::string::npos);
}

TEST(Charset, StaleDeclarationOnUtf8Bytes) {
  // Saved pages often keep <meta charset=windows-1251> after re-encoding to UTF-8.
  std::string page = "<meta charset=windows-1251><p>\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0</p>";
  auto d = DecodeToUtf8(page);
  EXPECT_EQ(d.value().charset, "UTF-8");
  EXPECT_NE(d.value().utf8.find("\xD0\x9C\xD0\xBE"), std::string::npos);
}

}  // namespace
}  // namespace riposte::ingest
