// INTERNAL to the cli: the annotation stages run in order on a segmented
// document (text analysis, time, actors), and the actor lexicon they need,
// shared by ingest (which stores the result) and the per-stage commands.
#pragma once

#include <string>
#include <vector>

#include "actors/actors.h"
#include "cli/commands.h"
#include "core/core.h"

namespace riposte::cli {

// Loads our lexicon (data/actors) and each PETRARCH/TABARI dictionary of
// `actor_files`, reporting on stderr (unless quiet) the entries loaded from
// each file and every rejected line with its file:line. Returns false after
// printing the error when a file cannot be read.
bool LoadLexicon(const GlobalOptions& global, const std::vector<std::string>& actor_files,
                 actors::Lexicon* out);

// Runs text::Analyze, the time stage (expressions; a date inferred when the
// document has none) and the actors stage (as of the document's date, given
// else inferred) on a segmented document. Documents in a known language other
// than English are left without annotations (the stages are English-only);
// that is not an error. Fails only when the text analysis does.
Status Annotate(Document& doc, const actors::Recognizer& recognizer);

}  // namespace riposte::cli
