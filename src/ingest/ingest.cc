// The ingest readers (ingest.h): ReadPath, ReadBytes, DetectFormat,
// FormatName/ParseFormat. One Reader per input decodes it, splits it into
// records (a text or HTML file is one; JSON arrays, JSONL lines and feed
// items are many), and turns each record into a Document: DESIGN.md's id
// rule, source ("a.txt", "a.jsonl:17", "a.json#3"), given metadata marked
// Provenance::kGiven, normalised date, text as read; then metadata sniffing
// and language identification (sniff.cc) when the options ask for them.
// Bad input is reported to the Sink, naming the file and the line or item
// ("a.jsonl:17", "a.json:#3"), and the rest goes on.
//
// Paths, bounded reads and ExpandInputs are in internal/paths.cc; charsets in
// internal/charset.cc; JSON in internal/json_reader.cc.
//
// Tested by ingest_test.cc.
#include "ingest/ingest.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <set>
#include <utility>

#include "ingest/internal/charset.h"
#include "ingest/internal/format.h"
#include "ingest/internal/json_reader.h"
#include "ingest/internal/paths.h"
#include "ingest/internal/records.h"

namespace riposte::ingest {
namespace {

using internal::AsciiLower;
using internal::FormatFromExtension;
using internal::RawRecord;
using internal::TrimSpace;

constexpr size_t kSniffBytes = 8192;  // head used to detect format and binary content

std::string_view BaseName(std::string_view name) {
  size_t slash = name.find_last_of('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

// "docs/031.json" -> "031"; "" for stdin (no name to take an id from).
std::string Stem(std::string_view name) {
  if (name.empty() || name == "-") return "";
  std::string_view base = BaseName(name);
  size_t dot = base.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

// YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by "T" and a time.
bool LooksIsoDate(std::string_view s) {
  auto digits = [&](size_t at, size_t n) {
    if (at + n > s.size()) return false;
    for (size_t i = at; i < at + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (!digits(0, 4)) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !digits(5, 2) || s.substr(5, 2) < "01" || s.substr(5, 2) > "12") return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(8, 2) || s.substr(8, 2) < "01" || s.substr(8, 2) > "31") return false;
  if (s.size() == 10) return true;
  return s[10] == 'T' && digits(11, 2);
}

std::string RepairMessage(size_t repaired) {
  return "repaired " + std::to_string(repaired) + " invalid byte" + (repaired == 1 ? "" : "s") +
         " (replaced with U+FFFD)";
}

// A warning about one input or record: kEncoding (decoding, repairs) or
// kMalformed (a metadata value dropped).
struct Note {
  ErrorCode code;
  std::string message;
};

// Where one record sits in its input.
struct Place {
  int n = 0;            // ordinal in a multi-record input (from 1); 0 for a single one
  std::string source;   // Document::source: "a.txt", "a.jsonl:17", "a.json#3"
  std::string arg;      // Error::arg: "a.txt", "a.jsonl:17", "a.json:#3"
};

// Reads one input (a file's bytes, a stream of JSONL lines) into the sink.
class Reader {
 public:
  Reader(std::string_view name, const Options& options, Sink& sink)
      : name_(name), stem_(Stem(name)), options_(options), sink_(sink) {}

  // `format` kAuto: detect from the name and the bytes.
  void Read(std::string_view bytes, Format format);
  // Streams JSONL from `fd`, one bounded line at a time, after `head` (bytes
  // already read from it).
  void StreamJsonl(int fd, std::string_view head);

 private:
  void ReadText(std::string_view bytes);
  void ReadHtml(std::string_view bytes);
  void ReadJson(std::string_view bytes);
  void ReadJsonlBytes(std::string_view bytes);
  void ReadFeed(std::string_view bytes);
  void JsonlLine(std::string_view line, int line_no);
  void Emit(RawRecord rec, const Place& place, std::vector<Note> notes);

  Place Single() const { return {0, name_, name_}; }
  Place Item(int n) const {
    return {n, name_ + "#" + std::to_string(n), name_ + ":#" + std::to_string(n)};
  }
  void Fail(ErrorCode code, std::string message, std::string arg) {
    sink_.OnFailure(MakeError(code, std::move(message), std::move(arg)));
  }
  void Warn(const Note& note, std::string arg) {
    sink_.OnWarning(MakeError(note.code, note.message, std::move(arg)));
  }
  // The decoder's note and repair count as warnings.
  static std::vector<Note> DecodeNotes(const internal::DecodeReport& r) {
    std::vector<Note> out;
    if (!r.note.empty()) out.push_back({ErrorCode::kEncoding, r.note});
    if (r.decoded.repaired > 0) out.push_back({ErrorCode::kEncoding, RepairMessage(r.decoded.repaired)});
    return out;
  }

  std::string name_;
  std::string stem_;
  Format format_ = Format::kText;
  const Options& options_;
  Sink& sink_;
  int records_ = 0;  // records met so far in a JSONL input, good or bad
};

void Reader::Read(std::string_view bytes, Format format) {
  if (bytes.empty()) return Fail(ErrorCode::kEmpty, "file is empty", name_);
  format_ = format != Format::kAuto ? format : DetectFormat(name_, bytes.substr(0, kSniffBytes));
  size_t bom_len = 0;
  std::string_view bom = internal::DetectBom(bytes, &bom_len);
  bool wide = bom.rfind("UTF-16", 0) == 0 || bom.rfind("UTF-32", 0) == 0;
  if (!wide && internal::LooksBinary(bytes)) {
    return Fail(ErrorCode::kBinary, "looks like a binary file (NUL or control bytes); skipped", name_);
  }
  switch (format_) {
    case Format::kHtml: return ReadHtml(bytes);
    case Format::kJson: return ReadJson(bytes);
    case Format::kJsonl: return ReadJsonlBytes(bytes);
    case Format::kRss:
    case Format::kAtom: return ReadFeed(bytes);
    case Format::kAuto:
    case Format::kText: return ReadText(bytes);
  }
}

void Reader::ReadText(std::string_view bytes) {
  format_ = Format::kText;
  internal::DecodeReport report = internal::DecodeWithReport(bytes, {});
  RawRecord rec;
  rec.text = std::move(report.decoded.utf8);
  Emit(std::move(rec), Single(), DecodeNotes(report));
}

void Reader::ReadHtml(std::string_view bytes) {
  if (bytes.size() > options_.max_html_bytes) {
    return Fail(ErrorCode::kTooLarge,
                "HTML is " + internal::SizeText(bytes.size()) + ", above the " +
                    internal::LimitText(options_.max_html_bytes) + " limit for HTML",
                name_);
  }
  internal::DecodeReport report = internal::DecodeWithReport(bytes, {});
  HtmlArticle page = ExtractHtml(report.decoded.utf8);
  RawRecord rec;
  rec.title = std::move(page.title);
  rec.text = std::move(page.text);
  rec.url = std::move(page.url);
  rec.outlet = std::move(page.outlet);
  rec.author = std::move(page.author);
  rec.date = std::move(page.date);
  Emit(std::move(rec), Single(), DecodeNotes(report));
}

void Reader::ReadJson(std::string_view bytes) {
  // JSON is UTF-8 (RFC 8259); a BOM still decides, and bad bytes are repaired.
  internal::DecodeReport report = internal::DecodeWithReport(bytes, "UTF-8");
  std::vector<Note> notes = DecodeNotes(report);
  Result<internal::JsonFile> parsed = internal::ParseJsonFile(report.decoded.utf8);
  if (!parsed.ok()) return Fail(parsed.error().code, parsed.error().message, name_);
  internal::JsonFile& file = parsed.value();
  if (!file.is_array) return Emit(std::move(file.records[0]).value(), Single(), std::move(notes));
  for (const Note& note : notes) Warn(note, name_);
  if (file.records.empty()) return Fail(ErrorCode::kEmpty, "the JSON array holds no documents", name_);
  for (size_t i = 0; i < file.records.size(); ++i) {
    Place place = Item(static_cast<int>(i) + 1);
    Result<RawRecord>& rec = file.records[i];
    if (!rec.ok()) {
      Fail(rec.error().code, rec.error().message, place.arg);
      continue;
    }
    Emit(std::move(rec).value(), place, {});
  }
}

void Reader::JsonlLine(std::string_view line, int line_no) {
  if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  if (TrimSpace(line).empty()) return;
  int n = ++records_;
  std::string where = name_ + ":" + std::to_string(line_no);
  size_t repaired = 0;
  std::string fixed;
  if (!IsValidUtf8(line)) {
    fixed = internal::RepairUtf8(line, &repaired);
    line = fixed;
  }
  Result<RawRecord> rec = internal::ParseJsonLine(line);
  if (!rec.ok()) return Fail(rec.error().code, rec.error().message, where);
  rec.value().line = line_no;
  std::vector<Note> notes;
  if (repaired > 0) notes.push_back({ErrorCode::kEncoding, RepairMessage(repaired)});
  Emit(std::move(rec).value(), Place{n, where, where}, std::move(notes));
}

void Reader::ReadJsonlBytes(std::string_view bytes) {
  int line_no = 0;
  while (!bytes.empty()) {
    size_t nl = bytes.find('\n');
    std::string_view line = bytes.substr(0, nl);
    bytes.remove_prefix(nl == std::string_view::npos ? bytes.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    JsonlLine(line, ++line_no);
  }
  if (records_ == 0) Fail(ErrorCode::kEmpty, "no documents in the file (only blank lines)", name_);
}

void Reader::StreamJsonl(int fd, std::string_view head) {
  format_ = Format::kJsonl;
  if (internal::LooksBinary(head)) {
    return Fail(ErrorCode::kBinary, "looks like a binary file (NUL or control bytes); skipped", name_);
  }
  internal::LineReader lines(fd, options_.max_file_bytes, head);
  internal::LineReader::Line line;
  int line_no = 0;
  while (lines.Next(&line)) {
    ++line_no;
    if (line.too_long) {
      ++records_;
      Fail(ErrorCode::kTooLarge,
           "line is " + internal::SizeText(line.length) + ", above the " +
               internal::LimitText(options_.max_file_bytes) + " limit (--max-file-size)",
           name_ + ":" + std::to_string(line_no));
      continue;
    }
    JsonlLine(line.text, line_no);
  }
  if (const Error* err = lines.error()) {
    return Fail(err->code, err->message + " (after line " + std::to_string(line_no) + ")", name_);
  }
  if (records_ == 0) Fail(ErrorCode::kEmpty, "no documents in the file (only blank lines)", name_);
}

void Reader::ReadFeed(std::string_view bytes) {
  internal::DecodeReport report = internal::DecodeWithReport(bytes, {});
  for (const Note& note : DecodeNotes(report)) Warn(note, name_);
  Result<internal::Feed> parsed = internal::ParseFeed(report.decoded.utf8);
  if (!parsed.ok()) return Fail(parsed.error().code, parsed.error().message, name_);
  internal::Feed& feed = parsed.value();
  format_ = feed.kind == Format::kAtom ? Format::kAtom : Format::kRss;
  // Skipped items keep their number ("#3"), so later items keep their ids.
  std::set<int> skipped;
  for (const Error& e : feed.item_errors) {
    if (e.arg.size() > 1 && e.arg[0] == '#') skipped.insert(std::atoi(e.arg.c_str() + 1));
    Fail(e.code, e.message, e.arg.empty() ? name_ : name_ + ":" + e.arg);
  }
  if (feed.items.empty() && feed.item_errors.empty()) {
    return Fail(ErrorCode::kEmpty, "the feed has no items", name_);
  }
  int n = 0;
  for (RawRecord& rec : feed.items) {
    do {
      ++n;
    } while (skipped.count(n) > 0);
    if (rec.text_is_html) {
      HtmlArticle page = ExtractHtml(rec.text);
      rec.text = std::move(page.text);
      if (rec.title.empty()) rec.title = std::move(page.title);
      if (rec.url.empty()) rec.url = std::move(page.url);
      if (rec.outlet.empty()) rec.outlet = std::move(page.outlet);
      if (rec.author.empty()) rec.author = std::move(page.author);
      if (rec.date.empty()) rec.date = std::move(page.date);
    }
    if (rec.outlet.empty()) rec.outlet = feed.title;
    Emit(std::move(rec), Item(n), {});
  }
}

void Reader::Emit(RawRecord rec, const Place& place, std::vector<Note> notes) {
  // The text is stored exactly as read (DESIGN.md): spans and quotes must
  // match the source byte for byte, so nothing is trimmed.
  if (TrimSpace(rec.text).empty()) return Fail(ErrorCode::kEmpty, "document has no text", place.arg);
  if (rec.text.size() > kMaxTextBytes) {
    return Fail(ErrorCode::kTooLarge,
                "text is " + internal::SizeText(rec.text.size()) + ", above the " +
                    internal::LimitText(kMaxTextBytes) + " limit for a document",
                place.arg);
  }
  Document doc;
  if (IsValidUtf8(rec.text)) {
    doc.text = std::move(rec.text);
  } else {  // an HTML or feed parser let bad bytes through: repair here too
    size_t repaired = 0;
    doc.text = internal::RepairUtf8(rec.text, &repaired);
    notes.push_back({ErrorCode::kEncoding, RepairMessage(repaired)});
  }

  bool feed = format_ == Format::kRss || format_ == Format::kAtom;
  std::string id(TrimSpace(rec.id));
  if (id.empty() && feed) id = std::string(TrimSpace(rec.url));
  if (id.empty() && !stem_.empty()) id = place.n > 0 ? stem_ + ":" + std::to_string(place.n) : stem_;
  if (id.empty()) id = ContentHash(doc.text);
  doc.id = std::move(id);
  doc.source = place.source;
  doc.format = FormatName(format_);
  doc.url = std::string(TrimSpace(rec.url));
  if (std::string_view v = TrimSpace(rec.title); !v.empty()) doc.title.Set(std::string(v), Provenance::kGiven);
  if (std::string_view v = TrimSpace(rec.outlet); !v.empty()) doc.outlet.Set(std::string(v), Provenance::kGiven);
  if (std::string_view v = TrimSpace(rec.author); !v.empty()) doc.author.Set(std::string(v), Provenance::kGiven);

  if (std::string_view raw = TrimSpace(rec.date); !raw.empty()) {
    std::string iso = NormalizeDate(raw);
    if (iso.empty() && LooksIsoDate(raw)) iso = std::string(raw);
    if (!iso.empty()) {
      doc.date.Set(std::move(iso), Provenance::kGiven);
    } else {
      notes.push_back({ErrorCode::kMalformed, "date \"" + std::string(raw) + "\" not understood; dropped"});
    }
  }
  if (std::string lang = AsciiLower(TrimSpace(rec.lang)); !lang.empty()) {
    lang = lang.substr(0, lang.find_first_of("-_"));  // "en-US" -> "en"
    bool code = (lang.size() == 2 || lang.size() == 3) &&
                std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (code) {
      doc.lang = std::move(lang);
    } else {
      notes.push_back({ErrorCode::kMalformed, "lang \"" + std::string(TrimSpace(rec.lang)) +
                                                  "\" is not a language code; dropped"});
    }
  }

  for (Note& note : notes) {
    Warn(note, place.arg);
    doc.warnings.push_back(Diagnostic{std::move(note.message)});
  }
  if (options_.sniff_metadata) SniffMetadata(doc);
  if (options_.detect_language && doc.lang.empty()) doc.lang = DetectLanguage(doc.text);
  sink_.OnDocument(std::move(doc));
}

// Standard input: JSONL is streamed (the `riposte code` filter reads
// archives that way); anything else is read whole, up to the size limit.
void ReadStdin(const Options& options, Sink& sink) {
  Result<std::string> head = internal::ReadUpTo(STDIN_FILENO, kSniffBytes, "-");
  if (!head.ok()) return sink.OnFailure(head.error());
  Format format = options.format != Format::kAuto ? options.format : DetectFormat("-", head.value());
  if (format == Format::kJsonl) return Reader("-", options, sink).StreamJsonl(STDIN_FILENO, head.value());
  std::string bytes = std::move(head).value();
  if (bytes.size() == kSniffBytes && bytes.size() <= options.max_file_bytes) {
    // Up to one byte past the limit, to tell "at the limit" from "above".
    size_t room = options.max_file_bytes - bytes.size() + 1;
    Result<std::string> rest = internal::ReadUpTo(STDIN_FILENO, room, "-");
    if (!rest.ok()) return sink.OnFailure(rest.error());
    bytes += rest.value();
  }
  if (bytes.size() > options.max_file_bytes) {
    return sink.OnFailure(MakeError(ErrorCode::kTooLarge,
                                    "input is above the " + internal::LimitText(options.max_file_bytes) +
                                        " limit (--max-file-size)",
                                    "-"));
  }
  Reader("-", options, sink).Read(bytes, format);
}

}  // namespace

void ReadBytes(std::string_view name, std::string_view bytes, const Options& options, Sink& sink) {
  Reader(name, options, sink).Read(bytes, options.format);
}

void ReadPath(const std::string& path, const Options& options, Sink& sink) {
  auto fail = [&](Error e) { sink.OnFailure(e); };
  if (path == "-") return ReadStdin(options, sink);
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return fail(internal::ErrnoError(errno, path));
  if (S_ISDIR(st.st_mode)) return fail(MakeError(ErrorCode::kIo, "is a directory", path));
  Result<internal::File> file = internal::OpenInput(path);
  if (!file.ok()) return fail(file.error());
  int fd = file.value().fd();
  if (!S_ISREG(st.st_mode)) {  // a fifo or device: bounded stream read
    Result<std::string> data = internal::ReadStream(fd, options.max_file_bytes, path);
    if (!data.ok()) return fail(data.error());
    return ReadBytes(path, data.value(), options, sink);
  }
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size == 0) return fail(MakeError(ErrorCode::kEmpty, "file is empty", path));

  // The format decides how to read: JSONL is streamed, the rest read whole.
  Format format = options.format;
  if (format == Format::kAuto) {
    format = FormatFromExtension(path);
    if (format == Format::kAuto || format == Format::kJson) {
      Result<std::string> head = internal::ReadUpTo(fd, kSniffBytes, path);
      if (!head.ok()) return fail(head.error());
      format = DetectFormat(path, head.value());
      if (lseek(fd, 0, SEEK_SET) != 0) return fail(internal::ErrnoError(errno, path));
    }
  }
  if (format == Format::kJsonl) {
    Result<std::string> head = internal::ReadUpTo(fd, kSniffBytes, path);
    if (!head.ok()) return fail(head.error());
    return Reader(path, options, sink).StreamJsonl(fd, head.value());
  }
  if (size > options.max_file_bytes) {
    return fail(MakeError(ErrorCode::kTooLarge,
                          "file is " + internal::SizeText(size) + ", above the " +
                              internal::LimitText(options.max_file_bytes) +
                              " limit (--max-file-size)",
                          path));
  }
  // A file that grew since stat() is read up to its stat() size.
  Result<std::string> data =
      internal::ReadUpTo(fd, static_cast<size_t>(size), path, static_cast<size_t>(size));
  if (!data.ok()) return fail(data.error());
  Reader(path, options, sink).Read(data.value(), format);
}

}  // namespace riposte::ingest
