// STUB: replaced by the clause finder.
#include "text/internal/analysis.h"
namespace riposte::text::internal {
void FindClauses(Document&, const SentenceTokens&, uint32_t) {}
}  // namespace riposte::text::internal
