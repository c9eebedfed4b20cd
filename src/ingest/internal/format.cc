// Input formats (ingest.h): FormatName, ParseFormat, DetectFormat, and the
// helpers of internal/format.h.
//
// DetectFormat trusts a file's extension, except that a .json file holding
// JSON Lines is read as JSONL (it cannot be JSON) and an .xml/.rss/.atom file
// is looked into to tell RSS (<rss>, <rdf:RDF>) from Atom (<feed>). Without a
// known extension (stdin, "notes") the first bytes decide: an XML
// declaration and a feed root, HTML markup, "[" or "{" (several lines each
// an object: JSONL), else plain text.
//
// Tested by ingest_test.cc.
#include "ingest/internal/format.h"

#include <cctype>
#include <utility>

namespace riposte::ingest::internal {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view BaseName(std::string_view name) {
  size_t slash = name.find_last_of('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  return s;
}

// The feed vocabulary the (lower-cased) head uses first, or kAuto.
Format FeedKind(std::string_view lower) {
  size_t best = std::string_view::npos;
  Format kind = Format::kAuto;
  const std::pair<std::string_view, Format> kRoots[] = {
      {"<rss", Format::kRss}, {"<rdf:rdf", Format::kRss}, {"<feed", Format::kAtom}};
  for (const auto& [tag, format] : kRoots) {
    for (size_t at = lower.find(tag); at != std::string_view::npos; at = lower.find(tag, at + 1)) {
      size_t after = at + tag.size();
      if (after < lower.size() && !IsSpace(lower[after]) && lower[after] != '>') continue;
      if (at < best) best = at, kind = format;
      break;
    }
  }
  return kind;
}

// "{...}\n{" : the first line is a whole object and the next one opens another.
bool LooksLikeJsonl(std::string_view s) {
  if (s.empty() || s.front() != '{') return false;
  size_t nl = s.find('\n');
  if (nl == std::string_view::npos) return false;
  std::string_view first = TrimSpace(s.substr(0, nl));
  std::string_view rest = SkipBomAndSpace(s.substr(nl + 1));
  return first.size() >= 2 && first.back() == '}' && !rest.empty() && rest.front() == '{';
}

Format SniffContent(std::string_view s) {
  if (s.empty()) return Format::kText;
  if (s.front() == '[') return Format::kJson;
  if (s.front() == '{') return LooksLikeJsonl(s) ? Format::kJsonl : Format::kJson;
  if (s.front() != '<') return Format::kText;
  std::string lower = AsciiLower(s);
  bool html = lower.rfind("<!doctype html", 0) == 0 || lower.find("<html") != std::string::npos ||
              lower.find("<body") != std::string::npos || lower.find("<head") != std::string::npos;
  Format feed = FeedKind(lower);
  if (lower.rfind("<?xml", 0) == 0) return feed != Format::kAuto ? feed : html ? Format::kHtml : Format::kRss;
  if (html) return Format::kHtml;
  return feed != Format::kAuto ? feed : Format::kHtml;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  static constexpr std::string_view kUnicodeSpaces[] = {"\xC2\xA0", "\xE2\x80\x8B", "\xEF\xBB\xBF",
                                                        "\xE3\x80\x80"};
  auto trim_one = [&]() {  // removes one space from either end; false when none
    if (s.empty()) return false;
    if (IsSpace(s.front())) return s.remove_prefix(1), true;
    if (IsSpace(s.back())) return s.remove_suffix(1), true;
    for (std::string_view u : kUnicodeSpaces) {
      if (s.starts_with(u)) return s.remove_prefix(u.size()), true;
      if (s.ends_with(u)) return s.remove_suffix(u.size()), true;
    }
    return false;
  };
  while (trim_one()) {
  }
  return s;
}

Format FormatFromExtension(std::string_view name) {
  std::string_view base = BaseName(name);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return Format::kAuto;
  std::string ext = AsciiLower(base.substr(dot + 1));
  if (ext == "txt" || ext == "text" || ext == "md") return Format::kText;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return Format::kHtml;
  if (ext == "json") return Format::kJson;
  if (ext == "jsonl" || ext == "ndjson") return Format::kJsonl;
  if (ext == "xml" || ext == "rss" || ext == "rdf") return Format::kRss;
  if (ext == "atom") return Format::kAtom;
  return Format::kAuto;
}

}  // namespace riposte::ingest::internal

namespace riposte::ingest {

using internal::AsciiLower;
using internal::FeedKind;
using internal::FormatFromExtension;
using internal::LooksLikeJsonl;
using internal::SkipBomAndSpace;
using internal::SniffContent;

const char* FormatName(Format f) {
  switch (f) {
    case Format::kAuto: return "auto";
    case Format::kText: return "text";
    case Format::kHtml: return "html";
    case Format::kJson: return "json";
    case Format::kJsonl: return "jsonl";
    case Format::kRss: return "rss";
    case Format::kAtom: return "atom";
  }
  return "auto";
}

Format ParseFormat(std::string_view name) {
  std::string n = AsciiLower(name);
  if (n == "text" || n == "txt") return Format::kText;
  if (n == "html" || n == "htm") return Format::kHtml;
  if (n == "json") return Format::kJson;
  if (n == "jsonl" || n == "ndjson") return Format::kJsonl;
  if (n == "rss" || n == "rdf") return Format::kRss;
  if (n == "atom") return Format::kAtom;
  return Format::kAuto;
}

Format DetectFormat(std::string_view name, std::string_view head) {
  Format by_name = FormatFromExtension(name);
  std::string_view content = SkipBomAndSpace(head);
  switch (by_name) {
    case Format::kText:
    case Format::kHtml:
    case Format::kJsonl: return by_name;
    case Format::kJson: return LooksLikeJsonl(content) ? Format::kJsonl : Format::kJson;
    case Format::kRss:
    case Format::kAtom: {
      Format kind = FeedKind(AsciiLower(content));
      if (kind != Format::kAuto) return kind;
      return SniffContent(content) == Format::kHtml ? Format::kHtml : by_name;  // XHTML
    }
    case Format::kAuto: break;
  }
  return SniffContent(content);
}

}  // namespace riposte::ingest
