// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// The record shapes shared by the ingest readers (JSON, JSONL, feeds) before
// they become Documents, and the parsers' entry points.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "ingest/ingest.h"

namespace riposte::ingest::internal {

// One input document as a container states it, before id rule, sniffing and
// language identification.
struct RawRecord {
  std::string id;        // explicit id / feed guid ("" if none)
  std::string url;       // url / feed item link
  std::string outlet;
  std::string author;
  std::string title;
  std::string date;      // as given; normalised by the reader (NormalizeDate)
  std::string lang;
  std::string text;      // UTF-8
  bool text_is_html = false;  // feed descriptions and content:encoded are HTML
  int line = 0;          // 1-based line of the record in its file (0 if n/a)
};

// Result of parsing a feed document.
struct Feed {
  Format kind = Format::kRss;     // kRss or kAtom
  std::string title;              // channel/feed title (used as outlet)
  std::vector<RawRecord> items;   // in document order
  std::vector<Error> item_errors; // items skipped (no text), arg = "#n"
};

// Parses an RSS 2.0 (also RSS 0.9x/1.0 RDF) or Atom document. Entities,
// CDATA and namespaced elements (content:encoded, dc:date, dc:creator) are
// handled. Fails with kMalformed when the XML is not a feed or is broken
// beyond the items read so far (items parsed before the break are kept in a
// successful result with a warning-level item_error).
Result<Feed> ParseFeed(std::string_view utf8_xml);

}  // namespace riposte::ingest::internal
