// text::Analyze: for every sentence, tag (tagger.cc), lemmatise
// (lemmatizer.cc), chunk (chunker.cc) and find clauses (clauses.cc). The
// models are process-wide and loaded once (LoadModels).
//
// Lemmas (Analyze's and Lemmatize's) are memoised per thread: a lemma is a
// pure function of the word's bytes and its tag, and news text repeats its words, so each (word, tag)
// pair is lemmatised once and then copied from a flat table (word_table.h).
// The memo is bounded: it is emptied when it holds kMaxMemoLemmas entries.
// In the same way each distinct token spelling gets its WordFacts (shape,
// lexicon entry, chunker and clause word classes) once, and the tagger,
// chunker and clause finder read them from SentenceTokens::facts. Each
// spelling's memo slot also remembers its last (tag, lemma) (LemmaHint), which
// spares most tokens the LemmaMemo lookup.
//
// Tested by analyze_test.cc (and each piece by its own test file).
#include <cstring>
#include <string>
#include <vector>

#include "text/internal/analysis.h"
#include "text/internal/chunker_scan.h"
#include "text/internal/clauses_words.h"
#include "core/word_table.h"
#include "text/text.h"

namespace riposte::text {
namespace {

// Longest word memoised (longer ones are lemmatised each time).
constexpr size_t kMaxMemoWordBytes = 48;
// Entries before the memo is emptied (a few MB at most).
constexpr size_t kMaxMemoLemmas = size_t{1} << 16;

// (word, tag) -> lemma for one thread. Not shared: no locking.
class LemmaMemo {
 public:
  // What Index returns for a word too long to memoise: At gives its lemma.
  static constexpr uint32_t kLong = WordTable::kMissing;

  // The lemma of `word` with `tag`; the reference is valid until the next
  // call on this memo.
  const std::string& Get(std::string_view word, TagId tag, const internal::Lemmatizer& lemmatizer) {
    return At(Index(word, tag, lemmatizer));
  }
  // The index of the lemma of `word` with `tag`, for At: valid while
  // generation() is unchanged (kLong: until the next call).
  uint32_t Index(std::string_view word, TagId tag, const internal::Lemmatizer& lemmatizer) {
    if (word.size() > kMaxMemoWordBytes) {
      long_ = lemmatizer.Lemma(word, tag);
      return kLong;
    }
    char key[kMaxMemoWordBytes + 1];
    std::memcpy(key, word.data(), word.size());
    key[word.size()] = static_cast<char>(tag);
    const std::string_view k(key, word.size() + 1);
    const uint64_t hash = HashWord(k);
    uint32_t index = table_.Find(k, hash);
    if (index == WordTable::kMissing) {
      if (lemmas_.size() >= kMaxMemoLemmas) {
        table_.Clear();
        lemmas_.clear();
        ++generation_;
      }
      index = static_cast<uint32_t>(lemmas_.size());
      lemmas_.push_back(lemmatizer.Lemma(word, tag));
      table_.Insert(k, hash, index);
    }
    return index;
  }
  const std::string& At(uint32_t index) const { return index == kLong ? long_ : lemmas_[index]; }
  // Changes whenever indexes given before become invalid.
  uint64_t generation() const { return generation_; }

 private:
  WordTable table_;
  std::vector<std::string> lemmas_;
  std::string long_;  // the last lemma of a word too long to memoise
  uint64_t generation_ = 0;
};

thread_local LemmaMemo tls_lemmas;

// The last lemma looked up for a word (FactsMemo keeps one per distinct
// spelling): most words keep one tag in a text, so Analyze finds the
// lemma here without hashing the (word, tag) key again in LemmaMemo.
// Packed into 32 bits so that a spelling's facts and hint fill 32 bytes
// (the memo is too big to stay in cache, and Analyze reads both for every
// token): the tag << 16 | the LemmaMemo::Index (below kMaxMemoLemmas), or
// kNoHint. Hints are only valid for one LemmaMemo generation: FactsMemo
// forgets them all when it changes (SyncHints).
using LemmaHint = uint32_t;
constexpr LemmaHint kNoHint = ~LemmaHint{0};
static_assert(kMaxMemoLemmas <= (size_t{1} << 16), "a LemmaMemo index must fit in 16 bits");
constexpr LemmaHint PackHint(TagId tag, uint32_t index) { return LemmaHint{tag} << 16 | index; }
// True iff `hint` holds the lemma for `tag` (never for kNoHint, whose tag
// bits are not a TagId's).
constexpr bool HintHas(LemmaHint hint, TagId tag) { return (hint >> 16) == tag; }
constexpr uint32_t HintIndex(LemmaHint hint) { return hint & 0xFFFFu; }

// Token bytes -> WordFacts for one thread, bounded like LemmaMemo.
class FactsMemo {
 public:
  // What slot() gives for a word too long to memoise.
  static constexpr uint32_t kNoSlot = WordTable::kMissing;

  // The facts of the tokens [s.first, s.last) of `doc`, valid until the
  // next call.
  const internal::WordFacts* Sentence(const Document& doc, const internal::SentenceTokens& s,
                                      const internal::Tagger& tagger) {
    const size_t n = s.last - s.first;
    if (facts_.size() < n) {
      facts_.resize(n);
      slots_.resize(n);
    }
    for (size_t i = 0; i < n; ++i) {
      const std::string_view word = doc.Slice(doc.tokens[s.first + i].span);
      if (word.size() > kMaxMemoWordBytes) {
        internal::ComputeWordFacts(tagger, word, &facts_[i]);
        slots_[i] = kNoSlot;
        continue;
      }
      const uint64_t hash = HashWord(word);
      uint32_t index = table_.Find(word, hash);
      if (index == WordTable::kMissing) {
        if (known_.size() >= kMaxMemoLemmas) {
          table_.Clear();
          known_.clear();
        }
        index = static_cast<uint32_t>(known_.size());
        known_.emplace_back();
        internal::ComputeWordFacts(tagger, word, &known_.back().facts);
        table_.Insert(word, hash, index);
      }
      facts_[i] = known_[index].facts;
      slots_[i] = index;
    }
    return facts_.data();
  }
  // The memo slot of token s.first + i of the last Sentence call, or kNoSlot.
  uint32_t slot(size_t i) const { return slots_[i]; }
  // The lemma hint of a slot; valid until the next Sentence call.
  LemmaHint& hint(uint32_t slot) { return known_[slot].hint; }
  // Forgets every hint when the LemmaMemo has been emptied since the last
  // call (its indexes are then stale). Call after any LemmaMemo lookup and
  // before reading hints.
  void SyncHints(uint64_t lemma_generation) {
    if (lemma_generation == hint_generation_) return;
    for (Known& k : known_) k.hint = kNoHint;
    hint_generation_ = lemma_generation;
  }

 private:
  struct alignas(32) Known {
    internal::WordFacts facts;
    LemmaHint hint = kNoHint;
  };
  static_assert(sizeof(Known) == 32, "two memo entries per cache line");
  WordTable table_;
  std::vector<Known> known_;
  uint64_t hint_generation_ = 0;  // the LemmaMemo generation of the hints
  std::vector<internal::WordFacts> facts_;  // the current sentence's
  std::vector<uint32_t> slots_;             // the current sentence's
};

}  // namespace

namespace internal {

void ComputeWordFacts(const Tagger& tagger, std::string_view word, WordFacts* facts) {
  tagger.Facts(word, facts);
  facts->chunk_classes = chunk::ClassifyWord(word);
  char lower[kMaxMemoWordBytes];
  if (word.size() > sizeof lower) {
    facts->clause_classes = 0;  // longer than any listed word
    return;
  }
  for (size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    lower[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  facts->clause_classes = ClauseWordClasses(std::string_view(lower, word.size()));
}

}  // namespace internal

Status LoadModels() {
  Error error;
  if (!internal::Tagger::Get(&error)) return error;
  if (!internal::Lemmatizer::Get(&error)) return error;
  return OkStatus();
}

std::string Lemmatize(std::string_view word, TagId tag) {
  Error error;
  const internal::Lemmatizer* lemmatizer = internal::Lemmatizer::Get(&error);
  return lemmatizer ? tls_lemmas.Get(word, tag, *lemmatizer) : std::string(word);
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
    internal::SentenceTokens s{sentence_idx, token, token, nullptr};
    while (s.last < n_tokens && doc.tokens[s.last].span.end <= span.end) ++s.last;
    token = s.last;
    if (s.first == s.last) continue;
    thread_local FactsMemo facts;
    s.facts = facts.Sentence(doc, s, *tagger);
    tagger->Tag(doc, s);
    facts.SyncHints(tls_lemmas.generation());  // Lemmatize may have run since
    for (uint32_t token_idx = s.first; token_idx < s.last; ++token_idx) {
      Token& t = doc.tokens[token_idx];
      const uint32_t slot = facts.slot(token_idx - s.first);
      if (slot == FactsMemo::kNoSlot) {
        t.lemma = tls_lemmas.Get(doc.Slice(t.span), t.tag, *lemmatizer);
        facts.SyncHints(tls_lemmas.generation());
        continue;
      }
      LemmaHint& hint = facts.hint(slot);
      if (!HintHas(hint, t.tag)) {
        const uint32_t index = tls_lemmas.Index(doc.Slice(t.span), t.tag, *lemmatizer);
        facts.SyncHints(tls_lemmas.generation());
        hint = PackHint(t.tag, index);
      }
      t.lemma = tls_lemmas.At(HintIndex(hint));
    }
    const uint32_t first_phrase = static_cast<uint32_t>(doc.phrases.size());
    internal::Chunk(doc, s);
    internal::FindClauses(doc, s, first_phrase);
  }
  return OkStatus();
}

}  // namespace riposte::text
