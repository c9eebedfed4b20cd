// The tagger's context rules (see tagger_rules.h), each with the news
// wording it is for. Scores are natural-log penalties added to a
// candidate's emission score; repairs change the decoded tag only between
// readings the lexicon (or the unknown-word rules) offered.
//
// Tested by tagger_context_test.cc (and tagger_test.cc).
#include "text/internal/tagger_rules.h"

#include "text/text.h"

namespace riposte::text::internal {
namespace {

// Penalty of a verb reading right after a possessive determiner: "his
// plans", "their lives", "its forces" are nouns. Festival has one tag, prp,
// for "he" and "his", so its trigram cannot tell "he plans" from "his
// plans"; the word itself can. Not a ban: a word with only verb readings
// keeps them.
constexpr float kAfterPossessiveVerb = -8.0f;
// Penalty of the VBZ reading of a capitalised word that starts a sentence
// when it may also be a plural noun: news sentences almost never open with
// a third-person verb ("Ties first soured", "Talks resumed"), while a
// following adverb and past tense ("first soured") pull the trigram towards
// a VBZ + adverb + participle reading.
constexpr float kInitialVbz = -3.0f;
// Penalty of the noun readings of a word right after a relative pronoun
// when it may be a finite verb ("the commission that deals with ...").
constexpr float kRelativeNoun = -4.0f;
// log P(word | tag) above which a preposition or determiner reading makes a
// word a common function word ("with", "the", "to").
constexpr float kCommonFunctionWord = -4.0f;

bool Lower(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != b[i]) return false;
  }
  return true;
}

bool EndsWithEd(std::string_view w) {
  return w.size() > 3 && w[w.size() - 2] == 'e' && w[w.size() - 1] == 'd';
}

bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {
      "be", "is", "are", "was", "were", "been", "being", "am", "'re", "’re", "have", "has",
      "had", "having", "'ve", "’ve", "'d", "’d", "get", "gets", "got", "getting", "'s", "’s"};
  for (std::string_view a : kAux) {
    if (Lower(w, a)) return true;
  }
  return false;
}

bool NounOnly(const RuleTags& tags, const PosLex& lex, const LexEntry& e) {
  bool noun = false;
  for (int k = 0; k < e.count; ++k) {
    const int t = lex.tag_at(e.first + k).tag;
    if (tags.verb[t] || t == tags.vbn || t == tags.vbg) return false;
    noun = noun || t == tags.nn || t == tags.nns;
  }
  return noun;
}

// The decoded tags of one sentence, as the repairs read and change them.
struct Decoded {
  const RuleTags& tags;
  const Document& doc;
  const SentenceTokens& s;
  const Candidates* cands;
  uint8_t* chosen;
  size_t n;  // tokens

  int Tag(size_t i) const { return cands[i + 2].tag[chosen[i + 2]].tag; }
  std::string_view Word(size_t i) const { return doc.Slice(doc.tokens[s.first + i].span); }
  // Chooses tag `tag` for token i when it is a candidate; returns whether.
  bool Choose(size_t i, int tag) const {
    const int k = FindTag(cands[i + 2], tag);
    if (k < 0) return false;
    chosen[i + 2] = static_cast<uint8_t>(k);
    return true;
  }
  bool Nominal(int t) const {
    return t == tags.nn || t == tags.nns || t == tags.nnp || t == tags.nnps;
  }
  bool Finite(int t) const {
    return t == tags.vbd || t == tags.vbz || t == tags.vbp || t == tags.md;
  }
  // Tags that start an object noun phrase ("the", "his", "two", "all", a
  // name).
  bool ObjectStart(int t) const {
    return t == tags.dt || t == tags.prp || t == tags.cd || t == tags.pdt || t == tags.nnp;
  }
};

// The model prefers participles ("detained" is more often VBN in the
// Treebank): a participle with no auxiliary before it, right after its
// subject and followed by what starts an object or a "that" complement,
// is a past tense: "Police detained seven journalists", "crowds (not VBZ)
// burned down its embassy", "Officials claimed that ...".
// Adverbs may stand between the subject and the verb ("Ties first soured
// in December", "Police later detained two men"); then, when no object
// follows, the participle is still the past tense if the sentence has no
// other finite verb (a reduced relative "Troops stationed in Baku were
// ..." has one).
// After "and"/"but" a participle followed by an object is a past tense
// too, whatever auxiliary the first conjunct had: in "the treatment was
// systematic and accused Moscow of ..." a passive "accused" would not
// take the object "Moscow".
void RepairPastTense(const Decoded& d) {
  const RuleTags& tags = d.tags;
  bool other_finite = false;  // computed on first need
  bool finite_known = false;
  for (size_t i = 1; i + 1 < d.n; ++i) {
    if (d.Tag(i) != tags.vbn || FindTag(d.cands[i + 2], tags.vbd) < 0) continue;
    const int next = d.Tag(i + 1);
    if (d.Tag(i - 1) == tags.cc) {
      const bool object = d.ObjectStart(next) ||
                          (next == tags.jj && i + 2 < d.n && d.Nominal(d.Tag(i + 2)));
      if (object && (Lower(d.Word(i - 1), "and") || Lower(d.Word(i - 1), "but"))) {
        d.Choose(i, tags.vbd);
      }
      continue;
    }
    bool aux = false;
    for (size_t j = i; j-- > 0 && i - j <= 4;) aux = aux || IsAuxiliary(d.Word(j));
    if (aux) continue;
    // The subject's last word, past adverbs.
    size_t subj = i - 1;
    while (subj > 0 && d.Tag(subj) == tags.rb) --subj;
    const bool adverbs = subj != i - 1;
    if (adverbs && d.Tag(subj) == tags.rb) continue;
    const int prev = d.Tag(subj);
    bool plural_subject = false;  // "crowds" read as VBZ
    if (prev == tags.vbz && !IsAuxiliary(d.Word(subj))) {
      if (FindTag(d.cands[subj + 2], tags.nns) < 0) continue;
      plural_subject = true;
    } else if (!d.Nominal(prev) && prev != tags.prp) {
      continue;
    }
    const bool that = next == tags.in && Lower(d.Word(i + 1), "that");
    if (!d.ObjectStart(next) && next != tags.rp && !that) {
      if (!adverbs) continue;
      if (!finite_known) {
        for (size_t j = 0; j < d.n && !other_finite; ++j) other_finite = d.Finite(d.Tag(j));
        finite_known = true;
      }
      if (other_finite) continue;
    }
    d.Choose(i, tags.vbd);
    if (plural_subject) d.Choose(subj, tags.nns);
  }
}

// The reverse: "killed during the raids carried out by Russian police"
// is a participle after its noun, not a second past tense, when "by" and
// an agent follow (not "rose by 5 percent") and a finite verb came
// before.
void RepairReducedPassive(const Decoded& d) {
  const RuleTags& tags = d.tags;
  bool finite_before = false;
  for (size_t i = 0; i + 2 < d.n; ++i) {
    const int t = d.Tag(i);
    if (t != tags.vbd || !finite_before || i == 0) {
      finite_before = finite_before || d.Finite(t);
      continue;
    }
    size_t by = i + 1;
    if (d.Tag(by) == tags.rp) ++by;
    if (!d.Nominal(d.Tag(i - 1)) || by + 1 >= d.n || !Lower(d.Word(by), "by")) continue;
    const int agent = d.Tag(by + 1);
    if (agent == tags.cd || tags.penn[agent] == Id(text::Tag::SYM)) continue;  // "by 5%", "by $3"
    d.Choose(i, tags.vbn);
  }
}

// "publications in Russian media that incited hostility toward ...": a
// past form read as an adjective after a noun + "that" is the relative
// clause's verb when no finite verb follows the noun phrase after it
// ("the fact that armed men attacked" keeps "armed").
void RepairRelativePast(const Decoded& d) {
  const RuleTags& tags = d.tags;
  for (size_t i = 2; i + 1 < d.n; ++i) {
    if (d.Tag(i) != tags.jj || !d.Nominal(d.Tag(i - 2)) || !Lower(d.Word(i - 1), "that") ||
        !EndsWithEd(d.Word(i)) || FindTag(d.cands[i + 2], tags.vbd) < 0) {
      continue;
    }
    size_t k = i + 1;
    while (k < d.n && (d.Nominal(d.Tag(k)) || d.Tag(k) == tags.jj || d.Tag(k) == tags.dt)) ++k;
    if (k == i + 1) continue;  // no object: "that armed" alone is no clause
    if (k < d.n && d.Finite(d.Tag(k))) continue;
    d.Choose(i, tags.vbd);
  }
}

// "Baku demands that Russia admit its guilt", "Kyiv further warns that
// ...": a plural noun right after a name that opens the sentence, before
// "that" and a subject with its verb, is the sentence's present-tense verb
// when nothing before it is one (not "the EU sanctions that hit Russia": a
// relative "that" is followed by its verb, not by a subject).
void RepairReportingVerb(const Decoded& d) {
  const RuleTags& tags = d.tags;
  for (size_t i = 1; i + 3 < d.n; ++i) {
    if (d.Tag(i) != tags.nns || !Lower(d.Word(i + 1), "that") || FindTag(d.cands[i + 2], tags.vbz) < 0) {
      continue;
    }
    size_t name = i - 1;
    const bool modifier = d.Tag(name) == tags.jj || d.Tag(name) == tags.rb;  // "further", "also"
    if (modifier && name > 0) --name;
    if (d.Tag(name) != tags.nnp) continue;
    bool finite_before = false;
    for (size_t k = 0; k < name; ++k) finite_before = finite_before || d.Finite(d.Tag(k));
    if (finite_before) continue;
    // A subject after "that": a name, pronoun or determiner, then a verb.
    size_t k = i + 2;
    if (!d.ObjectStart(d.Tag(k)) && !d.Nominal(d.Tag(k))) continue;
    while (k < d.n && (d.Nominal(d.Tag(k)) || d.Tag(k) == tags.jj || d.Tag(k) == tags.dt ||
                       d.Tag(k) == tags.prp || d.Tag(k) == tags.cd)) {
      ++k;
    }
    if (k >= d.n || !(d.Finite(d.Tag(k)) || d.Tag(k) == tags.vb)) continue;
    if (!d.Choose(i, tags.vbz)) continue;
    if (modifier && d.Tag(i - 1) == tags.jj) d.Choose(i - 1, tags.rb);
  }
}

// "Some X posts also discuss a potential agreement": a third-person verb
// followed (past adverbs) by a base-form or present verb cannot be one;
// when the word may be a plural noun it is the subject's head, and the verb
// after it is the present tense.
void RepairPluralSubject(const Decoded& d) {
  const RuleTags& tags = d.tags;
  for (size_t i = 0; i + 1 < d.n; ++i) {
    if (d.Tag(i) != tags.vbz || FindTag(d.cands[i + 2], tags.nns) < 0) continue;
    size_t k = i + 1;
    while (k < d.n && d.Tag(k) == tags.rb) ++k;
    if (k >= d.n || (d.Tag(k) != tags.vb && d.Tag(k) != tags.vbp)) continue;
    if (!d.Choose(i, tags.nns)) continue;
    if (d.Tag(k) == tags.vb) d.Choose(k, tags.vbp);
  }
}

// "wished the injured a speedy recovery": a participle right after a
// determiner that modifies no noun is the noun phrase's head, an
// adjective used as a noun (the Treebank's JJ), not a verb.
void RepairNominalParticiple(const Decoded& d) {
  const RuleTags& tags = d.tags;
  for (size_t i = 1; i < d.n; ++i) {
    if (d.Tag(i) != tags.vbn || d.Tag(i - 1) != tags.dt) continue;
    const int next = i + 1 < d.n ? d.Tag(i + 1) : tags.punc;
    if (d.Nominal(next) || next == tags.jj || next == tags.cd || next == tags.vbg ||
        next == tags.vbn) {
      continue;
    }
    d.Choose(i, tags.jj);
  }
}

}  // namespace

// What the previous word or the sentence start says about a token's
// candidates (kAfterPossessiveVerb, kInitialVbz).
void ApplyContext(const RuleTags& tags, const WordFacts& facts, bool initial, bool after_possessive,
                  Candidates& out) {
  if (out.n < 2) return;
  if (after_possessive) {
    bool nominal = false;
    for (int k = 0; k < out.n; ++k) nominal = nominal || !tags.verb[out.tag[k].tag];
    if (!nominal) return;
    for (int k = 0; k < out.n; ++k) {
      if (tags.verb[out.tag[k].tag]) out.tag[k].logp += kAfterPossessiveVerb;
    }
    return;
  }
  if (initial && facts.shape.first_upper && !facts.shape.all_upper) {
    const int vbz = FindTag(out, tags.vbz);
    if (vbz >= 0 && (FindTag(out, tags.nns) >= 0 || FindTag(out, tags.nnps) >= 0)) {
      out.tag[vbz].logp += kInitialVbz;
    }
  }
}

// Token i follows a relative pronoun: "who"/"which", or "that" after a
// word that is only a noun and before a common preposition or
// determiner ("the commission that deals with ..."; not "said that
// talks resumed", "the news that talks resumed").
bool RelativeVerbContext(const RuleTags& tags, const PosLex& lex, const WordFacts* facts, size_t i,
                         size_t n) {
  if (facts[i - 1].relative == 1) return true;
  if (i + 1 >= n || !NounOnly(tags, lex, facts[i - 2].lex)) return false;
  const LexEntry next = facts[i + 1].lex;
  for (int k = 0; k < next.count; ++k) {
    const LexTag& t = lex.tag_at(next.first + k);
    if ((t.tag == tags.in || t.tag == tags.dt || t.tag == tags.to) && t.logp > kCommonFunctionWord) return true;
  }
  return false;
}

// Right after a relative pronoun a word that may be a finite verb is one:
// "which handles freight", "who works for", not the plural noun.
void PreferVerb(const RuleTags& tags, Candidates& out) {
  bool finite = false;
  for (int k = 0; k < out.n; ++k) {
    const int t = out.tag[k].tag;
    finite = finite || t == tags.vbz || t == tags.vbp || t == tags.vbd;
  }
  if (!finite) return;
  for (int k = 0; k < out.n; ++k) {
    if (out.tag[k].tag == tags.nns || out.tag[k].tag == tags.nn) out.tag[k].logp += kRelativeNoun;
  }
}

void RepairTags(const RuleTags& tags, const Document& doc, const SentenceTokens& s,
                const Candidates* cands, uint8_t* chosen) {
  const Decoded d{tags, doc, s, cands, chosen, s.last - s.first};
  RepairPastTense(d);
  RepairReducedPassive(d);
  RepairRelativePast(d);
  RepairNominalParticiple(d);
  RepairReportingVerb(d);
  RepairPluralSubject(d);
}

}  // namespace riposte::text::internal
