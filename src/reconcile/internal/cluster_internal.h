// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// The pieces of event clustering (cluster.cc is the driver):
//   cluster_features.cc  a mention's comparable features (day interval and
//                        precision level, interned dyad and codes, a key of
//                        its sentence's words) and the evidence a growing
//                        cluster keeps;
//   cluster_score.cc     whether a mention may join a cluster, and how well;
//   cluster_consensus.cc a finished cluster's consensus coding.
// Exposed for cluster_test.cc.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Precision levels, finest first. The anchored levels (up to kYear) place an
// act in an interval; kReport (the publication date stood in: the act
// happened on or before it) and kNone float.
enum class Level : uint8_t { kDay, kWeek, kMonth, kQuarter, kYear, kReport, kNone };
inline constexpr int kLevels = 7;
Level LevelOf(std::string_view date_precision);  // unknown strings: kNone
bool Anchored(Level l);                         // kDay..kYear

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" (a longer string is
// read up to its 10th byte); nullopt when it is not one.
std::optional<int32_t> ParseDay(std::string_view iso);

// Small strings as dense ids (0 stands for ""), so that comparisons are
// integer compares.
class Interner {
 public:
  uint32_t Id(const std::string& s);
 private:
  std::unordered_map<std::string, uint32_t> ids_;
};

// What clustering compares of one mention.
struct Features {
  size_t mention = 0;        // index into mentions
  size_t doc = 0, source = 0;  // its document and that document's source_of
  Level level = Level::kNone;
  int32_t start = 0, end = 0;  // day interval (anchored), or the report day
                               // (kReport); unset for kNone
  uint32_t src_country = 0, tgt_country = 0;  // 0: unknown
  uint32_t src_code = 0, tgt_code = 0;        // explicit codes longer than a
                                              // country (sector known); else 0
  uint32_t category = 0;     // PLOVER category, else "#" + CAMEO code
  uint32_t cameo = 0, root = 0;
  uint64_t sentence_key = 0;                  // 0: no words
  std::vector<uint64_t> quantities;           // attribute + value keys
  uint32_t place = 0;                         // location text (lower case)
};

// Features of every mention. A mention whose doc is out of range counts as
// its own source with no sentence.
std::vector<Features> ExtractFeatures(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                                      const std::vector<size_t>& source_of, Interner& interner);

// A set of at most N values held inline (no allocation: a store's clusters
// are scored in a scattered order, and one contiguous record per cluster
// keeps that to a few cache lines). Values beyond N are dropped: a
// cluster's first reports say what the act looks like.
template <typename T, size_t N>
class SmallSet {
 public:
  bool Has(T value) const { return std::find(items_.begin(), items_.begin() + size_, value) != items_.begin() + size_; }
  void Insert(T value) {
    if (size_ < N && !Has(value)) items_[size_++] = value;
  }
  bool empty() const { return size_ == 0; }

 private:
  std::array<T, N> items_{};
  uint8_t size_ = 0;
};

// Values a cluster keeps per kind (see SmallSet).
inline constexpr size_t kMaxEvidence = 8;

// Evidence a cluster keeps while it grows: its anchor (the interval of the
// mention that founded it) and bounded sets of what its members share.
struct Evidence {
  Level level = Level::kNone;
  int32_t start = 0, end = 0;
  SmallSet<uint32_t, kMaxEvidence> cameos, roots, src_codes, tgt_codes, places;
  SmallSet<uint64_t, kMaxEvidence> sentences, quantities;
  SmallSet<uint32_t, kMaxEvidence> docs, sources;  // low 32 bits of the indices
  std::vector<size_t> members;  // indices into the features vector
};

// Starts a cluster's evidence from its founding mention, and adds one.
Evidence Found(const Features& f, size_t feature_index);
void Add(Evidence& e, const Features& f, size_t feature_index);

// Score of `f` joining a cluster with evidence `e`, or nullopt when it may
// not (dates too far apart for the coarser precision, a different CAMEO
// root with nothing corroborating). Both must be in the same category and
// have compatible countries (the caller's blocking). A mention joins its
// best-scoring cluster when the score is at least kJoinScore.
inline constexpr double kJoinScore = 1.0;
std::optional<double> Score(const Features& f, const Evidence& e, const ClusterOptions& options);

// The most days between two anchored intervals that may be one act.
int32_t Window(const ClusterOptions& options);

// Fills a cluster's consensus coding, docs, independent sources and id from
// its members (mention indices, any order; sorted here by doc then span).
ClusteredEvent Consensus(std::vector<size_t> members, const std::vector<Mention>& mentions,
                         const std::vector<size_t>& source_of);

}  // namespace riposte::reconcile::internal
