// Chunker: base noun phrases and verb groups by finite-state rules over
// Penn Treebank tags (no parser; see DESIGN.md "Known traps").
//
// Algorithm. One left-to-right pass over a sentence's tokens. Each token is
// first reduced to its tag plus a bit set of closed-class word classes (forms
// of be/have/do/get, modals, negation, articles, quantifier words, time
// nouns), read from the lowercased surface form with straight and
// typographic apostrophes, so the chunker does not depend on the lemmatiser.
// Two tagger slips are repaired on the way: "cannot" is always a modal, and
// "US" tagged PRP is a proper noun. At each position the scanner tries, in
// order:
//   1. a base noun phrase (CoNLL-2000 style, never recursive):
//        PRP | WP | EX |
//        PDT? (DT|PRP$|WP$)? premodifier* noun+ (number|noun)* POS?
//      where a premodifier is CD, $, a quantifier ("about 38", "more than 30",
//      "at least 6", "up to 50", "as many as 40,000"), an adjective with
//      optional adverbs ("very large"), a VBN/VBG that modifies a following
//      common noun ("the detained journalists", "the ruling party"), or
//      coordinated / comma-separated modifiers ("Hungarian and Romanian
//      officials", "a long, bitter dispute"). After a proper noun,
//      adjectives may precede more nouns ("US military officers"). Without a
//      noun the phrase may end at a number ("38"), a determiner plus
//      adjective ("the injured"), an article plus gerund ("the reopening")
//      or a demonstrative ("this"). The longest match that ends at such a
//      point wins. A day name or "today" after a noun starts a new phrase
//      ("in Moscow today"). A phrase ending in POS ("Russia 's") is a
//      possessor: the noun phrase starting right after it records its index.
//      A VBN opens a noun phrase only at the sentence start or after a
//      preposition, quote, bracket, colon or main verb ("by armed men");
//      after a noun, pronoun, comma or CC it is a verb (taggers often say
//      VBN for VBD: "police detained journalists", "and promised aid").
//   2. a verb group (CoNLL-2000 VP-chunk style, chunker_verbs.cc).
//   Tokens that start neither are left outside any phrase.
//
// Coordination inside one base NP (coordinated = true), as the Treebank
// brackets it:
//   - between modifiers: "Hungarian and Romanian officials";
//   - between one-word nouns of the same kind (proper with proper, common
//     with common) when the left conjunct has no determiner or possessive
//     and the right one is a bare noun ending the phrase: "Baku and Moscow",
//     "food and medicine", and lists ending in CC: "Mordor, Rohan, Fornost
//     and Bree".
// Otherwise the CC (or comma) splits the NPs: "police and the ministry",
// "Brazil and the United States", "police and Sputnik", "Minas Tirith and
// Osgiliath", "the media and government", "Gondor and Arnor 's envoy".
//
// Verb groups: an optional leading negation, TO before a base verb, then
// modals and verbs chained through auxiliaries, adverbs only between verbs.
// Their attributes:
//   head    the last verb ("detained" in "has been detained"; a copula is
//           its own head).
//   tense   from the first finite word: VBD past; VBZ/VBP present (also a
//           bare VB that is not an infinitive: subjunctive "that they be
//           punished" or a VBP the tagger missed); modals by their own form:
//           will/shall/'ll/wo future; can/may/must/ca/ought/cannot present;
//           would/could/might/should/'d past. `modal` holds the token, so
//           callers treat every modal group as hypothetical (or future)
//           rather than reading "would" as a past event. Infinitives and
//           bare participles have no tense.
//   voice   passive when a form of be or get is the last verb before a VBN
//           head (adverbs between are skipped: "was reportedly shot"); a bare
//           VBN group is passive only when "by" follows ("detained by
//           police"), else kNone; every other group is active.
//   negated not, n't, never, neither, cannot, and "no longer" inside the
//           group (a leading one included: "never paid", "not to retaliate").
//   progressive  a form of be directly followed by a VBG in the chain.
//   perfect      a form of have directly followed by a VBN in the chain.
//
// Files: this one (noun phrases and the sentence loop), chunker_verbs.cc
// (verb groups), chunker_words.cc (word classes), chunker_scan.h (shared).
//
// Measured on the Treebank parses of PETRARCH-2's records (bench/eval/
// eval_text.cc): base NP F1 97% with the gold tags, 96% with our tagger.
// Cost: about 1 us a sentence (a table lookup per token, one small vector).
//
// Tested by chunker_test.cc (verb groups: chunker_verbs_test.cc).
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/internal/analysis.h"
#include "text/internal/chunker_scan.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace chunk {
namespace {

// Returns true iff a quantifier starts at `j` and ends right before a
// number; *after is set to that number's index. "about 38", "more than 30",
// "at least 6", "up to 50".
bool QuantifierBeforeNumber(const std::vector<Tok>& toks, uint32_t j, uint32_t* after) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  const Tok& t = toks[j];
  uint32_t k = j;
  if ((t.classes & kQuantAdverb) && !IsNoun(t.tag)) {
    k = j + 1;
  } else if ((t.classes & kComparative) && j + 1 < n && (toks[j + 1].classes & kThan)) {
    k = j + 2;
  } else if ((t.classes & kAt) && j + 1 < n && (toks[j + 1].classes & kLeastMost)) {
    k = j + 2;
  } else if ((t.classes & kUp) && j + 1 < n && Is(toks[j + 1], Tag::TO)) {
    k = j + 2;
  } else if ((t.classes & kAs) && j + 2 < n && (toks[j + 1].classes & kMany) &&
             (toks[j + 2].classes & kAs)) {
    k = j + 3;
  } else {
    return false;
  }
  if (k < n && Is(toks[k], Tag::kDollar)) ++k;
  if (k < n && IsNumber(toks[k])) {
    *after = k;
    return true;
  }
  return false;
}

// Returns true iff the participle at `j` is a noun modifier: more modifiers
// then nouns ending in a common noun follow ("detained journalists", "armed
// and masked men", "detained Sputnik journalists").
bool ParticipleModifies(const std::vector<Tok>& toks, uint32_t j) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  uint32_t k = j + 1;
  while (k < n && (IsAdjective(toks[k].tag) || IsParticiple(toks[k]) || Is(toks[k], Tag::CC)))
    ++k;
  if (k >= n || !IsNoun(toks[k].tag) || Is(toks[k - 1], Tag::CC)) return false;
  // The noun run must end in a common noun: "besieged Osgiliath" and "given
  // Turkey 's" are a verb and its object.
  while (k + 1 < n && IsNoun(toks[k + 1].tag)) ++k;
  return !IsProperNoun(toks[k].tag);
}

// Returns true iff `m` is a bare one-word noun of the given kind that ends
// its phrase (no noun or POS follows).
bool SingleNoun(const std::vector<Tok>& toks, uint32_t m, bool proper) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (m >= n || !IsNoun(toks[m].tag) || IsProperNoun(toks[m].tag) != proper) return false;
  if (toks[m].classes & kTimeNoun) return false;
  return !(m + 1 < n && (IsNoun(toks[m + 1].tag) || Is(toks[m + 1], Tag::POS)));
}

// Coordinated one-word nouns after the one-word noun at j - 1: "Baku and
// Moscow", "food and medicine", "Mordor , Rohan , Fornost and Bree" (the
// list must end in CC + noun). Returns one past the last conjunct, or `j`
// when there is no such coordination.
uint32_t CoordinatedNouns(const std::vector<Tok>& toks, uint32_t j) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  const bool proper = IsProperNoun(toks[j - 1].tag);
  uint32_t k = j;
  while (k < n) {
    if (Is(toks[k], Tag::CC)) return SingleNoun(toks, k + 1, proper) ? k + 2 : j;
    if (!Is(toks[k], Tag::kComma)) return j;
    if (k + 1 < n && Is(toks[k + 1], Tag::CC)) {
      ++k;
      continue;
    }
    if (!SingleNoun(toks, k + 1, proper)) return j;
    k += 2;
  }
  return j;
}

}  // namespace

// Base noun phrase starting at `i`; scan.end == i when there is none.
// `participle_start` allows a VBN/VBG as the first word.
Scan ScanNounPhrase(const std::vector<Tok>& toks, uint32_t i, bool participle_start) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  Scan scan;
  scan.end = i;
  const Tok& first = toks[i];
  if (Is(first, Tag::PRP) || Is(first, Tag::WP) || Is(first, Tag::EX)) {
    scan.end = i + 1;
    scan.head = static_cast<int32_t>(i);
    return scan;
  }
  uint32_t j = i;
  uint32_t good_end = i;
  bool has_det = false;
  bool coordinated = false;
  if (Is(toks[j], Tag::PDT)) {
    scan.determiner = static_cast<int32_t>(j);
    has_det = true;
    ++j;
  }
  if (j < n && (Is(toks[j], Tag::DT) || Is(toks[j], Tag::PRPS) || Is(toks[j], Tag::WPS))) {
    if (Is(toks[j], Tag::DT)) scan.determiner = static_cast<int32_t>(j);
    has_det = true;
    ++j;
    // A demonstrative or quantifier alone: "this", "all", "both".
    if (Is(toks[j - 1], Tag::DT) && !(toks[j - 1].classes & kArticle)) good_end = j;
  }
  bool noun_seen = false;
  uint32_t first_noun = i;
  while (j < n) {
    const Tok& t = toks[j];
    if (!noun_seen) {
      uint32_t number = 0;
      if (QuantifierBeforeNumber(toks, j, &number) && number > j) {
        j = number;
        continue;
      }
      if (IsNumber(t)) {
        ++j;
        good_end = j;
        continue;
      }
      if (Is(t, Tag::kDollar) || Is(t, Tag::kHash)) {
        ++j;
        continue;
      }
      if (IsAdjective(t.tag)) {
        ++j;
        if (has_det) good_end = j;
        continue;
      }
      if (IsAdverbTag(t) && !(t.classes & kNegation)) {
        // An adverb inside an adjective phrase: "very large", "newly elected"
        // (never a negation: "never detained journalists" is a verb group).
        const uint32_t k = SkipAdverbs(toks, j);
        if (k < n && (IsAdjective(toks[k].tag) ||
                      (IsParticiple(toks[k]) && ParticipleModifies(toks, k)))) {
          j = k;
          continue;
        }
        break;
      }
      if (IsParticiple(t)) {
        if ((j > i || participle_start) && ParticipleModifies(toks, j)) {
          ++j;
          continue;
        }
        // A gerund as the head after an article: "the reopening of".
        if (Is(t, Tag::VBG) && j > i && Is(toks[j - 1], Tag::DT) &&
            !(j + 1 < n && (IsNoun(toks[j + 1].tag) || Is(toks[j + 1], Tag::DT) ||
                            Is(toks[j + 1], Tag::PRP) || Is(toks[j + 1], Tag::PRPS)))) {
          ++j;
          good_end = j;
        }
        break;
      }
      if ((Is(t, Tag::CC) || Is(t, Tag::kComma)) && j > i && j + 1 < n) {
        // Coordinated or listed modifiers: "Hungarian and Romanian officials",
        // "a long, bitter dispute".
        const Tok& prev = toks[j - 1];
        const Tok& next = toks[j + 1];
        const bool prev_mod = IsAdjective(prev.tag) || IsParticiple(prev);
        const bool next_mod = IsAdjective(next.tag) || IsParticiple(next);
        if (prev_mod && next_mod) {
          uint32_t k = j + 1;
          while (k < n && (IsAdjective(toks[k].tag) || IsParticiple(toks[k]))) ++k;
          if (k < n && IsNoun(toks[k].tag)) {
            if (Is(t, Tag::CC)) coordinated = true;
            j = j + 1;
            continue;
          }
        }
        break;
      }
      if (IsNoun(t.tag)) {
        noun_seen = true;
        first_noun = j;
        scan.head = static_cast<int32_t>(j);
        ++j;
        good_end = j;
        continue;
      }
      break;
    }
    // After the first noun: more nouns, a number ("Flight 8243", "Boeing
    // 777 flight"; not before a plural: "in Guyana three years ago"), POS, adjectives between a proper noun and a noun ("US
    // military officers"), or a coordination of bare nouns.
    if (IsNoun(t.tag)) {
      // A day or "today" after another noun starts a new phrase ("in Moscow
      // today", "lawmakers Tuesday endorsed").
      if ((t.classes & kTimeNoun) && !(toks[j - 1].classes & kTimeNoun)) break;
      scan.head = static_cast<int32_t>(j);
      ++j;
      good_end = j;
      continue;
    }
    if (IsNumber(t) && IsNoun(toks[j - 1].tag) &&
        !(j + 1 < n && (Is(toks[j + 1], Tag::NNS) || Is(toks[j + 1], Tag::NNPS)))) {
      ++j;
      good_end = j;
      continue;
    }
    if (Is(t, Tag::POS)) {
      ++j;
      good_end = j;
      scan.possessive = true;
      break;
    }
    if (IsAdjective(t.tag) && IsProperNoun(toks[j - 1].tag) &&
        !(t.classes & (kTimeAdjective | kQuantAdjective))) {
      uint32_t k = j;
      while (k < n && IsAdjective(toks[k].tag)) ++k;
      if (k < n && IsNoun(toks[k].tag) && !(toks[k].classes & kTimeNoun)) {
        j = k;
        continue;
      }
      break;
    }
    if ((Is(t, Tag::CC) || Is(t, Tag::kComma)) && !has_det && first_noun + 1 == j) {
      const uint32_t k = CoordinatedNouns(toks, j);
      if (k > j) {
        j = k;
        good_end = k;
        scan.head = static_cast<int32_t>(k - 1);
        coordinated = true;
      }
    }
    break;
  }
  if (good_end == i) return scan;
  scan.end = good_end;
  scan.coordinated = coordinated && good_end > i + 1;
  if (scan.head < 0 || static_cast<uint32_t>(scan.head) >= good_end) {
    // No noun: the last number, else the last adjective, else the determiner.
    scan.head = -1;
    for (uint32_t k = i; k < good_end; ++k) {
      if (IsNumber(toks[k])) scan.head = static_cast<int32_t>(k);
    }
    if (scan.head < 0) {
      for (uint32_t k = i; k < good_end; ++k) {
        if (IsAdjective(toks[k].tag)) scan.head = static_cast<int32_t>(k);
      }
    }
    if (scan.head < 0) scan.head = static_cast<int32_t>(good_end - 1);
  }
  return scan;
}

namespace {

// Returns true unless ScanNounPhrase(toks, i, ...) is sure to find nothing
// for a first token `t` (a preposition, conjunction, finite verb, modal,
// punctuation...): the tags that can open a phrase, and the words that can
// open a quantifier ("about", "more", "at", "up", "as"). Most tokens that
// start no phrase are then not scanned at all.
bool MayStartNounPhrase(const Tok& t) {
  constexpr uint64_t kOpeners = [] {
    uint64_t bits = 0;
    for (Tag tag : {Tag::PRP, Tag::WP, Tag::EX, Tag::PDT, Tag::DT, Tag::PRPS, Tag::WPS, Tag::CD,
                    Tag::kDollar, Tag::kHash, Tag::JJ, Tag::JJR, Tag::JJS, Tag::RB, Tag::RBR,
                    Tag::RBS, Tag::VBN, Tag::VBG, Tag::NN, Tag::NNS, Tag::NNP, Tag::NNPS}) {
      bits |= uint64_t{1} << static_cast<int>(tag);
    }
    return bits;
  }();
  static_assert(static_cast<int>(Tag::kCount) <= 64, "tags fit a 64-bit set");
  if (t.tag < 64 && ((kOpeners >> t.tag) & 1)) return true;
  return (t.classes & (kQuantAdverb | kComparative | kAt | kUp | kAs)) != 0;
}

// The body of Chunk (analysis.h).
void ChunkSentence(Document& doc, const SentenceTokens& s) {
  if (s.last <= s.first || s.last > doc.tokens.size()) return;
  const uint32_t n = s.last - s.first;
  // Reused per thread: one allocation per thread, not per sentence.
  thread_local std::vector<Tok> toks;
  toks.assign(n, Tok{});
  for (uint32_t k = 0; k < n; ++k) {
    const Token& token = doc.tokens[s.first + k];
    toks[k].tag = token.tag;
    toks[k].classes = s.facts ? s.facts[k].chunk_classes : ClassifyWord(doc.Slice(token.span));
    // "cannot" is one token; read it as the modal whatever the tagger said.
    if (toks[k].classes & kForceModal) toks[k].tag = Id(Tag::MD);
    // "US" tagged as the pronoun "us" is the country.
    if (toks[k].tag == Id(Tag::PRP) && doc.Slice(token.span) == "US") toks[k].tag = Id(Tag::NNP);
  }
  int32_t possessor = -1;   // phrase index of an NP ending in POS
  uint32_t possessor_end = 0;
  uint32_t i = 0;
  while (i < n) {
    const Tok& t = toks[i];
    Scan scan;
    scan.end = i;
    PhraseKind kind = PhraseKind::kNounPhrase;
    // A VBN starts a noun phrase when it modifies a following noun and it
    // opens the sentence or follows a preposition, an opening quote or
    // bracket, a colon or a main verb ("armed men attacked", "by armed men",
    // "said detained men were freed"). After a noun, pronoun, comma or CC it
    // is a verb: "police detained journalists", ", held talks", "and
    // promised aid" (taggers often give VBN for VBD there). A VBG starts
    // one only after a determiner (inside ScanNounPhrase).
    const bool participle_np =
        Is(t, Tag::VBN) && (i == 0 || Is(toks[i - 1], Tag::IN) || Is(toks[i - 1], Tag::TO) ||
                            Is(toks[i - 1], Tag::kOpenQuote) || Is(toks[i - 1], Tag::kColon) ||
                            Is(toks[i - 1], Tag::kLrb) || IsVerb(toks[i - 1].tag)) &&
        !(i > 0 && IsAuxiliary(toks[i - 1]));
    if ((!IsVerbOrModal(t) || participle_np) && MayStartNounPhrase(t)) {
      scan = ScanNounPhrase(toks, i, participle_np);
    }
    if (scan.end == i && (IsVerbOrModal(t) || Is(t, Tag::TO) || IsGroupAdverb(toks, i))) {
      scan = ScanVerbGroup(toks, i);
      kind = PhraseKind::kVerbGroup;
    }
    if (scan.end == i) {
      ++i;
      continue;
    }
    Phrase p;
    p.kind = kind;
    p.begin = s.first + i;
    p.end = s.first + scan.end;
    p.head = scan.head >= 0 ? scan.head + static_cast<int32_t>(s.first) : -1;
    p.sentence = static_cast<int32_t>(s.sentence);
    if (kind == PhraseKind::kNounPhrase) {
      if (scan.determiner >= 0) p.determiner = scan.determiner + static_cast<int32_t>(s.first);
      p.coordinated = scan.coordinated;
      if (possessor >= 0 && possessor_end == i) p.possessor = possessor;
      possessor = -1;
      if (scan.possessive) {
        possessor = static_cast<int32_t>(doc.phrases.size());
        possessor_end = scan.end;
      }
    } else {
      possessor = -1;
      SetVerbAttributes(toks, s.first, p);
    }
    doc.phrases.push_back(p);
    i = scan.end;
  }
}

}  // namespace
}  // namespace chunk

void Chunk(Document& doc, const SentenceTokens& s) { chunk::ChunkSentence(doc, s); }

}  // namespace riposte::text::internal
