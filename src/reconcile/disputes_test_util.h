// Shared by the dispute tests: claims built by hand in a small world of
// one-sentence documents. Header-only, for tests; not part of the stage's API.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "reconcile/reconcile.h"

namespace riposte::reconcile::test_util {

inline DisputeValue Figure(std::string words, std::string normalized, std::string qualifier = "exact") {
  DisputeValue v;
  v.kind = DisputeValue::Kind::kNumber;
  v.value = std::move(words);
  v.normalized = std::move(normalized);
  v.qualifier = std::move(qualifier);
  return v;
}

inline DisputeValue Of(DisputeValue::Kind kind, std::string normalized, std::string qualifier = "exact") {
  DisputeValue v;
  v.kind = kind;
  v.value = normalized;
  v.normalized = std::move(normalized);
  v.qualifier = std::move(qualifier);
  return v;
}


// A world of one-sentence documents, each with one mention, all of them in
// one cluster (or one cluster each), and claims built by hand.
struct World {
  std::vector<Document> docs;
  std::vector<Mention> mentions;
  std::vector<ClusteredEvent> clusters;
  std::vector<Claim> claims;
  std::vector<size_t> source_of;

  // Adds a document dated `date` whose one mention claims `value`.
  void Add(const std::string& date, const std::string& attribute, DisputeValue value,
           std::string claimed_by = "") {
    const size_t d = docs.size();
    Document doc;
    doc.id = "doc" + std::to_string(d);
    doc.text = "Some report of the act: " + value.value + ".";
    doc.date.Set(date, Provenance::kGiven);
    docs.push_back(doc);
    source_of.push_back(d);
    Mention m;
    m.doc = d;
    m.event.id = "m" + std::to_string(d);
    mentions.push_back(m);
    Claim c;
    c.doc = d;
    c.mention = d;
    c.attribute = attribute;
    c.report_date = date;
    c.value = std::move(value);
    c.value.docs = {d};
    if (!claimed_by.empty()) c.value.claimed_by = {claimed_by};
    c.value.quotes = {Quote{d, Span{24, static_cast<Offset>(docs[d].text.size() - 1)}}};
    claims.push_back(std::move(c));
  }
  void OneCluster() {
    clusters.assign(1, ClusteredEvent{});
    clusters[0].id = "c0";
    clusters[0].source = "RUSCOP";
    clusters[0].plover = "COERCE";
    for (size_t m = 0; m < mentions.size(); ++m) clusters[0].mentions.push_back(m);
  }
  std::vector<Dispute> Run() { return FindDisputes(docs, mentions, clusters, claims, source_of); }
};

}  // namespace riposte::reconcile::test_util
