// INTERNAL to the text stage: use text/text.h instead.
//
// The pieces text::Analyze runs in order for each sentence, each in its own
// file. A sentence is the token range [first, last) of doc.tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "text/internal/poslex.h"
#include "text/internal/word_rules.h"
#include "text/text.h"

namespace riposte::text::internal {

// What the analysis reads from a token's spelling alone, computed once per
// distinct word (Analyze memoises it per thread, analyze.cc) instead of by
// each stage lower-casing and hashing the token again.
struct WordFacts {
  WordShape shape;               // ShapeOf(word)
  LexEntry lex;                 // the tagger's lexicon entry of LexKey(word)
  bool key_is_be = false;       // LexKey(word) == "be"
  bool key_ed = false;          // LexKey(word) has 4+ bytes and ends in "ed"
  bool possessive = false;      // a possessive determiner: my your his its our their
  uint8_t relative = 0;         // 1: "who" or "which"; 2: "that"
  uint32_t chunk_classes = 0;   // chunk::ClassifyWord(word)
  uint32_t clause_classes = 0;  // ClauseWordClasses(ASCII-lower-cased word)
};

// Token range of one sentence.
struct SentenceTokens {
  uint32_t sentence = 0;  // index into doc.sentences
  uint32_t first = 0;     // first token
  uint32_t last = 0;      // one past the last token
  // facts[i - first] are the WordFacts of token i, or null: then each stage
  // works them out itself (unit tests call the stages without them).
  const WordFacts* facts = nullptr;
};

// The part-of-speech tagger (tagger.cc). Immutable once loaded; shared by
// all threads.
class Tagger {
 public:
  // The process-wide tagger, loaded on first call; nullptr and *error set
  // when its lexicon cannot be read.
  static const Tagger* Get(Error* error);
  // Sets Token::tag for the tokens of `s`, reading their text from doc.text.
  virtual void Tag(Document& doc, const SentenceTokens& s) const = 0;
  // Fills the tagger's part of `facts` for `word`: shape, lex, key_is_be,
  // key_ed, possessive, relative.
  virtual void Facts(std::string_view word, WordFacts* facts) const = 0;
  virtual ~Tagger() = default;
};

// The lemmatiser (lemmatizer.cc, WordNet in wordnet.cc).
class Lemmatizer {
 public:
  static const Lemmatizer* Get(Error* error);
  // Base form of `word` given its tag (see text::Lemmatize).
  virtual std::string Lemma(std::string_view word, TagId tag) const = 0;
  virtual ~Lemmatizer() = default;
};

// Base noun phrases and verb groups of a tagged and lemmatised sentence,
// appended to doc.phrases in token order (chunker.cc).
void Chunk(Document& doc, const SentenceTokens& s);

// Every WordFacts field of `word` (analyze.cc; REQUIRES: Tagger::Get has
// succeeded).
void ComputeWordFacts(const Tagger& tagger, std::string_view word, WordFacts* facts);

// Clauses of a chunked sentence, appended to doc.clauses (clauses.cc).
// `first_phrase` is the index in doc.phrases of the sentence's first phrase.
void FindClauses(Document& doc, const SentenceTokens& s, uint32_t first_phrase);

}  // namespace riposte::text::internal
