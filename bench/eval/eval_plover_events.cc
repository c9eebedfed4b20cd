// Category, source and target accuracy of the events stage on the PLOVER
// gold-standard sentences (issue 6, point 7), read in place from
// ../shared/plover/PLOVER_GSR_CAMEO.txt (never copied into the project).
//
// That file is a JSON array of example sentences from the CAMEO 1.1b3
// manual, each record one sentence with one gold event in PLOVER 0.5b1
// (`event`, `source`/`target` arrays of {actorText, code}); the DOCUMENT
// record is skipped. Each sentence goes through the pipeline as `riposte
// code` takes a JSONL line: the ingest API (ReadBytes of one JSONL record
// with its text and date, lang "en"), text::Segment + text::Analyze,
// temporal::Annotate, actors::Recognizer as of the record's date, and
// events::Coder.
//
// Categories. PLOVER 0.5b1 names four categories that PLOVER 2021 (ours,
// data/cameo/plover.tsv) folds into others; the gold is mapped before
// scoring: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE,
// FIGHT -> ASSAULT; every other category is unchanged. CAMEO 01
// (statements) has no PLOVER category and shows as NONE.
//
// Scoring. Every record is one gold event on one sentence; we may code
// several events (any mode) on it.
//   category (any)   the gold event is right when one of our events on the
//                    sentence has its category: the headline number, and the
//                    one --min-category checks;
//   category (main)  strict: our main event, the first in text order (the
//                    lowest trigger token), has the category.
//   source, target   over the records whose gold role names at least one
//                    actor with a code: right when the event judged (the
//                    first of our events with the gold category, else our
//                    main event) has a participant whose code's first three
//                    letters are those of one of the gold actors' codes
//                    ("IGO" matches IGOUNO). No event, or an empty role, is
//                    wrong. Reported over all such records and over those
//                    whose category is right.
// Gold codes are CAMEO country codes; a few differ from ISO 3166 (the
// manual's old codes), and those count as misses like any other.
//
// Prints the totals, a breakdown per gold category (count, right any/main,
// the most frequent wrong output: our main event's category, or "no
// event"), and with --misses every miss (gold, our events with code and
// rule, the sentence).
//
// Usage: eval_plover_events [--min-category PCT] [--misses] PLOVER_JSON
// Exit 0; 1 below the floor (a "FLOOR" line says so); 2 when the input or
// the lexicons cannot be read. Run by scripts/eval and by ctest
// (eval.plover_events, label eval).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "events/events.h"
#include "ingest/ingest.h"
#include "coding_kit.h"
#include "seed_gold.h"
#include "text/text.h"
#include "time/time.h"

namespace {

using riposte::Document;
using riposte::events::Event;
using riposte::eval::Str;

constexpr size_t kCountryLen = 3;

struct Options {
  double min_category = -1;  // percent; < 0: no floor
  bool misses = false;
  std::string path;
};

struct Tally {
  size_t right = 0, total = 0;
  void Add(bool ok) {
    right += ok;
    ++total;
  }
  double Pct() const { return total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0; }
};

// The PLOVER 2021 category a PLOVER 0.5b1 gold category is scored as.
std::string MapCategory(const std::string& gold) {
  if (gold == "DEMAND") return "REQUEST";
  if (gold == "DISAPPROVE" || gold == "INVESTIGATE") return "ACCUSE";
  if (gold == "FIGHT") return "ASSAULT";
  return gold;
}

// The first three letters of every coded gold actor in `role`; empty when
// the role is absent, not an array, or names no coded actor.
std::vector<std::string> GoldCodes(const nlohmann::json& record, const char* role) {
  std::vector<std::string> out;
  if (!record.contains(role) || !record[role].is_array()) return out;
  for (const auto& a : record[role]) {
    if (!a.is_object()) continue;
    const std::string code = Str(a, "code");
    if (code.size() >= kCountryLen) out.push_back(code.substr(0, kCountryLen));
  }
  return out;
}

bool RoleRight(const std::optional<riposte::events::EventActor>& ours, const std::vector<std::string>& gold) {
  if (!ours || ours->code.size() < kCountryLen) return false;
  const std::string have = ours->code.substr(0, kCountryLen);
  return std::find(gold.begin(), gold.end(), have) != gold.end();
}

std::string Category(const Event& e) { return e.plover.empty() ? "NONE" : e.plover; }

std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

// "cameo/CATEGORY mode SRC->TGT (rule)" for one of our events.
std::string Describe(const Event& e) {
  std::string out = e.cameo + "/" + Category(e) + " " + riposte::events::ModeName(e.mode) + " " +
                    (e.source && !e.source->code.empty() ? e.source->code : "-") + "->" +
                    (e.target && !e.target->code.empty() ? e.target->code : "-");
  return out + " (" + e.rule + ")";
}

bool ParseArgs(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--min-category") {
      if (i + 1 >= argc) return false;
      char* end = nullptr;
      opt.min_category = std::strtod(argv[++i], &end);
      if (end == argv[i] || *end != '\0' || opt.min_category < 0) return false;
    } else if (a == "--misses") {
      opt.misses = true;
    } else if (a.starts_with("--") || !opt.path.empty()) {
      return false;
    } else {
      opt.path = std::string(a);
    }
  }
  return !opt.path.empty();
}

// Reads one gold sentence through the ingest API as a JSONL record.
bool ReadSentence(const std::string& id, const std::string& text, const std::string& date, Document* doc) {
  nlohmann::json line = {{"id", id}, {"text", text}, {"lang", "en"}};
  if (!date.empty()) line["date"] = date;
  riposte::ingest::CollectingSink sink;
  riposte::ingest::ReadBytes("plover.jsonl", line.dump() + "\n", riposte::ingest::Options{}, sink);
  if (sink.documents.size() != 1) return false;
  *doc = std::move(sink.documents.front());
  return true;
}

struct CategoryStats {
  Tally any, main;
  std::map<std::string, size_t> wrong;  // our main output on a miss -> count
};

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, opt)) {
    std::fprintf(stderr, "usage: eval_plover_events [--min-category PCT] [--misses] PLOVER_JSON\n");
    return 2;
  }
  std::string raw;
  if (!riposte::eval::ReadFile(opt.path, &raw)) {
    std::fprintf(stderr, "eval_plover_events: cannot read %s\n", opt.path.c_str());
    return 2;
  }
  const nlohmann::json records = nlohmann::json::parse(raw, nullptr, false);
  if (!records.is_array()) {
    std::fprintf(stderr, "eval_plover_events: %s is not a JSON array\n", opt.path.c_str());
    return 2;
  }
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "eval_plover_events: %s\n", st.error().ToString().c_str());
    return 2;
  }
  const auto kit = riposte::eval::CodingKit::Load("eval_plover_events");
  if (kit == nullptr) return 2;

  Tally any, main_event, source, target, source_if_right, target_if_right;
  size_t no_event = 0, unreadable = 0;
  std::map<std::string, CategoryStats> by_category;  // raw gold category -> stats
  std::map<std::string, size_t> outputs;             // category of every event we coded
  std::vector<std::string> misses;
  for (const auto& r : records) {
    if (!r.is_object() || Str(r, "event") == "DOCUMENT") continue;
    const std::string text = Str(r, "text"), raw_category = Str(r, "event");
    if (text.empty() || raw_category.empty()) continue;
    const std::string gold_category = MapCategory(raw_category);
    Document doc;
    if (!ReadSentence(Str(r, "id"), text, Str(r, "date"), &doc)) {
      ++unreadable;
      continue;
    }
    riposte::text::Segment(doc);
    if (riposte::Status st = riposte::text::Analyze(doc); !st.ok()) {
      std::fprintf(stderr, "eval_plover_events: %s\n", st.error().ToString().c_str());
      return 2;
    }
    std::vector<Event> events = kit->Code(doc);
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.trigger < b.trigger; });
    for (const Event& e : events) ++outputs[Category(e)];

    const Event* judged = events.empty() ? nullptr : &events.front();
    bool right_any = false;
    for (const Event& e : events) {
      if (Category(e) == gold_category) {
        right_any = true;
        judged = &e;
        break;
      }
    }
    const bool right_main = !events.empty() && Category(events.front()) == gold_category;
    any.Add(right_any);
    main_event.Add(right_main);
    no_event += events.empty();
    CategoryStats& stats = by_category[raw_category];
    stats.any.Add(right_any);
    stats.main.Add(right_main);
    if (!right_any) ++stats.wrong[events.empty() ? "no event" : Category(events.front())];

    const std::vector<std::string> gold_source = GoldCodes(r, "source"), gold_target = GoldCodes(r, "target");
    bool source_ok = true, target_ok = true;
    if (!gold_source.empty()) {
      source_ok = judged && RoleRight(judged->source, gold_source);
      source.Add(source_ok);
      if (right_any) source_if_right.Add(source_ok);
    }
    if (!gold_target.empty()) {
      target_ok = judged && RoleRight(judged->target, gold_target);
      target.Add(target_ok);
      if (right_any) target_if_right.Add(target_ok);
    }
    if (opt.misses && (!right_any || !source_ok || !target_ok)) {
      std::string gold_roles;
      for (const std::string& c : gold_source) gold_roles += (gold_roles.empty() ? "" : "+") + c;
      gold_roles += "->";
      for (size_t i = 0; i < gold_target.size(); ++i) gold_roles += (i ? "+" : "") + gold_target[i];
      std::string line = Str(r, "id") + "  gold " + raw_category + "(" + gold_category + ") " + gold_roles +
                         " '" + Str(r, "eventText") + "'" + (right_any ? "" : "  CATEGORY") +
                         (source_ok ? "" : "  SOURCE") + (target_ok ? "" : "  TARGET") + "\n";
      std::vector<riposte::events::PatternHit> hits;
      kit->patterns().Match(doc, hits);
      line += "    pattern hits:";
      for (const auto& h : hits) {
        line += " " + OneLine(doc.Slice(doc.tokens[h.trigger].span)) + "=" + h.cameo + (h.low ? "~" : "");
      }
      line += hits.empty() ? " none\n" : "\n";
      if (events.empty()) line += "    ours: no event\n";
      for (const Event& e : events) line += "    ours: " + Describe(e) + "\n";
      line += "    " + OneLine(text);
      misses.push_back(std::move(line));
    }
  }

  std::printf("PLOVER gold sentences (%s): %zu scored, %zu unreadable, %zu with no event of ours\n",
              opt.path.c_str(), any.total, unreadable, no_event);
  std::printf("  (gold mapped to PLOVER 2021: DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, "
              "FIGHT->ASSAULT)\n");
  std::printf("category, any of our events on the sentence:  %4zu / %-4zu %5.1f%%", any.right, any.total, any.Pct());
  if (opt.min_category >= 0) std::printf(" (floor %.1f%%)", opt.min_category);
  std::printf("\ncategory, our main (first) event:             %4zu / %-4zu %5.1f%%\n", main_event.right,
              main_event.total, main_event.Pct());
  std::printf("source country (code's first 3 letters):      %4zu / %-4zu %5.1f%%   on category-right: %zu / %zu "
              "%.1f%%\n",
              source.right, source.total, source.Pct(), source_if_right.right, source_if_right.total,
              source_if_right.Pct());
  std::printf("target country (code's first 3 letters):      %4zu / %-4zu %5.1f%%   on category-right: %zu / %zu "
              "%.1f%%\n",
              target.right, target.total, target.Pct(), target_if_right.right, target_if_right.total,
              target_if_right.Pct());
  std::printf("per gold category (scored as)           gold  any   main  most frequent wrong output\n");
  for (const auto& [category, stats] : by_category) {
    std::string worst = "-";
    size_t worst_count = 0;
    for (const auto& [output, count] : stats.wrong) {
      if (count > worst_count) {
        worst = output;
        worst_count = count;
      }
    }
    const std::string name = category + " (" + MapCategory(category) + ")";
    std::printf("  %-36s %4zu  %4zu  %4zu  %s", name.c_str(), stats.any.total, stats.any.right, stats.main.right,
                worst.c_str());
    if (worst_count) std::printf(" x%zu", worst_count);
    std::printf("\n");
  }
  std::printf("our events by category:");
  for (const auto& [category, count] : outputs) std::printf(" %s %zu", category.c_str(), count);
  std::printf("\n");
  if (opt.misses) {
    std::printf("misses (%zu; CATEGORY/SOURCE/TARGET say what is wrong):\n", misses.size());
    for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
  }
  if (opt.min_category >= 0 && any.Pct() < opt.min_category) {
    std::printf("FLOOR category: %.1f%% is below --min-category %.1f%%\n", any.Pct(), opt.min_category);
    return 1;
  }
  return 0;
}
