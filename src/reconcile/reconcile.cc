// Reconcile: the stage run end to end (near-duplicates, clusters, claims,
// disputes), the coder's Event as a Mention, and the two JSON contracts of
// DESIGN.md (clustered event, dispute). JSON is built by hand, keys in the
// contract's order, quotes cut from the stored text by span.
// Tested by reconcile_test.cc.
#include "reconcile/reconcile.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "actors/actors.h"
#include "events/events.h"

namespace riposte::reconcile {
namespace {

std::optional<store::StoredActor> Stored(const std::optional<events::EventActor>& a) {
  if (!a) return std::nullopt;
  return store::StoredActor{a->code, actors::CodeCountry(a->code), a->span, a->implicit};
}

void Key(std::string& out, const char* key) {
  if (out.back() != '{') out += ',';
  out += '"';
  out += key;
  out += "\":";
}

void Str(std::string& out, const char* key, std::string_view value) {
  Key(out, key);
  AppendJsonString(out, value);
}

// A string or null when empty.
void StrOrNull(std::string& out, const char* key, std::string_view value) {
  Key(out, key);
  if (value.empty()) {
    out += "null";
  } else {
    AppendJsonString(out, value);
  }
}

void Number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  out += buf;
}

void StringArray(std::string& out, const char* key, const std::vector<std::string>& values) {
  Key(out, key);
  out += '[';
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(out, values[i]);
  }
  out += ']';
}

std::vector<std::string> DocIds(const std::vector<size_t>& docs_idx, const std::vector<Document>& docs) {
  std::vector<std::string> ids;
  for (size_t d : docs_idx) ids.push_back(docs[d].id);
  return ids;
}

std::string Summary(const ClusteredEvent& c) {
  std::string s = c.source.empty() ? "?" : c.source;
  s += ' ';
  s += c.plover.empty() ? c.cameo : c.plover;
  s += " (CAMEO " + c.cameo + ") ";
  s += c.target.empty() ? "?" : c.target;
  return s;
}

}  // namespace

namespace {

// MentionOf for a const or an expiring event: `fwd()` moves an expiring
// event's strings (ingest stores each coded event once: copying its id,
// rule and dates was pure allocation) and copies a const one's.
template <class E>
Mention MentionOfImpl(E&& e, size_t doc) {
  auto fwd = [&]() -> E&& { return static_cast<E&&>(e); };
  Mention m;
  m.doc = doc;
  store::StoredEvent& s = m.event;
  s.id = fwd().id;
  s.sentence = e.sentence;
  s.span = e.span;
  s.date = fwd().date;
  s.date_start = fwd().date_start;
  s.date_end = fwd().date_end;
  s.date_precision = fwd().date_precision;
  s.source = Stored(e.source);
  s.target = Stored(e.target);
  if (e.attributed_to) s.attributed_to = store::StoredActor{e.attributed_to->code, "", e.attributed_to->span, false};
  s.cameo = fwd().cameo;
  s.plover = fwd().plover;
  s.goldstein = e.goldstein;
  s.mode = events::ModeName(e.mode);
  for (const events::Quantity& q : e.quantities) {
    s.quantities.push_back(store::StoredQuantity{q.attribute, q.value, q.qualifier, q.span});
  }
  if (e.location) {
    s.location = store::StoredLocation{e.location->text, e.location->country, e.location->span, e.location->lat,
                                       e.location->lon};
  }
  s.rule = fwd().rule;
  s.confidence = e.confidence;
  return m;
}

}  // namespace

Mention MentionOf(const events::Event& e, size_t doc) { return MentionOfImpl(e, doc); }

Mention MentionOf(events::Event&& e, size_t doc) { return MentionOfImpl(std::move(e), doc); }

Reconciled Reconcile(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                     const Options& options) {
  std::vector<std::vector<size_t>> by_doc(docs.size());
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].doc < docs.size()) by_doc[mentions[m].doc].push_back(m);
  }
  std::vector<Claim> all;
  for (size_t d = 0; d < docs.size(); ++d) {
    std::vector<Claim> claims = ExtractClaims(docs, d, mentions, by_doc[d]);
    all.insert(all.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  }
  return ReconcileClaims(docs, mentions, std::move(all), options);
}

Reconciled ReconcileClaims(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                           std::vector<Claim> claims, const Options& options) {
  Reconciled r;
  r.groups = GroupNearDuplicates(docs, options.near_dup);
  r.source_of = IndependentSources(docs.size(), r.groups);
  r.clusters = ClusterEvents(docs, mentions, r.source_of, options.cluster);
  r.claims = std::move(claims);
  r.disputes = FindDisputes(docs, mentions, r.clusters, r.claims, r.source_of);
  return r;
}

std::string ClusterJson(const ClusteredEvent& c, const std::vector<Document>& docs,
                        const std::vector<Mention>& mentions) {
  std::string out = "{";
  Str(out, "id", c.id);
  StrOrNull(out, "date", c.date);
  Key(out, "date_range");
  if (c.date_start.empty() && c.date_end.empty()) {
    out += "null";
  } else {
    out += '[';
    AppendJsonString(out, c.date_start);
    out += ',';
    AppendJsonString(out, c.date_end);
    out += ']';
  }
  Str(out, "date_precision", c.date_precision);
  StrOrNull(out, "source", c.source);
  StrOrNull(out, "target", c.target);
  Str(out, "cameo", c.cameo);
  StrOrNull(out, "plover", c.plover);
  Key(out, "goldstein");
  Number(out, c.goldstein);
  std::vector<std::string> ids;
  for (size_t m : c.mentions) ids.push_back(mentions[m].event.id);
  StringArray(out, "mentions", ids);
  StringArray(out, "docs", DocIds(c.docs, docs));
  std::vector<std::string> outlets;
  for (size_t d : c.docs) {
    const std::string& o = docs[d].outlet.value;
    if (!o.empty() && std::find(outlets.begin(), outlets.end(), o) == outlets.end()) outlets.push_back(o);
  }
  StringArray(out, "outlets", outlets);
  Key(out, "reports");
  Number(out, static_cast<double>(c.mentions.size()));
  Key(out, "independent_sources");
  Number(out, static_cast<double>(c.independent_sources));
  Key(out, "disputed");
  out += c.disputed ? "true" : "false";
  out += '}';
  return out;
}

std::string DisputeJson(const Dispute& d, const std::vector<ClusteredEvent>& clusters,
                        const std::vector<Document>& docs, const std::vector<Mention>&) {
  std::string out = "{";
  Str(out, "id", d.id);
  Key(out, "event");
  if (!d.cluster) {
    out += "null";
  } else {
    const ClusteredEvent& c = clusters[*d.cluster];
    out += '{';
    Str(out, "id", c.id);
    Str(out, "summary", Summary(c));
    StrOrNull(out, "date", c.date);
    StrOrNull(out, "source", c.source);
    StrOrNull(out, "target", c.target);
    StrOrNull(out, "plover", c.plover);
    out += '}';
  }
  Str(out, "topic", d.topic);
  Str(out, "attribute", d.attribute);
  Str(out, "kind", d.kind);
  Key(out, "values");
  out += '[';
  for (size_t i = 0; i < d.values.size(); ++i) {
    const DisputeValue& v = d.values[i];
    if (i) out += ',';
    out += '{';
    Str(out, "value", v.value);
    Key(out, "normalized");
    if (v.kind == DisputeValue::Kind::kNumber || v.kind == DisputeValue::Kind::kBool) {
      out += v.normalized.empty() ? "null" : v.normalized;
    } else {
      AppendJsonString(out, v.normalized);
    }
    Str(out, "qualifier", v.qualifier);
    StringArray(out, "docs", DocIds(v.docs, docs));
    StringArray(out, "claimed_by", v.claimed_by);
    Key(out, "quotes");
    out += '[';
    for (size_t q = 0; q < v.quotes.size(); ++q) {
      const Quote& quote = v.quotes[q];
      const Document& doc = docs[quote.doc];
      if (q) out += ',';
      out += '{';
      Str(out, "doc", doc.id);
      Str(out, "text", doc.Valid(quote.span) ? doc.Slice(quote.span) : std::string_view());
      Key(out, "span");
      out += '[' + std::to_string(quote.span.begin) + ',' + std::to_string(quote.span.end) + ']';
      out += '}';
    }
    out += "]}";
  }
  out += "]}";
  return out;
}

}  // namespace riposte::reconcile
