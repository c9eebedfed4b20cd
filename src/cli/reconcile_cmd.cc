// `riposte events --clustered` and `riposte disputes`: the reconcile stage
// over the store. Every current document version is loaded with its stored
// annotations (actor mentions, time expressions) and analysed again (the
// claims need tokens, phrases and clauses), every latest coding's events
// become reconcile::Mentions, and reconcile::Reconcile groups near-duplicate
// documents, clusters the mentions and finds the disputes. Filters of
// `events` apply to the clusters (a cluster's consensus dyad, date range and
// category; --doc keeps the clusters one of whose reports is in that
// document).
//
// Exit status: 0 ok; 1 nothing to list; 2 an error.
// Tested by tests/cli/reconcile.test.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "reconcile/reconcile.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

constexpr size_t kSentenceColumn = 70;
constexpr size_t kQuoteColumn = 80;

struct Input {
  std::vector<Document> docs;
  std::vector<reconcile::Mention> mentions;
  std::vector<reconcile::Claim> claims;
};

// Loads every current version and its latest events, then analyses one
// document at a time with its stored annotations to extract its claims,
// keeping only its text, metadata, sentences and time expressions (the
// tokens of a large store would not fit). Prints why and returns false on a
// store error; a document whose analysis fails is named in a warning and
// gives no claims.
bool LoadInput(const GlobalOptions& global, store::Store& db, Input* in) {
  auto rows = db.List();
  if (!rows.ok()) {
    PrintError(rows.error().ToString());
    return false;
  }
  if (Status st = text::LoadModels(); !st.ok()) {
    PrintError(st.error().ToString());
    return false;
  }
  std::map<int64_t, size_t> by_rowid;
  for (const store::DocumentRow& row : rows.value()) {
    auto got = db.Get(row.id, row.version);
    if (!got.ok()) {
      PrintError(got.error().ToString());
      return false;
    }
    by_rowid[row.rowid] = in->docs.size();
    in->docs.push_back(std::move(got.value()));
  }
  Status st = db.ForEachEvent(store::EventFilter{}, [&](store::EventRow& row) {
    auto it = by_rowid.find(row.doc_rowid);
    if (it == by_rowid.end() || !in->docs[it->second].Valid(row.event.span)) return true;
    in->mentions.push_back(reconcile::Mention{it->second, std::move(row.event)});
    return true;
  });
  if (!st.ok()) {
    PrintError(st.error().ToString());
    return false;
  }
  std::vector<std::vector<size_t>> by_doc(in->docs.size());
  for (size_t m = 0; m < in->mentions.size(); ++m) by_doc[in->mentions[m].doc].push_back(m);
  Progress progress("reconcile: reading claims", in->docs.size(), !global.quiet);
  for (const store::DocumentRow& row : rows.value()) {
    const size_t d = by_rowid[row.rowid];
    Document& doc = in->docs[d];
    // The annotation stages are English-only (pipeline.h Annotate): another
    // language's document has no actors to state a claim about.
    if (!doc.lang.empty() && doc.lang != "en") continue;
    // A document that cannot be analysed again keeps its events and gives
    // no claims of its own; the others go on.
    text::Segment(doc);
    if (Status analysed = text::Analyze(doc); !analysed.ok()) {
      if (!global.quiet) PrintWarning(row.id + ": no claims read (" + analysed.error().ToString() + ")");
      continue;
    }
    if (auto loaded = db.LoadAnnotations(row.rowid, &doc); !loaded.ok()) {
      if (!global.quiet) PrintWarning(row.id + ": no claims read (" + loaded.error().ToString() + ")");
      continue;
    }
    std::vector<reconcile::Claim> claims = reconcile::ExtractClaims(in->docs, d, in->mentions, by_doc[d]);
    in->claims.insert(in->claims.end(), std::make_move_iterator(claims.begin()),
                      std::make_move_iterator(claims.end()));
    doc.tokens = {};
    doc.phrases = {};
    doc.clauses = {};
    doc.actors = {};
    doc.unknown_names = {};
    progress.Update(d + 1, 0);
  }
  progress.Finish();
  return true;
}

bool SideMatches(const std::string& want, const std::string& code) {
  if (want.empty()) return true;
  return code.compare(0, want.size(), want) == 0;
}

// The filters of `events`, applied to a cluster's consensus.
bool Keep(const reconcile::ClusteredEvent& c, const store::EventFilter& f, const Input& in) {
  if (!SideMatches(f.source, c.source) || !SideMatches(f.target, c.target)) return false;
  if (!f.plover.empty() && c.plover != f.plover) return false;
  if (!f.from.empty() || !f.to.empty()) {
    if (c.date_start.empty()) return false;
    if (!f.from.empty() && c.date_end < f.from) return false;
    if (!f.to.empty() && c.date_start > f.to) return false;
  }
  if (!f.doc.empty()) {
    return std::any_of(c.docs.begin(), c.docs.end(), [&](size_t d) { return in.docs[d].id == f.doc; });
  }
  return true;
}

std::string Or(const std::string& s, const char* fallback) { return s.empty() ? fallback : s; }

std::string NoEventsHint(const GlobalOptions& global) {
  return "no coded events in " + global.db +
         " (ingest without --segment-only, or code the stored documents with `riposte recode`)";
}

// "1 report", "3 reports".
std::string Count(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

int RunClusteredEvents(const GlobalOptions& global, const EventsOptions& options,
                       const store::EventFilter& filter) {
  if (options.format != "table" && options.format != "jsonl") {
    PrintError("--clustered lists clusters as table or jsonl, not " + options.format);
    return kExitError;
  }
  auto opened = OpenForReading(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  Input in;
  if (!LoadInput(global, *opened.value(), &in)) return kExitError;
  if (!filter.doc.empty() &&
      std::none_of(in.docs.begin(), in.docs.end(), [&](const Document& d) { return d.id == filter.doc; })) {
    PrintError("no document '" + filter.doc + "' in " + global.db + " (list them with `riposte docs`)");
    return kExitNothing;
  }
  const reconcile::Reconciled r = reconcile::ReconcileClaims(in.docs, in.mentions, std::move(in.claims));
  size_t listed = 0;
  std::string out;
  const char* const kHeader = "DATE        REPS SRCS  SOURCE     CAMEO PLOVER        TARGET     DISPUTED  FIRST REPORT\n";
  for (const reconcile::ClusteredEvent& c : r.clusters) {
    if (!Keep(c, filter, in)) continue;
    if (options.limit && listed == options.limit) break;
    if (listed++ == 0 && options.format == "table") out += kHeader;
    if (options.format == "jsonl") {
      out += reconcile::ClusterJson(c, in.docs, in.mentions);
      out += '\n';
    } else {
      const reconcile::Mention& first = in.mentions[c.mentions.front()];
      const Document& doc = in.docs[first.doc];
      char head[160];
      std::snprintf(head, sizeof head, "%-10s  %4zu %4zu  ", Or(c.date, "-").c_str(), c.mentions.size(),
                    c.independent_sources);
      out += head;
      out += PadRight(Or(c.source, "-"), 10) + " " + PadRight(c.cameo, 5) + " " + PadRight(Or(c.plover, "-"), 13) +
             " " + PadRight(Or(c.target, "-"), 10) + " " + PadRight(c.disputed ? "yes" : "", 9) + " " + doc.id +
             ": " + Ellipsize(OneLine(doc.Slice(first.event.span)), kSentenceColumn) + "\n";
    }
    if (out.size() > (1u << 16)) {
      Print(out);
      out.clear();
      if (StdoutClosed()) return kExitOk;
    }
  }
  if (options.format == "table" && listed > 0) {
    out += "REPS = reports merged; SRCS = independent sources (near-duplicate documents count once); "
           "DISPUTED: see `riposte disputes`\n";
  }
  Print(out);
  if (!FlushStdout()) return kExitError;
  if (listed == 0) {
    if (!global.quiet) PrintWarning(in.mentions.empty() ? NoEventsHint(global) : "no clustered events match");
    return kExitNothing;
  }
  return kExitOk;
}

int RunDisputes(const GlobalOptions& global, const DisputesOptions& options) {
  auto opened = OpenForReading(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  Input in;
  if (!LoadInput(global, *opened.value(), &in)) return kExitError;
  const reconcile::Reconciled r = reconcile::ReconcileClaims(in.docs, in.mentions, std::move(in.claims));
  std::string out;
  size_t listed = 0;
  if (options.format == "json") out += "[";
  for (const reconcile::Dispute& d : r.disputes) {
    if (!options.attribute.empty() && d.attribute != options.attribute) continue;
    ++listed;
    if (options.format == "json") {
      out += listed > 1 ? ",\n" : "\n";
      out += reconcile::DisputeJson(d, r.clusters, in.docs, in.mentions);
      continue;
    }
    out += std::to_string(listed) + ". " + d.attribute + " (" + d.kind + "): " + d.topic + "\n";
    if (d.cluster) {
      const reconcile::ClusteredEvent& c = r.clusters[*d.cluster];
      out += "   event " + Or(c.date, "undated") + " " + Or(c.source, "?") + " " + c.cameo + "/" +
             Or(c.plover, "-") + " " + Or(c.target, "?") + ", " + Count(c.mentions.size(), "report") + " from " +
             Count(c.independent_sources, "independent source") + "\n";
    }
    for (const reconcile::DisputeValue& v : d.values) {
      out += "   - " + v.value;
      if (v.qualifier != "exact") out += " (" + v.qualifier + ")";
      out += ": " + Count(v.docs.size(), "document");
      if (!v.claimed_by.empty()) {
        out += ", claimed by";
        for (const std::string& who : v.claimed_by) out += " " + who;
      }
      out += "\n";
      for (const reconcile::Quote& q : v.quotes) {
        const Document& doc = in.docs[q.doc];
        out += "       " + doc.id + ": \"" + Ellipsize(OneLine(doc.Slice(q.span)), kQuoteColumn) + "\"\n";
      }
    }
  }
  if (options.format == "json") out += listed ? "\n]\n" : "]\n";
  Print(out);
  if (!FlushStdout()) return kExitError;
  if (listed == 0) {
    if (!global.quiet) PrintWarning(in.mentions.empty() ? NoEventsHint(global) : "no disputes found");
    return kExitNothing;
  }
  return kExitOk;
}

}  // namespace riposte::cli
