// Words that look like acts but are not (assemble.cc drops their triggers):
//   heading            a short line without closing punctuation names a topic
//                      the body reports ("Arrests of Russian citizens");
//   characterisation   a noun after "as" judges an act ("condemned the
//                      arrests as an attack"), it is not another act;
//   figure of speech   force (CAMEO 18-20) named with a modifier that makes it a figure
//                      ("a diplomatic offensive", "an information war",
//                      "a trade war"): not violence;
//   participle         a past participle before its noun, after a
//                      determiner, preposition or adjective ("the forced
//                      return of migrants could ...") names a kind of thing,
//                      not an act someone did here;
//   frame              a statement a clause is told "in" ("In its statement,
//                      the ministry described ...") is that clause's act;
//   planned thing      a plan named by a participle after its noun ("the
//                      events planned in Baku") describes, announces nothing;
//   occasion           a meeting named as where or when something else
//                      happens ("on his way to the CIS summit", "on the
//                      sidelines of a summit", "at the forum") with nobody
//                      met ("at a meeting with Aliyev" stays): the setting
//                      of another act;
//   text's topic       a text that "discusses" or "considers" something
//                      ("X posts also discuss a potential agreement", "the
//                      report discusses talks") treats a topic; no one
//                      consults (CAMEO 04, 01);
//   insisted fact      "insisted (that) the deaths were natural": insisting
//                      on a fact, told in the indicative, claims it; only
//                      "insisted that Russia apologise" or "insisted on an
//                      apology" demands (CAMEO 10);
//   background war     "war" named as the setting of something else ("due
//                      to the Ukraine war", "mired in the endless war")
//                      without a date of its own ("the 2020 war") or an
//                      onset ("the outbreak of the war") is a state of
//                      affairs, not an act of this story;
// and NamesSomeone, which keeps an act with no coded actor when its clause
// names someone no lexicon knows (a name ending in "Declaration",
// "Agreement", "Corridor"... names a thing: NamesAThing), and CountsVictims, which keeps a
// coercive or violent act whose clause counts its victims vaguely
// ("several individuals were killed or injured").
//
// Tested by coder_test.cc, coder_context_test.cc, coder_scope_test.cc and
// coder_accuracy_test.cc.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr int kFirstCoerciveRoot = 17;  // 17 coerce ... 20 mass violence

constexpr size_t kHeadingMaxBytes = 100;

// Modifiers that turn a word of force into a figure of speech.
constexpr std::array<std::string_view, 16> kFigurative = {
    "diplomatic", "informational", "information", "charm",   "media",     "propaganda",
    "verbal",     "rhetorical",    "economic",    "trade",   "tariff",    "price",
    "legal",      "political",     "currency",    "narrative"};

// "the Shusha Declaration", "the Minsk Agreement": a name whose last word is
// a document, plan or work names a thing, not someone.
bool NamesAThing(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kThings = {
      "declaration", "agreement", "treaty",  "accord",   "accords", "pact",     "charter", "protocol",
      "memorandum",  "convention", "corridor", "pipeline", "plan",    "doctrine", "act",     "initiative"};
  const size_t space = name.find_last_of(' ');
  std::string last(space == std::string_view::npos ? name : name.substr(space + 1));
  std::transform(last.begin(), last.end(), last.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return std::find(kThings.begin(), kThings.end(), last) != kThings.end();
}

}  // namespace

// "condemned the arrests as an attack on the Russian people", "described
// the raids as a deliberate act of violence": a noun after "as" names how
// someone judges an act, not another act.
bool IsCharacterisation(const DocIndex& ix, const Trigger& trig) {
  if (!trig.nominal) return false;
  const Phrase* ph = nullptr;
  const int32_t p = ix.PhraseOf(trig.token);
  if (p >= 0) ph = &ix.doc().phrases[static_cast<size_t>(p)];
  uint32_t begin = ph != nullptr ? ph->begin : trig.token;
  // Past an opening quote: 'condemned the arrests as an "attack on ..."'.
  while (begin > 0 && (ix.WordIs(begin - 1, "\"") || ix.WordIs(begin - 1, "\u201c") ||
                       ix.WordIs(begin - 1, "'") || ix.WordIs(begin - 1, "\u2018") ||
                       ix.WordIs(begin - 1, "``"))) {
    --begin;
  }
  // "as an attack": the article may stand outside the phrase.
  if (begin > 0 && (ix.WordIs(begin - 1, "a") || ix.WordIs(begin - 1, "an") || ix.WordIs(begin - 1, "the"))) {
    --begin;
  }
  // "as the most powerful symbol of Russian atrocities": the noun may be
  // the object of "of" after the noun that follows "as".
  if (begin >= 2 && ix.WordIs(begin - 1, "of")) {
    const Phrase* outer = PhraseAt(ix, ix.PhraseOf(begin - 2));
    if (outer != nullptr && outer->kind == PhraseKind::kNounPhrase && outer->end == begin - 1) {
      uint32_t ob = outer->begin;
      if (ob > 0 && (ix.WordIs(ob - 1, "a") || ix.WordIs(ob - 1, "an") || ix.WordIs(ob - 1, "the"))) --ob;
      if (ob > 0 && ix.WordIs(ob - 1, "as") && !(ob >= 2 && (ix.WordIs(ob - 2, "well") || ix.WordIs(ob - 2, "such")))) {
        return true;
      }
    }
  }
  if (begin == 0 || !ix.WordIs(begin - 1, "as")) return false;
  // "as well as the closure", "such as the raid": a list, not a judgement.
  return !(begin >= 2 && (ix.WordIs(begin - 2, "well") || ix.WordIs(begin - 2, "such")));
}

// Returns true iff the trigger's clause holds a proper name the actors
// stage could not code (Document::unknown_names).
bool NamesSomeone(const DocIndex& ix, const Trigger& trig) {
  const Document& doc = ix.doc();
  const int32_t c = ix.ClauseOfTrigger(trig);
  if (c < 0 || doc.unknown_names.empty()) return false;
  const Clause& cl = doc.clauses[static_cast<size_t>(c)];
  if (cl.begin >= cl.end || cl.end > doc.tokens.size()) return false;
  const Span clause{doc.tokens[cl.begin].span.begin, doc.tokens[cl.end - 1].span.end};
  auto it = std::lower_bound(doc.unknown_names.begin(), doc.unknown_names.end(), clause.begin,
                             [](const Span& s, Offset o) { return s.begin < o; });
  for (; it != doc.unknown_names.end() && it->end <= clause.end; ++it) {
    if (!NamesAThing(doc.Slice(*it))) return true;
  }
  return false;
}

bool CountsVictims(const DocIndex& ix, const Trigger& trig) {
  static constexpr std::array<std::string_view, 8> kVagueCounts = {
      "several", "many", "dozens", "scores", "hundreds", "thousands", "numerous", "multiple"};
  if (RootNumber(trig.cameo) < kFirstCoerciveRoot) return false;
  const int32_t c = ix.ClauseOfTrigger(trig);
  if (c < 0) return false;
  const Clause& cl = ix.doc().clauses[static_cast<size_t>(c)];
  // The passive subject or the object: the people the act befell.
  const Phrase* vg = trig.nominal ? nullptr : PhraseAt(ix, trig.verb);
  const int32_t patient = vg != nullptr && vg->voice == Voice::kPassive ? cl.subject : trig.object;
  const Phrase* np = PhraseAt(ix, patient);
  if (np == nullptr || np->kind != PhraseKind::kNounPhrase) return false;
  // "several individuals", "many of them".
  return ix.WordIn(np->begin, kVagueCounts) ||
         (np->begin >= 2 && ix.WordIs(np->begin - 1, "of") && ix.WordIn(np->begin - 2, kVagueCounts));
}

// A heading or subheading ("Arrests of Russian citizens and targeted
// charges"): a short line without closing punctuation. It names a topic the
// body reports; its acts are coded from the body, with their actors.
bool IsHeading(const Document& doc, int32_t sentence) {
  if (sentence < 0 || doc.sentences.size() < 2) return false;  // a heading heads a body
  const Span s = doc.sentences[static_cast<size_t>(sentence)].span;
  std::string_view text = doc.Slice(s);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  if (text.empty() || text.size() > kHeadingMaxBytes) return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
      last == ')' || text.ends_with("\u2019") || text.ends_with("\u201d") ||
      text.ends_with("\u2026")) {
    return false;
  }
  // Alone on its line: only blanks between it and the next line break.
  for (size_t i = s.end; i < doc.text.size(); ++i) {
    const char c = doc.text[i];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

bool IsFigurative(const DocIndex& ix, const Trigger& trig) {
  if (RootNumber(trig.cameo) < 18) return false;  // force: "economic aid" halted is a sanction (16)
  // The noun of force: the trigger itself, or the object a verb pattern
  // consumed ("launched a diplomatic offensive").
  const Phrase* ph = PhraseAt(ix, trig.nominal ? ix.PhraseOf(trig.token) : trig.object);
  if (ph == nullptr || ph->kind != PhraseKind::kNounPhrase) return false;
  const uint32_t head = ph->head >= 0 ? static_cast<uint32_t>(ph->head) : ph->end;
  for (uint32_t t = ph->begin; t < head && t < ph->end; ++t) {
    if (ix.WordIn(t, kFigurative)) return true;
  }
  return false;
}

bool IsAttributiveParticiple(const DocIndex& ix, const Trigger& trig) {
  if (trig.nominal || trig.verb < 0) return false;
  const Document& doc = ix.doc();
  const Phrase* vg = PhraseAt(ix, trig.verb);
  if (vg == nullptr || vg->end != vg->begin + 1 || vg->end >= doc.tokens.size()) return false;
  const uint32_t t = vg->begin;
  if (doc.tokens[t].tag != text::Id(text::Tag::VBN) || !text::IsNoun(doc.tokens[t + 1].tag)) return false;
  if (t == 0) return true;
  const auto before = doc.tokens[t - 1].tag;
  // Not after a conjunction: "has neither acknowledged responsibility nor
  // paid/VBN compensation" shares the auxiliary.
  return before == text::Id(text::Tag::DT) ||
         before == text::Id(text::Tag::IN) || before == text::Id(text::Tag::PRPS) ||
         before == text::Id(text::Tag::JJ);  // not after a comma: "X, a body of Y, investigated/VBN ..."
}

bool IsFrame(const DocIndex& ix, const Trigger& trig) {
  if (!trig.nominal || !trig.cameo.starts_with("01")) return false;
  const Phrase* ph = PhraseAt(ix, ix.PhraseOf(trig.token));
  if (ph == nullptr || ph->begin == 0) return false;
  return ix.WordIs(ph->begin - 1, "in");
}

bool IsTextsTopic(const DocIndex& ix, const Trigger& trig) {
  static constexpr std::string_view kTexts[] = {
      "post",   "article", "report", "paper",  "study",     "analysis", "commentary", "editorial",
      "book",   "document", "tweet", "column", "piece",     "blog",     "survey",     "poll",
      "essay",  "review",  "thread", "video",  "documentary"};
  const int root = RootNumber(trig.cameo);
  if (trig.nominal || trig.verb < 0 || (root != 4 && root != 1)) return false;
  const int32_t c = ix.ClauseOfTrigger(trig);
  if (c < 0) return false;
  const Phrase* subject = PhraseAt(ix, ix.doc().clauses[static_cast<size_t>(c)].subject);
  if (subject == nullptr || subject->head < 0) return false;
  const std::string lemma = ix.Lemma(static_cast<uint32_t>(subject->head));
  return std::find(std::begin(kTexts), std::end(kTexts), lemma) != std::end(kTexts);
}

bool IsInsistedFact(const DocIndex& ix, const Trigger& trig) {
  if (!trig.cameo.starts_with("10") || trig.nominal || ix.Lemma(trig.token) != "insist") return false;
  const Document& doc = ix.doc();
  const Phrase* vg = PhraseAt(ix, trig.verb);
  if (vg == nullptr) return false;
  uint32_t t = vg->end;
  if (t < doc.tokens.size() && ix.WordIs(t, "that")) ++t;
  const Phrase* next = PhraseAt(ix, ix.PhraseOf(t));
  if (next != nullptr && next->kind == PhraseKind::kNounPhrase && next->begin == t) {
    next = PhraseAt(ix, ix.PhraseOf(next->end));
  }
  if (next == nullptr || next->kind != PhraseKind::kVerbGroup || next->infinitive) return false;
  for (uint32_t k = next->begin; k < next->end; ++k) {
    const TagId tag = doc.tokens[k].tag;
    if (text::IsVerb(tag) || tag == text::Id(text::Tag::MD)) {
      return tag == text::Id(text::Tag::VBD) || tag == text::Id(text::Tag::VBZ) ||
             tag == text::Id(text::Tag::VBP) || tag == text::Id(text::Tag::MD);
    }
  }
  return false;
}

bool IsOccasion(const DocIndex& ix, const Trigger& trig) {
  if (!trig.nominal || RootNumber(trig.cameo) != 4) return false;
  const Document& doc = ix.doc();
  const Phrase* ph = PhraseAt(ix, ix.PhraseOf(trig.token));
  if (ph == nullptr || ph->begin == 0) return false;
  if (ph->end < doc.tokens.size() && (ix.WordIs(ph->end, "with") || ix.WordIs(ph->end, "between"))) {
    return false;  // someone met: "at a meeting with Aliyev"
  }
  const uint32_t before = ph->begin - 1;
  if (ix.WordIs(before, "at") || ix.WordIs(before, "to")) return true;
  return ix.WordIs(before, "of") && before > 0 &&
         (ix.WordIs(before - 1, "sidelines") || ix.WordIs(before - 1, "margins") ||
          ix.WordIs(before - 1, "sideline") || ix.WordIs(before - 1, "eve"));
}

bool IsBackgroundWar(const DocIndex& ix, const Trigger& trig) {
  static constexpr std::string_view kOnsets[] = {"outbreak", "start", "beginning", "onset",
                                                 "eruption", "launch", "escalation"};
  if (!trig.nominal || !(ix.WordIs(trig.token, "war") || ix.WordIs(trig.token, "wars"))) return false;
  const Document& doc = ix.doc();
  const Phrase* ph = PhraseAt(ix, ix.PhraseOf(trig.token));
  if (ph == nullptr) return false;
  // Its own date: inside the phrase or in a PP right after it ("the war of
  // 2008", "the war in 2020").
  uint32_t end = ph->end;
  if (end + 1 < doc.tokens.size() && (ix.WordIs(end, "of") || ix.WordIs(end, "in"))) {
    const Phrase* next = PhraseAt(ix, ix.PhraseOf(end + 1));
    if (next != nullptr) end = next->end;
  }
  const Span words{doc.tokens[ph->begin].span.begin, doc.tokens[end - 1].span.end};
  for (const TimeExpression& te : doc.times) {
    if (te.span.begin < words.end && words.begin < te.span.end && !te.start.empty()) return false;
  }
  // An onset: "the outbreak of the war".
  if (ph->begin >= 2 && ix.WordIs(ph->begin - 1, "of")) {
    const Phrase* outer = PhraseAt(ix, ix.PhraseOf(ph->begin - 2));
    if (outer != nullptr && outer->head >= 0 && ix.WordIn(static_cast<uint32_t>(outer->head), kOnsets)) {
      return false;
    }
  }
  // A setting: the object of a preposition ("due to the war", "in the
  // war", "years of war"), not the subject or object of a verb.
  return ph->begin > 0 && (doc.tokens[ph->begin - 1].tag == text::Id(text::Tag::IN) ||
                           doc.tokens[ph->begin - 1].tag == text::Id(text::Tag::TO));
}

bool IsPlannedThing(const DocIndex& ix, const Trigger& trig) {
  if (!trig.cameo.starts_with("03") || trig.verb < 0 || trig.nominal) return false;
  const Phrase* vg = PhraseAt(ix, trig.verb);
  return vg != nullptr && ReducedRelative(ix, *vg);
}

}  // namespace riposte::events::internal
