// DetectLanguage (ingest.h): cld2 over the start of a document's text.
//
// cld2 is asked only when the text has at least kMinLetters letters: below
// that it guesses, and a guess on a title or one-line item is worse than
// "unknown" (DESIGN.md: unknown is not non-English). It reads at most
// kMaxBytes (8 KiB) from the start, cut at a UTF-8 boundary: cld2 runs at
// about 50 MB/s, so this bounds the cost per document (~150 us), and a news
// article states its language early. Invalid UTF-8
// is tolerated (the CheckUTF8 entry point stops at the first bad byte).
//
// The answer is cld2's ISO 639-1 code when cld2 calls it reliable; the old
// codes cld2 still uses (iw, in, jw) are mapped to current ones, and
// "zh-Hant" to "zh". Languages without a two-letter code keep cld2's
// three-letter code ("ceb").
//
// Tested by sniff_test.cc (Lang* tests).
#include <algorithm>
#include <cstdio>  // before cld2: its header uses FILE without including it
#include <string>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "ingest/ingest.h"

namespace riposte::ingest {
namespace {

constexpr size_t kMinLetters = 40;
constexpr size_t kMaxBytes = 8u << 10;  // cld2 runs at ~50 MB/s: read a bounded start

// Counts letters (ASCII letters, and non-ASCII code points, which in news
// text are nearly all letters) until `enough` is reached.
bool HasEnoughLetters(std::string_view text, size_t enough) {
  size_t letters = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (ascii_letter || c >= 0xC0) {
      if (++letters >= enough) return true;
    }
  }
  return false;
}

}  // namespace

std::string DetectLanguage(std::string_view utf8_text) {
  if (!HasEnoughLetters(utf8_text, kMinLetters)) return "";
  size_t n = std::min(utf8_text.size(), kMaxBytes);
  // Do not cut a character in two.
  while (n > 0 && n < utf8_text.size() &&
         (static_cast<unsigned char>(utf8_text[n]) & 0xC0) == 0x80) {
    --n;
  }
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix_bytes = 0;
  bool reliable = false;
  CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8_text.data(), static_cast<int>(n), /*is_plain_text=*/true, &hints, /*flags=*/0,
      language3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      &valid_prefix_bytes);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE ||
      language == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "";
  }
  std::string code = CLD2::LanguageCode(language);
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  size_t dash = code.find('-');
  if (dash != std::string::npos) code.resize(dash);  // "zh-Hant" -> "zh"
  return code;
}

}  // namespace riposte::ingest
