// Tests for ExtractHtml (internal/html*.cc): the fixture corpus in
// tests/fixtures/html/ (each page with a .expect sidecar), unit cases for
// whitespace, <br>, titles and metadata, and hostile inputs (deep nesting,
// garbage, empty pages).
//
// A .expect file has one assertion a line:
//   + text      a paragraph of the extracted text equals `text` exactly
//               (paragraphs are separated by "\n\n"; "\n" inside `text`
//               stands for a line break)
//   - text      `text` appears nowhere in the extracted text
//   ~ text      a paragraph that may appear (furniture such as a byline)
//   strict      every paragraph must be a "+" or "~" line, and the "+"
//               paragraphs must come in the listed order
//   title: t / date: d / author: a / outlet: o / url: u
//               the metadata field equals the value (date: a prefix match,
//               since NormalizeDate may add the time)
//   # comment
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/internal/html_guard.h"
#include "ingest/internal/html_meta.h"

namespace riposte::ingest {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  size_t start = 0;
  while (true) {
    size_t at = text.find("\n\n", start);
    out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 2;
  }
  return out;
}

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t len = b < 0x80           ? 1
                 : (b >> 5) == 0x6  ? 2
                 : (b >> 4) == 0xE  ? 3
                 : (b >> 3) == 0x1E ? 4
                                    : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

fs::path FixtureDir() { return fs::path(RIPOSTE_SOURCE_DIR) / "tests" / "fixtures" / "html"; }

// Stems of the fixture pages ("wire_story" for wire_story.html), sorted.
std::vector<std::string> FixtureNames() {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(FixtureDir(), ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".html") out.push_back(it->path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Checks one fixture against its .expect file; returns the number of checks.
int CheckFixture(const fs::path& page) {
  SCOPED_TRACE(page.filename().string());
  fs::path expect_path = page;
  expect_path.replace_extension(".expect");
  EXPECT_TRUE(fs::exists(expect_path)) << "missing " << expect_path;
  HtmlArticle a = ExtractHtml(ReadFile(page));
  std::vector<std::string> paras = Paragraphs(a.text);
  std::istringstream expect(ReadFile(expect_path));
  std::string line;
  std::vector<std::string> wanted, allowed;
  bool strict = false;
  int checks = 0;
  int wanted_count = 0;
  while (std::getline(expect, line)) {
    if (line.empty() || line[0] == '#') continue;
    ++checks;
    auto field = [&](std::string_view name, const std::string& actual, bool prefix) {
      if (line.rfind(name, 0) != 0) return false;
      std::string value = line.substr(name.size());
      if (prefix) {
        EXPECT_EQ(actual.substr(0, value.size()), value) << name;
      } else {
        EXPECT_EQ(actual, value) << name;
      }
      return true;
    };
    if (line.rfind("+ ", 0) == 0) {
      std::string p = Unescape(line.substr(2));
      wanted.push_back(p);
      ++wanted_count;
      EXPECT_NE(std::find(paras.begin(), paras.end(), p), paras.end())
          << "missing paragraph: " << p << "\n--- text ---\n" << a.text;
    } else if (line.rfind("- ", 0) == 0) {
      std::string p = Unescape(line.substr(2));
      EXPECT_EQ(a.text.find(p), std::string::npos) << "boilerplate present: " << p;
    } else if (line.rfind("~ ", 0) == 0) {
      allowed.push_back(Unescape(line.substr(2)));
    } else if (line == "strict") {
      strict = true;
    } else if (field("title: ", a.title, false) || field("date: ", a.date, true) ||
               field("author: ", a.author, false) || field("outlet: ", a.outlet, false) ||
               field("url: ", a.url, false)) {
    } else {
      ADD_FAILURE() << "bad expect line: " << line;
    }
  }
  EXPECT_GE(wanted_count, 1) << "a fixture lists its paragraphs";
  EXPECT_TRUE(ValidUtf8(a.text));
  if (strict) {
    size_t next = 0;
    for (const std::string& p : paras) {
      if (next < wanted.size() && p == wanted[next]) {
        ++next;
      } else {
        bool ok = std::find(allowed.begin(), allowed.end(), p) != allowed.end();
        EXPECT_TRUE(ok) << "unexpected or out-of-order paragraph: " << p;
      }
    }
    EXPECT_EQ(next, wanted.size()) << "listed paragraphs not all found in order";
  }
  return checks;
}

class HtmlFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlFixture, MatchesExpectations) {
  EXPECT_GT(CheckFixture(FixtureDir() / (GetParam() + ".html")), 0);
}

INSTANTIATE_TEST_SUITE_P(Html, HtmlFixture, ::testing::ValuesIn(FixtureNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(HtmlFixtures, AtLeastTwelveLayouts) { EXPECT_GE(FixtureNames().size(), 12u); }

// ---- rendering ----

TEST(HtmlText, EmptyInput) {
  HtmlArticle a = ExtractHtml("");
  EXPECT_EQ(a.text, "");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.date, "");
}

TEST(HtmlText, FragmentOfParagraphs) {
  HtmlArticle a = ExtractHtml("<p>Baku recalled its envoy.</p><p>Moscow   said\n nothing.</p>");
  EXPECT_EQ(a.text, "Baku recalled its envoy.\n\nMoscow said nothing.");
}

TEST(HtmlText, LineBreaks) {
  HtmlArticle a = ExtractHtml("<body>First line<br>second line<br><br>New paragraph</body>");
  EXPECT_EQ(a.text, "First line\nsecond line\n\nNew paragraph");
}

TEST(HtmlText, EntitiesDecodedAndNbspKept) {
  HtmlArticle a = ExtractHtml("<p>AT&amp;T &lt;said&gt; 10&nbsp;km &#8220;away&#8221;</p>");
  EXPECT_EQ(a.text, "AT&T <said> 10\u00a0km \u201caway\u201d");
}

TEST(HtmlText, InlineElementsDoNotAddSpaces) {
  HtmlArticle a = ExtractHtml("<p>Aze<b>rbaijan</b> and <i>Russia</i>.</p>");
  EXPECT_EQ(a.text, "Azerbaijan and Russia.");
}

TEST(HtmlText, PreKeepsLines) {
  HtmlArticle a = ExtractHtml("<pre>line one\n  line two\n\n\nline three</pre>");
  EXPECT_EQ(a.text, "line one\n  line two\nline three");
}

TEST(HtmlText, TitleHeadingNotRepeated) {
  HtmlArticle a = ExtractHtml(
      "<title>Envoy recalled</title><body><h1>Envoy recalled</h1>"
      "<p>The foreign ministry recalled its ambassador on Monday evening.</p>"
      "<h2>Reaction</h2><p>Moscow called the step regrettable and hasty.</p></body>");
  EXPECT_EQ(a.title, "Envoy recalled");
  EXPECT_EQ(a.text,
            "The foreign ministry recalled its ambassador on Monday evening.\n\nReaction\n\n"
            "Moscow called the step regrettable and hasty.");
}

TEST(HtmlText, ScriptsStylesAndCommentsDropped) {
  HtmlArticle a = ExtractHtml(
      "<body><script>var x = '<p>no</p>';</script><style>p{color:red}</style>"
      "<!-- hidden note --><p>Visible text stays in the output.</p>"
      "<noscript>Enable JavaScript</noscript></body>");
  EXPECT_EQ(a.text, "Visible text stays in the output.");
}

TEST(HtmlText, OnlyNavigation) {
  HtmlArticle a = ExtractHtml(
      "<html><head><title>Menu page</title></head><body><nav><ul>"
      "<li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav></body></html>");
  EXPECT_EQ(a.text, "");
  EXPECT_EQ(a.title, "Menu page");
}

TEST(HtmlText, HiddenElementsDropped) {
  HtmlArticle a = ExtractHtml(
      "<body><p hidden>Hidden by attribute.</p><div aria-hidden='true'>Hidden by ARIA.</div>"
      "<div style='display: none'>Hidden by style.</div>"
      "<p>The visible paragraph of the story stays where it is.</p></body>");
  EXPECT_EQ(a.text, "The visible paragraph of the story stays where it is.");
}

TEST(HtmlText, LinkListInsideStoryDropped) {
  HtmlArticle a = ExtractHtml(
      "<article><p>Officials in Baku confirmed the arrests late on Monday evening.</p>"
      "<ul><li><a href=/1>Earlier: what we know about the raids</a></li>"
      "<li><a href=/2>Explainer: the history of the agency</a></li></ul>"
      "<p>Moscow said it would respond in kind to what it called a provocation.</p></article>");
  EXPECT_EQ(a.text,
            "Officials in Baku confirmed the arrests late on Monday evening.\n\n"
            "Moscow said it would respond in kind to what it called a provocation.");
}

TEST(HtmlText, ShortTitleDoesNotSwallowHeadings) {
  HtmlArticle a = ExtractHtml(
      "<title>Baku</title><body><h2>Reaction in Baku and beyond the capital</h2>"
      "<p>Residents gathered outside the embassy on Tuesday to lay flowers.</p></body>");
  EXPECT_EQ(a.text,
            "Reaction in Baku and beyond the capital\n\n"
            "Residents gathered outside the embassy on Tuesday to lay flowers.");
}

TEST(HtmlText, FurnitureLinesInRussianDropped) {
  HtmlArticle a = ExtractHtml(
      "<p>Переговоры продолжатся на следующей неделе в Москве, сообщили в МИД.</p>"
      "<p>ЧИТАЙТЕ ТАКЖЕ: Что известно о задержаниях</p><p>Реклама</p>");
  EXPECT_EQ(a.text, "Переговоры продолжатся на следующей неделе в Москве, сообщили в МИД.");
}

// ---- metadata ----

TEST(HtmlMeta, TitleSuffixNamingTheOutletIsRemoved) {
  HtmlArticle a = ExtractHtml(
      "<head><title>Flights suspended | Caspian Herald</title>"
      "<meta property='og:site_name' content='Caspian Herald'></head><body><p>x</p></body>");
  EXPECT_EQ(a.title, "Flights suspended");
  EXPECT_EQ(a.outlet, "Caspian Herald");
}

TEST(HtmlMeta, TitleFromHeadingPrefix) {
  HtmlArticle a = ExtractHtml(
      "<head><title>Flights suspended - Some Portal</title></head>"
      "<body><h1>Flights suspended</h1><p>Carriers halted routes to three cities.</p></body>");
  EXPECT_EQ(a.title, "Flights suspended");
  EXPECT_EQ(a.text, "Carriers halted routes to three cities.");
}

TEST(HtmlMeta, TitleFallsBackToHeading) {
  HtmlArticle a = ExtractHtml("<body><h1>Talks  resume</h1><p>Both sides met.</p></body>");
  EXPECT_EQ(a.title, "Talks resume");
}

TEST(HtmlMeta, DateKeepsIsoDayWhenNotNormalised) {
  HtmlArticle a = ExtractHtml(
      "<meta property='article:published_time' content='2025-07-01T10:00:00+03:00'><p>x</p>");
  EXPECT_EQ(a.date.substr(0, 10), "2025-07-01");
}

TEST(HtmlMeta, UnparseableDateLeftEmpty) {
  HtmlArticle a = ExtractHtml("<meta name='date' content='yesterday'><p>x</p>");
  EXPECT_EQ(a.date, "");
}

TEST(HtmlMeta, TimeElementInArticle) {
  HtmlArticle a = ExtractHtml(
      "<body><article><time datetime='2025-06-30'>30 June</time>"
      "<p>Police detained several employees of the agency in Baku today.</p></article></body>");
  EXPECT_EQ(a.date.substr(0, 10), "2025-06-30");
}

TEST(HtmlMeta, AuthorFromBylineAndUrlAuthorsSkipped) {
  HtmlArticle a = ExtractHtml(
      "<meta property='article:author' content='https://example.com/staff/1'>"
      "<body><article><p class='byline'>By  Leyla Mammadova</p>"
      "<p>Officials confirmed the figures late on Friday, citing the ministry.</p>"
      "</article></body>");
  EXPECT_EQ(a.author, "Leyla Mammadova");
}

TEST(HtmlMeta, CanonicalBeatsOgUrl) {
  HtmlArticle a = ExtractHtml(
      "<link rel='amphtml' href='https://e.com/amp/1'><meta property='og:url' "
      "content='https://e.com/og/1'><link rel='canonical' href='https://e.com/1'><p>x</p>");
  EXPECT_EQ(a.url, "https://e.com/1");
}

TEST(HtmlMeta, DeepJsonLdIgnored) {
  std::string json(200, '[');
  json += std::string(200, ']');
  HtmlArticle a = ExtractHtml("<script type='application/ld+json'>" + json +
                              "</script><p>Text of the page.</p>");
  EXPECT_EQ(a.text, "Text of the page.");
  EXPECT_EQ(a.title, "");
}

TEST(HtmlMeta, CleanAuthor) {
  EXPECT_EQ(internal::CleanAuthor("  By Jane   Roe | Staff writer"), "Jane Roe");
  EXPECT_EQ(internal::CleanAuthor("Автор: Иван Петров"), "Иван Петров");
  EXPECT_EQ(internal::CleanAuthor("https://example.com/people/jane"), "");
  EXPECT_EQ(internal::CleanAuthor("By "), "");
}

// ---- hostile input ----

TEST(HtmlRobust, DeepNesting) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "Deep text survives the nesting guard intact.";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  HtmlArticle a = ExtractHtml(html);
  EXPECT_EQ(a.text, "Deep text survives the nesting guard intact.");
}

TEST(HtmlRobust, DeepNestingOfManyKinds) {
  for (std::string unit : {"<span>", "<b>", "<li><section>", "<table><tr><td>",
                           "<b id=1>x</div><div>", "<svg><g>", "<font><div>x", "<a>x<div>",
                           "<td><font>x</td>", "<ul></form><form>", "<i><svg>"}) {
    SCOPED_TRACE(unit);
    std::string html;
    for (int i = 0; i < 30000; ++i) html += unit;
    auto start = std::chrono::steady_clock::now();
    HtmlArticle a = ExtractHtml(html);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20.0);  // generous: sanitizer builds are slow; quadratic takes minutes
    EXPECT_TRUE(ValidUtf8(a.text));
  }
}

TEST(HtmlRobust, ManyAttributes) {
  std::string html = "<p ";
  for (int i = 0; i < 50000; ++i) {
    html += 'a';
    html += std::to_string(i);
    html += "=v ";
  }
  html += ">Attribute storm.</p>";
  EXPECT_EQ(ExtractHtml(html).text, "Attribute storm.");
}

TEST(HtmlRobust, GarbageBytes) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::string junk(5000, '\0');
    for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
    if (round % 2) {  // markup-heavy junk
      for (size_t i = 0; i < junk.size(); i += 7) junk[i] = "<>/=\"' "[rng() % 7];
    }
    HtmlArticle a = ExtractHtml(junk);
    EXPECT_TRUE(ValidUtf8(a.text));
    EXPECT_TRUE(ValidUtf8(a.title));
  }
}

TEST(HtmlRobust, UnterminatedConstructs) {
  for (const char* html : {"<p>Text then <!-- a comment that never ends",
                           "<p>Text then <script>never closed", "<p title=\"open quote>Text",
                           "<", "</", "<!", "<p", "&#xFFFFFFFF;&#0;", "<svg><![CDATA[x"}) {
    HtmlArticle a = ExtractHtml(html);
    EXPECT_TRUE(ValidUtf8(a.text)) << html;
  }
}

TEST(HtmlRobust, RandomTagSoup) {
  const char* tokens[] = {"<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<a href=x>",
                          "</a>", "<table>", "<tr>", "<td>", "</table>", "<li>", "<ul>",
                          "<svg>", "<math>", "<form>", "</form>", "<select>", "<option>",
                          "<template>", "<h1>", "</h2>", "text ", "<br>", "<article>",
                          "<nav>", "<script>x</script>", "<!--c-->", "<em class=share>"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    std::string html;
    std::vector<int> vocab;
    for (int k = 0; k < 6; ++k) vocab.push_back(static_cast<int>(rng() % std::size(tokens)));
    while (html.size() < 40000) html += tokens[vocab[rng() % vocab.size()]];
    HtmlArticle a = ExtractHtml(html);
    EXPECT_TRUE(ValidUtf8(a.text));
  }
}

TEST(HtmlGuard, OrdinaryPageUntouched) {
  std::string page = "<html><body><div><p>One</p><p>Two<br>three</p></div></body></html>";
  std::string storage;
  std::string_view out = internal::BoundHtmlForParser(page, &storage);
  EXPECT_EQ(out.data(), page.data());
}

TEST(HtmlGuard, CapsDepthKeepsText) {
  std::string page;
  for (size_t i = 0; i < internal::kMaxHtmlDepth + 10; ++i) page += "<div class=x>";
  page += "core";
  for (size_t i = 0; i < internal::kMaxHtmlDepth + 10; ++i) page += "</div>";
  std::string storage;
  internal::GuardReport report;
  std::string_view out = internal::BoundHtmlForParser(page, &storage, &report);
  EXPECT_EQ(report.dropped_tags, 20u);
  EXPECT_NE(out.find("core"), std::string_view::npos);
}

}  // namespace
}  // namespace riposte::ingest
