// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// XmlReader: a small pull reader for the XML that news feeds are made of.
// It is not a validating parser and knows nothing of DTDs or namespace URIs;
// it turns a UTF-8 document into a flat stream of events:
//
//   internal::XmlReader reader(xml);
//   for (;;) {
//     auto ev = reader.Next();
//     if (ev == XmlReader::Event::kStart) ... reader.name(), reader.Attribute("href")
//     if (ev == XmlReader::Event::kText)  ... reader.text()   // entities decoded
//     if (ev == XmlReader::Event::kEnd)   ...
//     if (ev == XmlReader::Event::kDone || ev == XmlReader::Event::kError) break;
//   }
//
// Handled: elements, attributes in both quote styles, self-closing tags (a
// kStart then a kEnd), comments, processing instructions, a DOCTYPE (skipped,
// internal subset included), CDATA sections (delivered as text), the five XML
// entities and numeric references (&#233; &#xE9;), CR/LF normalised to LF.
// Unknown named entities (&nbsp; in sloppy feeds) are kept literally, since
// feed text is usually HTML and the HTML reader decodes them later.
//
// Errors (mismatched or unclosed tags, unterminated comments, attributes
// without quotes) stop the reader: Next() returns kError from then on, and
// error() says what broke and on which line.
//
// Cost: one pass over the input, no recursion; memory is the stack of open
// element names (views into the input) plus the current event.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace riposte::ingest::internal {

struct XmlAttribute {
  std::string_view name;  // qualified, as written ("rdf:about")
  std::string value;      // entities decoded
};

class XmlReader {
 public:
  enum class Event { kStart, kEnd, kText, kDone, kError };

  // REQUIRES: `xml` outlives the reader (names are views into it).
  explicit XmlReader(std::string_view xml);

  // Advances to the next event and returns it.
  Event Next();

  // kStart / kEnd: the qualified element name ("content:encoded").
  std::string_view name() const { return name_; }
  // The part before ':' ("content"), or "" when there is none.
  std::string_view prefix() const;
  // The part after ':' ("encoded"), or the whole name.
  std::string_view local_name() const;
  // kStart: the element's attributes, in document order.
  const std::vector<XmlAttribute>& attributes() const { return attributes_; }
  // kStart: the value of attribute `qname`, or nullptr when absent.
  const std::string* Attribute(std::string_view qname) const;
  // kText: character data with entities decoded and CDATA unwrapped.
  const std::string& text() const { return text_; }

  // Number of open elements: for kStart/kEnd the element's own depth (the
  // root is 1), for kText the depth of the enclosing element.
  size_t depth() const { return depth_; }
  // 1-based line on which the current event begins.
  int line() const { return event_line_; }
  // Byte offsets of the current event's markup in the input: [begin, end).
  size_t event_begin() const { return event_begin_; }
  size_t event_end() const { return pos_; }

  // kError: "mismatched end tag </b>, expected </a>"; error_line() is where.
  const std::string& error() const { return error_; }
  int error_line() const { return error_line_; }

 private:
  Event Fail(std::string message, size_t at);
  Event ReadStartTag();
  Event ReadEndTag();
  bool SkipPast(std::string_view terminator);
  bool SkipDeclaration();
  int LineAt(size_t offset);

  std::string_view xml_;
  size_t pos_ = 0;
  std::vector<std::string_view> open_;
  bool pending_end_ = false;  // a self-closing tag still owes its kEnd
  bool root_seen_ = false;
  bool finished_ = false;
  bool failed_ = false;

  std::string_view name_;
  std::vector<XmlAttribute> attributes_;
  std::string text_;
  size_t depth_ = 0;
  size_t event_begin_ = 0;
  int event_line_ = 1;

  // Incremental line counting: lines counted up to line_pos_.
  size_t line_pos_ = 0;
  int line_ = 1;

  std::string error_;
  int error_line_ = 0;
};

// Appends `raw` to `out` with XML entities and numeric character references
// decoded and CR/LF normalised; unknown or malformed references are copied.
void AppendXmlDecoded(std::string_view raw, std::string& out);

}  // namespace riposte::ingest::internal
