// Incident claims (see incident.h).
//
// Anchors. A report names an incident by what is particular to it: the
// aircraft type, the flight number, the town it came down near. Those are
// proper nouns that are not actors (actors are who acts, and every report
// of a dyad names them) and not dates (a month is shared by everything that
// happened in it), plus vehicle and route numbers. They are read in the
// figure's sentence and kAnchorSentences on either side, since a report
// states the figure a sentence or two after naming the incident. A common
// noun naming the vehicle ("the plane", "the airliner") counts as its class:
// one report says "Azal" and "Grozny", another "Grozny" and "airplane", and
// the class is what tells a plane crash from a bus crash on the same road.
//
// Attachment. A pool of clusters (internal/dispute_pool.h, casualty pools)
// gathers the anchors of its casualty claims, report by report. An incident
// claim joins the pool one of whose reports shares the most anchors with
// it, kSharedAnchors at least (one name is a coincidence: two reports of
// different incidents in one town months apart; and so are two names
// gathered from two reports, the town a plane left in one and the town of
// an unrelated raid in another), then the one nearest before the report, dated
// no later than the report (what is reported has happened; a pool dated
// only by its own publication says nothing against it), the best pool
// alone (a tie says nothing). Short of that, one shared name will do for
// the one act dated to the day within kNearDays before the report whose
// doer's or target's code an actor of the claim's sentence bears ("seven
// arrested Russian journalists" and the arrest of RUSMED staff three weeks
// before). A place or date (internal/incident_refs.h) has no figure whose
// words name the incident; the doer or target of a pool's acts (a code
// with a sector: "Azerbaijan Airlines", AZEBUS) named in its own sentence
// counts as one anchor more there. A claim that joins nothing is dropped: on its
// own, "32 survived" has no event to dispute about.
// Tested by incident_test.cc and incident_reports_test.cc.
#include "reconcile/internal/incident.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <optional>
#include <string_view>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

#include "actors/actors.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/dispute_pool.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {
namespace {

constexpr int32_t kAnchorSentences = 2;   // sentences on either side of the figure's
constexpr size_t kSharedAnchors = 2;      // anchors an incident claim shares with its act
constexpr int kNearDays = 31;             // a month: a fresh report ("recently") names one place
constexpr size_t kMaxSetsNaming = 256;    // name sets writing a name past which it names no incident
constexpr size_t kMinNumberDigits = 3;    // "8243", not "2" of "two children"
// Nouns a number after them names: "flight 8243", "train 12".
constexpr std::array<std::string_view, 7> kVehicleNouns = {"flight", "train", "bus", "route", "ship", "vessel", "tram"};

// Vehicle nouns (lemmas) and their class. Our own list. No drones: they
// are weapons, downed by the dozen a night, and a class shared by all of
// them names no one incident.
struct VehicleNoun {
  std::string_view lemma, vehicle_class;
};
constexpr std::array<VehicleNoun, 18> kVehicleClasses = {{{"plane", "aircraft"},
                                                          {"airplane", "aircraft"},
                                                          {"aeroplane", "aircraft"},
                                                          {"aircraft", "aircraft"},
                                                          {"airliner", "aircraft"},
                                                          {"jet", "aircraft"},
                                                          {"jetliner", "aircraft"},
                                                          {"helicopter", "helicopter"},
                                                          {"chopper", "helicopter"},
                                                          {"train", "train"},
                                                          {"bus", "bus"},
                                                          {"ship", "ship"},
                                                          {"vessel", "ship"},
                                                          {"ferry", "ship"},
                                                          {"boat", "ship"},
                                                          {"tanker", "ship"},
                                                          {"submarine", "ship"},
                                                          {"tram", "tram"}}};

// The digit runs of a code mixing letters and digits ("J2-8243" -> "8243").
void CodeNumbers(std::string_view word, std::set<std::string>& out) {
  const bool letter = std::any_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  const bool digit = std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (!letter || !digit) return;
  for (std::string_view part : Split(word, '-'))
    if (AllDigits(part) && part.size() >= kMinNumberDigits) out.insert(std::string(part));
}

size_t SentenceOf(const Document& doc, Offset at) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), at,
                             [](Offset o, const Sentence& s) { return o < s.span.begin; });
  return it == doc.sentences.begin() ? 0 : static_cast<size_t>(it - doc.sentences.begin()) - 1;
}

}  // namespace

bool IsIncidentCount(std::string_view attribute) {
  return IsCasualtyCount(attribute) || attribute == "detained";
}

bool IsIncidentTopic(std::string_view topic) {
  return topic == kIncidentTopic || topic == kCrashSiteTopic || topic == kDatedNameTopic;
}

std::string_view VehicleClass(std::string_view lemma) {
  const std::string lower = Lower(lemma);
  for (const VehicleNoun& v : kVehicleClasses)
    if (v.lemma == lower) return v.vehicle_class;
  return {};
}

std::vector<std::string> IncidentAnchors(const Document& doc, Span figure) {
  if (doc.sentences.empty() || doc.tokens.empty()) return {};
  const size_t si = SentenceOf(doc, figure.begin);
  const size_t from = si > static_cast<size_t>(kAnchorSentences) ? si - kAnchorSentences : 0;
  const size_t to = std::min(doc.sentences.size() - 1, si + kAnchorSentences);
  const Span window{doc.sentences[from].span.begin, doc.sentences[to].span.end};
  auto [first, last] = TokensIn(doc, window);
  // Tokens of actors and dates are no anchors.
  std::vector<Span> masked;
  for (const ActorMention& a : doc.actors)
    if (Overlaps(a.span, window)) masked.push_back(a.span);
  for (const TimeExpression& t : doc.times)
    if (Overlaps(t.span, window)) masked.push_back(t.span);
  std::set<std::string> out;
  for (uint32_t t = first; t < last; ++t) {
    const Token& tok = doc.tokens[t];
    if (std::any_of(masked.begin(), masked.end(), [&](Span m) { return Overlaps(m, tok.span); })) continue;
    const std::string_view word = doc.Slice(tok.span);
    if (text::IsNoun(tok.tag) && !text::IsProperNoun(tok.tag)) {
      if (const std::string_view vehicle = VehicleClass(tok.lemma); !vehicle.empty()) {
        std::string marked(kVehicleMark);
        marked.append(vehicle);
        out.insert(std::move(marked));
        continue;
      }
    }
    if (text::IsProperNoun(tok.tag) && std::isupper(static_cast<unsigned char>(word.front()))) {
      CodeNumbers(word, out);
      out.insert(Lower(word));
    } else if (AllDigits(word) && word.size() >= kMinNumberDigits && t > first &&
               std::find(kVehicleNouns.begin(), kVehicleNouns.end(), Lower(doc.tokens[t - 1].lemma)) !=
                   kVehicleNouns.end()) {
      out.insert(std::string(word));
    } else {
      CodeNumbers(word, out);
    }
  }
  return {out.begin(), out.end()};
}

std::vector<std::string> IncidentActors(const Document& doc, Span figure, size_t around) {
  if (doc.sentences.empty()) return {};
  const size_t si = SentenceOf(doc, figure.begin);
  const Span sentence{doc.sentences[si > around ? si - around : 0].span.begin,
                      doc.sentences[std::min(doc.sentences.size() - 1, si + around)].span.end};
  std::set<std::string> out;
  for (const ActorMention& a : doc.actors) {
    if (a.code.empty() || !Overlaps(a.span, sentence)) continue;
    std::string marked(kActorMark);
    marked.append(Lower(a.code));
    out.insert(std::move(marked));
  }
  return {out.begin(), out.end()};
}

std::vector<size_t> AttachIncidentClaims(const std::vector<ClusteredEvent>& clusters,
                                         const std::vector<Claim>& claims, const std::vector<size_t>& cluster_of,
                                         const std::vector<size_t>& count_root) {
  std::vector<size_t> out(claims.size(), SIZE_MAX);
  // Pools keyed by kind (casualty or not) and root; each anchor lists the
  // pools whose claims name it (an index: a claim meets only the pools it
  // shares a name with, not all of them).
  using PoolKey = std::pair<bool, size_t>;
  // (pool, document) -> the names that report of the pool writes.
  std::map<std::pair<PoolKey, size_t>, std::set<std::string>> report_names;
  std::map<PoolKey, std::set<std::string>> pool_codes;  // doers and targets of the pool's clusters
  std::map<PoolKey, std::set<std::string>> pool_parties;  // the clusters' own, with a sector
  for (const Claim& c : claims) {
    if (!c.mention || *c.mention >= cluster_of.size() || !IsIncidentCount(c.attribute)) continue;
    const size_t cluster = cluster_of[*c.mention];
    if (cluster == SIZE_MAX) continue;
    const bool casualty = IsCasualtyCount(c.attribute);
    const PoolKey key{casualty, casualty ? count_root[cluster] : cluster};
    for (const std::string& a : c.anchors) {
      if (a.rfind(kActorMark, 0) == 0) {
        pool_codes[key].insert(a.substr(kActorMark.size()));
      } else {
        report_names[{key, c.doc}].insert(a);
      }
    }
    for (const std::string* code : {&clusters[cluster].source, &clusters[cluster].target})
      if (!code->empty()) pool_codes[key].insert(Lower(*code));
    for (const std::string* code : {&clusters[cluster].source, &clusters[cluster].target})
      if (!code->empty() && !actors::CodeSector(*code).empty()) pool_parties[key].insert(Lower(*code));
  }
  // Reports of one incident write the same names: each pool's distinct
  // sets of names, numbered, stand for its reports (the most names a claim
  // shares with one report is the most it shares with one set), so a pool
  // told by thousands of reports costs a claim its few sets, not its reports.
  std::map<std::pair<PoolKey, std::set<std::string>>, size_t> name_sets;
  std::map<std::string, std::vector<std::pair<PoolKey, size_t>>> pools_naming;  // anchor -> (pool, set)
  for (auto& [report, names] : report_names) {
    auto [it, added] = name_sets.emplace(std::make_pair(report.first, std::move(names)), name_sets.size());
    if (!added) continue;
    for (const std::string& a : it->first.second) pools_naming[a].emplace_back(report.first, it->second);
  }
  std::vector<PoolKey> set_pool(name_sets.size());
  std::vector<const std::set<std::string>*> set_names(name_sets.size());
  for (const auto& [pool_names, id] : name_sets) set_pool[id] = pool_names.first, set_names[id] = &pool_names.second;
  std::vector<const std::string*> common;  // the claim's names too common to look up by
  std::vector<uint32_t> names_shared(name_sets.size(), 0);  // per set, for the claim at hand
  std::vector<size_t> touched;
  std::vector<std::pair<PoolKey, size_t>> shared_with;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.mention || !IsIncidentTopic(c.topic) || c.anchors.empty()) continue;
    // A count joins pools of its kind; a place or date, either kind.
    const bool count = IsIncidentCount(c.attribute);
    // Names shared with one report of a pool: names gathered from
    // several reports add up coincidences (the town of one report, the
    // capital of another, each shared by chance with a third incident).
    // Names shared with each set, counted in a reused array (no tree and no
    // sort of every hit per claim); then per pool its best set.
    // A name written by more than kMaxSetsNaming sets (the capital of the
    // crisis, in every report) finds no incident by itself: the sets are
    // found by the claim's other names, and a common name then counts for
    // the sets that write it. Without this each claim met every set of the
    // store, and reconciling grew with the square of the store.
    touched.clear();
    common.clear();
    std::set<std::string> actors;           // the "@code" entries
    for (const std::string& a : c.anchors) {
      if (a.rfind(kActorMark, 0) == 0) {
        actors.insert(a.substr(kActorMark.size()));
        continue;
      }
      auto it = pools_naming.find(a);
      if (it == pools_naming.end()) continue;
      if (it->second.size() > kMaxSetsNaming) {
        common.push_back(&a);
        continue;
      }
      for (const auto& [key, set] : it->second)
        if ((!count || key.first == IsCasualtyCount(c.attribute)) && names_shared[set]++ == 0) touched.push_back(set);
    }
    for (size_t set : touched)
      for (const std::string* a : common) names_shared[set] += set_names[set]->count(*a) > 0 ? 1 : 0;
    shared_with.clear();  // (pool, most names shared with one of its sets), in pool order: deterministic
    for (size_t set : touched) {
      shared_with.emplace_back(set_pool[set], names_shared[set]);
      names_shared[set] = 0;
    }
    std::sort(shared_with.begin(), shared_with.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    shared_with.erase(std::unique(shared_with.begin(), shared_with.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; }),
                      shared_with.end());
    // A place or date has no figure whose words name the incident, but its
    // sentence may name the act's own party ("an Azerbaijan Airlines plane
    // crashed": the airline shot at): one anchor more for a pool it already
    // shares a name with. A sector is required: every report of the dyad
    // names the countries.
    if (!count) {
      for (auto& [key, shared] : shared_with) {
        const std::set<std::string>& parties = pool_parties[key];
        if (std::any_of(parties.begin(), parties.end(), [&](const std::string& p) { return actors.count(p) > 0; }))
          ++shared;
      }
    }
    // Best: most anchors shared, then the act nearest before the report
    // (a fresh report tells of the latest incident among the same names).
    // A place or date meets a cluster both as a casualty pool and as a
    // detention pool: one cluster, no tie (recent acts counted by cluster).
    // A date read from a name goes first to a pool its date agrees with:
    // two downings near one town, "the March 3 crash" names the first one,
    // whichever is nearer the report.
    size_t best = SIZE_MAX, recent_named = SIZE_MAX;
    std::set<size_t> recent_named_roots;
    std::tuple<bool, size_t, int> best_rank{false, 0, -INT_MAX};  // (date agrees, shared, -gap)
    const std::optional<DayRange> named_date =
        c.attribute == "date" ? DateRange(c.value.normalized) : std::nullopt;
    bool tie = false;
    for (const auto& [key, shared] : shared_with) {
      const size_t root = key.second;
      const ClusteredEvent& pool = clusters[root];
      // Too few names to join, and no recent act of the day that one name
      // will do for (below): nothing to weigh.
      if (shared < kSharedAnchors && pool.date_precision != "day") continue;
      // A pool dated by its reports' publication (precision "report") only
      // happened on or before it: no bound on the incident's day.
      const bool stated = pool.date_precision != "report" && pool.date_precision != "none";
      if (stated && !c.report_date.empty() && !pool.date_start.empty() && pool.date_start > c.report_date) continue;
      const std::optional<DayRange> act = stated ? DateRange(pool.date_end) : std::nullopt;
      const std::optional<DayRange> report = DateRange(c.report_date);
      const int64_t days = act && report ? report->start - act->end : -1;
      const int gap = days >= 0 ? static_cast<int>(std::min<int64_t>(days, INT_MAX)) : INT_MAX;
      if (pool.date_precision == "day" && gap <= kNearDays) {
        bool named_actor = false;
        for (const std::string& code : pool_codes[key]) named_actor = named_actor || actors.count(code) > 0;
        if (named_actor) recent_named = root, recent_named_roots.insert(root);
      }
      bool agrees = false;
      if (named_date && stated && shared >= kSharedAnchors) {
        const std::optional<DayRange> from = DateRange(pool.date_start), to = DateRange(pool.date_end);
        agrees = from && to && named_date->start <= to->end && from->start <= named_date->end;
      }
      const std::tuple<bool, size_t, int> rank{agrees, shared, -gap};
      if (rank > best_rank) {
        best = root, best_rank = rank, tie = false;
      } else if (rank == best_rank && root != best) {
        tie = true;
      }
    }
    if (!tie && std::get<1>(best_rank) >= kSharedAnchors) {
      out[i] = best;
    } else if (recent_named_roots.size() == 1) {
      // One name will do for the one recent act whose doer or target the
      // claim's sentence names too: a city where something happens every
      // week names no incident by itself.
      out[i] = recent_named;
    }
  }
  return out;
}

}  // namespace riposte::reconcile::internal
