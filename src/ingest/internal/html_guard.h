// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Keeps gumbo's work linear. gumbo's tree builder scans the stack of open
// elements for most start tags and copies it for every parse error, so a page
// nested 100000 levels deep costs minutes; distinct attributes on one tag are
// checked pairwise; formatting elements that stay open are re-opened at every
// text run. BoundHtmlForParser rewrites the few inputs that would trigger
// this: it drops the start tags (and their end tags) that would nest deeper
// than kMaxHtmlDepth or keep more than kMaxOpenFormatting formatting elements
// open, and cuts attribute lists after kMaxHtmlAttributes. Text is never
// removed, so a rewritten page loses only structure it could not use anyway.
//
// Ordinary pages are returned untouched (the same bytes, no copy).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace riposte::ingest::internal {

inline constexpr size_t kMaxHtmlDepth = 256;
inline constexpr size_t kMaxOpenFormatting = 12;
inline constexpr size_t kMaxHtmlAttributes = 64;

struct GuardReport {
  size_t dropped_tags = 0;   // start and end tags removed
  size_t trimmed_tags = 0;   // tags whose attribute list was cut
};

// Returns `html` itself when nothing needs rewriting, else a view of
// `*storage` holding the rewritten page. Linear in html.size() (each tag costs
// at most kMaxHtmlDepth steps). `report` may be null.
std::string_view BoundHtmlForParser(std::string_view html, std::string* storage,
                                    GuardReport* report = nullptr);

}  // namespace riposte::ingest::internal
