// INTERNAL to the text stage: use text/text.h instead.
//
// The parts of WordNet 3.0 the lemmatiser needs, read at run time from
// Debian's wordnet-base (never copied into the repository):
//   index.noun index.verb index.adj index.adv  which lemmas exist, per part
//                                              of speech (first field of each
//                                              line; the licence header lines
//                                              start with two spaces)
//   noun.exc verb.exc adj.exc adv.exc          irregular forms: "inflected
//                                              base1 base2 ..."; we keep base1
//
// Storage: every string lives once in one arena (std::string); a single
// open-addressing hash table (linear probing, power-of-two size, at most
// 60% full) maps a lowercase lemma to a bit set of the parts of speech
// whose index lists it, and a second, small table maps (inflected form, part
// of speech) to its first base. Lookups hash the key once and never allocate.
// About 150 000 lemmas: roughly 5 MB, loaded in a few tens of milliseconds.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::text::internal {

// WordNet's four parts of speech; the values index the file tables.
enum class WordNetPos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };
inline constexpr int kWordNetPosCount = 4;

// Immutable after loading; safe to share between threads. Not copyable (it
// owns a few megabytes); held through unique_ptr.
class WordNet {
 public:
  WordNet() = default;
  WordNet(const WordNet&) = delete;
  WordNet& operator=(const WordNet&) = delete;

  // Returns true iff `lemma` (lowercase, multiword lemmas joined by '_') is
  // in index.<pos>.
  bool Contains(std::string_view lemma, WordNetPos pos) const;
  // Returns true iff `lemma` is in any of the four indexes.
  bool ContainsAny(std::string_view lemma) const;
  // The first base listed for `inflected` in <pos>.exc ("went" -> "go" for
  // kVerb), or an empty view. The view points into this WordNet.
  std::string_view Exception(std::string_view inflected, WordNetPos pos) const;

  // Number of distinct lemmas and exception entries loaded.
  size_t lemma_count() const { return lemma_count_; }
  size_t exception_count() const { return exception_count_; }
  // Heap bytes held (arena plus both tables).
  size_t MemoryBytes() const;

 private:
  friend Result<std::unique_ptr<WordNet>> LoadWordNet(std::string_view dir);

  struct LemmaSlot {
    uint32_t hash = 0;
    uint32_t offset = 0;   // into arena_
    uint16_t length = 0;   // 0 marks an empty slot
    uint8_t pos_mask = 0;  // bit (1 << WordNetPos)
  };
  struct ExceptionSlot {
    uint32_t hash = 0;     // of the inflected form, mixed with pos
    uint32_t key_offset = 0;
    uint32_t base_offset = 0;
    uint16_t key_length = 0;  // 0 marks an empty slot
    uint16_t base_length = 0;
    uint8_t pos = 0;
  };

  const LemmaSlot* FindLemma(std::string_view lemma) const;
  void AddLemma(std::string_view lemma, WordNetPos pos);
  void AddException(std::string_view inflected, std::string_view base, WordNetPos pos);
  std::string_view ArenaView(uint32_t offset, uint32_t length) const {
    return std::string_view(arena_).substr(offset, length);
  }

  std::string arena_;
  std::vector<LemmaSlot> lemmas_;          // size is a power of two
  std::vector<ExceptionSlot> exceptions_;  // size is a power of two
  size_t lemma_count_ = 0;
  size_t exception_count_ = 0;
};

// The data directory: $RIPOSTE_WORDNET_DIR if set and non-empty, else
// /usr/share/wordnet.
std::string WordNetDir();

// Reads the eight files from `dir`. Fails with kNotFound naming the first
// missing file (message says to run scripts/install-deps), kIo when a file
// cannot be read, kMalformed when an index holds no lemma at all. Not
// cached: Lemmatizer::Get caches the default directory's result.
Result<std::unique_ptr<WordNet>> LoadWordNet(std::string_view dir);

}  // namespace riposte::text::internal
