// INTERNAL to reconcile: use reconcile/reconcile.h instead.
//
// Persons counted by naming them one by one: "arresting the agency's
// director and deputy director" detains two, though no figure is written.
// Tested by claims_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/core.h"

namespace riposte::reconcile::internal {

struct PersonCount {
  size_t count = 0;
  Span words;  // "the agency's director and deputy director" without the first owner
};

// Reads the object after token `trigger` (up to token `last`, exclusive):
// singular nouns of persons (by role or kin: kPersonWords, or an ending such
// as -or, -er, -ist) joined by "and", with determiners, owners ("the
// agency's") and modifiers between. Returns their number (two or more), or
// nullopt when the object is anything else: a plural (a group), a figure
// (counted elsewhere), a name, or a noun right after the last person ("and
// his colleagues" ends on a plural; "the editor and staff members" on a
// noun).
std::optional<PersonCount> CountCoordinatedPersons(const Document& doc, uint32_t trigger, uint32_t last);

}  // namespace riposte::reconcile::internal
