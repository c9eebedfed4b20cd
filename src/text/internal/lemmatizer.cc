// STUB: replaced by the WordNet lemmatiser.
#include "text/internal/analysis.h"
namespace riposte::text::internal {
namespace {
class StubLemmatizer : public Lemmatizer {
 public:
  std::string Lemma(std::string_view word, TagId) const override { return std::string(word); }
};
}  // namespace
const Lemmatizer* Lemmatizer::Get(Error*) { static StubLemmatizer l; return &l; }
}  // namespace riposte::text::internal
