// INTERNAL to the text stage's tests: use text/text.h instead.
//
// Test helpers for chunker_test.cc and chunker_verbs_test.cc: build a
// one-sentence Document from hand-tagged "word/TAG" notation, run
// internal::Chunk on it, and render its phrases as
// "[NP Russian police] [VG did not detain] [NP him] .", so the chunker's
// tests do not depend on the tagger. Uses GoogleTest's EXPECT macros.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/core.h"
#include "text/internal/analysis.h"
#include "text/text.h"

namespace riposte::text::chunker_testing {

// Builds a one-sentence Document from "word/TAG word/TAG ..." (the tag is
// after the last '/'), with lemma = lowercased word, and chunks it.
inline Document Tagged(std::string_view notation) {
  Document doc;
  std::vector<std::pair<std::string, std::string>> words;
  size_t pos = 0;
  while (pos < notation.size()) {
    while (pos < notation.size() && notation[pos] == ' ') ++pos;
    if (pos >= notation.size()) break;
    size_t end = notation.find(' ', pos);
    if (end == std::string_view::npos) end = notation.size();
    const std::string_view item = notation.substr(pos, end - pos);
    const size_t slash = item.rfind('/');
    EXPECT_NE(slash, std::string_view::npos) << item;
    words.emplace_back(std::string(item.substr(0, slash)), std::string(item.substr(slash + 1)));
    pos = end;
  }
  for (const auto& [word, tag] : words) {
    if (!doc.text.empty()) doc.text += ' ';
    Token token;
    token.span.begin = static_cast<Offset>(doc.text.size());
    doc.text += word;
    token.span.end = static_cast<Offset>(doc.text.size());
    const Tag parsed = ParseTag(tag);
    EXPECT_NE(parsed, Tag::kNone) << "unknown tag " << tag;
    token.tag = Id(parsed);
    for (char c : word) {
      token.lemma += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    doc.tokens.push_back(std::move(token));
  }
  doc.sentences.push_back(Sentence{Span{0, static_cast<Offset>(doc.text.size())}});
  internal::SentenceTokens s{0, 0, static_cast<uint32_t>(doc.tokens.size())};
  internal::Chunk(doc, s);
  return doc;
}

// "[NP Russian police] [VG did not detain] [NP him] ."
inline std::string Brackets(const Document& doc) {
  std::string out;
  size_t phrase_idx = 0;
  for (size_t token_idx = 0; token_idx < doc.tokens.size(); ++token_idx) {
    while (phrase_idx < doc.phrases.size() && doc.phrases[phrase_idx].end <= token_idx) {
      ++phrase_idx;
    }
    const Phrase* p = phrase_idx < doc.phrases.size() ? &doc.phrases[phrase_idx] : nullptr;
    if (!out.empty()) out += ' ';
    if (p && p->begin == token_idx) {
      out += p->kind == PhraseKind::kNounPhrase ? "[NP " : "[VG ";
    }
    out += doc.Slice(doc.tokens[token_idx].span);
    if (p && p->end == token_idx + 1 && p->begin <= token_idx) out += ']';
  }
  return out;
}

inline std::string Chunked(std::string_view notation) { return Brackets(Tagged(notation)); }

// The text of token `index` ("" for -1).
inline std::string Word(const Document& doc, int32_t index) {
  if (index < 0) return "";
  return std::string(doc.Slice(doc.tokens[static_cast<size_t>(index)].span));
}

// The first phrase of `kind` whose tokens include the word `word`.
inline const Phrase* Find(const Document& doc, PhraseKind kind, std::string_view word) {
  for (const Phrase& p : doc.phrases) {
    if (p.kind != kind) continue;
    for (uint32_t k = p.begin; k < p.end; ++k) {
      if (doc.Slice(doc.tokens[k].span) == word) return &p;
    }
  }
  return nullptr;
}

inline const Phrase& Vg(const Document& doc, std::string_view word) {
  const Phrase* p = Find(doc, PhraseKind::kVerbGroup, word);
  EXPECT_NE(p, nullptr) << "no verb group with " << word;
  static const Phrase kEmpty;
  return p ? *p : kEmpty;
}

inline const Phrase& Np(const Document& doc, std::string_view word) {
  const Phrase* p = Find(doc, PhraseKind::kNounPhrase, word);
  EXPECT_NE(p, nullptr) << "no noun phrase with " << word;
  static const Phrase kEmpty;
  return p ? *p : kEmpty;
}

}  // namespace riposte::text::chunker_testing
