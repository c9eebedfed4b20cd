// ParseFeed: RSS 2.0, RSS 0.9x/1.0 (RDF) and Atom 1.0 documents into
// RawRecords, one per item or entry (see records.h).
//
// The parser sits on XmlReader's event stream and never recurses: it keeps
// the canonical key of every open element (for "is this <title> a child of
// <channel>?"), the item being read, and at most one field being collected.
// Element names are matched by canonical prefix and local name: a document
// that binds the content module to "c:" still has its "c:encoded" read as
// content:encoded, because xmlns declarations of the well-known modules
// (content, dc, atom, rdf) are mapped to their usual prefixes; undeclared
// prefixes are matched as written.
//
// Per item:
//   RSS   id = guid; url = link (else a permalink guid, else rdf:about);
//         date = pubDate, else dc:date (raw; the reader normalises it);
//         author = dc:creator, else author ("mail (Name)" gives Name);
//         outlet = <source>; text = content:encoded or description,
//         whichever is longer, as HTML.
//   Atom  id; url = link rel=alternate (rel defaults to alternate), else the
//         first link; date = published, else updated; author = author/name,
//         else the feed's author; text = content or summary, whichever is
//         longer; type html/xhtml gives HTML, text gives plain text, content
//         with src= or a binary media type is ignored.
// An item with no visible text (an item with only a title included) is
// skipped with an item_error ("#n", "item has no text"). When the XML breaks
// after some items, those items are kept and an item_error says where it
// broke; with no item read yet the whole feed fails.
//
// Tested by feed_test.cc.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ingest/internal/records.h"
#include "ingest/internal/xml.h"

namespace riposte::ingest::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Collapses runs of whitespace to one space and trims (titles, names).
std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Removes markup from an HTML title and decodes its entities.
std::string StripTags(std::string_view html) {
  std::string plain;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>' && in_tag) {
      in_tag = false;
    } else if (!in_tag) {
      plain.push_back(c);
    }
  }
  std::string decoded;
  AppendXmlDecoded(plain, decoded);
  return decoded;
}

// True iff the text holds something a reader would see: for HTML, a
// character outside tags that is not whitespace or a no-break space entity.
bool HasVisibleText(std::string_view text, bool is_html) {
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (is_html && c == '<') {
      size_t gt = text.find('>', i);
      if (gt == std::string_view::npos) return true;
      i = gt + 1;
    } else if (is_html && c == '&' &&
               (text.substr(i, 6) == "&nbsp;" || text.substr(i, 6) == "&#160;")) {
      i += 6;
    } else if (IsSpace(c)) {
      ++i;
    } else {
      return true;
    }
  }
  return false;
}

// "en-US" -> "en"; "" for values that are not a language tag.
std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : Trim(tag)) {
    if (c == '-' || c == '_') break;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
    out.push_back(static_cast<char>(c | 0x20));
  }
  return out.size() >= 2 && out.size() <= 3 ? out : "";
}

// RSS <author> is "mail@example.com (Jane Doe)" by the spec.
std::string AuthorFromRss(std::string_view raw) {
  std::string s = CollapseSpace(raw);
  size_t open = s.find('(');
  if (open != std::string::npos && !s.empty() && s.back() == ')' &&
      s.substr(0, open).find('@') != std::string::npos) {
    std::string name = Trim(std::string_view(s).substr(open + 1, s.size() - open - 2));
    if (!name.empty()) return name;
  }
  return s;
}

// "#3": the item_errors arg for the 3rd item. (Appending rather than
// "#" + std::to_string(n) dodges a gcc 12 -Wrestrict false positive.)
std::string ItemArg(int n) {
  std::string arg = "#";
  arg += std::to_string(n);
  return arg;
}

bool LooksLikeUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://");
}

// Namespace URIs of the modules we read, and the prefixes we match them by.
struct KnownNamespace {
  std::string_view uri;
  std::string_view prefix;
};
constexpr KnownNamespace kKnownNamespaces[] = {
    {"http://purl.org/rss/1.0/modules/content/", "content"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://www.w3.org/2005/Atom", "atom"},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
};

// Declared prefix -> canonical prefix, learnt from xmlns:* attributes. Scoping
// is ignored: feeds declare their prefixes once, on the root.
class PrefixMap {
 public:
  void Learn(const std::vector<XmlAttribute>& attributes) {
    for (const XmlAttribute& a : attributes) {
      if (!a.name.starts_with("xmlns:")) continue;
      for (const KnownNamespace& ns : kKnownNamespaces) {
        if (a.value == ns.uri) {
          entries_.emplace_back(std::string(a.name.substr(6)), std::string(ns.prefix));
        }
      }
    }
  }
  // "c" + "encoded" -> "content:encoded" when c is bound to the content module.
  std::string Key(std::string_view prefix, std::string_view local) const {
    if (prefix.empty()) return std::string(local);
    std::string canonical(prefix);
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
      if (it->first == prefix) {
        canonical = it->second;
        break;
      }
    }
    return canonical + ":" + std::string(local);
  }

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

enum class TextType { kText, kHtml, kXhtml, kSkip };

// Atom's type attribute ("text", "html", "xhtml" or a media type); content
// with src= lives elsewhere and gives no text.
TextType AtomTextType(const XmlReader& reader) {
  if (reader.Attribute("src") != nullptr) return TextType::kSkip;
  const std::string* type = reader.Attribute("type");
  if (type == nullptr) return TextType::kText;
  std::string t;
  for (char c : Trim(*type)) t.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  if (t.empty() || t == "text") return TextType::kText;
  if (t == "html" || t == "text/html") return TextType::kHtml;
  if (t == "xhtml" || t == "application/xhtml+xml") return TextType::kXhtml;
  if (t.starts_with("text/")) return TextType::kText;
  return TextType::kSkip;
}

enum class FieldKind {
  kNone, kFeedTitle, kFeedLanguage, kFeedAuthorName,
  kTitle, kLink, kGuid, kId, kPubDate, kDcDate, kUpdated, kDescription, kEncoded,
  kSummary, kContent, kCreator, kAuthor, kAuthorName, kSource, kLanguage,
};

// The element whose text is being gathered. Child elements inside it (XHTML
// content, unescaped HTML in a description) make it take the raw markup.
struct Collector {
  FieldKind kind = FieldKind::kNone;
  TextType type = TextType::kText;
  size_t depth = 0;
  size_t raw_begin = 0;
  bool has_children = false;
  std::string text;
};

// Everything an item says, before the choices of FinishItem.
struct ItemDraft {
  int number = 0;
  int line = 0;
  std::string title, guid, id, about, link, link_alternate, link_first;
  bool guid_is_permalink = true;
  std::string pub_date, dc_date, updated;
  std::string description, encoded, summary, content;
  TextType summary_type = TextType::kText, content_type = TextType::kText;
  std::string creator, author, author_name, source, lang;
};

struct ParseState {
  Feed feed;
  bool atom = false;
  std::string feed_author;
  std::string feed_lang;
  std::optional<ItemDraft> item;
  size_t item_depth = 0;
  size_t author_depth = 0;  // open <author> of the feed or the entry (Atom)
  int item_count = 0;
  Collector field;
};

void StoreField(ParseState& st, Collector& f, std::string value) {
  bool html_title = f.type == TextType::kHtml || f.type == TextType::kXhtml;
  if (f.kind == FieldKind::kFeedTitle) {
    st.feed.title = CollapseSpace(html_title ? StripTags(value) : value);
    return;
  }
  if (f.kind == FieldKind::kFeedLanguage) {
    st.feed_lang = PrimaryLanguage(value);
    return;
  }
  if (f.kind == FieldKind::kFeedAuthorName) {
    st.feed_author = CollapseSpace(value);
    return;
  }
  if (!st.item) return;
  ItemDraft& d = *st.item;
  switch (f.kind) {
    case FieldKind::kTitle: d.title = CollapseSpace(html_title ? StripTags(value) : value); break;
    case FieldKind::kLink: d.link = Trim(value); break;
    case FieldKind::kGuid: d.guid = Trim(value); break;
    case FieldKind::kId: d.id = Trim(value); break;
    case FieldKind::kPubDate: d.pub_date = CollapseSpace(value); break;
    case FieldKind::kDcDate: d.dc_date = CollapseSpace(value); break;
    case FieldKind::kUpdated: d.updated = CollapseSpace(value); break;
    case FieldKind::kDescription: d.description = Trim(value); break;
    case FieldKind::kEncoded: d.encoded = Trim(value); break;
    case FieldKind::kSummary: d.summary = Trim(value); d.summary_type = f.type; break;
    case FieldKind::kContent: d.content = Trim(value); d.content_type = f.type; break;
    case FieldKind::kCreator: d.creator = CollapseSpace(value); break;
    case FieldKind::kAuthor: d.author = AuthorFromRss(value); break;
    case FieldKind::kAuthorName: d.author_name = CollapseSpace(value); break;
    case FieldKind::kSource: d.source = CollapseSpace(value); break;
    case FieldKind::kLanguage: d.lang = PrimaryLanguage(value); break;
    default: break;
  }
}

void FinishItem(ParseState& st, ItemDraft& d) {
  RawRecord r;
  r.line = d.line;
  r.title = std::move(d.title);
  r.outlet = std::move(d.source);
  r.lang = !d.lang.empty() ? d.lang : st.feed_lang;
  if (!st.atom) {
    r.id = d.guid;
    r.url = d.link;
    if (r.url.empty() && d.guid_is_permalink && LooksLikeUrl(d.guid)) r.url = d.guid;
    if (r.url.empty()) r.url = d.about;
    r.date = !d.pub_date.empty() ? d.pub_date : d.dc_date;
    r.author = !d.creator.empty() ? d.creator : d.author;
    r.text = d.encoded.size() > d.description.size() ? std::move(d.encoded)
                                                      : std::move(d.description);
    r.text_is_html = true;
  } else {
    r.id = d.id;
    r.url = !d.link_alternate.empty() ? d.link_alternate : d.link_first;
    r.date = !d.pub_date.empty() ? d.pub_date : !d.updated.empty() ? d.updated : d.dc_date;
    r.author = !d.author_name.empty() ? d.author_name : d.creator;
    if (d.content_type == TextType::kSkip) d.content.clear();
    if (d.summary_type == TextType::kSkip) d.summary.clear();
    bool use_content = d.content.size() >= d.summary.size();
    TextType type = use_content ? d.content_type : d.summary_type;
    r.text = use_content ? std::move(d.content) : std::move(d.summary);
    r.text_is_html = type == TextType::kHtml || type == TextType::kXhtml;
  }
  if (!HasVisibleText(r.text, r.text_is_html)) {
    st.feed.item_errors.push_back(
        MakeError(ErrorCode::kMissingField, "item has no text", ItemArg(d.number)));
    return;
  }
  st.feed.items.push_back(std::move(r));
}

void StartField(ParseState& st, const XmlReader& reader, FieldKind kind,
                TextType type = TextType::kText) {
  st.field = Collector{kind, type, reader.depth(), reader.event_end(), false, {}};
}

// An element opened inside an item: pick the field it fills, if any.
void OnItemChild(ParseState& st, const XmlReader& reader, const std::string& key) {
  ItemDraft& d = *st.item;
  if (!st.atom) {
    if (key == "title") StartField(st, reader, FieldKind::kTitle);
    else if (key == "link") StartField(st, reader, FieldKind::kLink);
    else if (key == "guid") {
      const std::string* permalink = reader.Attribute("isPermaLink");
      d.guid_is_permalink = permalink == nullptr || Trim(*permalink) != "false";
      StartField(st, reader, FieldKind::kGuid);
    }
    else if (key == "pubDate") StartField(st, reader, FieldKind::kPubDate);
    else if (key == "dc:date") StartField(st, reader, FieldKind::kDcDate);
    else if (key == "description") StartField(st, reader, FieldKind::kDescription);
    else if (key == "content:encoded") StartField(st, reader, FieldKind::kEncoded);
    else if (key == "dc:creator") StartField(st, reader, FieldKind::kCreator);
    else if (key == "author") StartField(st, reader, FieldKind::kAuthor);
    else if (key == "source") StartField(st, reader, FieldKind::kSource);
    else if (key == "dc:language") StartField(st, reader, FieldKind::kLanguage);
    return;
  }
  if (key == "id") StartField(st, reader, FieldKind::kId);
  else if (key == "title") StartField(st, reader, FieldKind::kTitle, AtomTextType(reader));
  else if (key == "published") StartField(st, reader, FieldKind::kPubDate);
  else if (key == "updated") StartField(st, reader, FieldKind::kUpdated);
  else if (key == "dc:date") StartField(st, reader, FieldKind::kDcDate);
  else if (key == "summary") StartField(st, reader, FieldKind::kSummary, AtomTextType(reader));
  else if (key == "content") StartField(st, reader, FieldKind::kContent, AtomTextType(reader));
  else if (key == "dc:creator") StartField(st, reader, FieldKind::kCreator);
  else if (key == "author") st.author_depth = reader.depth();
  else if (key == "link") {
    const std::string* href = reader.Attribute("href");
    if (href == nullptr || Trim(*href).empty()) return;
    const std::string* rel = reader.Attribute("rel");
    if ((rel == nullptr || Trim(*rel) == "alternate") && d.link_alternate.empty()) {
      d.link_alternate = Trim(*href);
    }
    if (d.link_first.empty()) d.link_first = Trim(*href);
  }
}

void OnStart(ParseState& st, const XmlReader& reader, const std::string& key,
             std::string_view parent) {
  if (st.field.kind != FieldKind::kNone) {
    st.field.has_children = true;
    return;
  }
  size_t depth = reader.depth();
  if (st.item) {
    if (depth == st.item_depth + 1) {
      OnItemChild(st, reader, key);
    } else if (st.atom && st.author_depth != 0 && depth == st.author_depth + 1 && key == "name") {
      StartField(st, reader, FieldKind::kAuthorName);
    }
    return;
  }
  if (key == (st.atom ? "entry" : "item")) {
    st.item.emplace();
    st.item->number = ++st.item_count;
    st.item->line = reader.line();
    if (const std::string* about = reader.Attribute("rdf:about")) st.item->about = Trim(*about);
    if (const std::string* lang = reader.Attribute("xml:lang")) {
      st.item->lang = PrimaryLanguage(*lang);
    }
    st.item_depth = depth;
    return;
  }
  if (!st.atom) {
    if (key == "title" && parent == "channel") StartField(st, reader, FieldKind::kFeedTitle);
    if (key == "language" && parent == "channel") StartField(st, reader, FieldKind::kFeedLanguage);
    return;
  }
  if (depth == 2 && key == "title") {
    StartField(st, reader, FieldKind::kFeedTitle, AtomTextType(reader));
  } else if (depth == 2 && key == "author") {
    st.author_depth = depth;
  } else if (st.author_depth == 2 && depth == 3 && key == "name") {
    StartField(st, reader, FieldKind::kFeedAuthorName);
  }
}

void OnEnd(ParseState& st, const XmlReader& reader, std::string_view xml) {
  size_t depth = reader.depth();
  Collector& f = st.field;
  if (f.kind != FieldKind::kNone && depth == f.depth) {
    std::string value =
        f.has_children ? std::string(xml.substr(f.raw_begin, reader.event_begin() - f.raw_begin))
                       : std::move(f.text);
    StoreField(st, f, std::move(value));
    f = Collector{};
  }
  if (depth == st.author_depth) st.author_depth = 0;
  if (st.item && depth == st.item_depth) {
    FinishItem(st, *st.item);
    st.item.reset();
  }
}

void ApplyFeedAuthor(ParseState& st) {
  if (st.feed_author.empty()) return;
  for (RawRecord& r : st.feed.items) {
    if (r.author.empty()) r.author = st.feed_author;
  }
}

}  // namespace

Result<Feed> ParseFeed(std::string_view utf8_xml) {
  XmlReader reader(utf8_xml);
  ParseState st;
  PrefixMap prefixes;
  std::vector<std::string> keys;  // canonical key of every open element
  for (;;) {
    switch (reader.Next()) {
      case XmlReader::Event::kStart: {
        prefixes.Learn(reader.attributes());
        std::string key = prefixes.Key(reader.prefix(), reader.local_name());
        if (keys.empty()) {
          if (key == "feed" || key == "atom:feed") {
            st.atom = true;
            st.feed.kind = Format::kAtom;
          } else if (key != "rss" && key != "rdf:RDF" && key != "RDF") {
            std::string message = "not an RSS or Atom feed (root element <";
            message += reader.name();
            message += ">)";
            return MakeError(ErrorCode::kMalformed, std::move(message));
          }
          if (const std::string* lang = reader.Attribute("xml:lang")) {
            st.feed_lang = PrimaryLanguage(*lang);
          }
        }
        if (st.atom && key.starts_with("atom:")) key.erase(0, 5);
        std::string_view parent = keys.empty() ? std::string_view() : keys.back();
        OnStart(st, reader, key, parent);
        keys.push_back(std::move(key));
        break;
      }
      case XmlReader::Event::kText:
        if (st.field.kind != FieldKind::kNone && !st.field.has_children) {
          st.field.text += reader.text();
        }
        break;
      case XmlReader::Event::kEnd:
        OnEnd(st, reader, utf8_xml);
        if (!keys.empty()) keys.pop_back();
        break;
      case XmlReader::Event::kDone:
        ApplyFeedAuthor(st);
        return std::move(st.feed);
      case XmlReader::Event::kError: {
        // Whole-feed failures carry the line in arg ("feed.xml:18: ..."); a
        // break after some items is an item error, so the line goes in the text.
        std::string line = std::to_string(reader.error_line());
        if (keys.empty() && st.item_count == 0) {
          return MakeError(ErrorCode::kMalformed,
                           "not an RSS or Atom feed (" + reader.error() + ")", line);
        }
        if (st.feed.items.empty()) {
          return MakeError(ErrorCode::kMalformed, "XML broken: " + reader.error(), line);
        }
        int lost = st.item ? st.item->number : st.item_count + 1;
        st.feed.item_errors.push_back(MakeError(
            ErrorCode::kMalformed,
            "XML broken at line " + line + ": " + reader.error() + "; nothing after it was read",
            ItemArg(lost)));
        ApplyFeedAuthor(st);
        return std::move(st.feed);
      }
    }
  }
}

}  // namespace riposte::ingest::internal
