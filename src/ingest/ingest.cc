// STUB: replaced by the readers implementation.
#include "ingest/ingest.h"
namespace riposte::ingest {
const char* FormatName(Format) { return "text"; }
Format ParseFormat(std::string_view) { return Format::kAuto; }
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args, std::vector<Error>*) { return args; }
void ReadPath(const std::string&, const Options&, Sink&) {}
void ReadBytes(std::string_view, std::string_view, const Options&, Sink&) {}
Format DetectFormat(std::string_view, std::string_view) { return Format::kText; }
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view) { return Decoded{std::string(bytes), "UTF-8", 0}; }
}  // namespace riposte::ingest
