// DetectLanguage (ingest.h): cld2 over the start of a document's text,
// after a fast path for text that is English beyond doubt.
//
// Fast path: cld2 runs at ~25 MB/s here, slower than the rest of ingest put
// together, and nearly every document in our corpora is English. The first
// kFastBytes are split into words; when at least kFastMinWords words are
// found, at most 1 in 50 contains a non-ASCII letter, and at least
// kFastMinShare of them are English function words (the, of, and, said...),
// the answer is "en" without cld2. Running English prose has 35-50% such
// words; French, German, Dutch, Spanish, Turkish or Azerbaijani stay far
// below 28% on this list, and fall through to cld2 (language_test holds the
// fast path against cld2 on both).
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
// Tested by sniff_test.cc (Lang* tests) and language_test.cc.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <cstdio>  // before cld2: its header uses FILE without including it
#include <string>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "ingest/ingest.h"
#include "ingest/internal/langid.h"

namespace riposte::ingest {
namespace {

constexpr size_t kFastBytes = 1200;  // ~200 words of English
constexpr size_t kFastMinWords = 30;
constexpr double kFastMinShare = 0.28;

// A word of up to 8 lower-case ASCII letters packed into an integer, the
// first letter in the lowest byte (as a little-endian load of the word's
// bytes gives it).
constexpr uint64_t Pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) v |= uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
  return v;
}

// English function words, packed (looked up in kFunctionWordSlots below).
constexpr std::array<uint64_t, 42> kFunctionWords = {
    Pack("a"),    Pack("after"), Pack("an"),   Pack("and"),  Pack("are"),   Pack("as"),
    Pack("at"),   Pack("be"),    Pack("been"), Pack("but"),  Pack("by"),    Pack("for"),
    Pack("from"), Pack("had"),   Pack("has"),  Pack("have"), Pack("he"),    Pack("her"),
    Pack("his"),  Pack("in"),    Pack("is"),   Pack("it"),   Pack("its"),   Pack("not"),
    Pack("of"),   Pack("on"),    Pack("or"),   Pack("said"), Pack("she"),   Pack("that"),
    Pack("the"),  Pack("their"), Pack("they"), Pack("this"), Pack("to"),    Pack("was"),
    Pack("were"), Pack("which"), Pack("who"),  Pack("will"), Pack("with"),  Pack("would")};
constexpr size_t kMaxFunctionWord = 5;

// The same words in a perfect hash: a multiplicative hash whose multiplier
// is searched at compile time so that no two words share a slot; 0 marks an
// empty slot (no word packs to 0). Membership is one load and one compare,
// no branch, for each of ~200 words of every document (the probe loops of
// an ordinary hash set mispredicted).
constexpr size_t kWordSlotBits = 8;
constexpr size_t kWordSlots = size_t{1} << kWordSlotBits;
constexpr size_t SlotOf(uint64_t packed, uint64_t multiplier) {
  return static_cast<size_t>((packed * multiplier) >> (64 - kWordSlotBits));
}
constexpr uint64_t kWordMultiplier = [] {
  for (uint64_t m = 0x9E3779B97F4A7C15ull;; m += 2 * 0x2545F4914F6CDD1Dull) {
    std::array<bool, kWordSlots> used{};
    bool collision = false;
    for (uint64_t w : kFunctionWords) {
      collision = collision || used[SlotOf(w, m)];
      used[SlotOf(w, m)] = true;
    }
    if (!collision) return m;
  }
}();
constexpr auto kFunctionWordSlots = [] {
  std::array<uint64_t, kWordSlots> slots{};
  for (uint64_t w : kFunctionWords) slots[SlotOf(w, kWordMultiplier)] = w;
  return slots;
}();

// Returns true iff `packed` is one of kFunctionWords.
bool IsFunctionWord(uint64_t packed) { return kFunctionWordSlots[SlotOf(packed, kWordMultiplier)] == packed; }

// What each byte is to IsClearlyEnglish's words, one table read a byte: a
// word starts at an ASCII letter or a non-ASCII lead byte and goes on over
// ASCII letters and any non-ASCII byte; 0xE2 leads typographic punctuation
// (U+2000-U+206F) and is no letter.
constexpr uint8_t kInWord = 1, kNonAscii = 2, kStartsWord = 4;
struct ByteKinds {
  uint8_t kind[256];
  constexpr ByteKinds() : kind() {
    for (int c = 0; c < 256; ++c) {
      const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (ascii_letter) kind[c] = kInWord | kStartsWord;
      if (c >= 0x80 && c != 0xE2) kind[c] = kInWord | kNonAscii | (c >= 0xC0 ? kStartsWord : 0);
    }
  }
};
constexpr ByteKinds kByteKinds{};

constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = kOnes * 0x80, kLows = kOnes * 0x7F;

// The high bit of each byte of `w` that kByteKinds marks kInWord: an ASCII
// letter, or a non-ASCII byte other than 0xE2. Exact per byte (no carry
// crosses a byte), so eight bytes are classified at once.
constexpr uint64_t InWordBytes(uint64_t w) {
  const uint64_t folded = (w & kLows) | (kOnes * 0x20);  // ASCII lower case, high bits clear
  const uint64_t from_a = (folded + kOnes * (0x80 - 'a')) & kHighs;
  const uint64_t past_z = (folded + kOnes * (0x80 - 'z' - 1)) & kHighs;
  const uint64_t letter = from_a & ~past_z & ~w;
  const uint64_t e2 = w ^ (kOnes * 0xE2);
  const uint64_t is_e2 = ~(((e2 & kLows) + kLows) | e2) & kHighs;
  return letter | (w & kHighs & ~is_e2);
}

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

namespace internal {

bool IsClearlyEnglish(std::string_view text) {
  text = text.substr(0, kFastBytes);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t words = 0, function_words = 0, foreign = 0;
  size_t i = 0;
  while (i < n) {
    if ((kByteKinds.kind[s[i]] & kStartsWord) == 0) {
      ++i;
      continue;
    }
    const size_t begin = i;
    bool non_ascii = false;
    // The word's end, eight bytes at a time while eight are left.
    for (;;) {
      if (n - i < 8 || std::endian::native != std::endian::little) {
        for (uint8_t kind; i < n && ((kind = kByteKinds.kind[s[i]]) & kInWord) != 0; ++i) {
          non_ascii = non_ascii || (kind & kNonAscii) != 0;
        }
        break;
      }
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      const uint64_t in_word = InWordBytes(w), high = w & kHighs;
      const uint64_t stop = ~in_word & kHighs;
      if (stop == 0) {
        non_ascii = non_ascii || high != 0;
        i += 8;
        continue;
      }
      const int bytes = std::countr_zero(stop) / 8;
      non_ascii = non_ascii || (high & ((uint64_t{1} << (8 * bytes)) - 1)) != 0;
      i += static_cast<size_t>(bytes);
      break;
    }
    ++words;
    const size_t len = i - begin;
    foreign += non_ascii;
    // Counted without branches: whether a word is short, and a function
    // word, is a coin toss the branch predictor lost.
    uint64_t packed = 0;
    if (n - begin >= 8 && std::endian::native == std::endian::little) {
      std::memcpy(&packed, s + begin, 8);
      packed = (packed | kOnes * 0x20) & (len >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1);
    } else {
      for (size_t k = 0; k < len && k < 8; ++k) packed |= uint64_t{s[begin + k] | 0x20u} << (8 * k);
    }
    function_words += static_cast<size_t>((len <= kMaxFunctionWord) & !non_ascii & IsFunctionWord(packed));
  }
  return words >= kFastMinWords && foreign * 50 <= words &&
         static_cast<double>(function_words) >= kFastMinShare * static_cast<double>(words);
}

std::string DetectLanguageCld2(std::string_view utf8_text) {
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

}  // namespace internal

std::string DetectLanguage(std::string_view utf8_text) {
  if (!HasEnoughLetters(utf8_text, kMinLetters)) return "";
  if (internal::IsClearlyEnglish(utf8_text)) return "en";
  return internal::DetectLanguageCld2(utf8_text);
}

}  // namespace riposte::ingest
