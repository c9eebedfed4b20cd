// `riposte events`: the coded events in the store, filtered and printed in
// one of five formats. Filters map onto store::EventFilter (directed dyad,
// date overlap, PLOVER category, document); the store returns the latest
// coding of every current document version, dated events first. Machine
// formats stream (store::Store::ForEachEvent); the table reads all rows
// first to size its columns. Each event's document is loaded once (a small
// cache: listings are date-ordered across documents) so quotes are cut from
// the stored text by span, and jsonl is exactly the Event contract
// (events::EventJson).
//
// Exit status: 0 ok; 1 nothing matched or --doc names no document; 2 an
// error (bad --dyad/--from/--to/--plover, store errors).
// Tested by tests/cli/events.test.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/event_formats.h"
#include "cli/event_records.h"
#include "cli/output.h"
#include "events/events.h"
#include "store/store.h"

namespace riposte::cli {
namespace {

constexpr size_t kMaxDocColumn = 28;
constexpr size_t kCachedDocuments = 64;
constexpr size_t kFlushBytes = 1u << 16;  // output is written in chunks of about this size

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

// One side of a dyad: "*" or "" (any), else at least 3 letters.
bool ParseSide(std::string_view side, std::string* out) {
  if (side == "*") return true;
  if (side.size() < 3) return false;
  for (char ch : side) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
  }
  *out = Upper(side);
  return true;
}

bool ParseDyad(const std::string& dyad, store::EventFilter* filter) {
  const size_t dash = dyad.find('-');
  if (dash == std::string::npos || dyad.find('-', dash + 1) != std::string::npos) return false;
  return ParseSide(std::string_view(dyad).substr(0, dash), &filter->source) &&
         ParseSide(std::string_view(dyad).substr(dash + 1), &filter->target);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// YYYY, YYYY-MM or YYYY-MM-DD -> its first (or, with `last`, last) day.
// Returns "" when `s` is not such a date.
std::string DayOf(const std::string& s, bool last) {
  auto digits = [&](size_t at, size_t n) {
    if (s.size() < at + n) return -1;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const int year = digits(0, 4);
  if (year < 0 || (s.size() != 4 && s.size() != 7 && s.size() != 10)) return "";
  if (s.size() > 4 && s[4] != '-') return "";
  if (s.size() > 7 && s[7] != '-') return "";
  const int month = s.size() >= 7 ? digits(5, 2) : (last ? 12 : 1);
  if (month < 1 || month > 12) return "";
  const int max_day = DaysInMonth(year, month);
  const int day = s.size() == 10 ? digits(8, 2) : (last ? max_day : 1);
  if (day < 1 || day > max_day) return "";
  char buf[40];  // room for any int, so the compiler sees no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Fills *filter from the options; prints why and returns false when a value
// is malformed.
bool BuildFilter(const EventsOptions& options, store::EventFilter* filter) {
  if (!options.dyad.empty() && !ParseDyad(options.dyad, filter)) {
    PrintError("--dyad '" + options.dyad +
               "' is not SOURCE-TARGET: two actor codes joined by '-', each a country (AZE), a code "
               "prefix (AZEGOV, IGOUNO) or * for any; e.g. --dyad AZE-RUS");
    return false;
  }
  for (auto [flag, value, last, out] : {std::tuple{"--from", &options.from, false, &filter->from},
                                        std::tuple{"--to", &options.to, true, &filter->to}}) {
    if (value->empty()) continue;
    *out = DayOf(*value, last);
    if (out->empty()) {
      PrintError(std::string(flag) + " '" + *value +
                 "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-06-27)");
      return false;
    }
  }
  if (!filter->from.empty() && !filter->to.empty() && filter->from > filter->to) {
    PrintError("--from " + options.from + " is after --to " + options.to);
    return false;
  }
  if (!options.plover.empty()) {
    filter->plover = Upper(options.plover);
    const auto& categories = events::PloverCategories();
    if (std::find(categories.begin(), categories.end(), filter->plover) == categories.end()) {
      std::string known;
      for (std::string_view c : categories) known += (known.empty() ? "" : ", ") + std::string(c);
      PrintError("--plover '" + options.plover + "' is not a PLOVER category (" + known + ")");
      return false;
    }
  }
  filter->doc = options.doc;
  filter->limit = options.limit;
  return true;
}

// The document versions listed events come from, loaded on first use.
class DocumentCache {
 public:
  explicit DocumentCache(store::Store& db) : db_(db) {}
  Result<const Document*> Get(const store::EventRow& row) {
    if (auto it = docs_.find(row.doc_rowid); it != docs_.end()) return &it->second;
    if (docs_.size() >= kCachedDocuments) docs_.clear();
    auto got = db_.Get(row.doc, row.doc_version);
    if (!got.ok()) return got.error();
    return &(docs_[row.doc_rowid] = std::move(got.value()));
  }

 private:
  store::Store& db_;
  std::map<int64_t, Document> docs_;
};

}  // namespace

int RunEvents(const GlobalOptions& global, const EventsOptions& options) {
  store::EventFilter filter;
  if (!BuildFilter(options, &filter)) return kExitError;
  if (options.clustered) return RunClusteredEvents(global, options, filter);
  auto opened = OpenForReading(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  store::Store& db = *opened.value();
  if (!options.doc.empty()) {
    auto row = db.GetRow(options.doc);
    if (!row.ok()) return ReportMissingDocument(global, options.doc, row.error());
  }
  std::unique_ptr<events::CameoTable> cameo;
  if (options.format == "plover") {
    auto loaded = events::CameoTable::Load(riposte::DataDir());
    if (!loaded.ok()) {
      PrintError(loaded.error().ToString());
      return kExitError;
    }
    cameo = std::make_unique<events::CameoTable>(std::move(loaded.value()));
  }
  // The table sizes its document column from all rows, so it reads them
  // first; the other formats stream.
  const std::string& format = options.format;
  std::vector<store::EventRow> table_rows;
  size_t doc_width = 3, listed = 0;
  if (format == "table") {
    auto rows = db.ListEvents(filter);
    if (!rows.ok()) {
      PrintError(rows.error().ToString());
      return kExitError;
    }
    table_rows = std::move(rows.value());
    for (const store::EventRow& row : table_rows) {
      doc_width = std::max(doc_width, std::min(DisplayWidth(row.doc), kMaxDocColumn));
    }
  }
  DocumentCache docs(db);
  std::string out;
  Status failed = OkStatus();
  auto print = [&](store::EventRow& row) {
    auto doc = docs.Get(row);
    if (!doc.ok()) {
      failed = doc.error();
      return false;
    }
    const events::Event event = FromStored(row);
    if (!SpansWithin(event, *doc.value())) {
      failed = MakeError(ErrorCode::kStore,
                         "a stored event lies outside the text; run `riposte recode --doc " +
                             row.doc + "`",
                         row.doc);
      return false;
    }
    if (listed++ == 0) {
      if (format == "table") out += EventTableHeader(doc_width);
      if (format == "csv") out += EventCsvHeader();
    }
    const EventView view{event, *doc.value(), row};
    if (format == "jsonl") out += events::EventJson(event, *doc.value()) + "\n";
    else if (format == "csv") out += EventCsvRow(view);
    else if (format == "tsv") out += EventGdeltRow(view);
    else if (format == "plover") out += EventPloverJson(view, *cameo);
    else out += EventTableRow(view, doc_width);
    if (out.size() > kFlushBytes) {
      Print(out);
      out.clear();
    }
    return !StdoutClosed();
  };
  if (format == "table") {
    for (store::EventRow& row : table_rows) {
      if (!print(row)) break;
    }
  } else if (Status st = db.ForEachEvent(filter, print); !st.ok()) {
    failed = st;
  }
  if (!failed.ok()) {
    PrintError(failed.error().ToString());
    return kExitError;
  }
  if (listed == 0) {
    if (!global.quiet) {
      std::fprintf(stderr, "riposte: no events in %s%s\n", global.db.c_str(),
                   options.dyad.empty() && options.from.empty() && options.to.empty() &&
                           options.plover.empty() && options.doc.empty()
                       ? " (documents are coded by `riposte ingest`; `riposte recode` codes "
                         "documents stored before)"
                       : " match");
    }
    return kExitNothing;
  }
  if (format == "table") out += EventTableLegend();
  Print(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace riposte::cli
