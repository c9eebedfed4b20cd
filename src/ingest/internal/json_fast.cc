// The fast path of JSONL reading (json_reader.h, ParseFlatJsonRecord): one
// pass over a line that holds a flat object whose values are strings or null
// (and an integer `id`), the shape of nearly every line of a news dump. It
// builds the RawRecord directly, without nlohmann's token-by-token lexer and
// DOM (those were ~4% of an annotating ingest's CPU).
//
// It accepts a strict subset of what nlohmann accepts and gives the same
// record for it: the JSON grammar for objects and strings (the escapes
// \" \\ \/ \b \f \n \r \t \uXXXX, surrogate pairs combined, UTF-8 out),
// whitespace, and integers without fraction, exponent, leading zeros or
// "-0". Everything else returns nullopt and the caller parses the line with
// nlohmann, which also words every error: a syntax error, a control byte in
// a string, a lone surrogate, a number, boolean, array or object as a value,
// a repeated key, a missing or null `text`. The line is valid UTF-8 already
// (the reader repairs it first).
//
// Tested by ingest_test.cc (JsonFastPath: every accepted line against nlohmann).
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/internal/json_reader.h"

namespace riposte::ingest::internal {
namespace {

class FlatParser {
 public:
  explicit FlatParser(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  std::optional<RawRecord> Run() {
    SkipSpace();
    if (!Take('{')) return std::nullopt;
    RawRecord rec;
    unsigned seen = 0;  // bit per known field: a repeated key goes to nlohmann
    SkipSpace();
    if (Take('}')) return std::nullopt;  // no text: nlohmann words the error
    std::string key;
    for (;;) {
      SkipSpace();
      if (!Take('"') || !String(&key)) return std::nullopt;
      SkipSpace();
      if (!Take(':')) return std::nullopt;
      SkipSpace();
      int field = FieldIndex(key);
      std::string* out = field >= 0 ? Field(rec, field) : &scratch_;
      if (field >= 0) {
        if (seen & (1u << field)) return std::nullopt;
        seen |= 1u << field;
      }
      if (Take('"')) {
        out->clear();
        if (!String(out)) return std::nullopt;
        if (field == kText) has_text_ = true;
      } else if (TakeWord("null")) {
        if (field == kText) return std::nullopt;  // "missing text": nlohmann's path
      } else if (field == kId && Integer(out)) {
      } else {
        return std::nullopt;
      }
      SkipSpace();
      if (Take(',')) continue;
      if (Take('}')) break;
      return std::nullopt;
    }
    SkipSpace();
    if (p_ != end_ || !has_text_) return std::nullopt;
    return rec;
  }

 private:
  enum FieldIndexes { kText, kId, kUrl, kOutlet, kTitle, kAuthor, kDate, kLang };

  static int FieldIndex(std::string_view key) {
    static constexpr std::string_view kNames[] = {"text",  "id",     "url",  "outlet",
                                                  "title", "author", "date", "lang"};
    for (int i = 0; i < 8; ++i) {
      if (key == kNames[i]) return i;
    }
    return -1;
  }
  static std::string* Field(RawRecord& rec, int field) {
    switch (field) {
      case kText: return &rec.text;
      case kId: return &rec.id;
      case kUrl: return &rec.url;
      case kOutlet: return &rec.outlet;
      case kTitle: return &rec.title;
      case kAuthor: return &rec.author;
      case kDate: return &rec.date;
      default: return &rec.lang;
    }
  }

  void SkipSpace() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Take(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool TakeWord(std::string_view w) {
    if (static_cast<size_t>(end_ - p_) < w.size() || std::string_view(p_, w.size()) != w) return false;
    p_ += w.size();
    return true;
  }

  // After the opening quote: appends the decoded string to *out and moves
  // past the closing quote. False on anything nlohmann would reject.
  bool String(std::string* out) {
    out->clear();
    for (;;) {
      const char* run = p_;
      p_ = JsonPlainRunEnd(p_, end_);
      out->append(run, p_);
      if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
      if (*p_++ == '"') return true;
      if (p_ == end_) return false;
      switch (*p_++) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case '/': *out += '/'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u':
          if (!Unicode(out)) return false;
          break;
        default: return false;
      }
    }
  }
  bool Hex4(uint32_t* v) {
    if (end_ - p_ < 4 || !ParseHex4(p_, v)) return false;
    p_ += 4;
    return true;
  }
  // After "\u": one code point (a surrogate pair counts as one), as UTF-8.
  bool Unicode(std::string* out) {
    uint32_t cp = 0;
    if (!Hex4(&cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t low = 0;
      if (!TakeWord("\\u") || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(*out, cp);
    return true;
  }
  // An integer id as nlohmann prints it back (std::to_string of its value):
  // digits without a leading zero, an optional '-' (not "-0"), no fraction
  // or exponent, within int64/uint64.
  bool Integer(std::string* out) {
    const char* start = p_;
    const bool negative = Take('-');
    const char* digits = p_;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    const size_t n = static_cast<size_t>(p_ - digits);
    if (n == 0 || (n > 1 && *digits == '0') || (negative && n == 1 && *digits == '0')) return false;
    if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
    if (negative) {
      int64_t v = 0;
      auto [ptr, ec] = std::from_chars(start, p_, v);
      if (ec != std::errc() || ptr != p_) return false;
      *out = std::to_string(v);
    } else {
      uint64_t v = 0;
      auto [ptr, ec] = std::from_chars(digits, p_, v);
      if (ec != std::errc() || ptr != p_) return false;
      *out = std::to_string(v);
    }
    return true;
  }

  const char* p_;
  const char* end_;
  bool has_text_ = false;
  std::string scratch_;  // values of fields the record does not keep
};

}  // namespace

std::optional<RawRecord> ParseFlatJsonRecord(std::string_view utf8) { return FlatParser(utf8).Run(); }

}  // namespace riposte::ingest::internal
