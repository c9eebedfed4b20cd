// Line-level pieces of the PETRARCH/TABARI dictionary reader: comments,
// phrases, code restrictions with dates, regular plurals (see petrarch.cc
// for the format and the choices made).
//
// Tested by petrarch_test.cc.
#include "actors/internal/petrarch_syntax.h"

namespace riposte::actors::internal {
namespace {

// 3-letter codes that are not countries or regions.
constexpr std::string_view kNonCountryCodes[] = {
    "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT", "ELI", "MED", "GOV", "MIL", "REB",
    "OPP", "BUS", "CVL", "COP", "JUD", "LEG", "SPY", "EDU", "CRM", "LAB", "REF", "HLH",
    "AGR", "ENV", "HRI", "SEP", "INS", "RAD", "MOD", "IRC", "UAF", "UNO", "REL", "PTY"};

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool HasLower(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}


// True iff `code` is capitals and digits ("RUSGOV", "IGOUNO", "G20").
bool IsCodeText(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Splits `line` at its first comment character.
void SplitComment(std::string_view line, bool semicolon_too, std::string_view& body,
                  std::string_view& comment) {
  size_t cut = line.find_first_of(semicolon_too ? std::string_view("#;") : std::string_view("#"));
  body = line.substr(0, cut);
  comment = cut == std::string_view::npos ? std::string_view() : Trim(line.substr(cut + 1));
  while (!comment.empty() && (comment.front() == '#' || comment.front() == ';')) {
    comment = Trim(comment.substr(1));
  }
}

// "VLADIMIR_V._PUTIN_" -> "vladimir v. putin".
std::string PhraseText(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  bool pending_space = false;
  for (char c : phrase) {
    if (c == '_' || IsBlank(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// YYMMDD or YYYYMMDD -> YYYY-MM-DD; false when not a real month and day.
bool IsoDate(std::string_view digits, std::string& iso) {
  if (!IsDigits(digits) || (digits.size() != 6 && digits.size() != 8)) return false;
  std::string year;
  if (digits.size() == 6) {
    const int yy = (digits[0] - '0') * 10 + (digits[1] - '0');
    year = (yy < 30 ? "20" : "19") + std::string(digits.substr(0, 2));
    digits.remove_prefix(2);
  } else {
    year = std::string(digits.substr(0, 4));
    digits.remove_prefix(4);
  }
  const std::string_view month = digits.substr(0, 2), day = digits.substr(2, 2);
  if (month < "01" || month > "12" || day < "01" || day > "31") return false;
  iso = year + "-" + std::string(month) + "-" + std::string(day);
  return true;
}


// Parses the inside of one [...] of an actor dictionary; returns an error
// message, or "" on success.
std::string ParseActorCode(std::string_view inside, DatedCode& out) {
  inside = Trim(inside);
  size_t blank = 0;
  while (blank < inside.size() && !IsBlank(inside[blank])) ++blank;
  const std::string_view code = inside.substr(0, blank);
  std::string restriction;
  for (char c : inside.substr(blank)) {
    if (!IsBlank(c)) restriction.push_back(c);
  }
  if (code == "---") {
    out = DatedCode{};
    return "";
  }
  if (!IsCodeText(code)) return "code \"" + std::string(code) + "\" is not capitals and digits";
  out = DatedCode{std::string(code), "", ""};
  if (restriction.empty()) return "";
  std::string_view r = restriction;
  auto bad_date = [](std::string_view d) {
    return "date \"" + std::string(d) + "\" is not a YYMMDD or YYYYMMDD date";
  };
  if (r.front() == '<' || r.front() == '>') {
    std::string iso;
    if (!IsoDate(r.substr(1), iso)) return bad_date(r.substr(1));
    (r.front() == '<' ? out.to : out.from) = iso;
    return "";
  }
  const size_t dash = r.find('-');
  if (dash == std::string_view::npos) {
    return "date restriction \"" + restriction + "\" needs '<', '>' or a range DATE-DATE";
  }
  if (!IsoDate(r.substr(0, dash), out.from)) return bad_date(r.substr(0, dash));
  if (!IsoDate(r.substr(dash + 1), out.to)) return bad_date(r.substr(dash + 1));
  if (out.to < out.from) return "date range " + restriction + " ends before it starts";
  return "";
}

// Splits "PHRASE [A] [B 1-2]" into the phrase and the insides of the
// brackets; returns an error message, or "".
std::string SplitBrackets(std::string_view body, std::string_view& phrase,
                          std::vector<std::string_view>& insides) {
  const size_t open = body.find('[');
  phrase = Trim(body.substr(0, open == std::string_view::npos ? body.size() : open));
  if (phrase.find(']') != std::string_view::npos) return "']' without '['";
  if (open == std::string_view::npos) return "";
  std::string_view rest = body.substr(open);
  while (!(rest = Trim(rest)).empty()) {
    if (rest.front() != '[') return "text \"" + std::string(rest) + "\" after a code";
    const size_t close = rest.find(']');
    if (close == std::string_view::npos) return "'[' without ']'";
    const std::string_view inside = rest.substr(1, close - 1);
    if (inside.find('[') != std::string_view::npos) return "'[' inside [...]";
    insides.push_back(inside);
    rest.remove_prefix(close + 1);
  }
  return "";
}

bool IsCountryCode(std::string_view code) {
  if (code.size() != 3) return false;
  for (std::string_view non_country : kNonCountryCodes) {
    if (code == non_country) return false;
  }
  return true;
}

// Regular plural of the last word of `text` (already lower-cased).
std::string RegularPlural(const std::string& text) {
  auto ends = [&](std::string_view tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (text.size() >= 2 && ends("y") && std::string_view("aeiou").find(text[text.size() - 2]) ==
                                           std::string_view::npos) {
    return text.substr(0, text.size() - 1) + "ies";
  }
  if (ends("s") || ends("x") || ends("ch") || ends("sh")) return text + "es";
  return text + "s";
}

}  // namespace riposte::actors::internal
