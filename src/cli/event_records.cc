// Loading the events stage's tables, and the field-for-field conversions
// between events::Event and store::StoredEvent. The stored copy drops what
// the store does not keep (texts, which are cut from the document by span
// when shown, and the trigger token) and adds the actors' country codes, on
// which the store's dyad index is built.
// Tested by tests/cli/{events,recode,ingest_annotate}.test.
#include "cli/event_records.h"

#include "cli/output.h"
#include "reconcile/reconcile.h"

namespace riposte::cli {
namespace {

std::optional<events::EventActor> FromStoredActor(const std::optional<store::StoredActor>& a) {
  if (!a) return std::nullopt;
  events::EventActor actor;
  actor.code = a->code;
  actor.span = a->span;
  actor.implicit = a->implicit;
  return actor;
}

}  // namespace

std::unique_ptr<EventCoder> EventCoder::Load(const GlobalOptions& global,
                                             const actors::Lexicon& lexicon) {
  auto cameo = events::CameoTable::Load(riposte::DataDir());
  if (!cameo.ok()) {
    PrintError(cameo.error().ToString());
    return nullptr;
  }
  auto patterns = events::Patterns::Load(riposte::DataDir());
  if (!patterns.ok()) {
    PrintError(patterns.error().ToString());
    return nullptr;
  }
  if (!global.quiet) {
    for (const Error& e : cameo.value().rejected()) PrintWarning(e.ToString());
    for (const Error& e : patterns.value().rejected()) PrintWarning(e.ToString());
  }
  std::unique_ptr<EventCoder> loaded(
      new EventCoder(std::move(cameo.value()), std::move(patterns.value())));
  loaded->coder_ = std::make_unique<events::Coder>(loaded->patterns_, loaded->cameo_, lexicon);
  return loaded;
}

store::EventSet EventCoder::Code(const Document& doc) const {
  store::EventSet set;
  set.coder_version = events::CoderVersion();
  set.lexicon_version = coder_->lexicon_version();
  for (events::Event& e : coder_->Code(doc, ContentHash(doc.text))) {
    set.events.push_back(ToStored(std::move(e)));
  }
  return set;
}

// The reconcile stage reads the coder's events the same way (a Mention is
// the stored copy and its document): one conversion for both.
store::StoredEvent ToStored(const events::Event& e) { return reconcile::MentionOf(e, 0).event; }

store::StoredEvent ToStored(events::Event&& e) { return reconcile::MentionOf(std::move(e), 0).event; }

bool SpansWithin(const events::Event& e, const Document& doc) {
  bool ok = doc.Valid(e.span);
  for (const auto* a : {&e.source, &e.target}) ok = ok && (!*a || doc.Valid((*a)->span));
  if (e.attributed_to) ok = ok && doc.Valid(e.attributed_to->span);
  for (const events::Quantity& q : e.quantities) ok = ok && doc.Valid(q.span);
  return ok;
}

events::Mode ParseMode(std::string_view name) {
  for (events::Mode m : {events::Mode::kAsserted, events::Mode::kNegated, events::Mode::kThreatened,
                         events::Mode::kDemanded, events::Mode::kHypothetical}) {
    if (name == events::ModeName(m)) return m;
  }
  return events::Mode::kAsserted;
}

events::Event FromStored(const store::EventRow& row) {
  const store::StoredEvent& s = row.event;
  events::Event e;
  e.id = s.id;
  e.doc = row.doc;
  e.version = row.version;
  e.sentence = s.sentence;
  e.span = s.span;
  e.date = s.date;
  e.date_start = s.date_start;
  e.date_end = s.date_end;
  e.date_precision = s.date_precision;
  e.source = FromStoredActor(s.source);
  e.target = FromStoredActor(s.target);
  if (s.attributed_to) e.attributed_to = events::Attribution{s.attributed_to->code, s.attributed_to->span};
  e.cameo = s.cameo;
  e.plover = s.plover;
  e.goldstein = s.goldstein;
  e.mode = ParseMode(s.mode);
  for (const store::StoredQuantity& q : s.quantities) {
    e.quantities.push_back(events::Quantity{q.attribute, q.value, q.qualifier, q.span});
  }
  if (s.location) {
    e.location = events::Location{s.location->text, s.location->country, s.location->span,
                                  s.location->lat, s.location->lon};
  }
  e.rule = s.rule;
  e.confidence = s.confidence;
  e.coder_version = row.coder_version;
  e.lexicon_version = row.lexicon_version;
  return e;
}

}  // namespace riposte::cli
