// Core helpers: error names, content hash, JSON string escaping, UTF-8 check.
//
// ContentHash is two independent 64-bit hashes (FNV-1a with a final avalanche
// mix, and a multiply-rotate hash) printed as 32 hex characters: stable across
// platforms and releases, since stored identities depend on it.
//
// Tested by core_test.cc.
#include "core/core.h"

#include <bit>
#include <cstring>

namespace riposte {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kEmpty: return "empty";
    case ErrorCode::kBinary: return "binary";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kEncoding: return "encoding";
    case ErrorCode::kMalformed: return "malformed";
    case ErrorCode::kMissingField: return "missing_field";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kStore: return "store";
    case ErrorCode::kSchema: return "schema";
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Error::ToString() const {
  if (arg.empty()) return message;
  return arg + ": " + message;
}

const char* TimeGranularityName(TimeGranularity g) {
  switch (g) {
    case TimeGranularity::kNone: return "none";
    case TimeGranularity::kDay: return "day";
    case TimeGranularity::kWeek: return "week";
    case TimeGranularity::kMonth: return "month";
    case TimeGranularity::kQuarter: return "quarter";
    case TimeGranularity::kSeason: return "season";
    case TimeGranularity::kHalf: return "half";
    case TimeGranularity::kYear: return "year";
    case TimeGranularity::kDecade: return "decade";
    case TimeGranularity::kCentury: return "century";
    case TimeGranularity::kDuration: return "duration";
  }
  return "none";
}

TimeGranularity ParseTimeGranularity(std::string_view name) {
  for (int g = 0; g <= static_cast<int>(TimeGranularity::kDuration); ++g) {
    if (name == TimeGranularityName(static_cast<TimeGranularity>(g))) {
      return static_cast<TimeGranularity>(g);
    }
  }
  return TimeGranularity::kNone;
}

const char* TimeAnchorName(TimeAnchor a) {
  switch (a) {
    case TimeAnchor::kAbsolute: return "absolute";
    case TimeAnchor::kDocument: return "document";
    case TimeAnchor::kPrevious: return "previous";
  }
  return "absolute";
}

TimeAnchor ParseTimeAnchor(std::string_view name) {
  if (name == "document") return TimeAnchor::kDocument;
  if (name == "previous") return TimeAnchor::kPrevious;
  return TimeAnchor::kAbsolute;
}

const char* ProvenanceName(Provenance p) {
  switch (p) {
    case Provenance::kNone: return "";
    case Provenance::kGiven: return "given";
    case Provenance::kSniffed: return "sniffed";
    case Provenance::kInferred: return "inferred";
  }
  return "";
}

namespace {

uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// One MulRot step over an 8-byte little-endian word.
uint64_t MulRotStep(uint64_t h, uint64_t w) {
  h ^= Mix64(w);
  h = (h << 27) | (h >> 37);
  return h * 5 + 0x52dce729;
}

// Both hashes in one pass: FNV-1a (byte by byte, with a final mix of the
// length) and MulRot (8 bytes a step, the tail padded with zeros and +1).
// FNV-1a's multiplies form one serial chain; MulRot's steps do not depend
// on it, so the CPU overlaps them instead of running two loops.
void HashBoth(std::string_view s, uint64_t* fnv_out, uint64_t* mulrot_out) {
  const size_t n = s.size();
  uint64_t fnv = kFnvBasis;
  uint64_t mulrot = 0x9e3779b97f4a7c15ULL ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = 0;
    for (int b = 0; b < 8; ++b) {
      const uint64_t c = static_cast<unsigned char>(s[i + b]);
      fnv = (fnv ^ c) * kFnvPrime;
      w |= c << (8 * b);
    }
    mulrot = MulRotStep(mulrot, w);
  }
  uint64_t tail = 0;
  for (int b = 0; i < n; ++i, ++b) {
    const uint64_t c = static_cast<unsigned char>(s[i]);
    fnv = (fnv ^ c) * kFnvPrime;
    tail |= c << (8 * b);
  }
  mulrot ^= Mix64(tail + 1);
  *fnv_out = Mix64(fnv ^ n);
  *mulrot_out = Mix64(mulrot);
}

}  // namespace

std::string ContentHash(std::string_view text) {
  // The two hashes as 16 lower-case hex digits each, high nibble first (what
  // "%016llx%016llx" printed; written by hand, snprintf was most of the cost).
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  uint64_t halves[2];
  HashBoth(text, &halves[0], &halves[1]);
  for (size_t half = 0; half < 2; ++half) {
    for (size_t digit = 0; digit < 16; ++digit) {
      out[half * 16 + digit] = kHex[(halves[half] >> (60 - 4 * digit)) & 15];
    }
  }
  return out;
}

void AppendJsonString(std::string& out, std::string_view s) {
  const size_t start = out.size();
  out.resize(start + JsonStringRoom(s));
  char* end = WriteJsonString(out.data() + start, s);
  out.resize(static_cast<size_t>(end - out.data()));
}

const char* JsonPlainRunEnd(const char* p, const char* end) {
  // Per-byte zero tests on whole words; a borrow only flags bytes above a
  // real match, so the lowest flagged byte, the one returned, is exact.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  if constexpr (std::endian::native == std::endian::little) {
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
      const uint64_t flagged = (((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                                ((w - kOnes * 0x20) & ~w)) & kHighs;
      if (flagged != 0) return p + std::countr_zero(flagged) / 8;
      p += 8;
    }
  }
  while (p != end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20) ++p;
  return p;
}

char* WriteJsonString(char* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  *out++ = '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  for (;;) {
    const char* run = JsonPlainRunEnd(p, end);
    std::memcpy(out, p, static_cast<size_t>(run - p));
    out += run - p;
    if (run == end) break;
    const unsigned char c = static_cast<unsigned char>(*run);
    p = run + 1;
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      case '\b': *out++ = 'b'; break;
      case '\f': *out++ = 'f'; break;
      default:  // another control character
        std::memcpy(out, "u00", 3);
        out[3] = kHex[c >> 4];
        out[4] = kHex[c & 15];
        out += 5;
    }
  }
  *out++ = '"';
  return out;
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool ParseHex4(const char* p, uint32_t* v) {
  uint32_t x = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = p[i];
    x <<= 4;
    if (c >= '0' && c <= '9') {
      x |= static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      x |= static_cast<uint32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      x |= static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return false;
    }
  }
  *v = x;
  return true;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // Eight ASCII bytes at a time (no byte has its high bit set).
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

namespace {

struct WordValue {
  std::string_view word;
  double value;
};
constexpr WordValue kNumberWords[] = {
    {"one", 1},        {"two", 2},        {"three", 3},      {"four", 4},
    {"five", 5},       {"six", 6},        {"seven", 7},      {"eight", 8},
    {"nine", 9},       {"ten", 10},       {"eleven", 11},    {"twelve", 12},
    {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},   {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},  {"twenty", 20},
    {"thirty", 30},    {"forty", 40},     {"fifty", 50},     {"sixty", 60},
    {"seventy", 70},   {"eighty", 80},    {"ninety", 90},    {"dozen", 12},
};
constexpr WordValue kScaleWords[] = {{"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6},
                                     {"mln", 1e6},     {"billion", 1e9},  {"bn", 1e9}};

}  // namespace

std::optional<double> NumberWordValue(std::string_view word) {
  for (const WordValue& n : kNumberWords)
    if (n.word == word) return n.value;
  if (size_t dash = word.find('-'); dash != std::string_view::npos) {  // "thirty-eight"
    std::optional<double> tens = NumberWordValue(word.substr(0, dash));
    std::optional<double> units = NumberWordValue(word.substr(dash + 1));
    if (tens && units && *tens >= 20 && *units < 10) return *tens + *units;
  }
  return std::nullopt;
}

std::optional<double> ScaleWordValue(std::string_view word) {
  for (const WordValue& s : kScaleWords)
    if (s.word == word) return s.value;
  return std::nullopt;
}

}  // namespace riposte
