// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// The HTML extractor's view of a page: gumbo's tree flattened into a
// pre-order array of nodes, each element classified as content or
// boilerplate and measured (visible text, link text, paragraph text). Every
// walk over it is a loop over indices: a subtree is the range
// [i, nodes[i].end), so no code here recurses over depth the input controls.
// The tree is freed through an arena, not gumbo_destroy_output (which
// recurses).
#pragma once

#include <gumbo.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace riposte::ingest::internal {

// Why an element is left out of the main text.
enum class Removal : uint8_t {
  kKeep,       // content, as far as markup tells
  kHard,       // never text: script, style, nav, forms controls, site footer...
  kRescuable,  // boilerplate by class or tag, unless it holds most of the page's
               // paragraph text (a misleading wrapper class, an ASP.NET <form>)
  kFirm,       // comments, cookie banners, related/most-read lists: dropped
               // whatever their size
};

struct DomNode {
  const GumboNode* node = nullptr;
  int32_t parent = -1;
  uint32_t end = 0;  // one past the last node of this subtree
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text nodes too
  bool is_text = false;
  bool is_block = false;     // starts a new paragraph when rendered
  bool in_link = false;      // inside an <a>
  bool in_article = false;   // inside article/main/section/articleBody
  bool excluded = false;     // this or an ancestor is removed (after Measure)
  bool weak_removal = false; // removed only for a weak class word ("header")
  bool teaser = false;       // a summary under a linked headline: not story text
  Removal removal = Removal::kKeep;
  // Counts of visible (non-space) code points; see MeasureDom.
  uint32_t text = 0;         // all text of the kept subtree
  uint32_t link = 0;         // the part of `text` inside links
  uint32_t inline_text = 0;  // text not inside a nested block
  uint32_t inline_link = 0;
  uint64_t para = 0;         // paragraph score: non-link text of paragraph blocks
};

// A parsed page. Owns the gumbo tree.
class Dom {
 public:
  // Parses `html` (after BoundHtmlForParser) and classifies every element.
  explicit Dom(std::string_view html);
  ~Dom();
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  std::vector<DomNode>& nodes() { return nodes_; }
  const std::vector<DomNode>& nodes() const { return nodes_; }
  // Index of <body> (or of the root when there is none); -1 for an empty tree.
  int body() const { return body_; }

 private:
  struct Arena;
  std::unique_ptr<Arena> arena_;
  std::string storage_;  // the guarded copy of the input, when one was needed
  std::vector<DomNode> nodes_;
  int body_ = -1;
};

// Fills the counts of every node, bottom-up. Removed subtrees count for
// nothing; with `firm_only` only kHard and kFirm removals are applied (the
// raw measure used to decide rescues). Sets DomNode::excluded.
void MeasureDom(std::vector<DomNode>& nodes, bool firm_only);

// Re-admits kRescuable elements that hold at least half of the page's
// paragraph text (measured with firm_only), marks teaser summaries (a block
// right after a headline that is all link: "<h3><a>..</a></h3><p>..</p>")
// so their text does not count as paragraph text, and measures again.
void RescueAndMeasure(std::vector<DomNode>& nodes, int body);

// Judges one element by its tag, role, hidden state and class/id words
// (html_classify.cc). `in_article`: inside article/main/section/articleBody.
// Sets *weak when only a weak class word ("header", "footer") removed it.
Removal ClassifyElement(const GumboNode* node, GumboTag tag, bool in_article, bool* weak);

// ---- small helpers shared by the extractor ----

// Attribute value or "" (gumbo lower-cases attribute names).
std::string_view Attr(const GumboNode* node, const char* name);
// Lower-case element name, also for custom and AMP elements.
std::string ElementName(const GumboNode* node);
// ASCII and Cyrillic lower-casing of UTF-8 text.
std::string LowerText(std::string_view text);
// Appends `text` with runs of ASCII whitespace collapsed to one space;
// `pending_space` carries a space across calls until a visible character
// follows (none is added at the start of `out` or after a '\n').
void AppendCollapsed(std::string& out, std::string_view text, bool& pending_space);
// Collapsed text of the subtree at `index`, skipping excluded nodes and
// (when `skip_time`) <time> elements; at most `limit` bytes.
std::string SubtreeText(const std::vector<DomNode>& nodes, int index, bool skip_time = false,
                        size_t limit = 4096);
// The text nodes of the subtree at `index` concatenated as they are, also
// inside excluded elements (<title>, <script> data); at most `limit` bytes.
std::string RawText(const std::vector<DomNode>& nodes, size_t index, size_t limit);
// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view text);
// Whether `text` has a whitespace-separated token equal to `token` (case-
// insensitive ASCII), e.g. rel="canonical alternate".
bool HasToken(std::string_view text, std::string_view token);

}  // namespace riposte::ingest::internal
