// The values of one dispute group (see dispute_values.h): merging claims
// into values, and the kind of their disagreement.
#include "reconcile/internal/dispute_values.h"

#include <algorithm>
#include <tuple>

#include "actors/actors.h"
#include "reconcile/internal/claim_cause.h"

namespace riposte::reconcile::internal {
namespace {

// The reporting_error pattern: one lone source against a consistent majority.
constexpr size_t kMajoritySources = 3;
// Days after an act within which a report of its count may be revised.
constexpr int64_t kRevisionDays = 31;

// Appends `from`'s documents, speakers and quotes to `into`; Tidy removes
// the repeats once all are in (a value of a big cluster absorbs thousands
// of claims: no search per claim).
void Absorb(Value& into, const Value& from) {
  into.v.docs.insert(into.v.docs.end(), from.v.docs.begin(), from.v.docs.end());
  into.v.claimed_by.insert(into.v.claimed_by.end(), from.v.claimed_by.begin(), from.v.claimed_by.end());
  into.v.quotes.insert(into.v.quotes.end(), from.v.quotes.begin(), from.v.quotes.end());
  into.report_dates.insert(from.report_dates.begin(), from.report_dates.end());
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
  into.bound = into.bound || from.bound;
  if (into.range && from.range) {
    into.range = Interval{std::max(into.range->lo, from.range->lo), std::min(into.range->hi, from.range->hi)};
  }
}

// Documents ascending and distinct; speakers and quotes distinct, in order
// of first appearance (two mentions of one sentence give one quote).
void Tidy(Value& v) {
  std::sort(v.v.docs.begin(), v.v.docs.end());
  v.v.docs.erase(std::unique(v.v.docs.begin(), v.v.docs.end()), v.v.docs.end());
  std::set<std::string> speakers;
  std::vector<std::string> who;
  for (std::string& w : v.v.claimed_by)
    if (speakers.insert(w).second) who.push_back(std::move(w));
  v.v.claimed_by = std::move(who);
  std::set<std::tuple<size_t, Offset, Offset>> seen;
  std::vector<Quote> quotes;
  for (const Quote& q : v.v.quotes)
    if (seen.insert({q.doc, q.span.begin, q.span.end}).second) quotes.push_back(q);
  v.v.quotes = std::move(quotes);
}

Value FromClaim(const Claim& c) {
  Value v;
  v.v = c.value;
  if (v.v.docs.empty()) v.v.docs = {c.doc};
  if (c.value.kind == DisputeValue::Kind::kNumber) {
    v.range = FigureInterval(c.value.normalized, c.value.qualifier, c.value.value);
  }
  if (!c.report_date.empty()) v.report_dates.insert(c.report_date);
  if (c.mention) v.mentions.push_back(*c.mention);
  v.bound = c.value.kind == DisputeValue::Kind::kDate && c.value.qualifier == "at_most";
  return v;
}

size_t IndependentCount(const Value& v, const std::vector<size_t>& source_of) {
  std::set<size_t> sources;
  for (size_t d : v.v.docs) sources.insert(d < source_of.size() ? source_of[d] : d);
  return sources.size();
}

// Returns true iff two values are claimed by actors of different countries
// only ("six", says Russia's Investigative Committee; "nearly 50", say
// Azerbaijani media): the parties disagree, whatever the order of reports.
bool OpposingClaimants(const std::vector<Value>& values) {
  std::vector<std::set<std::string>> countries;
  for (const Value& v : values) {
    std::set<std::string> c;
    for (const std::string& who : v.v.claimed_by) {
      if (std::string country = actors::CodeCountry(who); !country.empty()) c.insert(country);
    }
    countries.push_back(std::move(c));
  }
  for (size_t a = 0; a < countries.size(); ++a) {
    for (size_t b = a + 1; b < countries.size(); ++b) {
      if (countries[a].empty() || countries[b].empty()) continue;
      bool shared = false;
      for (const std::string& c : countries[a]) shared = shared || countries[b].count(c) > 0;
      if (!shared) return true;
    }
  }
  return false;
}

}  // namespace

bool Compatible(const Value& a, const Value& b, const std::string& attribute) {
  if (attribute == "cause") return CausesCompatible(a.v, b.v);
  if (attribute == "actor/target") return a.v.normalized == b.v.normalized;  // by framing class
  if (a.v.kind == DisputeValue::Kind::kNumber && a.range && b.range) {
    return a.range->lo <= b.range->hi && b.range->lo <= a.range->hi;
  }
  return ValuesCompatible(a.v, b.v);
}

// Merges compatible values until every two left disagree.
std::vector<Value> MergeValues(const ClaimsView& claims, const std::vector<size_t>& members,
                               const std::string& attribute) {
  std::vector<Value> values;
  for (size_t i : members) {
    Value v = FromClaim(claims[i]);
    auto it = std::find_if(values.begin(), values.end(), [&](const Value& x) { return Compatible(x, v, attribute); });
    if (it == values.end()) {
      values.push_back(std::move(v));
    } else {
      Absorb(*it, v);
    }
  }
  for (bool merged = true; merged;) {
    merged = false;
    for (size_t a = 0; a < values.size() && !merged; ++a) {
      for (size_t b = a + 1; b < values.size() && !merged; ++b) {
        if (!Compatible(values[a], values[b], attribute)) continue;
        Absorb(values[a], values[b]);
        values.erase(values.begin() + static_cast<ptrdiff_t>(b));
        merged = true;
      }
    }
  }
  for (Value& v : values) Tidy(v);
  return values;
}

// Returns true iff the two values rest on two documents at least (not one
// document saying both).
bool DifferentDocs(const Value& a, const Value& b) {
  std::set<size_t> docs(a.v.docs.begin(), a.v.docs.end());
  docs.insert(b.v.docs.begin(), b.v.docs.end());
  return docs.size() >= 2;
}

std::string Kind(std::vector<Value>& values, const std::string& attribute, bool event,
                 const std::vector<size_t>& source_of, std::optional<DayRange> act) {
  // Revision: order by earliest report; each value's reports all precede the next's.
  // A statistic is not revised within days (sources differ); a cause is a
  // version a party puts forward, not a running count.
  bool dated = event && attribute != "cause" && !OpposingClaimants(values);
  // A vague count ("several") is no figure a later report revises.
  for (const Value& v : values)
    dated = dated && !v.report_dates.empty() && !(v.v.kind == DisputeValue::Kind::kNumber && v.v.normalized.empty());
  // A count is revised while it is being made: reports all told long after
  // the act (67 dead, then 38, seven months on) retell a settled toll.
  if (dated && act && values.front().v.kind == DisputeValue::Kind::kNumber) {
    std::string first = *values.front().report_dates.begin();
    for (const Value& v : values) first = std::min(first, *v.report_dates.begin());
    const std::optional<DayRange> told = DateRange(first);
    dated = !told || told->start - act->end <= kRevisionDays;
  }
  if (dated) {
    std::vector<Value*> order;
    for (Value& v : values) order.push_back(&v);
    std::stable_sort(order.begin(), order.end(),
                     [](const Value* a, const Value* b) { return *a->report_dates.begin() < *b->report_dates.begin(); });
    bool ordered = true;
    for (size_t i = 0; i + 1 < order.size(); ++i) {
      ordered = ordered && *order[i]->report_dates.rbegin() < *order[i + 1]->report_dates.begin();
    }
    if (ordered && attribute == "happened") ordered = order.size() == 2 && order[0]->v.normalized == "false";
    // Figures revised step by step move one way (tolls rise, counts of
    // survivors fall): 8, then 2, then 7 is three sources disagreeing.
    if (ordered && order.size() > 2 && order[0]->range) {
      int direction = 0;
      for (size_t i = 0; i + 1 < order.size() && ordered; ++i) {
        if (!order[i]->range || !order[i + 1]->range) break;
        const int step = order[i + 1]->range->lo > order[i]->range->hi ? 1 : -1;
        if (direction != 0 && step != direction) ordered = false;
        direction = step;
      }
    }
    if (ordered) return "revision";
  }
  if (values.size() == 2) {
    const size_t a = IndependentCount(values[0], source_of), b = IndependentCount(values[1], source_of);
    if ((a == 1 && b >= kMajoritySources) || (b == 1 && a >= kMajoritySources)) return "reporting_error";
  }
  return "contradiction";
}

}  // namespace riposte::reconcile::internal
