// text::Analyze: for every sentence, tag (tagger.cc), lemmatise
// (lemmatizer.cc), chunk (chunker.cc) and find clauses (clauses.cc). The
// models are process-wide and loaded once (LoadModels).
//
// Tested by analyze_test.cc (and each piece by its own test file).
#include "text/internal/analysis.h"
#include "text/text.h"

namespace riposte::text {

Status LoadModels() {
  Error error;
  if (!internal::Tagger::Get(&error)) return error;
  if (!internal::Lemmatizer::Get(&error)) return error;
  return OkStatus();
}

std::string Lemmatize(std::string_view word, TagId tag) {
  Error error;
  const internal::Lemmatizer* lemmatizer = internal::Lemmatizer::Get(&error);
  return lemmatizer ? lemmatizer->Lemma(word, tag) : std::string(word);
}

Status Analyze(Document& doc) {
  Error error;
  const internal::Tagger* tagger = internal::Tagger::Get(&error);
  if (!tagger) return error;
  const internal::Lemmatizer* lemmatizer = internal::Lemmatizer::Get(&error);
  if (!lemmatizer) return error;
  doc.phrases.clear();
  doc.clauses.clear();
  uint32_t token = 0;
  const uint32_t n_tokens = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t sentence_idx = 0; sentence_idx < doc.sentences.size(); ++sentence_idx) {
    const Span span = doc.sentences[sentence_idx].span;
    while (token < n_tokens && doc.tokens[token].span.begin < span.begin) ++token;
    internal::SentenceTokens s{sentence_idx, token, token};
    while (s.last < n_tokens && doc.tokens[s.last].span.end <= span.end) ++s.last;
    token = s.last;
    if (s.first == s.last) continue;
    tagger->Tag(doc, s);
    for (uint32_t token_idx = s.first; token_idx < s.last; ++token_idx) {
      Token& t = doc.tokens[token_idx];
      t.lemma = lemmatizer->Lemma(doc.Slice(t.span), t.tag);
    }
    const uint32_t first_phrase = static_cast<uint32_t>(doc.phrases.size());
    internal::Chunk(doc, s);
    internal::FindClauses(doc, s, first_phrase);
  }
  return OkStatus();
}

}  // namespace riposte::text
