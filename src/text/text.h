// Riposte segment stage: normalisation, sentences and tokens.
//
// Every span this stage produces is a byte range of the *stored* text. It
// works on a normalised copy (NFC; typographic quotes -> ' and "; hyphens,
// dashes and minus -> -; non-breaking and other Unicode spaces -> ' ';
// ellipsis -> "..."; soft hyphens, zero-width and bidi control characters and
// the BOM dropped) and maps offsets back through Normalized::ToOriginal, so
// quotes cut by span match the source byte for byte. Plain ASCII text is its
// own normalised form and skips the copy.
//
// Sentence rules (tested by sentences_test.cc, 100+ cases):
//   no break after titles and abbreviations inside a sentence (Mr., Dr., Jan. 5,
//   a.m., U.S. Army, initials "J. R. Smith", decimals 3.5, "No. 7", e.g., vs.);
//   no break inside numbers, dates, URLs and e-mails ("25.07.2025", news.az);
//   a break after . ? ! (and closing quotes or brackets) before a capital;
//   a break after an abbreviation that can end a sentence only when a clear
//   sentence starter follows ("in the U.S. The ministry..." breaks; "in the
//   U.S. Moscow said" does not: the starters are closed-class words);
//   a break at blank lines, at a line ending in ':', before bullets and list
//   items, and after a line without final punctuation that is a headline,
//   byline or dateline; no break at the line ends of hard-wrapped paragraphs
//   (detected from line-length statistics).
// Tokens (tokens_test.cc): words (with inner hyphens and apostrophes), numbers
// (3.5, 1,200, 25.07.2025), abbreviations with their period ("U.S.", "Mr."),
// clitics split ("Russia" "'s", "do" "n't"), URLs and e-mails, and every
// punctuation mark ("..." and "--" one token each); whitespace is never a
// token. ASCII text takes a byte-table fast path.
//
// Example:
//   riposte::Document doc; doc.text = "Mr. Aliyev spoke. Moscow replied.";
//   riposte::text::Segment(doc);
//   doc.sentences.size() == 2; doc.Slice(doc.sentences[1].span) == "Moscow replied."
//
// Limits: text up to kMaxTextBytes (Segment leaves longer texts unsegmented
// with a warning); about 100-200 MB/s on one core for English news text.
// Thread-safety: reentrant, no shared state after the first call (static
// tables are built once, thread-safely).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::text {

// A normalised copy of a text with a map back to the original bytes.
struct Normalized {
  std::string text;
  // to_orig[i] = offset in the original of normalised byte i; has
  // text.size() + 1 entries (the last maps the end to the original size).
  // Non-decreasing; bytes kept as is map to themselves, every byte of a
  // replacement or of a character NFC changed maps to the first byte of the
  // original character(s), and the first normalised byte of a character
  // always maps to the first byte of an original one. Dropped characters
  // have no entry: the next byte maps past them (so to_orig[0] is 3 after a
  // leading BOM). ASCII text gives the identity.
  std::vector<Offset> to_orig;

  // Returns the original offset of normalised offset `i` (0 <= i <= size).
  Offset ToOriginal(Offset i) const { return to_orig[i]; }
  // Maps a normalised span to the original span covering it (which may end
  // with characters dropped right after it; Segment trims those).
  Span ToOriginal(Span s) const { return Span{to_orig[s.begin], to_orig[s.end]}; }
};

// Builds the normalised copy. Identity (and fast) for plain ASCII.
// Ill-formed UTF-8 becomes U+FFFD (mapped to the offending bytes).
Normalized Normalize(std::string_view text);

// Sentence spans of `text`, trimmed of surrounding whitespace (and of
// characters normalisation drops), in order, non-overlapping, never empty.
std::vector<Sentence> SplitSentences(std::string_view text);

// Token spans of `text` inside `within` (offsets are of `text`; `within` is
// clamped to the text and should start and end on character boundaries).
// The range is normalised on its own.
std::vector<Token> Tokenize(std::string_view text, Span within);

// Fills doc.sentences and doc.tokens from doc.text (replacing any): the text
// is normalised once, tokens are found sentence by sentence (no token crosses
// a sentence end), in order.
void Segment(Document& doc);

// ---------------------------------------------------------------------------
// Text analysis: part of speech, lemmas, phrases, clauses.
//
// Analyze(doc) runs after Segment and fills, for every sentence:
//   Token::tag    Penn Treebank tag (Tag below), from our trigram tagger over
//                 the tagged lexicon and tag trigrams of Debian's
//                 festlex-poslex, with rules for unknown words;
//   Token::lemma  WordNet base form (Debian's wordnet-base, exception lists
//                 included), our rules for what WordNet lacks (proper nouns
//                 keep their case; British -ise/-our spellings map to the
//                 American lemma: "apologised" -> "apologize");
//   doc.phrases   base noun phrases and verb groups (core.h Phrase: head,
//                 determiner, possessor, coordination; tense, voice,
//                 negation, modal, infinitive, progressive, perfect);
//   doc.clauses   main, subordinate, relative, reported-speech, quotation and
//                 conditional clauses, with the speaker linked.
// No parser: everything is finite-state over tags.
//
//   riposte::Document doc; doc.text = "Azerbaijani police did not detain him.";
//   riposte::text::Segment(doc);
//   if (auto st = riposte::text::Analyze(doc); !st.ok()) ...;  // models missing
//   doc.tokens[2].lemma == "do"; the verb group "did not detain" is negated
//
// Models load once per process, on first use, thread-safely. Their location:
// /usr/share/wordnet and /usr/share/festival/dicts, or $RIPOSTE_WORDNET_DIR /
// $RIPOSTE_POSLEX_DIR.

// Penn Treebank tags, plus the Treebank's punctuation tags. The numeric
// values are TagIds (core.h); kNone (0) is "not tagged".
enum class Tag : TagId {
  kNone = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP,
  PRPS,   // PRP$
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP,
  WPS,    // WP$
  WRB,
  kComma,      // ,
  kPeriod,     // . ! ?
  kColon,      // : ; -- ...
  kOpenQuote,  // ``
  kCloseQuote, // ''
  kLrb,        // -LRB-
  kRrb,        // -RRB-
  kDollar,     // $
  kHash,       // #
  kCount
};
inline TagId Id(Tag t) { return static_cast<TagId>(t); }

// "NN", "PRP$", ",", "-LRB-"...; "" for kNone or an unknown id.
const char* TagName(TagId tag);
// The inverse of TagName; Tag::kNone for an unknown name.
Tag ParseTag(std::string_view name);

// Tag classes used across stages.
inline bool IsNoun(TagId t) { return t >= Id(Tag::NN) && t <= Id(Tag::NNPS); }
inline bool IsProperNoun(TagId t) { return t == Id(Tag::NNP) || t == Id(Tag::NNPS); }
inline bool IsVerb(TagId t) { return t >= Id(Tag::VB) && t <= Id(Tag::VBZ); }
inline bool IsAdjective(TagId t) { return t >= Id(Tag::JJ) && t <= Id(Tag::JJS); }
inline bool IsAdverb(TagId t) { return t >= Id(Tag::RB) && t <= Id(Tag::RBS); }
inline bool IsPunctuation(TagId t) { return t >= Id(Tag::kComma) && t < Id(Tag::kCount); }

// Loads the models if needed; fails with kNotFound naming the missing file
// (install with scripts/install-deps). Thread-safe; cheap after the first call.
Status LoadModels();

// Tags, lemmatises, chunks and finds clauses in every sentence of `doc`.
// REQUIRES: Segment(doc) has run. Replaces earlier analysis. Fails only when
// the models cannot be loaded.
Status Analyze(Document& doc);

// The lemma of one word with a given tag (LoadModels must have succeeded):
// Lemmatize("detained", VBD) == "detain", ("Azerbaijanis", NNPS) ==
// "Azerbaijani", ("apologised", VBD) == "apologize", ("the", DT) == "the".
std::string Lemmatize(std::string_view word, TagId tag);

// Human-readable names for the analysis enums ("past", "passive", "reported").
const char* TenseName(Tense t);
const char* VoiceName(Voice v);
const char* ClauseKindName(ClauseKind k);

}  // namespace riposte::text
