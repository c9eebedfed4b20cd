// Roles, reference: whom a clause's subject stands for when its words name
// nobody (roles.cc calls these).
//
//   speaker's pronoun  "X said (that) it/they ...": a pronoun subject of a
//                      clause reported by X stands for X;
//   antecedent         "Russia summoned the envoy. It also ...": it/they
//                      stand for the nearest earlier main-clause subject,
//                      when that names a coded actor ("it" never a person;
//                      "he"/"she" the nearest that names a person);
//   patient            "Police detained two employees of Sputnik. They are
//                      suspected of fraud": the pronoun subject of a
//                      passive continues the previous sentence's object;
//   voice              IsPassive and GerundSubject decide whether a verb's
//                      subject did the act, suffered it, or is not its own
//                      (roles.cc uses them);
//   reduced relative   "the number detained at close to 50", "the families
//                      of those killed": a lone past participle after a
//                      noun or "those" is a passive of it.
//
// Tested by coder_lexicon_test.cc, coder_test.cc and coder_scope_test.cc.
#include <algorithm>
#include <array>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr int32_t kPronounSentences = 2;  // sentences searched for an "it"/"they" antecedent

// Prepositions the tagger may give for a phrasal verb's particle.
constexpr std::array<std::string_view, 6> kParticles = {"down", "up", "off", "out", "back",
                                                        "away"};

}  // namespace

bool IsParticle(const DocIndex& ix, uint32_t t) { return ix.WordIn(t, kParticles); }

// A passive verb group, a bare participle coordinated with one ("were
// beaten and detained": "detained" is passive too), or a participle
// adjunct after a comma ("..., suspected of murder").
bool IsPassive(const DocIndex& ix, int32_t vg) {
  const Phrase* v = PhraseAt(ix, vg);
  if (v == nullptr) return false;
  if (v->voice == Voice::kPassive) return true;
  const Document& doc = ix.doc();
  if (ReducedRelative(ix, *v)) return true;
  // "were detained in Yekaterinburg, suspected of murder": a lone
  // participle after a comma, with no object of its own, is a passive
  // adjunct about the clause's subject; not ", shut down the agency" (a
  // particle), nor the clause's own verb ("The ministry, meanwhile,
  // announced/VBN that ...").
  if (v->end == v->begin + 1 && v->begin >= 1 && v->end < doc.tokens.size() && ix.WordIs(v->begin - 1, ",") &&
      doc.tokens[v->begin].tag == text::Id(text::Tag::VBN) &&
      (doc.tokens[v->end].tag == text::Id(text::Tag::IN) || doc.tokens[v->end].tag == text::Id(text::Tag::TO)) &&
      !IsParticle(ix, v->end) && !ix.WordIs(v->end, "that")) {
    const int32_t c = ix.ClauseOf(v->begin);
    return c >= 0 && doc.clauses[static_cast<size_t>(c)].verb != vg;
  }
  if (v->begin < 2 || v->head < 0 ||
      doc.tokens[static_cast<size_t>(v->head)].tag != text::Id(text::Tag::VBN)) {
    return false;
  }
  const uint32_t joint = v->begin - 1;
  if (!ix.WordIs(joint, "and") && !ix.WordIs(joint, "or") && !ix.WordIs(joint, ",")) return false;
  const Phrase* prev = PhraseAt(ix, ix.PhraseOf(v->begin - 2));
  return prev != nullptr && prev->kind == PhraseKind::kVerbGroup && prev->voice == Voice::kPassive;
}

// "(said that) shutting down the Russian House was an unfriendly step": a
// gerund opening its clause, before the clause's own verb, is (part of) its
// subject and has no subject of its own in the text.
bool GerundSubject(const DocIndex& ix, const Phrase& vg, int32_t c) {
  const Document& doc = ix.doc();
  if (c < 0 || vg.head < 0 || doc.tokens[static_cast<size_t>(vg.head)].tag != text::Id(text::Tag::VBG)) {
    return false;
  }
  const Clause& cl = doc.clauses[static_cast<size_t>(c)];
  const Phrase* verb = PhraseAt(ix, cl.verb);
  if (verb == nullptr || verb == &vg || verb->begin <= vg.begin) return false;
  uint32_t first = cl.begin;
  if (cl.cue >= 0 && static_cast<uint32_t>(cl.cue) == first) ++first;
  return vg.begin == first;
}

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
  const bool he = ix.WordIs(t, "he") || ix.WordIs(t, "she");
  if (doc.tokens[t].tag != text::Id(text::Tag::PRP) || !(it || he || ix.WordIs(t, "they"))) return -1;
  auto is_person = [&](int32_t m) {
    return doc.actors[static_cast<size_t>(m)].rule.find("people.tsv") != std::string::npos;
  };
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
    // "he"/"she" pass over subjects that name no person ("Aliyev ordered
    // an inquiry. The ministry said ... He also sought ...").
    if (he) {
      const std::vector<int32_t> ms = RoleMentions(ix, cl.subject);
      if (!HasCode(ix, ms) || !std::any_of(ms.begin(), ms.end(), is_person)) continue;
    }
    best = cl.subject;
  }
  // The nearest subject decides: one that names no coded actor ("both men")
  // leaves the pronoun unresolved rather than reaching past it.
  if (best < 0) return -1;
  const std::vector<int32_t> ms = RoleMentions(ix, best);
  if (!HasCode(ix, ms)) return -1;
  const bool person = std::any_of(ms.begin(), ms.end(), is_person);
  return it && person ? -1 : best;
}

int32_t PatientOfPronoun(const DocIndex& ix, int32_t subject) {
  const Document& doc = ix.doc();
  const Phrase* ph = PhraseAt(ix, subject);
  if (ph == nullptr || ph->end != ph->begin + 1) return -1;
  const uint32_t t = ph->begin;
  if (doc.tokens[t].tag != text::Id(text::Tag::PRP) ||
      !(ix.WordIs(t, "they") || ix.WordIs(t, "he") || ix.WordIs(t, "she"))) {
    return -1;
  }
  const int32_t sentence = ix.SentenceOf(t);
  const Clause* nearest = nullptr;
  for (const Clause& cl : doc.clauses) {  // in text order: the last fit is the nearest
    if (cl.parent >= 0 || cl.verb < 0) continue;
    const Phrase* v = PhraseAt(ix, cl.verb);
    if (v == nullptr || v->end > t) break;
    if (ix.SentenceOf(v->begin) < sentence - 1 || ix.SentenceOf(v->begin) == sentence) continue;
    nearest = &cl;
  }
  if (nearest == nullptr) return -1;
  const Phrase& v = doc.phrases[static_cast<size_t>(nearest->verb)];
  if (v.voice == Voice::kPassive) return -1;
  uint32_t o = v.end;
  while (o < doc.tokens.size() && doc.tokens[o].tag == text::Id(text::Tag::RP)) ++o;
  const int32_t object = NpStartingAt(ix, o);
  if (object < 0 || !HasCode(ix, RoleMentions(ix, object))) return -1;
  return object;
}

// "The special forces detained almost 50 Azerbaijanis; two were killed":
// a subject that is only a number or a quantifier ("two", "several",
// "many", "some"), or "them" after one ("many of them"), counts people
// named before it: the nearest earlier noun
// phrase with a plural head naming a coded actor, in its sentence or the
// one before. The phrase, or -1.
int32_t AntecedentOfNumber(const DocIndex& ix, int32_t subject) {
  static constexpr std::string_view kQuantifiers[] = {"several", "many", "some", "most", "both",
                                                      "dozens", "hundreds", "others", "all"};
  const Document& doc = ix.doc();
  const Phrase* ph = PhraseAt(ix, subject);
  if (ph == nullptr || ph->begin >= ph->end) return -1;
  // "many of them were beaten": "them" after a quantifier and "of".
  const bool of_them = ph->end == ph->begin + 1 && ph->begin >= 2 &&
                       (ix.WordIs(ph->begin, "them") || ix.WordIs(ph->begin, "those")) &&
                       ix.WordIs(ph->begin - 1, "of") &&
                       (ix.WordIn(ph->begin - 2, kQuantifiers) || doc.tokens[ph->begin - 2].tag == text::Id(text::Tag::CD));
  for (uint32_t t = ph->begin; t < ph->end && !of_them; ++t) {
    const bool number = doc.tokens[t].tag == text::Id(text::Tag::CD);
    if (!number && !ix.WordIn(t, kQuantifiers)) return -1;
  }
  const int32_t sentence = ix.SentenceOf(ph->begin);
  for (int32_t p = subject - 1; p >= 0; --p) {
    const Phrase& q = doc.phrases[static_cast<size_t>(p)];
    if (ix.SentenceOf(q.begin) < sentence - 1) break;
    if (q.kind != PhraseKind::kNounPhrase || q.head < 0) continue;
    const TagId head = doc.tokens[static_cast<size_t>(q.head)].tag;
    if (head != text::Id(text::Tag::NNS) && head != text::Id(text::Tag::NNPS)) continue;
    if (HasCode(ix, RoleMentions(ix, p))) return p;
  }
  return -1;
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
      !(text::IsNoun(doc.tokens[v.begin - 1].tag) || ix.WordIs(v.begin - 1, "those"))) {
    return false;
  }
  if (ix.WordIs(v.begin - 1, "those")) return true;  // "the families of those killed"
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
