// `riposte code`: documents in, events out, no store: the filter a cluster
// runs per shard (DESIGN.md, Scale). Reads the same inputs as ingest (files,
// directories, globs, JSONL on stdin with -), segments and annotates each
// document (pipeline.h), codes it (events::Coder) and writes one Event
// contract object a line on stdout, in input order, as soon as each document
// is done (a long stream never waits for its end). `--format table` prints a
// dated table for reading instead. Documents are versioned by the content
// hash of their text, so shards coded apart give the same event ids.
//
// Exit status: 0 ok; 2 an input could not be read (reported on stderr, the
// rest still coded) or the lexicons cannot be loaded.
// Tested by tests/cli/code.test.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/event_records.h"
#include "cli/output.h"
#include "cli/pipeline.h"
#include "events/events.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace riposte::cli {
namespace {

constexpr size_t kQuoteColumn = 60;

std::string ActorText(const std::optional<events::EventActor>& a) {
  if (!a) return "-";
  return a->code.empty() ? "?" : a->code;
}

std::string TableRow(const events::Event& e, const Document& doc) {
  std::string date = e.date.empty() ? "-" : e.date;
  if (e.date_precision == "report") date += "(r)";
  std::string row = PadRight(date, 14) + PadRight(ActorText(e.source), 8) + " " +
                    PadRight(e.cameo, 6) + PadRight(e.plover.empty() ? "-" : e.plover, 11) +
                    PadRight(ActorText(e.target), 8) + " " + PadRight(events::ModeName(e.mode), 13) +
                    PadRight(Ellipsize(OneLine(doc.Slice(e.span)), kQuoteColumn), kQuoteColumn) + "  " +
                    doc.id + "\n";
  return row;
}

// Codes each document as it is read and prints its events.
class CodingSink : public ingest::Sink {
 public:
  CodingSink(const CodeOptions& options, const actors::Recognizer& recognizer,
             const events::Coder& coder)
      : options_(options), recognizer_(recognizer), coder_(coder) {}

  void OnDocument(Document&& doc) override {
    ++documents;
    text::Segment(doc);
    if (Status st = Annotate(doc, recognizer_); !st.ok()) {
      PrintError(doc.id + ": not coded: " + st.error().message);
      ++failures;
      return;
    }
    const std::string version = ContentHash(doc.text);
    std::string out;
    for (const events::Event& e : coder_.Code(doc, version)) {
      ++events;
      if (options_.format == "table") {
        out += TableRow(e, doc);
      } else {
        out += events::EventJson(e, doc);
        out += '\n';
      }
    }
    Print(out);
  }
  void OnFailure(const Error& e) override {
    PrintError(e.ToString());
    ++failures;
  }
  void OnWarning(const Error& e) override {
    if (!quiet) PrintWarning(e.ToString());
  }

  size_t documents = 0, events = 0, failures = 0;
  bool quiet = false;

 private:
  const CodeOptions& options_;
  const actors::Recognizer& recognizer_;
  const events::Coder& coder_;
};

}  // namespace

int RunCode(const GlobalOptions& global, const CodeOptions& options) {
  actors::Lexicon lexicon;
  if (!LoadLexicon(global, options.actor_files, &lexicon)) return kExitError;
  const std::unique_ptr<EventCoder> tables = EventCoder::Load(global, lexicon);
  if (tables == nullptr) return kExitError;
  const actors::Recognizer recognizer(lexicon);
  const events::Coder& coder = tables->coder();

  ingest::Options read_options;
  read_options.format = ingest::ParseFormat(options.format_in);  // checked by main.cc
  std::vector<Error> path_errors;
  std::vector<std::string> inputs = ingest::ExpandInputs(options.paths, &path_errors);
  for (const Error& e : path_errors) PrintError(e.ToString());

  CodingSink sink(options, recognizer, coder);
  sink.quiet = global.quiet;
  if (options.format == "table") {
    Print(PadRight("DATE", 14) + PadRight("SOURCE", 9) + PadRight("CAMEO", 6) + PadRight("PLOVER", 11) +
          PadRight("TARGET", 9) + PadRight("MODE", 13) + PadRight("EVIDENCE", kQuoteColumn + 2) + "DOC\n");
  }
  for (const std::string& input : inputs) {
    ingest::ReadPath(input, read_options, sink);
    FlushStdout();
  }
  if (options.format == "table") {
    Print("(r) = the report date stood in; ? = words that name no known actor; - = none\n");
  }
  FlushStdout();
  if (!global.quiet) {
    std::fprintf(stderr, "riposte: coded %zu event%s from %zu document%s\n", sink.events,
                 sink.events == 1 ? "" : "s", sink.documents, sink.documents == 1 ? "" : "s");
  }
  return sink.failures + path_errors.size() > 0 ? kExitError : kExitOk;
}

}  // namespace riposte::cli
