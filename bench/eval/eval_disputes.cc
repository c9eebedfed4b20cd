// Accuracy of the reconcile stage's disputes (issue 7, point 6), on the
// seed articles or the demo corpus, read in place.
//
// Each document is read, analysed, annotated and coded as `riposte code`
// does (coding_kit.h), then the whole set is reconciled
// (reconcile::Reconcile). A gold dispute (an entry of disputes.json, or the
// `disputes` key of data/demo/gold.json) is found when one reported dispute
// holds at least two of its distinct values, each gold value matched
// one-to-one to a reported value by a quote overlapping one of the gold
// value's phrases in the same document. A reported dispute is real when it
// finds some gold dispute (any attribute); the others are listed for review.
//
// Usage: eval_disputes [--scope seeds] [--min-found PCT] [--min-real PCT]
//                      [--clusters] [--claims] GOLD DOCS_DIR
//   --scope seeds   score only the gold disputes issue 7 names: attribute
//                   killed, detained, amount, date or place, plus SD06, SD08
//                   (the others are still reported, apart)
//   --clusters      print every cluster of two or more mentions
//   --claims        print every claim
// Exit 0; 1 below a floor; 2 when an input cannot be read.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "coding_kit.h"
#include "reconcile/reconcile.h"
#include "seed_gold.h"

namespace {

using riposte::Document;
using riposte::Span;
using riposte::eval::Str;
namespace rc = riposte::reconcile;

// One gold value: its phrases as spans per document index.
struct GoldValue {
  std::string value;
  std::vector<std::pair<size_t, Span>> phrases;
};

struct GoldDispute {
  std::string id, attribute, topic, kind;
  bool scored = true;
  std::vector<GoldValue> values;
};

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Maximum one-to-one matching between gold values and reported values
// (augmenting paths; both sides are small).
size_t MatchValues(const GoldDispute& g, const rc::Dispute& d) {
  const size_t n = g.values.size(), m = d.values.size();
  std::vector<std::vector<bool>> fits(n, std::vector<bool>(m, false));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < m; ++j) {
      for (const auto& [doc, phrase] : g.values[i].phrases) {
        for (const rc::Quote& q : d.values[j].quotes) {
          if (q.doc == doc && Overlaps(q.span, phrase)) fits[i][j] = true;
        }
      }
    }
  }
  std::vector<int> owner(m, -1);
  std::function<bool(size_t, std::vector<bool>&)> augment = [&](size_t i, std::vector<bool>& seen) {
    for (size_t j = 0; j < m; ++j) {
      if (!fits[i][j] || seen[j]) continue;
      seen[j] = true;
      if (owner[j] < 0 || augment(static_cast<size_t>(owner[j]), seen)) {
        owner[j] = static_cast<int>(i);
        return true;
      }
    }
    return false;
  };
  size_t matched = 0;
  for (size_t i = 0; i < n; ++i) {
    std::vector<bool> seen(m, false);
    matched += augment(i, seen);
  }
  return matched;
}

std::string Clip(std::string_view s, size_t n) {
  std::string out(s.substr(0, n));
  if (s.size() > n) out += "...";
  for (char& ch : out) if (ch == '\n') ch = ' ';
  return out;
}

std::string Code(const std::optional<riposte::store::StoredActor>& a) {
  return !a ? std::string("-") : (a->code.empty() ? std::string("?") : a->code) + (a->implicit ? "~" : "");
}

void PrintDispute(const rc::Dispute& d, const std::vector<Document>& docs) {
  std::printf("  [%s] %s %s: %s\n", d.kind.c_str(), d.attribute.c_str(), d.cluster ? "event" : "standalone",
              d.topic.c_str());
  for (const rc::DisputeValue& v : d.values) {
    std::printf("      %s (%s, %s)", v.normalized.c_str(), v.value.c_str(), v.qualifier.c_str());
    for (const rc::Quote& q : v.quotes) {
      std::printf(" | %s \"%s\"", docs[q.doc].id.substr(0, 3).c_str(), Clip(docs[q.doc].Slice(q.span), 60).c_str());
    }
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  double min_found = -1, min_real = -1;
  bool scope_seeds = false, show_clusters = false, show_claims = false;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--min-found" && i + 1 < argc) {
      min_found = std::strtod(argv[++i], nullptr);
    } else if (arg == "--min-real" && i + 1 < argc) {
      min_real = std::strtod(argv[++i], nullptr);
    } else if (arg == "--scope" && i + 1 < argc) {
      scope_seeds = std::string(argv[++i]) == "seeds";
    } else if (arg == "--clusters") {
      show_clusters = true;
    } else if (arg == "--claims") {
      show_claims = true;
    } else {
      args.push_back(arg);
    }
  }
  if (args.size() != 2) {
    std::fprintf(stderr,
                 "usage: eval_disputes [--scope seeds] [--min-found PCT] [--min-real PCT] [--clusters] [--claims] "
                 "GOLD DOCS_DIR\n");
    return 2;
  }
  std::string raw;
  if (!riposte::eval::ReadFile(args[0], &raw)) {
    std::fprintf(stderr, "eval_disputes: cannot read %s\n", args[0].c_str());
    return 2;
  }
  nlohmann::json gold = nlohmann::json::parse(raw, nullptr, false);
  nlohmann::json syndicated = nlohmann::json::array();  // the demo gold's near-duplicate groups
  if (gold.is_object() && gold.contains("syndicated")) syndicated = gold["syndicated"];
  if (gold.is_object() && gold.contains("disputes")) gold = nlohmann::json(gold["disputes"]);
  if (!gold.is_array()) {
    std::fprintf(stderr, "eval_disputes: %s holds no array of disputes\n", args[0].c_str());
    return 2;
  }
  std::map<std::string, Document> analysed;
  if (!riposte::eval::ReadAnalysedSeeds("eval_disputes", args[1], &analysed)) return 2;
  const auto kit = riposte::eval::CodingKit::Load("eval_disputes");
  if (kit == nullptr) return 2;

  std::vector<Document> docs;
  std::vector<rc::Mention> mentions;
  std::map<std::string, size_t> doc_index;
  for (auto& [id, doc] : analysed) {
    const size_t d = docs.size();
    for (const auto& e : kit->Code(doc)) mentions.push_back(rc::MentionOf(e, d));
    doc_index[id] = d;
    docs.push_back(std::move(doc));
  }
  const rc::Reconciled r = rc::Reconcile(docs, mentions);

  std::vector<GoldDispute> golds;
  for (const auto& g : gold) {
    GoldDispute gd{Str(g, "id"), Str(g, "attribute"), Str(g, "topic"), Str(g, "kind")};
    if (scope_seeds) {
      static const std::set<std::string> kAttributes = {"killed", "detained", "amount", "date", "place"};
      gd.scored = kAttributes.count(gd.attribute) > 0 || gd.id == "SD06" || gd.id == "SD08";
    }
    for (const auto& v : g["values"]) {
      GoldValue gv{Str(v, "value")};
      for (const auto& p : v["phrases"]) {
        auto it = doc_index.find(Str(p, "doc"));
        const std::string phrase = Str(p, "phrase");
        if (it == doc_index.end() || phrase.empty()) continue;
        const std::string& text = docs[it->second].text;
        for (size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
          gv.phrases.emplace_back(it->second, Span{static_cast<riposte::Offset>(at),
                                                   static_cast<riposte::Offset>(at + phrase.size())});
        }
      }
      gd.values.push_back(std::move(gv));
    }
    golds.push_back(std::move(gd));
  }

  if (show_clusters) {
    std::printf("clusters of two or more mentions:\n");
    for (const rc::ClusteredEvent& c : r.clusters) {
      if (c.mentions.size() < 2) continue;
      std::printf("  %s %s>%s %s/%s %s  %zu reports, %zu docs, %zu independent%s\n", c.id.substr(0, 8).c_str(),
                  c.source.c_str(), c.target.c_str(), c.cameo.c_str(), c.plover.c_str(), c.date.c_str(),
                  c.mentions.size(), c.docs.size(), c.independent_sources, c.disputed ? ", disputed" : "");
      for (size_t m : c.mentions) {
        const auto& e = mentions[m].event;
        const Document& doc = docs[mentions[m].doc];
        std::printf("      %s %s>%s %s %s %s %s\n", doc.id.substr(0, 3).c_str(), Code(e.source).c_str(),
                    Code(e.target).c_str(), e.cameo.c_str(), e.date.c_str(), e.mode.c_str(),
                    Clip(doc.Slice(e.span), 90).c_str());
      }
    }
    std::printf("near-duplicate groups:");
    for (const rc::DocGroup& g : r.groups) {
      std::printf(" {");
      for (size_t d : g.docs) std::printf(" %s", docs[d].id.c_str());
      std::printf(" } %.2f%s", g.similarity, g.verbatim ? " verbatim" : "");
    }
    std::printf("\n");
  }
  if (show_claims) {
    std::printf("claims:\n");
    for (const rc::Claim& c : r.claims) {
      std::printf("  %s %s %s%s = %s (%s) \"%s\"\n", docs[c.doc].id.substr(0, 3).c_str(), c.attribute.c_str(),
                  c.mention ? "event " : "topic ", c.mention ? mentions[*c.mention].event.cameo.c_str() : c.topic.c_str(),
                  c.value.normalized.c_str(), c.value.qualifier.c_str(),
                  c.value.quotes.empty() ? "" : Clip(docs[c.doc].Slice(c.value.quotes[0].span), 70).c_str());
      if (!c.anchors.empty()) {
        std::printf("      anchors:");
        for (const std::string& a : c.anchors) std::printf(" %s", a.c_str());
        std::printf("\n");
      }
    }
  }

  // Scoring: each reported dispute may find several gold disputes (it is
  // real when it finds one); each gold dispute is found by any.
  size_t scored = 0, found = 0, others_found = 0, others = 0, kind_agrees = 0, kind_found = 0;
  std::vector<bool> real(r.disputes.size(), false);
  std::vector<std::string> misses;
  for (const GoldDispute& g : golds) {
    bool hit = false, kind_ok = false;
    for (size_t k = 0; k < r.disputes.size(); ++k) {
      if (MatchValues(g, r.disputes[k]) < 2) continue;
      hit = real[k] = true;
      kind_ok = kind_ok || r.disputes[k].kind == g.kind;
    }
    kind_found += hit;
    kind_agrees += hit && kind_ok;
    if (g.scored) {
      ++scored;
      found += hit;
      if (!hit) misses.push_back(g.id + " " + g.attribute + ": " + g.topic);
    } else {
      ++others;
      others_found += hit;
    }
  }
  const size_t n_real = static_cast<size_t>(std::count(real.begin(), real.end(), true));
  const double found_pct = scored ? 100.0 * found / scored : 0;
  const double real_pct = r.disputes.empty() ? 0 : 100.0 * n_real / r.disputes.size();
  size_t in_clusters = 0;
  for (const auto& c : r.clusters) in_clusters += c.mentions.size() > 1;
  std::printf("documents %zu, near-duplicate groups %zu, mentions %zu, clusters %zu (%zu of two or more), claims %zu\n",
              docs.size(), r.groups.size(), mentions.size(), r.clusters.size(), in_clusters, r.claims.size());
  if (!syndicated.empty()) {
    // Each gold group must be exactly one of ours; any other group is spurious.
    size_t groups_found = 0;
    for (const auto& g : syndicated) {
      std::set<std::string> want;
      for (const auto& d : g["docs"]) want.insert(d.get<std::string>());
      for (const rc::DocGroup& ours : r.groups) {
        std::set<std::string> got;
        for (size_t d : ours.docs) got.insert(docs[d].id);
        groups_found += got == want;
      }
    }
    std::printf("syndicated groups found: %zu / %zu; other groups: %zu\n", groups_found, syndicated.size(),
                r.groups.size() - groups_found);
  }
  std::printf("gold disputes found: %zu / %zu = %.1f%%\n", found, scored, found_pct);
  if (others) std::printf("other gold disputes (not scored) found: %zu / %zu\n", others_found, others);
  std::printf("reported disputes real: %zu / %zu = %.1f%%\n", n_real, r.disputes.size(), real_pct);
  std::printf("kind (contradiction, revision, reporting_error) as the gold's, of the gold disputes found: %zu / %zu\n",
              kind_agrees, kind_found);
  if (min_found >= 0 || min_real >= 0) {
    std::printf("floors: found %.0f%%, real %.0f%%\n", std::max(0.0, min_found), std::max(0.0, min_real));
  }
  std::printf("gold disputes not found (%zu):\n", misses.size());
  for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
  std::printf("reported disputes:\n");
  for (size_t k = 0; k < r.disputes.size(); ++k) {
    std::printf("%s", real[k] ? "" : "  (no gold dispute)\n");
    PrintDispute(r.disputes[k], docs);
  }
  bool below = false;
  if (min_found >= 0 && found_pct < min_found) below = true;
  if (min_real >= 0 && real_pct < min_real) below = true;
  return below ? 1 : 0;
}
