// The HTML extractor's DOM: parse, flatten, measure.
//
// Algorithm: the page goes through BoundHtmlForParser, then gumbo (with an
// arena allocator, so the tree is freed without gumbo's recursive destroy).
// The tree is flattened in pre-order with an explicit stack; a node's subtree
// is the index range [i, end). Each element is classified once as it is
// flattened (ClassifyElement, html_classify.cc); a block removed only for a
// weak class word ("header") is kept when it holds an <h1>, since it is then
// the story's headline block. MeasureDom adds up, bottom-up over the array,
// the visible text, the link text and the paragraph score (non-link text of
// each block that holds at least kMinParaChars of it) of every kept subtree.
// RescueAndMeasure re-admits "rescuable" boilerplate that turns out to hold
// half of the page's paragraph text (an ASP.NET <form> around the page, a
// wrapper with a misleading class).
//
// Tested by html_test.cc.
#include "ingest/internal/html_chars.h"
#include "ingest/internal/html_dom.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "ingest/internal/html_guard.h"

namespace riposte::ingest::internal {
namespace {

constexpr uint32_t kMinParaChars = 25;


// Visible code points: neither ASCII whitespace nor UTF-8 continuation bytes.
uint32_t CountChars(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) {
    auto b = static_cast<unsigned char>(c);
    if (!IsHtmlSpace(c) && (b & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// Blocks whose text counts as paragraph text when scoring containers.
bool CountsAsParagraph(GumboTag tag) {
  return !IsHeading(tag) && tag != GUMBO_TAG_CAPTION && tag != GUMBO_TAG_FIGCAPTION &&
         tag != GUMBO_TAG_SUMMARY && tag != GUMBO_TAG_LEGEND && tag != GUMBO_TAG_DT &&
         tag != GUMBO_TAG_TH;
}

bool StartsArticle(const GumboNode* g, GumboTag tag) {
  return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_SECTION ||
         HasToken(Attr(g, "role"), "main") ||
         Attr(g, "itemprop").find("articleBody") != std::string_view::npos;
}

}  // namespace

// Every gumbo allocation carries a header linking it into a list, so the
// whole tree is released in one loop.
struct Dom::Arena {
  struct alignas(16) Block {
    Block* prev;
    Block* next;
  };
  Block* head = nullptr;

  static void* Allocate(void* self, size_t size) {
    auto* arena = static_cast<Arena*>(self);
    auto* block = static_cast<Block*>(std::malloc(sizeof(Block) + size));
    if (block == nullptr) std::abort();  // out of memory: nothing sane to do
    block->prev = nullptr;
    block->next = arena->head;
    if (arena->head) arena->head->prev = block;
    arena->head = block;
    return block + 1;
  }
  static void Deallocate(void* self, void* ptr) {
    if (ptr == nullptr) return;
    auto* arena = static_cast<Arena*>(self);
    Block* block = static_cast<Block*>(ptr) - 1;
    if (block->prev) block->prev->next = block->next; else arena->head = block->next;
    if (block->next) block->next->prev = block->prev;
    std::free(block);
  }
  ~Arena() {
    while (head) {
      Block* next = head->next;
      std::free(head);
      head = next;
    }
  }
};

Dom::Dom(std::string_view html) : arena_(std::make_unique<Arena>()) {
  std::string_view safe = BoundHtmlForParser(html, &storage_);
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Deallocate;
  options.userdata = arena_.get();
  options.max_errors = 0;  // gumbo copies the open-element stack per error
  const char* data = safe.empty() ? "" : safe.data();
  GumboOutput* output = gumbo_parse_with_options(&options, data, safe.size());
  if (output == nullptr || output->root == nullptr) return;

  struct Frame {
    const GumboNode* node;
    int32_t parent;
  };
  std::vector<Frame> stack{{output->root, -1}};
  while (!stack.empty()) {
    Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* g = frame.node;
    DomNode d;
    d.node = g;
    d.parent = frame.parent;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
        g->type == GUMBO_NODE_CDATA) {
      d.is_text = true;
    } else if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      d.tag = g->v.element.tag;
    } else {
      continue;  // comments
    }
    if (frame.parent >= 0) {
      const DomNode& p = nodes_[static_cast<size_t>(frame.parent)];
      d.in_link = p.in_link || p.tag == GUMBO_TAG_A;
      d.in_article = p.in_article || StartsArticle(p.node, p.tag);
    }
    if (!d.is_text) {
      d.is_block = IsBlockTag(d.tag);
      d.removal = g->type == GUMBO_NODE_TEMPLATE
                      ? Removal::kHard
                      : ClassifyElement(g, d.tag, d.in_article, &d.weak_removal);
    }
    auto index = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(d);
    if (!d.is_text) {
      const GumboVector& children = g->v.element.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), index});
      }
    }
  }
  for (size_t i = 0; i < nodes_.size(); ++i) nodes_[i].end = static_cast<uint32_t>(i + 1);
  for (size_t i = nodes_.size(); i-- > 1;) {
    DomNode& p = nodes_[static_cast<size_t>(nodes_[i].parent)];
    p.end = std::max(p.end, nodes_[i].end);
  }
  // A block named "header" that holds an <h1> is the story's headline block,
  // not site furniture, and so are its parts ("news-header__lead").
  std::vector<bool> has_h1(nodes_.size(), false);
  for (size_t i = nodes_.size(); i-- > 0;) {
    has_h1[i] = has_h1[i] || nodes_[i].tag == GUMBO_TAG_H1;
    if (nodes_[i].parent >= 0 && has_h1[i]) has_h1[static_cast<size_t>(nodes_[i].parent)] = true;
  }
  std::vector<bool> in_headline(nodes_.size(), false);
  for (size_t i = 0; i < nodes_.size(); ++i) {
    DomNode& d = nodes_[i];
    bool inherited = d.parent >= 0 && in_headline[static_cast<size_t>(d.parent)];
    if (d.weak_removal && (has_h1[i] || inherited)) {
      d.weak_removal = false;
      d.removal = Removal::kKeep;
      in_headline[i] = true;
    }
    in_headline[i] = in_headline[i] || inherited;
  }
  body_ = nodes_.empty() ? -1 : 0;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].tag == GUMBO_TAG_BODY) {
      body_ = static_cast<int>(i);
      break;
    }
  }
}

Dom::~Dom() = default;

void MeasureDom(std::vector<DomNode>& nodes, bool firm_only) {
  auto removed = [firm_only](const DomNode& d) {
    return firm_only ? (d.removal == Removal::kHard || d.removal == Removal::kFirm)
                     : d.removal != Removal::kKeep;
  };
  for (DomNode& d : nodes) {
    d.text = d.link = d.inline_text = d.inline_link = 0;
    d.para = 0;
  }
  for (size_t i = nodes.size(); i-- > 0;) {
    DomNode& d = nodes[i];
    if (d.is_text) {
      d.text = CountChars(d.node->v.text.text);
      d.inline_text = d.text;
      if (d.in_link) d.link = d.inline_link = d.text;
    } else if (d.is_block && CountsAsParagraph(d.tag)) {
      uint32_t own = d.inline_text - d.inline_link;
      if (own >= kMinParaChars && d.inline_link * 2 <= d.inline_text && !d.teaser) {
        d.para += own;
      }
    }
    if (d.parent < 0 || removed(d)) continue;
    DomNode& p = nodes[static_cast<size_t>(d.parent)];
    p.text += d.text;
    p.link += d.link;
    p.para += d.para;
    if (!d.is_block) {
      p.inline_text += d.inline_text;
      p.inline_link += d.inline_link;
    }
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    DomNode& d = nodes[i];
    d.excluded = removed(d) || (d.parent >= 0 && nodes[static_cast<size_t>(d.parent)].excluded);
  }
}

namespace {

// Whether a node is a headline made of a link: a heading (or a link holding
// one) whose text is all link text.
bool IsLinkedHeadline(const std::vector<DomNode>& nodes, size_t i) {
  const DomNode& d = nodes[i];
  if (d.is_text || d.text == 0 || d.link * 10 < d.text * 9) return false;
  if (IsHeading(d.tag)) return true;
  if (d.tag != GUMBO_TAG_A) return false;
  for (size_t k = i + 1; k < d.end && k < i + 64; ++k) {  // a card link, not a page
    if (IsHeading(nodes[k].tag) && !nodes[k].is_text) return true;
  }
  return false;
}

void MarkTeasers(std::vector<DomNode>& nodes) {
  for (size_t p = 0; p < nodes.size(); ++p) {
    if (nodes[p].is_text) continue;
    size_t prev = static_cast<size_t>(-1);
    for (size_t c = p + 1; c < nodes[p].end; c = nodes[c].end) {
      if (nodes[c].is_text) continue;
      if (prev != static_cast<size_t>(-1) && nodes[c].is_block && IsLinkedHeadline(nodes, prev)) {
        nodes[c].teaser = true;
      }
      prev = c;
    }
  }
}

}  // namespace

void RescueAndMeasure(std::vector<DomNode>& nodes, int body) {
  if (body < 0) return;
  MeasureDom(nodes, /*firm_only=*/true);
  uint64_t total = nodes[static_cast<size_t>(body)].para;
  constexpr uint64_t kMinRescue = 200;
  size_t i = static_cast<size_t>(body);
  const size_t stop = nodes[i].end;
  while (i < stop) {
    DomNode& d = nodes[i];
    if (d.is_text || d.removal == Removal::kHard || d.removal == Removal::kFirm) {
      i = d.is_text ? i + 1 : d.end;
      continue;
    }
    if (d.removal == Removal::kRescuable) {
      if (d.para >= kMinRescue && d.para * 2 >= total) {
        d.removal = Removal::kKeep;
      } else {
        i = d.end;
        continue;
      }
    }
    ++i;
  }
  MarkTeasers(nodes);
  MeasureDom(nodes, /*firm_only=*/false);
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (node == nullptr || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)) {
    return {};
  }
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string ElementName(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(node->v.element.tag);
  }
  GumboStringPiece piece = node->v.element.original_tag;
  if (piece.data == nullptr || piece.length == 0) return {};
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, std::min<size_t>(piece.length, 64));
  for (char& c : name) c = LowerAscii(c);
  return name;
}

std::string LowerText(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    auto b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      out[i] = LowerAscii(out[i]);
    } else if (b == 0xD0 && i + 1 < out.size()) {
      auto c = static_cast<unsigned char>(out[i + 1]);
      if (c >= 0x90 && c <= 0x9F) {  // А..П -> а..п
        out[i + 1] = static_cast<char>(c + 0x20);
      } else if (c >= 0xA0 && c <= 0xAF) {  // Р..Я -> р..я
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(c - 0x20);
      } else if (c >= 0x80 && c <= 0x8F) {  // Ѐ..Џ (Ё among them) -> ѐ..џ
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(c + 0x10);
      }
      ++i;
    }
  }
  return out;
}

void AppendCollapsed(std::string& out, std::string_view text, bool& pending_space) {
  for (char c : text) {
    if (IsHtmlSpace(c)) {
      if (!out.empty() && out.back() != '\n') pending_space = true;
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
}

std::string SubtreeText(const std::vector<DomNode>& nodes, int index, bool skip_time,
                        size_t limit) {
  std::string out;
  if (index < 0 || nodes[static_cast<size_t>(index)].excluded) return out;
  bool pending = false;
  size_t i = static_cast<size_t>(index);
  const size_t stop = nodes[i].end;
  while (i < stop && out.size() < limit) {
    const DomNode& d = nodes[i];
    if (d.is_text) {
      AppendCollapsed(out, d.node->v.text.text, pending);
      ++i;
    } else if (i != static_cast<size_t>(index) &&
               (d.excluded || (skip_time && d.tag == GUMBO_TAG_TIME))) {
      i = d.end;
    } else {
      if (d.is_block || d.tag == GUMBO_TAG_BR) pending = !out.empty();
      ++i;
    }
  }
  if (out.size() > limit) {  // cut on a character boundary
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

std::string RawText(const std::vector<DomNode>& nodes, size_t index, size_t limit) {
  std::string out;
  for (size_t i = index + 1; i < nodes[index].end && out.size() < limit; ++i) {
    if (nodes[i].is_text) out += nodes[i].node->v.text.text;
  }
  if (out.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsHtmlSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsHtmlSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool HasToken(std::string_view text, std::string_view token) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsHtmlSpace(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsHtmlSpace(text[i])) ++i;
    if (i - start == token.size() && i > start) {
      bool same = true;
      for (size_t k = 0; k < token.size() && same; ++k) {
        same = LowerAscii(text[start + k]) == LowerAscii(token[k]);
      }
      if (same) return true;
    }
  }
  return false;
}

}  // namespace riposte::ingest::internal
