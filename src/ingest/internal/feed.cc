// STUB: replaced by the RSS/Atom reader.
#include "ingest/internal/records.h"
namespace riposte::ingest::internal {
Result<Feed> ParseFeed(std::string_view) { return MakeError(ErrorCode::kUnsupported, "feeds not implemented yet"); }
}  // namespace riposte::ingest::internal
