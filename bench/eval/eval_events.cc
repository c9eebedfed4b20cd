// Accuracy of the events stage on the seed articles (issue 6, point 7), read
// in place from ../shared (never copied into the project).
//
// Each seed is read with the ingest API, segmented, annotated (analysis,
// time, actors) and coded (events::Coder), as `riposte code` does. A gold
// event of ../shared/gold/seeds/events.json (those not marked
// confidence "low") matches one of our events when, in the same document,
// our event's evidence span overlaps one of the gold event's mention quotes,
// the source and target countries are equal (an unknown gold actor wants an
// empty country; a gold event marked reciprocal takes either direction),
// the PLOVER category or the CAMEO root is equal, and the date agrees at
// the gold's precision (a report date never agrees; a gold event without a
// date leaves the date free). Matching is one-to-one between
// our events and the gold's mentions (one coded mention of an act per gold
// quote): gold events in file order, each mention taking the first free
// event on its quote that fits, first among events whose trigger word lies
// inside the quote, then among all whose sentence overlaps it. A gold event is found when one of its
// mentions is. Recall: found gold events / gold events. Precision: our
// asserted events matched to a mention / our asserted events, where the
// low-confidence gold events (vague background) may take events too, after
// the others. Unmatched gold events are listed with
// the nearest miss (the event on one of its quotes with the fewest differing
// fields) and what differed.
//
// Usage: eval_events [--min-recall PCT] [--min-precision PCT] [--unmatched] [--why ID] GOLD_EVENTS DOCS_DIR
// (--unmatched lists our asserted events that matched no gold mention; --why
// every event on gold event ID's quotes and what differs.)
// Exit 0; 1 below a floor; 2 when an input cannot be read.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "events/events.h"
#include "coding_kit.h"
#include "seed_gold.h"
#include "text/text.h"
#include "time/time.h"

namespace {

using riposte::Document;
using riposte::eval::Str;
using riposte::Span;
using riposte::events::Event;

struct Coded {
  Document doc;
  std::vector<Event> events;
  std::vector<bool> used;
};

std::string Country(const std::optional<riposte::events::EventActor>& a) {
  return a ? riposte::actors::CodeCountry(a->code) : "";
}

// What differs between our event and a gold event ("" when it matches).
std::string Differences(const Event& e, const nlohmann::json& g) {
  std::string why;
  // A reciprocal gold event ("both sides act", gold README) takes either
  // direction.
  const bool swapped = g.contains("reciprocal") && g["reciprocal"] == true &&
                       Country(e.source) == Str(g, "target") && Country(e.target) == Str(g, "source");
  if (!swapped) {
    if (Country(e.source) != Str(g, "source")) why += " source " + (Country(e.source).empty() ? "-" : Country(e.source));
    if (Country(e.target) != Str(g, "target")) why += " target " + (Country(e.target).empty() ? "-" : Country(e.target));
  }
  const std::string cameo = Str(g, "cameo");
  if (e.plover != Str(g, "plover") && e.cameo.substr(0, 2) != cameo.substr(0, 2)) {
    why += " category " + e.cameo + "/" + (e.plover.empty() ? "-" : e.plover);
  }
  const std::string date = Str(g, "date"), precision = Str(g, "date_precision");
  if (!date.empty()) {
    const size_t len = precision == "day" ? 10 : precision == "month" ? 7 : 4;
    const bool ok = e.date_precision != "report" && e.date_precision != "none" && e.date.size() >= len &&
                    date.size() >= len && e.date.substr(0, len) == date.substr(0, len);
    if (!ok) why += " date " + (e.date.empty() ? "-" : e.date) + "(" + e.date_precision + ")";
  }
  return why;
}

}  // namespace

int main(int argc, char** argv) {
  double min_recall = -1, min_precision = -1;
  bool list_unmatched = false;
  std::string why_id;  // --why ID: every event on that gold event's quotes
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--min-recall" && i + 1 < argc) {
      min_recall = std::strtod(argv[++i], nullptr);
    } else if (arg == "--why" && i + 1 < argc) {
      why_id = argv[++i];
    } else if (arg == "--unmatched") {
      list_unmatched = true;
    } else if (arg == "--min-precision" && i + 1 < argc) {
      min_precision = std::strtod(argv[++i], nullptr);
    } else {
      args.push_back(arg);
    }
  }
  if (args.size() != 2) {
    std::fprintf(stderr, "usage: eval_events [--min-recall PCT] [--min-precision PCT] [--unmatched] [--why ID] GOLD_EVENTS DOCS_DIR\n");
    return 2;
  }
  nlohmann::json gold;
  std::map<std::string, Document> analysed;
  if (!riposte::eval::LoadGoldArray("eval_events", args[0], &gold) ||
      !riposte::eval::ReadAnalysedSeeds("eval_events", args[1], &analysed)) {
    return 2;
  }
  const auto kit = riposte::eval::CodingKit::Load("eval_events");
  if (kit == nullptr) return 2;

  std::map<std::string, Coded> docs;
  size_t asserted = 0;
  for (auto& [id, doc] : analysed) {
    Coded c;
    c.events = kit->Code(doc);
    c.used.assign(c.events.size(), false);
    for (const Event& e : c.events) asserted += e.mode == riposte::events::Mode::kAsserted;
    c.doc = std::move(doc);
    docs.emplace(id, std::move(c));
  }

  size_t total = 0, matched = 0, matched_asserted = 0;
  std::vector<std::string> misses;
  // Matches gold event `g`'s mentions to free events; returns true iff one
  // matched, else sets *nearest to the nearest miss.
  auto match = [&](const nlohmann::json& g, std::string* nearest, bool tight) {
    bool found = false;
    int nearest_diffs = 99;
    for (const auto& m : g["mentions"]) {
      auto it = docs.find(Str(m, "doc"));
      const std::string quote = Str(m, "quote");
      if (it == docs.end() || quote.empty()) continue;
      Coded& c = it->second;
      const size_t at = c.doc.text.find(quote);
      if (at == std::string::npos) continue;
      const Span q{static_cast<riposte::Offset>(at), static_cast<riposte::Offset>(at + quote.size())};
      bool mention_found = false;
      for (size_t i = 0; i < c.events.size() && !mention_found; ++i) {
        const Event& e = c.events[i];
        if (c.used[i] || e.span.end <= q.begin || q.end <= e.span.begin) continue;
        const Span trigger = c.doc.tokens[e.trigger].span;
        if (tight && (trigger.begin < q.begin || q.end < trigger.end)) continue;
        const std::string why = Differences(e, g);
        if (Str(g, "id") == why_id) {
          std::printf("  %s %s [%s] %s:%s\n", why_id.c_str(), c.doc.id.substr(0, 3).c_str(),
                      std::string(c.doc.Slice(c.doc.tokens[e.trigger].span)).c_str(), e.cameo.c_str(),
                      why.empty() ? " matches" : why.c_str());
        }
        if (why.empty()) {
          c.used[i] = true;
          found = mention_found = true;
          matched_asserted += e.mode == riposte::events::Mode::kAsserted;
        } else {
          // The nearest miss: the event on the quote with the fewest
          // differing fields (each difference is " field value").
          int diffs = 0;
          for (char ch : why) diffs += ch == ' ';
          if (diffs < nearest_diffs) {
            nearest_diffs = diffs;
            *nearest = e.cameo + " in " + c.doc.id.substr(0, 3) + ":" + why;
          }
        }
      }
    }
    return found;
  };
  // Two passes: first an event whose trigger word lies inside the quote,
  // then any event whose sentence overlaps it, so that a sentence's other
  // act does not take an event that is the quote's own.
  std::vector<bool> found_tight(gold.size(), false);
  for (size_t k = 0; k < gold.size(); ++k) {
    std::string unused;
    if (Str(gold[k], "confidence") != "low") found_tight[k] = match(gold[k], &unused, true);
  }
  for (size_t k = 0; k < gold.size(); ++k) {
    const auto& g = gold[k];
    if (Str(g, "confidence") == "low") continue;
    ++total;
    std::string nearest;
    const bool loose = match(g, &nearest, false);  // its other mentions too
    const bool found = found_tight[k] || loose;
    matched += found;
    if (!found) {
      misses.push_back(Str(g, "id") + " " + Str(g, "source") + "->" + Str(g, "target") + " " + Str(g, "plover") +
                       " " + Str(g, "cameo") + " " + Str(g, "date") + ": " +
                       (nearest.empty() ? "no event on its quotes" : "nearest " + nearest));
    }
  }
  // Low-confidence gold events are real acts too: an event matching one is
  // right (precision), though recall does not ask for them.
  for (const auto& g : gold) {
    std::string unused;
    if (Str(g, "confidence") == "low") match(g, &unused, false);
  }
  const double recall = total ? 100.0 * matched / total : 0;
  const double precision = asserted ? 100.0 * matched_asserted / asserted : 0;
  std::printf("gold events (not low-confidence): recall %zu / %zu = %.1f%%\n", matched, total, recall);
  std::printf("our asserted events that match a gold event: precision %zu / %zu = %.1f%%\n",
              matched_asserted, asserted, precision);
  if (min_recall >= 0 || min_precision >= 0) {
    std::printf("floors: recall %.0f%%, precision %.0f%%\n", std::max(0.0, min_recall), std::max(0.0, min_precision));
  }
  std::printf("gold events not matched (%zu):\n", misses.size());
  for (const std::string& line : misses) std::printf("  %s\n", line.c_str());
  if (list_unmatched) {  // our asserted events no gold mention took, for review by hand
    std::printf("our asserted events not matched:\n");
    for (const auto& [id, c] : docs) {
      for (size_t i = 0; i < c.events.size(); ++i) {
        const Event& e = c.events[i];
        if (c.used[i] || e.mode != riposte::events::Mode::kAsserted) continue;
        const auto code = [](const std::optional<riposte::events::EventActor>& a) {
          return !a ? std::string("-") : (a->code.empty() ? std::string("?") : a->code) + (a->implicit ? "~" : "");
        };
        std::string text(c.doc.Slice(c.doc.tokens[e.trigger].span));
        std::string sentence(c.doc.Slice(e.span));
        if (sentence.size() > 110) sentence = sentence.substr(0, 110) + "...";
        for (char& ch : sentence) if (ch == '\n') ch = ' ';
        std::printf("  %s %s>%s %s %s [%s] %s\n", id.substr(0, 3).c_str(), code(e.source).c_str(),
                    code(e.target).c_str(), e.cameo.c_str(), e.date.c_str(), text.c_str(), sentence.c_str());
      }
    }
  }
  bool below = false;
  if (min_recall >= 0 && recall < min_recall) below = true;
  if (min_precision >= 0 && precision < min_precision) below = true;
  return below ? 1 : 0;
}
