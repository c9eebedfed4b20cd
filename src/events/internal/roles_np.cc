// Roles, noun-phrase level: which actor mentions a noun phrase stands for
// (roles.cc works at the clause level and calls these).
//
// An NP's actors are its mentions (the head's when an uncoordinated NP holds
// several); an NP with none falls back to its possessor ("Moscow's
// decision") and then to an "of" NP ("members of the Azerbaijani
// diaspora", up to kMaxOfHops); NPs joined by and/or/commas ("A, B and C")
// are one role with several actors; an NP after a comma once "and" has been
// passed is an aside (", APA reports"). Uncoded mentions are dropped from a
// role holding coded ones. A definite act later in a list shares the
// possessor of the list's first member (ListPossessor). A company name before a model number ("the
// Embraer 190") is a product, not a party (IsProductName).
//
// Tested by coder_test.cc and coder_accuracy_test.cc.
#include <algorithm>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr int kMaxOfHops = 2;  // "the office of the head of Sputnik"
constexpr int kMaxListMembers = 4;  // list members walked back to the first

// Of several mentions inside one uncoordinated NP ("his Azerbaijani
// counterpart Ilham Aliyev": "his", "Azerbaijani", "Ilham Aliyev"), the one
// the NP is about: the mention holding the head word, else the last one.
// Modifiers and possessives before the head are not participants.
int32_t HeadMention(const DocIndex& ix, const Phrase& ph, std::span<const int32_t> ms) {
  const Span head = ph.head >= 0 ? ix.doc().tokens[static_cast<size_t>(ph.head)].span : Span{};
  for (int32_t m : ms) {
    const Span s = ix.doc().actors[static_cast<size_t>(m)].span;
    if (ph.head >= 0 && s.begin <= head.begin && head.end <= s.end) return m;
  }
  return ms.back();
}

// Mentions of one NP, with the possessor and "of" fallbacks.
std::vector<int32_t> NpMentions(const DocIndex& ix, int32_t p) {
  for (int hop = 0; hop <= kMaxOfHops; ++hop) {
    const Phrase* ph = PhraseAt(ix, p);
    if (ph == nullptr || ph->kind != PhraseKind::kNounPhrase) return {};
    const std::span<const int32_t> own = ix.MentionsOf(p);
    if (own.size() > 1 && !ph->coordinated) return {HeadMention(ix, *ph, own)};
    // "two employees of Sputnik Azerbaijan": a mention naming no known
    // actor gives way to the coded one after "of".
    if (!own.empty() && (HasCode(ix, own) || !ix.WordIs(ph->end, "of"))) return {own.begin(), own.end()};
    if (own.empty() && ph->possessor >= 0 && !ix.MentionsOf(ph->possessor).empty()) {
      const std::span<const int32_t> possessor = ix.MentionsOf(ph->possessor);
      return {possessor.begin(), possessor.end()};
    }
    if (!ix.WordIs(ph->end, "of")) return {};
    const int32_t next = NpStartingAt(ix, ph->end + 1);
    if (!own.empty()) {
      const std::span<const int32_t> of = ix.MentionsOf(next);  // none for next = -1
      if (!HasCode(ix, of)) return {own.begin(), own.end()};
      const Phrase& np = *PhraseAt(ix, next);
      return of.size() > 1 && !np.coordinated ? std::vector<int32_t>{HeadMention(ix, np, of)}
                                              : std::vector<int32_t>(of.begin(), of.end());
    }
    p = next;
  }
  return {};
}

// "the Embraer 190", "a Boeing 737": a company name followed by a model
// number names a product, not the company as a party.
bool IsProductName(const DocIndex& ix, int32_t m) {
  const Document& doc = ix.doc();
  const ActorMention& a = doc.actors[static_cast<size_t>(m)];
  if (a.code.find("BUS") == std::string::npos) return false;
  auto next = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), a.span.end,
                               [](const Token& t, Offset o) { return t.span.begin < o; });
  if (next == doc.tokens.end()) return false;
  const std::string_view word = doc.Slice(next->span);
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Keeps coded mentions when there are any; dedupes, keeps text order.
std::vector<int32_t> Prefer(const DocIndex& ix, std::vector<int32_t> ms) {
  std::erase_if(ms, [&](int32_t m) { return IsProductName(ix, m); });
  std::sort(ms.begin(), ms.end());
  ms.erase(std::unique(ms.begin(), ms.end()), ms.end());
  bool any_coded = std::any_of(ms.begin(), ms.end(),
                               [&](int32_t m) { return !CodeOf(ix, m).empty(); });
  if (any_coded) {
    std::erase_if(ms, [&](int32_t m) { return CodeOf(ix, m).empty(); });
  }
  return ms;
}

}  // namespace

const Phrase* PhraseAt(const DocIndex& ix, int32_t p) {
  const auto& phrases = ix.doc().phrases;
  if (p < 0 || static_cast<size_t>(p) >= phrases.size()) return nullptr;
  return &phrases[static_cast<size_t>(p)];
}

// The noun phrase starting exactly at token `t`, or -1.
int32_t NpStartingAt(const DocIndex& ix, uint32_t t) {
  int32_t p = ix.PhraseOf(t);
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr || ph->kind != PhraseKind::kNounPhrase || ph->begin != t) return -1;
  return p;
}

std::string_view CodeOf(const DocIndex& ix, int32_t m) {
  // Bounded: antecedents point backwards.
  for (size_t steps = 0; m >= 0 && steps <= ix.doc().actors.size(); ++steps) {
    const ActorMention& am = ix.doc().actors[static_cast<size_t>(m)];
    if (am.code.empty()) {
      const std::string_view own = ix.OurPeopleCode(m);  // "our compatriots"
      if (!own.empty()) return own;
    }
    if (!am.code.empty() || am.antecedent < 0) return am.code;
    m = am.antecedent;
  }
  return {};
}




// Returns true iff NP `p` lies inside a time expression ("last month").
bool IsTimePhrase(const DocIndex& ix, int32_t p) {
  const Span s = ix.PhraseSpan(p);
  for (const TimeExpression& t : ix.doc().times) {
    if (t.span.begin <= s.begin && s.end <= t.span.end) return true;
  }
  return false;
}

// The token whose span is exactly `span`, or -1.
int32_t TokenAtSpan(const DocIndex& ix, Span span) {
  const auto& tokens = ix.doc().tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), span.begin,
                             [](const Token& t, Offset o) { return t.span.begin < o; });
  if (it == tokens.end() || it->span.begin != span.begin || it->span.end != span.end) return -1;
  return static_cast<int32_t>(it - tokens.begin());
}

bool HasCode(const DocIndex& ix, std::span<const int32_t> ms) {
  return std::any_of(ms.begin(), ms.end(), [&](int32_t m) { return !CodeOf(ix, m).empty(); });
}

// The noun phrase X in "X of <p>" ("Moscow's lack" in "Moscow's lack of an
// apology"), or -1.
int32_t GoverningNoun(const DocIndex& ix, int32_t p) {
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr || ph->begin < 2 || !ix.WordIs(ph->begin - 1, "of")) return -1;
  int32_t q = ix.PhraseOf(ph->begin - 2);
  const Phrase* qh = PhraseAt(ix, q);
  if (qh == nullptr || qh->kind != PhraseKind::kNounPhrase || qh->end != ph->begin - 1) return -1;
  return q;
}

// Coded mentions beginning at token `t` (when the chunker missed the NP:
// "apologised to Aliyev" with "Aliyev" tagged as a verb).
std::vector<int32_t> CodedMentionsAt(const DocIndex& ix, uint32_t t) {
  std::vector<int32_t> out;
  if (t >= ix.doc().tokens.size()) return out;
  const Offset b = ix.doc().tokens[t].span.begin;
  const auto& actors = ix.doc().actors;  // in text order
  auto it = std::lower_bound(actors.begin(), actors.end(), b,
                             [](const ActorMention& m, Offset o) { return m.span.begin < o; });
  for (; it != actors.end() && it->span.begin == b; ++it) {
    int32_t m = static_cast<int32_t>(it - actors.begin());
    if (!CodeOf(ix, m).empty()) out.push_back(m);
  }
  return out;
}

// An NP's actors, with its coordinated NPs ("Russia, Belarus and Iran").
std::vector<int32_t> RoleMentions(const DocIndex& ix, int32_t p) {
  std::vector<int32_t> out = NpMentions(ix, p);
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr) return out;
  std::vector<int32_t> chained;
  bool joined = false;
  uint32_t t = ph->end;
  const uint32_t n = static_cast<uint32_t>(ix.doc().tokens.size());
  while (t < n) {
    uint32_t u = t;
    bool conjunction = false;
    while (u < n && (ix.WordIs(u, ",") || ix.WordIs(u, "and") || ix.WordIs(u, "or"))) {
      if (!ix.WordIs(u, ",")) conjunction = true;
      ++u;
    }
    if (u == t) break;
    // "A, B and C": commas come before the last "and"; an NP after a comma
    // once "and" has been passed is an aside ("..., APA reports").
    if (joined && !conjunction) break;
    joined = joined || conjunction;
    int32_t q = NpStartingAt(ix, u);
    if (q < 0 || ix.IsSubject(q)) break;
    auto more = NpMentions(ix, q);
    chained.insert(chained.end(), more.begin(), more.end());
    t = PhraseAt(ix, q)->end;
  }
  if (joined) out.insert(out.end(), chained.begin(), chained.end());
  return Prefer(ix, std::move(out));
}

std::vector<int32_t> ListPossessor(const DocIndex& ix, int32_t p) {
  for (int member = 0; member < kMaxListMembers; ++member) {
    const Phrase* ph = PhraseAt(ix, p);
    if (ph == nullptr || ph->begin == 0) return {};
    uint32_t b = ph->begin;
    const bool joined = ix.WordIs(b - 1, "and") || ix.WordIs(b - 1, "or");
    if (joined) --b;
    if (b > 0 && ix.WordIs(b - 1, ",")) {
      --b;
    } else if (!joined) {
      return {};
    }
    if (b == 0) return {};
    const int32_t prev = ix.PhraseOf(b - 1);
    const Phrase* before = PhraseAt(ix, prev);
    if (before == nullptr || before->kind != PhraseKind::kNounPhrase || before->end != b) return {};
    if (before->possessor >= 0) {
      const std::span<const int32_t> possessor = ix.MentionsOf(before->possessor);
      std::vector<int32_t> ms(possessor.begin(), possessor.end());
      std::erase_if(ms, [&](int32_t m) { return CodeOf(ix, m).empty(); });
      return ms;
    }
    p = prev;
  }
  return {};
}

}  // namespace riposte::events::internal
