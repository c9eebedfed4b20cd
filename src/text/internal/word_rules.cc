// Rules about single tokens for the tagger (see word_rules.h).
//
// Unknown words: the rules give P(tag | spelling) from the word's shape
// (number, ordinal, acronym, capital letter, mid-sentence or first, hyphen)
// and suffix (-ing -ed -ly -s -tion -ness -ous -ive -al -ic -ist -ian -ese
// ...), then turn it into an emission score comparable to the lexicon's
// log P(word | tag) by Bayes: log P(tag | spelling) - log P(tag) + kUnknown,
// the P(word) of a word seen once or never in the tagged corpus.
//
// Tested by tagger_test.cc.
#include "text/internal/word_rules.h"

#include "text/text.h"

#include <cmath>
#include <initializer_list>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace riposte::text::internal {
namespace {

// log P(word) of an unseen word; tuned so a capitalised unknown scores like
// a rare proper noun of the lexicon (about -11).
constexpr float kUnknown = -13.5f;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Candidate tags with probabilities, built by the rules below.
struct Guess {
  const char* tag[kMaxCandidates];
  float p[kMaxCandidates];
  int n = 0;
  void Add(const char* t, float prob) {
    if (n < kMaxCandidates) {
      tag[n] = t;
      p[n] = prob;
      ++n;
    }
  }
};

// Lower-case word shape by suffix.
void SuffixGuess(std::string_view w, Guess& g) {
  auto any = [&](std::initializer_list<std::string_view> suffixes) {
    for (std::string_view s : suffixes) {
      if (w.size() > s.size() + 1 && EndsWith(w, s)) return true;
    }
    return false;
  };
  if (any({"ing"})) { g.Add("vbg", 0.7f); g.Add("nn", 0.2f); g.Add("jj", 0.1f); return; }
  if (any({"ed"})) { g.Add("vbn", 0.45f); g.Add("vbd", 0.4f); g.Add("jj", 0.15f); return; }
  if (any({"ly"})) { g.Add("rb", 0.85f); g.Add("jj", 0.15f); return; }
  if (any({"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ure", "dom",
           "hood", "ery", "ogy", "phy"})) {
    g.Add("nn", 0.9f); g.Add("jj", 0.05f); g.Add("nnp", 0.05f); return;
  }
  // Plurals of the noun suffixes above ("condolences", "grievances",
  // "authorities"): nouns, almost never a verb's -s form.
  if (any({"ists", "ians", "ers", "ors", "ments", "tions", "sions", "ites", "ences", "ances",
           "ities", "nesses", "isms"})) {
    g.Add("nns", 0.9f); g.Add("vbz", 0.05f); g.Add("nnps", 0.05f); return;
  }
  if (any({"ist", "or", "eer"})) { g.Add("nn", 0.8f); g.Add("jj", 0.2f); return; }
  if (any({"ous", "ive", "al", "ic", "ful", "able", "ible", "less", "ary", "ish", "ical", "ile",
           "ant", "ent"})) {
    g.Add("jj", 0.85f); g.Add("nn", 0.15f); return;
  }
  if (any({"ian", "ese", "an", "i"})) { g.Add("jj", 0.6f); g.Add("nn", 0.3f); g.Add("nnp", 0.1f); return; }
  if (any({"est"})) { g.Add("jjs", 0.5f); g.Add("nn", 0.3f); g.Add("jj", 0.2f); return; }
  if (any({"er"})) { g.Add("nn", 0.7f); g.Add("jjr", 0.2f); g.Add("vb", 0.1f); return; }
  if (any({"ize", "ise", "ate", "ify", "en"})) {
    g.Add("vb", 0.45f); g.Add("vbp", 0.25f); g.Add("nn", 0.2f); g.Add("jj", 0.1f); return;
  }
  if (w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") &&
      !EndsWith(w, "is")) {
    g.Add("nns", 0.8f); g.Add("vbz", 0.2f); return;
  }
  g.Add("nn", 0.6f); g.Add("jj", 0.25f); g.Add("vb", 0.08f); g.Add("nnp", 0.07f);
}

// Hyphenated words: mostly modifiers ("Kremlin-backed", "long-range").
void HyphenGuess(std::string_view lower, Guess& g) {
  if (EndsWith(lower, "ed")) { g.Add("jj", 0.7f); g.Add("vbn", 0.2f); g.Add("nn", 0.1f); }
  else if (EndsWith(lower, "s") && !EndsWith(lower, "ss")) { g.Add("nns", 0.6f); g.Add("jj", 0.4f); }
  else if (EndsWith(lower, "ing")) { g.Add("jj", 0.5f); g.Add("vbg", 0.3f); g.Add("nn", 0.2f); }
  else { g.Add("jj", 0.6f); g.Add("nn", 0.4f); }
}

// True when the part after the last hyphen starts in lower case.
bool HyphenTailLower(std::string_view token) {
  const size_t hyphen = token.rfind('-');
  return hyphen != std::string_view::npos && hyphen + 1 < token.size() &&
         token[hyphen + 1] >= 'a' && token[hyphen + 1] <= 'z';
}

bool IsCurrency(std::string_view t) {
  return t == "€" || t == "£" || t == "¥" || t == "₽" || t == "₼" ||
         (t.size() <= 4 && t.size() >= 2 && t.back() == '$');
}

}  // namespace

std::string_view LexKey(std::string_view token, char* buf) {
  size_t n = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    if (n + 3 > kMaxKeyBytes) return {};
    const unsigned char c = static_cast<unsigned char>(token[i]);
    if (c < 0x80) {
      buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      continue;
    }
    // U+2018/2019 ‘’ -> ', U+201C “ -> ``, U+201D ” -> '', U+2013/2014 -> --,
    // U+2026 … -> ...
    if (c == 0xE2 && i + 2 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(token[i + 2]);
      const char* rep = nullptr;
      if (d == 0x98 || d == 0x99) rep = "'";
      else if (d == 0x9C) rep = "``";
      else if (d == 0x9D) rep = "''";
      else if (d == 0x93 || d == 0x94) rep = "--";
      else if (d == 0xA6) rep = "...";
      if (rep) {
        for (const char* r = rep; *r; ++r) buf[n++] = *r;
        i += 2;
        continue;
      }
    }
    buf[n++] = static_cast<char>(c);
  }
  return std::string_view(buf, n);
}

WordShape ShapeOf(std::string_view token) {
  WordShape s;
  bool any_lower_letter = false;
  bool first_letter_seen = false;
  int32_t i = 0;
  const int32_t len = static_cast<int32_t>(token.size());
  while (i < len) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(token.data(), i, len, c);
    if (c < 0) continue;
    if (c == '-' && at > 0 && i < len) s.hyphen = true;
    const bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c);
    const bool digit = c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c);
    if (digit) s.has_digit = true;
    if (!letter) continue;
    s.has_letter = true;
    const bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c);
    if (!upper) any_lower_letter = true;
    if (!first_letter_seen) {
      first_letter_seen = true;
      s.first_upper = upper && at == 0;
    }
  }
  s.has_lower = any_lower_letter;
  s.all_upper = s.has_letter && !any_lower_letter;
  s.punct_only = !s.has_letter && !s.has_digit;
  return s;
}

int GuessTags(std::string_view token, const WordShape& shape, bool sentence_initial,
              const PosLex& lex, LexTag* out) {
  Guess g;
  char buf[kMaxKeyBytes];
  std::string_view lower = LexKey(token, buf);
  if (lower.empty()) lower = token;
  if (shape.punct_only || IsCurrency(token)) {
    g.Add("punc", 1.0f);
  } else if (shape.has_digit && !shape.has_letter) {
    g.Add("cd", 0.97f); g.Add("jj", 0.02f); g.Add("nn", 0.01f);
  } else if (shape.has_digit && IsAsciiDigit(token[0]) &&
             (EndsWith(lower, "st") || EndsWith(lower, "nd") || EndsWith(lower, "rd") ||
              EndsWith(lower, "th")) && !shape.hyphen) {
    g.Add("jj", 0.8f); g.Add("nn", 0.1f); g.Add("cd", 0.1f);
  } else if (shape.has_digit && IsAsciiDigit(token[0]) && EndsWith(lower, "s")) {
    g.Add("cd", 0.5f); g.Add("nns", 0.5f);  // 1990s
  } else if (shape.has_digit) {
    g.Add("nnp", 0.5f); g.Add("nn", 0.2f); g.Add("cd", 0.2f); g.Add("jj", 0.1f);  // F-16, COVID-19
  } else if (shape.all_upper && token.size() >= 2) {
    if (EndsWith(token, "s") && token.size() > 2) {
      g.Add("nnps", 0.5f); g.Add("nns", 0.3f); g.Add("nnp", 0.2f);
    } else {
      g.Add("nnp", 0.9f); g.Add("nn", 0.05f); g.Add("jj", 0.05f);
    }
  } else if (shape.hyphen && HyphenTailLower(token)) {
    HyphenGuess(lower, g);  // "Kremlin-backed", "UK-based", "pro-Russian"
  } else if (shape.first_upper) {
    const float w = sentence_initial ? 0.6f : 0.92f;
    const bool nationality = EndsWith(lower, "ian") || EndsWith(lower, "ese") ||
                             EndsWith(lower, "an") || EndsWith(lower, "ani") ||
                             EndsWith(lower, "ish") || EndsWith(lower, "i");
    if (nationality) {
      g.Add("nnp", 0.5f * w); g.Add("jj", 0.5f * w);
    } else if (EndsWith(lower, "s") && !EndsWith(lower, "ss") && !EndsWith(lower, "us") &&
               lower.size() > 3) {
      g.Add("nnp", 0.55f * w); g.Add("nnps", 0.3f * w); g.Add("nns", 0.15f * w);
    } else {
      g.Add("nnp", 0.95f * w); g.Add("nn", 0.03f * w); g.Add("jj", 0.02f * w);
    }
    Guess rest;
    SuffixGuess(lower, rest);
    for (int i = 0; i < rest.n && g.n < kMaxCandidates; ++i) {
      bool dup = false;
      for (int k = 0; k < g.n; ++k) dup = dup || std::strcmp(g.tag[k], rest.tag[i]) == 0;
      if (!dup) g.Add(rest.tag[i], rest.p[i] * (1 - w));
    }
  } else if (shape.hyphen) {
    HyphenGuess(lower, g);
  } else {
    SuffixGuess(lower, g);
  }
  int n = 0;
  for (int i = 0; i < g.n; ++i) {
    const int t = lex.TagIndex(g.tag[i]);
    if (t < 0 || g.p[i] <= 0) continue;
    const float score = g.tag[i] == std::string_view("punc")
                            ? -5.0f
                            : std::log(g.p[i]) - lex.Prior(t) + kUnknown;
    out[n++] = LexTag{static_cast<uint8_t>(t), score};
  }
  if (n == 0) out[n++] = LexTag{static_cast<uint8_t>(lex.TagIndex("nn") < 0 ? 0 : lex.TagIndex("nn")), kUnknown};
  return n;
}

TagId PunctuationTag(std::string_view t, bool open_quote) {
  if (t == ",") return Id(Tag::kComma);
  if (t == "." || t == "!" || t == "?" || t == "?!" || t == "!!") return Id(Tag::kPeriod);
  if (t == ":" || t == ";" || t == "--" || t == "-" || t == "..." || t == "—" || t == "–" ||
      t == "…" || t == "---")
    return Id(Tag::kColon);
  if (t == "``" || t == "“" || t == "‘" || t == "«" || t == "„") return Id(Tag::kOpenQuote);
  if (t == "''" || t == "”" || t == "’" || t == "»" || t == "'") return Id(Tag::kCloseQuote);
  if (t == "\"") return open_quote ? Id(Tag::kOpenQuote) : Id(Tag::kCloseQuote);
  if (t == "(" || t == "[" || t == "{" || t == "-LRB-") return Id(Tag::kLrb);
  if (t == ")" || t == "]" || t == "}" || t == "-RRB-") return Id(Tag::kRrb);
  if (t == "$" || IsCurrency(t)) return Id(Tag::kDollar);
  if (t == "#") return Id(Tag::kHash);
  if (t == "%") return Id(Tag::NN);
  if (t == "&") return Id(Tag::CC);
  return Id(Tag::SYM);
}

}  // namespace riposte::text::internal
