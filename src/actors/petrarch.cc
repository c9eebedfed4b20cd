// Reader of PETRARCH/TABARI actor and agent dictionaries
// (Lexicon::AddPetrarchDictionary in actors.h), written from the format as
// ../shared/petrarch2/dictionaries.rst documents it and as the Phoenix
// dictionaries use it. Everything after '#' (and, in actor files, ';') is a
// comment; blank lines are skipped.
//
// Actor dictionaries (Phoenix.*.actors.txt) are blocks:
//
//   VLADIMIR_PUTIN_            a name line: a phrase, words joined by '_'
//   +PUTIN_                    synonym lines, '+' then a phrase
//   	[RUSGOV 991231-080507]    code lines, starting with blank or tab:
//   	[RUSGOV >080508]          [CODE], [CODE <DATE], [CODE >DATE] or
//   	[RUSELI]                  [CODE DATE-DATE]; DATE is YYMMDD or YYYYMMDD
//
// Name lines that follow a codeless name line directly (no blank or
// comment line between, both in capitals) are read as its synonyms: the
// Phoenix files often leave out the '+' ("LEONID_BREZHNEV_" /
// "LEONID_ILYICH_BREZHNEV" / codes), and PETRARCH would otherwise give the
// first names no code at all.
// Codes may also follow the phrase on the name line (TABARI style:
// "UN_ [IGOUNO]", "X_\t[IGOUNO 820101-911231] [ELI]"); every code of a
// block applies to every phrase of it. "[---]" is the null code. The block
// ends at the next name line; its entries are added then, one per (phrase,
// code), dated codes before the undated default so that
// Lexicon::PersonCodeAsOf finds a term before falling back to the default.
//
// Agent dictionaries (Phoenix.agents.txt) are one record a line:
//
//   !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES   substitution set
//   FOREIGN_!MINIST! [~GOV]        every item replaces the marker, no plural
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]   irregular plural
//   POLICE {} [~COP]               no plural
//   HUMAN_RIGHTS_BODY [NGO~]       code that goes before the actor's code
//
// The format is told from the content: a substitution set or a '~' code
// before any '+' synonym or indented code line makes it an agent file.
//
// Other agents get a regular plural of their last word (+S; Y after a
// consonant -> IES; S, X, CH, SH -> +ES), unless the phrase ends in '_'.
//
// Our choices, where the format leaves room:
// - Text: '_' and runs of blanks become one space, ASCII letters are
//   lower-cased ("VLADIMIR_PUTIN_" -> "vladimir putin") so Lexicon::Find
//   matches any capitalisation. A blank between agent words ("!MINIST!
//   FOR_AGRICULTURE"), which PETRARCH reads as "other words may come
//   between", is kept as a plain space: we match the phrase only as written.
// - Dates: two-digit years 00-29 are 20xx, 30-99 are 19xx; "<D" is
//   to = D, ">D" is from = D, bounds inclusive, as ISO YYYY-MM-DD.
// - Kind: kCountryName when every code of the block is a 3-letter
//   country/region code (not IGO, NGO, MNC, a sector...); else kPerson
//   when any code carries dates; else kOrganisation. Agents are kAgent with
//   the code stripped of '~'; note says when it is a prefix code ("NGO~").
// - Rejected, with file:line and the rest loaded: invalid UTF-8, lines over
//   4 KiB, unbalanced brackets, text outside [...] on a code line, codes
//   not of capitals and digits, dates not of 6 or 8 digits or not real
//   months/days, a bare date with neither '<', '>' nor a range, ranges
//   ending before they start, synonyms/codes before any name, names whose
//   block has no code at all, agents without a code, unknown markers.
//
// Tested by petrarch_test.cc.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "actors/internal/petrarch_syntax.h"

namespace riposte::actors {
namespace {

using internal::DatedCode;
using internal::HasLower;
using internal::IsBlank;
using internal::IsCodeText;
using internal::IsCountryCode;
using internal::ParseActorCode;
using internal::PhraseText;
using internal::RegularPlural;
using internal::SplitBrackets;
using internal::SplitComment;
using internal::Trim;

constexpr size_t kMaxLineBytes = 4096;
constexpr size_t kMaxExpansions = 256;    // forms one agent line may produce
constexpr size_t kFormatProbeLines = 500; // data lines looked at to tell the format

class Reader {
 public:
  Reader(Lexicon& lexicon, std::string name) : lexicon_(lexicon), name_(std::move(name)) {}

  void ReadActors(const std::vector<std::string_view>& lines);
  void ReadAgents(const std::vector<std::string_view>& lines);
  size_t added() const { return added_; }

 private:
  struct Phrase {
    std::string text;
    std::string where;
  };
  struct Block {
    bool open = false;
    std::vector<Phrase> phrases;
    std::vector<DatedCode> codes;
    bool had_null = false;    // "[---]" seen: no code is deliberate
    bool upper_case = false;  // the name line has no lower-case letter
    std::string note;
  };

  std::string Where(size_t line_no) const { return name_ + ":" + std::to_string(line_no); }
  void Reject(size_t line_no, std::string why) {
    lexicon_.Reject(MakeError(ErrorCode::kMalformed, std::move(why), Where(line_no)));
  }
  void Add(Entry entry) {
    lexicon_.Add(std::move(entry));
    ++added_;
  }
  // Adds the entries of `block_` and starts no new one.
  void FlushBlock();
  // Parses the codes of one actor line into block_; false if any was bad.
  void AddCodes(size_t line_no, const std::vector<std::string_view>& insides);
  // Expands the !MARKER!s of an agent phrase; false (and rejects) if unknown.
  bool Expand(size_t line_no, std::string_view phrase, std::vector<std::string>& forms);

  Lexicon& lexicon_;
  std::string name_;
  size_t added_ = 0;
  Block block_;
  size_t block_line_ = 0;      // line number of the block's name line
  size_t block_last_idx_ = 0;  // index of the block's last accepted line
  std::vector<std::pair<std::string, std::vector<std::string>>> markers_;
};

void Reader::FlushBlock() {
  Block block = std::move(block_);
  block_ = Block{};
  if (!block.open || block.phrases.empty()) return;
  std::vector<const DatedCode*> ordered;
  for (const DatedCode& c : block.codes) {
    if (!c.code.empty() && (!c.from.empty() || !c.to.empty())) ordered.push_back(&c);
  }
  const bool dated = !ordered.empty();
  for (const DatedCode& c : block.codes) {
    if (!c.code.empty() && c.from.empty() && c.to.empty()) ordered.push_back(&c);
  }
  if (ordered.empty()) {
    if (!block.had_null) Reject(block_line_, "\"" + block.phrases.front().text + "\" has no code");
    return;
  }
  bool all_countries = true;
  for (const DatedCode* c : ordered) all_countries = all_countries && IsCountryCode(c->code);
  const EntryKind kind = all_countries ? EntryKind::kCountryName
                         : dated       ? EntryKind::kPerson
                                       : EntryKind::kOrganisation;
  for (const Phrase& p : block.phrases) {
    for (const DatedCode* c : ordered) {
      Add(Entry{p.text, kind, c->code, "", c->from, c->to, block.note, p.where});
    }
  }
}

void Reader::AddCodes(size_t line_no, const std::vector<std::string_view>& insides) {
  for (std::string_view inside : insides) {
    DatedCode code;
    if (std::string why = ParseActorCode(inside, code); !why.empty()) {
      Reject(line_no, why);
      continue;
    }
    if (code.code.empty()) {
      block_.had_null = true;
    } else {
      block_.codes.push_back(std::move(code));
    }
  }
}

void Reader::ReadActors(const std::vector<std::string_view>& lines) {
  // A name line that was rejected drops its synonyms and codes with it.
  bool skipping = false;
  for (size_t idx = 0; idx < lines.size(); ++idx) {
    const size_t line_no = idx + 1;
    std::string_view body, comment;
    SplitComment(lines[idx], /*semicolon_too=*/true, body, comment);
    if (Trim(body).empty()) continue;
    const bool is_code_line = IsBlank(body.front());
    const bool is_plus = !is_code_line && body.front() == '+';
    // Name lines straight after a name that has no code yet are read as
    // its synonyms ("LEONID_BREZHNEV_" / "LEONID_ILYICH_BREZHNEV" / codes).
    const bool is_joined = !is_code_line && !is_plus && !skipping && block_.open &&
                           block_.codes.empty() && !block_.had_null && idx == block_last_idx_ + 1 &&
                           block_.upper_case && !HasLower(body);
    const bool is_synonym = is_plus || is_joined;
    if (!is_code_line && !is_synonym) {
      FlushBlock();
      skipping = false;
    }
    if (skipping) continue;
    if (lines[idx].size() > kMaxLineBytes) {
      Reject(line_no, "line longer than 4 KiB");
      skipping = !is_code_line && !is_synonym;
      continue;
    }
    if (!IsValidUtf8(lines[idx])) {
      Reject(line_no, "not valid UTF-8");
      skipping = !is_code_line && !is_synonym;
      continue;
    }
    std::string_view phrase;
    std::vector<std::string_view> insides;
    std::string why = SplitBrackets(is_plus ? body.substr(1) : body, phrase, insides);
    if (why.empty() && is_code_line && !phrase.empty()) {
      why = "a line starting with a blank holds only [codes], not \"" + std::string(phrase) + "\"";
    }
    if (why.empty() && !is_code_line && PhraseText(phrase).empty()) why = "empty phrase";
    if (why.empty() && (is_code_line || is_synonym) && !block_.open) {
      why = is_code_line ? "codes before any name line" : "synonym before any name line";
    }
    if (!why.empty()) {
      Reject(line_no, why);
      skipping = !is_code_line && !is_synonym;
      continue;
    }
    block_last_idx_ = idx;
    if (!is_code_line) {
      if (!is_synonym) {
        block_.open = true;
        block_.upper_case = !HasLower(body);
        block_.note = std::string(comment);
        block_line_ = line_no;
      }
      block_.phrases.push_back(Phrase{PhraseText(phrase), Where(line_no)});
    }
    AddCodes(line_no, insides);
  }
  FlushBlock();
}

bool Reader::Expand(size_t line_no, std::string_view phrase, std::vector<std::string>& forms) {
  forms.assign(1, std::string(phrase));
  // Iterative: each round replaces the first marker of every form.
  for (;;) {
    std::vector<std::string> next;
    bool any = false;
    for (const std::string& form : forms) {
      const size_t open = form.find('!');
      if (open == std::string::npos) {
        next.push_back(form);
        continue;
      }
      const size_t close = form.find('!', open + 1);
      if (close == std::string::npos) {
        Reject(line_no, "unbalanced '!' marker");
        return false;
      }
      const std::string marker = form.substr(open, close - open + 1);
      const std::vector<std::string>* items = nullptr;
      for (const auto& [name, list] : markers_) {
        if (name == marker) items = &list;
      }
      if (items == nullptr) {
        Reject(line_no, "unknown substitution marker " + marker);
        return false;
      }
      any = true;
      for (const std::string& item : *items) {
        next.push_back(form.substr(0, open) + item + form.substr(close + 1));
      }
    }
    if (next.size() > kMaxExpansions) {
      Reject(line_no, "substitution markers expand to more than 256 phrases");
      return false;
    }
    forms = std::move(next);
    if (!any) return true;
  }
}

void Reader::ReadAgents(const std::vector<std::string_view>& lines) {
  for (size_t idx = 0; idx < lines.size(); ++idx) {
    const size_t line_no = idx + 1;
    std::string_view body, comment;
    SplitComment(lines[idx], /*semicolon_too=*/false, body, comment);
    body = Trim(body);
    if (body.empty()) continue;
    if (lines[idx].size() > kMaxLineBytes) {
      Reject(line_no, "line longer than 4 KiB");
      continue;
    }
    if (!IsValidUtf8(lines[idx])) {
      Reject(line_no, "not valid UTF-8");
      continue;
    }
    // "!NAME! = A, B, C" defines a substitution set.
    if (body.front() == '!' && body.find('=') != std::string_view::npos) {
      const size_t eq = body.find('=');
      const std::string_view marker = Trim(body.substr(0, eq));
      if (marker.size() < 3 || marker.back() != '!' || marker.substr(1, marker.size() - 2).find('!') !=
                                                           std::string_view::npos) {
        Reject(line_no, "substitution set name must be !NAME!");
        continue;
      }
      std::vector<std::string> items;
      std::stringstream list{std::string(body.substr(eq + 1))};
      for (std::string item; std::getline(list, item, ',');) {
        std::string stripped;
        for (char c : item) {
          if (!IsBlank(c)) stripped.push_back(c);
        }
        if (!stripped.empty()) items.push_back(std::move(stripped));
      }
      if (items.empty()) {
        Reject(line_no, "empty substitution set");
        continue;
      }
      markers_.emplace_back(std::string(marker), std::move(items));
      continue;
    }
    std::string_view phrase;
    std::vector<std::string_view> insides;
    if (std::string why = SplitBrackets(body, phrase, insides); !why.empty()) {
      Reject(line_no, why);
      continue;
    }
    if (insides.size() != 1) {
      Reject(line_no, insides.empty() ? "agent without a [code]" : "agent with more than one [code]");
      continue;
    }
    // The plural in {...}, if any, sits between the phrase and the code.
    std::optional<std::string_view> plurals;
    if (const size_t brace = phrase.find('{'); brace != std::string_view::npos) {
      const size_t close = phrase.find('}', brace);
      if (close == std::string_view::npos || !Trim(phrase.substr(close + 1)).empty()) {
        Reject(line_no, "'{' without '}' before the code");
        continue;
      }
      plurals = phrase.substr(brace + 1, close - brace - 1);
      phrase = Trim(phrase.substr(0, brace));
    }
    if (PhraseText(phrase).empty()) {
      Reject(line_no, "empty phrase");
      continue;
    }
    std::string_view code = Trim(insides.front());
    std::string note(comment);
    if (!code.empty() && code.front() == '~') {
      code.remove_prefix(1);
    } else if (!code.empty() && code.back() == '~') {
      code.remove_suffix(1);
      note = "code goes before the actor's (" + std::string(code) + "~)" + (note.empty() ? "" : "; ") + note;
    }
    if (!IsCodeText(code)) {
      Reject(line_no, "agent code \"" + std::string(insides.front()) + "\" is not [~CAPITALS]");
      continue;
    }
    std::vector<std::string> forms;
    if (!Expand(line_no, phrase, forms)) continue;
    const bool has_markers = forms.size() != 1 || forms.front() != phrase;
    std::vector<std::string> texts;
    for (const std::string& form : forms) texts.push_back(PhraseText(form));
    if (plurals) {
      std::string_view rest = *plurals;
      bool ok = true;
      while (!(rest = Trim(rest)).empty()) {
        size_t end = 0;
        while (end < rest.size() && !IsBlank(rest[end])) ++end;
        std::vector<std::string> plural_forms;
        if (!Expand(line_no, rest.substr(0, end), plural_forms)) {
          ok = false;
          break;
        }
        for (const std::string& form : plural_forms) texts.push_back(PhraseText(form));
        rest.remove_prefix(end);
      }
      if (!ok) continue;
    } else if (!has_markers && Trim(phrase).back() != '_') {
      texts.push_back(RegularPlural(texts.front()));
    }
    for (std::string& text : texts) {
      if (text.empty()) continue;
      Add(Entry{std::move(text), EntryKind::kAgent, std::string(code), "", "", "", note, Where(line_no)});
    }
  }
}

// True iff the file reads as an agent dictionary: a substitution set or a
// code with '~' comes before any synonym or indented code line.
bool LooksLikeAgents(const std::vector<std::string_view>& lines) {
  size_t probed = 0;
  for (std::string_view line : lines) {
    std::string_view body, comment;
    SplitComment(line, false, body, comment);
    if (Trim(body).empty()) continue;
    if (++probed > kFormatProbeLines) break;
    if (body.front() == '+' || (IsBlank(body.front()) && Trim(body).front() == '[')) return false;
    if (body.front() == '!' && body.find('=') != std::string_view::npos) return true;
    if (body.find("[~") != std::string_view::npos || body.find("~]") != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

Result<size_t> Lexicon::AddPetrarchDictionary(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return MakeError(ErrorCode::kNotFound, "PETRARCH dictionary not found", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kIo, "cannot open PETRARCH dictionary", path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return MakeError(ErrorCode::kIo, "cannot read PETRARCH dictionary", path);
  const std::string content = std::move(buffer).str();

  std::vector<std::string_view> lines;
  const std::string_view all = content;
  for (size_t start = 0; start < all.size();) {
    size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }

  Reader reader(*this, std::filesystem::path(path).filename().string());
  if (LooksLikeAgents(lines)) {
    reader.ReadAgents(lines);
  } else {
    reader.ReadActors(lines);
  }
  return reader.added();
}

}  // namespace riposte::actors
