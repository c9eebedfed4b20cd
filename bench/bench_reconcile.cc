// Reconcile speed (issue 7, point 7): near-duplicates, clusters, claims and
// disputes over a generated set of event mentions where a few dyads
// dominate, as in a real crisis.
//
// Generation (fixed seed, so runs compare): one document per five mentions,
// each a few sentences of words drawn from a 5,000-word vocabulary (2% of
// documents are verbatim copies of an earlier one, as syndication does);
// dyads from 40 countries with Zipf weights (the top three pairs take about
// half the mentions); 24 CAMEO codes; dates over two years at day (70%),
// month (15%), year (5%) or report (10%) precision; a killed count on 10%,
// a place on 20%, 5% negated. The documents carry no text analysis, so
// claims come from the event fields only (the CLI's `riposte disputes` also
// reads standalone figures from the analysed text: a cost per document,
// measured by bench_analyze).
//
// Usage: bench_reconcile [N ...]   (default: 100000 1000000)
// Prints, per N: documents, mentions, clusters, disputes, seconds, mentions/s,
// and the ratio of the largest N's time to the smallest's.
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "reconcile/reconcile.h"

namespace {

using riposte::Document;
using riposte::Offset;
using riposte::Span;
namespace rc = riposte::reconcile;

constexpr int kMentionsPerDoc = 5;
constexpr int kVocabulary = 5000;
constexpr int kCountries = 40;
constexpr int kDays = 730;

const char* const kCodes[] = {"010", "020", "036", "042", "043", "051", "057", "061", "0841", "100",
                              "111", "112", "114", "1246", "130", "138", "161", "163", "172", "173",
                              "180", "190", "193", "195"};
const char* const kPlover[] = {"", "", "CONSULT", "CONSULT", "CONSULT", "AGREE", "AGREE", "AID", "RETREAT",
                               "REQUEST", "ACCUSE", "ACCUSE", "ACCUSE", "REJECT", "THREATEN", "THREATEN",
                               "REDUCE", "SANCTION", "COERCE", "COERCE", "ASSAULT", "ASSAULT", "ASSAULT",
                               "ASSAULT"};

std::string Day(int day_index) {
  int y = 2024, m = 1, d = 1 + day_index;
  static const int kLen[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  while (true) {
    const int len = kLen[m - 1] + (m == 2 && y % 4 == 0);
    if (d <= len) break;
    d -= len;
    if (++m > 12) m = 1, ++y;
  }
  char buf[48];  // room for any int, so the compiler sees no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string Country(int i) {
  std::string c = "C";
  c += static_cast<char>('A' + i / 26);
  c += static_cast<char>('A' + i % 26);
  return c;
}

struct Generated {
  std::vector<Document> docs;
  std::vector<rc::Mention> mentions;
};

Generated Generate(size_t n_mentions) {
  std::mt19937_64 rng(20250627);
  Generated g;
  const size_t n_docs = (n_mentions + kMentionsPerDoc - 1) / kMentionsPerDoc;
  std::uniform_int_distribution<int> word(0, kVocabulary - 1), day(0, kDays - 1), pct(0, 99);
  std::vector<double> weights;
  for (int i = 0; i < kCountries * kCountries; ++i) weights.push_back(1.0 / std::pow(i + 1, 1.1));
  std::discrete_distribution<int> dyad(weights.begin(), weights.end());
  std::uniform_int_distribution<int> code(0, static_cast<int>(std::size(kCodes)) - 1);
  g.docs.reserve(n_docs);
  for (size_t d = 0; d < n_docs; ++d) {
    Document doc;
    doc.id = "g" + std::to_string(d);
    doc.outlet.value = "outlet" + std::to_string(d % 50);
    const int report = day(rng);
    doc.date.value = Day(report);
    if (d > 0 && pct(rng) < 2) {
      doc.text = g.docs[std::uniform_int_distribution<size_t>(0, d - 1)(rng)].text;
    } else {
      for (int s = 0; s < kMentionsPerDoc; ++s) {
        for (int w = 0; w < 14; ++w) doc.text += "w" + std::to_string(word(rng)) + " ";
        doc.text += ". ";
      }
    }
    const Offset sentence = static_cast<Offset>(doc.text.size() / kMentionsPerDoc);
    for (int k = 0; k < kMentionsPerDoc && g.mentions.size() < n_mentions; ++k) {
      rc::Mention m;
      m.doc = d;
      auto& e = m.event;
      e.id = doc.id + "-" + std::to_string(k);
      e.sentence = k;
      e.span = Span{static_cast<Offset>(k * sentence), static_cast<Offset>((k + 1) * sentence)};
      const int pair = dyad(rng), c = code(rng), p = pct(rng);
      const std::string src = Country(pair / kCountries), tgt = Country(pair % kCountries);
      e.source = riposte::store::StoredActor{src + "GOV", src, Span{e.span.begin, e.span.begin + 3}, false};
      e.target = riposte::store::StoredActor{tgt + "MIL", tgt, Span{e.span.begin + 4, e.span.begin + 7}, false};
      e.cameo = kCodes[c];
      e.plover = kPlover[c];
      e.goldstein = -2;
      const std::string date = Day(std::max(0, report - std::uniform_int_distribution<int>(0, 10)(rng)));
      if (p < 70) {
        e.date = e.date_start = e.date_end = date, e.date_precision = "day";
      } else if (p < 85) {
        e.date = date.substr(0, 7), e.date_start = e.date.substr(0, 7) + "-01", e.date_end = e.date + "-28";
        e.date_precision = "month";
      } else if (p < 90) {
        e.date = date.substr(0, 4), e.date_start = e.date + "-01-01", e.date_end = e.date + "-12-31";
        e.date_precision = "year";
      } else {
        e.date = e.date_start = e.date_end = doc.date.value, e.date_precision = "report";
      }
      if (pct(rng) < 10) {
        e.quantities.push_back({"killed", static_cast<double>(1 + pct(rng)), "exact",
                                Span{e.span.begin + 8, e.span.begin + 12}});
      }
      if (pct(rng) < 20) e.location = riposte::store::StoredLocation{"Place", tgt, Span{e.span.begin, e.span.begin + 2}, {}, {}};
      if (pct(rng) < 5) e.mode = "negated";
      g.mentions.push_back(std::move(m));
    }
    g.docs.push_back(std::move(doc));
  }
  return g;
}

long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoull(argv[i], nullptr, 10));
  if (sizes.empty()) sizes = {100000, 1000000};
  double first = 0, last = 0;
  std::printf("mentions,documents,clusters,disputes,seconds,mentions_per_s,peak_rss_mb\n");
  for (size_t n : sizes) {
    const Generated g = Generate(n);
    // The stages one by one, as rc::Reconcile runs them, each timed.
    using Clock = std::chrono::steady_clock;
    auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    const auto t0 = Clock::now();
    rc::Reconciled r;
    r.groups = rc::GroupNearDuplicates(g.docs);
    r.source_of = rc::IndependentSources(g.docs.size(), r.groups);
    const double t_dup = since(t0);
    auto t = Clock::now();
    r.clusters = rc::ClusterEvents(g.docs, g.mentions, r.source_of);
    const double t_cluster = since(t);
    t = Clock::now();
    std::vector<std::vector<size_t>> by_doc(g.docs.size());
    for (size_t m = 0; m < g.mentions.size(); ++m) by_doc[g.mentions[m].doc].push_back(m);
    for (size_t d = 0; d < g.docs.size(); ++d) {
      for (rc::Claim& c : rc::ExtractClaims(g.docs, d, g.mentions, by_doc[d])) r.claims.push_back(std::move(c));
    }
    const double t_claims = since(t);
    t = Clock::now();
    r.disputes = rc::FindDisputes(g.docs, g.mentions, r.clusters, r.claims, r.source_of);
    const double t_disputes = since(t);
    const double s = since(t0);
    std::fprintf(stderr, "  %zu mentions: near-duplicates %.2f s, clusters %.2f s, claims %.2f s, disputes %.2f s\n",
                 g.mentions.size(), t_dup, t_cluster, t_claims, t_disputes);
    if (first == 0) first = s;
    last = s;
    std::printf("%zu,%zu,%zu,%zu,%.2f,%.0f,%ld\n", g.mentions.size(), g.docs.size(), r.clusters.size(),
                r.disputes.size(), s, g.mentions.size() / s, PeakRssKb() / 1024);
    std::fflush(stdout);
  }
  if (sizes.size() > 1) std::printf("time ratio largest/smallest: %.1f\n", last / first);
  return 0;
}
