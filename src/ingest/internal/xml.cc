// XmlReader: the pull reader behind the RSS/Atom parser (see xml.h).
//
// The reader walks the input once. At '<' it looks at the next characters to
// decide between a processing instruction (skipped to "?>"), a comment
// (skipped to "-->"), a CDATA section (delivered as text up to "]]>"), another
// declaration such as DOCTYPE (skipped to its closing '>' with its internal
// subset's brackets and quotes respected), an end tag (checked against the
// stack of open names) or a start tag (attributes read into the event).
// Anything else is character data up to the next '<'. Line numbers are
// computed lazily and monotonically, so they cost one more pass at most.
//
// After the root element closes the reader reports kDone and ignores trailing
// bytes: feeds with junk after </rss> are common and harmless.
//
// Tested by feed_test.cc.
#include "ingest/internal/xml.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/core.h"

namespace riposte::ingest::internal {
namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsNameEnd(char c) {
  return IsXmlSpace(c) || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' ||
         c == '\'';
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  riposte::AppendUtf8(out, cp);
}

// Decodes the reference whose name (between '&' and ';') is `ref`; returns
// false when it is not one we know, so the caller copies it as written.
bool DecodeReference(std::string_view ref, std::string& out) {
  if (ref == "lt") { out.push_back('<'); return true; }
  if (ref == "gt") { out.push_back('>'); return true; }
  if (ref == "amp") { out.push_back('&'); return true; }
  if (ref == "quot") { out.push_back('"'); return true; }
  if (ref == "apos") { out.push_back('\''); return true; }
  if (ref.size() < 2 || ref[0] != '#') return false;
  bool hex = ref[1] == 'x' || ref[1] == 'X';
  std::string_view digits = ref.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return false;
  uint32_t cp = 0;
  for (char c : digits) {
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      d = static_cast<uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      d = static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return false;
    }
    cp = cp * (hex ? 16 : 10) + d;
  }
  AppendUtf8(cp, out);
  return true;
}

// Longest reference name we look for before giving up on a stray '&'.
constexpr size_t kMaxReferenceLength = 12;

}  // namespace

void AppendXmlDecoded(std::string_view raw, std::string& out) {
  size_t i = 0;
  while (i < raw.size()) {
    char c = raw[i];
    if (c == '&') {
      size_t limit = std::min(raw.size(), i + 2 + kMaxReferenceLength);
      size_t semi = raw.find(';', i + 1);
      if (semi != std::string_view::npos && semi < limit &&
          DecodeReference(raw.substr(i + 1, semi - i - 1), out)) {
        i = semi + 1;
        continue;
      }
      out.push_back('&');
      ++i;
    } else if (c == '\r') {
      out.push_back('\n');
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
    } else {
      out.push_back(c);
      ++i;
    }
  }
}

XmlReader::XmlReader(std::string_view xml) : xml_(xml) {
  // A UTF-8 BOM is not markup; DecodeToUtf8 normally removed it already.
  if (xml_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

std::string_view XmlReader::prefix() const {
  size_t colon = name_.find(':');
  return colon == std::string_view::npos ? std::string_view() : name_.substr(0, colon);
}

std::string_view XmlReader::local_name() const {
  size_t colon = name_.find(':');
  return colon == std::string_view::npos ? name_ : name_.substr(colon + 1);
}

const std::string* XmlReader::Attribute(std::string_view qname) const {
  for (const XmlAttribute& a : attributes_) {
    if (a.name == qname) return &a.value;
  }
  return nullptr;
}

int XmlReader::LineAt(size_t offset) {
  if (offset < line_pos_) return line_;  // never happens: events move forward
  const char* p = xml_.data() + line_pos_;
  const char* end = xml_.data() + std::min(offset, xml_.size());
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    if (nl == nullptr) break;
    ++line_;
    p = static_cast<const char*>(nl) + 1;
  }
  line_pos_ = static_cast<size_t>(end - xml_.data());
  return line_;
}

XmlReader::Event XmlReader::Fail(std::string message, size_t at) {
  failed_ = true;
  error_line_ = LineAt(at);
  error_ = std::move(message);
  return Event::kError;
}

bool XmlReader::SkipPast(std::string_view terminator) {
  size_t found = xml_.find(terminator, pos_);
  if (found == std::string_view::npos) return false;
  pos_ = found + terminator.size();
  return true;
}

// Skips "<!DOCTYPE ...>" (or any "<!..." declaration) including an internal
// subset in brackets; quoted strings may hold '>' and brackets.
bool XmlReader::SkipDeclaration() {
  int brackets = 0;
  char quote = 0;
  for (size_t i = pos_ + 2; i < xml_.size(); ++i) {
    char c = xml_[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      ++brackets;
    } else if (c == ']') {
      if (brackets > 0) --brackets;
    } else if (c == '>' && brackets == 0) {
      pos_ = i + 1;
      return true;
    }
  }
  return false;
}

XmlReader::Event XmlReader::Next() {
  if (failed_) return Event::kError;
  if (finished_) return Event::kDone;
  attributes_.clear();
  text_.clear();
  if (pending_end_) {
    pending_end_ = false;
    event_begin_ = pos_;  // a self-closing tag's end has no markup of its own
    depth_ = open_.size();
    name_ = open_.back();
    open_.pop_back();
    if (open_.empty()) finished_ = true;
    return Event::kEnd;
  }
  for (;;) {
    event_begin_ = pos_;
    event_line_ = LineAt(pos_);
    if (pos_ >= xml_.size()) {
      if (!open_.empty()) {
        return Fail("unexpected end of input: <" + std::string(open_.back()) +
                        "> is not closed",
                    pos_);
      }
      return Fail(root_seen_ ? "unexpected end of input" : "no root element", pos_);
    }
    if (xml_[pos_] != '<') {
      size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) lt = xml_.size();
      std::string_view raw = xml_.substr(pos_, lt - pos_);
      if (open_.empty()) {
        for (char c : raw) {
          if (!IsXmlSpace(c)) return Fail("text outside the root element", pos_);
        }
        pos_ = lt;
        continue;
      }
      pos_ = lt;
      AppendXmlDecoded(raw, text_);
      depth_ = open_.size();
      return Event::kText;
    }
    std::string_view rest = xml_.substr(pos_);
    if (rest.starts_with("<?")) {
      if (!SkipPast("?>")) return Fail("unterminated processing instruction", pos_);
    } else if (rest.starts_with("<!--")) {
      if (!SkipPast("-->")) return Fail("unterminated comment", pos_);
    } else if (rest.starts_with("<![CDATA[")) {
      size_t begin = pos_ + 9;
      size_t end = xml_.find("]]>", begin);
      if (end == std::string_view::npos) return Fail("unterminated CDATA section", pos_);
      if (open_.empty()) return Fail("CDATA outside the root element", pos_);
      pos_ = end + 3;
      std::string_view raw = xml_.substr(begin, end - begin);
      text_.reserve(raw.size());
      for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\r') {
          text_.push_back(raw[i]);
        } else if (i + 1 >= raw.size() || raw[i + 1] != '\n') {
          text_.push_back('\n');
        }
      }
      depth_ = open_.size();
      return Event::kText;
    } else if (rest.starts_with("<!")) {
      if (!SkipDeclaration()) return Fail("unterminated declaration", pos_);
    } else if (rest.starts_with("</")) {
      return ReadEndTag();
    } else {
      return ReadStartTag();
    }
  }
}

XmlReader::Event XmlReader::ReadEndTag() {
  size_t begin = pos_ + 2;
  size_t i = begin;
  while (i < xml_.size() && !IsNameEnd(xml_[i])) ++i;
  std::string_view name = xml_.substr(begin, i - begin);
  while (i < xml_.size() && IsXmlSpace(xml_[i])) ++i;
  if (i >= xml_.size() || xml_[i] != '>') return Fail("malformed end tag", pos_);
  if (open_.empty()) {
    return Fail("end tag </" + std::string(name) + "> outside the root element", pos_);
  }
  if (name != open_.back()) {
    return Fail("mismatched end tag </" + std::string(name) + ">, expected </" +
                    std::string(open_.back()) + ">",
                pos_);
  }
  pos_ = i + 1;
  depth_ = open_.size();
  name_ = open_.back();
  open_.pop_back();
  if (open_.empty()) finished_ = true;
  return Event::kEnd;
}

XmlReader::Event XmlReader::ReadStartTag() {
  size_t begin = pos_ + 1;
  size_t i = begin;
  while (i < xml_.size() && !IsNameEnd(xml_[i])) ++i;
  std::string_view name = xml_.substr(begin, i - begin);
  if (name.empty()) return Fail("'<' not followed by a tag name", pos_);
  if (open_.empty() && root_seen_) return Fail("second root element", pos_);
  bool self_closing = false;
  for (;;) {
    while (i < xml_.size() && IsXmlSpace(xml_[i])) ++i;
    if (i >= xml_.size()) return Fail("unterminated start tag <" + std::string(name) + ">", pos_);
    if (xml_[i] == '>') {
      ++i;
      break;
    }
    if (xml_[i] == '/') {
      if (i + 1 >= xml_.size() || xml_[i + 1] != '>') {
        return Fail("malformed start tag <" + std::string(name) + ">", pos_);
      }
      self_closing = true;
      i += 2;
      break;
    }
    size_t attr_begin = i;
    while (i < xml_.size() && !IsNameEnd(xml_[i])) ++i;
    std::string_view attr_name = xml_.substr(attr_begin, i - attr_begin);
    if (attr_name.empty()) return Fail("malformed attribute in <" + std::string(name) + ">", pos_);
    while (i < xml_.size() && IsXmlSpace(xml_[i])) ++i;
    if (i >= xml_.size() || xml_[i] != '=') {
      return Fail("attribute " + std::string(attr_name) + " has no value", pos_);
    }
    ++i;
    while (i < xml_.size() && IsXmlSpace(xml_[i])) ++i;
    if (i >= xml_.size() || (xml_[i] != '"' && xml_[i] != '\'')) {
      return Fail("attribute " + std::string(attr_name) + " is not quoted", pos_);
    }
    char quote = xml_[i];
    size_t value_end = xml_.find(quote, i + 1);
    if (value_end == std::string_view::npos) {
      return Fail("unterminated attribute " + std::string(attr_name), pos_);
    }
    XmlAttribute attribute{attr_name, {}};
    AppendXmlDecoded(xml_.substr(i + 1, value_end - i - 1), attribute.value);
    attributes_.push_back(std::move(attribute));
    i = value_end + 1;
  }
  pos_ = i;
  root_seen_ = true;
  open_.push_back(name);
  depth_ = open_.size();
  name_ = name;
  pending_end_ = self_closing;
  return Event::kStart;
}

}  // namespace riposte::ingest::internal
