// Accuracy of the actors stage (issue 4, point 6) against two gold sets,
// read in place from ../shared (never copied into the project):
//
// (a) seeds: ../shared/gold/seeds/actors.json lists strings of the seed
//     articles (../shared/seeds/<doc>.txt) with the code an event coder gives
//     them. Each seed is read with the ingest API (so its date is sniffed as
//     in the pipeline), segmented, analysed and recognised. For every listed
//     string with a code, each whole-word occurrence in its listed documents
//     counts right when a mention covering it has the gold code (a 3-letter
//     country-only gold code accepts any code of that country). An occurrence
//     inside an occurrence of a longer listed string is judged as the longer
//     one ("Aliyev" in "Heydar Aliyev"); a leading "the " is not required to
//     be covered. Following the notes on capitals, a metonym occurrence that
//     no mention covers and that is used as a place (right after
//     in/near/at/outside/inside, or before " office"/"-based") counts right
//     (reported apart). Strings listed without a code must give
//     no mention lying within any of their occurrences in any seed.
//     Floor: --min-seed (default 90%) right, and no violations.
// (b) PLOVER: ../shared/plover/PLOVER_GSR_CAMEO.txt, a JSON array of coded
//     sentences (the DOCUMENT record is skipped). Each record's text is
//     analysed as of its date; each source/target actorText (trimmed, cut at
//     a "..." elision) is found (first occurrence, exact, else ignoring ASCII
//     case) and counts right when a
//     mention overlapping it has the gold code's first three letters
//     ("IGO" matches IGOUNO). Floor: --min-plover (default 75%).
//
// Prints shares, per-kind breakdowns and the misses (the most frequent
// first for PLOVER). Exit 0 when both floors are met, 1 when one is not
// (a "FLOOR" line names it), 2 when an input cannot be read (a missing gold
// file included: a caller that wants "skipped" checks for the files first).
//
// Usage: eval_actors [--min-seed PCT] [--min-plover PCT] [--misses N]
//                    GOLD_ACTORS_JSON SEEDS_DIR [PLOVER_JSON]
//   --min-seed PCT    floor for (a), in percent (default 90); any violation
//                     by an uncoded string fails too
//   --min-plover PCT  floor for (b), in percent (default 75)
//   --misses N        PLOVER misses listed (default 40; 0 lists all)
// Run by scripts/eval (make eval). Tests nothing else; it is the test.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "seed_gold.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace {

using riposte::ActorMention;
using riposte::Document;
using riposte::eval::ReadFile;
using riposte::Span;

constexpr double kSeedTarget = 90;     // percent
constexpr double kPloverTarget = 75;   // percent
constexpr size_t kCountryLen = 3;
constexpr size_t kContextBytes = 40;    // bytes of context shown around a miss
constexpr size_t kWorstMisses = 40;     // PLOVER misses listed by default

struct Options {
  double min_seed = kSeedTarget;      // percent
  double min_plover = kPloverTarget;  // percent
  size_t misses = kWorstMisses;       // 0: all
  std::vector<std::string> args;      // positional
};
// Prepositions after which a capital is a place, not an actor.
constexpr std::string_view kPlaceWords[] = {"in", "near", "at", "outside", "inside", "In", "Near", "At"};

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whole-word occurrences of `needle` in `hay` (ASCII word boundaries).
std::vector<Span> Occurrences(std::string_view hay, std::string_view needle) {
  std::vector<Span> out;
  if (needle.empty()) return out;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
    const size_t end = at + needle.size();
    if (at > 0 && IsWordByte(hay[at - 1]) && IsWordByte(needle.front())) continue;
    if (end < hay.size() && IsWordByte(hay[end]) && IsWordByte(needle.back())) continue;
    out.push_back(Span{static_cast<riposte::Offset>(at), static_cast<riposte::Offset>(end)});
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Drops a leading "the " / "The " from an occurrence.
Span TrimThe(std::string_view text, Span s) {
  std::string_view w = text.substr(s.begin, s.size());
  if (w.size() > 4 && (w.substr(0, 4) == "the " || w.substr(0, 4) == "The ")) s.begin += 4;
  return s;
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

std::string Context(const Document& doc, Span s) {
  size_t from = s.begin > kContextBytes ? s.begin - kContextBytes : 0;
  size_t to = std::min<size_t>(doc.text.size(), s.end + kContextBytes);
  while (from > 0 && (static_cast<unsigned char>(doc.text[from]) & 0xC0) == 0x80) --from;
  while (to < doc.text.size() && (static_cast<unsigned char>(doc.text[to]) & 0xC0) == 0x80) ++to;
  return "…" + OneLine(doc.text.substr(from, s.begin - from)) + "[" + OneLine(doc.Slice(s)) + "]" +
         OneLine(doc.text.substr(s.end, to - s.end)) + "…";
}

// What our mentions say about a span: "CODE 'text'" of those overlapping it.
std::string Got(const Document& doc, Span s) {
  std::string out;
  for (const ActorMention& m : doc.actors) {
    if (!Overlaps(m.span, s)) continue;
    if (!out.empty()) out += ", ";
    out += (m.code.empty() ? "?" : m.code) + " '" + OneLine(doc.Slice(m.span)) + "'";
  }
  return out.empty() ? "no mention" : out;
}

bool CodeMatches(std::string_view gold, std::string_view ours) {
  if (gold.size() == kCountryLen) return ours.substr(0, kCountryLen) == gold;
  return ours == gold;
}

// Returns true iff `s` is used as a place: the word before it is a place
// preposition ("in Baku"), or it modifies "office" or "-based" ("the Baku
// office", "Baku-based"), the location uses the gold notes name.
bool PlaceUse(const Document& doc, Span s) {
  const std::string_view after = std::string_view(doc.text).substr(s.end);
  if (after.starts_with(" office") || after.starts_with("-based")) return true;
  std::string_view before = std::string_view(doc.text).substr(0, s.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  size_t start = before.size();
  while (start > 0 && IsWordByte(before[start - 1])) --start;
  const std::string_view word = before.substr(start);
  return std::find(std::begin(kPlaceWords), std::end(kPlaceWords), word) != std::end(kPlaceWords);
}

// The searchable part of a PLOVER actorText: trimmed, and cut at an elision
// ("Bosnian Serbs ... forces" -> "Bosnian Serbs").
std::string SearchText(std::string_view s) {
  if (size_t cut = s.find("..."); cut != std::string_view::npos) s = s.substr(0, cut);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

struct Tally {
  size_t right = 0, total = 0;
  void Add(bool ok) { right += ok; ++total; }
  double Share() const { return total ? static_cast<double>(right) / total : 0; }
};

void PrintTally(const char* indent, const std::string& name, const Tally& t) {
  std::printf("%s%-28s %4zu / %-4zu %5.1f%%\n", indent, name.c_str(), t.right, t.total, 100 * t.Share());
}

// Segments, analyses and recognises `doc` as of `date` (its own date when empty).
bool Process(const riposte::actors::Recognizer& recognizer, Document& doc, std::string_view date) {
  riposte::text::Segment(doc);
  if (riposte::Status st = riposte::text::Analyze(doc); !st.ok()) {
    std::fprintf(stderr, "eval_actors: %s\n", st.error().ToString().c_str());
    return false;
  }
  recognizer.Recognize(doc, date);
  return true;
}

// Part (a). Returns 0 floor met, 1 not met, 2 input error.
int EvalSeeds(const riposte::actors::Recognizer& recognizer, const std::string& gold_path,
              const std::string& seeds_dir, double floor) {
  nlohmann::json gold;
  std::map<std::string, Document> docs;
  if (!riposte::eval::LoadGoldArray("eval_actors", gold_path, &gold) ||
      !riposte::eval::ReadAnalysedSeeds("eval_actors", seeds_dir, &docs)) {
    return 2;
  }
  for (auto& [id, doc] : docs) recognizer.Recognize(doc);
  // Occurrences of every listed string, so shorter strings inside longer
  // listed ones are judged as the longer one.
  struct Listed {
    std::string text, code, kind;
    std::vector<std::string> docs;
  };
  std::vector<Listed> listed;
  for (const auto& g : gold) {
    Listed l;
    l.text = g.value("text", "");
    l.code = g.contains("code") && g["code"].is_string() ? g["code"].get<std::string>() : "";
    l.kind = g.value("kind", "");
    if (g.contains("docs") && g["docs"].is_array()) {
      for (const auto& d : g["docs"]) l.docs.push_back(d.get<std::string>());
    }
    if (!l.text.empty()) listed.push_back(std::move(l));
  }
  std::map<std::string, std::vector<Span>> longer_spans;  // doc -> all listed occurrences
  for (const auto& [id, doc] : docs) {
    for (const Listed& l : listed) {
      for (Span s : Occurrences(doc.text, l.text)) longer_spans[id].push_back(s);
    }
  }
  auto InsideLonger = [&](const std::string& id, Span s) {
    for (Span o : longer_spans[id]) {
      if (o.Contains(s) && o.size() > s.size()) return true;
    }
    return false;
  };

  Tally all;
  std::map<std::string, Tally> by_kind;
  size_t place_uses = 0, not_found = 0, country_places = 0;
  std::vector<std::string> misses, violations;
  for (const Listed& l : listed) {
    if (l.code.empty()) {
      for (const auto& [id, doc] : docs) {
        for (Span occurrence : Occurrences(doc.text, l.text)) {
          const Span s = TrimThe(doc.text, occurrence);
          for (const ActorMention& m : doc.actors) {
            if (s.Contains(m.span) && !m.span.empty()) {
              violations.push_back(id + "  '" + l.text + "' (" + l.kind + ") -> " +
                                   (m.code.empty() ? "?" : m.code) + "  " + Context(doc, occurrence));
            }
          }
        }
      }
      continue;
    }
    size_t found = 0;
    for (const std::string& id : l.docs) {
      auto it = docs.find(id);
      if (it == docs.end()) continue;
      const Document& doc = it->second;
      for (Span occurrence : Occurrences(doc.text, l.text)) {
        if (InsideLonger(id, occurrence)) continue;
        ++found;
        const Span s = TrimThe(doc.text, occurrence);
        bool ok = false, covered = false;
        for (const ActorMention& m : doc.actors) {
          if (!m.span.Contains(s)) continue;
          covered = true;
          if (CodeMatches(l.code, m.code)) ok = true;
        }
        if (!ok && !covered && l.kind == "metonym" && PlaceUse(doc, s)) {
          ok = true;
          ++place_uses;
        }
        all.Add(ok);
        by_kind[l.kind].Add(ok);
        if (!ok && !covered && l.kind == "country" && PlaceUse(doc, s)) ++country_places;
        if (!ok) {
          misses.push_back(id + "  '" + l.text + "' want " + l.code + ", got " + Got(doc, s) + "  " +
                           Context(doc, occurrence));
        }
      }
    }
    if (found == 0) ++not_found;
  }
  std::printf("seed strings with a code, at their occurrences: %zu / %zu right = %.1f%% (floor %.1f%%)\n",
              all.right, all.total, 100 * all.Share(), floor);
  std::printf("  (%zu metonym occurrences used as places (after in/near/at, before office/-based) with no mention, counted right; %zu listed strings "
              "not found as whole words in their documents)\n",
              place_uses, not_found);
  std::printf("  (%zu of the misses are country names used as places, with no mention)\n", country_places);
  for (const auto& [kind, t] : by_kind) PrintTally("  ", kind, t);
  std::printf("strings listed without a code that became actors: %zu (target 0)\n", violations.size());
  for (const std::string& v : violations) std::printf("  VIOLATION %s\n", v.c_str());
  std::printf("misses (%zu):\n", misses.size());
  for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
  int status = 0;
  if (100 * all.Share() < floor) {
    std::printf("FLOOR seed: %.1f%% is below --min-seed %.1f%%\n", 100 * all.Share(), floor);
    status = 1;
  }
  if (!violations.empty()) {
    std::printf("FLOOR seed: %zu uncoded strings became actors (must be 0)\n", violations.size());
    status = 1;
  }
  return status;
}

// Part (b). Returns 0 floor met, 1 not met, 2 input error.
int EvalPlover(const riposte::actors::Recognizer& recognizer, const std::string& path, double floor,
               size_t max_misses) {
  std::string raw;
  if (!ReadFile(path, &raw)) {
    std::fprintf(stderr, "eval_actors: cannot read %s\n", path.c_str());
    return 2;
  }
  const nlohmann::json records = nlohmann::json::parse(raw, nullptr, false);
  if (!records.is_array()) {
    std::fprintf(stderr, "eval_actors: %s is not a JSON array\n", path.c_str());
    return 2;
  }
  Tally all;
  std::map<std::string, Tally> by_role, by_event, by_reason;
  std::map<std::string, size_t> miss_counts;            // "actorText want XXX got ..." -> count
  std::map<std::string, std::string> miss_example;
  size_t absent = 0;
  for (const auto& r : records) {
    if (!r.is_object() || r.value("event", "") == "DOCUMENT") continue;
    Document doc;
    doc.id = r.value("id", "");
    doc.text = r.value("text", "");
    const std::string date = r.value("date", "");
    doc.date.Set(date, riposte::Provenance::kGiven);
    if (doc.text.empty()) continue;
    if (!Process(recognizer, doc, date)) return 2;
    for (const char* role : {"source", "target"}) {
      if (!r.contains(role) || !r[role].is_array()) continue;
      for (const auto& a : r[role]) {
        const std::string actor_text = SearchText(a.value("actorText", ""));
        const std::string code = a.value("code", "");
        if (actor_text.empty() || code.size() < kCountryLen) continue;
        const std::string want = code.substr(0, kCountryLen);
        size_t at = doc.text.find(actor_text);
        if (at == std::string::npos) at = AsciiLower(doc.text).find(AsciiLower(actor_text));
        bool ok = false;
        std::string got = "text not found";
        if (at == std::string::npos) {
          ++absent;
        } else {
          const Span s{static_cast<riposte::Offset>(at), static_cast<riposte::Offset>(at + actor_text.size())};
          for (const ActorMention& m : doc.actors) {
            if (Overlaps(m.span, s) && m.code.substr(0, kCountryLen) == want) ok = true;
          }
          got = Got(doc, s);
        }
        all.Add(ok);
        by_role[role].Add(ok);
        by_event[r.value("event", "?")].Add(ok);
        const std::string reason =
            ok ? "right" : got == "text not found" ? "text not found" : got == "no mention" ? "no mention" : "wrong code";
        by_reason[reason].Add(ok);
        if (!ok) {
          const std::string key = "'" + actor_text + "' want " + want + ", got " + got;
          if (miss_counts[key]++ == 0) miss_example[key] = doc.id;
        }
      }
    }
  }
  std::printf("PLOVER actor texts whose country we resolve: %zu / %zu right = %.1f%% (floor %.1f%%)\n",
              all.right, all.total, 100 * all.Share(), floor);
  std::printf("  (%zu actor texts do not occur in their sentence and count as misses)\n", absent);
  std::printf("  by role:\n");
  for (const auto& [k, t] : by_role) PrintTally("    ", k, t);
  std::printf("  by event:\n");
  for (const auto& [k, t] : by_event) PrintTally("    ", k, t);
  std::printf("  outcomes:\n");
  for (const auto& [k, t] : by_reason) std::printf("    %-28s %4zu\n", k.c_str(), t.total);
  std::vector<std::pair<std::string, size_t>> worst(miss_counts.begin(), miss_counts.end());
  std::stable_sort(worst.begin(), worst.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::printf("worst misses (%zu distinct; most frequent first):\n", worst.size());
  for (size_t i = 0; i < worst.size() && (max_misses == 0 || i < max_misses); ++i) {
    std::printf("  %3zu  %s  (%s)\n", worst[i].second, worst[i].first.c_str(), miss_example[worst[i].first].c_str());
  }
  if (100 * all.Share() < floor) {
    std::printf("FLOOR plover: %.1f%% is below --min-plover %.1f%%\n", 100 * all.Share(), floor);
    return 1;
  }
  return 0;
}

// Parses the command line into `opt`. Returns false on a usage error.
bool ParseArgs(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--min-seed" || a == "--min-plover" || a == "--misses") {
      if (i + 1 >= argc) return false;
      char* end = nullptr;
      const double v = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0' || v < 0) return false;
      if (a == "--min-seed") opt.min_seed = v;
      else if (a == "--min-plover") opt.min_plover = v;
      else opt.misses = static_cast<size_t>(v);
    } else if (a.starts_with("--")) {
      return false;
    } else {
      opt.args.emplace_back(a);
    }
  }
  return opt.args.size() == 2 || opt.args.size() == 3;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, opt)) {
    std::fprintf(stderr,
                 "usage: eval_actors [--min-seed PCT] [--min-plover PCT] [--misses N] "
                 "GOLD_ACTORS_JSON SEEDS_DIR [PLOVER_JSON]\n");
    return 2;
  }
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "eval_actors: %s\n", st.error().ToString().c_str());
    return 2;
  }
  auto lexicon = riposte::actors::Lexicon::Load(riposte::DataDir());
  if (!lexicon.ok()) {
    std::fprintf(stderr, "eval_actors: %s\n", lexicon.error().ToString().c_str());
    return 2;
  }
  const riposte::actors::Recognizer recognizer(lexicon.value());
  std::printf("== actors: seed strings (%s) ==\n", opt.args[0].c_str());
  int status = EvalSeeds(recognizer, opt.args[0], opt.args[1], opt.min_seed);
  if (opt.args.size() > 2 && status != 2) {
    std::printf("== actors: PLOVER gold sentences (%s) ==\n", opt.args[2].c_str());
    status = std::max(status, EvalPlover(recognizer, opt.args[2], opt.min_plover, opt.misses));
  }
  return status;
}
