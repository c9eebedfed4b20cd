// The pattern line parser and the speech-act code table (pattern_syntax.h).
//
// A line is split on tabs: CAMEO code, pattern, options, note. The pattern is
// split on spaces into elements:
//   noun: / phrasal:   a leading kind marker
//   a|b                a word with alternatives (the first element is the trigger)
//   ( a b|c )          optional words
//   !a|b               negative word: the pattern fails if one of them follows
//   [on TARGET]        a slot (preposition and role), documentation only
//   SOURCE TARGET      a bare slot without preposition
// Options are space-separated: `low`, `judge`, `victim`, `custody`, `threat=1313`, `demand=1053`,
// `appeal=0253`, `intent=0353`, `refuse=1243`, `negated=112` (`-` as a value clears it).
//
// The speech-act table follows CAMEO's parallel structure: the sub-codes of
// 02 (appeal), 03 (intent), 10 (demand) and 12 (reject) mirror the acts of
// 06/07/08/04/05, and 13 (threaten) mirrors 16-20.
//
// Tested by patterns_test.cc.
#include "events/internal/pattern_syntax.h"

#include <algorithm>
#include <array>

#include "text/text.h"

namespace riposte::events::internal {
namespace {

constexpr size_t kMaxWords = 12;

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? s.npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsRole(std::string_view s) { return s == "SOURCE" || s == "TARGET" || s == "OTHER"; }

bool IsAllUpper(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Splits "a|b|c" into lower-case alternatives; "" if one is empty or holds
// a character no word has.
std::string Alternatives(std::string_view s, std::vector<std::string>& out) {
  for (std::string_view alt : Split(s, '|')) {
    if (alt.empty()) return "empty alternative in '" + std::string(s) + "'";
    for (char c : alt) {
      if (c == '(' || c == ')' || c == '[' || c == ']' || c == '!' || c == ':' || c == '\t') {
        return "unexpected '" + std::string(1, c) + "' in '" + std::string(s) + "'";
      }
    }
    if (IsAllUpper(alt)) return "slot name '" + std::string(alt) + "' used as a word";
    out.push_back(Lower(alt));
  }
  return "";
}

std::string ParseOptions(std::string_view options, Pattern& out) {
  for (std::string_view opt : Split(options, ' ')) {
    if (opt.empty() || opt == "-") continue;
    if (opt == "low") {
      out.low = true;
      continue;
    }
    if (opt == "judge") {
      out.judge = true;
      continue;
    }
    if (opt == "victim") {
      out.victim = true;
      continue;
    }
    if (opt == "custody") {
      out.custody = true;
      continue;
    }
    size_t eq = opt.find('=');
    if (eq == std::string_view::npos) return "unknown option '" + std::string(opt) + "'";
    std::string_view key = opt.substr(0, eq), value = opt.substr(eq + 1);
    std::string* field = key == "threat"   ? &out.modes.threat
                         : key == "demand" ? &out.modes.demand
                         : key == "appeal" ? &out.modes.appeal
                         : key == "intent" ? &out.modes.intent
                         : key == "refuse" ? &out.modes.refuse
                         : key == "negated" ? &out.modes.negated
                                           : nullptr;
    if (!field) return "unknown option '" + std::string(key) + "'";
    if (value == "-") {
      *field = "";
      continue;
    }
    if (!IsCodeShape(value)) return "option " + std::string(key) + ": bad CAMEO code '" + std::string(value) + "'";
    *field = std::string(value);
  }
  return "";
}

}  // namespace

bool IsCodeShape(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

bool IsParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 34> kParticles = {
      "about", "across", "against", "along", "at", "away", "back", "between", "by", "down",
      "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "through", "to",
      "toward", "towards", "under", "up", "upon", "with", "within", "without", "behind",
      "among", "amid", "after"};
  return std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end();
}

std::string ParsePatternLine(std::string_view line, Pattern& out) {
  std::vector<std::string_view> cols = Split(line, '\t');
  if (cols.size() < 2) return "expected CAMEO<TAB>pattern";
  if (cols.size() > 4) return "more than 4 tab-separated fields";
  std::string_view code = Trim(cols[0]);
  if (!IsCodeShape(code)) return "bad CAMEO code '" + std::string(code) + "'";
  out.cameo = std::string(code);
  out.modes = DefaultModes(code);
  if (cols.size() >= 3) {
    if (std::string why = ParseOptions(Trim(cols[2]), out); !why.empty()) return why;
  }
  if (cols.size() == 4) out.note = std::string(Trim(cols[3]));

  std::vector<std::string_view> elems;
  for (std::string_view e : Split(Trim(cols[1]), ' ')) {
    if (!e.empty()) elems.push_back(e);
  }
  size_t i = 0;
  if (i < elems.size() && (elems[i] == "noun:" || elems[i] == "phrasal:")) {
    out.nominal = elems[i] == "noun:";
    out.phrasal = elems[i] == "phrasal:";
    ++i;
  }
  if (i >= elems.size()) return "empty pattern";
  if (std::string why = Alternatives(elems[i], out.triggers); !why.empty()) return "trigger: " + why;
  ++i;
  bool in_optional = false;
  for (; i < elems.size(); ++i) {
    std::string_view e = elems[i];
    if (e == "(") {
      if (in_optional) return "nested '('";
      in_optional = true;
      continue;
    }
    if (e == ")") {
      if (!in_optional) return "')' without '('";
      in_optional = false;
      continue;
    }
    if (e.front() == '(' || e.back() == ')') {
      // "(word)" or "(a" ... "b)" written without spaces.
      bool opens = e.front() == '(', closes = e.back() == ')';
      if (opens && in_optional) return "nested '('";
      if (closes && !opens && !in_optional) return "')' without '('";
      std::string_view inner = e.substr(opens ? 1 : 0);
      if (closes) inner.remove_suffix(1);
      if (inner.empty()) return "empty ( )";
      PatternWord w;
      w.optional = true;
      if (std::string why = Alternatives(inner, w.lemmas); !why.empty()) return why;
      w.particle = std::all_of(w.lemmas.begin(), w.lemmas.end(), [](const std::string& s) { return IsParticle(s); });
      out.words.push_back(std::move(w));
      in_optional = opens && !closes;
      continue;
    }
    if (e.front() == '[') {
      // A slot: "[on TARGET]" (two elements) or "[TARGET]".
      PatternSlot slot;
      std::string_view first = e.substr(1);
      if (!first.empty() && first.back() == ']') {
        first.remove_suffix(1);
        if (!IsRole(first)) return "slot '" + std::string(e) + "': role must be SOURCE, TARGET or OTHER";
        slot.role = std::string(first);
      } else {
        if (i + 1 >= elems.size() || elems[i + 1].back() != ']') return "unclosed '['";
        std::string_view role = elems[++i];
        role.remove_suffix(1);
        if (!IsRole(role)) return "slot role '" + std::string(role) + "' must be SOURCE, TARGET or OTHER";
        slot.prep = Lower(first);
        slot.role = std::string(role);
      }
      out.slots.push_back(std::move(slot));
      continue;
    }
    if (IsRole(e)) {
      out.slots.push_back(PatternSlot{"", std::string(e)});
      continue;
    }
    PatternWord w;
    w.optional = in_optional;
    if (e.front() == '!') {
      if (in_optional) return "negative word inside ( )";
      w.negative = true;
      e.remove_prefix(1);
      if (e.empty()) return "empty negative word";
    }
    if (std::string why = Alternatives(e, w.lemmas); !why.empty()) return why;
    w.particle = std::all_of(w.lemmas.begin(), w.lemmas.end(), [](const std::string& s) { return IsParticle(s); });
    out.words.push_back(std::move(w));
  }
  if (in_optional) return "unclosed '('";
  if (out.words.size() > kMaxWords) return "more than 12 words";
  return "";
}

void AddBaseForms(Pattern& pattern) {
  auto add = [](std::vector<std::string>& alts, std::initializer_list<text::Tag> tags) {
    const size_t n = alts.size();
    for (size_t i = 0; i < n; ++i) {
      for (text::Tag tag : tags) {
        std::string base = text::Lemmatize(alts[i], text::Id(tag));
        for (char& c : base) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        if (!base.empty() && std::find(alts.begin(), alts.end(), base) == alts.end()) alts.push_back(base);
      }
    }
  };
  if (pattern.nominal) {
    add(pattern.triggers, {text::Tag::NNS});
  } else {
    add(pattern.triggers, {text::Tag::VBD});
  }
  for (PatternWord& w : pattern.words) {
    if (!w.particle) add(w.lemmas, {text::Tag::NNS, text::Tag::VBG});
  }
}

ModeCodes DefaultModes(std::string_view act) {
  ModeCodes m;
  auto sub = [&](std::string_view prefix) { return act.substr(0, prefix.size()) == prefix; };
  // The last digit of a 4-digit code, for families whose sub-codes run in parallel.
  std::string last = act.size() == 4 ? std::string(1, act[3]) : "";
  auto set = [&](std::string a, std::string i, std::string d, std::string r, std::string t) {
    m.appeal = std::move(a);
    m.intent = std::move(i);
    m.demand = std::move(d);
    m.refuse = std::move(r);
    m.threat = std::move(t);
  };
  if (sub("06")) {  // material cooperation: 061 economic .. 064 intelligence
    std::string k = act.size() >= 3 && act[2] >= '1' && act[2] <= '4' ? std::string(1, act[2]) : "";
    set(k.empty() ? "021" : "021" + k, k.empty() ? "031" : "031" + k, k.empty() ? "101" : "101" + k,
        k.empty() ? "121" : (k <= "2" ? "121" + k : "121"), "");
  } else if (sub("075")) {
    set("020", "030", "100", "120", "");
  } else if (sub("07")) {  // aid: 071 economic .. 074 protection
    std::string k = act.size() >= 3 && act[2] >= '1' && act[2] <= '4' ? std::string(1, act[2]) : "";
    set("023" + k, "033" + k, "103" + k, "122" + k, "");
  } else if (sub("081")) {
    set("0251", "0351", "1051", "1241", "");
  } else if (sub("082")) {
    set("0252", "0352", "1052", "1242", "");
  } else if (sub("083")) {
    set("024" + last, "034" + last, "104" + last, "123" + last, "");
  } else if (sub("084")) {
    set("0253", "0353", "1053", "1243", "");
  } else if (sub("085")) {
    set("0254", "0354", "1054", "1244", "");
  } else if (sub("086")) {
    set("0255", "0355", "1055", "1245", "");
  } else if (sub("087")) {
    set("0256", "0356", "1056", "1246", "");
  } else if (sub("08")) {
    set("025", "035", "105", "124", "");
  } else if (sub("045")) {
    set("028", "039", "108", "126", "");
  } else if (sub("04")) {
    set("026", "036", "106", "125", "");
  } else if (sub("057")) {
    set("027", "037", "107", "127", "");
  } else if (sub("05")) {
    set("022", "032", "102", "120", "");
  } else if (sub("09")) {
    set("020", "030", "100", "120", "");
  } else if (sub("14")) {
    set("", "", "", "", "133");
  } else if (sub("15")) {
    set("", "", "", "", "138");
  } else if (sub("160")) {
    set("", "", "", "", "131");
  } else if (sub("161")) {
    set("", "", "", "", "1313");
  } else if (sub("162")) {
    set("", "", "", "", "1311");
  } else if (sub("163")) {
    set("", "", "", "", "1312");
  } else if (sub("164")) {
    set("", "", "", "", "134");
  } else if (sub("165")) {
    set("", "", "", "", "135");
  } else if (sub("166")) {
    set("", "", "", "", "136");
  } else if (sub("172")) {
    set("", "", "", "", "132" + last);
  } else if (sub("173") || sub("174") || sub("175")) {
    set("", "", "", "", "137");
  } else if (sub("17")) {
    set("", "", "", "", "130");
  } else if (sub("18")) {
    set("", "", "", "", "1383");
  } else if (sub("191")) {
    set("", "", "", "", "1381");
  } else if (sub("192")) {
    set("", "", "", "", "1382");
  } else if (sub("190")) {
    set("", "", "", "", "138");
  } else if (sub("19")) {
    set("", "", "", "", "1384");
  } else if (sub("204")) {
    set("", "", "", "", "1385");
  } else if (sub("20")) {
    set("", "", "", "", "1383");
  }
  return m;
}

}  // namespace riposte::events::internal
