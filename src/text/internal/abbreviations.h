// INTERNAL: use text/text.h instead.
//
// The word lists behind sentence and token decisions: abbreviations by how
// they behave before the next word, words that clearly start a sentence, and
// the closed-class words a headline never ends with.
#pragma once

#include <string_view>

namespace riposte::text::internal {

// How a word followed by a period behaves.
enum class AbbrevClass {
  kNone,          // ordinary word: "Baku." ends a sentence before a capital
  kTitle,         // precedes what follows and never ends a sentence: Mr., Gen., e.g., vs.
  kNumberPrefix,  // before a number it is an abbreviation (No. 7, Art. 15); else ordinary
  kMonth,         // Jan., Sept.: never ends before a number, else like kMayEnd
  kMayEnd,        // Inc., Jr., a.m., U.S., initials: ends a sentence only when a
                  // clear sentence starter follows ("in the U.S. The ministry")
  kUsuallyEnds,   // etc.: an abbreviation (keeps its period as a token) that
                  // ends a sentence before any capital, like an ordinary word
};

// Classifies `word` (the text before the period, without it). Matches the
// lists case-sensitively, also in all capitals ("MR" as "Mr"); dotted forms
// of one- or two-letter parts ("U.S", "a.m", "Ph.D") are kMayEnd, single
// capital letters (initials "J", "İ", "Ə") too.
AbbrevClass ClassifyAbbreviation(std::string_view word);

// True iff a period after `word` belongs to the token ("Mr." "U.S." "etc."),
// given whether a number follows ("No. 7").
bool TakesPeriod(std::string_view word, bool number_follows);

// True iff `word` (as written, capitalised) is a closed-class word or sentence
// adverb that starts sentences far more often than it continues a name:
// The, This, He, It, In, But, However, According...
bool IsSentenceStarter(std::string_view word);

// True iff `word` is a lower-case closed-class word (the, of, and, to...)
// that a headline or a list item does not end with: a line ending in one is
// continued on the next.
bool IsFunctionWord(std::string_view word);

// True iff `word` is a lower-case past or present reporting verb (said,
// asked, added, told...): '"Why?" Aliyev asked.' is one sentence.
bool IsReportingVerb(std::string_view word);

}  // namespace riposte::text::internal
