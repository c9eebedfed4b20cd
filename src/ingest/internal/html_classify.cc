// Element classification for the HTML extractor: content or boilerplate.
//
// Algorithm: an element is judged on its own markup, never its content:
//   - by tag: script/style/nav/aside/footer/form controls/iframe/svg/
//     figcaption and AMP ad/analytics/consent elements are never text; a
//     <header> outside an article is site furniture; a <form> may be a page
//     wrapper (ASP.NET) so it is only "rescuable";
//   - by ARIA role (navigation, banner, contentinfo, complementary, dialog...)
//     and by hidden/aria-hidden/display:none (rescuable);
//   - by class and id tokens (and custom element names), split into words on
//     punctuation and camelCase ("c-shareBar__item" -> c, share, bar, item)
//     and looked up alone and joined with their neighbour ("most-read" ->
//     mostread): "firm" words (comment, cookie, related, newsletter...)
//     always remove, "rescuable" words (share, sidebar, ad, nav...) remove
//     unless the element turns out to hold most of the paragraphs, "weak"
//     words (header, footer, widget...) remove outside articles unless a
//     positive word (article, content, story...) stands in the same list.
//     Tokens that describe a state or a genre ("has-sidebar", "tone-comment",
//     "comments-open") are ignored, and html/body/main/article/articleBody
//     are never removed by class. A block removed by a weak word alone is
//     kept again when it holds the <h1> (html_dom.cc).
//
// Tested by html_test.cc.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/internal/html_chars.h"
#include "ingest/internal/html_dom.h"

namespace riposte::ingest::internal {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsHardTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_BASE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER: case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_MENU: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_KEYGEN:
      return true;
    default:
      return false;
  }
}

enum class Word : uint8_t { kNone, kFirm, kRescuable, kWeak, kPositive, kLeader, kTrailer };

Word LookupWord(std::string_view w) {
  static const auto* const kWords = [] {
    auto* m = new std::unordered_map<std::string_view, Word>;
    auto add = [m](std::initializer_list<std::string_view> words, Word kind) {
      for (std::string_view x : words) m->emplace(x, kind);
    };
    add({"cookie", "cookies", "consent", "gdpr", "ccpa", "cmp", "comment", "comments",
         "commentlist", "commentform", "disqus", "respond", "related", "mostread",
         "mostpopular", "mostviewed", "mostshared", "popular", "trending", "readmore",
         "readalso", "alsoread", "seealso", "morestories", "morenews", "morearticles",
         "recommended", "recommendations", "recirc", "outbrain", "taboola", "newsletter",
         "newsletters", "subscribe", "subscription", "signup"},
        Word::kFirm);
    add({"share", "shares", "sharing", "sharebar", "sharetools", "social", "socials",
         "sidebar", "advert", "adverts", "advertisement", "advertising", "ads", "ad", "adv",
         "adslot", "adunit", "adsbygoogle", "adfox", "dfp", "sponsor", "sponsored", "promo",
         "promos", "promoted", "promotion", "popup", "modal", "overlay", "lightbox",
         "breadcrumb", "breadcrumbs", "crumbs", "nav", "navbar", "navigation", "menu",
         "menus", "topbar", "toolbar", "pagination", "pager", "skip", "skiplink", "sronly",
         "visuallyhidden", "screenreader", "login", "signin", "search",
         "searchform", "caption", "credit", "credits"},
        Word::kRescuable);
    add({"header", "footer", "foot", "banner", "masthead", "widget", "widgets", "rail",
         "aside", "bio", "tags"},
        Word::kWeak);
    add({"article", "articlebody", "content", "entry", "main", "post", "story", "text",
         "body", "prose", "blog", "material"},
        Word::kPositive);
    add({"has", "with", "without", "no", "not", "show", "enable", "disable", "tone", "type",
         "format", "category", "cat", "genre", "tag", "template", "theme", "layout",
         "single", "postid", "lang", "from", "can"},
        Word::kLeader);
    add({"enabled", "disabled", "open", "closed", "allowed", "active"}, Word::kTrailer);
    return m;
  }();
  auto it = kWords->find(w);
  return it == kWords->end() ? Word::kNone : it->second;
}

struct TokenVerdict {
  bool firm = false, rescuable = false, weak = false, positive = false;
};

// Splits one class/id token into lower-case words and looks them up.
void JudgeToken(std::string_view token, TokenVerdict& v) {
  std::vector<std::string> words;
  std::string cur;
  char prev = 0;
  for (char c : token) {
    bool camel_break = (prev >= 'a' && prev <= 'z') && (c >= 'A' && c <= 'Z');
    if (!IsAlnum(c) || camel_break) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    }
    if (IsAlnum(c)) cur += LowerAscii(c);
    prev = c;
    if (words.size() > 8) return;  // not a class name a human wrote
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  if (words.empty() || LookupWord(words.front()) == Word::kLeader ||
      LookupWord(words.back()) == Word::kTrailer) {
    return;
  }
  auto apply = [&v](Word w) {
    v.firm |= w == Word::kFirm;
    v.rescuable |= w == Word::kRescuable;
    v.weak |= w == Word::kWeak;
    v.positive |= w == Word::kPositive;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    apply(LookupWord(words[i]));
    if (i + 1 < words.size()) apply(LookupWord(words[i] + words[i + 1]));
  }
}

void JudgeTokens(std::string_view list, TokenVerdict& v) {
  size_t i = 0;
  size_t seen = 0;
  while (i < list.size() && seen < 32) {
    while (i < list.size() && IsHtmlSpace(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !IsHtmlSpace(list[i])) ++i;
    if (i > start && i - start <= 64) JudgeToken(list.substr(start, i - start), v);
    ++seen;
  }
}

bool IsAmpFurniture(std::string_view name) {
  static constexpr std::string_view kAmp[] = {
      "amp-ad", "amp-ads", "amp-analytics", "amp-iframe", "amp-embed", "amp-pixel",
      "amp-geo", "amp-script", "amp-sticky-ad", "amp-auto-ads", "amp-web-push",
      "amp-install-serviceworker", "amp-call-tracking", "amp-user-notification",
      "amp-consent", "amp-sidebar", "amp-social-share", "amp-lightbox", "amp-list",
      "amp-access", "amp-subscriptions"};
  return std::find(std::begin(kAmp), std::end(kAmp), name) != std::end(kAmp);
}

bool HasHiddenStyle(std::string_view style) {
  std::string s;
  for (char c : style.substr(0, 512)) {
    if (!IsHtmlSpace(c)) s += LowerAscii(c);
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

}  // namespace

Removal ClassifyElement(const GumboNode* g, GumboTag tag, bool in_article, bool* weak) {
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return Removal::kKeep;
  if (IsHardTag(tag)) return Removal::kHard;
  std::string_view role = Attr(g, "role");
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "search",
                             "menu", "menubar", "toolbar", "dialog", "alertdialog"}) {
    if (HasToken(role, r)) return Removal::kHard;
  }
  if (tag == GUMBO_TAG_HEADER && !in_article) return Removal::kRescuable;
  if (tag == GUMBO_TAG_FORM) return Removal::kRescuable;
  if (tag == GUMBO_TAG_UNKNOWN) {
    std::string name = ElementName(g);
    if (name == "dialog" || IsAmpFurniture(name)) return Removal::kHard;
    TokenVerdict v;
    JudgeToken(name, v);
    if (v.firm) return Removal::kFirm;
    if (v.rescuable) return Removal::kRescuable;
  }
  if (gumbo_get_attribute(&g->v.element.attributes, "hidden") != nullptr ||
      Attr(g, "aria-hidden") == "true" || HasHiddenStyle(Attr(g, "style"))) {
    return Removal::kRescuable;
  }
  if (tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE || HasToken(role, "main") ||
      Attr(g, "itemprop").find("articleBody") != std::string_view::npos) {
    return Removal::kKeep;
  }
  TokenVerdict v;
  JudgeTokens(Attr(g, "class"), v);
  JudgeTokens(Attr(g, "id"), v);
  if (v.firm) return Removal::kFirm;
  if (v.rescuable) return Removal::kRescuable;
  // A "section-header" inside a story is part of it, not site furniture.
  if (v.weak && !v.positive && !in_article) {
    *weak = true;
    return Removal::kRescuable;
  }
  return Removal::kKeep;
}

}  // namespace riposte::ingest::internal
