// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Dates a report gives an act by its distance from another: "Fifteen years
// after the arrest of several citizens, Baku responded" dates the arrest
// fifteen years before the response. The coder dates the arrest by the
// sentence (the response, or the publication), so the report's own dating
// of it is claimed here.
// Tested by claim_dates_test.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "reconcile/reconcile.h"

namespace riposte::reconcile::internal {

// Appends docs[doc_index]'s date claims of acts named in a phrase opened by
// a duration and "after" or "before" ("Two weeks after the raid on the
// office, ..."): each mention whose trigger lies in the phrase (which ends
// at the first comma, dash, semicolon or colon) is dated the duration
// before ("after") or after ("before") the date of the sentence's other
// acts, else of the report, at the duration's precision (years: a year;
// months: a month; weeks, days: a day); qualifier "about", quoted from the
// duration to the end of the phrase. REQUIRES: doc_index < docs.size().
// `own` lists the indices of docs[doc_index]'s mentions in `mentions`.
void AppendDistanceDateClaims(const std::vector<Document>& docs, size_t doc_index,
                              const std::vector<Mention>& mentions, const std::vector<size_t>& own,
                              std::vector<Claim>& out);

// `date` (ISO day) moved by the ISO duration `duration` ("P15Y", "P2M",
// "P3W", "P4D") times `sign` (+1 or -1), at the duration's precision: "2010"
// for years, "2025-04" for months, a day otherwise. nullopt when either does
// not parse.
std::optional<std::string> ShiftDate(std::string_view date, std::string_view duration, int sign);

}  // namespace riposte::reconcile::internal
