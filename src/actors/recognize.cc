// The actors stage entry point: Recognizer (actors.h).
//
// Algorithm: the constructor builds the token-sequence index of the lexicon
// once (internal/matcher.cc). Recognize prepares per-document tables (a
// lower-cased copy of the text, token -> noun phrase, clause subjects), then
// for each sentence finds the longest lexicon matches and resolves them to
// mentions (internal/resolve.cc and phrase_rules.cc), with coreference
// against the mentions of earlier sentences (internal/coref.cc). Office
// holders are resolved as of the given date, else the document's date
// (given, then inferred), else today's holders.
//
// Tested by recognize_test.cc.
#include "actors/actors.h"
#include "actors/internal/matcher.h"
#include "actors/internal/resolve.h"

namespace riposte::actors {

struct Recognizer::Impl {
  explicit Impl(const Lexicon& lexicon) : matcher(lexicon) {}
  internal::Matcher matcher;
};

Recognizer::Recognizer(const Lexicon& lexicon) : lexicon_(lexicon), impl_(new Impl(lexicon)) {}

Recognizer::~Recognizer() { delete impl_; }

void Recognizer::Recognize(Document& doc, std::string_view date) const {
  doc.actors.clear();
  if (date.empty()) date = doc.date.value;
  if (date.empty()) date = doc.date_inferred.value;
  internal::DocContext ctx;
  ctx.doc = &doc;
  ctx.lexicon = &lexicon_;
  ctx.date = date;
  internal::PrepareContext(ctx);

  std::vector<internal::Match> matches;
  uint32_t t = 0;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sent = doc.sentences[s].span;
    while (t < n && doc.tokens[t].span.begin < sent.begin) ++t;
    uint32_t end = t;
    while (end < n && doc.tokens[end].span.end <= sent.end) ++end;
    if (end == t) continue;
    matches.clear();
    impl_->matcher.FindAll(doc, ctx.lower, t, end, matches);
    internal::ResolveSentence(ctx, static_cast<int32_t>(s), t, end, matches);
    t = end;
  }
}

}  // namespace riposte::actors
