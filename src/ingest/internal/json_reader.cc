// JSON and JSONL documents -> RawRecord (internal/json_reader.h), with
// nlohmann-json (JSONL lines try json_fast.cc's one-pass reader first). Its exceptions stop here: parse errors become kMalformed
// Errors carrying nlohmann's line, column and byte position. Strings are
// moved out of the parsed tree, so a document's text is held once.
//
// Tested by ingest_test.cc.
#include "ingest/internal/json_reader.h"

#include <exception>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

namespace riposte::ingest::internal {
namespace {

using Json = nlohmann::json;

constexpr size_t kMaxMessageBytes = 240;  // nlohmann quotes the token it read

// "a string", "an object", ...
std::string Article(const Json& j) {
  std::string name = j.type_name();
  bool vowel = !name.empty() && std::string("aeiou").find(name[0]) != std::string::npos;
  return (vowel ? "an " : "a ") + name;
}

Error WrongType(const char* field, const Json& value, const char* expected) {
  return MakeError(ErrorCode::kMalformed, std::string("field \"") + field + "\" must be " +
                                              expected + ", not " + Article(value));
}

// Cuts `s` to at most `max` bytes on a UTF-8 character boundary.
std::string Truncate(std::string s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s + "...";
}

Error ParseError(const Json::parse_error& e) {
  std::string what = e.what();
  if (size_t close = what.find("] "); what.rfind("[json.exception", 0) == 0 &&
                                      close != std::string::npos)
    what.erase(0, close + 2);  // drop "[json.exception.parse_error.101] "
  return MakeError(ErrorCode::kMalformed, "malformed JSON: " + Truncate(what, kMaxMessageBytes) +
                                              " (byte " + std::to_string(e.byte) + ")");
}

// Moves an optional string field into *out. Null or absent leaves it empty.
std::optional<Error> TakeString(Json& obj, const char* field, std::string* out) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return WrongType(field, *it, "a string");
  *out = std::move(it->get_ref<std::string&>());
  return std::nullopt;
}

Result<RawRecord> RecordFromJson(Json& obj) {
  if (!obj.is_object()) {
    return MakeError(ErrorCode::kMalformed, "expected a JSON object, found " + Article(obj));
  }
  RawRecord rec;
  auto text = obj.find("text");
  if (text == obj.end() || text->is_null()) {
    return MakeError(ErrorCode::kMissingField, "missing required field \"text\"");
  }
  if (auto err = TakeString(obj, "text", &rec.text)) return *err;

  auto id = obj.find("id");
  if (id != obj.end() && !id->is_null()) {
    if (id->is_string()) {
      rec.id = std::move(id->get_ref<std::string&>());
    } else if (id->is_number_unsigned()) {
      rec.id = std::to_string(id->get<uint64_t>());
    } else if (id->is_number_integer()) {
      rec.id = std::to_string(id->get<int64_t>());
    } else {
      return WrongType("id", *id, "a string or an integer");
    }
  }
  struct Optional {
    const char* name;
    std::string* out;
  };
  const Optional fields[] = {{"url", &rec.url},     {"outlet", &rec.outlet},
                             {"title", &rec.title}, {"author", &rec.author},
                             {"date", &rec.date},   {"lang", &rec.lang}};
  for (const Optional& f : fields) {
    if (auto err = TakeString(obj, f.name, f.out)) return *err;
  }
  return rec;
}

Result<Json> Parse(std::string_view utf8) {
  try {
    return Json::parse(utf8.begin(), utf8.end());
  } catch (const Json::parse_error& e) {
    return ParseError(e);
  } catch (const std::exception& e) {
    return MakeError(ErrorCode::kMalformed, std::string("malformed JSON: ") + e.what());
  }
}

}  // namespace

Result<JsonFile> ParseJsonFile(std::string_view utf8) {
  Result<Json> parsed = Parse(utf8);
  if (!parsed.ok()) return parsed.error();
  Json& root = parsed.value();
  JsonFile file;
  if (root.is_object()) {
    Result<RawRecord> rec = RecordFromJson(root);
    if (!rec.ok()) return rec.error();
    file.records.push_back(std::move(rec));
    return file;
  }
  if (!root.is_array()) {
    return MakeError(ErrorCode::kMalformed,
                     "expected a JSON object or an array of objects, found " + Article(root));
  }
  file.is_array = true;
  file.records.reserve(root.size());
  for (Json& element : root) {
    file.records.push_back(RecordFromJson(element));
    element = nullptr;  // free the element's tree as we go
  }
  return file;
}

Result<RawRecord> ParseJsonLine(std::string_view utf8) {
  if (std::optional<RawRecord> rec = ParseFlatJsonRecord(utf8)) return std::move(*rec);
  return ParseJsonLineWithLibrary(utf8);
}

Result<RawRecord> ParseJsonLineWithLibrary(std::string_view utf8) {
  Result<Json> parsed = Parse(utf8);
  if (!parsed.ok()) return parsed.error();
  return RecordFromJson(parsed.value());
}

}  // namespace riposte::ingest::internal
