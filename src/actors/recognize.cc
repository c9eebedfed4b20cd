// STUB: replaced by the recognizer.
#include "actors/actors.h"
namespace riposte::actors {
struct Recognizer::Impl {};
Recognizer::Recognizer(const Lexicon& lexicon) : lexicon_(lexicon), impl_(new Impl) {}
Recognizer::~Recognizer() { delete impl_; }
void Recognizer::Recognize(Document& doc, std::string_view) const { doc.actors.clear(); }
}  // namespace riposte::actors
