// Store access and document loading shared by the read-only subcommands.
// Tested by tests/cli/{docs,analyze,actors}*.test.
#include "cli/documents.h"

#include <cstdio>

#include "cli/output.h"
#include "text/text.h"

namespace riposte::cli {

Result<std::unique_ptr<store::Store>> OpenForReading(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    return MakeError(ErrorCode::kNotFound,
                     "no store here (run `riposte ingest PATH...` first, or pass --db FILE)", path);
  }
  store::OpenOptions options;
  options.read_only = true;
  return store::Store::Open(path, options);
}

int ReportMissingDocument(const GlobalOptions& global, const std::string& id, const Error& error) {
  const bool missing = error.code == ErrorCode::kNotFound;
  PrintError(missing ? "no document '" + id + "' in " + global.db + " (list them with `riposte docs`)"
                     : error.ToString());
  return missing ? kExitNothing : kExitError;
}

int LoadAnalyzedDocument(const GlobalOptions& global, const std::string& id, const std::string& text,
                         Document* doc) {
  if (!text.empty()) {
    doc->id = "text";
    doc->text = text;
  } else {
    auto opened = OpenForReading(global.db);
    if (!opened.ok()) {
      PrintError(opened.error().ToString());
      return kExitError;
    }
    auto got = opened.value()->Get(id);
    if (!got.ok()) return ReportMissingDocument(global, id, got.error());
    *doc = std::move(got.value());
  }
  text::Segment(*doc);
  if (Status st = text::Analyze(*doc); !st.ok()) {
    PrintError(st.error().ToString());
    return kExitError;
  }
  return kExitOk;
}

}  // namespace riposte::cli
