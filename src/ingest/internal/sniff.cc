// STUB: replaced by the metadata sniffing implementation.
#include "ingest/ingest.h"
namespace riposte::ingest {
void SniffMetadata(Document&) {}
std::string DetectLanguage(std::string_view) { return ""; }
std::string NormalizeDate(std::string_view) { return ""; }
}  // namespace riposte::ingest
