// Disputes (reconcile.h part 4): where the reports of one event, or the
// statements of one standalone topic, disagree.
//
// 1. Group: event claims by (cluster of their mention, attribute), standalone
//    claims by (topic, attribute); groups in cluster order, standalone last
//    in order of first appearance. Three kinds of claims look past the
//    cluster (internal/dispute_pool.cc): casualty counts pool the clusters
//    that are facets of one incident (the downing and the killing it caused,
//    reported by the same articles), and `happened` pools a cluster of denials
//    with the reports of the act nearest before and after it, between the
//    same two countries within a year ("has not paid compensation" in May,
//    "has begun paying" in October), a refusal of an act joining the act's
//    pool as a "no". Causes pool both ways
//    (internal/dispute_pool.h PoolCauseClusters): an incident's cause is told
//    beside its deaths and retold months later, dated by the retelling. A
//    cause the class table does not know (values.h CauseClass) is left out:
//    nothing says what it contradicts, and as a value it would swallow
//    every other. A casualty or detention count told with no coded act (topic
//    "incident") joins the pool whose counts are told among the same names
//    (internal/incident.h AttachIncidentClaims), else nothing; so do where
//    a vehicle came down (a topic of its own: not where the act was) and a
//    date read from an incident's name (internal/incident_refs.h). The date of
//    an act called "the first X since Y" joins the dates of the earlier
//    acts of its kind (internal/first_since.h PoolFirstSince); the date a
//    story carries to an act it tells in sequence joins the earlier acts of
//    its kind other reports date (internal/sequence_dates.h). A report
//    telling of an act with no date of its own bounds it by its publication
//    day (internal/publication_bound.h): the bound joins its cluster's dates,
//    or, in a `happened` pool of several clusters, the pool's stated dates,
//    where only the bound is set against them (the clusters are different
//    acts by their stated dates).
// 2. Merge: each claim joins the first value it is compatible with
//    (values.h: figures as intervals, dates as day ranges, places and actors
//    by country, yes/no by equality, causes by class); a figure value keeps
//    the intersection of its members' intervals so that a chain of loose
//    agreements ("about 40" with 37 and with 43) cannot merge values that
//    disagree. Values that turn out compatible after merging are merged
//    again. Docs, quotes and claimed_by accumulate, repeats removed once at
//    the end (internal/dispute_values.cc, as is step 4).
// 3. Report: a group with two or more values left is a Dispute when two
//    incompatible ones rest on two documents at least (a document
//    contradicting itself alone is more often our misreading than its
//    error). The values kept are those incompatible with another one.
// 4. Kind: `revision` when the values are ordered in time (every report of
//    the earlier value predates every report of the later one, by
//    Document::ReportDate) and not claimed by opposing parties (values
//    whose claimants are of different countries only; no vague count such
//    as "several" among them) -- figures moving one way (tolls rise), the
//    first told within kRevisionDays of the act; for `happened` only "no"
//    then "yes" (an act is done after it was not); never for causes
//    (versions, not counts) nor standalone statistics (sources differ, they
//    are not revised within days); else `reporting_error` when one of two
//    values rests on a single independent source (source_of) against three
//    or more; else `contradiction`.
// Ids: ContentHash over the cluster id (or topic) and the attribute.
// Tested by disputes_test.cc, dispute_pools_test.cc and dispute_kind_test.cc.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "actors/actors.h"
#include "reconcile/internal/claim_cause.h"
#include "reconcile/internal/dispute_pool.h"
#include "reconcile/internal/dispute_values.h"
#include "reconcile/internal/first_since.h"
#include "reconcile/internal/incident.h"
#include "reconcile/internal/publication_bound.h"
#include "reconcile/internal/sequence_dates.h"
#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile {
namespace {

using internal::ClaimsView;
using internal::Value;

struct Group {
  std::optional<size_t> cluster;
  std::string topic, topic_text, attribute;
  std::vector<size_t> claims;
};

std::string ClusterTopic(const ClusteredEvent& c, const std::string& attribute) {
  std::string s = c.source.empty() ? "?" : c.source;
  s += ' ';
  s += c.plover.empty() ? "CAMEO " + c.cameo : c.plover;
  s += ' ';
  s += c.target.empty() ? "?" : c.target;
  if (!c.date.empty()) s += " (" + c.date + ")";
  return s + ": " + attribute;
}

}  // namespace

std::vector<Dispute> FindDisputes(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                                  std::vector<ClusteredEvent>& clusters, const std::vector<Claim>& claims,
                                  const std::vector<size_t>& source_of) {
  std::vector<size_t> cluster_of(mentions.size(), SIZE_MAX);
  for (size_t c = 0; c < clusters.size(); ++c)
    for (size_t m : clusters[c].mentions)
      if (m < cluster_of.size()) cluster_of[m] = c;
  const std::vector<size_t> count_root = internal::PoolCasualtyClusters(clusters);
  const std::vector<size_t> happened_root = internal::PoolHappenedAroundDenials(clusters, mentions);
  const std::vector<size_t> cause_root =
      internal::PoolCauseClusters(clusters, count_root, internal::PoolHappenedClusters(clusters));
  const std::vector<size_t> refused = internal::RefusedActPools(mentions, cluster_of, happened_root);
  const std::vector<size_t> incident_pool = internal::AttachIncidentClaims(clusters, claims, cluster_of, count_root);
  // A date read from an incident's name joins, of the facets of the incident
  // (the casualty pool: the downing, the killing), the one whose date the
  // reports state most often: dates are compared per cluster, and the pool's
  // first cluster may be a facet no report dates.
  std::vector<size_t> dated_facet(clusters.size(), SIZE_MAX);
  {
    std::vector<size_t> stated(clusters.size(), 0);
    for (const Claim& c : claims)
      if (c.mention && c.attribute == "date" && c.topic.empty() && *c.mention < cluster_of.size() &&
          cluster_of[*c.mention] != SIZE_MAX) {
        ++stated[cluster_of[*c.mention]];
      }
    for (size_t k = 0; k < clusters.size(); ++k) {
      size_t& best = dated_facet[count_root[k]];
      if (best == SIZE_MAX || stated[k] > stated[best]) best = k;
    }
  }
  const std::vector<std::vector<size_t>> first_pool = internal::PoolFirstSince(clusters, claims, cluster_of);
  const std::vector<std::vector<size_t>> sequence_pool =
      internal::PoolSequenceDates(clusters, claims, cluster_of, mentions);
  const internal::PublicationBounds bounds =
      internal::BoundDatesByPublication(docs, claims, cluster_of, happened_root);
  const ClaimsView all{claims, bounds.claims};
  auto group_cluster = [&](size_t m, const std::string& attribute) {
    const size_t c = cluster_of[m];
    if (attribute == "happened") return refused[m] != SIZE_MAX ? refused[m] : happened_root[c];
    if (internal::IsCasualtyCount(attribute)) return count_root[c];
    if (attribute == "cause") return cause_root[c];
    return c;
  };

  // Event groups keyed (cluster, attribute): (cluster, attribute, claim)
  // triples sorted, then cut into runs (a tree of millions of groups costs a
  // cache miss a level); standalone ones (topic, attribute) kept in order of
  // first appearance.
  std::vector<std::tuple<size_t, std::string_view, std::string_view, size_t>> keyed;
  std::vector<Group> standalone;
  std::map<std::pair<std::string, std::string>, size_t> standalone_index;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.mention && internal::IsFirstSinceTopic(c.topic)) {
      for (size_t earlier : first_pool[i]) keyed.emplace_back(earlier, c.attribute, std::string_view(), i);
    } else if (c.mention && c.topic == internal::kSequenceTopic) {
      for (size_t earlier : sequence_pool[i]) keyed.emplace_back(earlier, c.attribute, std::string_view(), i);
    } else if (c.mention) {
      if (*c.mention >= cluster_of.size() || cluster_of[*c.mention] == SIZE_MAX) continue;
      if (c.attribute == "cause" && internal::CauseClass(c.value.normalized).empty()) continue;
      if (c.attribute == "happened" && internal::IsRefusal(mentions[*c.mention].event) &&
          refused[*c.mention] == SIZE_MAX) {
        continue;  // a "no" about an act nobody reports: nothing to compare
      }
      keyed.emplace_back(group_cluster(*c.mention, c.attribute), c.attribute, c.topic, i);
    } else if (internal::IsIncidentTopic(c.topic)) {
      // Where a vehicle came down is compared apart from where the act was.
      const std::string_view topic = c.topic == internal::kCrashSiteTopic ? std::string_view(c.topic) : std::string_view();
      size_t pool = incident_pool[i];
      if (pool != SIZE_MAX && c.topic == internal::kDatedNameTopic) pool = dated_facet[count_root[pool]];
      if (pool != SIZE_MAX) keyed.emplace_back(pool, c.attribute, topic, i);
    } else if (!c.topic.empty()) {
      auto [it, added] = standalone_index.emplace(std::make_pair(c.topic, c.attribute), standalone.size());
      if (added) standalone.push_back(Group{std::nullopt, c.topic, c.topic_text, c.attribute, {}});
      standalone[it->second].claims.push_back(i);
    }
  }
  for (const auto& [cluster, pooled, claim] : bounds.keys) {
    keyed.emplace_back(cluster, "date", pooled ? internal::kBoundTopic : std::string_view(), claim);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<Group> groups;
  for (size_t i = 0; i < keyed.size(); ++i) {
    const auto& [cluster, attribute, topic, claim] = keyed[i];
    if (i == 0 || std::get<0>(keyed[i - 1]) != cluster || std::get<1>(keyed[i - 1]) != attribute ||
        std::get<2>(keyed[i - 1]) != topic) {
      groups.push_back(Group{cluster, std::string(topic), all[claim].topic_text, std::string(attribute), {}});
    }
    groups.back().claims.push_back(claim);
  }
  groups.insert(groups.end(), standalone.begin(), standalone.end());

  std::vector<Dispute> out;
  for (const Group& g : groups) {
    // An event claim's topic narrows its attribute ("actor" of topic
    // "target": how the target is framed, compared by class).
    const std::string facet = g.cluster && !g.topic.empty() ? g.attribute + "/" + g.topic : g.attribute;
    std::vector<Value> values = internal::MergeValues(all, g.claims, facet);
    const bool pooled_dates = g.topic == internal::kBoundTopic;
    if (values.size() < 2) continue;
    std::vector<bool> takes_part(values.size(), false);
    bool real = false;
    for (size_t a = 0; a < values.size(); ++a) {
      for (size_t b = a + 1; b < values.size(); ++b) {
        if (internal::Compatible(values[a], values[b], facet)) continue;
        // A pool's clusters are different acts by their stated dates; only
        // what a report's publication allows sets them against each other.
        if (pooled_dates && !values[a].bound && !values[b].bound) continue;
        takes_part[a] = takes_part[b] = true;
        real = real || internal::DifferentDocs(values[a], values[b]);
      }
    }
    if (!real) continue;
    std::vector<Value> kept;
    for (size_t a = 0; a < values.size(); ++a)
      if (takes_part[a]) kept.push_back(std::move(values[a]));
    Dispute d;
    d.cluster = g.cluster;
    d.attribute = g.attribute;
    if (g.cluster) {
      for (const Value& v : kept)
        for (size_t m : v.mentions) clusters[cluster_of[m]].disputed = true;
      ClusteredEvent& c = clusters[*g.cluster];
      d.topic = ClusterTopic(c, g.topic_text.empty() ? g.attribute : g.topic_text);
      d.id = ContentHash(c.id + "|" + facet);
    } else {
      d.topic = g.topic_text.empty() ? g.topic : g.topic_text;
      d.id = ContentHash(g.topic + "|" + g.attribute);
    }
    d.kind = internal::Kind(kept, facet, g.cluster.has_value(), source_of,
                            g.cluster ? internal::DateRange(clusters[*g.cluster].date) : std::nullopt);
    for (Value& v : kept) d.values.push_back(std::move(v.v));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace riposte::reconcile
