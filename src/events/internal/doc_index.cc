// DocIndex: the per-document lookups the coder needs, built in one pass,
// and two lookups built on it: GoverningVerb (the verb an infinitive or a
// complement clause depends on) and FirstConjunct (the verb group whose
// "to", modal, tense and governor a coordinated bare verb shares). The
// mentions' codes (MentionCode, SetHome) are in mention_code.cc; the memos
// DocIndex keeps for the other pieces are filled by them on first use.
//
// token -> phrase: phrases never overlap, so a flat table. token -> clause:
// clauses nest and are listed by first token, so the innermost one is the
// last (narrowest) clause written over the token. phrase -> mentions: an
// actor mention belongs to every phrase whose bytes it overlaps (a mention
// such as "Azerbaijan's Foreign Ministry" spans two noun phrases).
//
// Tested through coder_test.cc and coder_scope_test.cc (FirstConjunct).
#include <algorithm>
#include <cctype>
#include <string>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

// ASCII lower case: what std::tolower does in the "C" locale Riposte runs
// in, without a library call per character.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

DocIndex::DocIndex(const Document& doc) : doc_(doc) {
  const size_t n = doc.tokens.size();
  token_phrase_.assign(n, -1);
  token_clause_.assign(n, -1);
  token_sentence_.assign(n, -1);
  cues_.assign(n, kCueUnknown);
  person_.assign(doc.actors.size(), 0);
  person_codes_.resize(doc.actors.size());
  // The bounds of each loop are read into locals first: the int32_t stores
  // into the tables may alias the uint32_t bounds for the compiler, which
  // would otherwise reload them on every token.
  for (size_t p = 0; p < doc.phrases.size(); ++p) {
    const uint32_t end = std::min<size_t>(doc.phrases[p].end, n);
    int32_t* out = token_phrase_.data();
    for (uint32_t t = doc.phrases[p].begin; t < end; ++t) out[t] = static_cast<int32_t>(p);
  }
  subject_.assign(doc.phrases.size(), false);
  {
    // The narrowest clause over each token (the later on a tie): each
    // token's current width kept beside it.
    std::vector<uint32_t> width(n, UINT32_MAX);
    int32_t* out = token_clause_.data();
    for (size_t c = 0; c < doc.clauses.size(); ++c) {
      const Clause& cl = doc.clauses[c];
      if (cl.subject >= 0 && static_cast<size_t>(cl.subject) < subject_.size()) {
        subject_[static_cast<size_t>(cl.subject)] = true;
      }
      const uint32_t begin = cl.begin, end = std::min<size_t>(cl.end, n);
      const uint32_t w = cl.end - cl.begin;
      for (uint32_t t = begin; t < end; ++t) {
        if (w <= width[t]) {
          width[t] = w;
          out[t] = static_cast<int32_t>(c);
        }
      }
    }
  }
  {
    size_t s = 0;
    const size_t num_sentences = doc.sentences.size();
    Span sentence = num_sentences > 0 ? doc.sentences[0].span : Span{};
    int32_t* out = token_sentence_.data();
    for (size_t t = 0; t < n; ++t) {
      const Span tok = doc.tokens[t].span;
      while (s < num_sentences && sentence.end <= tok.begin) {
        if (++s < num_sentences) sentence = doc.sentences[s].span;
      }
      if (s < num_sentences && sentence.Contains(tok)) out[t] = static_cast<int32_t>(s);
    }
  }
  // Mentions and phrases are both in text order: one merge-like pass
  // lists the (phrase, mention) pairs, then a counting sort files them by
  // phrase into one flat array (mentions stay in text order).
  const size_t num_phrases = doc.phrases.size();
  auto phrase_span = [&](size_t p) {
    const Phrase& ph = doc.phrases[p];
    return ph.begin < ph.end && ph.end <= n ? Span{doc.tokens[ph.begin].span.begin, doc.tokens[ph.end - 1].span.end}
                                            : Span{};
  };
  std::vector<std::pair<uint32_t, int32_t>> pairs;
  pairs.reserve(doc.actors.size() + doc.actors.size() / 2);
  size_t first = 0;
  Span first_span = num_phrases > 0 ? phrase_span(0) : Span{};
  for (size_t m = 0; m < doc.actors.size(); ++m) {
    const Span ms = doc.actors[m].span;
    while (first < num_phrases && first_span.end <= ms.begin) {
      if (++first < num_phrases) first_span = phrase_span(first);
    }
    for (size_t p = first; p < num_phrases; ++p) {
      const Span ps = p == first ? first_span : phrase_span(p);
      if (ps.begin >= ms.end) break;
      if (ms.begin < ps.end) pairs.emplace_back(static_cast<uint32_t>(p), static_cast<int32_t>(m));
    }
  }
  mention_begin_.assign(num_phrases + 1, 0);
  for (const auto& [p, m] : pairs) ++mention_begin_[p + 1];
  for (size_t p = 1; p <= num_phrases; ++p) mention_begin_[p] += mention_begin_[p - 1];
  mentions_.resize(pairs.size());
  {
    std::vector<uint32_t> next(mention_begin_.begin(), mention_begin_.end() - 1);
    for (const auto& [p, m] : pairs) mentions_[next[p]++] = m;
  }
}

std::span<const int32_t> DocIndex::MentionsOf(int32_t p) const {
  if (p < 0 || static_cast<size_t>(p) + 1 >= mention_begin_.size()) return {};
  const uint32_t begin = mention_begin_[static_cast<size_t>(p)];
  return {mentions_.data() + begin, mention_begin_[static_cast<size_t>(p) + 1] - begin};
}

std::string DocIndex::Lemma(uint32_t t) const {
  if (t >= doc_.tokens.size()) return "";
  const Token& tok = doc_.tokens[t];
  return Lower(tok.lemma.empty() ? doc_.Slice(tok.span) : std::string_view(tok.lemma));
}

std::string DocIndex::Word(uint32_t t) const {
  if (t >= doc_.tokens.size()) return "";
  return Lower(doc_.Slice(doc_.tokens[t].span));
}

Span DocIndex::TokenSpan(uint32_t begin, uint32_t end) const {
  if (begin >= end || end > doc_.tokens.size()) return Span{};
  return Span{doc_.tokens[begin].span.begin, doc_.tokens[end - 1].span.end};
}

Span DocIndex::PhraseSpan(int32_t p) const {
  if (p < 0 || static_cast<size_t>(p) >= doc_.phrases.size()) return Span{};
  const Phrase& ph = doc_.phrases[static_cast<size_t>(p)];
  return TokenSpan(ph.begin, ph.end);
}

bool DocIndex::IsSubject(int32_t p) const {
  return p >= 0 && static_cast<size_t>(p) < subject_.size() && subject_[static_cast<size_t>(p)];
}

bool DocIndex::Within(int32_t inner, int32_t outer) const {
  // Bounded walk: parents point to earlier clauses, so at most size() steps.
  for (size_t steps = 0; inner >= 0 && steps <= doc_.clauses.size(); ++steps) {
    if (inner == outer) return true;
    inner = doc_.clauses[static_cast<size_t>(inner)].parent;
  }
  return false;
}

bool DocIndex::HasCodedMention(int32_t p) const {
  if (p < 0) return false;
  for (int32_t m : MentionsOf(p)) {
    if (!doc_.actors[static_cast<size_t>(m)].code.empty()) return true;
  }
  return false;
}

// "Azerbaijani officials claimed that such treatment was systematic and
// accused Russia of ...": the text stage leaves a verb coordinated after a
// reported clause inside that clause. A communication act (CAMEO 01-14) so
// placed belongs to the reporting clause when it follows ", and", or when
// the reported clause's subject names no known actor and the reporting
// clause's does.
int32_t DocIndex::Lifted(int32_t c, const Phrase& vg, std::string_view cameo) const {
  if (c < 0 || vg.begin == 0 || cameo.size() < 2 || cameo.substr(0, 2) > "14") return c;
  const Clause& cl = doc_.clauses[static_cast<size_t>(c)];
  if (cl.kind != ClauseKind::kReported || cl.parent < 0 || vg.infinitive ||
      cl.verb == static_cast<int32_t>(&vg - doc_.phrases.data())) {
    return c;
  }
  const Clause& parent = doc_.clauses[static_cast<size_t>(cl.parent)];
  if (!WordIs(vg.begin - 1, "and") || parent.verb < 0) return c;
  const Tense parent_tense = doc_.phrases[static_cast<size_t>(parent.verb)].tense;
  if (parent_tense != Tense::kNone && vg.tense != Tense::kNone && parent_tense != vg.tense) return c;
  const bool comma = vg.begin >= 2 && WordIs(vg.begin - 2, ",");
  if (comma || (!HasCodedMention(cl.subject) && HasCodedMention(parent.subject))) return cl.parent;
  return c;
}

int32_t DocIndex::ClauseOfTrigger(const Trigger& t) const {
  // The verb's own innermost clause first: a hit may name the enclosing one.
  if (t.verb >= 0 && static_cast<size_t>(t.verb) < doc_.phrases.size()) {
    const Phrase& vg = doc_.phrases[static_cast<size_t>(t.verb)];
    int32_t c = ClauseOf(vg.head >= 0 ? static_cast<uint32_t>(vg.head) : vg.begin);
    if (c >= 0) return t.nominal ? c : Lifted(c, vg, t.cameo);
  }
  int32_t c = ClauseOf(t.token);
  if (c >= 0) return c;
  if (t.clause >= 0 && static_cast<size_t>(t.clause) < doc_.clauses.size()) return t.clause;
  return -1;
}

namespace {

constexpr uint32_t kGovernorReach = 8;  // tokens back from "to" to its governor, over one NP

}  // namespace

int32_t GoverningVerb(const DocIndex& ix, int32_t vg) {
  const Phrase* v = PhraseAt(ix, vg);
  if (v == nullptr || v->kind != PhraseKind::kVerbGroup) return -1;
  int32_t c = ix.ClauseOf(v->head >= 0 ? static_cast<uint32_t>(v->head) : v->begin);
  if (c >= 0) {
    const Clause& cl = ix.doc().clauses[static_cast<size_t>(c)];
    if (cl.verb == vg && cl.parent >= 0 && cl.kind != ClauseKind::kMain &&
        cl.kind != ClauseKind::kRelative) {
      int32_t gv = ix.doc().clauses[static_cast<size_t>(cl.parent)].verb;
      if (gv >= 0 && gv != vg) return gv;
    }
  }
  if (!v->infinitive) return -1;
  // "urged Russia to release": back over at most one NP to a verb group.
  uint32_t stop = v->begin > kGovernorReach ? v->begin - kGovernorReach : 0;
  for (uint32_t t = v->begin; t > stop; --t) {
    int32_t p = ix.PhraseOf(t - 1);
    const Phrase* ph = PhraseAt(ix, p);
    if (ph == nullptr) continue;
    if (ph->kind == PhraseKind::kVerbGroup) return p;
    t = ph->begin + 1;  // skip the NP
  }
  return -1;
}

namespace {

constexpr uint32_t kConjunctReach = 10;  // tokens back from a conjunction to the verb before it
constexpr int kMaxConjuncts = 5;

// The tag of the first verb or modal of verb group `ph`.
TagId FirstVerbTag(const DocIndex& ix, const Phrase& ph) {
  const Document& doc = ix.doc();
  for (uint32_t t = ph.begin; t < ph.end; ++t) {
    const TagId tag = doc.tokens[t].tag;
    if (text::IsVerb(tag) || tag == text::Id(text::Tag::MD)) return tag;
  }
  return text::Id(text::Tag::kNone);
}

}  // namespace

int32_t FirstConjunct(const DocIndex& ix, int32_t vg) {
  const Document& doc = ix.doc();
  const Phrase* v = PhraseAt(ix, vg);
  if (v == nullptr || v->kind != PhraseKind::kVerbGroup || v->infinitive || v->modal >= 0) return -1;
  if (FirstVerbTag(ix, *v) != text::Id(text::Tag::VB)) return -1;
  const int32_t c = ix.ClauseOf(HeadToken(*v));
  if (c >= 0 && doc.clauses[static_cast<size_t>(c)].verb == vg) return -1;  // heads its own clause
  int32_t first = -1;
  int32_t cur = vg;
  for (int hops = 0; hops < kMaxConjuncts; ++hops) {
    const uint32_t b = doc.phrases[static_cast<size_t>(cur)].begin;
    if (b == 0) break;
    const uint32_t joint = b - 1;
    if (!ix.WordIs(joint, "and") && !ix.WordIs(joint, "or") && !ix.WordIs(joint, "nor") &&
        !ix.WordIs(joint, ",")) {
      break;
    }
    // Back over the previous conjunct's objects to its verb group.
    int32_t prev = -1;
    const uint32_t stop = joint > kConjunctReach ? joint - kConjunctReach : 0;
    for (uint32_t t = joint; t > stop; --t) {
      if (ix.WordIs(t - 1, ";") || ix.WordIs(t - 1, ":")) break;
      const int32_t p = ix.PhraseOf(t - 1);
      if (p >= 0 && doc.phrases[static_cast<size_t>(p)].kind == PhraseKind::kVerbGroup) {
        prev = p;
        break;
      }
    }
    if (prev < 0 || ix.ClauseOf(HeadToken(doc.phrases[static_cast<size_t>(prev)])) != c) break;
    first = prev;
    const Phrase& pp = doc.phrases[static_cast<size_t>(prev)];
    // The conjunct that carries the tense, modal or "to" ends the walk.
    if (pp.infinitive || pp.modal >= 0 || (c >= 0 && doc.clauses[static_cast<size_t>(c)].verb == prev) ||
        FirstVerbTag(ix, pp) != text::Id(text::Tag::VB)) {
      break;
    }
    cur = prev;
  }
  return first;
}

}  // namespace riposte::events::internal
