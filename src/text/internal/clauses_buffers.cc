// Clause finder, part 0 (algorithm in clauses.cc): the scanner's per-thread
// buffers and the per-sentence word facts it reads: the word classes of
// each token (clauses_words.h) and case-insensitive word comparisons, so no
// lower-cased copy of the sentence is made.
//
// Tested by clauses_test.cc.
#include <string>

#include "text/internal/clauses_scan.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {

struct ClauseScanner::Pool {
  std::vector<uint32_t> word_classes;
  std::vector<Unit> units;
  std::vector<int32_t> unit_of;
  std::vector<QuoteSpan> quotes;
  std::vector<int32_t> quote_order;
  std::vector<Local> clauses;
  std::vector<Work> work;
  std::vector<Pending> pending;
  std::vector<std::pair<int32_t, int32_t>> attributions;
  std::vector<int32_t> stack;
  std::vector<Unit> merged;
  std::vector<int32_t> scratch_a;
  std::vector<int32_t> scratch_b;
};

ClauseScanner::Pool& ClauseScanner::ThreadPool() {
  thread_local Pool pool;
  return pool;
}

ClauseScanner::ClauseScanner(Document& doc, const SentenceTokens& s, uint32_t first_phrase)
    : ClauseScanner(doc, s, first_phrase, ThreadPool()) {}

ClauseScanner::ClauseScanner(Document& doc, const SentenceTokens& s, uint32_t first_phrase,
                             Pool& pool)
    : doc_(doc),
      tokens_(doc.tokens.data()),
      s_(s),
      first_phrase_(first_phrase),
      word_classes_(pool.word_classes),
      units_(pool.units),
      unit_of_(pool.unit_of),
      quotes_(pool.quotes),
      quote_order_(pool.quote_order),
      clauses_(pool.clauses),
      work_(pool.work),
      pending_(pool.pending),
      attributions_(pool.attributions),
      stack_(pool.stack),
      merged_(pool.merged),
      scratch_a_(pool.scratch_a),
      scratch_b_(pool.scratch_b) {
  // What each step fills from scratch (word_classes_, unit_of_, stack_,
  // merged_ and the scratch arrays) it sizes itself.
  units_.clear();
  quotes_.clear();
  quote_order_.clear();
  clauses_.clear();
  work_.clear();
  pending_.clear();
  attributions_.clear();
}

void ClauseScanner::BuildWords() {
  const size_t n = s_.last - s_.first;
  word_classes_.resize(n);
  const Token* tokens = tokens_ + s_.first;
  // A token tagged as a comma is one, whatever its text: kCommaWord too.
  uint32_t all = 0;
  if (s_.facts) {
    for (size_t k = 0; k < n; ++k) {
      word_classes_[k] = s_.facts[k].clause_classes |
                         (tokens[k].tag == Id(Tag::kComma) ? uint32_t{kCommaWord} : 0u);
      all |= word_classes_[k];
    }
    sentence_classes_ = all;
    return;
  }
  std::string lower;
  for (size_t k = 0; k < n; ++k) {
    const std::string_view w = doc_.Slice(tokens[k].span);
    lower.resize(w.size());
    for (size_t c = 0; c < w.size(); ++c) lower[c] = LowerAscii(w[c]);
    word_classes_[k] =
        ClauseWordClasses(lower) | (tokens[k].tag == Id(Tag::kComma) ? uint32_t{kCommaWord} : 0u);
    all |= word_classes_[k];
  }
  sentence_classes_ = all;
}

bool ClauseScanner::SameWord(uint32_t a, uint32_t b) const {
  const std::string_view x = doc_.Slice(doc_.tokens[a].span);
  const std::string_view y = doc_.Slice(doc_.tokens[b].span);
  if (x.size() != y.size()) return false;
  for (size_t k = 0; k < x.size(); ++k) {
    if (LowerAscii(x[k]) != LowerAscii(y[k])) return false;
  }
  return true;
}

std::string_view ClauseScanner::LowerAt(uint32_t i, char (&buf)[kMaxLowered]) const {
  const std::string_view w = doc_.Slice(doc_.tokens[i].span);
  if (w.size() > kMaxLowered) return w;
  for (size_t k = 0; k < w.size(); ++k) buf[k] = LowerAscii(w[k]);
  return std::string_view(buf, w.size());
}

}  // namespace riposte::text::internal
