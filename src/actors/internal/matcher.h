// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
//
// The token-sequence matcher behind Recognizer: every lexicon entry split into
// tokens (text::Tokenize) and indexed by its lower-cased first token.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/actors.h"
#include "core/core.h"

namespace riposte::actors::internal {

// One lexicon match: tokens [begin, end) of doc.tokens and the entries (all
// of the same, longest, length) whose text they spell.
// A part match covers one word of a hyphenated token ("Putin" in
// "Putin-Erdogan", "Turkish" in "Turkish-made"): then end == begin + 1 and
// `part` is the word's byte span; otherwise `part` is empty.
struct Match {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<const Entry*> entries;
  Span part;
  bool IsPart() const { return part.end > part.begin; }
};

// ASCII lower-casing (bytes >= 0x80 unchanged), the key of the index.
void AsciiLowerInto(std::string_view in, std::string& out);

class Matcher {
 public:
  // Indexes every entry of `lexicon` (REQUIRES: it outlives the Matcher).
  explicit Matcher(const Lexicon& lexicon);

  // Appends to `out` the longest matches over tokens [first, last) of `doc`,
  // left to right, never overlapping. `lower` is doc.text ASCII-lower-cased
  // (same length). Capitalised entries must match case exactly, except for a
  // sentence's first word, whose first letter may differ in case. A
  // hyphenated token that matches nothing whole is matched word by word
  // against one-word entries (part matches).
  void FindAll(const Document& doc, std::string_view lower, uint32_t first, uint32_t last,
               std::vector<Match>& out) const;

  size_t pattern_count() const { return patterns_.size(); }

 private:
  struct Pattern {
    std::vector<std::string> lower;  // lower-cased tokens
    std::vector<std::string> exact;  // tokens as written (case-sensitive entries)
    const Entry* entry = nullptr;
    bool case_sensitive = false;
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  // Whether pattern `p` matches at token `pos` (its first token already
  // matched in lower case); `sentence_start` is the first word's index.
  bool Matches(const Pattern& p, const Document& doc, std::string_view lower, uint32_t pos,
               uint32_t last, uint32_t sentence_start) const;

  // Appends the part matches of hyphenated token `pos`.
  void FindParts(const Document& doc, std::string_view lower, uint32_t pos,
                 std::vector<Match>& out) const;

  std::vector<Pattern> patterns_;
  // Lower-cased first token -> pattern indexes, longest pattern first.
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_first_;
};

}  // namespace riposte::actors::internal
