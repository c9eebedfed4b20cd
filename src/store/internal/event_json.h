// INTERNAL to the store stage: use store/store.h instead.
//
// The JSON form of a run's events (schema v4): event_runs.data holds one
// array per run, one element per event in the coder's order, each element an
// array of the events view's columns in this order:
//
//    0 id             9 source_country  18 goldstein          27 location_end
//    1 sentence      10 source_begin    19 mode               28 location_lat
//    2 span_begin    11 source_end      20 attributed_code    29 location_lon
//    3 span_end      12 target_code     21 attributed_begin   30 rule_id
//    4 date          13 target_country  22 attributed_end     31 confidence
//    5 date_start    14 target_begin    23 quantities         32 source_implicit
//    6 date_end      15 target_end      24 location_text      33 target_implicit
//    7 date_precision 16 cameo          25 location_country
//    8 source_code   17 plover          26 location_begin
//
// Absent values (no source, no date, no confidence...) are JSON null, which
// the view reads as SQL NULL, as v3's columns held. `quantities` is a nested
// array of {"attribute","value","qualifier","span":[b,e]} objects. Numbers
// are written in shortest round-trip form (std::to_chars), so a double reads
// back as the same double.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace riposte::store::internal {

// Appends `e` as one element (an array, see above) to `out`, with its rule
// text already interned as `rule_id`.
void AppendEventJson(std::string& out, const StoredEvent& e, int64_t rule_id);

// Reads one element back into *e (all but `rule` and `quantities`, which the
// caller reads from `rules` and from *quantities_json, the nested array's
// text) exactly as the events view's columns would give it: null reads as ""
// or 0 where v3 read NULL so. Readers parse each element once here rather
// than having SQLite parse it once per column (3x faster listings).
// Returns false when `element` is not an array of 34 such values.
bool ParseEventJson(std::string_view element, StoredEvent* e, std::string* quantities_json);

}  // namespace riposte::store::internal
