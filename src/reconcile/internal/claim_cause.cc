// Cause claims (see claim_cause.h).
//
// Every sentence is scanned token by token for a trigger; the cause is the
// base noun phrase (Document::phrases) the trigger introduces, widened by an
// "of" phrase ("the explosion of a gas cylinder"):
//   after the trigger   "caused|hit|struck|downed|damaged by X",
//                       "brought|shot|knocked down by X", "died of|from X",
//                       "(as a) result of X", "due to X", "because of X",
//                       "owing to X", "attribut(ing|ed) ... to X",
//                       "blamed X for <outcome>", "signs of X",
//                       "consistent with X", "suffered X";
//   before the trigger  "X caused <outcome>" ("a bird strike caused an
//                       emergency situation"), "X was (partly) to blame",
//                       "X shot|brought down|downed <object>";
//   fixed               "natural causes", "hit|shot (at)|fired from the
//                       ground" (normalised "ground fire").
// An outcome is a death, crash, explosion, fire, damage, injury, emergency
// or disaster word: "caused by", "due to", "because of", "result of" need
// one a few words before them in the sentence, "X caused" after it, so that
// "caused a stir" or "because of its arrogance" claim nothing. Strong
// triggers (caused, died of, brought/shot down by, blamed for, natural
// causes) take any noun phrase; weak ones (hit by, due to, because of,
// result of, attributed to, to blame, signs of, consistent with, suffered,
// active downing) only a cause the class table knows (values.h CauseClass),
// "suffered" a medical one; forensic ones (signs of, consistent with) and
// "natural causes", "suffered" need a body or death word in the sentence.
// Negation ("not", "never", "no", "without", "rather than", a denial:
// "denied (that)", "dismissed", "rejected") a few words before the trigger
// or the cause, within its clause piece, or between a cause and its verb,
// drops the claim ("did not say Russia was to blame"); a hedge ("may", "might", "could",
// "possible", "probably", "likely", "suspected", "apparently") makes the
// qualifier "about": the report offers the cause as possible, still a
// version that can contradict another.
// normalized: the cause table's entry found in the cause's words (lemmas,
// no determiners, numbers or possessives), else those words without
// leading adjectives ("severe beatings" -> "beating").
// Mention: a mention of the document with CAMEO root 17-20 in the cause's
// sentence, else a violent one (roots 18-20) in the kAttachBackViolent
// sentences before, else a coercive one (17) in the kAttachBack before;
// asserted before other modes, then the nearest; none: no claim.
// claimed_by: the speaker of the reported clause holding the trigger, else
// the actor after "according to" in the sentence, else the mention's
// attributed_to.
// Tested by claims_cause_test.cc.
#include "reconcile/internal/claim_cause.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {
namespace {

// Sentences before the cause's to look for the act: a coercive one (an
// arrest) must be close; a violent one (the killing, the downing) may be
// further back, the story's opening often tells the act and a later
// paragraph its cause ("... the bodies showed signs of severe beating").
constexpr int32_t kAttachBack = 3;
constexpr int32_t kAttachBackViolent = 8;
constexpr int kCoerciveRoot = 17, kLastViolentRoot = 20;  // CAMEO roots of the acts causes are about
constexpr uint32_t kOutcomeWindow = 8;   // tokens between an outcome word and "caused by", "due to"
constexpr uint32_t kScopeWindow = 6;     // tokens before a trigger searched for negation and hedges
constexpr uint32_t kAttributeWindow = 5; // "attributing the event to"
constexpr uint32_t kBlameForWindow = 4;  // "blamed X for the crash"

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 24> kOutcomes = {
    "crash",    "death",    "die",       "dead",     "damage",  "explosion", "explode",  "fire",
    "injury",   "injure",   "emergency", "accident", "incident", "tragedy",  "disaster", "collapse",
    "blast",    "downing",  "kill",      "killing",  "casualty", "fatality", "wreck",    "blaze"};
constexpr std::array<std::string_view, 9> kBodyWords = {"body", "autopsy", "forensic", "die",        "death",
                                                       "dead", "corpse",  "injury",   "post-mortem"};
constexpr std::array<std::string_view, 4> kDeathWords = {"die", "death", "dead", "kill"};
constexpr std::array<std::string_view, 10> kNegations = {"not",    "n't",    "never",     "no",       "without",
                                                         "denied", "denies", "dismissed", "rejected", "deny"};
constexpr std::array<std::string_view, 11> kHedges = {"may",      "might",    "could",      "possible",
                                                      "possibly", "probably", "likely",     "suspected",
                                                      "apparent", "apparently", "presumably"};
// Words ending the clause piece a negation or hedge is searched in.
constexpr std::array<std::string_view, 6> kScopeBreaks = {",", ";", "and", "but", "that", "which"};
constexpr std::array<std::string_view, 5> kBeForms = {"is", "was", "were", "are", "been"};
constexpr std::array<std::string_view, 7> kAuxiliaries = {"have", "has", "had", "may", "might", "could", "would"};

enum class Strength : uint8_t { kStrong, kWeak, kMedical };

struct Found {
  uint32_t cause_begin = 0, cause_end = 0;  // tokens of the cause
  uint32_t quote_begin = 0, quote_end = 0;  // tokens quoted
  uint32_t trigger = 0;                     // where negation and hedges are searched from
  Strength strength = Strength::kStrong;
  std::string normalized;                   // preset by fixed triggers
};

class Scanner {
 public:
  Scanner(const Document& doc, uint32_t first, uint32_t last) : doc_(doc), first_(first), last_(last) {}

  std::string W(uint32_t t) const { return t >= first_ && t < last_ ? Lower(doc_.Slice(doc_.tokens[t].span)) : ""; }
  std::string L(uint32_t t) const { return t >= first_ && t < last_ ? Lower(doc_.tokens[t].lemma) : ""; }
  TagId Tag(uint32_t t) const { return t < last_ ? doc_.tokens[t].tag : 0; }

  // The noun phrase starting at t, widened by "of <noun phrase>".
  std::optional<std::pair<uint32_t, uint32_t>> After(uint32_t t) const {
    const Phrase* p = NounPhrase(t, true);
    if (!p) {
      // The tagger's slip: a verb right after a preposition ("signs of
      // torture/VBP") is a noun; one word.
      const bool after_preposition = t > first_ && doc_.tokens[t - 1].tag == text::Id(text::Tag::IN);
      if (t < last_ && after_preposition && text::IsVerb(Tag(t)) && Tag(t) != text::Id(text::Tag::VBN)) {
        return std::make_pair(t, t + 1);
      }
      return std::nullopt;
    }
    uint32_t end = p->end;
    if (W(end) == "of") {
      if (const Phrase* q = NounPhrase(end + 1, true)) end = q->end;
    }
    return std::make_pair(p->begin, end);
  }
  // The noun phrase ending right before t.
  std::optional<std::pair<uint32_t, uint32_t>> Before(uint32_t t) const {
    const Phrase* p = NounPhrase(t, false);
    return p ? std::optional(std::make_pair(p->begin, p->end)) : std::nullopt;
  }
  // Returns true iff a lemma of `words` lies in [from, to) of the sentence.
  template <size_t N>
  bool Any(const std::array<std::string_view, N>& words, uint32_t from, uint32_t to) const {
    for (uint32_t t = std::max(from, first_); t < std::min(to, last_); ++t)
      if (In(words, L(t)) || In(words, W(t))) return true;
    return false;
  }
  bool OutcomeBefore(uint32_t t) const { return Any(kOutcomes, t > kOutcomeWindow ? t - kOutcomeWindow : 0, t); }
  uint32_t first() const { return first_; }
  uint32_t last() const { return last_; }

 private:
  // The noun phrase beginning (starts) or ending (!starts) at token t.
  const Phrase* NounPhrase(uint32_t t, bool starts) const {
    auto it = std::lower_bound(doc_.phrases.begin(), doc_.phrases.end(), t,
                               [](const Phrase& p, uint32_t tok) { return p.end < tok; });
    for (; it != doc_.phrases.end() && it->begin <= t; ++it) {
      const bool inside = it->begin >= first_ && it->begin < it->end && it->end <= last_;
      if (it->kind != PhraseKind::kNounPhrase || !inside) continue;
      if (starts ? it->begin == t : it->end == t) return &*it;
    }
    return nullptr;
  }

  const Document& doc_;
  uint32_t first_, last_;
};

// The trigger at token t, if any.
std::optional<Found> Match(const Scanner& s, uint32_t t) {
  const std::string w = s.W(t), l = s.L(t);
  Found f;
  f.trigger = t;
  f.quote_begin = t;
  auto after = [&](uint32_t at, Strength strength) -> std::optional<Found> {
    auto np = s.After(at);
    if (!np) return std::nullopt;
    f.cause_begin = np->first;
    f.cause_end = f.quote_end = np->second;
    f.strength = strength;
    return f;
  };
  // A cause before its verb, auxiliaries ("may have") skipped back from `at`.
  auto before = [&](uint32_t at, uint32_t quote_end, Strength strength) -> std::optional<Found> {
    while (at > s.first() && In(kAuxiliaries, s.W(at - 1))) --at;
    auto np = s.Before(at);
    if (!np) return std::nullopt;
    f.cause_begin = f.quote_begin = f.trigger = np->first;
    f.cause_end = np->second;
    f.quote_end = quote_end;
    f.strength = strength;
    return f;
  };
  // Passive agents: "caused by", "hit by", "brought down by".
  if (s.W(t + 1) == "by" && text::IsVerb(s.Tag(t))) {
    if (l == "cause" || l == "damage") return s.OutcomeBefore(t) ? after(t + 2, Strength::kStrong) : std::nullopt;
    if (l == "down" || w == "downed") return after(t + 2, Strength::kStrong);
    if (l == "hit" || l == "strike") return after(t + 2, Strength::kWeak);
  }
  if ((l == "bring" || l == "shoot" || l == "knock") && s.W(t + 1) == "down") {
    if (s.W(t + 2) == "by") return after(t + 3, Strength::kStrong);
    // Active: "Russian air defences shot down the jet".
    if (!In(kBeForms, s.W(t - 1)) && !In(kBeForms, s.W(t - 2))) return before(t, t + 2, Strength::kWeak);
  }
  if (l == "die" && (s.W(t + 1) == "of" || s.W(t + 1) == "from")) return after(t + 2, Strength::kStrong);
  if ((w == "result" && s.W(t + 1) == "of") || (w == "due" && s.W(t + 1) == "to") ||
      (w == "because" && s.W(t + 1) == "of") || (w == "owing" && s.W(t + 1) == "to")) {
    return s.OutcomeBefore(t) ? after(t + 2, Strength::kWeak) : std::nullopt;
  }
  if (l == "attribute") {
    for (uint32_t k = t + 1; k <= t + kAttributeWindow && k < s.last(); ++k)
      if (s.W(k) == "to") return after(k + 1, Strength::kWeak);
    return std::nullopt;
  }
  if (l == "blame" && text::IsVerb(s.Tag(t)) && s.W(t - 1) != "to") {
    auto np = s.After(t + 1);
    if (!np || s.W(np->second) != "for" || !s.Any(kOutcomes, np->second + 1, np->second + 1 + kBlameForWindow)) {
      return std::nullopt;
    }
    return after(t + 1, Strength::kStrong);
  }
  // "X was (partly) to blame"
  if (w == "to" && s.W(t + 1) == "blame" && !s.After(t + 2)) {
    uint32_t be = t;
    if (be > s.first() && text::IsAdverb(s.Tag(be - 1))) --be;
    if (be == s.first() || !In(kBeForms, s.W(be - 1))) return std::nullopt;
    return before(be - 1, t + 2, Strength::kWeak);
  }
  // "X caused <outcome>"
  if (l == "cause" && text::IsVerb(s.Tag(t)) && s.W(t + 1) != "by") {
    auto object = s.After(t + 1);
    if (!object || !s.Any(kOutcomes, object->first, object->second)) return std::nullopt;
    return before(t, object->second, Strength::kStrong);
  }
  if (w == "natural" && (s.W(t + 1) == "causes" || s.W(t + 1) == "cause")) {
    if (!s.Any(kDeathWords, s.first(), s.last())) return std::nullopt;
    f.cause_begin = t;
    f.cause_end = f.quote_end = t + 2;
    if (s.W(t - 1) == "from" || s.W(t - 1) == "of") f.quote_begin = t - 1;
    return f;
  }
  if (((w == "signs" || w == "sign") && s.W(t + 1) == "of") || (w == "consistent" && s.W(t + 1) == "with")) {
    return s.Any(kBodyWords, s.first(), s.last()) ? after(t + 2, Strength::kWeak) : std::nullopt;
  }
  if (l == "suffer" && text::IsVerb(s.Tag(t))) {
    if (!s.Any(kDeathWords, s.first(), s.last())) return std::nullopt;
    return after(s.W(t + 1) == "from" ? t + 2 : t + 1, Strength::kMedical);
  }
  // "hit from the ground", "shot at from the ground", "fired on from the ground"
  if (l == "hit" || l == "shoot" || l == "fire" || l == "strike") {
    uint32_t k = t + 1;
    if (s.W(k) == "at" || s.W(k) == "on") ++k;
    if (s.W(k) == "from" && s.W(k + 1) == "the" && s.W(k + 2) == "ground") {
      f.cause_begin = k;
      f.cause_end = f.quote_end = k + 3;
      f.strength = Strength::kWeak;
      f.normalized = "ground fire";
      return f;
    }
  }
  return std::nullopt;
}

// The cause's words in lemma form without determiners, numbers and
// possessives; leading adjectives dropped unless the table knows them.
std::string Normalize(const Document& doc, const Found& f) {
  if (!f.normalized.empty()) return f.normalized;
  std::string words, nouns;
  bool seen_noun = false;
  for (uint32_t t = f.cause_begin; t < f.cause_end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.tag == text::Id(text::Tag::DT) || tok.tag == text::Id(text::Tag::CD) ||
        tok.tag == text::Id(text::Tag::PRPS) || tok.tag == text::Id(text::Tag::POS) || text::IsPunctuation(tok.tag)) {
      continue;
    }
    const std::string w = text::IsNoun(tok.tag) ? Lower(tok.lemma) : Lower(doc.Slice(tok.span));
    if (!words.empty()) words += ' ';
    words += w;
    if (text::IsNoun(tok.tag) || seen_noun) {
      seen_noun = true;
      if (!nouns.empty()) nouns += ' ';
      nouns += w;
    }
  }
  const std::string_view key = CauseKey(words);
  if (!key.empty()) return std::string(key);
  return nouns;
}

// The innermost reported clause's speaker holding t, else "according to X".
std::string Speaker(const Document& doc, const Scanner& s, uint32_t t) {
  const Clause* best = nullptr;
  for (const Clause& c : doc.clauses) {
    if (c.begin > t) break;
    if (t < c.end && c.speaker >= 0 && (!best || c.end - c.begin < best->end - best->begin)) best = &c;
  }
  if (best) {
    for (const ActorMention& a : doc.actors)
      if (a.phrase == best->speaker && !a.code.empty()) return a.code;
  }
  for (uint32_t k = s.first(); k + 2 < s.last(); ++k) {
    if (s.W(k) != "according" || s.W(k + 1) != "to") continue;
    const Offset from = doc.tokens[k + 2].span.begin;
    const Offset to = doc.tokens[std::min(k + 4, s.last() - 1)].span.end;
    for (const ActorMention& a : doc.actors)
      if (a.span.begin >= from && a.span.begin < to && !a.code.empty()) return a.code;
  }
  return {};
}

// Negation or hedge words before the trigger or cause within its clause
// piece, in the cause (hedges only), and between a cause and its verb.
// Returns -1 negated, 1 hedged, 0 plain.
int Scope(const Scanner& s, const Found& f) {
  const uint32_t from = std::min(f.trigger, f.cause_begin);
  int result = 0;
  for (uint32_t k = from, n = 0; k > s.first() && n < kScopeWindow; --k, ++n) {
    const std::string w = s.W(k - 1);
    if (w == "that" && k >= 2 && In(kNegations, s.W(k - 2))) return -1;  // "denied that ..."
    if (In(kScopeBreaks, w)) break;
    if (In(kNegations, w)) return -1;
    if (In(kHedges, w)) result = 1;
  }
  if (s.W(f.cause_begin - 1) == "than" && s.W(f.cause_begin - 2) == "rather") return -1;
  for (uint32_t k = f.cause_begin; k < f.cause_end; ++k)
    if (In(kHedges, s.W(k))) result = 1;
  // A cause before its verb: "a bird strike may have caused", "... did not cause".
  for (uint32_t k = f.cause_end; k < f.quote_end; ++k) {
    if (In(kNegations, s.W(k))) return -1;
    if (In(kHedges, s.W(k))) result = 1;
  }
  return result;
}

int Root(const std::string& cameo) {
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' || cameo[1] > '9') return -1;
  return (cameo[0] - '0') * 10 + (cameo[1] - '0');
}

// The act the cause is about: see the file comment.
std::optional<size_t> Attach(const std::vector<Mention>& mentions, const std::vector<size_t>& own, int32_t sentence) {
  std::optional<size_t> best;
  auto rank = [&](size_t m) {
    const store::StoredEvent& e = mentions[m].event;
    const int root = Root(e.cameo);
    return std::make_tuple(e.sentence != sentence, root == kCoerciveRoot, e.mode != "asserted", sentence - e.sentence);
  };
  for (size_t m : own) {
    const store::StoredEvent& e = mentions[m].event;
    const int root = Root(e.cameo);
    const int32_t back = root == kCoerciveRoot ? kAttachBack : kAttachBackViolent;
    if (root < kCoerciveRoot || root > kLastViolentRoot || e.sentence > sentence || e.sentence < sentence - back) {
      continue;
    }
    if (!best || rank(m) < rank(*best)) best = m;
  }
  return best;
}

}  // namespace

void AppendCauseClaims(const std::vector<Document>& docs, size_t doc_index, const std::vector<Mention>& mentions,
                       const std::vector<size_t>& own, std::vector<Claim>& out) {
  const Document& doc = docs[doc_index];
  if (doc.phrases.empty() || own.empty()) return;
  for (int32_t si = 0; si < static_cast<int32_t>(doc.sentences.size()); ++si) {
    auto [first, last] = TokensIn(doc, doc.sentences[si].span);
    const Scanner s(doc, first, last);
    uint32_t claimed_until = first;  // one cause per stretch of words
    for (uint32_t t = first; t < last; ++t) {
      std::optional<Found> f = Match(s, t);
      if (!f || f->cause_begin >= f->cause_end || f->cause_begin < claimed_until) continue;
      if (f->quote_begin >= f->quote_end || f->quote_end > last) continue;
      const std::string normalized = Normalize(doc, *f);
      const std::string_view cause_class = CauseClass(normalized);
      if (normalized.empty()) continue;
      if (f->strength == Strength::kWeak && cause_class.empty()) continue;
      if (f->strength == Strength::kMedical && cause_class != "medical") continue;
      const int scope = Scope(s, *f);
      if (scope < 0) continue;
      const std::optional<size_t> act = Attach(mentions, own, si);
      if (!act) continue;
      const store::StoredEvent& e = mentions[*act].event;
      Claim c;
      c.doc = doc_index;
      c.mention = *act;
      c.attribute = "cause";
      c.report_date = doc.ReportDate();
      c.value.kind = DisputeValue::Kind::kName;
      c.value.value = std::string(doc.Slice(TokenSpan(doc, f->cause_begin, f->cause_end)));
      c.value.normalized = normalized;
      c.value.qualifier = scope > 0 ? "about" : "exact";
      c.value.docs = {doc_index};
      std::string who = Speaker(doc, s, f->trigger);
      if (who.empty() && e.attributed_to) who = e.attributed_to->code;
      if (!who.empty()) c.value.claimed_by = {who};
      c.value.quotes.push_back(Quote{doc_index, TokenSpan(doc, f->quote_begin, f->quote_end)});
      out.push_back(std::move(c));
      claimed_until = std::max(f->cause_end, f->quote_end);
    }
  }
}

}  // namespace riposte::reconcile::internal
