// STUB: replaced by the PETRARCH dictionary reader.
#include "actors/actors.h"
namespace riposte::actors {
Result<size_t> Lexicon::AddPetrarchDictionary(const std::string& path) {
  return MakeError(ErrorCode::kUnsupported, "PETRARCH dictionaries not supported yet", path);
}
}  // namespace riposte::actors
