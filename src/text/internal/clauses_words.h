// INTERNAL to the text stage: use text/text.h instead.
//
// Closed word classes the clause finder (clauses.cc) reads: speech and
// cognition verbs with their inflected forms, subordinators, conditional
// openers, relative pronouns, chain prepositions, forms of "be", and as
// bits only (ClauseWordClasses) the punctuation the finder tests for every
// token: comma, semicolon, quotation marks. Words are matched lower-cased;
// verbs match either the token text or its lemma, so the finder works
// before or after lemmatisation. Tested by clauses_test.cc and
// clauses_words_test.cc.
#pragma once

#include <cstdint>
#include <string_view>

namespace riposte::text::internal {

// The lists below as bits, for callers that look a word up once and test
// several lists (the clause finder does so per token): ClauseWordClasses.
enum ClauseWordClass : uint32_t {
  kSpeechVerbWord = 1u << 0,
  kInversionVerbWord = 1u << 1,
  kObjectSpeechVerbWord = 1u << 2,
  kInfinitiveSpeechVerbWord = 1u << 3,
  kSpeechNounWord = 1u << 4,
  kQuestionWordWord = 1u << 5,
  kSubordinatorWord = 1u << 6,
  kRelativePronounWord = 1u << 7,
  kClauseConjunctionWord = 1u << 8,
  kAdjunctPrepositionWord = 1u << 9,
  kCommunicationVerbWord = 1u << 10,
  // Classes only the clause finder's scanner reads, so it can test a token
  // with one bit instead of comparing its text.
  // The words TryOpen reacts to besides subordinators and relative
  // pronouns: first words of multi-word openers, "if", "unless", "where",
  // "when", "that", "what".
  kOpenerWord = 1u << 11,
  kChainPrepositionWord = 1u << 12,  // "of", "in", "between"... (NP chains)
  kBeFormWord = 1u << 13,            // be is was were been being are am
  kCommaWord = 1u << 14,             // ","
  kSemicolonWord = 1u << 15,         // ";"
  // A quotation mark or what may be one (by its tag): “ ” « » ‘ ’ `` '' " '
  kQuoteMarkWord = 1u << 16,
};
// Returns the ClauseWordClass bits of `word` (lower case); 0 for a word in
// no list. IsSpeechVerb(w) == (ClauseWordClasses(w) & kSpeechVerbWord) != 0,
// and so on.
uint32_t ClauseWordClasses(std::string_view word);

// Returns true iff `word` (lower case) is a form of a verb that introduces
// reported speech or thought: "said", "tells", "denied", "believes"...
bool IsSpeechVerb(std::string_view word);
// Returns true iff `word` (lower case) is a form of a verb of taking a
// public position towards someone: "accused", "condemns", "called",
// "urged", "welcomed" (the speech verbs included). After "X said Y did A
// and", such a verb with no subject of its own is more likely X's act than
// Y's: "claimed that the treatment was systematic and accused Moscow".
bool IsCommunicationVerb(std::string_view word);
// Speech verb forms that invert with their subject in attributions:
// "..., said Peskov", "..., added the ministry".
bool IsInversionVerb(std::string_view word);
// Speech verbs that take an object before their complement: "told reporters
// that", "warned Moscow that", "asked Baku whether".
bool IsObjectSpeechVerb(std::string_view word);
// Speech verbs whose to-infinitive is what is said: "threatened to expel".
bool IsInfinitiveSpeechVerb(std::string_view word);
// Nouns whose that-clause is a report: "claims that", "statement that".
bool IsSpeechNoun(std::string_view word);
// Words after which "if" opens an embedded question, not a condition:
// "wonder if", "unclear if".
bool IsQuestionWord(std::string_view word);
// One-word subordinators: "after", "because", "although"...
bool IsSubordinator(std::string_view word);
// Relative pronouns: who, whom, whose, which (and "that", handled apart).
bool IsRelativePronoun(std::string_view word);
// Coordinating conjunctions that can join clauses: and, but, or, yet, nor.
bool IsClauseConjunction(std::string_view word);
// Prepositions a speech verb's adjuncts start with ("said in a statement
// on Friday that").
bool IsAdjunctPreposition(std::string_view word);

// Multi-word openers at tokens [i, ...): returns the number of words matched
// (0 when none) and sets *conditional when the opener is conditional
// ("provided that", "as long as", "even if"). `is(k, w)` tells whether the
// k-th word from i (0: the first), lower case, is w; false past the end.
// Words after the first are looked at only once the first matches.
template <typename Is>
int MatchMultiwordOpener(Is is, bool* conditional) {
  *conditional = false;
  if (is(0, "so") && is(1, "that")) return 2;
  if (is(0, "even") && is(1, "though")) return 2;
  if (is(0, "now") && is(1, "that")) return 2;
  if (is(0, "given") && is(1, "that")) return 2;
  if (is(0, "as") && is(1, "if")) return 2;
  if (is(0, "as") && is(1, "though")) return 2;
  if (is(0, "as") && is(1, "soon") && is(2, "as")) return 3;
  if ((is(0, "provided") || is(0, "providing")) && is(1, "that")) {
    *conditional = true;
    return 2;
  }
  if (is(0, "as") && is(1, "long") && is(2, "as")) {
    *conditional = true;
    return 3;
  }
  if ((is(0, "even") || is(0, "only")) && is(1, "if")) {
    *conditional = true;
    return 2;
  }
  if (is(0, "in") && is(1, "case")) {
    *conditional = true;
    return 2;
  }
  return 0;
}

}  // namespace riposte::text::internal
