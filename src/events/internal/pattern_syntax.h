// INTERNAL to the events stage: use events/events.h instead.
//
// The line syntax of the pattern lexicon (data/events/README.md) and the
// built-in table of speech-act codes by CAMEO family.
#pragma once

#include <string>
#include <string_view>

#include "events/events.h"

namespace riposte::events::internal {

// Parses one non-comment line "CAMEO<TAB>pattern[<TAB>options[<TAB>note]]"
// into `out` (words as written, lower-cased; base forms are added later by
// AddBaseForms). Returns "" on success, else the reason the line is bad.
std::string ParsePatternLine(std::string_view line, Pattern& out);

// Adds the analyser's base form of every trigger and word alternative
// (text::Lemmatize; "apologise" -> "apologize", "spying" -> "spy").
// REQUIRES: text::LoadModels() succeeded.
void AddBaseForms(Pattern& pattern);

// Returns true iff `code` has the shape of a CAMEO event code: 2-4 digits,
// root 01..20.
bool IsCodeShape(std::string_view code);

// The default speech-act codes for an act code ("0841" -> appeal 0253,
// intent 0353, demand 1053, refuse 1243); fields with no sensible code stay "".
ModeCodes DefaultModes(std::string_view act);

// Returns true iff `word` is a preposition or verb particle.
bool IsParticle(std::string_view word);

}  // namespace riposte::events::internal
