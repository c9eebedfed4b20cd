// `riposte time`: the time stage made visible. For a stored document (or
// --text) it segments, analyses (text::Analyze) and annotates times
// (temporal::Annotate: recognition against the document date, or --date;
// when there is none, date inference and recognition against the inferred
// date), then prints every time expression: span, text, value, granularity,
// interval (start..end), anchor ("absolute", "document", or
// "previous:[b,e)" naming the reference it counts from), modifier and rule;
// or one JSON object an expression with --format jsonl. The text header
// names the date used: given, sniffed ("*"), inferred (with its evidence),
// or "-" when there is none.
//
// Exit status: 0 ok (also when no expression is found); 1 a stored document
// is not found; 2 an error (bad flags, store errors). Tested by
// tests/cli/time.test.
#include <cctype>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "time/time.h"

namespace riposte::cli {
namespace {

// Widest text column in the readable listing; longer texts push the row.
constexpr size_t kMaxTextColumn = 30;

std::string SpanText(Span s) {
  std::string out = "[";  // built by appends: gcc 12 -Wrestrict misfires on "[" + std::string
  out += std::to_string(s.begin);
  out += ',';
  out += std::to_string(s.end);
  out += ')';
  return out;
}

// "absolute", "document", or "previous:[120,135)".
std::string Anchor(const Document& doc, const TimeExpression& t) {
  if (t.anchor == TimeAnchor::kPrevious && t.previous >= 0 &&
      static_cast<size_t>(t.previous) < doc.times.size()) {
    return "previous:" + SpanText(doc.times[t.previous].span);
  }
  return temporal::AnchorName(t.anchor);
}

// The header's account of the date the expressions were read against.
std::string DateUsed(const Document& doc) {
  if (!doc.date.empty()) {
    return doc.date.value + (doc.date.provenance == Provenance::kSniffed ? "*" : "");
  }
  if (!doc.date_inferred.empty()) {
    return "- (inferred " + doc.date_inferred.value + " from \"" + OneLine(doc.date_inferred.evidence) + "\")";
  }
  return "-";
}

std::string Readable(const Document& doc) {
  std::string out = doc.id + "  date " + DateUsed(doc) + "  " + std::to_string(doc.times.size()) +
                    (doc.times.size() == 1 ? " expression\n" : " expressions\n");
  size_t span_w = 0, text_w = 0, value_w = 1, gran_w = 0, interval_w = 0, anchor_w = 0, mod_w = 1;
  struct Row {
    std::string span, text, value, granularity, interval, anchor, mod;
  };
  std::vector<Row> rows;
  for (const TimeExpression& t : doc.times) {
    Row r;
    r.span = SpanText(t.span);
    r.text = OneLine(doc.Slice(t.span));
    r.value = t.value.empty() ? "-" : t.value;
    r.granularity = temporal::GranularityName(t.granularity);
    r.interval = t.start.empty() ? "-" : t.start + ".." + t.end;
    r.anchor = Anchor(doc, t);
    r.mod = t.mod.empty() ? "-" : t.mod;
    span_w = std::max(span_w, r.span.size());
    text_w = std::max(text_w, std::min(DisplayWidth(r.text), kMaxTextColumn));
    value_w = std::max(value_w, r.value.size());
    gran_w = std::max(gran_w, r.granularity.size());
    interval_w = std::max(interval_w, r.interval.size());
    anchor_w = std::max(anchor_w, r.anchor.size());
    mod_w = std::max(mod_w, r.mod.size());
    rows.push_back(std::move(r));
  }
  const size_t num_w = std::to_string(doc.times.size()).size();
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    const std::string num = std::to_string(i + 1);
    out += std::string(num_w - num.size() + 2, ' ') + num + "  " + PadRight(r.span, span_w) + "  " +
           PadRight(r.text, text_w) + "  " + PadRight(r.value, value_w) + "  " + PadRight(r.granularity, gran_w) +
           "  " + PadRight(r.interval, interval_w) + "  " + PadRight(r.anchor, anchor_w) + "  " +
           PadRight(r.mod, mod_w) + "  " + (doc.times[i].rule.empty() ? "-" : doc.times[i].rule) + "\n";
  }
  return out;
}

// A JSON string, or null when `s` is empty.
void AppendStringOrNull(std::string& out, std::string_view s) {
  if (s.empty()) {
    out += "null";
  } else {
    AppendJsonString(out, s);
  }
}

std::string Jsonl(const Document& doc) {
  std::string out;
  for (const TimeExpression& t : doc.times) {
    out += "{\"doc\":";
    AppendJsonString(out, doc.id);
    out += ",\"span\":[" + std::to_string(t.span.begin) + "," + std::to_string(t.span.end) + "],\"text\":";
    AppendJsonString(out, doc.Slice(t.span));
    out += ",\"value\":";
    AppendStringOrNull(out, t.value);
    out += ",\"granularity\":";
    AppendJsonString(out, temporal::GranularityName(t.granularity));
    out += ",\"start\":";
    AppendStringOrNull(out, t.start);
    out += ",\"end\":";
    AppendStringOrNull(out, t.end);
    out += ",\"anchor\":";
    AppendJsonString(out, Anchor(doc, t));
    out += ",\"mod\":";
    AppendJsonString(out, t.mod);
    out += ",\"rule\":";
    AppendJsonString(out, t.rule);
    out += "}\n";
  }
  return out;
}

}  // namespace

int RunTime(const GlobalOptions& global, const TimeOptions& options) {
  if (options.id.empty() == options.text.empty()) {
    PrintError("give a document id or --text \"...\" (one of them)");
    return kExitError;
  }
  if (!options.date.empty() && !LooksLikeIsoDate(options.date)) {
    PrintError("--date '" + options.date + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return kExitError;
  }
  Document doc;
  if (int status = LoadAnalyzedDocument(global, options.id, options.text, &doc); status != kExitOk) {
    return status;
  }
  if (!options.date.empty()) doc.date.Set(options.date, Provenance::kGiven);
  temporal::Annotate(doc);
  Print(options.format == "jsonl" ? Jsonl(doc) : Readable(doc));
  FlushStdout();
  return kExitOk;
}

}  // namespace riposte::cli
