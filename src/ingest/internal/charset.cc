// Charset decoding for the ingest readers: DecodeToUtf8 (ingest.h) and the
// helpers of internal/charset.h.
//
// Order of decisions: a byte-order mark wins; then the charset the caller
// declares; then an XML declaration or an HTML <meta> charset in the first
// 4 KiB; then the bytes themselves (UTF-8 if they are, repaired if they mostly
// are, windows-1252 "guessed" if they are not UTF-8 at all). Non-UTF-8
// charsets go through ICU's ucnv. A declared single-byte charset on bytes that
// are valid, non-ASCII UTF-8 is taken for a stale declaration (pages saved by
// tools that re-encode but keep the <meta>) and the bytes read as UTF-8.
//
// Tested by ingest_test.cc.
#include "ingest/internal/format.h"
#include "ingest/internal/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace riposte::ingest::internal {
namespace {

constexpr size_t kHeadBytes = 4096;        // where charset declarations are looked for
constexpr size_t kBinaryProbeBytes = 8192; // what LooksBinary inspects
constexpr size_t kMaxIcuInput = 256u << 20;  // keeps ICU's int32 lengths safe

// Length of the well-formed UTF-8 sequence at p[0..avail), or 0 if none
// (Unicode 15, table 3-7: no overlongs, surrogates or values above U+10FFFF).
size_t Utf8SeqLen(const unsigned char* p, size_t avail) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](size_t i, unsigned char lo, unsigned char hi) {
    return i < avail && p[i] >= lo && p[i] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Counts well-formed multi-byte sequences and invalid bytes.
void CountUtf8(std::string_view s, size_t* multibyte, size_t* invalid) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    size_t len = Utf8SeqLen(p + i, s.size() - i);
    if (len == 0) {
      ++*invalid;
      ++i;
    } else {
      if (len > 1) ++*multibyte;
      i += len;
    }
  }
}

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// "UTF-8", "utf8", "utf_8" all name UTF-8.
bool IsUtf8Name(std::string_view name) {
  std::string n;
  for (char c : AsciiLower(name))
    if (c != '-' && c != '_') n.push_back(c);
  return n == "utf8" || n == "unicode11utf8";
}

// UTF-16/32 named in a document head cannot be right (the head was readable
// as ASCII): HTML5 reads such pages as UTF-8.
bool IsWideName(std::string_view name) {
  std::string n = AsciiLower(name);
  return n.rfind("utf-16", 0) == 0 || n.rfind("utf-32", 0) == 0 ||
         n.rfind("utf16", 0) == 0 || n.rfind("utf32", 0) == 0 || n == "ucs-2";
}

// Latin-1 and ASCII labels mean windows-1252 in practice (HTML5 encoding
// table): 0x80-0x9F are curly quotes and dashes, not C1 controls.
std::string IcuName(std::string_view name) {
  std::string n = AsciiLower(name);
  if (n == "iso-8859-1" || n == "iso8859-1" || n == "latin1" || n == "latin-1" ||
      n == "l1" || n == "us-ascii" || n == "ascii" || n == "cp819" || n == "iso_8859-1")
    return "windows-1252";
  return std::string(name);
}

// Reads the value after `key` = in `s` (optionally quoted), starting at `at`.
std::string ValueAfter(std::string_view s, size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n' || s[at] == '\r')) ++at;
  if (at >= s.size() || s[at] != '=') return "";
  ++at;
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '"' || s[at] == '\'')) ++at;
  size_t end = at;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                            s[end] == '_' || s[end] == '.' || s[end] == ':'))
    ++end;
  return std::string(s.substr(at, end - at));
}

struct CallbackCount {
  size_t bytes = 0;
};

// ICU to-Unicode callback: writes U+FFFD for each bad sequence and counts its
// bytes (ICU's own substitute may write U+001A for single-byte charsets).
void CountAndReplace(const void* context, UConverterToUnicodeArgs* args, const char*,
                     int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
  static_cast<CallbackCount*>(const_cast<void*>(context))->bytes += static_cast<size_t>(length);
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts `bytes` from `charset` with ICU. False when ICU does not know the
// charset or the input is too large for it.
bool ConvertWithIcu(std::string_view bytes, const std::string& charset, Decoded* out) {
  if (bytes.size() > kMaxIcuInput) return false;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err) || !cnv) return false;
  CallbackCount count;
  err = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv.get(), CountAndReplace, &count, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;

  const auto src_len = static_cast<int32_t>(bytes.size());
  std::u16string wide(bytes.size() + 1, u'\0');
  err = U_ZERO_ERROR;
  int32_t wide_len = ucnv_toUChars(cnv.get(), wide.data(), static_cast<int32_t>(wide.size()),
                                   bytes.data(), src_len, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {  // rare: a byte that maps to two UChars
    count.bytes = 0;
    wide.assign(static_cast<size_t>(wide_len) + 1, u'\0');
    err = U_ZERO_ERROR;
    wide_len = ucnv_toUChars(cnv.get(), wide.data(), static_cast<int32_t>(wide.size()),
                             bytes.data(), src_len, &err);
  }
  if (U_FAILURE(err)) return false;

  std::string utf8(static_cast<size_t>(wide_len) * 3 + 1, '\0');
  int32_t utf8_len = 0;
  int32_t substitutions = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(utf8.data(), static_cast<int32_t>(utf8.size()), &utf8_len, wide.data(),
                     wide_len, 0xFFFD, &substitutions, &err);
  if (U_FAILURE(err)) return false;
  utf8.resize(static_cast<size_t>(utf8_len));
  out->utf8 = std::move(utf8);
  out->repaired = count.bytes + static_cast<size_t>(substitutions);
  return true;
}

Decoded RepairAsUtf8(std::string_view bytes) {
  Decoded d;
  d.charset = "UTF-8";
  d.utf8 = RepairUtf8(bytes, &d.repaired);
  return d;
}

}  // namespace

std::string RepairUtf8(std::string_view bytes, size_t* repaired) {
  if (IsValidUtf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t i = 0;
  while (i < bytes.size()) {
    size_t len = Utf8SeqLen(p + i, bytes.size() - i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++*repaired;
      ++i;
    } else {
      out.append(bytes.data() + i, len);
      i += len;
    }
  }
  return out;
}

std::string_view DetectBom(std::string_view b, size_t* bom_len) {
  auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };
  struct Bom {
    std::string_view bytes;
    std::string_view charset;
  };
  // UTF-32LE before UTF-16LE: its BOM starts with UTF-16LE's.
  static constexpr Bom kBoms[] = {
      {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
      {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
  };
  for (const Bom& bom : kBoms) {
    if (starts(bom.bytes)) {
      *bom_len = bom.bytes.size();
      return bom.charset;
    }
  }
  *bom_len = 0;
  return {};
}

std::string DeclaredCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, kHeadBytes));
  // XML declaration: <?xml version="1.0" encoding="windows-1251"?>
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start != std::string::npos && head.compare(start, 5, "<?xml") == 0) {
    size_t end = head.find("?>", start);
    size_t enc = head.find("encoding", start);
    if (enc != std::string::npos && (end == std::string::npos || enc < end)) {
      std::string value = ValueAfter(head, enc + 8);
      if (!value.empty()) return value;
    }
  }
  // <meta charset="..."> or <meta http-equiv=... content="text/html; charset=...">
  for (size_t pos = head.find("<meta"); pos != std::string::npos;
       pos = head.find("<meta", pos + 5)) {
    size_t end = std::min(head.find('>', pos), head.size());
    std::string_view tag = std::string_view(head).substr(pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    std::string value = ValueAfter(tag, cs + 7);
    if (!value.empty()) return value;
  }
  return "";
}

bool LooksBinary(std::string_view bytes) {
  std::string_view probe = bytes.substr(0, kBinaryProbeBytes);
  size_t control = 0;
  for (char ch : probe) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F)
      ++control;
  }
  return !probe.empty() && control * 10 > probe.size() * 3;
}

DecodeReport DecodeWithReport(std::string_view bytes, std::string_view declared) {
  DecodeReport report;
  size_t bom_len = 0;
  std::string_view bom = DetectBom(bytes, &bom_len);
  if (!bom.empty()) {
    std::string_view body = bytes.substr(bom_len);
    if (bom == "UTF-8") {
      report.decoded = RepairAsUtf8(body);
      return report;
    }
    report.decoded.charset = std::string(bom);
    if (ConvertWithIcu(body, report.decoded.charset, &report.decoded)) return report;
    report.decoded = RepairAsUtf8(body);  // unreachable with a stock ICU
    report.note = std::string(bom) + " byte-order mark but the text could not be converted";
    return report;
  }

  std::string charset(declared);
  if (charset.empty()) {
    charset = DeclaredCharset(bytes);
    if (IsWideName(charset)) charset.clear();
  }
  if (!charset.empty()) {
    if (IsUtf8Name(charset)) {
      report.decoded = RepairAsUtf8(bytes);
      return report;
    }
    if (HasNonAscii(bytes) && IsValidUtf8(bytes)) {
      report.decoded = RepairAsUtf8(bytes);
      report.note = "charset \"" + charset + "\" is declared but the bytes are UTF-8; read as UTF-8";
      return report;
    }
    report.decoded.charset = IcuName(charset);
    if (ConvertWithIcu(bytes, report.decoded.charset, &report.decoded)) return report;
    report.decoded = RepairAsUtf8(bytes);
    report.note = "unknown charset \"" + charset + "\"; read as UTF-8";
    return report;
  }

  if (IsValidUtf8(bytes)) {
    report.decoded.charset = "UTF-8";
    report.decoded.utf8 = std::string(bytes);
    return report;
  }
  size_t multibyte = 0, invalid = 0;
  CountUtf8(bytes, &multibyte, &invalid);
  if (invalid > multibyte) {
    Decoded guess;
    if (ConvertWithIcu(bytes, "windows-1252", &guess)) {
      guess.charset = "windows-1252 (guessed)";
      report.decoded = std::move(guess);
      report.note = "no charset declared and the bytes are not UTF-8; read as windows-1252 (guessed)";
      return report;
    }
  }
  report.decoded = RepairAsUtf8(bytes);
  return report;
}

}  // namespace riposte::ingest::internal

namespace riposte::ingest {

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared) {
  return internal::DecodeWithReport(bytes, declared).decoded;
}

}  // namespace riposte::ingest
