// Unknown names in actor positions: the input of `riposte actors
// --unresolved`, the list a lexicon maintainer works from.
//
// Algorithm: mark the noun phrases in actor positions (clause subjects and
// speakers from text::Analyze; the noun phrase starting where a verb group
// ends). For each, take the longest run of NNP/NNPS tokens that ends at the
// phrase's head and overlaps no mention; a run that is not a month or
// weekday name and that the lexicon does not know (as a whole, or by its
// head word) is an unknown name. Cost: one pass over the phrases to find
// candidates (proper-noun heads); only when there are any, a pass over the
// clauses, a sort of the mentions, a binary search per candidate token and
// one or two hash lookups per name (KnownNames: Lexicon::Find's answer with
// no allocation); buffers are per thread. Names are spans only:
// they are not mentions, so nothing downstream mistakes them for actors.
//
// Tested by recognize_test.cc (UnknownNames).
#include "actors/internal/unknown_names.h"

#include <algorithm>
#include <iterator>
#include <string>
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

// Returns true iff tokens [first, last] overlap a mention; `sorted` holds the
// mentions' spans by begin (mentions never overlap each other).
bool Covered(const Document& doc, const std::vector<Span>& sorted, uint32_t first, uint32_t last) {
  const Offset b = doc.tokens[first].span.begin, e = doc.tokens[last].span.end;
  auto it = std::lower_bound(sorted.begin(), sorted.end(), e,
                             [](Span s, Offset at) { return s.begin < at; });
  return it != sorted.begin() && std::prev(it)->end > b;
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

}  // namespace

KnownNames::KnownNames(const Lexicon& lexicon) {
  for (const Entry& e : lexicon.entries()) {
    exact_.insert(e.text);
    if (!HasUpper(e.text)) lower_case_.insert(e.text);
  }
}

// Find(text) keeps an entry e of key Lower(text) when e.text == text or e
// has no upper case; such an e is its own Lower, so it is Lower(text).
bool KnownNames::Knows(std::string_view text) const {
  if (exact_.contains(text)) return true;
  if (!HasUpper(text)) return false;  // then Lower(text) == text: not in exact_, not here
  thread_local std::string lower;
  lower.assign(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower_case_.contains(lower);
}

void AddUnknownNames(const KnownNames& known, Document& doc) {
  doc.unknown_names.clear();
  const size_t np = doc.phrases.size();
  if (doc.tokens.empty()) return;  // then no phrase has a head token
  // Candidates first (noun phrases headed by a proper noun): most documents
  // have few, and everything else is done for them only.
  thread_local std::vector<uint32_t> candidates;
  // Without branches (whether a phrase is one is unpredictable): every
  // phrase is written, and the count moves past the candidates only.
  candidates.resize(np);
  size_t count = 0;
  for (size_t p = 0; p < np; ++p) {
    const Phrase& ph = doc.phrases[p];
    const TagId head_tag = doc.tokens[static_cast<size_t>(std::max<int32_t>(ph.head, 0))].tag;
    candidates[count] = static_cast<uint32_t>(p);
    count += (ph.kind == PhraseKind::kNounPhrase) & (ph.head >= 0) & text::IsProperNoun(head_tag);
  }
  candidates.resize(count);
  if (candidates.empty()) return;
  thread_local std::vector<uint8_t> role;  // 1: subject or speaker of a clause
  role.assign(np, 0);
  for (const Clause& c : doc.clauses) {
    if (c.subject >= 0 && static_cast<size_t>(c.subject) < np) role[static_cast<size_t>(c.subject)] = 1;
    if (c.speaker >= 0 && static_cast<size_t>(c.speaker) < np) role[static_cast<size_t>(c.speaker)] = 1;
  }
  thread_local std::vector<Span> mentions;
  mentions.clear();
  for (const ActorMention& m : doc.actors) mentions.push_back(m.span);
  std::sort(mentions.begin(), mentions.end(), [](Span a, Span b) { return a.begin < b.begin; });
  for (uint32_t p : candidates) {
    const Phrase& ph = doc.phrases[p];
    const bool object = p > 0 && doc.phrases[p - 1].kind == PhraseKind::kVerbGroup &&
                        doc.phrases[p - 1].end == ph.begin;
    if (role[p] == 0 && !object) continue;
    const auto head = static_cast<uint32_t>(ph.head);
    if (Covered(doc, mentions, head, head)) continue;
    uint32_t first = head;
    while (first > ph.begin && text::IsProperNoun(doc.tokens[first - 1].tag) &&
           !Covered(doc, mentions, first - 1, first - 1)) {
      --first;
    }
    bool calendar = false;
    for (uint32_t t = first; t <= head; ++t) calendar = calendar || IsCalendarWord(doc.Slice(doc.tokens[t].span));
    if (calendar) continue;
    const Span span{doc.tokens[first].span.begin, doc.tokens[head].span.end};
    if (known.Knows(doc.Slice(span)) || known.Knows(doc.Slice(doc.tokens[head].span))) {
      continue;  // known, but not made an actor here (a place, a name out of context)
    }
    doc.unknown_names.push_back(span);
  }
}

}  // namespace riposte::actors::internal
