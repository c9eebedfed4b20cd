// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Metadata an HTML page states about itself: <meta> tags (Open Graph,
// article:*, Dublin Core, name=author...), <link rel=canonical>, <title>,
// JSON-LD (schema.org NewsArticle and kin), microdata itemprops and byline
// elements. ReadPageMeta gathers every candidate; the Choose* functions pick
// one by the preference order documented on each.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/internal/html_dom.h"

namespace riposte::ingest::internal {

struct PageMeta {
  std::string og_title;      // og:title / twitter:title
  std::string doc_title;     // <title>
  std::string ld_headline;   // JSON-LD headline
  std::string canonical;     // <link rel=canonical>
  std::string og_url;        // og:url
  std::string ld_url;        // JSON-LD url / mainEntityOfPage
  std::string og_site;       // og:site_name
  std::string ld_publisher;  // JSON-LD publisher name
  std::string meta_publisher;  // meta publisher / application-name
  // Author candidates, best first: meta author, article:author, JSON-LD,
  // itemprop=author, rel=author, byline elements.
  std::vector<std::string> authors;
  std::string published_meta;  // article:published_time
  std::string published_item;  // itemprop=datePublished
  std::string published_ld;    // JSON-LD datePublished
  std::string date_meta;       // meta name=date/pubdate/dc.date...
};

// Reads every candidate from the page (excluded elements' bylines are skipped).
PageMeta ReadPageMeta(const std::vector<DomNode>& nodes);

// og:title, else JSON-LD headline, else <title> without a " | Site" part
// naming the outlet — or, when no outlet is known, the part of the <title>
// that equals the first <h1> or one of the `lead` paragraphs of the text —
// else `first_h1`.
std::string ChooseTitle(const PageMeta& meta, std::string_view first_h1,
                        const std::vector<std::string>& lead);
// og:site_name, JSON-LD publisher, meta publisher/application-name.
std::string ChooseOutlet(const PageMeta& meta);
// Canonical link, og:url, JSON-LD url.
std::string ChooseUrl(const PageMeta& meta);
// First author candidate that survives CleanAuthor.
std::string ChooseAuthor(const PageMeta& meta);
// article:published_time, itemprop=datePublished, JSON-LD datePublished,
// `time_in_article` (a <time datetime> of the main text), meta date names;
// each through NormalizeDate, or kept as its YYYY-MM-DD prefix.
std::string ChooseDate(const PageMeta& meta, std::string_view time_in_article);

// "By Jane Roe | Staff" -> "Jane Roe"; "" when it does not look like a name
// (a URL, empty, longer than 120 bytes).
std::string CleanAuthor(std::string_view raw);
// Collapses whitespace runs to one space and trims.
std::string CollapseSpaces(std::string_view text);

}  // namespace riposte::ingest::internal
