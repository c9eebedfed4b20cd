// INTERNAL to the cli: opening the store for reading and loading one
// document ready for the analysis stages, shared by docs, show, analyze and
// actors.
#pragma once

#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/core.h"
#include "store/store.h"

namespace riposte::cli {

// Opens the store at `path` read-only; kNotFound with a hint when no file
// is there (reading never creates a store).
Result<std::unique_ptr<store::Store>> OpenForReading(const std::string& path);

// Prints why stored document `id` could not be read and returns the exit
// status: kExitNothing ("no document 'X' in DB", with a hint) when the store
// has no such id, kExitError for any other error.
int ReportMissingDocument(const GlobalOptions& global, const std::string& id, const Error& error);

// Fills *doc with stored document `id`, or with `text` when it is not empty
// (id "text"), then segments and analyses it (text::Analyze). Returns
// kExitOk, or the exit status after printing why: kExitNothing for an
// unknown id, kExitError otherwise.
int LoadAnalyzedDocument(const GlobalOptions& global, const std::string& id, const std::string& text,
                         Document* doc);

}  // namespace riposte::cli
