// A finished cluster's consensus coding (see cluster_internal.h):
//   date    every anchored date a member gives is a candidate; its support is
//           the members whose interval contains it ("June" supports June 27);
//           the best supported wins, ties to the finer precision, then the
//           earlier date. Without anchored dates, the most reported report
//           date (precision "report"); else none;
//   actors  each code's support is the members giving it or a prefix of it
//           ("RUS" supports "RUSCOP"); the best supported wins, ties to the
//           longer (more specific) code, then alphabetical;
//   cameo   the most frequent, ties to the longer code, then alphabetical;
//           plover and goldstein of its first mention;
//   id      riposte::ContentHash of the sorted mention ids, one a line.
//
// Tested by cluster_test.cc.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "reconcile/internal/cluster_internal.h"

namespace riposte::reconcile::internal {
namespace {

struct DateCandidate {
  Level level;
  int32_t start, end;
  const store::StoredEvent* event;
};

void ConsensusDate(const std::vector<size_t>& members, const std::vector<Mention>& mentions, ClusteredEvent& c) {
  std::vector<DateCandidate> dated;
  std::map<std::string, size_t> report_votes;
  for (size_t m : members) {
    const store::StoredEvent& e = mentions[m].event;
    const Level level = LevelOf(e.date_precision);
    if (Anchored(level)) {
      const auto start = ParseDay(e.date_start.empty() ? e.date : e.date_start);
      const auto end = ParseDay(e.date_end.empty() ? e.date : e.date_end);
      if (start && end && *start <= *end) dated.push_back({level, *start, *end, &e});
    } else if (level == Level::kReport && !e.date.empty()) {
      ++report_votes[e.date];
    }
  }
  if (!dated.empty()) {
    // Distinct candidates only: the support pass is candidates x members.
    std::vector<DateCandidate> candidates = dated;
    std::sort(candidates.begin(), candidates.end(), [](const DateCandidate& a, const DateCandidate& b) {
      return std::tie(a.start, a.end, a.level) < std::tie(b.start, b.end, b.level);
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const DateCandidate& a, const DateCandidate& b) {
                                   return a.start == b.start && a.end == b.end && a.level == b.level;
                                 }),
                     candidates.end());
    const DateCandidate* best = nullptr;
    size_t best_support = 0;
    for (const DateCandidate& cand : candidates) {
      const auto support = static_cast<size_t>(std::count_if(dated.begin(), dated.end(), [&](const DateCandidate& d) {
        return d.start <= cand.start && cand.end <= d.end;
      }));
      // Candidates are in date order: on a tie keep the earlier unless finer.
      if (!best || support > best_support || (support == best_support && cand.level < best->level)) {
        best = &cand;
        best_support = support;
      }
    }
    c.date = best->event->date;
    c.date_start = best->event->date_start;
    c.date_end = best->event->date_end;
    c.date_precision = best->event->date_precision;
    return;
  }
  if (!report_votes.empty()) {
    // std::map: ties go to the earliest date.
    const auto best = std::max_element(report_votes.begin(), report_votes.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    c.date = c.date_start = c.date_end = best->first;
    c.date_precision = "report";
    return;
  }
  c.date_precision = "none";
}

std::string ConsensusCode(const std::vector<std::string>& codes) {
  std::map<std::string, size_t> votes;
  for (const std::string& code : codes) {
    if (!code.empty()) ++votes[code];
  }
  std::string best;
  size_t best_support = 0;
  for (const auto& [code, n] : votes) {
    size_t support = 0;
    for (const auto& [other, m] : votes) {
      if (code.compare(0, other.size(), other) == 0) support += m;  // other is code or a prefix of it
    }
    if (support > best_support || (support == best_support && code.size() > best.size())) {
      best = code;
      best_support = support;
    }
  }
  return best;
}

}  // namespace

ClusteredEvent Consensus(std::vector<size_t> members, const std::vector<Mention>& mentions,
                         const std::vector<size_t>& source_of) {
  std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
    const Mention& x = mentions[a];
    const Mention& y = mentions[b];
    return std::tie(x.doc, x.event.span.begin, x.event.span.end, a) <
           std::tie(y.doc, y.event.span.begin, y.event.span.end, b);
  });
  ClusteredEvent c;
  ConsensusDate(members, mentions, c);

  std::vector<std::string> sources, targets;
  std::map<std::string, size_t> cameo_votes;
  for (size_t m : members) {
    const store::StoredEvent& e = mentions[m].event;
    sources.push_back(e.source ? e.source->code : "");
    targets.push_back(e.target ? e.target->code : "");
    ++cameo_votes[e.cameo];
  }
  c.source = ConsensusCode(sources);
  c.target = ConsensusCode(targets);
  size_t best_votes = 0;
  for (const auto& [cameo, n] : cameo_votes) {
    if (n > best_votes || (n == best_votes && cameo.size() > c.cameo.size())) {
      c.cameo = cameo;
      best_votes = n;
    }
  }
  for (size_t m : members) {
    const store::StoredEvent& e = mentions[m].event;
    if (e.cameo != c.cameo) continue;
    c.plover = e.plover;
    c.goldstein = e.goldstein;
    break;
  }

  std::set<size_t> seen_docs, sources_seen;
  std::vector<std::string> ids;
  for (size_t m : members) {
    const size_t d = mentions[m].doc;
    if (seen_docs.insert(d).second) c.docs.push_back(d);
    sources_seen.insert(d < source_of.size() ? source_of[d] : d);
    ids.push_back(mentions[m].event.id);
  }
  c.independent_sources = sources_seen.size();
  std::sort(ids.begin(), ids.end());
  std::string joined;
  for (const std::string& id : ids) {
    joined += id;
    joined += '\n';
  }
  c.id = ContentHash(joined);
  c.mentions = std::move(members);
  return c;
}

}  // namespace riposte::reconcile::internal
