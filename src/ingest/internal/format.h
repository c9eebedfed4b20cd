// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Format detection helpers shared by the readers (DetectFormat itself is
// public, in ingest.h) and two small string helpers.
#pragma once

#include <string>
#include <string_view>

#include "ingest/ingest.h"

namespace riposte::ingest::internal {

// The format a file name's extension names, or kAuto when it names none
// (.xml, .rss and .rdf give kRss; DetectFormat looks inside to tell Atom).
Format FormatFromExtension(std::string_view name);

// Trims ASCII white space and the Unicode spaces news text starts or ends
// with (NBSP, zero-width space, BOM, ideographic space).
std::string_view TrimSpace(std::string_view s);

// ASCII lower-case copy.
std::string AsciiLower(std::string_view s);

}  // namespace riposte::ingest::internal
