// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// JSON and JSONL records -> RawRecord, following DESIGN.md's input contract:
// `text` is required (a string); `id` (a string or an integer), `url`,
// `outlet`, `title`, `author`, `date`, `lang` are optional strings; null
// counts as absent; other fields are ignored. Errors carry no arg: the reader
// adds the file and the line or item.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "ingest/internal/records.h"

namespace riposte::ingest::internal {

// A parsed .json file: one object, or an array whose elements each give a
// record or the error that element raised (in order, element n at [n-1]).
struct JsonFile {
  bool is_array = false;
  std::vector<Result<RawRecord>> records;
};

// Parses a whole JSON document (UTF-8). Fails with kMalformed on a syntax
// error (message with nlohmann's line, column and byte) or when the top level
// is neither an object nor an array; a single object with bad fields fails
// with that object's error.
Result<JsonFile> ParseJsonFile(std::string_view utf8);

// Parses one JSONL line (UTF-8), which must hold one object: with
// ParseFlatJsonRecord when it can, else with nlohmann.
Result<RawRecord> ParseJsonLine(std::string_view utf8);

// The same with nlohmann alone (the reference the fast path is tested against).
Result<RawRecord> ParseJsonLineWithLibrary(std::string_view utf8);

// The fast path (json_fast.cc): the record of a line holding a flat object of
// string or null values (an integer `id` too) with a string `text`, exactly
// as ParseJsonLineWithLibrary gives it; nullopt for any other line, valid or
// not (the caller then asks nlohmann). REQUIRES: utf8 is valid UTF-8.
std::optional<RawRecord> ParseFlatJsonRecord(std::string_view utf8);

}  // namespace riposte::ingest::internal
