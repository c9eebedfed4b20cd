// Riposte core: the data model every stage shares.
//
// A Document owns one article's UTF-8 text exactly as read (for HTML, the
// extracted main text) plus its source metadata. Every annotation is a Span of
// byte offsets into Document::text; no stage ever edits the text or copies
// substrings into annotations. Stages that need normalised text build their own
// buffer with an offset map back (see text/text.h).
//
//   riposte::Document doc;
//   doc.text = "Baku protested. Moscow replied.";
//   riposte::Span s{0, 15};
//   std::string_view quote = doc.Slice(s);  // "Baku protested."
//
// Expected failures (bad file, malformed JSON line) are values, not exceptions:
// functions return Result<T>, which holds either a T or an Error.
//
// Thread-safety: plain value types; a Document is safe to read from many
// threads and must be written by one.
//
// Depends on nothing else in Riposte. Tested by core_test.cc.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace riposte {

// The one offset type: a byte position in a Document's stored text.
using Offset = uint32_t;

// Largest text a Document may hold; spans must fit in Offset.
inline constexpr size_t kMaxTextBytes = 64u << 20;

// A half-open byte range [begin, end) of a Document's text.
// Invariant: begin <= end (checked by Make; the text bound by Document).
struct Span {
  Offset begin = 0;
  Offset end = 0;

  Offset size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(Span o) const { return begin <= o.begin && o.end <= end; }
  friend bool operator==(Span, Span) = default;
};

// One error code per failure kind; messages are built by the caller with the
// offending file/line in Error::arg.
enum class ErrorCode {
  kOk = 0,
  kIo,             // a path could not be opened, read or listed
  kNotFound,       // a path, document or record does not exist
  kEmpty,          // the input holds no bytes or no text
  kBinary,         // the input looks binary (NUL bytes, control characters)
  kTooLarge,       // the input is above the documented size limit
  kEncoding,       // the bytes could not be decoded in any encoding
  kMalformed,      // JSON/XML/feed syntax error, wrong field types
  kMissingField,   // a required field (text) is absent
  kUnsupported,    // a format or option Riposte does not handle
  kStore,          // SQLite reported an error
  kSchema,         // the store's schema is newer than this binary knows
  kInvalidArgument,// a caller passed a bad value (bad flag, bad span)
  kInternal,       // an invariant broke: a bug, please report
};

// Stable short name of a code ("io", "too_large", ...), for logs and JSON.
const char* ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // human sentence: "file is empty"
  std::string arg;      // what it concerns: "docs/a.json:17"

  // "docs/a.json:17: file is empty"
  std::string ToString() const;
};

// Either a value or an Error. Minimal by design: check ok(), then use value()
// or error(). Not an exception carrier.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result<void> equivalent.
using Status = Result<std::monostate>;
inline Status OkStatus() { return Status(std::monostate{}); }

inline Error MakeError(ErrorCode code, std::string message, std::string arg = {}) {
  return Error{code, std::move(message), std::move(arg)};
}

// How a metadata value was obtained.
enum class Provenance {
  kNone,     // no value
  kGiven,    // stated by the input (JSON field, HTML meta, feed element)
  kSniffed,  // read from the article text itself by a heuristic
  kInferred, // reasoned from the text's content (the time stage's date_inferred)
};
const char* ProvenanceName(Provenance p);  // "", "given", "sniffed", "inferred"

// A metadata value with where it came from. For sniffed values `evidence`
// holds the exact text it was read from (e.g. " date 2025-07-28").
struct Field {
  std::string value;
  Provenance provenance = Provenance::kNone;
  std::string evidence;

  bool empty() const { return value.empty(); }
  void Set(std::string v, Provenance p, std::string ev = {}) {
    value = std::move(v);
    provenance = p;
    evidence = std::move(ev);
  }
};

// A warning raised while reading a document that did not stop it
// ("repaired 3 invalid UTF-8 bytes").
struct Diagnostic {
  std::string message;
};

// Annotation layers written by the segment stage (text/text.h).
struct Sentence {
  Span span;
};

// Part-of-speech tag: an index into text::TagName's table of Penn Treebank
// tags; 0 means not tagged.
using TagId = uint8_t;

struct Token {
  Span span;
  TagId tag = 0;       // set by text::Analyze
  std::string lemma;   // set by text::Analyze: "detain", "apologize", "Baku"
};

// Phrases and clauses, set by text::Analyze. Token and phrase references are
// indexes into Document::tokens / Document::phrases; -1 means none.
enum class PhraseKind : uint8_t { kNounPhrase, kVerbGroup };
enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };
enum class Voice : uint8_t { kNone, kActive, kPassive };

struct Phrase {
  PhraseKind kind = PhraseKind::kNounPhrase;
  uint32_t begin = 0;      // first token
  uint32_t end = 0;        // one past the last token
  int32_t head = -1;       // head token: the noun, or the main verb
  int32_t sentence = -1;   // index into Document::sentences
  // Noun phrases.
  int32_t determiner = -1; // "the", "a", "this", "no"
  int32_t possessor = -1;  // phrase index of "Russia's" in "Russia's air defences"
  bool coordinated = false;  // "Hungarian and Romanian officials"
  // Verb groups.
  Tense tense = Tense::kNone;
  Voice voice = Voice::kNone;
  bool negated = false;      // "did not apologise", "never paid"
  int32_t modal = -1;        // token of "would", "could", "may", "will"...
  bool infinitive = false;   // "to expel"
  bool progressive = false;  // "is detaining"
  bool perfect = false;      // "has detained"
};

enum class ClauseKind : uint8_t {
  kMain,         // an independent clause
  kSubordinate,  // "after police raided the office", "because ..."
  kRelative,     // "who were detained", "which Moscow denied"
  kReported,     // the complement of a speech verb: "Baku said [that Moscow lied]"
  kQuotation,    // words in quotation marks
  kConditional,  // "if Moscow apologises"
};

struct Clause {
  ClauseKind kind = ClauseKind::kMain;
  uint32_t begin = 0;      // first token
  uint32_t end = 0;        // one past the last token
  int32_t sentence = -1;
  int32_t parent = -1;     // clause index of the enclosing clause
  int32_t verb = -1;       // phrase index of its main verb group
  int32_t subject = -1;    // phrase index of its subject noun phrase
  int32_t speaker = -1;    // kReported/kQuotation: phrase index of who says it
                           // ("the ministry" in "according to the ministry, ...")
  int32_t cue = -1;        // token that opens it: "that", "if", "who", "according"
};

// An actor mention, set by the actors stage (actors/actors.h).
struct ActorMention {
  Span span;                // the words: "Russian air defences", "he"
  std::string code;         // "RUSMIL", "AZEGOV", "IGOUNO"; "" when unresolved
  std::string rule;         // why: the rule and lexicon lines that decided the code
  int32_t phrase = -1;      // the noun phrase it came from (Document::phrases)
  int32_t antecedent = -1;  // coreference: the earlier mention it refers to
  bool ethnic = false;      // ethnicity or diaspora reading ("ethnic Azerbaijanis")
};

// A time expression, set by the time stage (time/time.h). Values are ISO
// 8601 at the expression's granularity; `start`/`end` the days it covers.
enum class TimeGranularity : uint8_t {
  kNone,      // recognised but not normalisable (no document date to anchor it)
  kDay, kWeek, kMonth, kQuarter, kSeason, kHalf, kYear, kDecade, kCentury,
  kDuration,  // "for four months": value "P4M", no start/end
};
enum class TimeAnchor : uint8_t {
  kAbsolute,  // the text says the date ("June 27, 2025")
  kDocument,  // relative to the document date ("yesterday", "in February")
  kPrevious,  // relative to the previous reference ("the following day")
};

// "day", "week", ..., "duration", "none"; and back (kNone for unknown names).
const char* TimeGranularityName(TimeGranularity g);
TimeGranularity ParseTimeGranularity(std::string_view name);
// "absolute", "document", "previous"; and back (kAbsolute for unknown names).
const char* TimeAnchorName(TimeAnchor a);
TimeAnchor ParseTimeAnchor(std::string_view name);

struct TimeExpression {
  Span span;                // "June 27, 2025", "two days later"
  std::string value;        // "2025-06-27", "2025-06", "2025", "2025-W26", "2025-Q3",
                            // "2025-SU", "2025-H1", "201" (the 2010s), "19" (the 20th century, ISO),
                            // "2001/2011" (a range), "P4M" (a duration); "" when kNone
  TimeGranularity granularity = TimeGranularity::kNone;
  std::string start, end;   // ISO days, inclusive; "" for durations and kNone
  std::string mod;          // "", "early", "mid", "late", "since", "until", "before",
                            // "after", "approx"
  TimeAnchor anchor = TimeAnchor::kAbsolute;
  int32_t previous = -1;    // kPrevious: index into Document::times of the reference
  std::string rule;         // which rule recognised and normalised it
};

// One news article. Owns its text; everything else points into it.
struct Document {
  // --- identity and metadata (ingest) ---
  std::string id;           // DESIGN.md id rule; never empty after ingest
  std::string url;
  Field outlet;             // publisher ("TASS"); may be sniffed
  Field author;             // byline ("Mehdi Seyf Tabrizi"); may be sniffed
  Field title;              // headline; may be sniffed (first line of plain text)
  Field date;               // ISO 8601 publication date; may be sniffed
  std::string date_hint;    // relative date text with no anchor ("2 days ago")
  Field dateline;           // place of a dateline ("BAKU"); sniffed
  std::string lang;         // ISO 639-1 ("en"), or "" when unknown
  Field date_inferred;      // set by later stages only (time), never by ingest
  std::string source;       // where it was read from: "dir/a.html", "feed.xml#3", "-"
  std::string format;       // "text", "html", "json", "jsonl", "rss", "atom"

  // --- content (immutable after ingest) ---
  std::string text;         // UTF-8, NFC not required: exactly what is stored

  // --- annotations (segment) ---
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  // --- annotations (text analysis) ---
  std::vector<Phrase> phrases;   // in token order; NPs and VGs never overlap each other
  std::vector<Clause> clauses;   // in order of their first token; nested via parent

  // --- annotations (actors) ---
  std::vector<ActorMention> actors;  // in text order
  // Proper names in actor positions that no lexicon knows ("Arman
  // Zhaksylykov detained"): not actors, the lexicon maintainer's worklist.
  std::vector<Span> unknown_names;   // in text order

  // --- annotations (time) ---
  std::vector<TimeExpression> times;  // in text order, never overlapping

  std::vector<Diagnostic> warnings;

  // Returns the bytes of `s`. REQUIRES: s.end <= text.size().
  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  // Returns true iff the span lies within the text.
  bool Valid(Span s) const { return s.begin <= s.end && s.end <= text.size(); }
  // The publication date to reckon with: the given or sniffed one, else the
  // one the time stage inferred; "" when neither is known.
  const std::string& ReportDate() const { return date.value.empty() ? date_inferred.value : date.value; }
};

// Hex digest (16 hex chars, 64-bit FNV-1a over 2 seeds -> 128 bits shown as
// 32 hex chars) of the stored text: the identity of a document version.
std::string ContentHash(std::string_view text);

// ---- the project's data files (data/*/*.tsv) ----

// The directory of the project's data files: $RIPOSTE_DATA_DIR, else the
// source tree's data/ this binary was built from.
std::string DataDir();

// Splits `s` at every `sep` (n separators give n+1 parts, empty ones too).
std::vector<std::string_view> Split(std::string_view s, char sep);
// `s` without leading and trailing spaces and CRs (a data file's field).
std::string_view TrimField(std::string_view s);

// Reads the data file `path` line by line and calls line_fn(fields, where)
// for each data line: blank lines and lines starting with '#' are skipped,
// a line above 4 KiB is rejected into `rejected` ("name:N: line longer than
// 4 KiB"), and the others are split at tabs, each field trimmed of spaces
// and CR; `where` is "name:N" for messages. Returns kNotFound, saying
// "<what> missing", when the file cannot be opened.
using DataLineFn =
    std::function<void(std::vector<std::string_view>& fields, const std::string& where)>;
Status ForEachDataLine(const std::string& path, const std::string& name, std::string_view what,
                       std::vector<Error>& rejected, const DataLineFn& line_fn);


// Appends `s` to `out` as a JSON string literal (with quotes), escaping as
// RFC 8259 requires. Invalid UTF-8 is never produced by Riposte; bytes are
// copied as is.
void AppendJsonString(std::string& out, std::string_view s);

// The same written at `out`, which has room for JsonStringRoom(s) bytes;
// returns the end of what was written. For writers that make room for a
// whole record at once (the store's JSON columns).
char* WriteJsonString(char* out, std::string_view s);
// The first byte of [p, end) that a JSON string cannot hold as it is: '"',
// '\\' or a control byte (below 0x20); `end` if none. Eight bytes at a time
// (JSONL readers and writers scan long plain runs).
const char* JsonPlainRunEnd(const char* p, const char* end);
inline size_t JsonStringRoom(std::string_view s) { return 6 * s.size() + 2; }

// Returns true iff `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// Appends code point `cp` (at most 0x10FFFF) to `out` as UTF-8, as it is:
// callers that must not write NUL or surrogates replace them first.
void AppendUtf8(std::string& out, uint32_t cp);

// Reads the 4 hex digits at `p` (a JSON "\uXXXX" escape's digits) into `v`;
// returns false when one is no hex digit. REQUIRES: 4 readable chars at `p`.
bool ParseHex4(const char* p, uint32_t* v);

// The value of an English cardinal number word, lower case: "seven" -> 7,
// "thirty-eight" -> 38, "dozen" -> 12; nullopt for anything else (digits
// included). Shared by the events stage's quantities and reconcile's
// figures, so both read the same numbers.
std::optional<double> NumberWordValue(std::string_view word);

// The multiplier of a scale word, lower case: "hundred" 1e2, "thousand" 1e3,
// "million"/"mln" 1e6, "billion"/"bn" 1e9; nullopt for anything else.
std::optional<double> ScaleWordValue(std::string_view word);

}  // namespace riposte
