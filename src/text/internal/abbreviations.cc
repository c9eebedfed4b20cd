// Word lists for the sentence splitter and the tokenizer.
//
// Each list is a static table of string_views turned into hash tables on
// first use (thread-safe static initialisation). Lookups happen only at
// periods and line ends; a table of (first byte, length) pairs present in
// the abbreviation lists rejects most words before any hashing.
//
// The lists are our own, from news style: titles before names, number
// prefixes, month and weekday abbreviations, AP state abbreviations, company
// suffixes, Latin abbreviations; sentence starters are determiners, pronouns,
// prepositions, conjunctions and sentence adverbs, capitalised — closed-class
// words, never names, so "in the U.S. Moscow said" is (knowingly) not split
// while "in the U.S. The ministry" is.
//
// Tested by sentences_test.cc and tokens_test.cc.
#include "text/internal/abbreviations.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace riposte::text::internal {

namespace {

using WordSet = std::unordered_set<std::string_view>;

constexpr std::string_view kTitles[] = {
    // civil and academic titles
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Rev", "Hon",
    "Rt", "Fr", "Amb", "Pres", "Gov", "Sen", "Sens", "Rep", "Reps", "Atty", "Supt",
    "Insp", "Det", "Sec", "Secy", "Dep", "Asst", "Assoc", "Gen", "Col", "Lt", "Sgt", "Capt",
    "Cpt", "Maj", "Adm", "Brig", "Cmdr", "Cdr", "Cpl", "Pvt", "Spc", "Cmdt", "Lieut", "Comdr",
    // Latin and comparison abbreviations that never end a sentence
    "e.g", "i.e", "vs", "cf", "viz", "Vs",
};

constexpr std::string_view kNumberPrefixes[] = {
    "No", "Nos", "no", "nos", "Nr", "nr", "Art", "Arts", "art", "Vol", "vol", "Vols", "p", "pp",
    "para", "Para", "paras", "Sec", "sec", "Ch", "ch", "Fig", "fig", "Figs", "Tel", "tel",
    "Ref", "ref", "approx", "Approx", "ca", "incl", "est", "Est", "Pt", "pt",
};

constexpr std::string_view kMonths[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
};

constexpr std::string_view kMayEnd[] = {
    // after names and companies
    "Jr", "Snr", "Jnr", "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Plc", "plc", "Cie", "Assn",
    "Sr", "Dept", "Govt", "Intl", "Univ", "al", "Esq",
    // places
    "St", "Ste", "Ave", "Blvd", "Rd", "Sq", "Mt", "Ft", "Pk", "Hwy",
    // weekdays
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    // AP state abbreviations
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
    "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
};

constexpr std::string_view kUsuallyEnds[] = {"etc", "Etc"};

constexpr std::string_view kStarters[] = {
    // determiners and quantifiers
    "The", "A", "An", "This", "That", "These", "Those", "Some", "Many", "Most", "Several",
    "Both", "All", "Each", "Every", "Any", "No", "Such", "Other", "Another", "Few", "More",
    "Much", "Its", "One", "Two", "Three", "Four", "Five", "Ten", "Dozens", "Hundreds",
    "Thousands", "Millions",
    // pronouns
    "I", "We", "You", "He", "She", "It", "They", "His", "Her", "Their", "Our", "My", "Your",
    "There", "Here", "Nobody", "Everyone", "Someone", "None", "Mr", "Mrs", "Ms",
    // prepositions
    "In", "On", "At", "By", "For", "From", "With", "Without", "Of", "To", "After", "Before",
    "During", "Since", "Until", "Despite", "Over", "Among", "Between", "Against",
    "Amid", "Following", "Unlike", "Like", "Within", "Through", "Throughout", "Towards",
    "Toward", "Beyond", "Upon", "About", "Above", "Below", "Across", "Behind",
    // conjunctions and wh-words
    "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "Whether", "Although",
    "Though", "Because", "As", "Once", "Unless", "Where", "What", "Which", "Who", "Whom",
    "Whose", "Why", "How",
    // auxiliaries opening questions
    "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Can", "Could",
    "Would", "Should", "Must", "Shall",
    // sentence adverbs and connectives
    "However", "Meanwhile", "Moreover", "Furthermore", "Also", "Still", "Then", "Thus",
    "Therefore", "Hence", "Instead", "Indeed", "Nevertheless", "Nonetheless", "Otherwise",
    "Earlier", "Later", "Last", "Next", "Now", "Today", "Yesterday", "Tomorrow", "Only",
    "Even", "Already", "Just", "Separately", "Previously", "Recently", "Currently",
    "Overall", "Finally", "Additionally", "According", "Asked", "Speaking", "Not", "Yes",
    "Please", "Let",
};

constexpr std::string_view kFunctionWords[] = {
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
    "onto", "upon", "over", "under", "about", "after", "before", "between", "against",
    "amid", "among", "during", "through", "towards", "toward", "within", "without", "and",
    "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "its",
    "their", "his", "her", "our", "this", "these", "those", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "not", "if", "when", "while", "whether", "because", "although", "via",
    "said", "says", "told", "per", "such", "both", "either", "neither", "every", "each",
    "some", "any", "no", "more", "most", "less", "least", "very", "also", "up", "out", "off",
};

constexpr std::string_view kReportingVerbs[] = {
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
    "replied", "replies", "shouted", "shouts", "insisted", "insists", "declared", "declares",
    "demanded", "demands", "wondered", "wonders", "continued", "stressed", "noted", "claimed",
    "countered", "exclaimed", "cried", "warned", "warns", "recalled", "tweeted", "posted",
};

template <size_t N>
WordSet MakeSet(const std::string_view (&words)[N]) {
  return WordSet(std::begin(words), std::end(words));
}

// Longest entry of the abbreviation lists; longer words skip the lookup.
constexpr size_t kMaxAbbrevLength = 8;

struct Lists {
  // Every abbreviation with its class; the first list naming a word wins,
  // in the order titles, months, number prefixes, may-end, usually-ends.
  std::unordered_map<std::string_view, AbbrevClass> classes;
  // has_abbrev[first byte][length]: cheap rejection before hashing.
  bool has_abbrev[128][kMaxAbbrevLength + 1] = {};
  WordSet starters = MakeSet(kStarters);
  WordSet function_words = MakeSet(kFunctionWords);
  WordSet reporting_verbs = MakeSet(kReportingVerbs);

  template <size_t N>
  void Add(const std::string_view (&words)[N], AbbrevClass c) {
    for (std::string_view w : words) {
      if (!classes.emplace(w, c).second) continue;
      if (w.size() <= kMaxAbbrevLength && static_cast<unsigned char>(w[0]) < 128)
        has_abbrev[static_cast<unsigned char>(w[0])][w.size()] = true;
    }
  }

  Lists() {
    Add(kTitles, AbbrevClass::kTitle);
    Add(kMonths, AbbrevClass::kMonth);
    Add(kNumberPrefixes, AbbrevClass::kNumberPrefix);
    Add(kMayEnd, AbbrevClass::kMayEnd);
    Add(kUsuallyEnds, AbbrevClass::kUsuallyEnds);
  }
};

const Lists& GetLists() {
  static const Lists lists;
  return lists;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlphaAscii(char c) { return IsUpperAscii(c) || IsLowerAscii(c); }

// "U.S", "a.m", "Ph.D", "U.S.S.R": parts of one or two ASCII letters joined
// by single periods, at least two parts.
bool IsDottedAbbreviation(std::string_view w) {
  size_t parts = 0, part_len = 0;
  for (char c : w) {
    if (c == '.') {
      if (part_len == 0) return false;
      ++parts;
      part_len = 0;
    } else if (IsAlphaAscii(c)) {
      if (++part_len > 2) return false;
    } else {
      return false;
    }
  }
  return part_len > 0 && parts >= 1;
}

// Classifies by the lists only; kNone when absent.
AbbrevClass ListClass(std::string_view w) {
  const Lists& l = GetLists();
  const auto first = static_cast<unsigned char>(w[0]);
  if (w.size() > kMaxAbbrevLength || first >= 128 || !l.has_abbrev[first][w.size()])
    return AbbrevClass::kNone;
  auto it = l.classes.find(w);
  return it == l.classes.end() ? AbbrevClass::kNone : it->second;
}

// True iff `w` is one upper-case letter outside ASCII ("İ", "Ə", "Ж").
bool IsNonAsciiInitial(std::string_view w) {
  if (w.size() < 2 || w.size() > 4) return false;
  int32_t pos = 0;
  UChar32 c;
  U8_NEXT(w.data(), pos, static_cast<int32_t>(w.size()), c);
  return c >= 0 && static_cast<size_t>(pos) == w.size() && (u_isupper(c) || u_istitle(c));
}

}  // namespace

AbbrevClass ClassifyAbbreviation(std::string_view w) {
  if (w.empty() || w.size() > kMaxAbbrevLength)
    return IsDottedAbbreviation(w) ? AbbrevClass::kMayEnd : AbbrevClass::kNone;
  AbbrevClass c = ListClass(w);
  if (c != AbbrevClass::kNone) return c;
  if (w.size() == 1 && IsUpperAscii(w[0])) return AbbrevClass::kMayEnd;  // an initial
  if (IsNonAsciiInitial(w)) return AbbrevClass::kMayEnd;
  if (IsDottedAbbreviation(w)) return AbbrevClass::kMayEnd;
  // All capitals ("MR", "GEN", "JAN") as the capitalised form.
  bool all_caps = w.size() >= 2;
  for (char ch : w) all_caps = all_caps && IsUpperAscii(ch);
  if (all_caps) {
    char buf[kMaxAbbrevLength];
    buf[0] = w[0];
    for (size_t i = 1; i < w.size(); ++i) buf[i] = static_cast<char>(w[i] - 'A' + 'a');
    AbbrevClass cc = ListClass(std::string_view(buf, w.size()));
    // "US"/"UK" as "Us"/"Uk" are not in the lists; "NO" (a word) as "No"
    // keeps its number-prefix meaning only.
    if (cc != AbbrevClass::kNone) return cc;
  }
  return AbbrevClass::kNone;
}

bool TakesPeriod(std::string_view word, bool number_follows) {
  switch (ClassifyAbbreviation(word)) {
    case AbbrevClass::kNone: return false;
    case AbbrevClass::kNumberPrefix: return number_follows;
    default: return true;
  }
}

bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > 16) return false;
  const WordSet& s = GetLists().starters;
  if (s.count(word)) return true;
  // ALL-CAPS text: "THE" as "The".
  bool all_caps = word.size() >= 2;
  for (char ch : word) all_caps = all_caps && IsUpperAscii(ch);
  if (!all_caps) return false;
  char buf[16];
  buf[0] = word[0];
  for (size_t i = 1; i < word.size(); ++i) buf[i] = static_cast<char>(word[i] - 'A' + 'a');
  return s.count(std::string_view(buf, word.size())) > 0;
}

bool IsFunctionWord(std::string_view word) {
  return word.size() <= 10 && GetLists().function_words.count(word) > 0;
}

bool IsReportingVerb(std::string_view word) {
  return word.size() <= 10 && GetLists().reporting_verbs.count(word) > 0;
}

}  // namespace riposte::text::internal
