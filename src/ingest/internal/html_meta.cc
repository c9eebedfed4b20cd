// Page metadata for ExtractHtml: title, url, outlet, author, date.
//
// Algorithm: one pass over the flattened DOM collects every candidate — meta
// tags by name/property/itemprop, the first <title>, rel=canonical, JSON-LD
// blocks, microdata itemprops, rel=author links and elements whose class or
// id names a byline — into PageMeta. JSON-LD is parsed with nlohmann (no
// exceptions) after a cheap nesting check; only the top level and @graph are
// searched for a schema.org article object, and a publisher given by @id is
// resolved against the same graph. The Choose* functions then apply fixed
// preference orders; dates go through NormalizeDate and, when it cannot
// parse them, keep only a leading YYYY-MM-DD.
//
// Tested by html_test.cc.
#include "ingest/internal/html_meta.h"

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "ingest/ingest.h"

namespace riposte::ingest::internal {
namespace {

using nlohmann::json;

constexpr size_t kMaxJsonLdBytes = 1u << 20;
constexpr int kMaxJsonLdDepth = 64;
constexpr size_t kMaxJsonLdItems = 1000;


bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.substr(0, 4) == "www." ||
         s.substr(0, 1) == "/";
}

void SetIfEmpty(std::string& field, std::string_view value) {
  if (field.empty()) field = CollapseSpaces(value);
}

bool IEquals(std::string_view a, std::string_view b) { return LowerText(a) == LowerText(b); }

// Whether a class/id list names a byline: a word "byline", or "author" not
// followed by bio/avatar/photo.
bool NamesByline(std::string_view list) {
  std::string lower = LowerText(list);
  if (lower.find("byline") != std::string::npos) return true;
  size_t at = lower.find("author");
  if (at == std::string::npos) return false;
  for (std::string_view bad : {"bio", "avatar", "photo", "image", "img", "about"}) {
    if (lower.find(bad) != std::string::npos) return false;
  }
  return true;
}

// Rejects JSON nested deeper than kMaxJsonLdDepth before parsing it.
bool ShallowJson(std::string_view s) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonLdDepth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

std::string JsonString(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object()) {
    for (const char* key : {"name", "@id", "url"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_string()) return it->get<std::string>();
    }
  }
  return {};
}

std::string JsonNames(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object()) {
    auto it = v.find("name");
    return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
  }
  std::string out;
  if (v.is_array()) {
    size_t n = 0;
    for (const json& item : v) {
      std::string name = JsonNames(item.is_array() ? json() : item);
      if (name.empty()) continue;
      if (!out.empty()) out += ", ";
      out += name;
      if (++n == 5) break;
    }
  }
  return out;
}

bool IsArticleType(const json& type) {
  static constexpr std::string_view kTypes[] = {
      "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
      "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
      "ReviewNewsArticle", "LiveBlogPosting", "Report", "SatiricalArticle",
      "SocialMediaPosting", "TechArticle", "ScholarlyArticle"};
  auto one = [](const json& t) {
    return t.is_string() && std::find(std::begin(kTypes), std::end(kTypes),
                                      t.get<std::string>()) != std::end(kTypes);
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

void ReadJsonLd(std::string_view text, PageMeta& meta, std::string& ld_author) {
  text = Trim(text);
  if (text.size() > kMaxJsonLdBytes || !ShallowJson(text)) return;
  json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return;
  std::vector<const json*> items;
  auto collect = [&items](const json& v) {
    if (v.is_object()) {
      items.push_back(&v);
    } else if (v.is_array()) {
      for (const json& e : v) {
        if (items.size() >= kMaxJsonLdItems) break;
        if (e.is_object()) items.push_back(&e);
      }
    }
  };
  collect(root);
  for (size_t i = 0, n = items.size(); i < n; ++i) {
    auto graph = items[i]->find("@graph");
    if (graph != items[i]->end()) collect(*graph);
  }
  for (const json* item : items) {
    auto type = item->find("@type");
    if (type == item->end() || !IsArticleType(*type)) continue;
    auto get = [item](const char* key) -> const json& {
      static const json kNull;
      auto it = item->find(key);
      return it == item->end() ? kNull : *it;
    };
    SetIfEmpty(meta.ld_headline, JsonString(get("headline")));
    SetIfEmpty(meta.published_ld, JsonString(get("datePublished")));
    SetIfEmpty(meta.ld_url, JsonString(get("url")));
    SetIfEmpty(meta.ld_url, JsonString(get("mainEntityOfPage")));
    SetIfEmpty(ld_author, JsonNames(get("author")));
    const json& publisher = get("publisher");
    std::string name = publisher.is_object() && publisher.contains("name")
                           ? JsonNames(publisher)
                           : std::string();
    if (name.empty() && publisher.is_object() && publisher.contains("@id")) {
      const json& id = publisher["@id"];
      for (const json* other : items) {
        auto oid = other->find("@id");
        if (oid != other->end() && *oid == id) name = JsonNames(*other);
        if (!name.empty()) break;
      }
    }
    SetIfEmpty(meta.ld_publisher, name);
    break;  // the first article object describes the page
  }
}

constexpr std::string_view kSeparators[] = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ",
                                           " \u00b7 ", " \u00bb ", ": "};

// The page title with a " | Outlet" suffix (or "Outlet | " prefix) removed.
std::string StripSiteName(const std::string& title, const std::vector<std::string>& names) {
  std::string lower = LowerText(title);
  for (const std::string& name : names) {
    if (name.empty()) continue;
    std::string lname = LowerText(name);
    for (std::string_view sep : kSeparators) {
      std::string suffix = std::string(sep) + lname;
      if (lower.size() > suffix.size() &&
          lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return CollapseSpaces(std::string_view(title).substr(0, title.size() - suffix.size()));
      }
      std::string prefix = lname + std::string(sep);
      if (lower.size() > prefix.size() && lower.compare(0, prefix.size(), prefix) == 0) {
        return CollapseSpaces(std::string_view(title).substr(prefix.size()));
      }
    }
  }
  return title;
}

bool IsIsoDay(std::string_view s) {
  if (s.size() < 10) return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  if (s[4] != '-' || s[7] != '-') return false;
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool pending = false;
  AppendCollapsed(out, text, pending);
  return out;
}

PageMeta ReadPageMeta(const std::vector<DomNode>& nodes) {
  PageMeta meta;
  std::string meta_author, article_author, ld_author, item_author, rel_author, byline;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const DomNode& d = nodes[i];
    if (d.is_text) continue;
    const GumboNode* g = d.node;
    if (d.tag == GUMBO_TAG_META) {
      std::string key = LowerText(Attr(g, "property"));
      if (key.empty()) key = LowerText(Attr(g, "name"));
      std::string_view content = Attr(g, "content");
      std::string_view itemprop = Attr(g, "itemprop");
      if (itemprop == "datePublished") SetIfEmpty(meta.published_item, content);
      if (itemprop == "author") SetIfEmpty(item_author, content);
      if (key == "og:title" || key == "twitter:title") SetIfEmpty(meta.og_title, content);
      else if (key == "og:site_name") SetIfEmpty(meta.og_site, content);
      else if (key == "og:url") SetIfEmpty(meta.og_url, content);
      else if (key == "article:published_time" || key == "og:published_time" ||
               key == "article:published") {
        SetIfEmpty(meta.published_meta, content);
      } else if (key == "author" || key == "byl" || key == "dc.creator" ||
                 key == "sailthru.author" || key == "parsely-author") {
        if (!LooksLikeUrl(content)) SetIfEmpty(meta_author, content);
      } else if (key == "article:author") {
        if (!LooksLikeUrl(content)) SetIfEmpty(article_author, content);
      } else if (key == "publisher" || key == "application-name" ||
                 key == "apple-mobile-web-app-title") {
        if (!LooksLikeUrl(content)) SetIfEmpty(meta.meta_publisher, content);
      } else if (key == "date" || key == "pubdate" || key == "publishdate" ||
                 key == "publish-date" || key == "publish_date" || key == "dc.date" ||
                 key == "dc.date.issued" || key == "dcterms.date" ||
                 key == "dcterms.created" || key == "dcterms.issued" ||
                 key == "sailthru.date" || key == "parsely-pub-date" ||
                 key == "article.published" || key == "datepublished") {
        SetIfEmpty(meta.date_meta, content);
      }
      continue;
    }
    if (d.tag == GUMBO_TAG_LINK) {
      if (HasToken(Attr(g, "rel"), "canonical")) SetIfEmpty(meta.canonical, Attr(g, "href"));
      continue;
    }
    if (d.tag == GUMBO_TAG_TITLE && g->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
      if (meta.doc_title.empty()) meta.doc_title = CollapseSpaces(RawText(nodes, i, 2000));
      continue;
    }
    if (d.tag == GUMBO_TAG_SCRIPT) {
      if (LowerText(Trim(Attr(g, "type"))) == "application/ld+json") {
        ReadJsonLd(RawText(nodes, i, kMaxJsonLdBytes + 1), meta, ld_author);
      }
      continue;
    }
    std::string_view itemprop = Attr(g, "itemprop");
    if (HasToken(itemprop, "datePublished") && meta.published_item.empty()) {
      std::string_view value = Attr(g, "datetime");
      if (value.empty()) value = Attr(g, "content");
      if (!value.empty()) SetIfEmpty(meta.published_item, value);
      else meta.published_item = SubtreeText(nodes, static_cast<int>(i), false, 200);
    }
    if (d.excluded) continue;
    if (HasToken(itemprop, "author") && item_author.empty()) {
      item_author = SubtreeText(nodes, static_cast<int>(i), true, 300);
    } else if (d.tag == GUMBO_TAG_A && HasToken(Attr(g, "rel"), "author") &&
               rel_author.empty()) {
      rel_author = SubtreeText(nodes, static_cast<int>(i), true, 300);
    } else if (byline.empty() && d.tag != GUMBO_TAG_BODY && d.tag != GUMBO_TAG_HTML &&
               (NamesByline(Attr(g, "class")) || NamesByline(Attr(g, "id")))) {
      byline = SubtreeText(nodes, static_cast<int>(i), true, 300);
    }
  }
  for (std::string* a : {&meta_author, &article_author, &ld_author, &item_author, &rel_author,
                         &byline}) {
    if (!a->empty()) meta.authors.push_back(std::move(*a));
  }
  return meta;
}

std::string ChooseTitle(const PageMeta& meta, std::string_view first_h1,
                        const std::vector<std::string>& lead) {
  std::vector<std::string> names = {meta.og_site, meta.ld_publisher, meta.meta_publisher};
  if (!meta.og_title.empty()) return StripSiteName(meta.og_title, names);
  if (!meta.ld_headline.empty()) return meta.ld_headline;
  if (meta.doc_title.empty()) return std::string(first_h1);
  std::string title = StripSiteName(meta.doc_title, names);
  if (title != meta.doc_title) return title;
  // "Site :: Headline" or "Headline | Section | Site" with an unknown site:
  // keep the part the page itself shows as its heading or first lines.
  std::vector<std::string_view> parts;
  std::string_view rest = title;
  while (!rest.empty()) {
    size_t cut = std::string_view::npos, sep_size = 0;
    for (std::string_view sep : kSeparators) {
      size_t at = rest.find(sep);
      if (at < cut) {
        cut = at;
        sep_size = sep.size();
      }
    }
    parts.push_back(Trim(rest.substr(0, cut)));
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + sep_size);
  }
  std::string_view best;
  if (parts.size() >= 2) {
    for (std::string_view part : parts) {
      if (part.size() <= best.size()) continue;
      bool shown = !first_h1.empty() && IEquals(part, first_h1);
      for (size_t i = 0; i < lead.size() && !shown; ++i) shown = IEquals(part, lead[i]);
      if (shown) best = part;
    }
  }
  return best.empty() ? title : std::string(best);
}

std::string ChooseOutlet(const PageMeta& meta) {
  for (const std::string* s : {&meta.og_site, &meta.ld_publisher, &meta.meta_publisher}) {
    if (!s->empty()) return *s;
  }
  return {};
}

std::string ChooseUrl(const PageMeta& meta) {
  for (const std::string* s : {&meta.canonical, &meta.og_url, &meta.ld_url}) {
    if (!s->empty()) return *s;
  }
  return {};
}

std::string ChooseAuthor(const PageMeta& meta) {
  for (const std::string& raw : meta.authors) {
    std::string name = CleanAuthor(raw);
    if (!name.empty()) return name;
  }
  return {};
}

std::string ChooseDate(const PageMeta& meta, std::string_view time_in_article) {
  for (std::string_view raw : {std::string_view(meta.published_meta),
                               std::string_view(meta.published_item),
                               std::string_view(meta.published_ld), time_in_article,
                               std::string_view(meta.date_meta)}) {
    raw = Trim(raw);
    if (raw.empty()) continue;
    std::string normal = NormalizeDate(raw);
    if (!normal.empty()) return normal;
    if (IsIsoDay(raw)) return std::string(raw.substr(0, 10));
  }
  return {};
}

std::string CleanAuthor(std::string_view raw) {
  std::string s = CollapseSpaces(raw);
  for (std::string_view cut : {" | ", " · ", " — ", "\n"}) {
    size_t at = s.find(cut);
    if (at != std::string::npos) s.resize(at);
  }
  std::string lower = LowerText(s) + " ";  // so that a bare "By" matches "by "
  for (std::string_view prefix : {"written by ", "posted by ", "text by ", "by ", "author: ",
                                  "author:", "автор: ", "автор:", "текст: "}) {
    if (lower.compare(0, prefix.size(), prefix) == 0) {
      s.erase(0, std::min(prefix.size(), s.size()));
      break;
    }
  }
  std::string_view v = Trim(s);
  while (!v.empty() && (v.back() == ',' || v.back() == ';' || v.back() == '|')) {
    v.remove_suffix(1);
    v = Trim(v);
  }
  if (v.size() < 2 || v.size() > 120 || LooksLikeUrl(v)) return {};
  return std::string(v);
}

}  // namespace riposte::ingest::internal
