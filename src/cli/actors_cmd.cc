// `riposte actors`: the actors stage made visible. For a stored document (or
// --text) it segments, analyses (text::Analyze), loads our lexicon
// (actors::Lexicon::Load over riposte::DataDir()) plus each --actors
// PETRARCH/TABARI dictionary, runs actors::Recognizer as of the document's
// date (or --date) and prints every mention: span, text, code ("?" when
// unresolved) and why (the rule, "→ mention K" for coreference), or one JSON
// object a mention with --format jsonl.
//
// `riposte actors --unresolved` lists the texts of the stored mentions of
// current documents that got no code (written by ingest; documents ingested
// with --segment-only are analysed on the spot), most frequent first (ties by
// text), with one example document each: the list a lexicon maintainer works
// from. Only names are listed (Document::unknown_names, proper names in actor
// positions): "police" or "he" without a code are context or coreference
// misses, not lexicon gaps.
//
// Exit status: 0 ok; 1 a stored document is not found, or --unresolved found
// nothing; 2 an error (bad flags, unreadable --actors file, store errors).
// Tested by tests/cli/actors.test.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/output.h"
#include "cli/pipeline.h"
#include "store/store.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

// Widest text column in the readable listing; longer texts push the row.
constexpr size_t kMaxTextColumn = 36;
// Why a mention got its code, for the readable listing.
std::string Why(const ActorMention& m) {
  std::string why = m.rule;
  if (m.antecedent >= 0) {
    why += (why.empty() ? "" : "; ") + std::string("→ mention ") + std::to_string(m.antecedent + 1);
  }
  if (m.ethnic) why += (why.empty() ? "" : "; ") + std::string("ethnic");
  return why.empty() ? "-" : why;
}

std::string Readable(const Document& doc, std::string_view date) {
  std::string out = doc.id + "  date " + (date.empty() ? "-" : std::string(date)) + "  " +
                    std::to_string(doc.actors.size()) +
                    (doc.actors.size() == 1 ? " mention\n" : " mentions\n");
  size_t text_w = 0, span_w = 0, code_w = 1;
  std::vector<std::string> spans, texts;
  for (const ActorMention& m : doc.actors) {
    std::string span = "[";
    span += std::to_string(m.span.begin);
    span += ',';
    span += std::to_string(m.span.end);
    span += ')';
    spans.push_back(std::move(span));
    texts.push_back(OneLine(doc.Slice(m.span)));
    span_w = std::max(span_w, spans.back().size());
    text_w = std::max(text_w, std::min(DisplayWidth(texts.back()), kMaxTextColumn));
    code_w = std::max(code_w, m.code.size());
  }
  const size_t num_w = std::to_string(doc.actors.size()).size();
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& m = doc.actors[i];
    std::string num = std::to_string(i + 1);
    out += std::string(num_w - num.size() + 2, ' ') + num + "  " + PadRight(spans[i], span_w) + "  " +
           PadRight(texts[i], text_w) + "  " + PadRight(m.code.empty() ? "?" : m.code, code_w) + "  " +
           Why(m) + "\n";
  }
  return out;
}

std::string Jsonl(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const ActorMention& m = doc.actors[i];
    out += "{\"doc\":";
    AppendJsonString(out, doc.id);
    out += ",\"mention\":" + std::to_string(i + 1) + ",\"span\":[" + std::to_string(m.span.begin) + "," +
           std::to_string(m.span.end) + "],\"text\":";
    AppendJsonString(out, doc.Slice(m.span));
    out += ",\"code\":";
    AppendJsonString(out, m.code);
    out += ",\"country\":";
    AppendJsonString(out, actors::CodeCountry(m.code));
    out += ",\"sector\":";
    AppendJsonString(out, actors::CodeSector(m.code));
    out += ",\"rule\":";
    AppendJsonString(out, m.rule);
    out += ",\"antecedent\":" + (m.antecedent >= 0 ? std::to_string(m.antecedent + 1) : std::string("null"));
    out += ",\"ethnic\":" + std::string(m.ethnic ? "true" : "false") + "}\n";
  }
  return out;
}

struct UnresolvedCount {
  size_t count = 0;
  std::string example;  // the first document it was seen in
};

// Counts the stored unresolved mentions of annotated versions, and analyses
// the versions ingested with --segment-only now.
int RunUnresolved(const GlobalOptions& global, const ActorsOptions& options,
                  const actors::Recognizer& recognizer) {
  auto opened = OpenForReading(global.db);
  if (!opened.ok()) {
    PrintError(opened.error().ToString());
    return kExitError;
  }
  store::Store& db = *opened.value();
  auto stored = db.UnknownNames();
  auto rows = db.ListUnannotated();
  auto total = db.Count();
  const Error* failed = !stored.ok() ? &stored.error()
                       : !rows.ok()   ? &rows.error()
                       : !total.ok()  ? &total.error()
                                      : nullptr;
  if (failed != nullptr) {
    PrintError(failed->ToString());
    return kExitError;
  }
  std::map<std::string, UnresolvedCount> counts;
  for (const store::NameCount& n : stored.value()) {
    UnresolvedCount& c = counts[OneLine(n.text)];
    if (c.count == 0) c.example = n.example;
    c.count += static_cast<size_t>(n.count);
  }
  Progress progress("actors", rows.value().size(), !global.quiet && !rows.value().empty());
  size_t done = 0, bytes = 0;
  for (const store::DocumentRow& row : rows.value()) {
    auto got = db.Get(row.id, row.version);
    if (!got.ok()) {
      PrintError(got.error().ToString());
      return kExitError;
    }
    Document doc = std::move(got.value());
    text::Segment(doc);
    if (Status st = text::Analyze(doc); !st.ok()) {
      PrintError(st.error().ToString());
      return kExitError;
    }
    recognizer.Recognize(doc, options.date);
    for (Span span : doc.unknown_names) {
      UnresolvedCount& c = counts[OneLine(doc.Slice(span))];
      if (c.count++ == 0) c.example = doc.id;
    }
    bytes += doc.text.size();
    progress.Update(++done, bytes);
  }
  progress.Finish();
  const auto documents = static_cast<size_t>(total.value().documents);
  if (counts.empty()) {
    if (!global.quiet) {
      std::fprintf(stderr, "riposte: no unknown names in actor positions in %zu documents of %s\n",
                   documents, global.db.c_str());
    }
    return kExitNothing;
  }
  std::vector<std::pair<std::string, UnresolvedCount>> sorted(counts.begin(), counts.end());
  // std::map gives text order; a stable sort by count keeps it for ties.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  if (options.limit > 0 && sorted.size() > options.limit) sorted.resize(options.limit);
  const size_t count_w = std::to_string(sorted.front().second.count).size();
  std::string out;
  for (const auto& [text, c] : sorted) {
    if (options.format == "jsonl") {
      out += "{\"count\":" + std::to_string(c.count) + ",\"text\":";
      AppendJsonString(out, text);
      out += ",\"example\":";
      AppendJsonString(out, c.example);
      out += "}\n";
    } else {
      std::string n = std::to_string(c.count);
      out += std::string(count_w - n.size(), ' ') + n + "  " + text + "  (" + c.example + ")\n";
    }
  }
  Print(out);
  FlushStdout();
  return kExitOk;
}

}  // namespace

int RunActors(const GlobalOptions& global, const ActorsOptions& options) {
  const int sources = !options.id.empty() + !options.text.empty() + options.unresolved;
  if (sources != 1) {
    PrintError("give a document id, --text \"...\" or --unresolved (one of them)");
    return kExitError;
  }
  if (!options.date.empty() && !LooksLikeIsoDate(options.date)) {
    PrintError("--date '" + options.date + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return kExitError;
  }
  actors::Lexicon lexicon;
  if (!LoadLexicon(global, options.actor_files, &lexicon)) return kExitError;
  const actors::Recognizer recognizer(lexicon);
  if (options.unresolved) return RunUnresolved(global, options, recognizer);

  Document doc;
  if (int status = LoadAnalyzedDocument(global, options.id, options.text, &doc); status != kExitOk) {
    return status;
  }
  const std::string date = options.date.empty() ? doc.date.value : options.date;
  recognizer.Recognize(doc, date);
  Print(options.format == "jsonl" ? Jsonl(doc) : Readable(doc, date));
  FlushStdout();
  return kExitOk;
}

}  // namespace riposte::cli
