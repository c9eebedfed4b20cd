// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
#pragma once

#include <string_view>
#include <unordered_set>

#include "actors/actors.h"
#include "core/core.h"

namespace riposte::actors::internal {

// Answers !lexicon.Find(text).empty() without building Find's vector or a
// lower-cased key string: the entries' texts as written, and those with no
// upper-case letter (which match any case), in two hash sets of views.
// Built once per Recognizer; const lookups are thread-safe.
class KnownNames {
 public:
  // REQUIRES: `lexicon` outlives this (the sets view its entries' texts).
  explicit KnownNames(const Lexicon& lexicon);
  // Returns true iff some entry of the lexicon matches `text` as
  // Lexicon::Find does (exactly, or ignoring case for lower-case entries).
  bool Knows(std::string_view text) const;

 private:
  std::unordered_set<std::string_view> exact_;       // every entry's text
  std::unordered_set<std::string_view> lower_case_;  // texts with no 'A'-'Z'
};

// Fills doc.unknown_names, in text order, with each proper name in an actor
// position that no mention covers and no lexicon entry spells: the run of
// proper-noun tokens ending a noun phrase that is a clause's subject or
// speaker, or the object right after a verb group ("Gbagbo said", "met
// Laurent Gbagbo"). Month and weekday names are never names. `lexicon` is
// consulted so that places the recognizer chose not to make actors ("visited
// Baku") are not listed as unknown, through `known` (built from it).
void AddUnknownNames(const KnownNames& known, Document& doc);

}  // namespace riposte::actors::internal
