// INTERNAL to the cli: the events stage's tables and coder as one loadable
// unit, and the conversions between events::Event (the coder's record) and
// store::StoredEvent (the store's copy, which keeps the store independent of
// the events library). Shared by code, ingest, events and recode.
#pragma once

#include <memory>
#include <string>

#include "actors/actors.h"
#include "cli/commands.h"
#include "core/core.h"
#include "events/events.h"
#include "store/store.h"

namespace riposte::cli {

// The CAMEO table, the pattern lexicon and a Coder over them and `lexicon`.
// Not copyable or movable: the coder refers to the tables it holds.
class EventCoder {
 public:
  // Loads data/cameo and data/events, reporting rejected lines on stderr
  // unless quiet. Returns nullptr after printing the error when a table
  // cannot be loaded. REQUIRES: `lexicon` outlives the EventCoder.
  static std::unique_ptr<EventCoder> Load(const GlobalOptions& global,
                                          const actors::Lexicon& lexicon);
  EventCoder(const EventCoder&) = delete;
  EventCoder& operator=(const EventCoder&) = delete;

  const events::CameoTable& cameo() const { return cameo_; }
  const events::Coder& coder() const { return *coder_; }

  // Codes an annotated document (pipeline.h Annotate) as the version of its
  // text and converts the events for the store.
  store::EventSet Code(const Document& doc) const;

 private:
  EventCoder(events::CameoTable cameo, events::Patterns patterns)
      : cameo_(std::move(cameo)), patterns_(std::move(patterns)) {}
  events::CameoTable cameo_;
  events::Patterns patterns_;
  std::unique_ptr<events::Coder> coder_;
};

// The store's copy of `e` (country codes from the actor codes).
store::StoredEvent ToStored(const events::Event& e);
// The same, moving the strings out of `e`.
store::StoredEvent ToStored(events::Event&& e);

// The Event a listed row holds, with its doc, version, coder and lexicon
// versions, ready for events::EventJson with the version's Document.
events::Event FromStored(const store::EventRow& row);

// Returns true iff every span of `e` lies within doc.text (EventJson's
// requirement; a stored event of a version always does).
bool SpansWithin(const events::Event& e, const Document& doc);

// Parses a mode name ("negated"); kAsserted for anything unknown.
events::Mode ParseMode(std::string_view name);

}  // namespace riposte::cli
