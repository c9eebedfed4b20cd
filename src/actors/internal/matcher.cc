// Lexicon matching for the actors stage.
//
// Algorithm: at construction every lexicon entry's text is split into tokens
// with the same tokenizer that segments documents (text::Tokenize), so "the
// Kremlin", "Azerbaijan's" or "prosecutor's office" are token sequences
// exactly as they appear in a segmented document. Each token is ASCII
// lower-cased and given a dense id (TokenVocab), and the id sequences are
// inserted in a trie (TokenTrie): an entry ends at the node its path spells,
// and each node lists the entries ending there in lexicon order, with their
// tokens as written kept for case checks.
// FindAll first maps each token of the sentence to its id (one hash lookup
// into the lower-cased copy of the document; most tokens are in no entry and
// get kNoId). From each position it walks the trie as far as the ids allow,
// then takes the deepest node on that path with an entry that matches: every
// entry of that node that does (a name may be both a country and a person,
// and resolution chooses). Lower-case entries match in any case;
// capitalised entries ("US", "Sputnik") must match exactly, except that the
// first word of a sentence may differ in the case of its first letter ("The
// Kremlin"). A match consumes its tokens (longest match wins, left to
// right). A hyphenated token that starts no match is tried word by word
// against the one-token entries ("Putin-Erdogan").
// This is the same matching as comparing every entry at every position, with
// the work bounded by the longest entry instead of by how many entries share
// a first word (Phoenix has hundreds starting with "the" or "al").
//
// The work is memory-bound: the tables (megabytes with Phoenix) are mostly
// out of cache when a document arrives, after text analysis. So each
// sentence goes in passes whose loads are independent and prefetched ahead:
// all its token ids (TokenVocab::FindMany, which returns with each id the
// token's first-level flags, kept in the vocabulary slot it reads anyway,
// and whether the token has a hyphen), then the nodes and first edges the
// walks will read, with the list of tokens that can start a match or have
// parts, then the walks from those tokens only (the rest, most tokens,
// would each cost a mispredicted branch); the entries of each match are
// prefetched as it is found, and once a whole document is matched
// PrefetchForResolution asks for what resolution reads next (the entries'
// strings, the people of the same name). Each match also carries its
// entries' kinds from a byte array beside the node lists, so that sorting
// them into readings reads no Entry.
// PersonCodeAsOf answers Lexicon::PersonCodeAsOf from a table listing, for
// each person entry, the people of that name (one array read instead of a
// string hash-map lookup per person mention).
//
// Cost: one hash lookup per token, plus one edge lookup per further token of
// a walk (walks stop at the first token in no entry, and a byte per token
// tells which next tokens can continue it); a match's entries are a view
// into the node's list unless some case-sensitive entry failed, then a copy
// into the caller's scratch. No allocation once the scratch and the output
// have grown. Build: linear in the lexicon's tokens, plus one
// Lexicon::Find per person entry.
//
// Tested by recognize_test.cc and matcher_test.cc.
#include "actors/internal/matcher.h"

#include <algorithm>

#include "text/text.h"

namespace riposte::actors::internal {
namespace {

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

constexpr uint32_t kMinParts = 3;  // bytes of the shortest token with parts: "a-b"

char FoldAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsWordToken(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Asks the cache for the whole of `entry`: resolution reads its kind, code,
// text and source line right after the sentence is matched, and the
// lexicon (tens of MB with Phoenix) is mostly out of cache by then.
void Prefetch(const Entry* entry) {
  const char* bytes = reinterpret_cast<const char*>(entry);
  constexpr size_t kLine = 64;
  for (size_t offset = 0; offset < sizeof(Entry); offset += kLine) __builtin_prefetch(bytes + offset);
  __builtin_prefetch(bytes + sizeof(Entry) - 1);
}

std::string_view TokenText(std::string_view text, const Token& token) {
  return text.substr(token.span.begin, token.span.end - token.span.begin);
}

}  // namespace

void AsciiLowerInto(std::string_view in, std::string& out) {
  out.resize(in.size());
  // Branch-free, so that the compiler vectorises it.
  const unsigned char* from = reinterpret_cast<const unsigned char*>(in.data());
  unsigned char* to = reinterpret_cast<unsigned char*>(out.data());
  for (size_t i = 0; i < in.size(); ++i) {
    to[i] = static_cast<unsigned char>(from[i] | (static_cast<unsigned char>(from[i] - 'A') < 26 ? 0x20 : 0));
  }
}

Matcher::Matcher(const Lexicon& lexicon) : lexicon_(lexicon) {
  // Pass 1: tokens -> ids, so that the trie's first level can be the ids.
  std::vector<uint32_t> token_ids;  // every pattern's, one after another
  std::vector<const Entry*> pattern_entry;
  std::vector<uint8_t> pattern_case;
  std::string lowered;
  patterns_.reserve(lexicon.entries().size());
  for (const Entry& entry : lexicon.entries()) {
    const std::vector<Token> tokens =
        text::Tokenize(entry.text, Span{0, static_cast<Offset>(entry.text.size())});
    if (tokens.empty()) continue;
    patterns_.push_back(Pattern{static_cast<uint32_t>(exact_.size()), static_cast<uint32_t>(tokens.size())});
    pattern_entry.push_back(&entry);
    pattern_case.push_back(HasUpper(entry.text));
    for (const Token& t : tokens) {
      const std::string_view word = TokenText(entry.text, t);
      AsciiLowerInto(word, lowered);
      token_ids.push_back(vocab_.Intern(lowered));
      exact_.push_back(word);
    }
  }
  // Pass 2: the trie, and what ends at each node (lexicon order).
  trie_ = TokenTrie(static_cast<uint32_t>(vocab_.size()));
  std::vector<std::vector<uint32_t>> ending(vocab_.size());
  std::vector<uint8_t> has_children(vocab_.size(), 0);
  for (uint32_t id = 0; id < patterns_.size(); ++id) {
    const Pattern& p = patterns_[id];
    uint32_t node = token_ids[p.exact];
    for (uint32_t i = 1; i < p.length; ++i) {
      has_children[node] = 1;
      node = trie_.Add(node, token_ids[p.exact + i]);
      if (has_children.size() < trie_.node_count()) has_children.resize(trie_.node_count(), 0);
    }
    if (ending.size() < trie_.node_count()) ending.resize(trie_.node_count());
    ending[node].push_back(id);
  }
  ending.resize(trie_.node_count());
  has_children.resize(trie_.node_count(), 0);
  nodes_.resize(trie_.node_count());
  for (size_t id = 0; id < nodes_.size(); ++id) {
    Node& node = nodes_[id];
    node.begin = static_cast<uint32_t>(node_entries_.size());
    // A node ends at most as many entries as Node::count holds (the same
    // text that many times over is no lexicon); the rest are dropped.
    const size_t count = std::min<size_t>(ending[id].size(), UINT16_MAX);
    node.count = static_cast<uint16_t>(count);
    node.has_children = has_children[id];
    for (size_t i = 0; i < count; ++i) {
      const uint32_t pattern = ending[id][i];
      node_entries_.push_back(pattern_entry[pattern]);
      node_kinds_.push_back(pattern_entry[pattern]->kind);
      node_patterns_.push_back(pattern | (pattern_case[pattern] ? kCaseSensitive : 0));
      if (pattern_case[pattern]) node.case_free = 0;
    }
  }
  // People by name, as Lexicon::PersonCodeAsOf would find them.
  person_names_.assign(lexicon.entries().size(), {0, 0});
  for (size_t i = 0; i < lexicon.entries().size(); ++i) {
    const Entry& entry = lexicon.entries()[i];
    if (entry.kind != EntryKind::kPerson) continue;
    const uint32_t begin = static_cast<uint32_t>(same_name_.size());
    for (const Entry* e : lexicon.Find(entry.text)) {
      if (e->kind == EntryKind::kPerson) same_name_.push_back(e);
    }
    person_names_[i] = {begin, static_cast<uint32_t>(same_name_.size())};
  }
  first_.assign(vocab_.size(), 0);
  for (size_t id = 0; id < first_.size(); ++id) {
    if (nodes_[id].count != 0) first_[id] |= kEnds;
  }
  for (const Pattern& p : patterns_) {
    if (p.length > 1) first_[token_ids[p.exact]] |= NextBit(token_ids[p.exact + 1]);
  }
  vocab_.SetTags(first_);  // FindMany returns them with the ids
}

std::string Matcher::PersonCodeAsOf(const Entry& person, std::string_view date) const {
  const auto address = reinterpret_cast<uintptr_t>(&person);
  const auto base = reinterpret_cast<uintptr_t>(lexicon_.entries().data());
  const size_t index = (address - base) / sizeof(Entry);
  // Not a person entry of this lexicon as it was compiled: the slow way.
  if (person.kind != EntryKind::kPerson || address < base || index >= person_names_.size()) {
    return lexicon_.PersonCodeAsOf(person.text, date);
  }
  const auto [begin, end] = person_names_[index];
  for (uint32_t i = begin; i < end; ++i) {
    if (std::string code = Lexicon::CodeAsOf(*same_name_[i], date); !code.empty()) return code;
  }
  return "";
}

// The same test as Lexicon::CodeAsOf (keep the two in step): a non-empty
// code, and the date within [from, to] at the coarser precision.
bool Matcher::HasCodeAsOf(const Entry& person, std::string_view date) {
  return !person.code.empty() && Lexicon::InTermOn(person, date);
}

bool Matcher::CaseMatches(const Pattern& p, const Document& doc, uint32_t pos,
                          uint32_t sentence_start) const {
  for (uint32_t i = 0; i < p.length; ++i) {
    const std::string_view word = doc.Slice(doc.tokens[pos + i].span);
    const std::string_view want = exact_[p.exact + i];
    if (word == want) continue;
    // At a sentence start only the first letter may differ in case.
    if (i != 0 || pos != sentence_start || word.size() != want.size() || word.empty()) return false;
    if (FoldAscii(word[0]) != FoldAscii(want[0]) || word.substr(1) != want.substr(1)) return false;
  }
  return true;
}

bool Matcher::Accept(uint32_t node_id, const Document& doc, uint32_t pos, uint32_t sentence_start,
                     std::string_view part, MatchScratch& scratch, std::vector<Match>& out) const {
  const Node& node = nodes_[node_id];
  const std::span<const Entry* const> all(node_entries_.data() + node.begin, node.count);
  const EntryKind* const kinds = node_kinds_.data() + node.begin;
  if (node.case_free) {
    for (const Entry* entry : all) Prefetch(entry);
    out.push_back(Match{0, 0, all, kinds, Span{}});
    return true;
  }
  const size_t offset = scratch.entries.size();
  for (uint32_t i = 0; i < node.count; ++i) {
    const uint32_t pattern = node_patterns_[node.begin + i];
    bool ok = true;
    if (pattern & kCaseSensitive) {
      const Pattern& p = patterns_[pattern & ~kCaseSensitive];
      // A part is one word of a token and has no sentence-start leeway.
      ok = part.empty() ? CaseMatches(p, doc, pos, sentence_start) : part == exact_[p.exact];
    }
    if (!ok) continue;
    scratch.entries.push_back(all[i]);
    scratch.kinds.push_back(kinds[i]);
    Prefetch(all[i]);
  }
  const size_t kept = scratch.entries.size() - offset;
  if (kept == 0) return false;
  if (kept == node.count) {
    scratch.entries.resize(offset);
    scratch.kinds.resize(offset);
    out.push_back(Match{0, 0, all, kinds, Span{}});
    return true;
  }
  scratch.subsets.push_back(MatchScratch::Subset{static_cast<uint32_t>(out.size()),
                                                 static_cast<uint32_t>(offset), static_cast<uint32_t>(kept)});
  out.push_back(Match{});
  return true;
}

void Matcher::FindAll(const Document& doc, std::string_view lower, uint32_t first, uint32_t last,
                      MatchScratch& scratch, std::vector<Match>& out) const {
  scratch.ids.resize(last - first);
  scratch.flags.resize(last - first);
  scratch.hyphens.resize(last - first);
  uint32_t* const ids = scratch.ids.data() - first;  // ids[t] for t in [first, last)
  const uint8_t* const token_flags = scratch.flags.data() - first;  // first_[ids[t]]
  const uint8_t* const hyphens = scratch.hyphens.data() - first;
  vocab_.FindMany(lower, doc.tokens.data() + first, last - first, scratch.ids.data(),
                  scratch.flags.data(), scratch.hyphens.data(), scratch.keys);
  // Ask the cache now for the nodes and first edges the walks below will
  // read, so that those misses overlap too; and list the tokens the walks
  // start from (most tokens start nothing and have no hyphen: skipping them
  // here saves a mispredicted branch or two each below).
  scratch.starts.clear();
  for (uint32_t t = first; t < last; ++t) {
    const uint8_t flags = token_flags[t];
    if ((flags | hyphens[t]) != 0) scratch.starts.push_back(t);
    if (flags & kEnds) __builtin_prefetch(&nodes_[ids[t]]);
    if (t + 1 < last && ids[t + 1] != kNoId && (flags & NextBit(ids[t + 1]))) trie_.Prefetch(ids[t], ids[t + 1]);
  }
  if (scratch.starts.empty()) return;

  uint32_t sentence_start = first;
  // The first word: skip opening quotes and brackets.
  while (sentence_start < last && !IsWordToken(doc.Slice(doc.tokens[sentence_start].span))) {
    ++sentence_start;
  }
  // Tokens not in `starts` start no match and have no parts: passed over.
  uint32_t pos = first;
  for (const uint32_t t : scratch.starts) {
    if (t < pos) continue;  // inside the last match
    pos = t;
    const uint32_t start = ids[pos];
    const uint8_t first = token_flags[pos];
    uint32_t length = 0;
    if (first != 0) {
      scratch.path.clear();
      scratch.path.push_back(start);
      if (pos + 1 < last && ids[pos + 1] != kNoId && (first & NextBit(ids[pos + 1]))) {
        for (uint32_t at = pos + 1, node = start; at < last; ++at) {
          if (ids[at] == kNoId || (node = trie_.Child(node, ids[at])) == kNoId) break;
          scratch.path.push_back(node);
          if (!nodes_[node].has_children) break;
        }
      }
      for (size_t depth = scratch.path.size(); depth > 0; --depth) {
        const uint32_t node = scratch.path[depth - 1];
        if (nodes_[node].count != 0 && Accept(node, doc, pos, sentence_start, {}, scratch, out)) {
          length = static_cast<uint32_t>(depth);
          break;
        }
      }
    }
    if (length == 0) {
      const Span span = doc.tokens[pos].span;
      if (hyphens[pos] && span.end - span.begin >= kMinParts) FindParts(doc, lower, pos, scratch, out);
      ++pos;
      continue;
    }
    out.back().begin = pos;
    out.back().end = pos + length;
    pos += length;
  }
}

void Matcher::Start(MatchScratch& scratch) {
  scratch.entries.clear();
  scratch.kinds.clear();
  scratch.subsets.clear();
}

void Matcher::Finish(MatchScratch& scratch, std::vector<Match>& out) {
  for (const MatchScratch::Subset& s : scratch.subsets) {
    out[s.match].entries = std::span<const Entry* const>(scratch.entries.data() + s.offset, s.count);
    out[s.match].kinds = scratch.kinds.data() + s.offset;
  }
  scratch.subsets.clear();
}

void Matcher::PrefetchForResolution(const std::vector<Match>& matches) const {
  const uintptr_t base = reinterpret_cast<uintptr_t>(lexicon_.entries().data());
  for (const Match& m : matches) {
    for (const Entry* e : m.entries) {
      // The strings resolution compares and copies into rules (their bytes
      // are not in the Entry unless short).
      __builtin_prefetch(e->where.data());
      __builtin_prefetch(e->text.data());
      if (e->kind != EntryKind::kPerson) continue;
      const size_t index = (reinterpret_cast<uintptr_t>(e) - base) / sizeof(Entry);
      if (index >= person_names_.size()) continue;
      const auto [begin, end] = person_names_[index];
      for (uint32_t i = begin; i < end; ++i) Prefetch(same_name_[i]);
    }
  }
}

void Matcher::FindParts(const Document& doc, std::string_view lower, uint32_t pos, MatchScratch& scratch,
                        std::vector<Match>& out) const {
  const Span s = doc.tokens[pos].span;
  const std::string_view word = doc.Slice(s);
  size_t start = 0;
  for (size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != '-') continue;
    if (i > start) {
      const Offset b = s.begin + static_cast<Offset>(start), e = s.begin + static_cast<Offset>(i);
      // The node of a one-token path (the id) holds one-token entries only.
      const uint32_t id = vocab_.Find(lower.substr(b, e - b));
      if (id != kNoId && (first_[id] & kEnds) &&
          Accept(id, doc, pos, pos, word.substr(start, i - start), scratch, out)) {
        out.back().begin = pos;
        out.back().end = pos + 1;
        out.back().part = Span{b, e};
      }
    }
    start = i + 1;
  }
}

}  // namespace riposte::actors::internal
