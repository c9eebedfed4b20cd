// INTERNAL to the cli: the subcommands' option structs and entry points.
// main.cc parses flags (CLI11) into these, rejecting values outside each
// flag's set (--format), and calls Run*; each returns the
// process exit status: 0 success, 1 a query found nothing, 2 an error.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace riposte::store {
struct EventFilter;
}  // namespace riposte::store

namespace riposte::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNothing = 1;
inline constexpr int kExitError = 2;

struct GlobalOptions {
  std::string db = "riposte.db";
  bool quiet = false;       // no progress bar, no warnings
};

struct IngestOptions {
  std::vector<std::string> paths;
  std::string format = "auto";
  size_t max_file_mib = 64;
  bool sniff = true;
  bool detect_language = true;
  int batch_size = 500;
  int jobs = 0;             // 0 = all cores
  bool dry_run = false;     // read and annotate, store nothing
  bool annotate = true;     // analysis, time and actors stages (--segment-only: off)
  std::vector<std::string> actor_files;  // --actors: extra PETRARCH dictionaries
};
int RunIngest(const GlobalOptions& global, const IngestOptions& options);

struct DocsOptions {
  bool all_versions = false;
  size_t limit = 0;
  std::string format = "table";  // table | jsonl
};
int RunDocs(const GlobalOptions& global, const DocsOptions& options);

struct ShowOptions {
  std::string id;
  int version = 0;
  std::string format = "text";   // text | json
};
int RunShow(const GlobalOptions& global, const ShowOptions& options);

struct AnalyzeOptions {
  std::string id;            // a stored document, or
  std::string text;          // --text: analyse this text instead
  std::string format = "text";   // text | jsonl
};
int RunAnalyze(const GlobalOptions& global, const AnalyzeOptions& options);

struct ActorsOptions {
  std::string id;                        // a stored document, or
  std::string text;                      // --text: this text instead, or
  bool unresolved = false;               // --unresolved: every stored document
  std::string date;                      // --date: resolve as of this ISO date
  std::vector<std::string> actor_files;  // --actors: extra PETRARCH dictionaries
  std::string format = "text";           // text | jsonl
  size_t limit = 0;                      // --unresolved: at most N lines (0 = all)
};
int RunActors(const GlobalOptions& global, const ActorsOptions& options);

struct TimeOptions {
  std::string id;                // a stored document, or
  std::string text;              // --text: this text instead
  std::string date;              // --date: the document date to read relative expressions against
  std::string format = "text";   // text | jsonl
};
int RunTime(const GlobalOptions& global, const TimeOptions& options);

struct CodeOptions {
  std::vector<std::string> paths;        // files, directories, globs, - for stdin
  std::string format_in = "auto";        // --input-format: as ingest's --format
  std::string format = "jsonl";          // jsonl | table
  std::vector<std::string> actor_files;  // --actors: extra PETRARCH dictionaries
};
int RunCode(const GlobalOptions& global, const CodeOptions& options);

struct EventsOptions {
  std::string dyad;              // "AZE-RUS": source AZE, target RUS (directed)
  std::string from, to;          // ISO dates (YYYY, YYYY-MM or YYYY-MM-DD)
  std::string plover;            // a PLOVER category
  std::string doc;               // a document id
  std::string format = "table";  // table | jsonl | csv | tsv | plover
  size_t limit = 0;              // at most N events (0 = all)
  bool clustered = false;        // one line per clustered event (reconcile)
};
int RunEvents(const GlobalOptions& global, const EventsOptions& options);
// `events --clustered` (reconcile_cmd.cc), called by RunEvents with the
// filter it built from the options.
int RunClusteredEvents(const GlobalOptions& global, const EventsOptions& options,
                       const store::EventFilter& filter);

struct DisputesOptions {
  std::string attribute;         // only this attribute (killed, date, happened...)
  std::string format = "table";  // table | json
};
int RunDisputes(const GlobalOptions& global, const DisputesOptions& options);

struct RecodeOptions {
  std::string doc;                       // one document (default: every current one)
  bool dry_run = false;                  // report the changes, store nothing
  int jobs = 0;                          // coding threads (0 = one per core)
  std::vector<std::string> actor_files;  // --actors: extra PETRARCH dictionaries
};
int RunRecode(const GlobalOptions& global, const RecodeOptions& options);

}  // namespace riposte::cli
