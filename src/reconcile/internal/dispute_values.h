// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// The values of one dispute group (disputes.cc steps 2 and 4): claims
// merged into values while they agree, and the kind of disagreement the
// values left make (contradiction, revision, reporting_error).
// Tested by disputes_test.cc and dispute_kind_test.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// One value of a group: the claims that agree on it.
struct Value {
  DisputeValue v;
  std::optional<Interval> range;  // figures: intersection of the members'
  std::set<std::string> report_dates;
  std::vector<size_t> mentions;  // the event mentions its claims are about
  bool bound = false;            // holds a publication bound (publication_bound.h)
};

// The claims given and the publication bounds made from them, one index space.
struct ClaimsView {
  const std::vector<Claim>& given;
  const std::vector<Claim>& bounds;
  const Claim& operator[](size_t i) const { return i < given.size() ? given[i] : bounds[i - given.size()]; }
};

// Whether two values agree on `attribute` (an event claim's facet:
// "actor/target" compares framing classes; causes compare by class).
bool Compatible(const Value& a, const Value& b, const std::string& attribute);

// Merges the claims `members` (indices into `claims`) into values until
// every two left disagree; docs ascending, quotes and speakers distinct.
std::vector<Value> MergeValues(const ClaimsView& claims, const std::vector<size_t>& members,
                               const std::string& attribute);

// Returns true iff the two values rest on two documents at least (not one
// document saying both).
bool DifferentDocs(const Value& a, const Value& b);

// The kind of the dispute the values make (disputes.cc step 4). `event`:
// the group is an event's; `act`: the event's days, when dated.
std::string Kind(std::vector<Value>& values, const std::string& attribute, bool event,
                 const std::vector<size_t>& source_of, std::optional<DayRange> act);

}  // namespace riposte::reconcile::internal
