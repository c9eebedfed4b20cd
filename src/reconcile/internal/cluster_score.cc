// Whether a mention may join a cluster, and how well it fits: the merge
// rules of issue 7 as gates and additive evidence (see cluster_internal.h).
//
// Gates (any fails: never joins):
//   - dates: two anchored intervals at most Window() days apart, and only
//     when both are dated to the month or finer (a year or quarter that does
//     not hold the other date is another time); a mention
//     dated only by its report date fits a cluster that began no later than
//     that date plus the day window (an act is reported after it happens);
//     an undated mention fits any date;
//   - category: the caller blocks by PLOVER category (else the CAMEO code:
//     the uncategorised 01x statements are too varied to share a root); a
//     different CAMEO root inside one category (an admission 015 and an
//     apology 055 are both CONCEDE) needs corroboration: a shared quantity,
//     place or sentence, or a near-duplicate document.
// Evidence (summed; the mention joins its best cluster at kJoinScore):
//   same CAMEO code +2, same root +1;
//   dates: overlapping +1 (both the same day) down to 0 (within one year),
//   apart 0.5 shrinking to 0 at the window; floating mentions lose up to 0.1
//   a year of distance (a tie-break towards the nearest earlier act);
//   an explicit actor code with a sector the cluster has: +0.5 a side; one it
//   has not (police against journalists): -kSectorConflict a side;
//   a shared quantity +1, place +0.5, identical sentence words +2, the same
//   document +0.5, a near-duplicate of one of its documents +1.
// So within the window the same code or root merges, a conflict of sectors
// costing as much as a shared root, and a different root needs
// corroboration. The weights were set by hand and checked on the demo and
// seed gold events (pairwise precision and recall of same-event mention
// pairs); variations of +-0.5 on the sector penalty or the threshold moved
// either score by under 0.05.
// Mode and counts never gate: "apologised" and "did not apologise" about
// one act, or 6 and 9 detained, are the disagreements reconcile exists to
// show.
//
// Tested by cluster_test.cc and cluster_dates_test.cc.
#include <algorithm>

#include "reconcile/internal/cluster_internal.h"

namespace riposte::reconcile::internal {
namespace {

constexpr double kSameCode = 2;
constexpr double kSameRoot = 1;
// Overlapping dates, by the coarser precision: the same day is strong
// evidence, the same year none (a year holds many acts of one kind).
constexpr double kOverlap[] = {1, 0.75, 0.5, 0.25, 0};
constexpr double kApart = 0.5;  // dates apart: kApart shrinking to 0 at the window
// The coarsest precision of two disjoint intervals the window may bridge.
constexpr Level kMaxSlackLevel = Level::kMonth;
constexpr double kSameActor = 0.5;
// Sector codes disagree (an explicit AZECOP against the cluster's AZEMED):
// usually two acts, but outlets also name one perpetrator differently, so a
// penalty rather than a gate.
constexpr double kSectorConflict = 1;
constexpr double kSharedQuantity = 1;
constexpr double kSharedPlace = 0.5;
constexpr double kSameSentence = 2;
constexpr double kSameDocument = 0.5;
constexpr double kNearDuplicate = 1;
// Largest tie-break penalty of a floating mention's distance, reached at a
// year: far below any evidence, so it only orders otherwise equal clusters.
constexpr double kFloatingDecay = 0.1;
constexpr double kDaysPerYear = 365;

// Date part of the score, or nullopt when the dates cannot be one act.
std::optional<double> DateScore(const Features& f, const Evidence& e, const ClusterOptions& options) {
  if (f.level == Level::kNone || e.level == Level::kNone) return 0.0;
  if (Anchored(f.level) && Anchored(e.level)) {
    const int32_t gap = std::max({0, f.start - e.end, e.start - f.end});
    const int32_t window = Window(options);
    if (gap > window) return std::nullopt;
    const Level coarser = std::max(f.level, e.level);
    if (gap == 0) return kOverlap[static_cast<size_t>(coarser)];
    // The window is slack for days reckoned from relative words ("on
    // Wednesday", "the following day") and for a month told loosely ("in
    // July" of a raid on the night of June 30). A stated quarter or year
    // that does not hold the other date says another time: "2025" is not
    // December 2024 because the two touch on New Year's Day.
    if (coarser > kMaxSlackLevel) return std::nullopt;
    return kApart * (1 - static_cast<double>(gap) / (window + 1));
  }
  // One of them floats at its report day: the anchored (or other) act must
  // not begin after that report, give or take the day window.
  const Features* floating = f.level == Level::kReport ? &f : nullptr;
  const int32_t report_day = floating ? f.start : e.start;
  const int32_t act_start = floating ? e.start : f.start;
  const int32_t act_end = floating ? e.end : f.end;
  if (act_start > report_day + options.day_window) return std::nullopt;
  const double distance = std::max(0, report_day - act_end);
  return -kFloatingDecay * std::min(1.0, distance / kDaysPerYear);
}

}  // namespace

// The gap is measured between intervals, which already carry the precision
// ("June" is June 1-30): day_window of slack at every precision. A month of
// slack beyond a month's own interval merged acts of early July with a June
// 27 raid and cost 6 points of pairwise precision on the demo (0.70 -> 0.64)
// for no gain in recall on either gold set.
int32_t Window(const ClusterOptions& options) { return options.day_window; }

std::optional<double> Score(const Features& f, const Evidence& e, const ClusterOptions& options) {
  const std::optional<double> date = DateScore(f, e, options);
  if (!date) return std::nullopt;
  double score = *date;

  const bool same_doc = e.docs.Has(static_cast<uint32_t>(f.doc));
  const bool near_duplicate = !same_doc && e.sources.Has(static_cast<uint32_t>(f.source));
  const bool quantity =
      std::any_of(f.quantities.begin(), f.quantities.end(), [&](uint64_t q) { return e.quantities.Has(q); });
  const bool place = f.place && e.places.Has(f.place);
  const bool sentence = f.sentence_key && e.sentences.Has(f.sentence_key);

  const bool corroborated = quantity || place || sentence || near_duplicate;
  if (e.cameos.Has(f.cameo)) {
    score += kSameCode;
  } else if (e.roots.Has(f.root)) {
    score += kSameRoot;
  } else if (!corroborated) {
    return std::nullopt;
  }
  for (const auto& [code, codes] : {std::make_pair(f.src_code, &e.src_codes), std::make_pair(f.tgt_code, &e.tgt_codes)}) {
    if (!code || codes->empty()) continue;
    score += codes->Has(code) ? kSameActor : -kSectorConflict;
  }
  if (quantity) score += kSharedQuantity;
  if (place) score += kSharedPlace;
  if (sentence) score += kSameSentence;
  if (same_doc) score += kSameDocument;
  if (near_duplicate) score += kNearDuplicate;
  return score;
}

}  // namespace riposte::reconcile::internal
