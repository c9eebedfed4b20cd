// `riposte docs` (list stored documents) and `riposte show DOC` (metadata and
// numbered sentences of one document). Read-only: they never migrate or write.
// Tested by tests/cli/docs*.test and tests/cli/show*.test.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "store/store.h"

namespace riposte::cli {
namespace {

constexpr size_t kTitleCols = 60;
constexpr size_t kOutletCols = 24;

// "2025-07-28" for a given date, "2025-07-28*" for a sniffed one,
// "2025-07-02~" for one inferred from the text's dated events.
std::string DateCell(const store::DocumentRow& row) {
  if (row.date.empty() && !row.date_inferred.empty()) return row.date_inferred.substr(0, 10) + "~";
  if (row.date.empty()) return row.date_hint.empty() ? "-" : "(" + row.date_hint + ")";
  // The table shows the day; `--format jsonl` and `show` give the full value.
  return row.date.substr(0, 10) + (row.date_provenance == "sniffed" ? "*" : "");
}

// "TASS" for a given outlet, "TASS*" for a sniffed one, "-" for none.
std::string OutletCell(const store::DocumentRow& row) {
  if (row.outlet.empty()) return "-";
  return row.outlet + (row.outlet_provenance == "sniffed" ? "*" : "");
}

void AppendField(std::string& out, const char* key, const std::string& value) {
  out += ",\"";
  out += key;
  out += "\":";
  AppendJsonString(out, value);
}

}  // namespace

int RunDocs(const GlobalOptions& global, const DocsOptions& options) {
  auto opened = OpenForReading(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  auto rows = opened.value()->List(options.all_versions, options.limit);
  if (!rows.ok()) {
    PrintError(rows.error().ToString());
    return kExitError;
  }
  if (options.format == "jsonl") {
    for (const auto& r : rows.value()) {
      std::string line = "{\"id\":";
      AppendJsonString(line, r.id);
      line += ",\"version\":" + std::to_string(r.version);
      line += std::string(",\"current\":") + (r.current ? "true" : "false");
      AppendField(line, "date", r.date);
      AppendField(line, "date_provenance", r.date_provenance);
      AppendField(line, "date_hint", r.date_hint);
      AppendField(line, "date_inferred", r.date_inferred);
      AppendField(line, "outlet", r.outlet);
      AppendField(line, "outlet_provenance", r.outlet_provenance);
      AppendField(line, "lang", r.lang);
      line += ",\"sentences\":" + std::to_string(r.sentences);
      AppendField(line, "title", r.title);
      AppendField(line, "title_provenance", r.title_provenance);
      AppendField(line, "url", r.url);
      AppendField(line, "hash", r.hash);
      line += "}\n";
      Print(line);
      if (StdoutClosed()) break;
    }
  } else {
    size_t id_w = 2, outlet_w = 6;
    bool any_sniffed = false, any_inferred = false;
    for (const auto& r : rows.value()) {
      std::string id = options.all_versions ? r.id + "@" + std::to_string(r.version) : r.id;
      id_w = std::max(id_w, DisplayWidth(id));
      outlet_w = std::max(outlet_w, std::min(kOutletCols, DisplayWidth(OutletCell(r))));
      any_sniffed |= r.date_provenance == "sniffed" || r.outlet_provenance == "sniffed" ||
                     r.title_provenance == "sniffed";
      any_inferred |= r.date.empty() && !r.date_inferred.empty();
    }
    std::string out = PadRight("ID", id_w) + "  " + PadRight("DATE", 12) + "  " +
                      PadRight("OUTLET", outlet_w) + "  LANG  SENT  TITLE\n";
    for (const auto& r : rows.value()) {
      std::string id = options.all_versions ? r.id + "@" + std::to_string(r.version) : r.id;
      std::string outlet = OutletCell(r);
      char sent[16];
      std::snprintf(sent, sizeof sent, "%4zu", r.sentences);
      out += PadRight(id, id_w) + "  " + PadRight(Ellipsize(DateCell(r), 12), 12) + "  " +
             PadRight(Ellipsize(outlet, outlet_w), outlet_w) + "  " +
             PadRight(r.lang.empty() ? "?" : r.lang, 4) + "  " + sent + "  " +
             Ellipsize(r.title.empty() ? "-" : r.title + (r.title_provenance == "sniffed" ? "*" : ""),
                       kTitleCols) + "\n";
    }
    if (any_sniffed) out += "* read from the article text (sniffed), not given by the source\n";
    if (any_inferred) out += "~ no date given: inferred from the dated events the text reports (riposte time DOC)\n";
    Print(out);
  }
  FlushStdout();
  return rows.value().empty() ? kExitNothing : kExitOk;
}

int RunShow(const GlobalOptions& global, const ShowOptions& options) {
  auto opened = OpenForReading(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  store::Store& db = *opened.value();
  auto row = db.GetRow(options.id, options.version);
  if (!row.ok()) {
    if (row.error().code == ErrorCode::kNotFound) {
      PrintError("no document '" + options.id + "'" +
                 (options.version ? " version " + std::to_string(options.version) : "") + " in " +
                 global.db + " (list them with `riposte docs`)");
      return kExitNothing;
    }
    PrintError(row.error().ToString());
    return kExitError;
  }
  auto doc = db.Get(options.id, options.version);
  if (!doc.ok()) {
    PrintError(doc.error().ToString());
    return kExitError;
  }
  const store::DocumentRow& r = row.value();
  const Document& d = doc.value();
  std::string out;
  if (options.format == "json") {
    out = "{\"id\":";
    AppendJsonString(out, d.id);
    out += ",\"version\":" + std::to_string(r.version);
    out += std::string(",\"current\":") + (r.current ? "true" : "false");
    AppendField(out, "hash", r.hash);
    AppendField(out, "title", d.title.value);
    AppendField(out, "title_provenance", ProvenanceName(d.title.provenance));
    AppendField(out, "url", d.url);
    AppendField(out, "date", d.date.value);
    AppendField(out, "date_provenance", ProvenanceName(d.date.provenance));
    AppendField(out, "date_evidence", d.date.evidence);
    AppendField(out, "date_hint", d.date_hint);
    AppendField(out, "outlet", d.outlet.value);
    AppendField(out, "outlet_provenance", ProvenanceName(d.outlet.provenance));
    AppendField(out, "author", d.author.value);
    AppendField(out, "dateline", d.dateline.value);
    AppendField(out, "lang", d.lang);
    AppendField(out, "format", d.format);
    AppendField(out, "source", d.source);
    AppendField(out, "text", d.text);
    out += ",\"sentences\":[";
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      const Span s = d.sentences[i].span;
      if (i) out += ",";
      out += "{\"n\":" + std::to_string(i + 1) + ",\"span\":[" + std::to_string(s.begin) + "," +
             std::to_string(s.end) + "],\"text\":";
      AppendJsonString(out, d.Slice(s));
      out += "}";
    }
    out += "]}\n";
    Print(out);
    FlushStdout();
    return kExitOk;
  }
  auto field = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    char k[16];
    std::snprintf(k, sizeof k, "%-10s", key);
    out += k + value + "\n";
  };
  auto sourced = [](const Field& f) {
    if (f.empty() || f.provenance != Provenance::kSniffed) return f.value;
    return f.value + "  (sniffed from \"" + f.evidence + "\")";
  };
  field("id", d.id);
  field("version", std::to_string(r.version) + (r.current ? " (current)" : " (superseded)") + "  hash " + r.hash);
  field("title", sourced(d.title));
  field("date", sourced(d.date));
  if (!d.date_hint.empty()) field("date hint", d.date_hint + "  (relative; no absolute date)");
  if (!d.date_inferred.empty()) {
    field("inferred", d.date_inferred.value + "  (from \"" + OneLine(d.date_inferred.evidence) + "\")");
  }
  field("outlet", sourced(d.outlet));
  field("author", sourced(d.author));
  field("dateline", sourced(d.dateline));
  field("url", d.url);
  field("lang", d.lang.empty() ? std::string("unknown") : d.lang);
  field("source", d.source + (d.format.empty() ? "" : " (" + d.format + ")"));
  field("size", HumanBytes(d.text.size()) + ", " + std::to_string(d.sentences.size()) + " sentences");
  out += "\n";
  const int width = static_cast<int>(std::to_string(d.sentences.size()).size());
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    char num[16];
    std::snprintf(num, sizeof num, "%*zu  ", width, i + 1);
    out += num;
    // Sentences may span lines (headlines, wrapped text): indent continuations.
    std::string_view s = d.Slice(d.sentences[i].span);
    for (char c : s) {
      out.push_back(c);
      if (c == '\n') out.append(width + 2, ' ');
    }
    out += "\n";
  }
  Print(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace riposte::cli
