// Riposte reconcile stage: one real event, many reports, and exactly where
// the reports disagree (issue 7). The stage's one public header; its parts:
//
//   1. Inputs: the documents (annotated, as the store holds them) and their
//      coded event mentions (store::StoredEvent, one per coded span).
//   2. Near-duplicate documents: syndicated copies and light rewrites are
//      grouped (MinHash over word shingles); a group is one independent
//      source.
//   3. Event clusters: the mentions, within and across documents, that
//      report the same act become one ClusteredEvent, whatever the reports
//      disagree on (date within a window set by the date precision, counts,
//      perpetrator, asserted or negated).
//   4. Claims and disputes: each attribute's values across a cluster's
//      reports (counts, amounts, date, place, perpetrator, cause, whether it
//      happened), and standalone factual claims collected by topic (how many
//      Azerbaijanis live in Russia); incompatible values are a Dispute
//      (contradiction, revision or reporting_error), every value with its
//      documents, quotes and who claims it.
//
// End to end (the CLI's `riposte events --clustered` and `riposte disputes`
// load the docs and their latest coding from the store):
//
//   std::vector<riposte::Document> docs = ...;          // annotated
//   std::vector<riposte::reconcile::Mention> mentions = ...;
//   auto r = riposte::reconcile::Reconcile(docs, mentions);
//   for (const auto& c : r.clusters) puts(ClusterJson(c, r, docs, mentions).c_str());
//   puts(DisputesJson(r, docs, mentions).c_str());
//
// Claims need the text analysis (Document::tokens, phrases, clauses) and the
// actor mentions; a document without them contributes its event mentions
// only. Every value's quote is a span of its document's stored text.
//
// Thread-safety: pure functions over their arguments. Deterministic: the
// same inputs in the same order give the same ids and output.
// Limits: near-duplicate detection hashes at most the first 64 KiB of a text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/core.h"
#include "store/store.h"

namespace riposte::events {
struct Event;
}  // namespace riposte::events

namespace riposte::reconcile {

// ==== 1. Inputs ====

// One coded event mention: the event and the index of its document in the
// documents vector passed alongside (every function below takes both).
struct Mention {
  size_t doc = 0;
  store::StoredEvent event;
};

// The mention of a coder's event (events::Coder::Code) found in docs[doc].
Mention MentionOf(const events::Event& event, size_t doc);
// The same, moving the strings out of `event`.
Mention MentionOf(events::Event&& event, size_t doc);

// ==== 2. Near-duplicate documents ====

struct NearDupOptions {
  int shingle_words = 5;        // word n-grams hashed
  int hashes = 128;             // MinHash signature length
  double min_similarity = 0.5;  // estimated resemblance to group two texts
};

// A group of near-duplicate documents (two or more), earliest first.
struct DocGroup {
  std::vector<size_t> docs;     // indices into docs; docs[0] is the original
  double similarity = 0;        // the lowest pairwise estimate in the group
  bool verbatim = false;        // every text identical
};

// Groups syndicated copies and light rewrites. Returns only groups of two or
// more; a document in no group is its own independent source.
std::vector<DocGroup> GroupNearDuplicates(const std::vector<Document>& docs,
                                          const NearDupOptions& options = {});

// source_of[i]: the independent source of document i (the index of its
// group's original, else i itself).
std::vector<size_t> IndependentSources(size_t n_docs, const std::vector<DocGroup>& groups);

// ==== 3. Event clusters ====

struct ClusterOptions {
  // The largest gap (days) between two mentions' date intervals for them to
  // be one act. Intervals carry their precision ("June" is June 1-30), so
  // one window serves every precision.
  int day_window = 3;
};

struct ClusteredEvent {
  std::string id;                 // deterministic: hash of its mentions' ids
  std::vector<size_t> mentions;   // indices into mentions, by doc then span
  // The consensus coding: the most precise date most reports agree on, the
  // most specific shared codes.
  std::string date, date_start, date_end, date_precision;
  std::string source, target;     // actor codes; "" unknown
  std::string cameo, plover;
  double goldstein = 0;
  std::vector<size_t> docs;       // distinct documents, in first-mention order
  size_t independent_sources = 0; // distinct IndependentSources of docs
  bool disputed = false;          // set by FindDisputes
};

// Clusters the mentions. `source_of` is IndependentSources' result.
std::vector<ClusteredEvent> ClusterEvents(const std::vector<Document>& docs,
                                          const std::vector<Mention>& mentions,
                                          const std::vector<size_t>& source_of,
                                          const ClusterOptions& options = {});

// ==== 4. Claims and disputes ====

// A quote: a span of a document's stored text.
struct Quote {
  size_t doc = 0;
  Span span;
};

// One value an attribute takes in some reports.
struct DisputeValue {
  std::string value;        // as written: "almost 50", "Kazakhstan"
  // JSON-ready normalised value: a number ("50"), an ISO date ("2025-06-27"),
  // a lower-case name ("kaz"), "true"/"false" for `happened`.
  std::string normalized;
  enum class Kind : uint8_t { kNumber, kDate, kName, kBool } kind = Kind::kName;
  std::string qualifier = "exact";  // exact|about|at_least|at_most|more_than|fewer_than
  std::vector<size_t> docs;          // distinct, ascending
  std::vector<std::string> claimed_by;  // actor codes of who says so
  std::vector<Quote> quotes;
};

// A factual statement found in a document: a figure, date, place, cause or
// yes/no about an event mention, or a standalone statistic (mention unset).
struct Claim {
  size_t doc = 0;
  std::optional<size_t> mention;  // the event mention it is about, if any
  std::string topic;        // standalone: normalised key ("population:AZE@RUS");
                            // an event claim's facet of its attribute
                            // ("target": the actor targeted, not the doer)
  std::string topic_text;   // human words for the topic
  std::string attribute;    // detained|killed|injured|on_board|survivors|amount|date|place|actor|cause|happened|other
  DisputeValue value;       // one value, one quote (docs = {doc})
  std::string report_date;  // the document's date, for revisions
  // Counts of people (killed, injured, survivors, on_board, detained), and
  // an incident's place and date told with no coded act (topics "crash
  // site": "the plane crashed in Kazakhstan"; "dated name": "the July 7
  // crisis"): the proper names, vehicle numbers and vehicle classes written
  // around the figure ("Embraer", "Aktau", "8243", "~aircraft"), lower-case,
  // sorted, distinct. They tie a claim told with no
  // coded act (topic "incident": "32 people had survived") to the act other
  // reports of the same incident code. Then the actor codes of the
  // figure's sentence, each after "@" ("@rusmed"): whose incident it is.
  std::vector<std::string> anchors;
};

struct Dispute {
  std::string id;                  // deterministic
  std::optional<size_t> cluster;   // index into clusters; unset: standalone
  std::string topic;               // what is measured, in words
  std::string attribute;
  std::string kind;                // contradiction|revision|reporting_error
  std::vector<DisputeValue> values;  // two or more incompatible values
};

// Claims of one document: for its event mentions (quantities, places, dates,
// causes, asserted/negated) and standalone statistics. `doc_index` is the
// document's index in docs; `mentions` may hold other documents' mentions.
std::vector<Claim> ExtractClaims(const std::vector<Document>& docs, size_t doc_index,
                                 const std::vector<Mention>& mentions);
// The same with the indices of docs[doc_index]'s own mentions given, in
// order (the form above scans every mention for them: O(mentions) a call).
std::vector<Claim> ExtractClaims(const std::vector<Document>& docs, size_t doc_index,
                                 const std::vector<Mention>& mentions, const std::vector<size_t>& doc_mentions);

// Collects the claims by cluster and attribute (event claims) and by topic
// (standalone claims), merges compatible values ("at least 38" and "38"),
// and returns one Dispute per attribute or topic with incompatible values.
// Sets ClusteredEvent::disputed.
std::vector<Dispute> FindDisputes(const std::vector<Document>& docs,
                                  const std::vector<Mention>& mentions,
                                  std::vector<ClusteredEvent>& clusters,
                                  const std::vector<Claim>& claims,
                                  const std::vector<size_t>& source_of);

// ==== 5. All of it ====

struct Options {
  NearDupOptions near_dup;
  ClusterOptions cluster;
};

struct Reconciled {
  std::vector<DocGroup> groups;
  std::vector<size_t> source_of;
  std::vector<ClusteredEvent> clusters;
  std::vector<Claim> claims;
  std::vector<Dispute> disputes;
};

// Near-duplicates, clusters, claims of every document, disputes.
Reconciled Reconcile(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                     const Options& options = {});

// The same with the claims already extracted (ExtractClaims per document),
// so that a caller reading a large store can analyse one document at a
// time, keep its claims and drop its tokens: docs need their text and
// metadata only.
Reconciled ReconcileClaims(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                           std::vector<Claim> claims, const Options& options = {});

// The clustered event contract of DESIGN.md: id, date, date_range, source,
// target, cameo, plover, goldstein, mentions, docs, outlets,
// independent_sources, disputed; one object, no newline.
std::string ClusterJson(const ClusteredEvent& cluster, const std::vector<Document>& docs,
                        const std::vector<Mention>& mentions);

// The dispute contract of DESIGN.md: one object, no newline.
std::string DisputeJson(const Dispute& dispute, const std::vector<ClusteredEvent>& clusters,
                        const std::vector<Document>& docs, const std::vector<Mention>& mentions);

}  // namespace riposte::reconcile
