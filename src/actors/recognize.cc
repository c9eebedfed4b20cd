// The actors stage entry point: Recognizer (actors.h).
//
// Algorithm: the constructor compiles the lexicon's token sequences once
// (internal/matcher.cc). Recognize prepares per-document tables (a
// lower-cased copy of the text, token -> noun phrase, clause subjects) in
// buffers kept per thread from one document to the next, finds the longest
// lexicon matches of every sentence, then resolves them sentence by
// sentence to mentions (internal/resolve.cc and phrase_rules.cc), with
// coreference against the mentions of earlier sentences
// (internal/coref.cc; "agent in <city>" asks the gazetteer, by default
// DefaultGazetteer()), and lists the unknown names
// (internal/unknown_names.cc). Built once with the matcher: the facts
// resolution needs about each agent entry (internal/agent_facts.cc) and the
// set of known names. Matching the whole document first lets the matcher
// ask the cache early for what resolution will read (about 5% faster). Office
// holders are resolved as of the given date, else the document's date
// (given, then inferred), else today's holders.
//
// Tested by recognize_test.cc.
#include <span>

#include "actors/actors.h"
#include "actors/internal/matcher.h"
#include "actors/internal/resolve.h"
#include "actors/internal/unknown_names.h"

namespace riposte::actors {
namespace {

// Buffers that Recognize would otherwise allocate for every document: the
// matcher's scratch and output, and the per-document tables of DocContext,
// kept per thread at their largest size so far (a document's worth each).
struct Workspace {
  internal::MatchScratch scratch;
  std::vector<internal::Match> all_matches;  // the document's
  struct Sentence {
    uint32_t index, first, last;      // tokens [first, last)
    uint32_t match_begin, match_end;  // in all_matches
  };
  std::vector<Sentence> sentences;
  std::string lower;
  std::vector<int32_t> token_phrase;
  std::vector<uint8_t> phrase_subject;
  std::vector<internal::MentionInfo> info;
};

// Lends `ws`'s buffers, emptied, to `ctx` for one document; ~ takes them back.
class Lend {
 public:
  Lend(Workspace& ws, internal::DocContext& ctx) : ws_(ws), ctx_(ctx) {
    ws_.lower.clear();
    ws_.token_phrase.clear();
    ws_.phrase_subject.clear();
    ws_.info.clear();
    Swap();
  }
  ~Lend() { Swap(); }
  Lend(const Lend&) = delete;
  Lend& operator=(const Lend&) = delete;

 private:
  void Swap() {
    ctx_.lower.swap(ws_.lower);
    ctx_.token_phrase.swap(ws_.token_phrase);
    ctx_.phrase_subject.swap(ws_.phrase_subject);
    ctx_.info.swap(ws_.info);
  }
  Workspace& ws_;
  internal::DocContext& ctx_;
};

}  // namespace

struct Recognizer::Impl {
  explicit Impl(const Lexicon& lexicon) : matcher(lexicon), agents(lexicon), known(lexicon) {}
  internal::Matcher matcher;
  internal::AgentFacts agents;
  internal::KnownNames known;
};

Recognizer::Recognizer(const Lexicon& lexicon) : Recognizer(lexicon, DefaultGazetteer()) {}

Recognizer::Recognizer(const Lexicon& lexicon, const Gazetteer& gazetteer)
    : lexicon_(lexicon), gazetteer_(gazetteer), impl_(new Impl(lexicon)) {}

Recognizer::~Recognizer() { delete impl_; }

void Recognizer::Recognize(Document& doc, std::string_view date) const {
  thread_local Workspace ws;  // one per thread: Recognize stays thread-safe
  doc.actors.clear();
  if (date.empty()) date = doc.date.value;
  if (date.empty()) date = doc.date_inferred.value;
  internal::DocContext ctx;
  const Lend lend(ws, ctx);
  ctx.doc = &doc;
  ctx.lexicon = &lexicon_;
  ctx.matcher = &impl_->matcher;
  ctx.agents = &impl_->agents;
  ctx.gazetteer = &gazetteer_;
  ctx.date = date;
  internal::PrepareContext(ctx);

  // Match every sentence, then resolve them: what resolution reads is then
  // asked of the cache a whole document ahead.
  internal::Matcher::Start(ws.scratch);
  ws.all_matches.clear();
  ws.sentences.clear();
  uint32_t t = 0;
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sent = doc.sentences[s].span;
    while (t < n && doc.tokens[t].span.begin < sent.begin) ++t;
    uint32_t end = t;
    while (end < n && doc.tokens[end].span.end <= sent.end) ++end;
    if (end == t) continue;
    const uint32_t match_begin = static_cast<uint32_t>(ws.all_matches.size());
    impl_->matcher.FindAll(doc, ctx.lower, t, end, ws.scratch, ws.all_matches);
    ws.sentences.push_back(Workspace::Sentence{static_cast<uint32_t>(s), t, end, match_begin,
                                               static_cast<uint32_t>(ws.all_matches.size())});
    t = end;
  }
  internal::Matcher::Finish(ws.scratch, ws.all_matches);
  impl_->matcher.PrefetchForResolution(ws.all_matches);
  // About one mention per match: grow doc.actors once, not as it fills.
  doc.actors.reserve(ws.all_matches.size());
  for (const Workspace::Sentence& s : ws.sentences) {
    const std::span<const internal::Match> matches(ws.all_matches.data() + s.match_begin,
                                                   s.match_end - s.match_begin);
    internal::ResolveSentence(ctx, static_cast<int32_t>(s.index), s.first, s.last, matches);
  }
  // Views into this matcher's tables: do not keep them.
  ws.all_matches.clear();
  internal::AddUnknownNames(impl_->known, doc);
}

}  // namespace riposte::actors
