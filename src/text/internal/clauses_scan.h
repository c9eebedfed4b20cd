// INTERNAL to the text stage: use text/text.h instead.
//
// The clause finder's state for one sentence (algorithm in clauses.cc).
// clauses_buffers.cc holds the per-thread buffers and the word classes and
// comparisons; clauses_units.cc builds units and quote spans and writes the result;
// clauses_frames.cc cuts attribution frames and holds the look-ahead and
// subject helpers; clauses_scan.cc runs the scanning automaton, and
// clauses_speech.cc its look-ahead from a speech verb;
// clauses_lift.cc lifts a verb coordinated after a reported clause.
// Not copyable: it holds a reference to the Document it annotates. Its
// buffers belong to its thread (one scanner per thread at a time).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "text/internal/analysis.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {

class ClauseScanner {
 public:
  // Takes (cleared) the buffers of the thread's last scanner, so a sentence
  // reuses their capacity instead of allocating.
  ClauseScanner(Document& doc, const SentenceTokens& s, uint32_t first_phrase);
  ClauseScanner(const ClauseScanner&) = delete;
  ClauseScanner& operator=(const ClauseScanner&) = delete;

  // Finds the clauses and appends them to doc.clauses.
  void Run();

 private:
  static constexpr int32_t kNone = -1;

  enum class UnitKind : uint8_t { kNp, kVg };
  // A noun phrase or verb group; phrase == kNone for pseudo units.
  struct Unit {
    UnitKind kind = UnitKind::kNp;
    uint32_t begin = 0;
    uint32_t end = 0;
    int32_t phrase = kNone;
    int32_t head = kNone;  // token
    bool finite = false;
    bool passive = false;
    bool infinitive = false;
  };

  enum class Family : uint8_t { kDouble, kSingle, kGuillemet };
  struct QuoteSpan {
    uint32_t begin = 0;      // opening mark (or the sentence's first token)
    uint32_t end = 0;        // one past the closing mark (or sentence end)
    bool has_open = true;
    bool has_close = false;
    Family family = Family::kDouble;
    int32_t parent = kNone;  // enclosing quote span
    bool clausal = false;
    int32_t speaker = kNone;          // unit
    int32_t speaker_phrase = kNone;   // inherited from the previous sentence
  };

  // A clause being built; verb/subject/speaker hold unit indexes.
  struct Local {
    ClauseKind kind = ClauseKind::kMain;
    uint32_t begin = 0;
    uint32_t end = 0;
    int32_t parent = kNone;
    int32_t verb = kNone;
    int32_t subject = kNone;
    int32_t speaker = kNone;
    int32_t speaker_phrase = kNone;
    int32_t cue = kNone;         // token
    int32_t antecedent = kNone;  // relative clauses: unit of the antecedent
    int32_t subject_override = kNone;  // reported infinitives, lifted coordinates: unit
    int32_t reporting_verb = kNone;    // reported complements: the speech VG unit
    bool after_comma = false;
  };

  // A reported clause to open when the scan reaches `at`.
  struct Pending {
    uint32_t at = 0;
    ClauseKind kind = ClauseKind::kReported;
    int32_t cue = kNone;
    int32_t speaker = kNone;
    int32_t speaker_phrase = kNone;
    int32_t antecedent = kNone;
    int32_t subject_override = kNone;
    int32_t reporting_verb = kNone;
  };

  // A token range scanned with `frame` at the bottom of the stack; `quote`
  // is the quote span whose interior it is (kNone for the sentence level).
  struct Work {
    uint32_t begin = 0;
    uint32_t end = 0;
    int32_t frame = kNone;
    int32_t quote = kNone;
  };

  // The member buffers, one set per thread (clauses_buffers.cc).
  struct Pool;
  static Pool& ThreadPool();
  ClauseScanner(Document& doc, const SentenceTokens& s, uint32_t first_phrase, Pool& pool);

  // --- clauses_buffers.cc ---
  void BuildWords();
  // --- clauses_units.cc ---
  void BuildUnits();
  void AddPseudoUnits();
  void FindQuotes();
  bool ContinuesQuote(int32_t* speaker_phrase) const;
  void Emit();

  // --- clauses_frames.cc ---
  void PlanSentence();
  bool CutAccordingFront(int32_t main);
  bool CutTrailingAttribution(int32_t main);
  // Matches an attribution "NP speech-VG ...", "speech-VG NP ..." or
  // "according to NP ..." at `at`; sets its speaker NP and verb (kNone for
  // "according to").
  bool MatchAttribution(uint32_t at, uint32_t end, int32_t* speaker, int32_t* verb,
                        bool* according) const;
  // What may follow an opener: kSubject "NP ... finite VG"; kGap also a
  // finite VG right away ("who were detained"); kParticiple also a VG that
  // starts with a participle ("after being detained").
  enum class Ahead : uint8_t { kSubject, kGap, kParticiple };
  // Returns true iff a clause of `mode` starts at k (before `end`).
  bool ClauseAhead(uint32_t k, uint32_t end, Ahead mode) const;
  // Returns the token after the NP chain at k ("the head of the mission",
  // "Russia 's forces", "Baku and Yerevan"); k when no NP starts there.
  uint32_t SkipNpChain(uint32_t k, uint32_t end) const;
  // Returns true iff "that" at k opens a speech verb's complement: a clause
  // follows, a subordinator does ("that while ..."), or, for a "that" not
  // tagged DT, a finite verb group comes within a few tokens.
  bool ThatOpensClause(uint32_t k, uint32_t end) const;
  // The first NP of the chain ending with `np`, not before token `lower`.
  int32_t WalkChainBack(int32_t np, uint32_t lower) const;
  // The subject unit of the verb group at vg_begin in `clause`, or kNone.
  int32_t SubjectFor(int32_t clause, uint32_t vg_begin) const;
  // The NP that a participle or infinitive phrase ending in `np` modifies
  // ("the plane [flying from Baku to Grozny]"), not before token `lower`;
  // kNone when `np` is in no such phrase.
  int32_t ModifiedNoun(int32_t np, uint32_t lower) const;
  // The clausal quote span opening at i directly inside `parent_quote`.
  int32_t ChildQuoteAt(uint32_t i, int32_t parent_quote) const {
    return any_quotes_ ? FindChildQuote(i, parent_quote) : kNone;
  }
  int32_t FindChildQuote(uint32_t i, int32_t parent_quote) const;

  // --- clauses_scan.cc ---
  void Scan(const Work& w);
  // Opens a clause at an opener word i; Scan calls it only for words of
  // the classes openers start with (kOpenerWord, subordinators, relative
  // pronouns).
  bool TryOpen(uint32_t i, const Work& w, std::vector<int32_t>& stack, uint32_t* next);
  void OnComma(uint32_t i, std::vector<int32_t>& stack);
  bool OnConjunction(uint32_t i, const Work& w, std::vector<int32_t>& stack, int32_t* frame);
  // "X said Y did A, and called for B": closes the reported clause on top
  // of the stack at the conjunction i when the verb after it is X's, and
  // opens a clause coordinated with the reporting one whose subject is X
  // (rules in clauses_lift.cc). `frame` as in OnConjunction.
  bool LiftToReporting(uint32_t i, const Work& w, std::vector<int32_t>& stack, int32_t* frame);
  void OnVerbGroup(int32_t unit, const Work& w, std::vector<int32_t>& stack);
  // Returns true iff `clause` still waits for its finite verb: it has none,
  // or only a participle or infinitive ("During an operation targeting
  // members of what X described as a gang, [several were killed]").
  bool Waiting(int32_t clause) const;
  int32_t NewClause(ClauseKind kind, uint32_t begin, uint32_t end, int32_t parent);
  void Open(std::vector<int32_t>& stack, ClauseKind kind, uint32_t begin, int32_t cue);
  // Closes the top clause at token `at` (trailing punctuation trimmed).
  void Pop(std::vector<int32_t>& stack, uint32_t at);
  uint32_t TrimEnd(uint32_t begin, uint32_t end) const;
  // --- clauses_speech.cc ---
  // Queues the reported complement the speech verb group `unit` announces.
  void LookAheadFromSpeechVerb(int32_t unit, int32_t speaker, const Work& w);

  // Token helpers; `i` is a document token index. Words are compared
  // ASCII-case-insensitively against the text as written: the finder keeps
  // no lower-cased copy of the sentence (most tokens are never compared).
  TagId TagAt(uint32_t i) const { return tokens_[i].tag; }
  // Returns true iff the word of token i, lower-cased, is `lower`.
  bool WordEq(uint32_t i, std::string_view lower) const {
    const Span span = tokens_[i].span;
    if (span.end - span.begin != lower.size()) return false;
    const char* p = doc_.text.data() + span.begin;
    for (size_t k = 0; k < lower.size(); ++k) {
      if (LowerAscii(p[k]) != lower[k]) return false;
    }
    return true;
  }
  // Returns true iff tokens a and b are the same word, case aside.
  bool SameWord(uint32_t a, uint32_t b) const;
  // Longest word LowerAt copies.
  static constexpr size_t kMaxLowered = 32;
  // Token i's word lower-cased into `buf`; a longer word comes back as
  // written, which is no lower-case word the finder compares with.
  std::string_view LowerAt(uint32_t i, char (&buf)[kMaxLowered]) const;
  static char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
  // Returns true iff the word of token i is in a clauses_words.h list
  // (`bits`: ClauseWordClass values).
  bool WordIs(uint32_t i, uint32_t bits) const { return (word_classes_[i - s_.first] & bits) != 0; }
  std::string_view LemmaAt(uint32_t i) const { return tokens_[i].lemma; }
  // Inline: the scanner asks these for most tokens, often several times.
  // A comma by its tag or its text (BuildWords folds both into kCommaWord).
  bool IsComma(uint32_t i) const { return WordIs(i, kCommaWord); }
  bool IsSpeechUnit(int32_t unit) const;
  int32_t NpBeginningAt(uint32_t i) const {
    if (i < s_.first || i >= s_.last) return kNone;
    const int32_t u = UnitOf(i);
    return u != kNone && units_[u].kind == UnitKind::kNp && units_[u].begin == i ? u : kNone;
  }
  // The NP whose last token is i.
  int32_t NpEndingAt(uint32_t i) const {
    if (i < s_.first || i >= s_.last) return kNone;
    const int32_t u = UnitOf(i);
    return u != kNone && units_[u].kind == UnitKind::kNp && units_[u].end == i + 1 ? u : kNone;
  }
  int32_t VgBeginningAt(uint32_t i) const {
    if (i < s_.first || i >= s_.last) return kNone;
    const int32_t u = UnitOf(i);
    return u != kNone && units_[u].kind == UnitKind::kVg && units_[u].begin == i ? u : kNone;
  }
  int32_t UnitOf(uint32_t i) const { return unit_of_[i - s_.first]; }

  Document& doc_;
  Token* const tokens_;  // doc_.tokens.data(): FindClauses adds or drops no token
  const SentenceTokens s_;
  const uint32_t first_phrase_;
  // The buffers below are the thread's Pool's.
  std::vector<uint32_t>& word_classes_;  // ClauseWordClasses of each word
  std::vector<Unit>& units_;          // in token order
  std::vector<int32_t>& unit_of_;     // per token
  std::vector<QuoteSpan>& quotes_;
  std::vector<int32_t>& quote_order_;  // quote indexes sorted by begin
  std::vector<Local>& clauses_;
  std::vector<Work>& work_;
  std::vector<Pending>& pending_;
  // Attributions found after a report or quotation: their speech verb's
  // clause takes the speaker as subject ("..., said Peskov").
  std::vector<std::pair<int32_t, int32_t>>& attributions_;  // (verb, speaker) units
  // Scratch: Scan's stack of open clauses, BuildUnits' merged unit list,
  // FindQuotes' and Emit's index arrays.
  std::vector<int32_t>& stack_;
  std::vector<Unit>& merged_;
  std::vector<int32_t>& scratch_a_;
  std::vector<int32_t>& scratch_b_;
  int32_t last_speech_end_ = kNone;  // token after the last speech verb group
  bool any_quotes_ = false;          // !quote_order_.empty()
  uint32_t sentence_classes_ = 0;    // the union of word_classes_
};

}  // namespace riposte::text::internal
