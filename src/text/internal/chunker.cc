// STUB: replaced by the chunker.
#include "text/internal/analysis.h"
namespace riposte::text::internal {
void Chunk(Document&, const SentenceTokens&) {}
}  // namespace riposte::text::internal
