// Word classes for the clause finder (see clauses_words.h).
//
// Verb lists hold lemmas; their regular forms (-s, -ed, -ing with the usual
// e-drop, y->i and listed consonant doubling) and irregular forms are
// generated once into a hash set, so "said", "denies" and "alleging" match
// without a lemmatiser. Lists are our own, drawn from news attribution
// practice. Tested by clauses_test.cc.
#include "text/internal/clauses_words.h"

#include <array>
#include <string>
#include <unordered_set>

namespace riposte::text::internal {
namespace {

// Looked up by string_view without building a std::string.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

constexpr std::array kSpeechVerbs = {
    "say",      "tell",     "announce", "claim",       "deny",      "state",
    "report",   "add",      "insist",   "warn",        "note",      "argue",
    "believe",  "confirm",  "stress",   "allege",      "suggest",   "acknowledge",
    "admit",    "explain",  "write",    "declare",     "promise",   "threaten",
    "ask",      "reply",    "assert",   "maintain",
    "contend",  "complain", "think",    "recall",      "reiterate", "emphasize",
    "emphasise", "underline", "indicate", "reveal",    "disclose",  "predict",
    "conclude", "concede",  "vow",      "pledge",      "inform",    "assure",
    "remind",   "agree",    "hope",     "fear",        "expect",    "demand",
    "urge",     "signal",   "hint",     "testify",     "repeat",    "estimate",
    "know",     "understand", "retort", "mention",     "notify",    "advise",
    "insinuate", "speculate", "suspect", "doubt",      "swear",     "tweet",
    "clarify",  "specify",  "caution"};

// Irregular forms and doubled consonants the generator does not make.
constexpr std::array kExtraForms = {
    "said",     "told",      "wrote",     "written",   "thought",    "knew",
    "known",    "understood", "swore",    "sworn",     "felt",       "admitted",
    "admitting", "regretted", "regretting", "committed", "repeated"};

constexpr std::array kInversionVerbs = {
    "said",    "says",     "added",    "adds",     "wrote",    "writes",  "asked",
    "asks",    "replied",  "replies",  "explained", "insisted", "noted",  "stressed",
    "declared", "announced", "warned", "continued", "recalled", "told"};
constexpr std::array kObjectSpeechVerbs = {"tell",   "inform", "assure", "remind",
                                           "warn",   "notify", "promise", "advise",
                                           "ask",    "urge",   "told"};
constexpr std::array kInfinitiveSpeechVerbs = {"promise", "threaten", "vow", "pledge",
                                               "demand",  "urge",     "warn", "ask"};
constexpr std::array kSpeechNouns = {
    "claim",   "claims",    "statement", "statements", "assertion", "assertions",
    "allegation", "allegations", "accusation", "accusations", "report", "reports",
    "warning", "warnings",  "assurance", "assurances", "suggestion", "rumour",
    "rumours", "rumor",     "rumors",    "denial",     "promise",   "promises",
    "threat",  "threats",   "insistence", "belief",    "view",      "word",
    "news",    "confirmation", "announcement", "evidence", "fears"};
constexpr std::array kQuestionWords = {
    "ask",      "asks",     "asked",    "asking",   "wonder",  "wondered", "wonders",
    "know",     "knew",     "knows",    "see",      "check",   "checked",  "decide",
    "decided",  "determine", "determined", "clear", "unclear", "sure",     "doubt",
    "doubted",  "investigate", "investigating", "question", "questioned", "whether",
    "learn",    "establish", "verify",   "confirm", "confirmed", "find",   "inquire",
    "inquired"};
constexpr std::array kSubordinators = {
    "after",  "before",  "when",    "while",    "because",  "since",    "although",
    "though", "as",      "until",   "till",     "once",     "whereas",  "whenever",
    "wherever", "where", "whilst",  "lest",     "whether"};
constexpr std::array kRelativePronouns = {"who", "whom", "whose", "which"};
constexpr std::array kClauseConjunctions = {"and", "but", "or", "yet", "nor"};
constexpr std::array kAdjunctPrepositions = {
    "in", "on", "at", "during", "to", "from", "via", "through", "over", "with",
    "within", "for", "by"};

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Adds the lemma and its regular inflections.
void AddForms(WordSet& set, const std::string& lemma) {
  set.insert(lemma);
  const char last = lemma.back();
  const bool consonant_y =
      last == 'y' && lemma.size() > 1 && !IsVowel(lemma[lemma.size() - 2]);
  if (last == 'e') {
    set.insert(lemma + "s");
    set.insert(lemma + "d");
    set.insert(lemma.substr(0, lemma.size() - 1) + "ing");
  } else if (consonant_y) {
    const std::string stem = lemma.substr(0, lemma.size() - 1);
    set.insert(stem + "ies");
    set.insert(stem + "ied");
    set.insert(lemma + "ing");
  } else {
    const bool sibilant = EndsWith(lemma, "s") || EndsWith(lemma, "sh") ||
                          EndsWith(lemma, "ch") || EndsWith(lemma, "x");
    set.insert(lemma + (sibilant ? "es" : "s"));
    set.insert(lemma + "ed");
    set.insert(lemma + "ing");
  }
}

template <size_t N>
WordSet MakeSet(const std::array<const char*, N>& words, bool inflect) {
  WordSet set;
  for (const char* w : words) {
    if (inflect) {
      AddForms(set, w);
    } else {
      set.insert(w);
    }
  }
  return set;
}

// Every listed word is short lower-case ASCII: most tokens are turned away
// before hashing.
bool Has(const WordSet& set, std::string_view word) {
  constexpr size_t kLongestListed = 24;  // longer than any listed form
  if (word.empty() || word.size() > kLongestListed || word[0] < 'a' || word[0] > 'z') return false;
  return set.find(word) != set.end();
}

}  // namespace

bool IsInversionVerb(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kInversionVerbs, false));
  return Has(*kSet, word);
}

bool IsSpeechVerb(std::string_view word) {
  static const WordSet* const kSet = [] {
    auto* set = new WordSet(MakeSet(kSpeechVerbs, true));
    for (const char* w : kExtraForms) set->insert(w);
    return set;
  }();
  return Has(*kSet, word);
}

bool IsObjectSpeechVerb(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kObjectSpeechVerbs, true));
  return Has(*kSet, word);
}

bool IsInfinitiveSpeechVerb(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kInfinitiveSpeechVerbs, true));
  return Has(*kSet, word);
}

bool IsSpeechNoun(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kSpeechNouns, false));
  return Has(*kSet, word);
}

bool IsQuestionWord(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kQuestionWords, false));
  return Has(*kSet, word);
}

bool IsSubordinator(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kSubordinators, false));
  return Has(*kSet, word);
}

bool IsRelativePronoun(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kRelativePronouns, false));
  return Has(*kSet, word);
}

bool IsClauseConjunction(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kClauseConjunctions, false));
  return Has(*kSet, word);
}

bool IsAdjunctPreposition(std::string_view word) {
  static const WordSet* const kSet = new WordSet(MakeSet(kAdjunctPrepositions, false));
  return Has(*kSet, word);
}

}  // namespace riposte::text::internal
