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
// ("provided that", "as long as", "even if"). `next(k)` gives the k-th word
// after the first, lower case, or "" past the end.
template <typename Next>
int MatchMultiwordOpener(std::string_view first, Next next, bool* conditional) {
  *conditional = false;
  const std::string_view second = next(1);
  if (first == "so" && second == "that") return 2;
  if (first == "even" && second == "though") return 2;
  if (first == "now" && second == "that") return 2;
  if (first == "given" && second == "that") return 2;
  if (first == "as" && second == "if") return 2;
  if (first == "as" && second == "though") return 2;
  if (first == "as" && second == "soon" && next(2) == "as") return 3;
  if ((first == "provided" || first == "providing") && second == "that") {
    *conditional = true;
    return 2;
  }
  if (first == "as" && second == "long" && next(2) == "as") {
    *conditional = true;
    return 3;
  }
  if ((first == "even" || first == "only") && second == "if") {
    *conditional = true;
    return 2;
  }
  if (first == "in" && second == "case") {
    *conditional = true;
    return 2;
  }
  return 0;
}

}  // namespace riposte::text::internal
