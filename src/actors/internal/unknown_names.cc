// Unknown names in actor positions: the input of `riposte actors
// --unresolved`, the list a lexicon maintainer works from.
//
// Algorithm: mark the noun phrases in actor positions (clause subjects and
// speakers from text::Analyze; the noun phrase starting where a verb group
// ends). For each, take the longest run of NNP/NNPS tokens that ends at the
// phrase's head and overlaps no mention; a run that is not a month or
// weekday name and that the lexicon does not know (as a whole, or by its
// head word) is an unknown name. Cost: linear in phrases plus mentions, one
// lexicon lookup per candidate, once per document. Names are spans only:
// they are not mentions, so nothing downstream mistakes them for actors.
//
// Tested by recognize_test.cc (UnknownNames).
#include "actors/internal/unknown_names.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "text/text.h"

namespace riposte::actors::internal {
namespace {

bool IsCalendarWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
      "Nov", "Dec"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

void AddUnknownNames(const Lexicon& lexicon, Document& doc) {
  doc.unknown_names.clear();
  const size_t np = doc.phrases.size();
  std::vector<bool> actor_position(np, false);
  for (const Clause& c : doc.clauses) {
    if (c.subject >= 0 && static_cast<size_t>(c.subject) < np) actor_position[c.subject] = true;
    if (c.speaker >= 0 && static_cast<size_t>(c.speaker) < np) actor_position[c.speaker] = true;
  }
  for (size_t p = 0; p + 1 < np; ++p) {
    const Phrase& vg = doc.phrases[p];
    const Phrase& next = doc.phrases[p + 1];
    if (vg.kind == PhraseKind::kVerbGroup && next.kind == PhraseKind::kNounPhrase &&
        next.begin == vg.end) {
      actor_position[p + 1] = true;
    }
  }
  // Tokens already inside a mention.
  std::vector<bool> covered(doc.tokens.size(), false);
  {
    size_t t = 0;
    std::vector<Span> spans;
    for (const ActorMention& m : doc.actors) spans.push_back(m.span);
    std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
    for (Span s : spans) {
      while (t < doc.tokens.size() && doc.tokens[t].span.end <= s.begin) ++t;
      for (size_t u = t; u < doc.tokens.size() && doc.tokens[u].span.begin < s.end; ++u) covered[u] = true;
    }
  }
  for (size_t p = 0; p < np; ++p) {
    const Phrase& ph = doc.phrases[p];
    if (!actor_position[p] || ph.kind != PhraseKind::kNounPhrase || ph.head < 0) continue;
    const auto head = static_cast<uint32_t>(ph.head);
    uint32_t first = head + 1;
    while (first > ph.begin && text::IsProperNoun(doc.tokens[first - 1].tag) && !covered[first - 1]) {
      --first;
    }
    if (first > head) continue;  // the head is not an uncovered proper noun
    bool calendar = false;
    for (uint32_t t = first; t <= head; ++t) calendar = calendar || IsCalendarWord(doc.Slice(doc.tokens[t].span));
    if (calendar) continue;
    const Span span{doc.tokens[first].span.begin, doc.tokens[head].span.end};
    if (!lexicon.Find(doc.Slice(span)).empty() || !lexicon.Find(doc.Slice(doc.tokens[head].span)).empty()) {
      continue;  // known, but not made an actor here (a place, a name out of context)
    }
    doc.unknown_names.push_back(span);
  }
}

}  // namespace riposte::actors::internal
