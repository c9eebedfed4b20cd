// Tests of the XML pull reader (internal/xml.h) and ParseFeed
// (internal/records.h) on our own fixtures in tests/fixtures/feeds/.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "ingest/ingest.h"
#include "ingest/internal/records.h"
#include "ingest/internal/xml.h"

namespace riposte::ingest::internal {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(RIPOSTE_SOURCE_DIR) + "/tests/fixtures/feeds/" + name,
                   std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Feed ParseOk(std::string_view xml) {
  Result<Feed> r = ParseFeed(xml);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().ToString());
  return r.ok() ? r.value() : Feed{};
}

// ---- XmlReader ----

// Flattens the event stream: "<a>", "</a>", "'text'", "!error".
std::string Events(std::string_view xml) {
  XmlReader reader(xml);
  std::string out;
  for (;;) {
    switch (reader.Next()) {
      case XmlReader::Event::kStart:
        out += '<';
        out += reader.name();
        for (const XmlAttribute& a : reader.attributes()) {
          out += ' ';
          out += a.name;
          out += '=';
          out += a.value;
        }
        out += '>';
        break;
      case XmlReader::Event::kEnd:
        out += "</";
        out += reader.name();
        out += '>';
        break;
      case XmlReader::Event::kText:
        out += '\'';
        out += reader.text();
        out += '\'';
        break;
      case XmlReader::Event::kDone:
        return out;
      case XmlReader::Event::kError:
        out += '!';
        out += reader.error();
        out += '@';
        out += std::to_string(reader.error_line());
        return out;
    }
  }
}

TEST(FeedXmlTest, ElementsAttributesAndSelfClosing) {
  EXPECT_EQ(Events("<a x=\"1\" y='two'><b/>t</a>"), "<a x=1 y=two><b></b>'t'</a>");
  EXPECT_EQ(Events("<a q='say \"hi\"' r=\"it's\"/>"), "<a q=say \"hi\" r=it's></a>");
}

TEST(FeedXmlTest, EntitiesAndNumericReferences) {
  EXPECT_EQ(Events("<a>&lt;&gt;&amp;&quot;&apos;</a>"), "<a>'<>&\"''</a>");
  EXPECT_EQ(Events("<a>caf&#233; &#x42F; &#X44F;</a>"), "<a>'café Я я'</a>");
  EXPECT_EQ(Events("<a>&#0;&#xD800;</a>"), "<a>'\xEF\xBF\xBD\xEF\xBF\xBD'</a>");
  // Unknown entities and stray ampersands are kept for the HTML reader.
  EXPECT_EQ(Events("<a>AT&T &nbsp; &bogus</a>"), "<a>'AT&T &nbsp; &bogus'</a>");
  EXPECT_EQ(Events("<a t='a&amp;b'/>"), "<a t=a&b></a>");
}

TEST(FeedXmlTest, CommentsPiDoctypeAndCdata) {
  EXPECT_EQ(Events("<?xml version='1.0'?><!-- c --><!DOCTYPE rss [<!ENTITY x \"a>b\">]>"
                   "<a><?pi x?><!-- <b> --><![CDATA[<p>&amp;]]></a>"),
            "<a>'<p>&amp;'</a>");
  EXPECT_EQ(Events("<a>x\r\ny\rz</a>"), "<a>'x\ny\nz'</a>");
}

TEST(FeedXmlTest, ErrorsCarryTheLine) {
  EXPECT_EQ(Events("<a>\n<b>\n</c>"), "<a>'\n'<b>'\n'!mismatched end tag </c>, expected </b>@3");
  EXPECT_EQ(Events("<a>\n<!-- never closed"), "<a>'\n'!unterminated comment@2");
  EXPECT_EQ(Events("<a b=c/>"), "!attribute b is not quoted@1");
  EXPECT_EQ(Events("<a>"), "<a>!unexpected end of input: <a> is not closed@1");
  EXPECT_EQ(Events("hello"), "!text outside the root element@1");
  EXPECT_EQ(Events(""), "!no root element@1");
}

TEST(FeedXmlTest, TrailingBytesAfterRootAreIgnored) {
  EXPECT_EQ(Events("<a/>\n<!-- x --> junk"), "<a></a>");
}

TEST(FeedXmlTest, DeepNestingDoesNotRecurse) {
  constexpr int kDepth = 200000;
  std::string xml;
  for (int i = 0; i < kDepth; ++i) xml += "<x>";
  for (int i = 0; i < kDepth; ++i) xml += "</x>";
  XmlReader reader(xml);
  size_t max_depth = 0;
  int events = 0;
  for (;;) {
    XmlReader::Event e = reader.Next();
    if (e == XmlReader::Event::kDone || e == XmlReader::Event::kError) {
      EXPECT_EQ(e, XmlReader::Event::kDone);
      break;
    }
    max_depth = std::max(max_depth, reader.depth());
    ++events;
  }
  EXPECT_EQ(max_depth, static_cast<size_t>(kDepth));
  EXPECT_EQ(events, 2 * kDepth);
}

// ---- ParseFeed on fixtures ----

TEST(FeedTest, Rss2WithCdataAndContentEncoded) {
  Feed feed = ParseOk(ReadFixture("rss2_cdata.xml"));
  EXPECT_EQ(feed.kind, Format::kRss);
  EXPECT_EQ(feed.title, "Caspian Wire & Partners");  // not the <image> title
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_TRUE(feed.item_errors.empty());
  const RawRecord& a = feed.items[0];
  EXPECT_EQ(a.id, "https://caspian-wire.example/?p=101");
  EXPECT_EQ(a.url, "https://caspian-wire.example/2025/06/30/envoy");
  EXPECT_EQ(a.title, "Baku summons Russian envoy over Yekaterinburg deaths");
  EXPECT_EQ(a.date, "Mon, 30 Jun 2025 14:05:00 +0400");  // raw: the reader normalises
  EXPECT_EQ(a.author, "Leyla Mammadova");
  EXPECT_EQ(a.lang, "en");
  EXPECT_TRUE(a.text_is_html);
  // content:encoded is longer than the description, so it wins; CDATA keeps &amp;.
  EXPECT_TRUE(a.text.starts_with("<p>Azerbaijan's foreign ministry summoned the Russian envoy on Monday."));
  EXPECT_NE(a.text.find("two brothers &amp; the injuries"), std::string::npos);
  EXPECT_EQ(a.line, 17);
  const RawRecord& b = feed.items[1];
  EXPECT_EQ(b.title, "Sputnik Azerbaijan office searched \xE2\x80\x94 staff detained");
  EXPECT_EQ(b.text, "<p>Police searched the office of Sputnik Azerbaijan in Baku and detained "
                    "several employees, the Interior Ministry said.</p>");
  EXPECT_EQ(b.date, "Mon, 30 Jun 2025 18:40:00 GMT");
}

TEST(FeedTest, Rss2GuidNotPermalink) {
  Feed feed = ParseOk(ReadFixture("rss2_guid.xml"));
  ASSERT_EQ(feed.items.size(), 2u);
  const RawRecord& a = feed.items[0];
  EXPECT_EQ(a.id, "steppe-2025-0412");
  EXPECT_EQ(a.url, "https://steppe.example/news/8243-families");
  EXPECT_EQ(a.author, "Nurlan Abenov");  // "mail (Name)"
  EXPECT_EQ(a.outlet, "Wire Service");   // <source>
  EXPECT_FALSE(a.text_is_html && a.text.empty());
  const RawRecord& b = feed.items[1];
  EXPECT_EQ(b.id, "https://steppe.example/news/permalink-only");
  EXPECT_EQ(b.url, "https://steppe.example/news/permalink-only");  // permalink guid
  EXPECT_EQ(b.outlet, "");
}

TEST(FeedTest, Rss1Rdf) {
  Feed feed = ParseOk(ReadFixture("rss1_rdf.xml"));
  EXPECT_EQ(feed.kind, Format::kRss);
  EXPECT_EQ(feed.title, "Kavkaz Digest");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].url, "https://kavkaz-digest.example/a1");
  EXPECT_EQ(feed.items[0].date, "2025-07-01T08:30:00+03:00");
  EXPECT_EQ(feed.items[0].author, "Ivan Petrov");
  EXPECT_EQ(feed.items[0].text,
            "The Russian Investigative Committee said the detainees had resisted arrest.");
  EXPECT_EQ(feed.items[1].url, "https://kavkaz-digest.example/a2");  // rdf:about
  EXPECT_EQ(feed.items[1].id, "");
  EXPECT_EQ(feed.items[1].date, "2025-07-01");
}

TEST(FeedTest, AtomWithHtmlContent) {
  Feed feed = ParseOk(ReadFixture("atom_html.xml"));
  EXPECT_EQ(feed.kind, Format::kAtom);
  EXPECT_EQ(feed.title, "Analysis Desk");  // type="html": tags removed
  ASSERT_EQ(feed.items.size(), 2u);
  const RawRecord& a = feed.items[0];
  EXPECT_EQ(a.id, "tag:analysis.example,2025:dushanbe");
  EXPECT_EQ(a.url, "https://analysis.example/2025/10/dushanbe");  // rel=alternate, not self
  EXPECT_EQ(a.date, "2025-10-09T16:20:00+05:00");                 // published over updated
  EXPECT_EQ(a.author, "Aida Karimova");
  EXPECT_EQ(a.lang, "en");
  EXPECT_TRUE(a.text_is_html);
  EXPECT_TRUE(a.text.starts_with("<p>At a meeting in Dushanbe, Vladimir Putin said"));
  const RawRecord& b = feed.items[1];
  EXPECT_EQ(b.url, "https://analysis.example/2025/10/trade");  // rel defaults to alternate
  EXPECT_EQ(b.date, "2025-10-08T10:00:00Z");                    // updated when no published
  EXPECT_EQ(b.author, "Analysis Desk Staff");                   // the feed's author
  EXPECT_FALSE(b.text_is_html);
  EXPECT_EQ(b.text, "Despite the dispute, trade between Russia and Azerbaijan grew in the "
                    "first half of the year & transit traffic rose.");
}

TEST(FeedTest, AtomXhtmlWithPrefixedNamespace) {
  Feed feed = ParseOk(ReadFixture("atom_xhtml.xml"));
  EXPECT_EQ(feed.kind, Format::kAtom);
  EXPECT_EQ(feed.title, "Prefixed Atom");
  ASSERT_EQ(feed.items.size(), 2u);
  const RawRecord& a = feed.items[0];
  EXPECT_EQ(a.url, "https://prefixed.example/1");
  EXPECT_TRUE(a.text_is_html);
  EXPECT_NE(a.text.find("<p>The Russian citizens detained in Baku appeared in court.</p>"),
            std::string::npos);
  EXPECT_TRUE(a.text.starts_with("<div"));
  const RawRecord& b = feed.items[1];  // content src= is elsewhere: the summary is used
  EXPECT_FALSE(b.text_is_html);
  EXPECT_EQ(b.text, "Only the summary can be read: the content lives elsewhere.");
}

TEST(FeedTest, BrokenFeedKeepsItemsReadBeforeTheBreak) {
  Result<Feed> r = ParseFeed(ReadFixture("broken.xml"));
  ASSERT_TRUE(r.ok());
  const Feed& feed = r.value();
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].id, "b-1");
  EXPECT_EQ(feed.items[1].id, "b-2");
  ASSERT_EQ(feed.item_errors.size(), 1u);
  const Error& e = feed.item_errors[0];
  EXPECT_EQ(e.code, ErrorCode::kMalformed);
  EXPECT_EQ(e.arg, "#3");
  EXPECT_NE(e.message.find("line 18"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("</descripton>"), std::string::npos) << e.message;
}

TEST(FeedTest, BrokenBeforeAnyItemFails) {
  Result<Feed> r = ParseFeed("<rss><channel>\n<title>x</title>\n<item><title>a</title>");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kMalformed);
  EXPECT_EQ(r.error().arg, "3");
  EXPECT_EQ(r.error().message, "XML broken: unexpected end of input: <item> is not closed");
}

TEST(FeedTest, ItemsWithoutTextAreReported) {
  Feed feed = ParseOk(ReadFixture("empty_item.xml"));
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].id, "e-4");
  ASSERT_EQ(feed.item_errors.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(feed.item_errors[i].code, ErrorCode::kMissingField);
    EXPECT_EQ(feed.item_errors[i].message, "item has no text");
    std::string arg = "#";
    arg += std::to_string(i + 1);
    EXPECT_EQ(feed.item_errors[i].arg, arg);
  }
}

TEST(FeedTest, Windows1251FeedAfterDecoding) {
  std::string bytes = ReadFixture("cp1251.xml");
  ASSERT_FALSE(bytes.empty());
  Result<Decoded> decoded = DecodeToUtf8(bytes);
  ASSERT_TRUE(decoded.ok());
  Feed feed = ParseOk(decoded.value().utf8);
  EXPECT_EQ(feed.title, "Кавказский вестник");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Баку вызвал посла России");
  EXPECT_NE(feed.items[0].text.find("Екатеринбурге"), std::string::npos);
  EXPECT_EQ(feed.items[0].lang, "ru");
}

TEST(FeedTest, NotAFeedNamesTheRoot) {
  Result<Feed> r = ParseFeed("<html><body><p>hi</p></body></html>");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "not an RSS or Atom feed (root element <html>)");
}

TEST(FeedTest, NotAFeed) {
  for (std::string_view input : {std::string_view("<html><body><p>hi</p></body></html>"),
                                 std::string_view("just some text"), std::string_view(""),
                                 std::string_view("{\"text\": \"json\"}")}) {
    Result<Feed> r = ParseFeed(input);
    ASSERT_FALSE(r.ok()) << input;
    EXPECT_EQ(r.error().code, ErrorCode::kMalformed);
    EXPECT_TRUE(r.error().message.starts_with("not an RSS or Atom feed")) << r.error().message;
  }
}

TEST(FeedTest, NamespacePrefixesAreResolved) {
  // content module bound to "c", dc to "d": still content:encoded / dc:creator.
  Feed feed = ParseOk(
      "<rss xmlns:c='http://purl.org/rss/1.0/modules/content/' "
      "xmlns:d='http://purl.org/dc/elements/1.1/'><channel><item>"
      "<description>short</description><c:encoded>&lt;p&gt;the full text&lt;/p&gt;</c:encoded>"
      "<d:creator>Rauf Aliyev</d:creator><d:date>2025-07-03</d:date></item></channel></rss>");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].text, "<p>the full text</p>");
  EXPECT_EQ(feed.items[0].author, "Rauf Aliyev");
  EXPECT_EQ(feed.items[0].date, "2025-07-03");
}

TEST(FeedTest, UnescapedHtmlInDescriptionIsKeptAsMarkup) {
  Feed feed = ParseOk("<rss><channel><item><description><p>Hi <b>there</b></p></description>"
                      "</item></channel></rss>");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].text, "<p>Hi <b>there</b></p>");
}

TEST(FeedTest, LongerDescriptionBeatsShortContentEncoded) {
  Feed feed = ParseOk("<rss><channel><item><description>a long description of the event</description>"
                      "<content:encoded>short</content:encoded></item></channel></rss>");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].text, "a long description of the event");
}

TEST(FeedTest, ManyItemsInOnePass) {
  std::string xml = "<rss><channel><title>Big</title>";
  constexpr int kItems = 20000;
  for (int i = 0; i < kItems; ++i) {
    xml += "<item><guid>g";
    xml += std::to_string(i);
    xml += "</guid><description>text ";
    xml += std::to_string(i);
    xml += "</description></item>\n";
  }
  xml += "</channel></rss>";
  Feed feed = ParseOk(xml);
  ASSERT_EQ(feed.items.size(), static_cast<size_t>(kItems));
  EXPECT_EQ(feed.items.back().id, "g19999");
  EXPECT_EQ(feed.items.back().line, kItems);
}

TEST(FeedTest, EveryPrefixOfEveryFixtureIsHandled) {
  for (const char* name : {"rss2_cdata.xml", "rss2_guid.xml", "rss1_rdf.xml", "atom_html.xml",
                           "atom_xhtml.xml", "broken.xml", "empty_item.xml"}) {
    std::string xml = ReadFixture(name);
    ASSERT_FALSE(xml.empty()) << name;
    for (size_t n = 0; n <= xml.size(); ++n) {
      Result<Feed> r = ParseFeed(std::string_view(xml).substr(0, n));
      if (!r.ok()) {
        EXPECT_EQ(r.error().code, ErrorCode::kMalformed) << name << " cut at " << n;
        continue;
      }
      for (const Error& e : r.value().item_errors) {
        EXPECT_TRUE(e.arg.starts_with("#")) << name << " cut at " << n;
      }
    }
  }
}

}  // namespace
}  // namespace riposte::ingest::internal
