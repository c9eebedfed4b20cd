// Closed-class word classes for the chunker: forms of be, have, do and get,
// modals, negation, articles and the words of quantifiers ("at least",
// "more than"), looked up by lowercased surface form so the chunker does not
// depend on the lemmatiser (straight and typographic apostrophes alike:
// "n't", "n’t"). A constant table grouped by first byte at compile time;
// a lookup lowercases into a stack buffer and compares the few entries with
// the same first byte. Words longer than any entry are rejected first.
//
// Tested by chunker_test.cc.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/internal/chunker_scan.h"

namespace riposte::text::internal::chunk {
namespace {

constexpr size_t kMaxClassWordBytes = 16;

struct ClassWord {
  std::string_view word;
  uint32_t classes = 0;
};

constexpr std::array kClassWords = {
    ClassWord{"be", kBe},          ClassWord{"is", kBe},
    ClassWord{"was", kBe},         ClassWord{"were", kBe},
    ClassWord{"been", kBe},        ClassWord{"being", kBe},
    ClassWord{"are", kBe},         ClassWord{"am", kBe},
    ClassWord{"'s", kBe},          ClassWord{"'re", kBe},
    ClassWord{"'m", kBe},          ClassWord{"have", kHave},
    ClassWord{"has", kHave},       ClassWord{"had", kHave},
    ClassWord{"having", kHave},    ClassWord{"'ve", kHave},
    ClassWord{"'d", kHave | kModal | kPastModal},
    ClassWord{"do", kDo},          ClassWord{"does", kDo},
    ClassWord{"did", kDo},         ClassWord{"get", kGet},
    ClassWord{"gets", kGet},       ClassWord{"got", kGet},
    ClassWord{"gotten", kGet},     ClassWord{"getting", kGet},
    ClassWord{"will", kModal | kFuture},
    ClassWord{"shall", kModal | kFuture},
    ClassWord{"'ll", kModal | kFuture},
    ClassWord{"wo", kModal | kFuture},
    ClassWord{"would", kModal | kPastModal},
    ClassWord{"could", kModal | kPastModal},
    ClassWord{"might", kModal | kPastModal},
    ClassWord{"should", kModal | kPastModal},
    ClassWord{"can", kModal},      ClassWord{"ca", kModal},
    ClassWord{"may", kModal},      ClassWord{"must", kModal},
    ClassWord{"ought", kModal | kOught},
    ClassWord{"cannot", kModal | kNegation | kForceModal},    ClassWord{"not", kNegation},
    ClassWord{"n't", kNegation},   ClassWord{"never", kNegation},
    ClassWord{"neither", kNegation},
    ClassWord{"no", kNo | kArticle},
    ClassWord{"longer", kLonger},  ClassWord{"a", kArticle},
    ClassWord{"an", kArticle},     ClassWord{"the", kArticle},
    ClassWord{"every", kArticle},  ClassWord{"about", kQuantAdverb},
    ClassWord{"nearly", kQuantAdverb},
    ClassWord{"almost", kQuantAdverb},
    ClassWord{"approximately", kQuantAdverb},
    ClassWord{"roughly", kQuantAdverb},
    ClassWord{"around", kQuantAdverb},
    ClassWord{"some", kQuantAdverb},
    ClassWord{"over", kQuantAdverb},
    ClassWord{"only", kQuantAdverb},
    ClassWord{"just", kQuantAdverb},
    ClassWord{"under", kQuantAdverb},
    ClassWord{"more", kComparative},
    ClassWord{"fewer", kComparative},
    ClassWord{"less", kComparative},
    ClassWord{"than", kThan},      ClassWord{"at", kAt},
    ClassWord{"least", kLeastMost},
    ClassWord{"most", kLeastMost}, ClassWord{"by", kBy},
    ClassWord{"up", kUp},          ClassWord{"as", kAs},
    ClassWord{"many", kMany | kQuantAdjective},
    ClassWord{"much", kMany},      ClassWord{"several", kQuantAdjective},
    ClassWord{"few", kQuantAdjective},
    ClassWord{"various", kQuantAdjective},
    ClassWord{"numerous", kQuantAdjective},
    ClassWord{"other", kQuantAdjective},
    ClassWord{"today", kTimeNoun}, ClassWord{"yesterday", kTimeNoun},
    ClassWord{"tomorrow", kTimeNoun},
    ClassWord{"tonight", kTimeNoun},
    ClassWord{"monday", kTimeNoun},
    ClassWord{"tuesday", kTimeNoun},
    ClassWord{"wednesday", kTimeNoun},
    ClassWord{"thursday", kTimeNoun},
    ClassWord{"friday", kTimeNoun},
    ClassWord{"saturday", kTimeNoun},
    ClassWord{"sunday", kTimeNoun},
    ClassWord{"next", kTimeAdjective},
    ClassWord{"last", kTimeAdjective},
    ClassWord{"late", kTimeAdjective},
    ClassWord{"early", kTimeAdjective},
    ClassWord{"past", kTimeAdjective},
};

constexpr size_t kAscii = 128;

// kClassWords grouped by first byte: the words starting with byte c are
// words[start[c]] .. words[start[c + 1] - 1]. Built at compile time.
struct ClassIndex {
  std::array<ClassWord, kClassWords.size()> words{};
  std::array<uint16_t, kAscii + 1> start{};
};

constexpr ClassIndex BuildIndex() {
  ClassIndex index;
  uint16_t out = 0;
  for (size_t c = 0; c < kAscii; ++c) {
    index.start[c] = out;
    for (const ClassWord& entry : kClassWords) {
      if (static_cast<unsigned char>(entry.word[0]) == c) index.words[out++] = entry;
    }
  }
  index.start[kAscii] = out;
  return index;
}

constexpr ClassIndex kIndex = BuildIndex();
static_assert(kIndex.start[kAscii] == kClassWords.size(), "every word starts with ASCII");

}  // namespace

uint32_t ClassifyWord(std::string_view word) {
  if (word.size() > kMaxClassWordBytes) return 0;
  std::array<char, kMaxClassWordBytes> buf{};
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x98 ||
         static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      buf[n++] = '\'';
      i += 2;
      continue;
    }
    if (c >= 0x80) return 0;
    buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  if (n == 0) return 0;
  const std::string_view lower(buf.data(), n);
  const auto first = static_cast<unsigned char>(buf[0]);
  for (uint16_t k = kIndex.start[first]; k < kIndex.start[first + 1]; ++k) {
    if (kIndex.words[k].word == lower) return kIndex.words[k].classes;
  }
  return 0;
}

}  // namespace riposte::text::internal::chunk
