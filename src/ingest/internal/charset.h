// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Charset helpers behind DecodeToUtf8: UTF-8 repair, byte-order marks,
// charset declarations in HTML/XML heads, and the binary-content test.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/core.h"
#include "ingest/ingest.h"

namespace riposte::ingest::internal {

// DecodeToUtf8's result plus a note for the reader to pass on as a warning
// ("unknown charset \"x\"; read as UTF-8", "... (guessed)"); "" when none.
struct DecodeReport {
  Decoded decoded;
  std::string note;
};

// DecodeToUtf8 with the note. Never fails: an unknown or unusable declared
// charset falls back to UTF-8 repair and says so in the note.
DecodeReport DecodeWithReport(std::string_view bytes, std::string_view declared);

// Returns `bytes` with every byte that is not part of a well-formed UTF-8
// sequence replaced by U+FFFD; adds the number replaced to *repaired.
std::string RepairUtf8(std::string_view bytes, size_t* repaired);

// The charset a byte-order mark names ("UTF-8", "UTF-16LE", ...) and the BOM's
// length in *bom_len, or "" (and 0) when there is no BOM.
std::string_view DetectBom(std::string_view bytes, size_t* bom_len);

// The charset named by <meta charset=...> / <meta http-equiv content="...;
// charset=..."> or by an XML declaration's encoding="..." within the first
// 4 KiB, lower-cased; "" when none.
std::string DeclaredCharset(std::string_view bytes);

// True when the first 8 KiB hold a NUL byte or more than 30% control bytes.
// Callers skip this test for UTF-16/32 input (which has a BOM).
bool LooksBinary(std::string_view bytes);

}  // namespace riposte::ingest::internal
