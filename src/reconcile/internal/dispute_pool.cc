// Cluster pools for disputes (see dispute_pool.h).
//
// Casualties: the coder codes the act ("Russian air defences shot down the
// jet", CAMEO 190) and, apart, the killing ("the crash killed 38", 1823 with
// no actors); the clustering rightly keeps different codes apart, but their
// death tolls are one figure. Clusters of one PLOVER category whose dates
// agree and which at least two documents report together are pooled
// (union-find; pairs come from a document -> clusters index, so the cost is
// the pairs of clusters sharing a document, not all pairs). One document
// will do for two clusters dated to the same day between the same actors
// coded with their sectors: the raid and the deaths in it, told in one
// sentence by the one report that dates them.
// Happened: a negated act is dated by its report ("Russia has not paid
// compensation", May) and an asserted one by the act (October), so the
// clustering's date window separates them. A cluster of denials pools with
// the asserted clusters of the same code between the same two countries
// nearest before and after it, each within a year (a sorted list per key and
// a binary search: n log n). Pooling every such cluster within a year made
// one pool of all of a year's arrests and, on a store where a few dyads
// dominate, grew faster than the store.
// Same act (PoolHappenedClusters): every cluster of a code and two countries
// within a year of the pool's first; used for causes, which PoolCauseClusters
// joins only when the pool's days form a few runs (an act and its retellings).
// Refusals: "had refused to apologise" is coded as the refusal (CAMEO 12x)
// with the apology's pattern in its rule; it is a "no" about the apology, so
// its claim joins the pool of the clusters coded with that pattern between
// the same two countries.
// Roots are the smallest cluster index of each pool, so disputes keep the
// cluster order. Tested by disputes_test.cc and casualty_pool_test.cc.
#include "reconcile/internal/dispute_pool.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <numeric>
#include <string>
#include <tuple>

#include "actors/actors.h"
#include "reconcile/internal/values.h"

namespace riposte::reconcile::internal {
namespace {

// Two documents telling both facets: one could be a coincidence of a long
// article mentioning two incidents of a category on one day.
constexpr size_t kSharedDocuments = 2;
// The clustering's day window (ClusterOptions::day_window): a killing dated
// by "Wednesday" and a downing dated by "Dec 26" may be a day or two apart.
constexpr int kPoolToleranceDays = 3;
// "Has not paid compensation" and "has begun paying" are about one act when
// a year apart at most; an expulsion five years earlier is another one.
constexpr int64_t kHappenedPoolDays = 366;
// A same-act pool dated on more days than this (runs of days
// kSameIncidentDays apart at most) is many incidents, not one retold: the
// act, then a retelling or two dated by their report (the downing of
// December "recalled" in May and in October).
constexpr size_t kMaxIncidentsRetold = 3;
constexpr int64_t kSameIncidentDays = 3;

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

void Union(std::vector<size_t>& parent, size_t a, size_t b) {
  a = Find(parent, a);
  b = Find(parent, b);
  if (a == b) return;
  if (b < a) std::swap(a, b);
  parent[b] = a;  // the smaller index stays root
}

// The days a cluster's date spans (0: undated): 1 for a day, 28 to 31 for
// a month. The tolerance of DatesAgree widens a day only (values.h
// DateRange): "2025" does not agree with December 2024.
int64_t DaysSpanned(const ClusteredEvent& c) {
  const std::optional<DayRange> r = DateRange(c.date);
  return r ? r->end - r->start + 1 : 0;
}

bool DatesAgree(const ClusteredEvent& a, const ClusteredEvent& b) {
  std::optional<DayRange> x = DateRange(a.date, kPoolToleranceDays), y = DateRange(b.date);
  if (!x || !y) return false;  // undated: no evidence they are one incident
  return x->start <= y->end && y->start <= x->end;
}

// Returns true iff one shared document is evidence enough that two clusters
// are facets of one incident: both dated to the same day and coded between
// the same two actors named down to their sector ("the special forces
// raided ... on June 27" and "two were killed", both RUSGOV>AZECVL). A long
// article's two incidents of a category on one day seldom share both.
bool SameDayAndParties(const ClusteredEvent& a, const ClusteredEvent& b) {
  if (DaysSpanned(a) != 1 || a.date != b.date) return false;
  for (const auto& [x, y] : {std::tie(a.source, b.source), std::tie(a.target, b.target)})
    if (x.empty() || x != y || actors::CodeSector(x).empty()) return false;
  return true;
}

constexpr std::string_view kRefusalSuffix = " (refusal)";

// The rule without a speech-act suffix: "f.tsv:3 apologize [to TARGET]".
std::string_view RuleBase(std::string_view rule) {
  if (!rule.empty() && rule.back() == ')') {
    if (size_t open = rule.rfind(" ("); open != std::string_view::npos) return rule.substr(0, open);
  }
  return rule;
}

std::string Country(const std::optional<store::StoredActor>& a) {
  return a ? actors::CodeCountry(a->code) : std::string();
}

}  // namespace

bool IsRefusal(const store::StoredEvent& event) {
  return event.mode == "asserted" && event.rule.size() > kRefusalSuffix.size() &&
         std::string_view(event.rule).substr(event.rule.size() - kRefusalSuffix.size()) == kRefusalSuffix;
}

std::vector<size_t> RefusedActPools(const std::vector<Mention>& mentions, const std::vector<size_t>& cluster_of,
                                    const std::vector<size_t>& happened_root) {
  std::vector<size_t> target(mentions.size(), SIZE_MAX);
  std::map<std::tuple<std::string, std::string, std::string>, size_t> act_pool;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const store::StoredEvent& e = mentions[m].event;
    if (cluster_of[m] == SIZE_MAX || (e.mode != "asserted" && e.mode != "negated")) continue;
    if (RuleBase(e.rule).size() != e.rule.size()) continue;  // a speech act about the act
    const std::string source = Country(e.source), other = Country(e.target);
    if (source.empty() || other.empty()) continue;
    act_pool.emplace(std::make_tuple(e.rule, source, other), happened_root[cluster_of[m]]);
  }
  for (size_t m = 0; m < mentions.size(); ++m) {
    const store::StoredEvent& e = mentions[m].event;
    if (!IsRefusal(e)) continue;
    auto it = act_pool.find(std::make_tuple(std::string(RuleBase(e.rule)), Country(e.source), Country(e.target)));
    if (it != act_pool.end()) target[m] = it->second;
  }
  return target;
}

bool IsCasualtyCount(std::string_view attribute) {
  return attribute == "killed" || attribute == "injured" || attribute == "survivors" || attribute == "on_board";
}

std::vector<size_t> PoolCasualtyClusters(const std::vector<ClusteredEvent>& clusters) {
  std::vector<size_t> parent(clusters.size());
  std::iota(parent.begin(), parent.end(), 0);
  // (document, cluster) pairs sorted by document give each document's
  // clusters; their pairs, sorted, give how many documents each pair shares.
  std::vector<std::pair<size_t, size_t>> doc_cluster;
  for (size_t c = 0; c < clusters.size(); ++c)
    for (size_t d : clusters[c].docs) doc_cluster.emplace_back(d, c);
  std::sort(doc_cluster.begin(), doc_cluster.end());
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < doc_cluster.size();) {
    size_t j = i;
    while (j < doc_cluster.size() && doc_cluster[j].first == doc_cluster[i].first) ++j;
    for (size_t a = i; a < j; ++a)
      for (size_t b = a + 1; b < j; ++b) {
        const size_t x = doc_cluster[a].second, y = doc_cluster[b].second;
        if (!clusters[x].plover.empty() && clusters[x].plover == clusters[y].plover) {
          pairs.emplace_back(std::min(x, y), std::max(x, y));
        }
      }
    i = j;
  }
  std::sort(pairs.begin(), pairs.end());
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const ClusteredEvent &x = clusters[pairs[i].first], &y = clusters[pairs[i].second];
    if ((j - i >= kSharedDocuments || SameDayAndParties(x, y)) && DatesAgree(x, y)) {
      Union(parent, pairs[i].first, pairs[i].second);
    }
    i = j;
  }
  for (size_t c = 0; c < clusters.size(); ++c) parent[c] = Find(parent, c);
  return parent;
}

std::vector<size_t> PoolHappenedClusters(const std::vector<ClusteredEvent>& clusters) {
  std::vector<size_t> root(clusters.size());
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<size_t>> roots;
  for (size_t c = 0; c < clusters.size(); ++c) {
    root[c] = c;
    const std::string source = actors::CodeCountry(clusters[c].source);
    const std::string target = actors::CodeCountry(clusters[c].target);
    std::optional<DayRange> when = DateRange(clusters[c].date);
    if (source.empty() || target.empty() || clusters[c].cameo.empty() || !when) continue;
    std::vector<size_t>& candidates = roots[std::make_tuple(clusters[c].cameo, source, target)];
    for (size_t r : candidates) {
      std::optional<DayRange> r_when = DateRange(clusters[r].date);
      if (r_when && when->start - r_when->end <= kHappenedPoolDays && r_when->start - when->end <= kHappenedPoolDays) {
        root[c] = r;
        break;
      }
    }
    if (root[c] == c) candidates.push_back(c);
  }
  return root;
}

std::vector<size_t> PoolHappenedAroundDenials(const std::vector<ClusteredEvent>& clusters,
                                              const std::vector<Mention>& mentions) {
  std::vector<size_t> root(clusters.size());
  std::iota(root.begin(), root.end(), 0);
  using Key = std::tuple<std::string, std::string, std::string>;
  // Per key, the asserted clusters' (first day, last day, index), by first day.
  std::map<Key, std::vector<std::tuple<int64_t, int64_t, size_t>>> asserted;
  std::vector<std::optional<Key>> denial_key(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) {
    const ClusteredEvent& cl = clusters[c];
    const std::string source = actors::CodeCountry(cl.source), target = actors::CodeCountry(cl.target);
    std::optional<DayRange> when = DateRange(cl.date);
    if (source.empty() || target.empty() || cl.cameo.empty() || !when) continue;
    bool says_yes = false, says_no = false;
    for (size_t m : cl.mentions) {
      if (m >= mentions.size()) continue;
      says_yes = says_yes || (mentions[m].event.mode == "asserted" && !IsRefusal(mentions[m].event));
      says_no = says_no || mentions[m].event.mode == "negated";
    }
    Key key{cl.cameo, source, target};
    if (says_yes) asserted[key].emplace_back(when->start, when->end, c);
    if (says_no && !says_yes) denial_key[c] = std::move(key);
  }
  for (auto& [key, list] : asserted) std::sort(list.begin(), list.end());
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (!denial_key[c]) continue;
    auto it = asserted.find(*denial_key[c]);
    if (it == asserted.end()) continue;
    const std::vector<std::tuple<int64_t, int64_t, size_t>>& list = it->second;
    const DayRange when = *DateRange(clusters[c].date);
    // The asserted clusters nearest before and after the denial (by first
    // day): a report of the act before it contradicts the denial, one after
    // it may revise it; both are what the denial is about.
    auto at = std::lower_bound(list.begin(), list.end(), std::make_tuple(when.start, INT64_MIN, size_t{0}));
    for (auto probe : {at, at == list.begin() ? list.end() : std::prev(at)}) {
      if (probe == list.end()) continue;
      const auto [start, end, other] = *probe;
      // Doers of different sectors are different actors: media that
      // "avoided criticising" Moscow do not deny the parliament's criticism
      // (the other side is named loosely: "the families", "Azerbaijan").
      if (!SameSectorOrUnsaid(clusters[c].source, clusters[other].source)) continue;
      const int64_t gap = std::max<int64_t>({0, start - when.end, when.start - end});
      if (gap <= kHappenedPoolDays) Union(root, c, other);  // the smaller index stays root
    }
  }
  for (size_t c = 0; c < clusters.size(); ++c) root[c] = Find(root, c);
  return root;
}

std::vector<size_t> PoolCauseClusters(const std::vector<ClusteredEvent>& clusters,
                                      const std::vector<size_t>& casualty_root,
                                      const std::vector<size_t>& happened_root) {
  std::vector<size_t> parent(casualty_root.size());
  std::iota(parent.begin(), parent.end(), 0);
  // The days (day precision) each same-act pool's clusters are dated.
  std::map<size_t, std::vector<int64_t>> days;
  for (size_t c = 0; c < parent.size(); ++c) {
    if (casualty_root[c] < parent.size()) Union(parent, c, casualty_root[c]);
    if (happened_root[c] >= parent.size() || c >= clusters.size() || clusters[c].date_precision != "day") continue;
    if (std::optional<DayRange> d = DateRange(clusters[c].date)) days[happened_root[c]].push_back(d->start);
  }
  // A pool joins when its dates form kMaxIncidentsRetold runs at most (days
  // within kSameIncidentDays of each other are one run).
  std::map<size_t, bool> retold;
  for (auto& [root, list] : days) {
    std::sort(list.begin(), list.end());
    size_t runs = list.empty() ? 0 : 1;
    for (size_t i = 1; i < list.size(); ++i) runs += list[i] - list[i - 1] > kSameIncidentDays;
    retold[root] = runs <= kMaxIncidentsRetold;
  }
  for (size_t c = 0; c < parent.size(); ++c) {
    const size_t r = happened_root[c];
    if (r < parent.size() && retold[r]) Union(parent, c, r);
  }
  for (size_t c = 0; c < parent.size(); ++c) parent[c] = Find(parent, c);
  return parent;
}

}  // namespace riposte::reconcile::internal
