// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
#pragma once

#include "actors/actors.h"
#include "core/core.h"

namespace riposte::actors::internal {

// Fills doc.unknown_names, in text order, with each proper name in an actor
// position that no mention covers and no lexicon entry spells: the run of
// proper-noun tokens ending a noun phrase that is a clause's subject or
// speaker, or the object right after a verb group ("Gbagbo said", "met
// Laurent Gbagbo"). Month and weekday names are never names. `lexicon` is
// consulted so that places the recognizer chose not to make actors ("visited
// Baku") are not listed as unknown.
void AddUnknownNames(const Lexicon& lexicon, Document& doc);

}  // namespace riposte::actors::internal
