// ExtractHtml: the main text and metadata of a news page.
//
// Algorithm:
//  1. Parse and classify (html_dom.cc): gumbo's tree, flattened; scripts,
//     navigation, footers, forms, cookie banners, share bars, comments,
//     related/most-read lists... marked as boilerplate by tag, ARIA role and
//     class/id words; then every kept subtree is measured (text, link text,
//     paragraph text = non-link text of blocks holding >= 25 characters).
//  2. Pick the root(s) of the story:
//     a. Semantic markup first: the outermost <article>, role=article and
//        itemprop=articleBody elements. If several of them together hold
//        most of the page's paragraph text and none dominates, the page is a
//        live blog or feed: the root is their lowest common ancestor, so
//        every entry is kept. If one holds >= 40% of it, it is the root.
//     b. Otherwise descend from <body> into the child holding >= 60% of the
//        current node's paragraph text, while there is one and it is a
//        container rather than a single paragraph.
//     A root that is its parent's only child with text stands for the
//     parent. Siblings of the root join it when they are the headline block
//     before it (they hold the <h1>: standfirst, byline), a single paragraph of
//     >= 80 characters of non-link prose (a standfirst, a paragraph split off
//     by an ad slot) or, after a descent, carry >= 20% of the root's
//     paragraph text with almost no links.
//  3. Render each root in document order: block elements end paragraphs
//     (joined by "\n\n"), whitespace collapses to one space, <br> is "\n"
//     and two <br> in a row end a paragraph, <pre> keeps its lines. Inside a
//     root, blocks that are mostly links and hold little prose are skipped,
//     and short furniture lines ("Read more", "Advertisement", "(c) 2025 ...
//     All rights reserved", "Читайте также") are dropped.
//  4. Metadata (html_meta.cc): title, url, outlet, author and date from meta
//     tags, JSON-LD, microdata and bylines; the date may also come from the
//     first <time datetime> of the story, the title from the <title> part
//     that the page shows as its heading. The paragraph repeating the title
//     (the <h1>, among the first five) is dropped from the text.
// Every step is a loop over the node array: linear in the page, no recursion.
//
// Tested by html_test.cc.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "ingest/ingest.h"
#include "ingest/internal/html_dom.h"
#include "ingest/internal/html_meta.h"

namespace riposte::ingest {
namespace internal {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

bool IsHeadingTag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool IsSemanticArticle(const DomNode& d) {
  return d.tag == GUMBO_TAG_ARTICLE || HasToken(Attr(d.node, "role"), "article") ||
         Attr(d.node, "itemprop").find("articleBody") != std::string_view::npos;
}

// Blocks that are one paragraph: the descent stops above them.
bool IsParagraphTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

// Link share of a subtree's text, in [0, 1].
double LinkDensity(const DomNode& d) {
  return d.text == 0 ? 0.0 : static_cast<double>(d.link) / d.text;
}

// The deepest node whose subtree holds every index in `set` (sorted).
size_t CommonAncestor(const std::vector<DomNode>& nodes, const std::vector<size_t>& set) {
  size_t node = set.front();
  while (nodes[node].parent >= 0 && nodes[node].end <= set.back()) {
    node = static_cast<size_t>(nodes[node].parent);
  }
  return node;
}

// Whether a sibling of the story root belongs to the story. `by_share`
// admits siblings carrying a fifth of the root's paragraph text (used when
// the root was found by descent, not by markup).
bool SiblingBelongs(const std::vector<DomNode>& nodes, size_t sibling, size_t root,
                    bool by_share) {
  const DomNode& s = nodes[sibling];
  if (s.is_text || s.excluded || s.text == 0) return false;
  if (by_share && s.para * 5 >= nodes[root].para && LinkDensity(s) < 0.15) return true;
  // One paragraph of prose: a standfirst, a paragraph split off by an ad.
  bool paragraph = s.tag == GUMBO_TAG_P || s.tag == GUMBO_TAG_BLOCKQUOTE ||
                   s.tag == GUMBO_TAG_PRE || s.inline_text == s.text;
  if (paragraph && s.text - s.link >= 80 && LinkDensity(s) < 0.25) return true;
  // The headline block before the body (headline, standfirst, byline).
  if (sibling < root && LinkDensity(s) < 0.5) {
    for (size_t i = sibling; i < s.end; ++i) {
      if (!nodes[i].is_text && nodes[i].excluded) {
        i = nodes[i].end - 1;
      } else if (nodes[i].tag == GUMBO_TAG_H1 && !nodes[i].is_text) {
        return true;
      }
    }
  }
  return false;
}

// The root plus the siblings that belong with it, in document order.
std::vector<size_t> WithSiblings(const std::vector<DomNode>& nodes, size_t root, size_t body,
                                 bool by_share) {
  // A root that is the only child with text of its parent stands for the
  // parent: its siblings are the parent's.
  while (root != body && nodes[root].parent >= 0) {
    auto parent = static_cast<size_t>(nodes[root].parent);
    bool alone = true;
    for (size_t c = parent + 1; c < nodes[parent].end && alone; c = nodes[c].end) {
      alone = c == root || nodes[c].excluded || nodes[c].text == 0;
    }
    if (!alone) break;
    root = parent;
  }
  if (root == body || nodes[root].parent < 0) return {root};
  std::vector<size_t> roots;
  auto parent = static_cast<size_t>(nodes[root].parent);
  for (size_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
    if (c == root || SiblingBelongs(nodes, c, root, by_share)) roots.push_back(c);
  }
  return roots;
}

std::vector<size_t> ChooseRoots(const std::vector<DomNode>& nodes, size_t body) {
  const uint64_t total = nodes[body].para;
  if (total == 0) return {body};

  std::vector<size_t> articles;
  for (size_t i = body + 1; i < nodes[body].end;) {
    const DomNode& d = nodes[i];
    if (d.is_text) {
      ++i;
    } else if (d.excluded) {
      i = d.end;
    } else if (IsSemanticArticle(d) && d.para > 0 && LinkDensity(d) < 0.3) {
      articles.push_back(i);
      i = d.end;
    } else {
      ++i;
    }
  }
  if (!articles.empty()) {
    uint64_t sum = 0;
    size_t best = articles.front();
    for (size_t a : articles) {
      sum += nodes[a].para;
      if (nodes[a].para > nodes[best].para) best = a;
    }
    if (articles.size() >= 2 && sum * 10 >= total * 6 && nodes[best].para * 10 < sum * 7) {
      // A live page or feed.
      return WithSiblings(nodes, CommonAncestor(nodes, articles), body, false);
    }
    if (nodes[best].para * 10 >= total * 4) return WithSiblings(nodes, best, body, false);
  }

  size_t cur = body;
  while (true) {
    size_t best = kNone;
    for (size_t c = cur + 1; c < nodes[cur].end; c = nodes[c].end) {
      const DomNode& d = nodes[c];
      if (d.is_text || d.excluded) continue;
      if (best == kNone || d.para > nodes[best].para) best = c;
    }
    if (best != kNone && IsParagraphTag(nodes[best].tag)) break;  // a container is the root
    if (best == kNone || nodes[best].para == 0 || nodes[best].para * 10 < nodes[cur].para * 6) {
      break;
    }
    cur = best;
  }
  return WithSiblings(nodes, cur, body, true);
}

// Short lines that are page furniture even inside the story container.
bool IsFurnitureLine(std::string_view paragraph) {
  if (paragraph.size() > 200) return false;
  std::string lower = LowerText(paragraph);
  static constexpr std::string_view kExact[] = {
      "share", "tweet", "email", "print", "comments", "advertisement", "ad", "close", "menu",
      "skip to content", "skip to main content", "back to top", "loading", "loading..."};
  for (std::string_view e : kExact) {
    if (lower == e) return true;
  }
  static constexpr std::string_view kPrefixes[] = {
      "read more", "read also", "also read", "read next", "related:", "related articles",
      "related stories", "related coverage", "see also", "advertisement", "sponsored content",
      "story continues below", "continue reading", "subscribe to", "subscribe now",
      "sign up for", "sign up to", "follow us", "share this", "share on", "click here",
      "most read", "most popular", "you may also like", "you might also like",
      "recommended for you", "\u00a9", "copyright \u00a9", "(c) 20", "we use cookies",
      "this website uses cookies", "this site uses cookies", "accept all cookies",
      "читайте также", "читать также", "смотрите также", "реклама", "подписывайтесь",
      "подпишитесь", "поделиться"};
  for (std::string_view p : kPrefixes) {
    if (lower.compare(0, p.size(), p) == 0) return true;
  }
  return lower.find("all rights reserved") != std::string::npos ||
         lower.find("все права защищены") != std::string::npos;
}

// Turns root subtrees into paragraphs.
class Renderer {
 public:
  explicit Renderer(const std::vector<DomNode>& nodes) : nodes_(nodes) {}

  void Render(size_t root) {
    struct Open {
      size_t end;
      GumboTag tag;
      bool block;
    };
    std::vector<Open> open;
    auto close = [&] {
      Open o = open.back();
      open.pop_back();
      if (o.block) {
        Flush(o.tag);
        blocks_.pop_back();
      }
      if (o.tag == GUMBO_TAG_PRE) --pre_;
    };
    for (size_t i = root; i < nodes_[root].end;) {
      while (!open.empty() && open.back().end <= i) close();
      const DomNode& d = nodes_[i];
      if (d.is_text) {
        Append(d.node->v.text.text);
        ++i;
        continue;
      }
      if (i != root && (d.excluded || IsLinkBlock(d))) {
        i = d.end;
        continue;
      }
      if (d.tag == GUMBO_TAG_BR) {
        LineBreak();
        ++i;
        continue;
      }
      if (d.is_block) {
        Flush(CurrentBlock());
        blocks_.push_back(d.tag);
      }
      if (d.tag == GUMBO_TAG_PRE) ++pre_;
      open.push_back({d.end, d.tag, d.is_block});
      ++i;
    }
    while (!open.empty()) close();
    Flush(CurrentBlock());
  }

  std::vector<std::string>& paragraphs() { return paragraphs_; }
  std::vector<GumboTag>& tags() { return tags_; }

 private:
  // A block (not a heading) whose text is mostly links and holds little
  // paragraph text: a link list, a "Read more: <a>...</a>" line.
  static bool IsLinkBlock(const DomNode& d) {
    if (!d.is_block || IsHeadingTag(d.tag) || d.text == 0) return false;
    bool list = d.tag == GUMBO_TAG_UL || d.tag == GUMBO_TAG_OL || d.tag == GUMBO_TAG_DL ||
                d.tag == GUMBO_TAG_TABLE;
    return (list || d.text >= 25) && d.link * 2 > d.text && d.para * 4 < d.text;
  }

  GumboTag CurrentBlock() const { return blocks_.empty() ? GUMBO_TAG_UNKNOWN : blocks_.back(); }

  void Append(std::string_view text) {
    if (pre_ == 0) {
      AppendCollapsed(buf_, text, pending_space_);
      return;
    }
    for (char c : text) {
      if (c == '\r') continue;
      if (c == '\n' && (buf_.empty() || buf_.back() == '\n')) continue;  // no blank lines
      buf_ += c;
    }
  }

  void LineBreak() {
    pending_space_ = false;
    if (buf_.empty()) return;
    if (buf_.back() == '\n') {
      Flush(CurrentBlock());  // <br><br> ends a paragraph
    } else {
      buf_ += '\n';
    }
  }

  void Flush(GumboTag block) {
    std::string_view p = Trim(buf_);
    if (!p.empty() && !IsFurnitureLine(p)) {
      paragraphs_.emplace_back(p);
      tags_.push_back(block);
    }
    buf_.clear();
    pending_space_ = false;
  }

  const std::vector<DomNode>& nodes_;
  std::vector<std::string> paragraphs_;
  std::vector<GumboTag> tags_;  // the block each paragraph came from
  std::vector<GumboTag> blocks_;
  std::string buf_;
  bool pending_space_ = false;
  int pre_ = 0;
};

// First kept element with `tag` in the ranges of `roots`.
size_t FindFirst(const std::vector<DomNode>& nodes, const std::vector<size_t>& roots,
                 GumboTag tag, bool need_datetime) {
  for (size_t root : roots) {
    for (size_t i = root; i < nodes[root].end;) {
      const DomNode& d = nodes[i];
      if (!d.is_text && d.excluded) {
        i = d.end;
        continue;
      }
      if (d.tag == tag && !d.is_text && (!need_datetime || !Attr(d.node, "datetime").empty())) {
        return i;
      }
      ++i;
    }
  }
  return kNone;
}

// Removes the paragraph that repeats the title: among the first few, one
// equal to it, else an <h1>/<h2> that contains it or is contained in it.
void DropTitleParagraph(std::vector<std::string>& paragraphs, const std::vector<GumboTag>& tags,
                        std::string_view title) {
  constexpr size_t kLead = 5;
  std::string key = LowerText(CollapseSpaces(title));
  if (key.empty()) return;
  size_t n = std::min(kLead, paragraphs.size());
  size_t hit = kNone;
  for (size_t i = 0; i < n && hit == kNone; ++i) {
    if (LowerText(CollapseSpaces(paragraphs[i])) == key) hit = i;
  }
  for (size_t i = 0; i < n && hit == kNone; ++i) {
    if (tags[i] != GUMBO_TAG_H1 && tags[i] != GUMBO_TAG_H2) continue;
    std::string p = LowerText(CollapseSpaces(paragraphs[i]));
    const std::string& shorter = p.size() < key.size() ? p : key;
    const std::string& longer = p.size() < key.size() ? key : p;
    if (shorter.size() * 5 >= longer.size() * 3 && longer.find(shorter) != std::string::npos) {
      hit = i;
    }
  }
  if (hit != kNone) paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(hit));
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) {
    if (text.size() + p.size() + 2 > kMaxTextBytes) break;
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

// The <time datetime> of the story: in its roots, else in the article
// element around them.
std::string TimeInArticle(const std::vector<DomNode>& nodes, const std::vector<size_t>& roots) {
  size_t t = FindFirst(nodes, roots, GUMBO_TAG_TIME, true);
  if (t == kNone) {
    for (int a = nodes[roots.front()].parent; a >= 0 && t == kNone; a = nodes[a].parent) {
      if (IsSemanticArticle(nodes[static_cast<size_t>(a)])) {
        t = FindFirst(nodes, {static_cast<size_t>(a)}, GUMBO_TAG_TIME, true);
        break;
      }
    }
  }
  return t == kNone ? std::string() : std::string(Attr(nodes[t].node, "datetime"));
}

}  // namespace
}  // namespace internal

HtmlArticle ExtractHtml(std::string_view html) {
  using namespace internal;
  HtmlArticle article;
  Dom dom(html);
  std::vector<DomNode>& nodes = dom.nodes();
  if (dom.body() < 0) return article;
  auto body = static_cast<size_t>(dom.body());
  RescueAndMeasure(nodes, dom.body());

  PageMeta meta = ReadPageMeta(nodes);
  std::vector<size_t> roots = ChooseRoots(nodes, body);
  size_t h1 = FindFirst(nodes, roots, GUMBO_TAG_H1, false);
  if (h1 == kNone) h1 = FindFirst(nodes, {body}, GUMBO_TAG_H1, false);
  std::string first_h1 =
      h1 == kNone ? std::string() : CollapseSpaces(SubtreeText(nodes, static_cast<int>(h1)));

  Renderer renderer(nodes);
  for (size_t root : roots) renderer.Render(root);
  std::vector<std::string>& paragraphs = renderer.paragraphs();
  std::vector<std::string> lead(paragraphs.begin(),
                                paragraphs.begin() + static_cast<std::ptrdiff_t>(
                                                         std::min<size_t>(5, paragraphs.size())));
  article.title = CollapseSpaces(ChooseTitle(meta, first_h1, lead));
  DropTitleParagraph(paragraphs, renderer.tags(), article.title);
  article.text = JoinParagraphs(paragraphs);
  article.url = CollapseSpaces(ChooseUrl(meta));
  article.outlet = CollapseSpaces(ChooseOutlet(meta));
  article.author = ChooseAuthor(meta);
  article.date = ChooseDate(meta, TimeInArticle(nodes, roots));
  return article;
}

}  // namespace riposte::ingest
