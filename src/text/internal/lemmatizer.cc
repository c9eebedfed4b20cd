// The lemmatiser: the base form of a word given its Penn Treebank tag.
//
// Algorithm (WordNet's "morphy" idea, reimplemented over wordnet.h):
//  1. Punctuation, symbols and numbers (CD) keep their text.
//  2. Contractions and clitics come from our own table, straight or
//     typographic apostrophe alike: n't -> not, 's -> be (VBZ) / 's (POS),
//     're/'m -> be, 've -> have, 'll -> will, 'd -> would (MD) / have (VBD,
//     VBN), wo -> will, ca -> can, sha -> shall.
//  3. Closed-class tags (DT, IN, PRP, MD, CC, WDT, ...) give the lowercase
//     form ("I" stays "I"). Lemmas use the straight apostrophe.
//  4. Proper nouns keep their case: NNP is returned as written; NNPS is
//     kept when WordNet lists the plural itself ("Philippines") or it names
//     one institution ("States", "Nations", "Guards": our list), else
//     de-pluralised by the noun rules below with the original case
//     ("Russians" -> "Russian"), else a final plural "s" is stripped.
//  5. Open classes (NN*, VB*, JJ*, RB*) are lowercased (ASCII and Latin-1
//     capitals) and looked up in that part of speech:
//       base tags (NN, VB, VBP, JJ, RB): the word itself if WordNet lists it;
//       then the exception list (went -> go, children -> child);
//       then WordNet's detachment rules, first candidate WordNet lists:
//         nouns  s->, ses->s, xes->x, zes->z, ches->ch, shes->sh, men->man,
//                ies->y
//         verbs  s->, ies->y, es->e, es->, ed->e, ed->, ing->e, ing->
//                (for -ing we try ing-> first unless the stem ends in a
//                single consonant after a vowel: singing -> sing, but
//                hoping -> hope)
//         adjectives er->, est->, er->e, est->e
//       inflected tags (NNS, VBD, ...) accept the word itself only after
//       the rules ("authorities" is a WordNet noun; we want "authority").
//     A few news nouns keep their plural: media, data, news, arms,
//     headquarters, species, series, means ("state media" is not a
//     "medium").
//  6. British spellings map to the American lemma when WordNet lists the
//     American form in the same part of speech: -ise/-isation/-iser -> -ize...,
//     -yse -> -yze, -our -> -or, -tre -> -ter, -bre -> -ber, -ller/-llor ->
//     -ler/-lor (traveller, counsellor), -lled/-lling (travelled), -ussed
//     (focussed), plus a word table (defence -> defense, offence, licence,
//     programme, grey, catalogue, analogue...). -ogue is not a rule: AP style
//     keeps "dialogue" and "prologue". WordNet 3.0
//     lists many British forms itself (apologise, organisation, defence), so
//     we map even then: every stage then sees one lemma per word. A short
//     list of words that only look British is excluded (tour, timbre,
//     advertise...).
//  7. Words WordNet does not know are lowercased and, by tag, lose a
//     regular inflection conservatively: VBD/VBN -ed (-ied -> -y, doubled
//     consonant undoubled, -is/-iz -> -ize, -at -> -ate), VBG -ing (same),
//     VBZ/NNS -s (-ies -> -y, -sses/-ches/-shes/-xes/-zes -> drop -es; -ss,
//     -us, -is unchanged). So an unknown verb like "doxxed" still gives
//     "dox". It can be wrong for verbs in silent -e ("vaped" -> "vap").
//
// Words longer than kMaxWordBytes are only lowercased. The only allocation
// is the returned string.
//
// Tested by lemma_test.cc.
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "text/internal/analysis.h"
#include "text/internal/wordnet.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace {

constexpr size_t kMaxWordBytes = 64;
// Room for a rewritten suffix longer than the original.
constexpr size_t kBufferBytes = kMaxWordBytes + 16;
constexpr size_t kMinStem = 2;

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

constexpr Rule kNounRules[] = {{"s", ""},    {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
                               {"ed", "e"}, {"ed", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Plurals news text means as such.
constexpr std::string_view kKeptPlurals[] = {"media", "data",    "news",   "arms",
                                             "headquarters", "species", "series", "means"};

// Plural proper nouns that name one thing ("United States", "United Nations",
// "Revolutionary Guards"): NNPS keeps them whole. Lowercase keys.
constexpr std::string_view kKeptProperPlurals[] = {
    "states",  "nations",   "emirates", "islands",  "airlines", "airways",   "times",
    "affairs", "games",     "olympics", "forces",   "services", "industries", "relations",
    "guards",  "rights",    "news",     "studies",  "sciences", "arts",      "communications"};

// British suffix -> American suffix, tried on a base form.
constexpr Rule kBritishSuffixes[] = {
    {"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"},     {"ised", "ized"},
    {"ising", "izing"},     {"ises", "izes"},         {"iser", "izer"},   {"isers", "izers"},
    {"yse", "yze"},         {"ysed", "yzed"},         {"ysing", "yzing"}, {"our", "or"},
    {"ourable", "orable"},  {"ourably", "orably"},    {"ourite", "orite"}, {"ourful", "orful"},
    {"ourless", "orless"},  {"ourer", "orer"},        {"ourhood", "orhood"}, {"oural", "oral"},
    {"oured", "ored"},      {"tre", "ter"},           {"bre", "ber"},     {"ller", "ler"},
    {"llor", "lor"},        {"lled", "led"},          {"lling", "ling"}};

// Whole-word British -> American spellings that no suffix rule covers.
constexpr Rule kBritishWords[] = {
    {"defence", "defense"},     {"offence", "offense"},      {"pretence", "pretense"},
    {"licence", "license"},     {"practise", "practice"},    {"programme", "program"},
    {"grey", "gray"},           {"tyre", "tire"},            {"plough", "plow"},
    {"mould", "mold"},          {"manoeuvre", "maneuver"},   {"jewellery", "jewelry"},
    {"judgement", "judgment"},  {"aluminium", "aluminum"},   {"sceptic", "skeptic"},
    {"sceptical", "skeptical"}, {"scepticism", "skepticism"}, {"enrol", "enroll"},
    {"fulfil", "fulfill"},      {"instil", "instill"},       {"ageing", "aging"},
    {"pyjamas", "pajamas"},     {"moustache", "mustache"},   {"cosy", "cozy"},
    {"kerb", "curb"},           {"cheque", "check"},         {"catalogue", "catalog"},
    {"analogue", "analog"}};

// Words that match a British pattern but are not British spellings.
constexpr std::string_view kNotBritish[] = {
    "tour",       "amour",     "outre",       "timbre",  "apprise", "advertise",
    "advertiser", "advertising", "advertised", "scourer", "prise",   "flour"};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

// A word's lowercase form with straight apostrophes, in a fixed buffer.
struct Folded {
  char data[kBufferBytes];
  size_t size = 0;
  bool has_letter = false;
  std::string_view view() const { return std::string_view(data, size); }
};

// Lowercases ASCII and Latin-1 capitals (U+00C0-U+00DE but U+00D7) and
// maps U+2018/U+2019 to '. REQUIRES: word.size() <= kMaxWordBytes.
void Fold(std::string_view word, Folded* out) {
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out->has_letter |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      out->data[n++] = IsAsciiUpper(static_cast<char>(c)) ? static_cast<char>(c + 32)
                                                           : static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(word[i + 2]) == 0x98 ||
                static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      out->data[n++] = '\'';
      i += 2;
    } else if (c == 0xC3 && i + 1 < word.size()) {
      const unsigned char next = static_cast<unsigned char>(word[i + 1]);
      out->has_letter = true;
      out->data[n++] = static_cast<char>(c);
      out->data[n++] = static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20
                                                                                      : next);
      ++i;
    } else {
      out->has_letter = true;  // other non-ASCII: treat as a letter
      out->data[n++] = static_cast<char>(c);
    }
  }
  out->size = n;
}

// Writes stem + ending into `buffer` and returns it. REQUIRES: it fits.
std::string_view Join(std::string_view stem, std::string_view ending, char* buffer) {
  std::memcpy(buffer, stem.data(), stem.size());
  std::memcpy(buffer + stem.size(), ending.data(), ending.size());
  return std::string_view(buffer, stem.size() + ending.size());
}

bool IsInflectedTag(TagId tag) {
  return tag == Id(Tag::NNS) || tag == Id(Tag::VBD) || tag == Id(Tag::VBG) ||
         tag == Id(Tag::VBN) || tag == Id(Tag::VBZ) || tag == Id(Tag::JJR) ||
         tag == Id(Tag::JJS) || tag == Id(Tag::RBR) || tag == Id(Tag::RBS);
}

// Our contraction table. Returns nullptr when `word` (folded) is none.
const char* Contraction(std::string_view word, TagId tag) {
  if (word == "n't") return "not";
  if (word == "'s") {
    if (tag == Id(Tag::POS)) return "'s";
    if (tag == Id(Tag::PRP)) return "us";  // let's
    if (IsVerb(tag)) return "be";
    return "'s";
  }
  if (word == "'") return tag == Id(Tag::POS) ? "'s" : nullptr;
  if (word == "'re" || word == "'m") return "be";
  if (word == "'ve") return "have";
  if (word == "'ll") return "will";
  if (word == "'d") return (tag == Id(Tag::VBD) || tag == Id(Tag::VBN)) ? "have" : "would";
  if (word == "'em") return "them";
  const bool verbal = tag == Id(Tag::MD) || IsVerb(tag);
  if (verbal && word == "wo") return "will";
  if (verbal && word == "ca") return "can";
  if (verbal && word == "sha") return "shall";
  if (verbal && word == "ai") return "be";
  return nullptr;
}

class WordNetLemmatizer : public Lemmatizer {
 public:
  explicit WordNetLemmatizer(std::unique_ptr<WordNet> wordnet) : wordnet_(std::move(wordnet)) {}

  std::string Lemma(std::string_view word, TagId tag) const override;

 private:
  // The base of `word` (folded) in `pos`, written to `buffer` when built;
  // empty when WordNet knows none.
  std::string_view FindBase(std::string_view word, WordNetPos pos, bool inflected,
                            char* buffer) const;
  std::string_view ApplyRules(std::string_view word, WordNetPos pos, char* buffer) const;
  // The American spelling of a base form if WordNet lists it in `pos`, else
  // `base` itself.
  std::string_view Americanize(std::string_view base, WordNetPos pos, char* buffer) const;
  // Rewrites a British surface form (travelled -> traveled) without a
  // WordNet check; empty if no pattern applies.
  std::string_view AmericanizeSurface(std::string_view word, char* buffer) const;
  std::string ProperPlural(std::string_view word, const Folded& folded) const;

  std::unique_ptr<WordNet> wordnet_;
};

std::string_view WordNetLemmatizer::ApplyRules(std::string_view word, WordNetPos pos,
                                               char* buffer) const {
  auto try_rule = [&](const Rule& rule) -> std::string_view {
    if (!EndsWith(word, rule.suffix)) return {};
    const std::string_view stem = word.substr(0, word.size() - rule.suffix.size());
    if (stem.size() + rule.ending.size() < kMinStem) return {};
    const std::string_view candidate = Join(stem, rule.ending, buffer);
    return wordnet_->Contains(candidate, pos) ? candidate : std::string_view();
  };
  auto try_all = [&](const auto& rules) -> std::string_view {
    for (const Rule& rule : rules) {
      if (std::string_view found = try_rule(rule); !found.empty()) return found;
    }
    return {};
  };
  switch (pos) {
    case WordNetPos::kNoun:
      return try_all(kNounRules);
    case WordNetPos::kAdj:
      return try_all(kAdjRules);
    case WordNetPos::kAdv:
      return {};
    case WordNetPos::kVerb:
      break;
  }
  if (std::string_view found = try_all(kVerbRules); !found.empty()) return found;
  if (!EndsWith(word, "ing")) return {};
  // singing -> sing (not singe); hoping -> hope (not hop).
  const std::string_view stem = word.substr(0, word.size() - 3);
  const bool single_final_consonant = stem.size() >= 2 && IsConsonant(stem.back()) &&
                                      IsVowel(stem[stem.size() - 2]);
  constexpr Rule kWithE = {"ing", "e"};
  constexpr Rule kBare = {"ing", ""};
  if (single_final_consonant) {
    if (std::string_view found = try_rule(kWithE); !found.empty()) return found;
    return try_rule(kBare);
  }
  if (std::string_view found = try_rule(kBare); !found.empty()) return found;
  return try_rule(kWithE);
}

std::string_view WordNetLemmatizer::FindBase(std::string_view word, WordNetPos pos,
                                             bool inflected, char* buffer) const {
  if (!inflected && wordnet_->Contains(word, pos)) return word;
  if (std::string_view base = wordnet_->Exception(word, pos); !base.empty()) return base;
  if (std::string_view base = ApplyRules(word, pos, buffer); !base.empty()) return base;
  if (inflected && wordnet_->Contains(word, pos)) return word;
  return {};
}

std::string_view WordNetLemmatizer::Americanize(std::string_view base, WordNetPos pos,
                                                char* buffer) const {
  if (base.size() + 4 > kBufferBytes) return base;
  for (std::string_view not_british : kNotBritish) {
    if (base == not_british) return base;
  }
  for (const Rule& rule : kBritishWords) {
    if (base == rule.suffix) {
      return wordnet_->Contains(rule.ending, pos) ? rule.ending : base;
    }
  }
  for (const Rule& rule : kBritishSuffixes) {
    if (!EndsWith(base, rule.suffix) || base.size() <= rule.suffix.size() + 1) continue;
    const std::string_view stem = base.substr(0, base.size() - rule.suffix.size());
    if (rule.suffix.starts_with("ll")) {
      // traveller -> traveler only if "travel" is a verb (not filler, miller).
      const std::string_view verb = base.substr(0, base.size() - rule.suffix.size() + 1);
      if (!wordnet_->Contains(verb, WordNetPos::kVerb)) continue;
    }
    const std::string_view american = Join(stem, rule.ending, buffer);
    if (wordnet_->Contains(american, pos)) return american;
  }
  return base;
}

std::string_view WordNetLemmatizer::AmericanizeSurface(std::string_view word, char* buffer) const {
  constexpr Rule kSurface[] = {{"ised", "ized"},     {"ising", "izing"}, {"ises", "izes"},
                               {"isations", "izations"}, {"isation", "ization"},
                               {"lled", "led"},      {"lling", "ling"},  {"llers", "lers"},
                               {"ysed", "yzed"},     {"ysing", "yzing"}, {"ours", "ors"},
                               {"oured", "ored"},    {"ouring", "oring"}, {"tres", "ters"},
                               {"ussed", "used"},    {"ussing", "using"}, {"usses", "uses"}};
  for (const Rule& rule : kSurface) {
    if (!EndsWith(word, rule.suffix) || word.size() <= rule.suffix.size() + 1) continue;
    return Join(word.substr(0, word.size() - rule.suffix.size()), rule.ending, buffer);
  }
  return {};
}

// Conservative regular-inflection strip for words WordNet does not know.
// REQUIRES: word.size() <= kMaxWordBytes.
std::string StripUnknown(std::string_view word, TagId tag) {
  char buffer[kBufferBytes];
  std::memcpy(buffer, word.data(), word.size());
  size_t n = word.size();
  auto ends_with = [&](std::string_view suffix) {
    return EndsWith(std::string_view(buffer, n), suffix);
  };
  auto undo_stem = [&](size_t suffix_bytes) {
    n -= suffix_bytes;
    if (n >= 2 && buffer[n - 1] == buffer[n - 2] && IsConsonant(buffer[n - 1]) &&
        buffer[n - 1] != 'l' && buffer[n - 1] != 's' && buffer[n - 1] != 'z' &&
        buffer[n - 1] != 'f') {
      --n;  // blogged -> blog
    } else if (ends_with("is") || ends_with("iz")) {
      buffer[n - 1] = 'z';
      buffer[n++] = 'e';  // weaponised -> weaponize
    } else if (ends_with("at") && n >= 4) {
      buffer[n++] = 'e';  // securitated -> securitate
    }
  };
  if (tag == Id(Tag::VBD) || tag == Id(Tag::VBN)) {
    if (ends_with("ied") && n >= 5) {
      n -= 3;
      buffer[n++] = 'y';
    } else if (ends_with("ed") && n >= 5) {
      undo_stem(2);
    }
  } else if (tag == Id(Tag::VBG)) {
    if (ends_with("ing") && n >= 6) undo_stem(3);
  } else if (tag == Id(Tag::VBZ) || tag == Id(Tag::NNS)) {
    if (ends_with("ies") && n >= 5) {
      n -= 3;
      buffer[n++] = 'y';
    } else if (ends_with("sses") || ends_with("ches") || ends_with("shes") || ends_with("xes") ||
               ends_with("zes")) {
      n -= 2;
    } else if (ends_with("s") && !ends_with("ss") && !ends_with("us") && !ends_with("is") &&
               n >= 4) {
      --n;
    }
  }
  return std::string(buffer, n);
}

// `lemma` (lowercase) spelled with the case of `original`.
std::string WithCaseOf(std::string_view original, std::string_view folded,
                       std::string_view lemma) {
  if (folded.substr(0, lemma.size()) == lemma && folded.size() == original.size()) {
    return std::string(original.substr(0, lemma.size()));  // Russians -> Russian
  }
  std::string out(lemma);
  bool all_upper = true;
  for (char c : original) all_upper &= !(c >= 'a' && c <= 'z');
  if (all_upper) {
    for (char& c : out) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  } else if (!original.empty() && IsAsciiUpper(original[0]) && !out.empty() && out[0] >= 'a' &&
             out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 32);
  }
  return out;
}

std::string WordNetLemmatizer::ProperPlural(std::string_view word, const Folded& folded) const {
  const std::string_view lower = folded.view();
  if (wordnet_->Contains(lower, WordNetPos::kNoun)) return std::string(word);  // Philippines
  for (std::string_view kept : kKeptProperPlurals) {
    if (lower == kept) return std::string(word);
  }
  char buffer[kBufferBytes];
  std::string_view base = wordnet_->Exception(lower, WordNetPos::kNoun);
  if (base.empty()) base = ApplyRules(lower, WordNetPos::kNoun, buffer);
  if (!base.empty()) return WithCaseOf(word, lower, base);
  if (word.size() > 3 && (word.back() == 's' || word.back() == 'S') &&
      !EndsWith(lower, "ss")) {
    return std::string(word.substr(0, word.size() - 1));
  }
  return std::string(word);
}

std::string WordNetLemmatizer::Lemma(std::string_view word, TagId tag) const {
  if (word.empty()) return {};
  if (IsPunctuation(tag) || tag == Id(Tag::SYM) || tag == Id(Tag::CD) || tag == Id(Tag::LS)) {
    return std::string(word);
  }
  if (tag == Id(Tag::NNP)) return std::string(word);
  if (word.size() > kMaxWordBytes) {
    if (IsProperNoun(tag)) return std::string(word);
    std::string out(word);
    for (char& c : out) c = IsAsciiUpper(c) ? static_cast<char>(c + 32) : c;
    return out;
  }
  Folded folded;
  Fold(word, &folded);
  const std::string_view lower = folded.view();
  if (const char* contraction = Contraction(lower, tag)) return contraction;
  if (!folded.has_letter) return std::string(word);  // numbers, symbols
  if (tag == Id(Tag::POS)) return std::string(lower);
  if (tag == Id(Tag::NNPS)) return ProperPlural(word, folded);

  WordNetPos pos;
  if (IsNoun(tag)) {
    pos = WordNetPos::kNoun;
  } else if (IsVerb(tag)) {
    pos = WordNetPos::kVerb;
  } else if (IsAdjective(tag)) {
    pos = WordNetPos::kAdj;
  } else if (IsAdverb(tag)) {
    pos = WordNetPos::kAdv;
  } else {
    if (tag == Id(Tag::PRP) && lower == "i") return "I";
    return std::string(lower);  // closed class, FW, UH, untagged
  }
  if (pos == WordNetPos::kNoun) {
    for (std::string_view kept : kKeptPlurals) {
      if (lower == kept) return std::string(lower);
    }
  }
  const bool inflected = IsInflectedTag(tag);
  char base_buffer[kBufferBytes];
  char american_buffer[kBufferBytes];
  char surface_buffer[kBufferBytes];
  std::string_view base = FindBase(lower, pos, inflected, base_buffer);
  if (base.empty()) {
    // Not found as spelled: maybe a British inflection (travelled, criticised).
    const std::string_view surface = AmericanizeSurface(lower, surface_buffer);
    if (!surface.empty()) base = FindBase(surface, pos, inflected, base_buffer);
    if (base.empty()) return StripUnknown(lower, tag);
  }
  return std::string(Americanize(base, pos, american_buffer));
}

struct LoadedLemmatizer {
  std::unique_ptr<Lemmatizer> lemmatizer;
  Error error;
};

LoadedLemmatizer LoadDefault() {
  LoadedLemmatizer loaded;
  auto wordnet = LoadWordNet(WordNetDir());
  if (!wordnet.ok()) {
    loaded.error = wordnet.error();
    return loaded;
  }
  loaded.lemmatizer = std::make_unique<WordNetLemmatizer>(std::move(wordnet).value());
  return loaded;
}

}  // namespace

const Lemmatizer* Lemmatizer::Get(Error* error) {
  // Loaded once per process; C++ guarantees thread-safe initialisation.
  static const LoadedLemmatizer loaded = LoadDefault();
  if (!loaded.lemmatizer && error) *error = loaded.error;
  return loaded.lemmatizer.get();
}

}  // namespace riposte::text::internal
