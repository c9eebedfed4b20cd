// Publication bounds of undated acts (see publication_bound.h).
//
// 1. The stated dates: the mentions saying the act happened with a date
//    claim of topic "" (a time expression of their sentence states it), and
//    per pool the latest first day any of them allows (values.h
//    DateValueRange). A denial's date is the day of the denial.
// 2. The bounds: a `happened` claim saying yes, of a mention with no stated
//    date, in a document whose publication date is stated (an inferred date
//    is the latest the text names, a floor of the publication day, no
//    ceiling), becomes the claim "no later than that date" when a stated
//    date of its pool begins after the bound's last day. Few pools have
//    one: the bounds are made where they can disagree, not for every act.
// 3. The keys: a cluster alone in its pool takes the bound into its own
//    date group. A pool of several clusters (a denial with the reports
//    before and after it) compares in one kBoundTopic group the bounds and
//    the stated dates of all its clusters: "Putin apologised" in July
//    against "in October, Putin apologised" when a July story said no
//    apology was made.
#include "reconcile/internal/publication_bound.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "reconcile/internal/values.h"

namespace riposte::reconcile::internal {
namespace {

bool IsStatedDate(const Claim& c) { return c.mention && c.attribute == "date" && c.topic.empty(); }

bool SaysItHappened(const Claim& c) {
  return c.mention && c.attribute == "happened" && c.value.normalized == "true";
}

}  // namespace

PublicationBounds BoundDatesByPublication(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                          const std::vector<size_t>& cluster_of,
                                          const std::vector<size_t>& pool_of) {
  PublicationBounds out;
  auto pool = [&](const Claim& c) -> size_t {
    const size_t m = *c.mention;
    if (m >= cluster_of.size() || cluster_of[m] >= pool_of.size()) return SIZE_MAX;
    return pool_of[cluster_of[m]];
  };
  // 1. Stated dates of the act, by the reports that say it happened (a
  // denial's date is when it was denied).
  std::vector<bool> asserted(cluster_of.size(), false), stated(cluster_of.size(), false);
  for (const Claim& c : claims)
    if (SaysItHappened(c) && *c.mention < asserted.size()) asserted[*c.mention] = true;
  auto stated_date = [&](const Claim& c) {
    return IsStatedDate(c) && *c.mention < asserted.size() && asserted[*c.mention];
  };
  std::unordered_map<size_t, int64_t> latest_start;  // pool -> latest first day stated
  for (const Claim& c : claims) {
    if (!stated_date(c)) continue;
    const size_t p = pool(c);
    std::optional<DayRange> r = DateValueRange(c.value);
    if (p == SIZE_MAX || !r) continue;
    stated[*c.mention] = true;
    auto [it, added] = latest_start.emplace(p, r->start);
    if (!added) it->second = std::max(it->second, r->start);
  }
  if (latest_start.empty()) return out;
  // Clusters per pool: a pool of one is its cluster's own date group.
  std::unordered_map<size_t, size_t> pool_size;
  for (size_t root : pool_of)
    if (latest_start.count(root)) ++pool_size[root];
  // 2. Bounds.
  std::unordered_map<size_t, bool> bounded;  // pools that got a bound
  for (const Claim& c : claims) {
    if (!SaysItHappened(c) || *c.mention >= stated.size() || stated[*c.mention] || c.doc >= docs.size()) continue;
    const std::string& published = docs[c.doc].date.value;  // stated, not inferred
    const size_t p = pool(c);
    auto latest = latest_start.find(p);
    if (published.empty() || latest == latest_start.end()) continue;
    Claim b;
    b.doc = c.doc;
    b.mention = c.mention;
    b.attribute = "date";
    b.report_date = c.report_date;
    b.value.kind = DisputeValue::Kind::kDate;
    b.value.normalized = published.substr(0, std::min<size_t>(published.size(), 10));
    b.value.qualifier = "at_most";
    std::optional<DayRange> r = DateValueRange(b.value);
    if (!r || r->end >= latest->second) continue;  // every stated date may be on or before it
    b.value.value = "reported by " + b.value.normalized;
    b.value.claimed_by = c.value.claimed_by;
    b.value.quotes = c.value.quotes;
    const bool pooled = pool_size[p] > 1;
    const size_t cluster = cluster_of[*c.mention];
    out.keys.emplace_back(pooled ? p : cluster, pooled, claims.size() + out.claims.size());
    out.claims.push_back(std::move(b));
    if (pooled) bounded[p] = true;
  }
  // 3. The stated dates of the bounded pools of several clusters join them.
  if (bounded.empty()) return out;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (!stated_date(claims[i])) continue;
    const size_t p = pool(claims[i]);
    if (p != SIZE_MAX && bounded.count(p)) out.keys.emplace_back(p, true, i);
  }
  return out;
}

}  // namespace riposte::reconcile::internal
