// Lexicon matching for the actors stage.
//
// Algorithm: at construction every lexicon entry's text is split into tokens
// with the same tokenizer that segments documents (text::Tokenize), so "the
// Kremlin", "Azerbaijan's" or "prosecutor's office" are token sequences
// exactly as they appear in a segmented document. The sequences are keyed by
// their ASCII-lower-cased first token; each key's candidates are sorted
// longest first. FindAll walks a sentence's tokens: at each position it
// looks up the token's lower-cased text (a view into a lower-cased copy of
// the document made once per document, so no per-token allocation), tries
// the candidates longest first and keeps every entry of the first length
// that matches (a name may be both a country and a person, and resolution
// chooses). Lower-case entries match in any case; capitalised entries
// ("US", "Sputnik") must match exactly, except that the first word of a
// sentence may differ in the case of its first letter ("The Kremlin").
// A match consumes its tokens (longest match wins, left to right).
//
// Cost: one hash lookup per token plus a few token comparisons at the rare
// positions whose first token is a known first token. A Hyperscan literal
// matcher over the canonical token stream (DESIGN.md, Known traps) is left
// for the 50 MB/s target with the Phoenix dictionaries loaded.
//
// Tested by recognize_test.cc.
#include "actors/internal/matcher.h"

#include <algorithm>

#include "text/text.h"

namespace riposte::actors::internal {
namespace {

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

char FoldAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsWordToken(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

}  // namespace

void AsciiLowerInto(std::string_view in, std::string& out) {
  out.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) out[i] = FoldAscii(in[i]);
}

Matcher::Matcher(const Lexicon& lexicon) {
  patterns_.reserve(lexicon.entries().size());
  std::string lowered;
  for (const Entry& entry : lexicon.entries()) {
    const std::vector<Token> tokens =
        text::Tokenize(entry.text, Span{0, static_cast<Offset>(entry.text.size())});
    if (tokens.empty()) continue;
    Pattern p;
    p.entry = &entry;
    p.case_sensitive = HasUpper(entry.text);
    for (const Token& t : tokens) {
      std::string_view word =
          std::string_view(entry.text).substr(t.span.begin, t.span.end - t.span.begin);
      AsciiLowerInto(word, lowered);
      p.lower.push_back(lowered);
      p.exact.emplace_back(word);
    }
    by_first_[p.lower[0]].push_back(static_cast<uint32_t>(patterns_.size()));
    patterns_.push_back(std::move(p));
  }
  for (auto& [key, ids] : by_first_) {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return patterns_[a].lower.size() > patterns_[b].lower.size();
    });
  }
}

bool Matcher::Matches(const Pattern& p, const Document& doc, std::string_view lower,
                      uint32_t pos, uint32_t last, uint32_t sentence_start) const {
  const size_t n = p.lower.size();
  if (pos + n > last) return false;
  for (size_t i = 1; i < n; ++i) {
    const Span s = doc.tokens[pos + i].span;
    if (lower.substr(s.begin, s.end - s.begin) != p.lower[i]) return false;
  }
  if (!p.case_sensitive) return true;
  for (size_t i = 0; i < n; ++i) {
    std::string_view word = doc.Slice(doc.tokens[pos + i].span);
    const std::string& want = p.exact[i];
    if (word == want) continue;
    // At a sentence start only the first letter may differ in case.
    if (i != 0 || pos != sentence_start || word.size() != want.size() || word.empty()) return false;
    if (FoldAscii(word[0]) != FoldAscii(want[0]) || word.substr(1) != std::string_view(want).substr(1)) {
      return false;
    }
  }
  return true;
}

void Matcher::FindAll(const Document& doc, std::string_view lower, uint32_t first, uint32_t last,
                      std::vector<Match>& out) const {
  uint32_t sentence_start = first;
  // The first word: skip opening quotes and brackets.
  while (sentence_start < last && !IsWordToken(doc.Slice(doc.tokens[sentence_start].span))) {
    ++sentence_start;
  }
  uint32_t pos = first;
  while (pos < last) {
    const Span s = doc.tokens[pos].span;
    auto it = by_first_.find(lower.substr(s.begin, s.end - s.begin));
    if (it == by_first_.end()) {
      FindParts(doc, lower, pos, out);
      ++pos;
      continue;
    }
    size_t best_len = 0;
    Match match;
    for (uint32_t id : it->second) {
      const Pattern& p = patterns_[id];
      if (best_len != 0 && p.lower.size() < best_len) break;
      if (!Matches(p, doc, lower, pos, last, sentence_start)) continue;
      best_len = p.lower.size();
      match.entries.push_back(p.entry);
    }
    if (best_len == 0) {
      FindParts(doc, lower, pos, out);
      ++pos;
      continue;
    }
    match.begin = pos;
    match.end = pos + static_cast<uint32_t>(best_len);
    out.push_back(std::move(match));
    pos += static_cast<uint32_t>(best_len);
  }
}

void Matcher::FindParts(const Document& doc, std::string_view lower, uint32_t pos,
                        std::vector<Match>& out) const {
  const Span s = doc.tokens[pos].span;
  std::string_view word = doc.Slice(s);
  if (word.find('-') == std::string_view::npos || word.size() < 3) return;
  size_t start = 0;
  for (size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != '-') continue;
    if (i > start) {
      const Offset b = s.begin + static_cast<Offset>(start), e = s.begin + static_cast<Offset>(i);
      auto it = by_first_.find(lower.substr(b, e - b));
      if (it != by_first_.end()) {
        Match match;
        for (uint32_t id : it->second) {
          const Pattern& p = patterns_[id];
          if (p.lower.size() != 1) continue;
          if (p.case_sensitive && word.substr(start, i - start) != p.exact[0]) continue;
          match.entries.push_back(p.entry);
        }
        if (!match.entries.empty()) {
          match.begin = pos;
          match.end = pos + 1;
          match.part = Span{b, e};
          out.push_back(std::move(match));
        }
      }
    }
    start = i + 1;
  }
}

}  // namespace riposte::actors::internal
