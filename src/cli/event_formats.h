// INTERNAL to the cli: the output formats of `riposte events` other than the
// Event contract's JSONL (events::EventJson): a dated table for reading, CSV
// with a header, the GDELT 2.0 event table's 61 tab-separated columns, and
// PLOVER-style JSON objects. Each row function returns one line with its
// newline.
#pragma once

#include <string>
#include <string_view>

#include "core/core.h"
#include "events/events.h"
#include "store/store.h"

namespace riposte::cli {

// One listed event: the record, the document version it was coded from
// (its text gives the quotes) and the store's row (url, outlet, run).
struct EventView {
  const events::Event& event;
  const Document& doc;
  const store::EventRow& row;
};

// Table: DATE DOC SOURCE CAMEO PLOVER TARGET MODE EVIDENCE; `doc_width`
// columns for the document id (longer ids are shortened with "…").
std::string EventTableHeader(size_t doc_width);
std::string EventTableRow(const EventView& v, size_t doc_width);
std::string EventTableLegend();

// CSV (RFC 4180), one column per contract field, texts included.
std::string EventCsvHeader();
std::string EventCsvRow(const EventView& v);

// GDELT 2.0 event table row (no header, as GDELT's files): the columns that
// apply are filled (see the help of `riposte events`), the others empty.
std::string EventGdeltRow(const EventView& v);
// GDELT QuadClass of a CAMEO code: 1 verbal cooperation (01-05), 2 material
// cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict
// (15-20); 0 for a malformed code.
int QuadClass(std::string_view cameo);

// One PLOVER-style JSON object (the field names of PLOVER's gold-standard
// records): id, date, event, mode, context, modality, source, target,
// eventLoc, dead, injured, text, language, publication, storyId, url,
// coder, dateCoded. `cameo` gives the PLOVER mode and context.
std::string EventPloverJson(const EventView& v, const events::CameoTable& cameo);

}  // namespace riposte::cli
