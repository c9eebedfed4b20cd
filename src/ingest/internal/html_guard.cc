// Parser guard for ExtractHtml: bounds the depth and width of the tree that
// gumbo will build, so that parsing stays linear in the input size.
//
// Algorithm: one pass over the bytes with a small HTML tokenizer (comments,
// doctypes, CDATA, raw-text elements such as <script>, start and end tags
// with quoted attribute values). Every tag updates a model of the tree
// builder's stack of open elements and of its list of active formatting
// elements. The model follows the HTML rules that decide depth: void
// elements, raw-text elements, <p> closed by block starts, <li>/<dd>/<dt>/
// <td>/<tr> closing their open sibling, end tags popping to their match only
// when it is in scope, formatting end tags popping only when no special
// element sits above them, foreign (SVG/MathML) content with self-closing
// tags. Where the real rules are more involved (the adoption agency) the
// model keeps elements open, so it errs on the deep side. A start tag that
// would push the model past kMaxHtmlDepth, or keep more than
// kMaxOpenFormatting formatting elements open since the last table cell, is
// cut out of the page together with its end tag; attribute lists longer than
// kMaxHtmlAttributes are cut. The stack never exceeds kMaxHtmlDepth, so every
// tag costs O(kMaxHtmlDepth) at most.
//
// Tested by html_test.cc.
#include "ingest/internal/html_chars.h"
#include "ingest/internal/html_guard.h"

#include <gumbo.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <unordered_map>
#include <vector>

namespace riposte::ingest::internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

enum : uint16_t {
  kVoid = 1 << 0,           // never has content: <br>, <img>, <meta>...
  kRawText = 1 << 1,        // content is text up to the end tag: <script>...
  kFormatting = 1 << 2,     // <a>, <b>, <font>...: re-opened by gumbo
  kSpecial = 1 << 3,        // the HTML spec's "special" category
  kClosesP = 1 << 4,        // start tag closes an open <p> in button scope
  kScopeBoundary = 1 << 5,  // ends "has an element in scope" searches
  kTableScope = 1 << 6,     // ends "in table scope" searches
  kHeading = 1 << 7,        // h1..h6
  kTablePart = 1 << 8,      // end tag searched in table scope
  kRoot = 1 << 9,           // html, head, body: merged by gumbo, not modelled
  kMarker = 1 << 10,        // pushes a marker on the formatting list
  kBreakout = 1 << 11,      // leaves SVG/MathML content
  kIntegration = 1 << 12,   // SVG/MathML element whose children are HTML
  kTableOnly = 1 << 13,     // ignored by gumbo outside a <table>
};

using TagFlags = std::array<uint16_t, GUMBO_TAG_LAST + 1>;

void Mark(TagFlags& flags, std::initializer_list<const char*> names, uint16_t bit) {
  for (const char* name : names) {
    GumboTag tag = gumbo_tag_enum(name);
    if (tag != GUMBO_TAG_UNKNOWN && tag != GUMBO_TAG_LAST) flags[tag] |= bit;
  }
}

const TagFlags& Flags() {
  static const TagFlags kFlags = [] {
    TagFlags f{};
    Mark(f, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
             "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"},
         kVoid);
    Mark(f, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
             "noframes", "plaintext"},
         kRawText);
    Mark(f, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
             "strong", "tt", "u"},
         kFormatting);
    Mark(f, {"address", "applet", "area", "article", "aside", "base", "basefont",
             "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col",
             "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
             "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2",
             "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe",
             "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu",
             "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p",
             "param", "plaintext", "pre", "script", "section", "select", "source",
             "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot",
             "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"},
         kSpecial);
    Mark(f, {"address", "article", "aside", "blockquote", "center", "details", "dialog",
             "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
             "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1",
             "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "li",
             "dd", "dt", "plaintext", "xmp"},
         kClosesP);
    Mark(f, {"applet", "caption", "html", "table", "td", "th", "marquee", "object",
             "template"},
         kScopeBoundary);
    Mark(f, {"html", "table", "template"}, kTableScope);
    Mark(f, {"h1", "h2", "h3", "h4", "h5", "h6"}, kHeading);
    Mark(f, {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"}, kTablePart);
    Mark(f, {"html", "head", "body"}, kRoot);
    Mark(f, {"applet", "object", "marquee", "template", "td", "th", "caption"}, kMarker);
    Mark(f, {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl",
             "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i",
             "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
             "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul",
             "var"},
         kBreakout);
    Mark(f, {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext",
             "annotation-xml"},
         kIntegration);
    Mark(f, {"tbody", "thead", "tfoot", "tr", "td", "th", "caption", "col", "colgroup"},
         kTableOnly);
    return f;
  }();
  return kFlags;
}

// Known tags are keyed by their GumboTag; unknown names by a hash with the
// top bit set (a collision only merges two custom element names).
constexpr uint32_t kUnknownBit = 0x80000000u;
constexpr uint32_t kMarkerKey = 0xffffffffu;

uint16_t FlagsOf(uint32_t key) { return key < GUMBO_TAG_LAST ? Flags()[key] : 0; }

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

uint32_t KeyOf(std::string_view name) {
  char buf[32] = {};
  if (name.size() < sizeof buf) {
    for (size_t i = 0; i < name.size(); ++i) buf[i] = LowerAscii(name[i]);
    GumboTag tag = gumbo_tagn_enum(buf, static_cast<unsigned>(name.size()));
    if (tag != GUMBO_TAG_UNKNOWN && tag != GUMBO_TAG_LAST) return static_cast<uint32_t>(tag);
  }
  uint32_t hash = 2166136261u;  // FNV-1a over the lower-cased name
  for (char c : name) hash = (hash ^ static_cast<uint8_t>(LowerAscii(c))) * 16777619u;
  return hash | kUnknownBit;
}

struct Tag {
  size_t begin = 0;
  size_t end = 0;           // one past '>'
  bool is_end = false;
  bool self_closing = false;
  size_t cut = kNpos;       // end of the last attribute kept, if some are cut
  std::string_view name;
};

// Tokenizes the tag starting at s[begin] == '<'. False when the input ends
// inside the tag (gumbo then drops it, and so does the rest of the scan).
bool ParseTag(std::string_view s, size_t begin, Tag* tag) {
  size_t i = begin + 1;
  tag->begin = begin;
  tag->is_end = s[i] == '/';
  if (tag->is_end) ++i;
  size_t name_begin = i;
  while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '/' && s[i] != '>') ++i;
  tag->name = s.substr(name_begin, i - name_begin);
  size_t attributes = 0;
  while (true) {
    while (i < s.size() && IsHtmlSpace(s[i])) ++i;
    if (i >= s.size()) return false;
    if (s[i] == '>') break;
    if (s[i] == '/') {
      ++i;
      if (i < s.size() && s[i] == '>') {
        tag->self_closing = true;
        break;
      }
      continue;
    }
    ++i;  // the first character belongs to the name, even '='
    while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    size_t j = i;
    while (j < s.size() && IsHtmlSpace(s[j])) ++j;
    if (j < s.size() && s[j] == '=') {
      i = j + 1;
      while (i < s.size() && IsHtmlSpace(s[i])) ++i;
      if (i >= s.size()) return false;
      if (s[i] == '"' || s[i] == '\'') {
        size_t close = s.find(s[i], i + 1);
        if (close == kNpos) return false;
        i = close + 1;
      } else {
        while (i < s.size() && !IsHtmlSpace(s[i]) && s[i] != '>') ++i;
      }
    }
    if (++attributes == kMaxHtmlAttributes) tag->cut = i;
  }
  tag->end = i + 1;
  if (attributes <= kMaxHtmlAttributes) tag->cut = kNpos;
  return true;
}

// Position just past the '>' at or after `from`, or the end of input.
size_t SkipPast(std::string_view s, size_t from, std::string_view terminator) {
  size_t at = s.find(terminator, from);
  return at == kNpos ? s.size() : at + terminator.size();
}

// Skips the content of a raw-text element and its end tag.
size_t SkipRawText(std::string_view s, size_t from, uint32_t key) {
  size_t at = from;
  while ((at = s.find("</", at)) != kNpos) {
    size_t name_end = at + 2;
    while (name_end < s.size() && !IsHtmlSpace(s[name_end]) && s[name_end] != '/' &&
           s[name_end] != '>') {
      ++name_end;
    }
    if (name_end > at + 2 && KeyOf(s.substr(at + 2, name_end - at - 2)) == key) {
      Tag tag;
      return ParseTag(s, at, &tag) ? tag.end : s.size();
    }
    at += 2;
  }
  return s.size();
}

// The model of gumbo's stack of open elements and formatting list.
class StackModel {
 public:
  bool InForeign() const { return !stack_.empty() && stack_.back().foreign; }

  // False when the start tag must be cut out.
  bool Start(uint32_t key, bool self_closing) {
    uint16_t f = FlagsOf(key);
    if (f & kRoot) return true;
    // A tag that will be cut must not change the model: decide first.
    bool contentless = (f & (kVoid | kRawText)) || (self_closing && InForeign());
    bool reopens = (key == GUMBO_TAG_A || key == GUMBO_TAG_NOBR) && FormattingOpen(key);
    if (!contentless && (stack_.size() >= kMaxHtmlDepth ||
                         ((f & kFormatting) && !reopens &&
                          OpenFormattingCount() >= kMaxOpenFormatting))) {
      ++dropped_[key];
      return false;
    }
    if (InForeign()) {
      if (!(f & kBreakout)) {
        if (self_closing) return true;
        // <foreignObject>, <desc>, SVG <title> and MathML token elements hold
        // HTML again.
        bool html_inside = (FlagsOf(key) & kIntegration) != 0;
        return Push(key, !html_inside);
      }
      while (InForeign()) Pop();
    }
    if (f & (kVoid | kRawText)) return true;
    if ((f & kTableOnly) && !TableOpen()) return true;  // gumbo ignores it
    if (key == GUMBO_TAG_SVG || key == GUMBO_TAG_MATH) return self_closing || Push(key, true);
    if (f & kFormatting) {
      if (reopens) CloseFormatting(key);
      formatting_.push_back(key);
      return Push(key, false);
    }
    if (key == GUMBO_TAG_FORM) {
      if (form_open_) return true;  // gumbo ignores a nested <form>
      form_open_ = true;
    }
    if (f & kClosesP) PopThroughInScope(GUMBO_TAG_P, kScopeBoundary, GUMBO_TAG_BUTTON);
    if (key == GUMBO_TAG_LI) {
      CloseListItem(GUMBO_TAG_LI, GUMBO_TAG_LI);
    } else if (key == GUMBO_TAG_DD || key == GUMBO_TAG_DT) {
      CloseListItem(GUMBO_TAG_DD, GUMBO_TAG_DT);
    } else if (f & kHeading) {
      if (!stack_.empty() && (FlagsOf(stack_.back().key) & kHeading)) Pop();
    } else if (key == GUMBO_TAG_TD || key == GUMBO_TAG_TH) {
      PopThroughInScope(GUMBO_TAG_TD, kTableScope);
      PopThroughInScope(GUMBO_TAG_TH, kTableScope);
    } else if (key == GUMBO_TAG_TR) {
      PopThroughInScope(GUMBO_TAG_TR, kTableScope);
    } else if (key == GUMBO_TAG_OPTION || key == GUMBO_TAG_OPTGROUP) {
      if (!stack_.empty() && stack_.back().key == GUMBO_TAG_OPTION) Pop();
      if (key == GUMBO_TAG_OPTGROUP && !stack_.empty() &&
          stack_.back().key == GUMBO_TAG_OPTGROUP) {
        Pop();
      }
    }
    return Push(key, false);
  }

  // False when the end tag must be cut out (its start tag was).
  bool End(uint32_t key) {
    if (auto it = dropped_.find(key); it != dropped_.end() && it->second > 0) {
      --it->second;
      return false;
    }
    uint16_t f = FlagsOf(key);
    if (f & kRoot) return true;
    for (size_t i = stack_.size(); i > 0 && stack_[i - 1].foreign; --i) {
      if (stack_[i - 1].key == key) {
        PopTo(i - 1);
        return true;
      }
    }
    if (f & kFormatting) {
      CloseFormatting(key);
    } else if (key == GUMBO_TAG_FORM) {
      // </form> takes the form element out of the stack and leaves what was
      // opened inside it open.
      for (size_t i = stack_.size(); form_open_ && i > 0; --i) {
        if (stack_[i - 1].key == GUMBO_TAG_FORM) {
          stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(i - 1));
          break;
        }
      }
      form_open_ = false;
    } else if (key == GUMBO_TAG_P) {
      PopThroughInScope(GUMBO_TAG_P, kScopeBoundary, GUMBO_TAG_BUTTON);
    } else if (key == GUMBO_TAG_LI) {
      PopThroughInScope(GUMBO_TAG_LI, kScopeBoundary, GUMBO_TAG_OL, GUMBO_TAG_UL);
    } else if (f & kHeading) {
      for (size_t i = stack_.size(); i > 0; --i) {
        uint16_t g = FlagsOf(stack_[i - 1].key);
        if (g & kHeading) {
          PopTo(i - 1);
          break;
        }
        if (g & kScopeBoundary) break;
      }
    } else if (f & kTablePart) {
      if (TableOpen()) PopThroughInScope(key, kTableScope);
    } else if (f & kSpecial) {
      PopThroughInScope(key, kScopeBoundary);
    } else {
      for (size_t i = stack_.size(); i > 0; --i) {
        if (stack_[i - 1].key == key) {
          PopTo(i - 1);
          break;
        }
        if (FlagsOf(stack_[i - 1].key) & kSpecial) break;
      }
    }
    return true;
  }

 private:
  struct Entry {
    uint32_t key;
    bool foreign;  // its children are SVG/MathML
  };

  bool Push(uint32_t key, bool foreign) {
    if (stack_.size() >= kMaxHtmlDepth) {
      ++dropped_[key];
      return false;
    }
    stack_.push_back({key, foreign});
    if (FlagsOf(key) & kMarker) formatting_.push_back(kMarkerKey);
    return true;
  }

  void Pop() {
    uint32_t key = stack_.back().key;
    stack_.pop_back();
    if (FlagsOf(key) & kMarker) {
      while (!formatting_.empty()) {
        uint32_t last = formatting_.back();
        formatting_.pop_back();
        if (last == kMarkerKey) break;
      }
    }
  }

  // Pops entries until the stack holds `size` of them.
  void PopTo(size_t size) {
    while (stack_.size() > size) Pop();
  }

  // Pops through the last `key` unless a scope boundary (or `extra_a`,
  // `extra_b`) comes first.
  void PopThroughInScope(uint32_t key, uint16_t boundary, uint32_t extra_a = kMarkerKey,
                         uint32_t extra_b = kMarkerKey) {
    for (size_t i = stack_.size(); i > 0; --i) {
      uint32_t k = stack_[i - 1].key;
      if (k == key) {
        PopTo(i - 1);
        return;
      }
      if ((FlagsOf(k) & boundary) || k == extra_a || k == extra_b) return;
    }
  }

  // <li> closes an open <li> unless a special element (other than address,
  // div, p) is in between; <dd>/<dt> likewise.
  void CloseListItem(uint32_t a, uint32_t b) {
    for (size_t i = stack_.size(); i > 0; --i) {
      uint32_t k = stack_[i - 1].key;
      if (k == a || k == b) {
        PopTo(i - 1);
        return;
      }
      if ((FlagsOf(k) & kSpecial) && k != GUMBO_TAG_ADDRESS && k != GUMBO_TAG_DIV &&
          k != GUMBO_TAG_P) {
        return;
      }
    }
  }

  // Forgets the last open `key` formatting element and pops it when nothing
  // special is above it (the adoption agency's simple case).
  void CloseFormatting(uint32_t key) {
    for (size_t i = formatting_.size(); i > 0 && formatting_[i - 1] != kMarkerKey; --i) {
      if (formatting_[i - 1] == key) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(i - 1));
        break;
      }
    }
    for (size_t i = stack_.size(); i > 0; --i) {
      uint32_t k = stack_[i - 1].key;
      if (k == key) {
        PopTo(i - 1);
        return;
      }
      if (FlagsOf(k) & kSpecial) return;
    }
  }

  bool TableOpen() const {
    for (size_t i = stack_.size(); i > 0; --i) {
      if (stack_[i - 1].key == GUMBO_TAG_TABLE) return true;
    }
    return false;
  }

  bool FormattingOpen(uint32_t key) const {
    for (size_t i = formatting_.size(); i > 0 && formatting_[i - 1] != kMarkerKey; --i) {
      if (formatting_[i - 1] == key) return true;
    }
    return false;
  }

  size_t OpenFormattingCount() const {
    size_t n = 0;
    for (size_t i = formatting_.size(); i > 0 && formatting_[i - 1] != kMarkerKey; --i) ++n;
    return n;
  }

  std::vector<Entry> stack_;
  std::vector<uint32_t> formatting_;  // keys and markers, like gumbo's list
  std::unordered_map<uint32_t, uint32_t> dropped_;  // cut start tags awaiting their end
  bool form_open_ = false;  // gumbo's form element pointer is set
};

// Copies the input lazily: nothing is copied until the first edit.
class Rewriter {
 public:
  Rewriter(std::string_view in, std::string* out) : in_(in), out_(out) {}
  void Replace(size_t begin, size_t end, std::string_view with) {
    if (!active_) {
      out_->clear();
      out_->reserve(in_.size());
      active_ = true;
    }
    out_->append(in_.substr(copied_, begin - copied_));
    out_->append(with);
    copied_ = end;
  }
  std::string_view Finish() {
    if (!active_) return in_;
    out_->append(in_.substr(copied_));
    return *out_;
  }

 private:
  std::string_view in_;
  std::string* out_;
  size_t copied_ = 0;
  bool active_ = false;
};

}  // namespace

std::string_view BoundHtmlForParser(std::string_view html, std::string* storage,
                                    GuardReport* report) {
  GuardReport local;
  GuardReport& r = report ? *report : local;
  Rewriter rewriter(html, storage);
  StackModel model;
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    size_t lt = html.find('<', i);
    if (lt == kNpos || lt + 1 >= n) break;
    char c = html[lt + 1];
    if (c == '!') {
      if (html.compare(lt, 4, "<!--") == 0) {
        if (html.compare(lt + 4, 1, ">") == 0) {
          i = lt + 5;
        } else if (html.compare(lt + 4, 2, "->") == 0) {
          i = lt + 6;
        } else {
          i = SkipPast(html, lt + 4, "-->");
        }
      } else if (html.compare(lt, 9, "<![CDATA[") == 0 && model.InForeign()) {
        i = SkipPast(html, lt + 9, "]]>");
      } else {
        i = SkipPast(html, lt + 2, ">");
      }
      continue;
    }
    if (c == '?') {
      i = SkipPast(html, lt + 2, ">");
      continue;
    }
    bool is_end = c == '/';
    char first = is_end ? (lt + 2 < n ? html[lt + 2] : '\0') : c;
    if (!IsAlpha(first)) {
      i = is_end ? SkipPast(html, lt + 2, ">") : lt + 1;
      continue;
    }
    Tag tag;
    if (!ParseTag(html, lt, &tag)) break;
    uint32_t key = KeyOf(tag.name);
    size_t next = tag.end;
    bool keep;
    if (is_end) {
      keep = model.End(key);
    } else {
      bool was_foreign = model.InForeign();
      keep = model.Start(key, tag.self_closing);
      if (!was_foreign && (FlagsOf(key) & kRawText)) {
        next = key == GUMBO_TAG_PLAINTEXT ? n : SkipRawText(html, tag.end, key);
      }
    }
    if (!keep) {
      rewriter.Replace(tag.begin, tag.end, {});
      ++r.dropped_tags;
    } else if (tag.cut != kNpos) {
      rewriter.Replace(tag.cut, tag.end, tag.self_closing ? "/>" : ">");
      ++r.trimmed_tags;
    }
    i = next;
  }
  return rewriter.Finish();
}

}  // namespace riposte::ingest::internal
