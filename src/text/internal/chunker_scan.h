// INTERNAL to the text stage: use text/text.h instead.
//
// Shared pieces of the chunker (chunker.cc, chunker_verbs.cc,
// chunker_words.cc): closed-class word classes read from the surface form,
// the per-token view the scanners work on, and the scanners themselves.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "text/text.h"

namespace riposte::text::internal::chunk {

// Closed-class word classes (bits of Tok::classes).
constexpr uint32_t kBe = 1u << 0;          // be is was were been being are am 's 're 'm
constexpr uint32_t kHave = 1u << 1;        // have has had having 've 'd
constexpr uint32_t kDo = 1u << 2;          // do does did
constexpr uint32_t kGet = 1u << 3;         // get gets got gotten getting
constexpr uint32_t kModal = 1u << 4;       // will would ... must
constexpr uint32_t kFuture = 1u << 5;      // will shall 'll wo
constexpr uint32_t kPastModal = 1u << 6;   // would could might should 'd
constexpr uint32_t kNegation = 1u << 7;    // not n't never
constexpr uint32_t kNo = 1u << 8;          // no
constexpr uint32_t kLonger = 1u << 9;      // longer
constexpr uint32_t kArticle = 1u << 10;    // a an the every no: never a phrase alone
constexpr uint32_t kQuantAdverb = 1u << 11;  // about nearly almost ... before a number
constexpr uint32_t kComparative = 1u << 12;  // more fewer less (+ than + CD)
constexpr uint32_t kThan = 1u << 13;       // than
constexpr uint32_t kAt = 1u << 14;         // at (+ least/most + CD)
constexpr uint32_t kLeastMost = 1u << 15;  // least most
constexpr uint32_t kBy = 1u << 16;         // by
constexpr uint32_t kUp = 1u << 17;         // up (+ to + CD)
constexpr uint32_t kAs = 1u << 18;         // as (+ many + as + CD)
constexpr uint32_t kMany = 1u << 19;       // many much
constexpr uint32_t kTimeNoun = 1u << 20;   // today yesterday ... Monday ... Sunday
constexpr uint32_t kTimeAdjective = 1u << 21;  // next last late early past
constexpr uint32_t kQuantAdjective = 1u << 22;  // several many few various numerous other
constexpr uint32_t kForceModal = 1u << 23;      // cannot: a modal whatever its tag
constexpr uint32_t kOught = 1u << 24;           // ought (+ to + VB)

// Returns the classes of `word`: lowercased ASCII, with typographic
// apostrophes (U+2018, U+2019) read as '. 0 for any other word.
uint32_t ClassifyWord(std::string_view word);

// One token as the scanners see it: its tag and word classes.
struct Tok {
  TagId tag = 0;
  uint32_t classes = 0;
};

inline bool Is(const Tok& t, Tag tag) { return t.tag == Id(tag); }
inline bool IsVerbOrModal(const Tok& t) { return IsVerb(t.tag) || Is(t, Tag::MD); }
inline bool IsAdverbTag(const Tok& t) { return IsAdverb(t.tag); }
inline bool IsNumber(const Tok& t) { return Is(t, Tag::CD); }
inline bool IsParticiple(const Tok& t) { return Is(t, Tag::VBN) || Is(t, Tag::VBG); }

// Returns true iff `t` continues a verb chain: a modal, or be/have/do/get
// used as a verb.
inline bool IsAuxiliary(const Tok& t) {
  if (Is(t, Tag::MD)) return true;
  return IsVerb(t.tag) && (t.classes & (kBe | kHave | kDo | kGet)) != 0;
}

// Returns true iff toks[i] may sit inside a verb group between verbs: an
// adverb, a negation, or the "no" of "no longer".
inline bool IsGroupAdverb(const std::vector<Tok>& toks, uint32_t i) {
  const Tok& t = toks[i];
  if (IsAdverbTag(t) || (t.classes & kNegation)) return true;
  return (t.classes & kNo) && i + 1 < toks.size() && (toks[i + 1].classes & kLonger);
}

// Returns the first index at or after `j` that is not an adverb.
inline uint32_t SkipAdverbs(const std::vector<Tok>& toks, uint32_t j) {
  while (j < toks.size() && IsAdverbTag(toks[j])) ++j;
  return j;
}

// The result of scanning one phrase; indexes are into the scanned vector.
struct Scan {
  uint32_t end = 0;         // one past the last token; == start when nothing
  int32_t head = -1;
  int32_t determiner = -1;
  bool coordinated = false;
  bool possessive = false;  // ends in POS
};

// Base noun phrase starting at `i` (chunker.cc); scan.end == i when there is
// none. `participle_start` allows a VBN as the first word.
Scan ScanNounPhrase(const std::vector<Tok>& toks, uint32_t i, bool participle_start);

// Verb group starting at `i` (chunker_verbs.cc): TO, MD, a verb, or a
// leading negation; scan.end == i when there is none. scan.head is the main
// verb.
Scan ScanVerbGroup(const std::vector<Tok>& toks, uint32_t i);

// Fills tense, voice, negated, modal, infinitive, progressive and perfect of
// the verb group `p` (begin, end and head set; document token indexes);
// toks[k] is document token k + offset (chunker_verbs.cc).
void SetVerbAttributes(const std::vector<Tok>& toks, uint32_t offset, Phrase& p);

}  // namespace riposte::text::internal::chunk
