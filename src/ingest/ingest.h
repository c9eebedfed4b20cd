// Riposte ingest stage: reading news into Documents.
//
// What it does: turns files, directories (recursive), globs and stdin ("-")
// into Documents with id, url, outlet, author, title, date, lang and text,
// following DESIGN.md's input contract and id rule. Formats:
//   text   plain text (.txt, anything not recognised)
//   html   main text only: navigation, scripts, styles, footers, cookie
//          banners, share bars and related links are dropped; title kept
//   json   one document object or an array of them
//   jsonl  one document object a line (streamed, never read whole)
//   rss    RSS 2.0 items; atom  Atom entries (guid/link, title, date kept)
// Charsets: a BOM, an HTML <meta charset>, or an XML declaration is honoured
// (ICU ucnv: cp1251, latin-1, ...); invalid bytes are repaired to U+FFFD with
// a warning instead of dropping the document.
// Metadata sniffing: when the input gives no date/outlet/byline, they are read
// from the text (" date 2025-07-28", "25.07\n2025", "BAKU, Azerbaijan —",
// "PYATIGORSK, July 1. /TASS/.") and marked Provenance::kSniffed. A relative
// date ("2 days ago") is kept in date_hint, the date left empty.
// Language: cld2 per document; "" when unknown (short texts), never guessed.
//
// Example:
//   riposte::ingest::Options opts;
//   riposte::ingest::CollectingSink sink;
//   riposte::ingest::ReadPath("docs/031.json", opts, sink);
//   for (auto& doc : sink.documents) ...;   // doc.id == "031"
//   for (auto& err : sink.failures) ...;    // one Error per bad input
//
// Bad input never throws: each failure reaches Sink::OnFailure with the file
// (and line) in Error::arg and the batch goes on.
//
// Limits: a file above Options::max_file_bytes is refused after stat(), before
// any byte is read; JSONL is streamed and each line is held to the same limit;
// a document's text is capped at kMaxTextBytes; HTML above max_html_bytes is
// refused before gumbo builds a DOM.
//
// Thread-safety: all functions are reentrant; a Sink is called from the
// calling thread only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::ingest {

enum class Format { kAuto, kText, kHtml, kJson, kJsonl, kRss, kAtom };
const char* FormatName(Format f);   // "auto", "text", "html", ...
Format ParseFormat(std::string_view name);  // kAuto for unknown names

struct Options {
  Format format = Format::kAuto;            // force a format for every input
  size_t max_file_bytes = 64u << 20;        // refuse larger files (and JSONL lines)
  size_t max_html_bytes = 16u << 20;        // refuse larger HTML before parsing
  bool sniff_metadata = true;               // read date/outlet/byline from text
  bool detect_language = true;              // run cld2
};

// Receives what the reader produces, in input order.
class Sink {
 public:
  virtual ~Sink() = default;
  // A complete document: id set, text non-empty valid UTF-8, metadata filled.
  virtual void OnDocument(Document&& doc) = 0;
  // An input (or one record of it) that could not be read. Error::arg names
  // the file and, for JSONL, JSON arrays and feeds, the line or item.
  virtual void OnFailure(const Error& error) = 0;
  // A repaired problem ("repaired 2 invalid bytes"): the document still comes.
  virtual void OnWarning(const Error& warning) = 0;
};

// A Sink that keeps everything; for tests and small jobs.
class CollectingSink : public Sink {
 public:
  void OnDocument(Document&& doc) override { documents.push_back(std::move(doc)); }
  void OnFailure(const Error& e) override { failures.push_back(e); }
  void OnWarning(const Error& e) override { warnings.push_back(e); }
  std::vector<Document> documents;
  std::vector<Error> failures;
  std::vector<Error> warnings;
};

// Expands command-line arguments into readable inputs: files as given,
// directories recursively (sorted, hidden files skipped), glob patterns
// (sorted), and "-" for stdin. A path that does not exist or cannot be read
// adds one Error to *errors and is skipped.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args,
                                      std::vector<Error>* errors);

// Reads one input (a file path or "-") and emits its documents to `sink`.
void ReadPath(const std::string& path, const Options& options, Sink& sink);

// Reads bytes already in memory. `name` is used for the id rule (its stem)
// and in messages; `format` kAuto means detect from name and content.
void ReadBytes(std::string_view name, std::string_view bytes, const Options& options,
               Sink& sink);

// Guesses the format from the file name's extension and the first bytes.
Format DetectFormat(std::string_view name, std::string_view head);

// ---- building blocks, public for tests and later stages ----

struct Decoded {
  std::string utf8;         // valid UTF-8, BOM removed
  std::string charset;      // what it was decoded from ("UTF-8", "windows-1251")
  size_t repaired = 0;      // invalid bytes replaced by U+FFFD
};
// Decodes `bytes` to UTF-8. `declared` is a charset named by the container
// (HTTP header, JSON field); otherwise a BOM, an HTML meta charset or an XML
// declaration in the first 4 KiB decides; otherwise UTF-8, or windows-1252
// when the bytes are not UTF-8 but look like a single-byte text. Fails only on
// an unknown declared charset with no usable fallback.
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared = {});

// The main text of an HTML page plus the metadata the page states.
struct HtmlArticle {
  std::string title;    // og:title, else <title>, else first <h1>
  std::string text;     // paragraphs separated by "\n\n", headings kept
  std::string url;      // canonical link or og:url
  std::string outlet;   // og:site_name / publisher
  std::string author;   // meta author / byline element
  std::string date;     // article:published_time, <time datetime>, ... (ISO 8601)
};
// REQUIRES: `html` is UTF-8. Never fails on malformed markup (gumbo repairs).
HtmlArticle ExtractHtml(std::string_view html);

// Fills date, outlet, author, dateline and date_hint from doc.text when the
// input did not give them. Sniffed values carry Provenance::kSniffed and the
// exact evidence text; given values are never overwritten.
void SniffMetadata(Document& doc);

// ISO 639-1 code of the text's language, or "" when cld2 is not reliable.
std::string DetectLanguage(std::string_view utf8_text);

// Normalises a date string found in metadata ("Tue, 01 Jul 2025 10:00:00 GMT",
// "2025-07-01T10:00:00+03:00", "July 1, 2025") to ISO 8601 ("2025-07-01",
// or with time "2025-07-01T10:00:00+03:00"). Returns "" when unparseable.
std::string NormalizeDate(std::string_view raw);

}  // namespace riposte::ingest
