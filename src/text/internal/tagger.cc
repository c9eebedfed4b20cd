// The part-of-speech tagger: a trigram hidden Markov model decoded exactly
// with Viterbi over pairs of tags.
//
// Model (poslex.h): emissions log P(word | tag) from festlex-poslex's tagged
// lexicon (lower-cased word forms, typographic quotes and apostrophes folded
// by LexKey), or from our rules for words it lacks (word_rules.cc); tag
// transitions log P(t3 | t1 t2) from its tag trigram, interpolated with
// bigram and unigram. A sentence starts and ends in the "punc" context.
// Capitalised words inside a sentence may also be proper nouns even when the
// lexicon only knows their common use ("Foreign Minister").
//
// Decoding: for each token the candidate tags (at most kMaxCandidates), a
// score per (previous candidate, candidate) pair and a back pointer; the
// cost is O(n * k^3) with k the candidates per token (about 2.9 on the
// benchmark's news text, a third of the tokens with one, and about 21
// (t1, t2, t3) steps a token); tagger_viterbi.cc. Buffers are thread-local
// and reused: no allocation per token.
// What a token's spelling alone decides (its shape and lexicon entry) comes
// from SentenceTokens::facts, which Analyze memoises per distinct word
// (analysis.h WordFacts); Facts() computes it when no caller did. The tags
// guessed for a word the lexicon lacks are memoised per thread (GuessMemo).
//
// Context rules (tagger_rules.cc) adjust candidates before decoding (a
// possessive determiner, the sentence start, a relative pronoun before the
// token) and repair decoded tags the trigram gets wrong (past tense or
// participle, "the injured").
//
// Festival's tags become Penn tags afterwards: "of" -> IN, "to" -> TO,
// "punc" by the token's text (, . : `` '' -LRB- -RRB- $ #), "prp" -> PRP$
// for possessive pronouns ("her" by what follows), "wp" -> WP$ for "whose".
//
// Tested by tagger_test.cc and tagger_context_test.cc.
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "text/internal/analysis.h"
#include "text/internal/poslex.h"
#include "text/internal/tagger_rules.h"
#include "text/internal/tagger_viterbi.h"
#include "text/internal/word_rules.h"

namespace riposte::text::internal {
namespace {

// Score of a capitalised word's proper-noun reading when the lexicon lacks it.
constexpr float kCapitalisedProperNoun = -10.5f;
// Penalty on the proper-noun reading of a word written in lower case.
constexpr float kLowerProperNoun = -5.0f;
// Bonus of the proper-noun reading of a capitalised word inside a sentence.
constexpr float kCapitalBonus = 1.5f;
// The same inside a run of capitalised words ("European Union").
constexpr float kNameRunBonus = 3.5f;
// Score of an all-capitals word's proper-noun reading ("US", "IT").
constexpr float kAcronymProperNoun = -4.0f;
// Penalty of a twin reading the lexicon lacks (VBD for a VBN, VBP for a VB).
constexpr float kTwinPenalty = -1.5f;
// Longest run of tokens decoded as one sequence.
constexpr uint32_t kMaxWindow = 4096;

// Longest word whose guessed tags are memoised, and the most memoised
// (GuessMemo is emptied when full).
constexpr size_t kMaxGuessWordBytes = 48;
constexpr size_t kMaxGuesses = size_t{1} << 16;

// (word, sentence-initial) -> the candidates GuessTags gives an unknown word,
// for one thread. GuessTags depends on nothing else (the shape comes from
// the word) and ran for every unknown token: names, numbers, rare words.
class GuessMemo {
 public:
  int Get(std::string_view word, const WordShape& shape, bool initial, const PosLex& lex, LexTag* out) {
    if (word.size() > kMaxGuessWordBytes) return GuessTags(word, shape, initial, lex, out);
    char key[kMaxGuessWordBytes + 1];
    std::memcpy(key, word.data(), word.size());
    key[word.size()] = initial ? 1 : 0;
    const std::string_view k(key, word.size() + 1);
    const uint64_t hash = HashWord(k);
    uint32_t index = table_.Find(k, hash);
    if (index == WordTable::kMissing) {
      if (guesses_.size() >= kMaxGuesses) {
        table_.Clear();
        guesses_.clear();
      }
      index = static_cast<uint32_t>(guesses_.size());
      Candidates c;
      c.n = GuessTags(word, shape, initial, lex, c.tag);
      guesses_.push_back(c);
      table_.Insert(k, hash, index);
    }
    const Candidates& c = guesses_[index];
    std::memcpy(out, c.tag, sizeof(LexTag) * static_cast<size_t>(c.n));
    return c.n;
  }

 private:
  WordTable table_;
  std::vector<Candidates> guesses_;
};

// Per-thread scratch space, grown as needed.
struct Scratch {
  std::vector<Candidates> cands;
  std::vector<float> delta;   // [position][prev][cur]
  std::vector<uint8_t> back;  // [position][prev][cur] -> index in position-2
  std::vector<uint8_t> best;  // chosen candidate per position
  std::vector<WordFacts> facts;  // per token, when the caller gave none
};

bool Lower(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != b[i]) return false;
  }
  return true;
}

class TrigramTagger : public Tagger {
 public:
  explicit TrigramTagger(std::unique_ptr<PosLex> lex) : lex_(std::move(lex)) {
    punc_ = lex_->TagIndex("punc");
    nnp_ = lex_->TagIndex("nnp");
    nnps_ = lex_->TagIndex("nnps");
    nns_ = lex_->TagIndex("nns");
    nn_ = lex_->TagIndex("nn");
    vbd_ = lex_->TagIndex("vbd");
    vbn_ = lex_->TagIndex("vbn");
    vbz_ = lex_->TagIndex("vbz");
    vb_ = lex_->TagIndex("vb");
    vbp_ = lex_->TagIndex("vbp");
    prp_ = lex_->TagIndex("prp");
    dt_ = lex_->TagIndex("dt");
    cd_ = lex_->TagIndex("cd");
    rp_ = lex_->TagIndex("rp");
    pdt_ = lex_->TagIndex("pdt");
    wp_ = lex_->TagIndex("wp");
    for (int t = 0; t < lex_->num_tags(); ++t) {
      const std::string& name = lex_->tag_name(t);
      // The tags after which "her" is a possessive determiner.
      static constexpr std::string_view kBeforeNoun[] = {"nn", "nns", "nnp", "nnps", "jj",
                                                         "jjr", "jjs", "cd", "vbg", "vbn"};
      bool before_noun = false;
      for (std::string_view b : kBeforeNoun) before_noun = before_noun || name == b;
      before_noun_.push_back(before_noun);
      rules_.verb.push_back(name == "vb" || name == "vbd" || name == "vbp" || name == "vbz" ||
                            name == "md");
      TagId penn = Id(text::Tag::NN);
      if (name == "of") penn = Id(text::Tag::IN);
      else if (name == "to") penn = Id(text::Tag::TO);
      else if (name == "punc") penn = Id(text::Tag::SYM);
      else {
        std::string upper = name;
        for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        const text::Tag parsed = ParseTag(upper);
        if (parsed != text::Tag::kNone) penn = Id(parsed);
      }
      penn_.push_back(penn);
    }
    RuleTags& r = rules_;
    r.punc = punc_, r.nn = nn_, r.nns = nns_, r.nnp = nnp_, r.nnps = nnps_, r.vb = vb_;
    r.vbd = vbd_, r.vbn = vbn_, r.vbp = vbp_, r.vbz = vbz_, r.prp = prp_, r.dt = dt_;
    r.cd = cd_, r.rp = rp_, r.pdt = pdt_;
    r.vbg = lex_->TagIndex("vbg"), r.md = lex_->TagIndex("md"), r.rb = lex_->TagIndex("rb");
    r.cc = lex_->TagIndex("cc"), r.jj = lex_->TagIndex("jj"), r.in = lex_->TagIndex("in");
    r.to = lex_->TagIndex("to");
    r.penn = penn_;
  }

  bool ok() const {
    return punc_ >= 0 && nnp_ >= 0 && nnps_ >= 0 && nns_ >= 0 && nn_ >= 0 && vbd_ >= 0 &&
           vbn_ >= 0 && vbz_ >= 0 && prp_ >= 0 && dt_ >= 0 && cd_ >= 0 && rp_ >= 0 && pdt_ >= 0 &&
           vb_ >= 0 && vbp_ >= 0 &&
           rules_.rb >= 0 && rules_.md >= 0 && rules_.cc >= 0 && rules_.jj >= 0 && rules_.in >= 0 &&
           rules_.to >= 0 && rules_.vbg >= 0;
  }

  void Tag(Document& doc, const SentenceTokens& sentence) const override {
    // Overlong "sentences" (unpunctuated dumps) are tagged in windows, which
    // bounds the scratch memory (about 330 bytes a token).
    for (uint32_t first = sentence.first; first < sentence.last; first += kMaxWindow) {
      const uint32_t last = sentence.last - first > kMaxWindow ? first + kMaxWindow : sentence.last;
      TagWindow(doc, SentenceTokens{sentence.sentence, first, last,
                                    sentence.facts ? sentence.facts + (first - sentence.first) : nullptr});
    }
  }

 private:
  void TagWindow(Document& doc, const SentenceTokens& s) const {
    if (s.last <= s.first) return;
    thread_local Scratch scratch;
    const size_t n = s.last - s.first;
    const size_t len = n + 2;  // two "punc" positions before the sentence
    if (scratch.cands.size() < len) scratch.cands.resize(len);
    if (scratch.delta.size() < len * kViterbiPairs) {
      scratch.delta.resize(len * kViterbiPairs);
      scratch.back.resize(len * kViterbiPairs);
    }
    if (scratch.best.size() < len) scratch.best.resize(len);
    Candidates* cands = scratch.cands.data();
    cands[0].n = cands[1].n = 1;
    cands[0].tag[0] = cands[1].tag[0] = LexTag{static_cast<uint8_t>(punc_), 0.0f};
    const WordFacts* facts = s.facts;
    if (!facts) {
      if (scratch.facts.size() < n) scratch.facts.resize(n);
      for (size_t i = 0; i < n; ++i) Facts(doc.Slice(doc.tokens[s.first + i].span), &scratch.facts[i]);
      facts = scratch.facts.data();
    }
    bool initial = true;
    bool prev_name = false;  // the previous word is capitalised, not sentence-initial
    for (size_t i = 0; i < n; ++i) {
      const std::string_view word = doc.Slice(doc.tokens[s.first + i].span);
      // Part of a run of capitalised words: "the European Union".
      const bool in_name = prev_name ||
                           (i + 1 < n && facts[i + 1].shape.first_upper);
      FillCandidates(word, facts[i], initial, in_name, cands[i + 2]);
      const bool after_possessive = i > 0 && facts[i - 1].possessive;
      if (initial || after_possessive) {  // the only contexts ApplyContext reads
        ApplyContext(rules_, facts[i], initial, after_possessive, cands[i + 2]);
      }
      if (i >= 2 && facts[i - 1].relative != 0 && RelativeVerbContext(rules_, *lex_, facts, i, n)) {
        PreferVerb(rules_, cands[i + 2]);
      }
      prev_name = facts[i].shape.first_upper && !initial;
      // The next word starts a sentence after an opening quote or a colon.
      initial = initial ? !facts[i].shape.has_letter && !facts[i].shape.has_digit
                        : (word == ":" || word == "\"" || word == "“" || word == "``");
    }
    DecodeTrigram(*lex_, punc_, cands, len, scratch.delta.data(), scratch.back.data(),
                  scratch.best.data());
    RepairTags(rules_, doc, s, cands, scratch.best.data());
    MapToPenn(doc, s, cands, scratch.best.data());
  }

  void Facts(std::string_view word, WordFacts* facts) const override {
    facts->shape = ShapeOf(word);
    char buf[kMaxKeyBytes];
    const std::string_view key = LexKey(word, buf);
    facts->lex = key.empty() ? LexEntry{} : lex_->Lookup(key);
    facts->key_is_be = key == "be";
    facts->key_ed = key.size() >= 4 && key.substr(key.size() - 2) == "ed";
    facts->possessive = key == "his" || key == "their" || key == "its" || key == "our" ||
                        key == "my" || key == "your";
    facts->relative = key == "who" || key == "which" ? 1 : key == "that" ? 2 : 0;
  }

  void FillCandidates(std::string_view word, const WordFacts& facts, bool initial, bool in_name,
                      Candidates& out) const {
    const WordShape& shape = facts.shape;
    const LexEntry entry = facts.lex;
    if (entry.count == 0) {
      thread_local GuessMemo guesses;
      out.n = guesses.Get(word, shape, initial, *lex_, out.tag);
      return;
    }
    out.n = entry.count;
    uint64_t present = 0;  // TagBit of each candidate: no list scan per question
    for (int k = 0; k < entry.count; ++k) {
      out.tag[k] = lex_->tag_at(entry.first + k);
      present |= TagBit(out.tag[k].tag);
    }
    // The lexicon is sparse where forms coincide: "detained" is only VBN,
    // "protest" only VB. Add the twin reading, a little less likely.
    AddTwin(out, present, vbd_, vbn_, true, facts.key_ed);
    AddTwin(out, present, vbn_, vbd_, true, facts.key_ed);
    if (!facts.key_is_be) {
      AddTwin(out, present, vb_, vbp_, false, false);
      AddTwin(out, present, vbp_, vb_, false, false);
    }
    // (The twins are verbs: these are as the lexicon gave them.)
    const bool has_nnp = Has(out, present, nnp_);
    const bool has_nnps = Has(out, present, nnps_);
    const bool has_nns = Has(out, present, nns_);
    // The lexicon is lower-cased: a word written in lower case is rarely a
    // proper noun ("ambassador", "southern").
    if (!shape.first_upper && shape.has_lower && (has_nnp || has_nnps) && out.n > 1) {
      for (int k = 0; k < out.n; ++k) {
        if (out.tag[k].tag == nnp_ || out.tag[k].tag == nnps_) out.tag[k].logp += kLowerProperNoun;
      }
    }
    if (!shape.first_upper || initial) return;
    // A capital inside a sentence: a name ("European Union", "United
    // States", "US" that is not "us").
    const bool acronym = shape.all_upper && word.size() >= 2 && word.size() <= 5;
    for (int k = 0; k < out.n; ++k) {
      LexTag& c = out.tag[k];
      if (c.tag == nnp_ || c.tag == nnps_) c.logp += in_name ? kNameRunBonus : kCapitalBonus;
      if (c.tag == nnp_ && acronym && c.logp < kAcronymProperNoun) c.logp = kAcronymProperNoun;
    }
    if (!has_nnp && out.n < kMaxCandidates) {
      out.tag[out.n++] = LexTag{static_cast<uint8_t>(nnp_),
                                acronym ? kAcronymProperNoun : kCapitalisedProperNoun};
    }
    if (has_nns && !has_nnps && out.n < kMaxCandidates) {
      out.tag[out.n++] = LexTag{static_cast<uint8_t>(nnps_), kCapitalisedProperNoun};
    }
  }

  // Bit `t` for tags below 64 (festival has 38), else 0: see Has.
  static uint64_t TagBit(int t) { return t < 64 ? uint64_t{1} << t : 0; }
  // Returns true iff `tag` is a candidate of `out`, whose TagBits are
  // `present`.
  static bool Has(const Candidates& out, uint64_t present, int tag) {
    return tag < 64 ? (present >> tag) & 1 : Find(out, tag) >= 0;
  }

  // Adds `twin` when `out` has `have` but not `twin` (when `ed_only`, only
  // if the word's key has 4+ bytes and ends in "ed": `key_ed`), keeping
  // `present` (TagBits) up to date.
  void AddTwin(Candidates& out, uint64_t& present, int have, int twin, bool ed_only,
               bool key_ed) const {
    if (ed_only && !key_ed) return;
    if (out.n >= kMaxCandidates || Has(out, present, twin) || !Has(out, present, have)) return;
    out.tag[out.n++] = LexTag{static_cast<uint8_t>(twin), out.tag[Find(out, have)].logp + kTwinPenalty};
    present |= TagBit(twin);
  }

  static int Find(const Candidates& c, int tag) {
    for (int k = 0; k < c.n; ++k) {
      if (c.tag[k].tag == tag) return k;
    }
    return -1;
  }

  void MapToPenn(Document& doc, const SentenceTokens& s, const Candidates* cands,
                 const uint8_t* chosen) const {
    const size_t n = s.last - s.first;
    int quotes = 0;
    for (size_t i = 0; i < n; ++i) {
      Token& token = doc.tokens[s.first + i];
      const std::string_view word = doc.Slice(token.span);
      const int t = cands[i + 2].tag[chosen[i + 2]].tag;
      TagId penn = penn_[t];
      if (t == punc_) {
        bool open = quotes % 2 == 0;
        if (word == "\"") {
          const bool space_before = token.span.begin == 0 ||
                                    doc.text[token.span.begin - 1] == ' ' ||
                                    doc.text[token.span.begin - 1] == '\n' || i == 0;
          const bool space_after = token.span.end >= doc.text.size() ||
                                   doc.text[token.span.end] == ' ' ||
                                   doc.text[token.span.end] == '\n' || i + 1 == n;
          if (space_before && !space_after) open = true;
          else if (!space_before && space_after) open = false;
          ++quotes;
        }
        penn = PunctuationTag(word, open);
      } else if (t == prp_) {
        if (Lower(word, "my") || Lower(word, "your") || Lower(word, "his") ||
            Lower(word, "its") || Lower(word, "our") || Lower(word, "their")) {
          penn = Id(text::Tag::PRPS);
        } else if (Lower(word, "her") && i + 1 < n) {
          if (before_noun_[cands[i + 3].tag[chosen[i + 3]].tag]) penn = Id(text::Tag::PRPS);
        }
      } else if (t == wp_ && Lower(word, "whose")) {
        penn = Id(text::Tag::WPS);
      } else if (penn == Id(text::Tag::RB) && Lower(word, "about") && i + 1 < n &&
                 Lower(doc.Slice(doc.tokens[s.first + i + 1].span), "to")) {
        penn = Id(text::Tag::IN);  // "is about to": the Treebank's IN
      }
      token.tag = penn;
    }
  }

  std::unique_ptr<PosLex> lex_;
  std::vector<TagId> penn_;
  std::vector<bool> before_noun_;  // per festival tag: "her" before it is PRP$
  RuleTags rules_;  // the context rules' view of the tag set (tagger_rules.h)
  int wp_ = -1;  // may be missing: then no word is WP$
  int punc_ = -1;
  int nnp_ = -1;
  int nnps_ = -1;
  int nns_ = -1;
  int nn_ = -1, vbd_ = -1, vbn_ = -1, vbz_ = -1, prp_ = -1, dt_ = -1, cd_ = -1, rp_ = -1,
      pdt_ = -1, vb_ = -1, vbp_ = -1;
};

struct Loaded {
  std::unique_ptr<TrigramTagger> tagger;
  Error error;
};

Loaded LoadTagger() {
  Loaded out;
  const char* env = std::getenv("RIPOSTE_POSLEX_DIR");
  const std::string dir = env && *env ? env : "/usr/share/festival/dicts";
  auto lex = PosLex::Load(dir);
  if (!lex.ok()) {
    out.error = lex.error();
    return out;
  }
  auto tagger = std::make_unique<TrigramTagger>(std::move(lex).value());
  if (!tagger->ok()) {
    out.error = MakeError(ErrorCode::kMalformed, "trigram tag set lacks a tag the tagger needs", dir);
    return out;
  }
  out.tagger = std::move(tagger);
  return out;
}

}  // namespace

const Tagger* Tagger::Get(Error* error) {
  static const Loaded loaded = LoadTagger();
  if (!loaded.tagger && error) *error = loaded.error;
  return loaded.tagger.get();
}

}  // namespace riposte::text::internal
