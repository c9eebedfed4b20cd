// Coder: runs the pattern matcher, hands the hits to the assembler
// (internal/assemble.cc) and fills the CAMEO-derived fields (PLOVER
// category, Goldstein weight) from the CAMEO table, falling back to the
// nearest ancestor code the table knows; then drops an event that a twin on
// the same sentence, code and mode says more about (a coded target or
// source the other lacks).
//
// The lexicon version is ContentHash over a canonical dump of what the
// coder reads from the tables: every pattern's rule, code and mode codes,
// every CAMEO code with its PLOVER category and weight, and every actor
// entry's text, code and term. Same data -> same version on every shard.
//
// Tested by coder_test.cc.
#include "events/events.h"

#include <cstdio>

#include "events/internal/coder_internal.h"

namespace riposte::events {

namespace {
constexpr size_t kLexiconVersionLength = 16;

bool HasCode(const std::optional<EventActor>& a) { return a && !a->code.empty(); }

// Two triggers of one act in a sentence ("cancelled a planned visit": the
// verb and the noun) can both fire with the same code and source, one
// finding the target and one not. The one without a coded target says
// nothing the other does not: drop it. Likewise an event without a coded
// source when a twin has one.
void DropPartialDuplicates(std::vector<Event>& events) {
  std::vector<bool> drop(events.size(), false);
  for (size_t i = 0; i < events.size(); ++i) {
    for (size_t j = 0; j < events.size() && !drop[i]; ++j) {
      if (i == j || drop[j]) continue;
      const Event& a = events[i];
      const Event& b = events[j];
      if (a.sentence != b.sentence || a.cameo != b.cameo || a.mode != b.mode) continue;
      const bool same_source = (HasCode(a.source) ? a.source->code : "") == (HasCode(b.source) ? b.source->code : "");
      const bool same_target = (HasCode(a.target) ? a.target->code : "") == (HasCode(b.target) ? b.target->code : "");
      if ((same_source && !HasCode(a.target) && HasCode(b.target)) ||
          (same_target && !HasCode(a.source) && HasCode(b.source))) {
        drop[i] = true;
      }
    }
  }
  size_t out = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    if (drop[i]) continue;
    if (out != i) events[out] = std::move(events[i]);  // never self-move
    ++out;
  }
  events.resize(out);
}
}  // namespace

namespace internal {

void MoveHit(PatternHit&& hit, Trigger& t) {
  t.clause = hit.clause;
  t.verb = hit.verb;
  t.token = hit.trigger;
  t.span = hit.span;
  t.cameo = std::move(hit.cameo);
  t.rule = std::move(hit.rule);
  t.object = hit.object;
  t.nominal = hit.nominal;
  t.low = hit.low;
  t.judge = hit.judge;
  t.victim = hit.victim;
  t.modes = std::move(hit.modes);
}

Trigger FromHit(PatternHit&& hit) {
  Trigger t;
  MoveHit(std::move(hit), t);
  return t;
}

}  // namespace internal

const char* CoderVersion() { return RIPOSTE_VERSION "/coder.1"; }

Coder::Coder(const Patterns& patterns, const CameoTable& cameo, const actors::Lexicon& lexicon)
    : patterns_(patterns), cameo_(cameo), lexicon_(lexicon) {
  std::string canon;
  for (const Pattern& p : patterns.patterns()) {
    canon += p.rule + '\t' + p.cameo + '\t' + p.modes.appeal + p.modes.intent + p.modes.demand +
             p.modes.refuse + p.modes.threat + p.modes.negated + '\n';
  }
  char weight[32];
  for (const CameoCode& c : cameo.codes()) {
    std::snprintf(weight, sizeof weight, "%.3f", c.goldstein);
    canon += c.code + '\t' + c.plover + '\t' + weight + '\n';
  }
  for (const actors::Entry& e : lexicon.entries()) {
    canon += e.text + '\t' + e.code + '\t' + e.from + '\t' + e.to + '\n';
  }
  lexicon_version_ = ContentHash(canon).substr(0, kLexiconVersionLength);
}

namespace {

// The events of `triggers`, with their CAMEO-derived fields (Code and
// CodeHits).
std::vector<Event> CodeTriggers(const Document& doc, std::string_view version,
                                const std::vector<internal::Trigger>& triggers,
                                const CameoTable& cameo, const actors::Lexicon& lexicon,
                                const std::string& lexicon_version) {
  internal::AssembleOptions options{CoderVersion(), lexicon_version};
  std::vector<Event> events = internal::Assemble(doc, version, triggers, lexicon, options);
  for (Event& e : events) {
    if (const CameoCode* c = cameo.FindOrParent(e.cameo)) {
      e.plover = c->plover;
      e.goldstein = c->goldstein;
    }
  }
  DropPartialDuplicates(events);
  return events;
}

}  // namespace

std::vector<Event> Coder::Code(const Document& doc, std::string_view version) const {
  std::vector<PatternHit> hits;
  patterns_.Match(doc, hits);
  // The hits are ours: their strings move into the triggers, not copied.
  std::vector<internal::Trigger> triggers;
  triggers.reserve(hits.size());
  for (PatternHit& h : hits) internal::MoveHit(std::move(h), triggers.emplace_back());  // in place
  return CodeTriggers(doc, version, triggers, cameo_, lexicon_, lexicon_version_);
}

std::vector<Event> Coder::CodeHits(const Document& doc, std::string_view version,
                                   const std::vector<PatternHit>& hits) const {
  std::vector<internal::Trigger> triggers;
  triggers.reserve(hits.size());
  for (const PatternHit& h : hits) triggers.push_back(internal::FromHit(PatternHit(h)));
  return CodeTriggers(doc, version, triggers, cameo_, lexicon_, lexicon_version_);
}

}  // namespace riposte::events
