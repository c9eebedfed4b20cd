// Event clusters: the mentions, within and across documents, that report
// one real-world act, merged into a ClusteredEvent however the reports
// disagree (issue 7).
//
// Algorithm (one greedy pass, linear in the mentions up to the candidates
// each one is scored against):
//   1. Each mention is reduced to integers (internal/cluster_features.cc):
//      day interval and precision level, countries, sector codes, category
//      (PLOVER, else the CAMEO code), CAMEO code and root, keys of its
//      quantities, place and sentence words.
//   2. Copies follow: a mention in a near-duplicate document (source_of)
//      whose code, actors and sentence words match a mention of the original
//      joins that mention's cluster at the end, unscored. The copy's other
//      mentions (an edited sentence) are clustered like any other and gain
//      the near-duplicate evidence.
//   3. Blocking: a cluster lives in the block of its founder's (source
//      country, target country, category) and, inside it, in a list per
//      precision level ordered by its anchor's first day. A mention with
//      both countries looks in its own block only; one with an unknown side
//      looks in every block of its category that matches the side it knows.
//   4. Order: anchored mentions before floating ones (report date, undated),
//      then both countries known before one before none (so an unknown side
//      joins a cluster the known ones made), then finest precision first,
//      then by date. The founder of a cluster is thus its most precisely
//      dated report, and its anchor never drifts: a cluster does not chain
//      day by day through a month.
//   5. Each mention is scored (internal/cluster_score.cc) against the
//      clusters whose anchors lie within the date window (binary search in
//      each level's list, at most kMaxCandidates nearest); a floating mention
//      against the latest clusters anchored no later than its report date.
//      It joins the best at kJoinScore or more (ties: the older cluster),
//      else founds a cluster in its own block.
//   6. Consensus coding per cluster (internal/cluster_consensus.cc); the
//      clusters are ordered by date (undated last), then first mention.
// Cost: O(n log n) for the sort plus n x (candidate blocks x kMaxCandidates)
// scores at worst; a dyad that dominates the store only lengthens the lists
// that binary search skips.
//
// Tested by cluster_test.cc.
#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "reconcile/internal/cluster_internal.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

using internal::Evidence;
using internal::Features;
using internal::Level;

// Clusters scored per block and precision level: the nearest in date. A
// dominant dyad holds many clusters a day in one category at a million
// mentions; the act a report describes is among the nearest anchors, and the
// cap bounds the cost per mention (on a generated store of a million
// mentions, 64 and 16 give the same 35,052 clusters).
constexpr size_t kMaxCandidates = 16;

struct Block {
  // Per level: (anchor start, cluster index), appended in start order.
  std::array<std::vector<std::pair<int32_t, size_t>>, internal::kLevels> by_level;
  std::array<int32_t, internal::kLevels> max_span{};  // longest anchor (days)
};

struct KeyHash {
  size_t operator()(const std::tuple<uint32_t, uint32_t, uint32_t>& k) const {
    const auto [a, b, c] = k;
    uint64_t h = (static_cast<uint64_t>(a) << 32 | b) * 0x9E3779B97F4A7C15ULL;
    return static_cast<size_t>(h ^ (static_cast<uint64_t>(c) * 0xC2B2AE3D27D4EB4FULL));
  }
};
using Key = std::tuple<uint32_t, uint32_t, uint32_t>;

class Clusterer {
 public:
  Clusterer(const std::vector<Features>& features, const ClusterOptions& options)
      : features_(features), options_(options) {}

  // Places feature `i` into the best cluster or a new one.
  void Place(size_t i) {
    const Features& f = features_[i];
    size_t best = SIZE_MAX;
    double best_score = 0;
    for (size_t b : CandidateBlocks(f)) {
      for (int level = 0; level < internal::kLevels; ++level) {
        ForCandidates(blocks_[b], level, f, [&](size_t c) {
          const std::optional<double> s = internal::Score(f, clusters_[c], options_);
          if (!s || *s < internal::kJoinScore) return;
          if (best == SIZE_MAX || *s > best_score || (*s == best_score && c < best)) {
            best = c;
            best_score = *s;
          }
        });
      }
    }
    if (best != SIZE_MAX) {
      internal::Add(clusters_[best], f, i);
      return;
    }
    const size_t b = BlockOf(Key{f.src_country, f.tgt_country, f.category});
    const auto level = static_cast<size_t>(f.level);
    blocks_[b].by_level[level].emplace_back(f.start, clusters_.size());
    blocks_[b].max_span[level] = std::max(blocks_[b].max_span[level], f.end - f.start);
    clusters_.push_back(internal::Found(f, i));
  }

  std::vector<Evidence>& clusters() { return clusters_; }

 private:
  size_t BlockOf(const Key& key) {
    const auto [it, inserted] = block_of_.emplace(key, blocks_.size());
    if (inserted) {
      blocks_.emplace_back();
      const auto [s, t, c] = key;
      by_target_[{0, t, c}].push_back(it->second);
      by_source_[{s, 0, c}].push_back(it->second);
      by_category_[{0, 0, c}].push_back(it->second);
    }
    return it->second;
  }

  // The blocks a mention may join: its own, or all matching its known side.
  // The result lives until the next BlockOf().
  const std::vector<size_t>& CandidateBlocks(const Features& f) {
    static const std::vector<size_t> kNoBlocks;
    const auto find = [](const auto& map, const Key& key) -> const std::vector<size_t>& {
      const auto it = map.find(key);
      return it == map.end() ? kNoBlocks : it->second;
    };
    if (f.src_country && f.tgt_country) {
      // Its own block, and those of clusters founded by mentions missing a
      // side (they exist only when f floats: see the order in 4).
      own_.clear();
      for (const Key& key : {Key{f.src_country, f.tgt_country, f.category}, Key{0, f.tgt_country, f.category},
                             Key{f.src_country, 0, f.category}, Key{0, 0, f.category}}) {
        const auto it = block_of_.find(key);
        if (it != block_of_.end()) own_.push_back(it->second);
      }
      return own_;
    }
    if (f.tgt_country) return find(by_target_, Key{0, f.tgt_country, f.category});
    if (f.src_country) return find(by_source_, Key{f.src_country, 0, f.category});
    return find(by_category_, Key{0, 0, f.category});
  }

  // Calls visit(cluster) for the clusters of `block` at `level` whose
  // anchors may be within f's date window, at most kMaxCandidates nearest.
  template <typename Visit>
  void ForCandidates(const Block& block, int level, const Features& f, Visit visit) const {
    const auto& list = block.by_level[static_cast<size_t>(level)];
    if (list.empty()) return;
    const auto at = [&](int32_t day) {
      return static_cast<size_t>(std::lower_bound(list.begin(), list.end(), std::make_pair(day, size_t{0})) -
                                 list.begin());
    };
    size_t lo = 0, hi = list.size(), nearest = hi;
    const auto cluster_level = static_cast<Level>(level);
    if (internal::Anchored(f.level) && internal::Anchored(cluster_level)) {
      const int32_t window = internal::Window(options_);
      lo = at(f.start - window - block.max_span[static_cast<size_t>(level)]);
      hi = at(f.end + window + 1);
      nearest = at(f.start);
    } else if (f.level == Level::kReport && cluster_level != Level::kNone) {
      hi = at(f.start + options_.day_window + 1);  // begun by the report date
      nearest = hi;
    }
    // The kMaxCandidates entries of [lo, hi) nearest to `nearest`.
    if (hi - lo > kMaxCandidates) {
      const size_t half = kMaxCandidates / 2;
      size_t from = nearest > lo + half ? nearest - half : lo;
      from = std::min(from, hi - kMaxCandidates);
      lo = from;
      hi = from + kMaxCandidates;
    }
    for (size_t k = lo; k < hi; ++k) visit(list[k].second);
  }

  const std::vector<Features>& features_;
  const ClusterOptions& options_;
  std::vector<Evidence> clusters_;
  std::vector<Block> blocks_;
  std::unordered_map<Key, size_t, KeyHash> block_of_;
  std::unordered_map<Key, std::vector<size_t>, KeyHash> by_target_, by_source_, by_category_;
  std::vector<size_t> own_;  // CandidateBlocks' answer for a known dyad
};

// Leader of each mention in a near-duplicate copy (see 2), else SIZE_MAX.
// Only originals that have copies are indexed, by a hash of what must match
// (verified on lookup), so a store without copies costs one pass.
std::vector<size_t> Leaders(const std::vector<Features>& features, const std::vector<Mention>& mentions) {
  std::vector<size_t> leader(features.size(), SIZE_MAX);
  std::unordered_set<size_t> originals_with_copies;
  for (const Features& f : features) {
    if (f.source != f.doc) originals_with_copies.insert(f.source);
  }
  if (originals_with_copies.empty()) return leader;

  const auto code = [](const std::optional<store::StoredActor>& a) { return a ? a->code : std::string("-"); };
  const auto same = [&](size_t i, size_t j) {
    const store::StoredEvent& a = mentions[i].event;
    const store::StoredEvent& b = mentions[j].event;
    return features[i].sentence_key == features[j].sentence_key && a.cameo == b.cameo &&
           code(a.source) == code(b.source) && code(a.target) == code(b.target);
  };
  const auto key = [&](size_t i, size_t doc) {
    const store::StoredEvent& e = mentions[i].event;
    const std::hash<std::string> h;
    return (doc * 0x9E3779B97F4A7C15ULL) ^ features[i].sentence_key ^ (h(e.cameo) * 31) ^
           (h(code(e.source)) * 37) ^ (h(code(e.target)) * 41);
  };
  std::unordered_multimap<size_t, size_t> originals;
  for (size_t i = 0; i < features.size(); ++i) {
    const Features& f = features[i];
    if (f.source == f.doc && f.sentence_key && originals_with_copies.count(f.doc)) {
      originals.emplace(key(i, f.doc), i);
    }
  }
  for (size_t i = 0; i < features.size(); ++i) {
    const Features& f = features[i];
    if (f.source == f.doc || !f.sentence_key) continue;
    const auto [from, to] = originals.equal_range(key(i, f.source));
    for (auto it = from; it != to; ++it) {  // the first matching mention
      if (features[it->second].doc == f.source && same(i, it->second)) leader[i] = std::min(leader[i], it->second);
    }
  }
  return leader;
}

// Dyad class: 0 both countries known, 1 one, 2 none.
int DyadClass(const Features& f) { return (f.src_country == 0) + (f.tgt_country == 0); }

}  // namespace

std::vector<ClusteredEvent> ClusterEvents(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                                          const std::vector<size_t>& source_of, const ClusterOptions& options) {
  internal::Interner interner;
  const std::vector<Features> features = internal::ExtractFeatures(docs, mentions, source_of, interner);
  const std::vector<size_t> leader = Leaders(features, mentions);

  std::vector<size_t> order;
  for (size_t i = 0; i < features.size(); ++i) {
    if (leader[i] == SIZE_MAX) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Features& x = features[a];
    const Features& y = features[b];
    return std::make_tuple(!internal::Anchored(x.level), DyadClass(x), x.level, x.start, x.end, a) <
           std::make_tuple(!internal::Anchored(y.level), DyadClass(y), y.level, y.start, y.end, b);
  });
  Clusterer clusterer(features, options);
  for (size_t i : order) clusterer.Place(i);

  // Followers join their leader's cluster.
  std::vector<size_t> cluster_of(features.size(), SIZE_MAX);
  std::vector<Evidence>& built = clusterer.clusters();
  for (size_t c = 0; c < built.size(); ++c) {
    for (size_t m : built[c].members) cluster_of[m] = c;
  }
  for (size_t i = 0; i < features.size(); ++i) {
    if (leader[i] != SIZE_MAX) built[cluster_of[leader[i]]].members.push_back(i);
  }

  std::vector<ClusteredEvent> out;
  out.reserve(built.size());
  for (Evidence& e : built) out.push_back(internal::Consensus(std::move(e.members), mentions, source_of));
  std::sort(out.begin(), out.end(), [&](const ClusteredEvent& a, const ClusteredEvent& b) {
    if (a.date_start.empty() != b.date_start.empty()) return b.date_start.empty();
    const Mention& x = mentions[a.mentions[0]];
    const Mention& y = mentions[b.mentions[0]];
    return std::tie(a.date_start, x.doc, x.event.span.begin, a.mentions[0]) <
           std::tie(b.date_start, y.doc, y.event.span.begin, b.mentions[0]);
  });
  return out;
}

}  // namespace riposte::reconcile
