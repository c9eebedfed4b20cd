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
#include "text/text.h"

namespace riposte::text::internal {

// Token range of one sentence.
struct SentenceTokens {
  uint32_t sentence = 0;  // index into doc.sentences
  uint32_t first = 0;     // first token
  uint32_t last = 0;      // one past the last token
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

// Clauses of a chunked sentence, appended to doc.clauses (clauses.cc).
// `first_phrase` is the index in doc.phrases of the sentence's first phrase.
void FindClauses(Document& doc, const SentenceTokens& s, uint32_t first_phrase);

}  // namespace riposte::text::internal
