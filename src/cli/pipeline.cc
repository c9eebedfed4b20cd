// The annotation stages in pipeline order. Time runs before actors because
// office holders are resolved as of the document's date, which the time
// stage may infer from the text when no date was given or sniffed.
// Tested by tests/cli/{ingest_annotate,actors,time}.test.
#include "cli/pipeline.h"

#include <cstdio>
#include <fstream>

#include "cli/output.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::cli {

bool LoadLexicon(const GlobalOptions& global, const std::vector<std::string>& actor_files,
                 actors::Lexicon* out) {
  auto loaded = actors::Lexicon::Load(riposte::DataDir());
  if (!loaded.ok()) {
    PrintError(loaded.error().ToString());
    return false;
  }
  actors::Lexicon lexicon = std::move(loaded.value());
  if (!global.quiet) {
    for (const Error& e : lexicon.rejected()) PrintWarning(e.ToString());
  }
  for (const std::string& path : actor_files) {
    if (!std::ifstream(path).good()) {
      PrintError("cannot read actor dictionary '" + path + "'");
      return false;
    }
    const size_t rejected_before = lexicon.rejected().size();
    auto added = lexicon.AddPetrarchDictionary(path);
    if (!added.ok()) {
      PrintError(added.error().ToString());
      return false;
    }
    if (!global.quiet) {
      const size_t rejected = lexicon.rejected().size() - rejected_before;
      std::fprintf(stderr, "loaded %zu entries from %s (%zu line%s rejected)\n", added.value(),
                   path.c_str(), rejected, rejected == 1 ? "" : "s");
      for (size_t i = rejected_before; i < lexicon.rejected().size(); ++i) {
        std::fprintf(stderr, "%s\n", lexicon.rejected()[i].ToString().c_str());
      }
    }
  }
  *out = std::move(lexicon);
  return true;
}

Status Annotate(Document& doc, const actors::Recognizer& recognizer) {
  doc.actors.clear();
  doc.times.clear();
  if (!doc.lang.empty() && doc.lang != "en") return OkStatus();
  if (Status st = text::Analyze(doc); !st.ok()) return st;
  temporal::Annotate(doc);
  const std::string& date = doc.ReportDate();
  recognizer.Recognize(doc, date);
  return OkStatus();
}

}  // namespace riposte::cli
