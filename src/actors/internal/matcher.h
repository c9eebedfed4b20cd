// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
//
// The token-sequence matcher behind Recognizer: every lexicon entry split into
// tokens (text::Tokenize), lower-cased, and compiled once into a trie over
// token ids (token_trie.h). See matcher.cc for the algorithm.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "actors/internal/token_trie.h"
#include "core/core.h"

namespace riposte::actors::internal {

// One lexicon match: tokens [begin, end) of doc.tokens and the entries (all
// of the same, longest, length) whose text they spell, in lexicon order.
// A part match covers one word of a hyphenated token ("Putin" in
// "Putin-Erdogan", "Turkish" in "Turkish-made"): then end == begin + 1 and
// `part` is the word's byte span; otherwise `part` is empty.
// `entries` views the Matcher's tables or the MatchScratch given to FindAll:
// valid while both live and until that scratch's next Matcher::Start.
// `kinds` (same views) holds entries[i]->kind, packed beside the matcher's
// tables, so that sorting a match's entries by kind reads no Entry (the
// lexicon is mostly out of cache when a document arrives).
struct Match {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::span<const Entry* const> entries;
  const EntryKind* kinds = nullptr;  // parallel to entries
  Span part;
  bool IsPart() const { return part.end > part.begin; }
};

// Working memory of FindAll, reused from sentence to sentence (and
// document to document) so that matching allocates nothing once it has
// grown. One per thread.
struct MatchScratch {
  std::vector<uint32_t> ids;    // sentence token -> vocabulary id, or kNoId
  std::vector<uint8_t> flags;    // sentence token -> its first_ flags (0 for kNoId)
  std::vector<uint8_t> hyphens;  // sentence token -> 1 if it has a '-'
  std::vector<uint32_t> starts;  // sentence tokens that may start a match or have parts
  std::vector<uint64_t> keys;   // TokenVocab::FindMany's
  std::vector<uint32_t> path;   // trie nodes of the current walk
  // Matches whose entries are only some of their node's (case-sensitive
  // entries that failed): the entries kept, and where each match's are.
  struct Subset {
    uint32_t match = 0;  // index in FindAll's `out`
    uint32_t offset = 0;  // in `entries`
    uint32_t count = 0;
  };
  std::vector<const Entry*> entries;
  std::vector<EntryKind> kinds;  // parallel to entries
  std::vector<Subset> subsets;
};

// ASCII lower-casing (bytes >= 0x80 unchanged), the key of the index.
void AsciiLowerInto(std::string_view in, std::string& out);

// Not copyable (views into its own tables are handed out); movable is not
// needed either, so it is neither.
class Matcher {
 public:
  // Compiles every entry of `lexicon` (REQUIRES: it outlives the Matcher).
  explicit Matcher(const Lexicon& lexicon);
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Matching a document (or any set of sentences) goes Start(scratch), then
  // FindAll for each sentence, appending to one `out`, then Finish(scratch,
  // out): until Finish some matches have no entries yet, and after it they
  // view `scratch` until its next Start.
  static void Start(MatchScratch& scratch);
  // Appends to `out` the longest matches over tokens [first, last) of `doc`,
  // left to right, never overlapping. `lower` is doc.text ASCII-lower-cased
  // (same length). Capitalised entries must match case exactly, except for a
  // sentence's first word, whose first letter may differ in case. A
  // hyphenated token that matches nothing whole is matched word by word
  // against one-word entries (part matches). Thread-safe (const) given one
  // `scratch` per thread.
  void FindAll(const Document& doc, std::string_view lower, uint32_t first, uint32_t last,
               MatchScratch& scratch, std::vector<Match>& out) const;
  static void Finish(MatchScratch& scratch, std::vector<Match>& out);

  // Asks the cache for what resolving `matches` will read: the entries'
  // strings, and the people of the same name for person entries. Matching
  // every sentence of a document before resolving any gives these loads
  // time to arrive.
  void PrefetchForResolution(const std::vector<Match>& matches) const;
  // Returns lexicon.PersonCodeAsOf(person.text, date) (REQUIRES: `person`
  // is an entry of the lexicon), from the person entries of that name
  // listed once at construction instead of a string lookup per mention.
  std::string PersonCodeAsOf(const Entry& person, std::string_view date) const;
  // Returns !Lexicon::CodeAsOf(person, date).empty(), without copying the
  // code (resolution asks this of every person match).
  static bool HasCodeAsOf(const Entry& person, std::string_view date);

  size_t pattern_count() const { return patterns_.size(); }
  size_t vocabulary_size() const { return vocab_.size(); }
  size_t node_count() const { return trie_.node_count(); }

 private:
  struct Pattern {
    uint32_t exact = 0;   // first token as written, in exact_
    uint32_t length = 0;  // tokens
  };
  // What ends at a trie node: node_entries_[begin, begin + count) and the
  // parallel node_patterns_.
  struct Node {
    uint32_t begin = 0;
    uint16_t count = 0;
    uint8_t has_children = 0;
    uint8_t case_free = 1;  // no case-sensitive pattern ends here
  };
  // first_[token]: what the one-token node of a token holds, so that the
  // common cases (a token that starts nothing, or nothing with the next
  // token) read one byte: kEnds, and NextBit of each token that can follow.
  static constexpr uint8_t kEnds = 1;  // some entry is this token alone
  static uint8_t NextBit(uint32_t token) { return static_cast<uint8_t>(2u << (token % 7)); }
  // node_patterns_ values: the pattern index, and this bit when the
  // pattern is case-sensitive (so case-free ones never read patterns_).
  static constexpr uint32_t kCaseSensitive = uint32_t{1} << 31;

  // Whether case-sensitive pattern `p` matches the tokens at `pos` as
  // written; `sentence_start` is the sentence's first word.
  bool CaseMatches(const Pattern& p, const Document& doc, uint32_t pos, uint32_t sentence_start) const;
  // Appends to `out` a match (begin, end, part unset) with the entries of
  // `node` that match at `pos` (a subset recorded in `scratch` when not all
  // do); returns false, appending nothing, if none does. A non-empty `part`
  // is the word of a hyphenated token being matched, case-sensitive entries
  // comparing it as written.
  bool Accept(uint32_t node, const Document& doc, uint32_t pos, uint32_t sentence_start,
              std::string_view part, MatchScratch& scratch, std::vector<Match>& out) const;
  // Appends the part matches of hyphenated token `pos` (REQUIRES: it has a
  // '-' and at least 3 bytes, which FindAll checks inline).
  void FindParts(const Document& doc, std::string_view lower, uint32_t pos, MatchScratch& scratch,
                 std::vector<Match>& out) const;

  const Lexicon& lexicon_;
  TokenVocab vocab_;
  TokenTrie trie_;
  std::vector<Node> nodes_;       // by trie node id
  std::vector<uint8_t> first_;    // by token id: kEnds | NextBit(...)
  std::vector<Pattern> patterns_;
  std::vector<std::string_view> exact_;     // pattern tokens as written (views into Entry::text)
  std::vector<const Entry*> node_entries_;  // grouped by node, lexicon order within one
  std::vector<EntryKind> node_kinds_;       // parallel to node_entries_: each one's kind
  std::vector<uint32_t> node_patterns_;     // parallel to node_entries_ (| kCaseSensitive)
  // Person entry (by index in the lexicon) -> the people of that name,
  // same_name_[begin, end) in Lexicon::Find's order; other entries: empty.
  std::vector<std::pair<uint32_t, uint32_t>> person_names_;
  std::vector<const Entry*> same_name_;
};

}  // namespace riposte::actors::internal
