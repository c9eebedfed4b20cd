// INTERNAL to the text stage: use text/text.h instead.
//
// The tagger's model, read at run time from Debian's festlex-poslex data
// (never copied into the project):
//   wsj.wp39.poslexR        lines ("word" ((tag logp) ...) () ): the natural
//                           log of P(word | tag), words lower-cased;
//   wsj.wp39.tri.ngrambin   Edinburgh Speech Tools "NgramBin_2" dense
//                           trigram over the same tag set (see poslex.cc).
// Tags are festival's ("nn", "punc", "of", "to", "prp" for PRP and PRP$,
// "wp" for WP and WP$, "1"/"2" junk ambiguity classes we ignore); tagger.cc
// maps them to Penn tags.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "core/word_table.h"

namespace riposte::text::internal {

// Most tags a word may carry in the lexicon (festival has 8 for "a").
inline constexpr int kMaxCandidates = 8;

// One possible tag of a word with log P(word | tag).
struct LexTag {
  uint8_t tag = 0;
  float logp = 0;
};

// A lexicon entry: a range of PosLex::tags_.
struct LexEntry {
  uint32_t first = 0;
  uint8_t count = 0;
};

class PosLex {
 public:
  // Reads both files from `dir`. kNotFound (naming the file and
  // scripts/install-deps) when one is missing; kMalformed when unreadable.
  static Result<std::unique_ptr<PosLex>> Load(const std::string& dir);

  int num_tags() const { return num_tags_; }
  const std::string& tag_name(int t) const { return tag_names_[t]; }
  // Index of festival tag `name`, or -1.
  int TagIndex(std::string_view name) const;

  // The tags of a lower-cased word; count 0 when unknown.
  LexEntry Lookup(std::string_view lower) const {
    const uint32_t packed = words_.Find(lower);
    if (packed == WordTable::kMissing) return LexEntry{};
    return LexEntry{packed >> kCountBits, static_cast<uint8_t>(packed & ((1u << kCountBits) - 1))};
  }
  const LexTag& tag_at(uint32_t i) const { return tags_[i]; }

  // log P(t3 | t1, t2), interpolated with the bigram and unigram.
  float Trans(int t1, int t2, int t3) const {
    return trans_[(static_cast<size_t>(t1) * num_tags_ + t2) * num_tags_ + t3];
  }
  // The whole table: Trans(t1, t2, t3) is
  // trans_data()[(t1 * num_tags() + t2) * num_tags() + t3].
  const float* trans_data() const { return trans_.data(); }
  // log P(t), from the trigram counts.
  float Prior(int t) const { return prior_[t]; }

 private:
  Status ReadLexicon(const std::string& path);
  Status ReadNgram(const std::string& path);

  // A LexEntry packed into a WordTable value: first << kCountBits | count.
  static constexpr int kCountBits = 8;

  int num_tags_ = 0;
  std::vector<std::string> tag_names_;
  WordTable words_;  // lower-cased word -> packed LexEntry
  std::vector<LexTag> tags_;
  std::vector<float> trans_;
  std::vector<float> prior_;
};

}  // namespace riposte::text::internal
