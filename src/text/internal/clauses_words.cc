// Word classes for the clause finder (see clauses_words.h).
//
// Verb lists hold lemmas; their regular forms (-s, -ed, -ing with the usual
// e-drop, y->i and listed consonant doubling) and irregular forms are
// generated once into one flat table of word -> list bits, so "said",
// "denies" and "alleging" match without a lemmatiser. Lists are our own, drawn from news attribution
// practice. Tested by clauses_test.cc.
#include "text/internal/clauses_words.h"

#include <array>
#include <bitset>
#include <cstdint>
#include <string>

#include "core/word_table.h"

namespace riposte::text::internal {
namespace {

// One flat table (word_table.h) maps every listed form to a bit set of the
// lists holding it: a lookup is one hash and a probe or two.
constexpr uint32_t kSpeechVerb = kSpeechVerbWord;
constexpr uint32_t kInversionVerb = kInversionVerbWord;
constexpr uint32_t kObjectSpeechVerb = kObjectSpeechVerbWord;
constexpr uint32_t kInfinitiveSpeechVerb = kInfinitiveSpeechVerbWord;
constexpr uint32_t kSpeechNoun = kSpeechNounWord;
constexpr uint32_t kQuestionWord = kQuestionWordWord;
constexpr uint32_t kSubordinator = kSubordinatorWord;
constexpr uint32_t kRelativePronoun = kRelativePronounWord;
constexpr uint32_t kClauseConjunction = kClauseConjunctionWord;
constexpr uint32_t kAdjunctPreposition = kAdjunctPrepositionWord;
constexpr uint32_t kCommunicationVerb = kCommunicationVerbWord;
constexpr uint32_t kOpener = kOpenerWord;
constexpr uint32_t kChainPreposition = kChainPrepositionWord;
constexpr uint32_t kBeForm = kBeFormWord;

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

// Verbs of public stance-taking beyond the speech verbs (lemmas): what a
// government or official does in words to another party.
constexpr std::array kCommunicationVerbs = {
    "accuse",   "condemn",  "criticize", "criticise", "call",     "denounce", "blame",
    "reject",   "praise",   "welcome",  "thank",     "express",  "appeal",   "protest",
    "apologize", "apologise", "refuse", "dismiss",   "invite",   "summon",   "request",
    "describe", "label",    "voice",    "propose",   "congratulate", "slam", "decry",
    "deplore",  "regret",   "offer",    "reaffirm",  "question", "challenge", "vow",
    "pledge",   "threaten", "order",    "instruct",  "recommend"};

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
// Keep in step with MatchMultiwordOpener (clauses_words.h) and
// ClauseScanner::TryOpen, which returns at once for a word in none of
// kOpeners, kSubordinators and kRelativePronouns.
constexpr std::array kOpeners = {
    "so", "even", "now", "given", "as", "provided", "providing", "only", "in",
    "if", "unless", "where", "when", "that", "what"};
constexpr std::array kChainPrepositions = {
    "of", "in", "from", "at", "for", "on", "with", "near", "across", "inside", "outside",
    "within", "around", "between", "among", "during", "against", "over", "amid"};
constexpr std::array kBeForms = {"be", "is", "was", "were", "been", "being", "are", "am"};
constexpr std::array kAdjunctPrepositions = {
    "in", "on", "at", "during", "to", "from", "via", "through", "over", "with",
    "within", "for", "by"};

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

constexpr size_t kLongestListed = 24;  // longer than any listed form

// A filter in front of the table: one bit per (length, first byte, last
// byte) of the listed words, so most words in no list (the verb lemmas the
// finder looks up, mostly) are turned away without hashing.
size_t FilterIndex(std::string_view word) {
  return (word.size() * 32 + (static_cast<unsigned char>(word.front()) & 31)) * 32 +
         (static_cast<unsigned char>(word.back()) & 31);
}

struct Lists {
  WordTable table;  // word -> list bits
  std::bitset<(kLongestListed + 1) * 32 * 32> filter;  // FilterIndex of every word
};

// Sets `bit` on `word` in `table`.
void Add(Lists& table, std::string_view word, uint32_t bit) {
  const uint32_t old = table.table.Find(word);
  table.table.Insert(word, (old == WordTable::kMissing ? 0 : old) | bit);
  // Classes turns longer words away before the filter.
  if (!word.empty() && word.size() <= kLongestListed) table.filter.set(FilterIndex(word));
}

// Adds the lemma and its regular inflections.
void AddForms(Lists& table, const std::string& lemma, uint32_t bit) {
  Add(table, lemma, bit);
  const char last = lemma.back();
  const bool consonant_y =
      last == 'y' && lemma.size() > 1 && !IsVowel(lemma[lemma.size() - 2]);
  if (last == 'e') {
    Add(table, lemma + "s", bit);
    Add(table, lemma + "d", bit);
    Add(table, lemma.substr(0, lemma.size() - 1) + "ing", bit);
  } else if (consonant_y) {
    const std::string stem = lemma.substr(0, lemma.size() - 1);
    Add(table, stem + "ies", bit);
    Add(table, stem + "ied", bit);
    Add(table, lemma + "ing", bit);
  } else {
    const bool sibilant = EndsWith(lemma, "s") || EndsWith(lemma, "sh") ||
                          EndsWith(lemma, "ch") || EndsWith(lemma, "x");
    Add(table, lemma + (sibilant ? "es" : "s"), bit);
    Add(table, lemma + "ed", bit);
    Add(table, lemma + "ing", bit);
  }
}

template <size_t N>
void AddAll(Lists& table, const std::array<const char*, N>& words, bool inflect, uint32_t bit) {
  for (const char* w : words) {
    if (inflect) {
      AddForms(table, w, bit);
    } else {
      Add(table, w, bit);
    }
  }
}

const Lists& Table() {
  static const Lists* const kTable = [] {
    auto* table = new Lists;
    AddAll(*table, kSpeechVerbs, true, kSpeechVerb);
    for (const char* w : kExtraForms) Add(*table, w, kSpeechVerb);
    AddAll(*table, kSpeechVerbs, true, kCommunicationVerb);
    for (const char* w : kExtraForms) Add(*table, w, kCommunicationVerb);
    AddAll(*table, kCommunicationVerbs, true, kCommunicationVerb);
    for (const char* w : {"regretted", "regretting", "labelled", "labelling"}) {
      Add(*table, w, kCommunicationVerb);
    }
    AddAll(*table, kInversionVerbs, false, kInversionVerb);
    AddAll(*table, kObjectSpeechVerbs, true, kObjectSpeechVerb);
    AddAll(*table, kInfinitiveSpeechVerbs, true, kInfinitiveSpeechVerb);
    AddAll(*table, kSpeechNouns, false, kSpeechNoun);
    AddAll(*table, kQuestionWords, false, kQuestionWord);
    AddAll(*table, kSubordinators, false, kSubordinator);
    AddAll(*table, kRelativePronouns, false, kRelativePronoun);
    AddAll(*table, kClauseConjunctions, false, kClauseConjunction);
    AddAll(*table, kAdjunctPrepositions, false, kAdjunctPreposition);
    AddAll(*table, kOpeners, false, kOpener);
    AddAll(*table, kChainPrepositions, false, kChainPreposition);
    AddAll(*table, kBeForms, false, kBeForm);
    return table;
  }();
  return *kTable;
}

// The punctuation classes of a word that does not start with a letter.
uint32_t PunctuationClasses(std::string_view word) {
  if (word == ",") return kCommaWord;
  if (word == ";") return kSemicolonWord;
  if (word == "\xE2\x80\x9C" || word == "\xE2\x80\x9D" || word == "\xC2\xAB" ||
      word == "\xC2\xBB" || word == "\xE2\x80\x98" || word == "\xE2\x80\x99" || word == "``" ||
      word == "''" || word == "\"" || word == "'") {
    return kQuoteMarkWord;
  }
  return 0;
}

// Every listed word is short lower-case ASCII: most tokens are turned away
// before hashing.
uint32_t Classes(std::string_view word) {
  if (word.empty() || word.size() > kLongestListed) return 0;
  if (word[0] < 'a' || word[0] > 'z') return word.size() <= 3 ? PunctuationClasses(word) : 0;
  const Lists& lists = Table();
  if (!lists.filter.test(FilterIndex(word))) return 0;
  const uint32_t classes = lists.table.Find(word);
  return classes == WordTable::kMissing ? 0 : classes;
}

bool Has(std::string_view word, uint32_t bit) { return (Classes(word) & bit) != 0; }

}  // namespace

uint32_t ClauseWordClasses(std::string_view word) { return Classes(word); }

bool IsInversionVerb(std::string_view word) { return Has(word, kInversionVerb); }
bool IsSpeechVerb(std::string_view word) { return Has(word, kSpeechVerb); }
bool IsObjectSpeechVerb(std::string_view word) { return Has(word, kObjectSpeechVerb); }
bool IsInfinitiveSpeechVerb(std::string_view word) { return Has(word, kInfinitiveSpeechVerb); }
bool IsSpeechNoun(std::string_view word) { return Has(word, kSpeechNoun); }
bool IsQuestionWord(std::string_view word) { return Has(word, kQuestionWord); }
bool IsSubordinator(std::string_view word) { return Has(word, kSubordinator); }
bool IsRelativePronoun(std::string_view word) { return Has(word, kRelativePronoun); }
bool IsClauseConjunction(std::string_view word) { return Has(word, kClauseConjunction); }
bool IsAdjunctPreposition(std::string_view word) { return Has(word, kAdjunctPreposition); }
bool IsCommunicationVerb(std::string_view word) { return Has(word, kCommunicationVerb); }

}  // namespace riposte::text::internal
