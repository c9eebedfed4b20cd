// The `riposte` command: parses flags (CLI11, kept to this one file because
// the header is heavy) and calls the subcommands in commands.h. Thin by
// design: no stage logic lives here.
//
// Exit status: 0 success, 1 a query found nothing, 2 an error (including bad
// flags). A closed stdout pipe (`riposte docs | head`) exits 0.
// Tested by tests/cli/*.test.
#include <csignal>
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/output.h"

namespace {

constexpr const char* kDescription =
    "Riposte turns news coverage of a crisis between states into a sourced, coded\n"
    "record of who did what to whom and when.\n";

constexpr const char* kFooter =
    "\nExamples:\n"
    "  riposte ingest data/demo/            read a folder of articles into ./riposte.db\n"
    "  riposte docs                         list what is stored\n"
    "  riposte show 01-tass-azal-crash      metadata and numbered sentences\n"
    "  riposte events --dyad AZE-RUS        coded events, Azerbaijan acting on Russia\n"
    "  riposte --db crisis.db ingest 'feeds/*.xml' -\n"
    "\nRun `riposte COMMAND --help` for a command's options.\n"
    "Exit status: 0 ok, 1 nothing found, 2 error.";

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  using namespace riposte::cli;  // NOLINT: local to main

  GlobalOptions global;
  CLI::App app(kDescription, "riposte");
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("riposte ") + RIPOSTE_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--db", global.db, "SQLite store to use")->type_name("FILE")->capture_default_str();
  app.add_flag("-q,--quiet", global.quiet, "no progress bar, no warnings, no timing line");

  IngestOptions ingest;
  auto* ingest_cmd = app.add_subcommand("ingest", "read news files into the store");
  ingest_cmd->add_option("paths", ingest.paths,
                         "files, directories (read recursively), glob patterns, or - for stdin")
      ->required()
      ->type_name("PATH");
  ingest_cmd->add_option("--format", ingest.format,
                         "force a format: auto, text, html, json, jsonl, rss, atom")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "text", "html", "json", "jsonl", "rss", "atom"}));
  ingest_cmd->add_option("--max-file-size", ingest.max_file_mib,
                         "refuse files (and JSONL lines) larger than this, in MiB, before reading them")
      ->type_name("MIB")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  bool no_sniff = false, no_langid = false;
  ingest_cmd->add_flag("--no-sniff", no_sniff,
                       "do not read missing dates, outlets and bylines from the article text");
  ingest_cmd->add_flag("--no-langid", no_langid, "do not identify languages");
  ingest_cmd->add_option("--batch", ingest.batch_size, "documents per store transaction")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  ingest_cmd->add_option("-j,--jobs", ingest.jobs, "reader threads (0 = one per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  ingest_cmd->add_flag("--dry-run", ingest.dry_run,
                       "read and annotate only: report what would be stored, store nothing");
  bool segment_only = false;
  ingest_cmd->add_flag("--segment-only", segment_only,
                       "store text and sentences only, without the analysis, time expressions, "
                       "actor mentions and events (a fast bulk load; a later ingest of the same files "
                       "adds them)");
  ingest_cmd->add_option("--actors", ingest.actor_files,
                         "also load this PETRARCH/TABARI actor or agent dictionary (repeatable)")
      ->type_name("FILE");
  ingest_cmd->footer(
      "\nFormats are detected from the extension and the content: plain text, HTML (main text\n"
      "only), JSON (one document or an array), JSONL, RSS 2.0 and Atom. A JSON document has a\n"
      "required \"text\" and optional \"id\", \"url\", \"outlet\", \"title\", \"date\" (ISO 8601), \"lang\".\n"
      "Ids: the \"id\" field, a feed item's guid or link, the file name without extension, or\n"
      "<stem>:<n> for the n-th document of a multi-document file.\n"
      "Each document is segmented and annotated (text analysis, time expressions, actor\n"
      "mentions coded as of the document's date), its events are coded (`riposte events`\n"
      "lists them), and all of it is stored with the document.\n"
      "Re-ingesting a document is a no-op; changed text under the same id is a new version.\n"
      "Bad inputs are reported one line each on stderr and skipped; the exit status is then 2.\n"
      "\nExamples:\n"
      "  riposte ingest data/demo/\n"
      "  riposte ingest --db crisis.db 'archive/2025-*.jsonl' page.html\n"
      "  curl -s https://example.org/feed.xml | riposte ingest --format rss -");

  DocsOptions docs;
  auto* docs_cmd = app.add_subcommand("docs", "list stored documents");
  docs_cmd->add_flag("--all-versions", docs.all_versions, "include superseded versions (id@version)");
  docs_cmd->add_option("--limit", docs.limit, "show at most N documents (0 = all)");
  docs_cmd->add_option("--format", docs.format, "table or jsonl")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "jsonl"}));
  docs_cmd->footer(
      "\nColumns: id, publication date (* = read from the text, not given; (hint) = relative\n"
      "date only), outlet, language (? = unknown), sentences, title. Exit 1 when the store is empty.\n"
      "\nExamples:\n"
      "  riposte docs\n"
      "  riposte docs --format jsonl | jq -r .title");

  ShowOptions show;
  auto* show_cmd = app.add_subcommand("show", "show one document: metadata and numbered sentences");
  show_cmd->add_option("id", show.id, "document id (see `riposte docs`)")->required()->type_name("DOC");
  show_cmd->add_option("--version", show.version, "a stored version (default: the current one)");
  show_cmd->add_option("--format", show.format, "text or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  show_cmd->footer("\nExamples:\n  riposte show 01-tass-azal-crash\n  riposte show feed:3 --format json");

  AnalyzeOptions analyze;
  auto* analyze_cmd = app.add_subcommand(
      "analyze", "show the text analysis of a document: tags, lemmas, phrases, clauses");
  analyze_cmd->add_option("id", analyze.id, "document id (see `riposte docs`)")->type_name("DOC");
  analyze_cmd->add_option("--text", analyze.text, "analyse this text instead of a stored document");
  analyze_cmd->add_option("--format", analyze.format, "text or jsonl (one object per token)")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "jsonl"}));
  analyze_cmd->footer(
      "\nText output: each sentence, its tokens as word/TAG(lemma), its noun phrases (NP) and verb\n"
      "groups (VG, with tense, voice, negation, modal), and its clauses (main, subordinate,\n"
      "relative, reported, quotation, conditional) with subject, verb and speaker.\n"
      "JSONL: span, text, lemma, pos, chunk (B-NP/I-NP/B-VG/I-VG/O), clause, and for verb groups\n"
      "voice, tense, negated, modal.\n"
      "\nExamples:\n"
      "  riposte analyze --text \"Azerbaijani police did not detain him.\"\n"
      "  riposte analyze 01-tass-azal-crash-aktau --format jsonl | head");

  ActorsOptions actors;
  auto* actors_cmd = app.add_subcommand(
      "actors", "show the actors of a document: mentions, CAMEO codes and why");
  actors_cmd->add_option("id", actors.id, "document id (see `riposte docs`)")->type_name("DOC");
  actors_cmd->add_option("--text", actors.text, "recognise actors in this text instead of a stored document");
  actors_cmd->add_option("--date", actors.date,
                         "resolve office holders as of this ISO date (default: the document's date)")
      ->type_name("DATE");
  actors_cmd->add_option("--actors", actors.actor_files,
                         "also load this PETRARCH/TABARI actor or agent dictionary (repeatable)")
      ->type_name("FILE");
  actors_cmd->add_flag("--unresolved", actors.unresolved,
                       "over the store: names in actor positions that got no code, by frequency");
  actors_cmd->add_option("--limit", actors.limit, "--unresolved: show at most N lines (0 = all)")
      ->type_name("N");
  actors_cmd->add_option("--format", actors.format, "text or jsonl (one object per mention)")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "jsonl"}));
  actors_cmd->footer(
      "\nText output: a header (document, date used, number of mentions), then one line per\n"
      "mention: number, byte span [begin,end), text, code (? = unresolved) and why: the rule and\n"
      "lexicon lines that decided the code, \"→ mention K\" when it refers back to mention K,\n"
      "\"ethnic\" for an ethnicity or diaspora reading.\n"
      "JSONL: doc, mention, span, text, code, country (\"\" for IGO/NGO codes), sector (the next\n"
      "three letters: \"MIL\" of RUSMIL, \"UNO\" of IGOUNO), rule, antecedent (number or null), ethnic.\n"
      "Our lexicon is data/actors/ (or $RIPOSTE_DATA_DIR/actors); each --actors file is merged\n"
      "into it and reported on stderr (\"loaded N entries from FILE\", rejected lines as\n"
      "FILE:LINE: reason). An unreadable --actors file is an error (exit 2).\n"
      "--unresolved reads the mentions ingest stored with each document (documents ingested\n"
      "with --segment-only are analysed now) and prints \"COUNT  TEXT  (example document)\",\n"
      "most frequent first, names only (no pronouns, no lower-case words like \"police\" that\n"
      "only context can code); exit 1 when there is nothing to list. An unknown document id\n"
      "exits 1.\n"
      "\nExamples:\n"
      "  riposte actors --text \"Russian air defences shot down the plane.\" --date 2024-12-25\n"
      "  riposte actors 01-tass-azal-crash-aktau --format jsonl | jq -r .code\n"
      "  riposte actors --text \"Putin met Erdogan.\" --actors Phoenix.Countries.actors.txt\n"
      "  riposte actors --unresolved --limit 20");

  TimeOptions time_opts;
  auto* time_cmd = app.add_subcommand(
      "time", "show the time expressions of a document: values, intervals and anchors");
  time_cmd->add_option("id", time_opts.id, "document id (see `riposte docs`)")->type_name("DOC");
  time_cmd->add_option("--text", time_opts.text, "recognise time expressions in this text instead");
  time_cmd->add_option("--date", time_opts.date,
                       "read relative expressions against this ISO date (default: the document's date)")
      ->type_name("DATE");
  time_cmd->add_option("--format", time_opts.format, "text or jsonl (one object per expression)")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "jsonl"}));
  time_cmd->footer(
      "\nText output: a header (document, the date used: given, * = sniffed from the text, or\n"
      "\"- (inferred DATE from \"EVIDENCE\")\" when the document has none and one was inferred from\n"
      "its dated past events; number of expressions), then one line per expression: number,\n"
      "byte span [begin,end), text, value (ISO 8601: 2025-06-27, 2025-06, 2025-W26, 2025-Q3,\n"
      "P4M for a duration; - when it cannot be normalised), granularity, interval start..end,\n"
      "anchor (absolute; document = relative to the document date; previous:[b,e) = relative\n"
      "to the expression at that span), modifier (early, since, approx...) and rule.\n"
      "JSONL: doc, span, text, value, granularity, start, end (null when empty), anchor, mod,\n"
      "rule. An unknown document id exits 1.\n"
      "\nExamples:\n"
      "  riposte time --text \"On Friday, Baku protested. Two days later police raided Sputnik.\" --date 2025-07-01\n"
      "  riposte time 07-tass-yekaterinburg-detentions\n"
      "  riposte time 01-tass-azal-crash-aktau --format jsonl | jq -r .value");

  CodeOptions code;
  auto* code_cmd = app.add_subcommand(
      "code", "code events from documents (files or JSONL on stdin) to JSONL on stdout; no store");
  code_cmd->add_option("paths", code.paths,
                       "files, directories (read recursively), glob patterns, or - for stdin")
      ->required()
      ->type_name("PATH");
  code_cmd->add_option("--input-format", code.format_in,
                       "force the input format: auto, text, html, json, jsonl, rss, atom")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "text", "html", "json", "jsonl", "rss", "atom"}));
  code_cmd->add_option("--format", code.format, "jsonl (the Event contract, one a line) or table")
      ->capture_default_str()
      ->check(CLI::IsMember({"jsonl", "table"}));
  code_cmd->add_option("--actors", code.actor_files,
                       "also load this PETRARCH/TABARI actor or agent dictionary (repeatable)")
      ->type_name("FILE");
  code_cmd->footer(
      "\nEach document is segmented, analysed, its time expressions and actors found, and every\n"
      "sentence coded with the pattern lexicon (data/events) into events: who (source) did what\n"
      "(CAMEO code, PLOVER category, Goldstein weight) to whom (target), when (date and its\n"
      "precision; \"report\" when the publication date stood in), mode (asserted, negated,\n"
      "threatened, demanded, hypothetical), with quantities, place, attribution and the\n"
      "pattern that fired. Output is one JSON object a line, the Event contract of DESIGN.md;\n"
      "ids are deterministic, so shards coded apart agree. Nothing is stored: this is the\n"
      "unit a cluster job runs per shard. Bad inputs are reported on stderr and skipped\n"
      "(exit 2); the rest is coded.\n"
      "\nExamples:\n"
      "  riposte code data/demo/articles --format table\n"
      "  riposte code archive/shard-017.jsonl > events-017.jsonl\n"
      "  cat docs.jsonl | riposte code - | jq -r 'select(.plover==\"ASSAULT\") | .text'");

  EventsOptions events_opts;
  auto* events_cmd = app.add_subcommand(
      "events", "list the stored events: who did what to whom, when, with the evidence");
  events_cmd->add_option("--dyad", events_opts.dyad,
                         "SOURCE-TARGET, directed: AZE-RUS is AZE acting on RUS (* = any side)")
      ->type_name("SRC-TGT");
  events_cmd->add_option("--from", events_opts.from, "events ending on or after this ISO date")
      ->type_name("DATE");
  events_cmd->add_option("--to", events_opts.to, "events starting on or before this ISO date")
      ->type_name("DATE");
  events_cmd->add_option("--plover", events_opts.plover, "one PLOVER category (ASSAULT, ACCUSE...)")
      ->type_name("CAT");
  events_cmd->add_option("--doc", events_opts.doc, "one document's events (see `riposte docs`)")
      ->type_name("ID");
  events_cmd->add_option("--limit", events_opts.limit, "show at most N events (0 = all)")
      ->type_name("N");
  events_cmd->add_option("--format", events_opts.format, "table, jsonl, csv, tsv (GDELT) or plover")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "jsonl", "csv", "tsv", "plover"}));
  events_cmd->add_flag("--clustered", events_opts.clustered,
                       "one line per real-world event: its reports across documents merged (table or jsonl)");
  events_cmd->footer(
      "\nLists the events `riposte ingest` coded (the latest coding of each current document\n"
      "version), dated ones first by date, then undated ones; ties by document and sentence.\n"
      "Filters combine (all must hold):\n"
      "  --dyad SRC-TGT  directed: the source matches SRC and the target TGT. A side is a\n"
      "                  country (AZE: the code's first three letters), a longer code prefix\n"
      "                  (AZEGOV, RUSMED), an organisation (IGO, IGOUNO) or * for any side.\n"
      "                  For both directions, run AZE-RUS and RUS-AZE.\n"
      "  --from/--to     YYYY, YYYY-MM or YYYY-MM-DD (a month or year spans all its days);\n"
      "                  an event is kept when its date_start..date_end overlaps the range;\n"
      "                  undated events are left out.\n"
      "Formats:\n"
      "  table   date ((r) = the report date stood in), document, source, CAMEO, PLOVER,\n"
      "          target, mode and the evidence sentence, shortened\n"
      "  jsonl   the Event contract of DESIGN.md, one object a line (as `riposte code`)\n"
      "  csv     a header line, then one row per event with every field and the texts\n"
      "  tsv     the 61 columns of GDELT 2.0's event table, no header: GLOBALEVENTID (our\n"
      "          id), SQLDATE, MonthYear, Year, FractionDate, Actor1/Actor2 Code, Name,\n"
      "          CountryCode, KnownGroupCode, Type1Code (sector), IsRootEvent (first\n"
      "          sentence), EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale,\n"
      "          NumMentions/NumSources/NumArticles (1), Actor1Geo and ActionGeo FullName,\n"
      "          CountryCode (ISO alpha-3, not GDELT's FIPS), DATEADDED, SOURCEURL; others empty\n"
      "  plover  PLOVER-style objects: id, date, event (category), mode, context, modality\n"
      "          (asserted, negated...), source/target [{actorText, code, sector}], eventLoc,\n"
      "          dead, injured, text, language, publication, storyId (document id), url\n"
      "--clustered: the reports of one act, within and across documents, are merged into one\n"
      "  clustered event, even where they disagree (dates within a window, counts, perpetrator,\n"
      "  asserted or negated); near-duplicate documents (syndicated copies) count as one\n"
      "  independent source. table: date, reports, independent sources, consensus dyad and\n"
      "  codes, disputed (see `riposte disputes`), first report. jsonl: the clustered event\n"
      "  contract (id, date, date_range, source, target, cameo, plover, goldstein, mentions,\n"
      "  docs, outlets, reports, independent_sources, disputed). Filters apply to the clusters.\n"
      "Exit 1 when nothing matches or --doc names no document.\n"
      "\nExamples:\n"
      "  riposte events\n"
      "  riposte events --clustered --dyad RUS-AZE\n"
      "  riposte events --dyad AZE-RUS --from 2025-06 --to 2025-07\n"
      "  riposte events --dyad 'RUS-*' --plover ASSAULT --format jsonl | jq -r .text\n"
      "  riposte events --doc 10-apa-sputnik-raid --format csv > raid.csv\n"
      "  riposte events --format tsv > events.gdelt.tsv");

  DisputesOptions disputes;
  auto* disputes_cmd = app.add_subcommand(
      "disputes", "where the reports disagree: each disputed fact with its values, sources and quotes");
  disputes_cmd->add_option("--attribute", disputes.attribute, "only this attribute")
      ->type_name("ATTR")
      ->check(CLI::IsMember({"detained", "killed", "injured", "on_board", "survivors", "amount", "date", "place",
                             "actor", "cause", "happened", "other"}));
  disputes_cmd->add_option("--format", disputes.format, "table or json (the dispute contract, an array)")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "json"}));
  disputes_cmd->footer(
      "\nReconciles the store (as `riposte events --clustered`) and collects, for every clustered\n"
      "event, each attribute's values across its reports: counts (killed, injured, detained,\n"
      "on_board, survivors), amounts, the date, the place, the perpetrator (actor), the cause and\n"
      "whether it happened (asserted or negated); and standalone figures that belong to no event\n"
      "(how many people of a country live in another), by topic. Values are compared with their\n"
      "qualifiers: \"at least 38\" agrees with \"38\"; \"almost 50\" is just under 50. A report\n"
      "telling of an act with no date of its own dates it no later than its publication day\n"
      "(qualifier at_most, \"reported by 2025-07-25\"). A dispute is two or more incompatible\n"
      "values, each with its documents, who claims it and the exact quotes. Kinds:\n"
      "contradiction (incompatible at the same time), revision (a later report updates an\n"
      "earlier figure), reporting_error (one source against a consistent majority).\n"
      "Exit 1 when there is no dispute.\n"
      "\nExamples:\n"
      "  riposte disputes\n"
      "  riposte disputes --attribute killed\n"
      "  riposte disputes --format json | jq '.[] | select(.event == null)'");

  RecodeOptions recode;
  auto* recode_cmd = app.add_subcommand(
      "recode", "code the stored documents again with the current lexicons and show what changed");
  recode_cmd->add_option("--doc", recode.doc, "only this document (see `riposte docs`)")->type_name("ID");
  recode_cmd->add_flag("--dry-run", recode.dry_run, "report the changes, store nothing");
  recode_cmd->add_option("-j,--jobs", recode.jobs, "coding threads (0 = one per core)")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  recode_cmd->add_option("--actors", recode.actor_files,
                         "also load this PETRARCH/TABARI actor or agent dictionary (repeatable)")
      ->type_name("FILE");
  recode_cmd->footer(
      "\nAfter editing data/actors, data/events or data/cameo: every current document (or\n"
      "--doc) is analysed again from its stored text, its actors and time expressions found\n"
      "and its events coded; the stored annotations and the events of this coder and lexicon\n"
      "version are replaced (codings by other versions are kept; `riposte events` shows the\n"
      "latest). Each document whose events changed is listed as ID +added -removed ~recoded\n"
      "=unchanged, then one line per change (date, source, CAMEO, target, mode, evidence):\n"
      "  + a new event   - an event no longer coded   ~ the old coding, → the new one\n"
      "\"recoded\" is the same sentence coded otherwise (code, source, target, mode, date...);\n"
      "a change of the rule that fired alone is \"unchanged\". Documents never coded before\n"
      "(stored by an older riposte or with --segment-only) are counted, not listed.\n"
      "Give the same --actors files as the ingest did, or the lexicon version differs.\n"
      "\nExamples:\n"
      "  riposte recode\n"
      "  riposte recode --doc 10-apa-sputnik-raid --dry-run");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "riposte: error: %s\nRun `riposte --help` for usage.\n", e.what());
    return kExitError;
  }

  ingest.sniff = !no_sniff;
  ingest.detect_language = !no_langid;
  ingest.annotate = !segment_only;
  int status = kExitError;
  if (*ingest_cmd) status = RunIngest(global, ingest);
  else if (*docs_cmd) status = RunDocs(global, docs);
  else if (*show_cmd) status = RunShow(global, show);
  else if (*analyze_cmd) status = RunAnalyze(global, analyze);
  else if (*actors_cmd) status = RunActors(global, actors);
  else if (*time_cmd) status = RunTime(global, time_opts);
  else if (*code_cmd) status = RunCode(global, code);
  else if (*events_cmd) status = RunEvents(global, events_opts);
  else if (*recode_cmd) status = RunRecode(global, recode);
  else if (*disputes_cmd) status = RunDisputes(global, disputes);
  if (StdoutClosed()) return kExitOk;
  return status;
}
