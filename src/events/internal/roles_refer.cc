// Roles, reference: whom a clause's subject stands for when its words name
// nobody (roles.cc calls these).
//
//   speaker's pronoun  "X said (that) it/they ...": a pronoun subject of a
//                      clause reported by X stands for X;
//   antecedent         "Russia summoned the envoy. It also ...": it/they
//                      stand for the nearest earlier main-clause subject,
//                      when that names a coded actor ("it" never a person);
//   reduced relative   "the number detained at close to 50": a lone past
//                      participle after a noun is a passive of that noun.
//
// Tested by coder_lexicon_test.cc and coder_test.cc.
#include <algorithm>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr int32_t kPronounSentences = 2;  // sentences searched for an "it"/"they" antecedent

}  // namespace

// "X said (that) it/they ...": a pronoun subject of a clause reported by X
// stands for X. The speaker's phrase, or -1.
int32_t SpeakerOfPronoun(const DocIndex& ix, int32_t subject, int32_t c) {
  const Document& doc = ix.doc();
  const Phrase* ph = PhraseAt(ix, subject);
  if (ph == nullptr || ph->end != ph->begin + 1 || c < 0) return -1;
  const uint32_t t = ph->begin;
  if (doc.tokens[t].tag != text::Id(text::Tag::PRP) ||
      !(ix.WordIs(t, "it") || ix.WordIs(t, "they") || ix.WordIs(t, "we"))) {
    return -1;
  }
  const Clause& cl = doc.clauses[static_cast<size_t>(c)];
  if (cl.kind != ClauseKind::kReported || cl.speaker < 0) return -1;
  return cl.speaker;
}

// "Russia summoned the envoy. It also recalled its ambassador.": "it" or
// "they" as the subject of an act stands for the subject of the nearest main
// clause before it (in its sentence, then up to kPronounSentences before)
// when that subject names a coded actor; "it" never for a person. The
// antecedent's phrase, or -1.
int32_t AntecedentOfPronoun(const DocIndex& ix, int32_t subject) {
  const Document& doc = ix.doc();
  const Phrase* ph = PhraseAt(ix, subject);
  if (ph == nullptr || ph->end != ph->begin + 1) return -1;
  const uint32_t t = ph->begin;
  const bool it = ix.WordIs(t, "it");
  if (doc.tokens[t].tag != text::Id(text::Tag::PRP) || !(it || ix.WordIs(t, "they"))) return -1;
  const int32_t sentence = ix.SentenceOf(t);
  int32_t best = -1;
  for (const Clause& cl : doc.clauses) {  // in text order: the last fit is the nearest
    if (cl.parent >= 0 || cl.subject < 0 || cl.subject == subject) continue;
    const Phrase* sp = PhraseAt(ix, cl.subject);
    if (sp == nullptr || sp->begin >= t) break;
    const int32_t s = ix.SentenceOf(sp->begin);
    if (s < sentence - kPronounSentences) continue;
    // Another pronoun subject continues the chain ("It said ... It also").
    if (sp->end == sp->begin + 1 && doc.tokens[sp->begin].tag == text::Id(text::Tag::PRP)) continue;
    best = cl.subject;
  }
  // The nearest subject decides: one that names no coded actor ("both men")
  // leaves the pronoun unresolved rather than reaching past it.
  if (best < 0) return -1;
  const std::vector<int32_t> ms = RoleMentions(ix, best);
  if (!HasCode(ix, ms)) return -1;
  const bool person = std::any_of(ms.begin(), ms.end(), [&](int32_t m) {
    return doc.actors[static_cast<size_t>(m)].rule.find("people.tsv") != std::string::npos;
  });
  return it && person ? -1 : best;
}

// "the number detained at close to 50", "footage released by the ministry
// showed": a lone past participle right after a noun, with no object after
// it, followed by "by" or after its clause's own verb, is a passive
// modifying that noun ("Putin offered/VBN his condolences" has an object:
// not one).
bool ReducedRelative(const DocIndex& ix, const Phrase& v) {
  const Document& doc = ix.doc();
  if (v.end != v.begin + 1 || v.begin == 0 || v.end >= doc.tokens.size() ||
      doc.tokens[v.begin].tag != text::Id(text::Tag::VBN) ||
      !text::IsNoun(doc.tokens[v.begin - 1].tag)) {
    return false;
  }
  const auto next = doc.tokens[v.end].tag;
  if (next != text::Id(text::Tag::IN) && next != text::Id(text::Tag::TO) && !text::IsPunctuation(next)) {
    return false;
  }
  if (ix.WordIs(v.end, "by")) return true;  // "footage released by the ministry"
  // Else the clause's own verb must come first ("put the number detained
  // at"): "the Russian president apologised/VBN for" is the clause's verb.
  const int32_t c = ix.ClauseOf(v.begin);
  if (c < 0) return false;
  const Phrase* main = PhraseAt(ix, doc.clauses[static_cast<size_t>(c)].verb);
  return main != nullptr && main != &v && main->end <= v.begin;
}

}  // namespace riposte::events::internal
