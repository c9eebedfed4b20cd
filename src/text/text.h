// Riposte segment stage: normalisation, sentences and tokens.
//
// Every span this stage produces is a byte range of the *stored* text. It
// works on a normalised copy (NFC; typographic quotes -> ' and "; en/em dashes
// and minus -> -; non-breaking and other Unicode spaces -> ' '; soft hyphens
// and zero-width characters dropped) and maps offsets back through
// Normalized::ToOriginal, so quotes cut by span match the source byte for byte.
//
// Sentence rules (tested by text_test.cc, 80+ cases):
//   no break after titles and abbreviations inside a sentence (Mr., Dr., Jan. 5,
//   a.m., U.S. Army, initials "J. R. Smith", decimals 3.5, "No. 7");
//   a break after an abbreviation that can end a sentence when a sentence
//   clearly starts next ("in the U.S. The ministry...");
//   a break at a line without final punctuation followed by a new line when
//   the line is a headline, a bullet or a list item; a break at blank lines;
//   no break at the line ends of hard-wrapped paragraphs.
// Tokens: words (with inner hyphens, apostrophes, periods of abbreviations),
// numbers (3.5, 1,200, 25.07.2025), clitics ('s, n't) and punctuation, each a
// span; whitespace is never a token. ASCII text takes a fast path.
//
// Example:
//   riposte::Document doc; doc.text = "Mr. Aliyev spoke. Moscow replied.";
//   riposte::text::Segment(doc);
//   doc.sentences.size() == 2; doc.Slice(doc.sentences[1].span) == "Moscow replied."
//
// Limits: text up to kMaxTextBytes. Thread-safety: reentrant, no shared state
// after the first call (static tables are built once, thread-safely).
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
  // text.size() + 1 entries (the last maps the end).
  std::vector<Offset> to_orig;

  // Returns the original offset of normalised offset `i` (0 <= i <= size).
  Offset ToOriginal(Offset i) const { return to_orig[i]; }
  // Maps a normalised span to the smallest original span covering it.
  Span ToOriginal(Span s) const { return Span{to_orig[s.begin], to_orig[s.end]}; }
};

// Builds the normalised copy. Identity (and fast) for plain ASCII.
Normalized Normalize(std::string_view text);

// Sentence spans of `text`, trimmed of surrounding whitespace, in order,
// non-overlapping, never empty.
std::vector<Sentence> SplitSentences(std::string_view text);

// Token spans of `text` inside `within` (offsets are of `text`).
std::vector<Token> Tokenize(std::string_view text, Span within);

// Fills doc.sentences and doc.tokens from doc.text (replacing any).
void Segment(Document& doc);

}  // namespace riposte::text
