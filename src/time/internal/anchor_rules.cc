// Look-ups and attachment rules for event-date anchoring (anchor_rules.h).
//
// Attachment decides which verb a time expression dates, from the tags and
// phrases of text::Analyze alone (no parser):
//   - the dateline ("BAKU, Dec 26 —") and a byline's date ("25.07\n2025",
//     "date 2025-07-01") are the report's date: they date no act;
//   - a date after a reduced relative's participle ("murders committed in
//     the region in 2001") dates that participle, not the clause's verb
//     ("have detained six members ... suspected of murders committed in
//     2001": the detention is not of 2001), and it carries no narrative;
//   - "Monday's search", "the 2020 war": a date naming an entity dates
//     what its own clause tells but carries no narrative;
//   - a date right after a speech verb ("sources said on Thursday") dates
//     the saying; anchor.cc lets the date of a relative clause on the
//     event's subject ("the jet that crashed on Wednesday was brought
//     down") win over it.
// Tested by anchor_test.cc and anchor_attach_test.cc.
#include "time/internal/anchor_rules.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "text/text.h"

namespace riposte::temporal::internal {
namespace {

constexpr Offset kDatelineTop = 300;  // bytes from the top where a dateline stands
constexpr int kMaxModifierGap = 16;   // tokens between a participle and its date

// The phrase holding token `token` (the last one beginning at or before
// it, when it ends after it), or nullptr.
const Phrase* PhraseAt(const Document& doc, uint32_t token) {
  const auto it = doc.phrases.begin() + static_cast<std::ptrdiff_t>(FirstNotBefore(
                      doc.phrases.size(), [&](size_t i) { return doc.phrases[i].begin <= token; }));
  if (it == doc.phrases.begin()) return nullptr;
  const Phrase& p = *std::prev(it);
  return token < p.end ? &p : nullptr;
}

// The verb group ending last at or before token `token` (within the
// sentence of `sentence_begin`), as a phrase index, or -1.
int32_t VerbGroupBefore(const Document& doc, uint32_t token, uint32_t sentence_begin) {
  auto it = doc.phrases.begin() + static_cast<std::ptrdiff_t>(FirstNotBefore(
                doc.phrases.size(), [&](size_t i) { return doc.phrases[i].begin <= token; }));
  while (it != doc.phrases.begin()) {
    --it;
    if (it->end <= sentence_begin) return -1;
    if (it->kind == PhraseKind::kVerbGroup && it->end <= token) {
      return static_cast<int32_t>(it - doc.phrases.begin());
    }
  }
  return -1;
}

bool IsSpeechLemma(std::string_view lemma) {
  static constexpr std::string_view kSpeech[] = {
      "say", "tell", "report", "announce", "add", "state", "confirm", "claim", "write", "note"};
  return std::find(std::begin(kSpeech), std::end(kSpeech), lemma) != std::end(kSpeech);
}

}  // namespace

int32_t TokenAt(const Document& doc, Offset at) {
  const size_t i = FirstNotBefore(doc.tokens.size(), [&](size_t k) { return doc.tokens[k].span.end <= at; });
  return i == doc.tokens.size() ? -1 : static_cast<int32_t>(i);
}

int32_t TokenBefore(const Document& doc, Offset at) {
  return static_cast<int32_t>(
             FirstNotBefore(doc.tokens.size(), [&](size_t k) { return doc.tokens[k].span.begin < at; })) -
         1;
}

int32_t SentenceAt(const Document& doc, Offset at) {
  return static_cast<int32_t>(
             FirstNotBefore(doc.sentences.size(), [&](size_t k) { return doc.sentences[k].span.begin <= at; })) -
         1;
}

// Clauses are in order of their first token and nest inside top-level ones,
// so the search walks back from the last clause starting at or before the
// token and stops after the first top-level clause.
int32_t ClauseOf(const Document& doc, int32_t token) {
  if (token < 0) return -1;
  const uint32_t at = static_cast<uint32_t>(token);
  const auto it = doc.clauses.begin() + static_cast<std::ptrdiff_t>(FirstNotBefore(
                      doc.clauses.size(), [&](size_t i) { return doc.clauses[i].begin <= at; }));
  int32_t best = -1;
  uint32_t best_size = std::numeric_limits<uint32_t>::max();
  for (auto clause_it = it; clause_it != doc.clauses.begin();) {
    --clause_it;
    const Clause& c = *clause_it;
    if (at < c.end && c.end - c.begin < best_size) {
      best = static_cast<int32_t>(clause_it - doc.clauses.begin());
      best_size = c.end - c.begin;
    }
    if (c.parent < 0) break;
  }
  return best;
}

int32_t VerbOfClause(const Document& doc, int32_t clause) {
  for (int guard = 0; clause >= 0 && guard < static_cast<int>(doc.clauses.size()); ++guard) {
    if (doc.clauses[clause].verb >= 0) return doc.clauses[clause].verb;
    clause = doc.clauses[clause].parent;
  }
  return -1;
}

Tense TenseOfToken(const Document& doc, int32_t token) {
  const int32_t verb = VerbOfClause(doc, ClauseOf(doc, token));
  return verb >= 0 ? doc.phrases[verb].tense : Tense::kNone;
}

bool Encloses(const Document& doc, int32_t outer, int32_t inner) {
  for (int guard = 0; inner >= 0 && guard < static_cast<int>(doc.clauses.size()); ++guard) {
    if (inner == outer) return true;
    inner = doc.clauses[inner].parent;
  }
  return false;
}

bool ReportedUnder(const Document& doc, int32_t inner, int32_t outer) {
  if (outer < 0) return false;
  for (int guard = 0; inner >= 0 && guard < static_cast<int>(doc.clauses.size()); ++guard) {
    const Clause& c = doc.clauses[inner];
    if (c.parent == outer) return c.kind == ClauseKind::kReported;
    inner = c.parent;
  }
  return false;
}

bool VerbGroupBetween(const Document& doc, int32_t from, int32_t to, int32_t own) {
  if (from >= to) return false;
  const size_t first = FirstNotBefore(
      doc.phrases.size(), [&](size_t i) { return doc.phrases[i].begin < static_cast<uint32_t>(from); });
  for (size_t phrase_idx = first; phrase_idx < doc.phrases.size(); ++phrase_idx) {
    const Phrase& p = doc.phrases[phrase_idx];
    if (p.begin >= static_cast<uint32_t>(to)) break;  // phrases are in token order
    if (p.kind == PhraseKind::kVerbGroup && static_cast<int32_t>(phrase_idx) != own &&
        p.begin >= static_cast<uint32_t>(from) && p.end <= static_cast<uint32_t>(to)) {
      return true;
    }
  }
  return false;
}

// Returns true iff the sentence holding byte `at` has no verb (a date
// line, a byline, a headline fragment: "date 2025-07-01").
bool VerblessSentence(const Document& doc, Offset at) {
  const int32_t sentence = SentenceAt(doc, at);
  if (sentence < 0) return false;
  const Span s = doc.sentences[sentence].span;
  const int32_t first = TokenAt(doc, s.begin);
  if (first < 0) return false;
  // Any verb tag counts: the tagger's participle for a finite past ("The
  // court ruled/VBN on Friday") must not make a sentence a date line.
  for (size_t k = static_cast<size_t>(first); k < doc.tokens.size() && doc.tokens[k].span.begin < s.end; ++k) {
    if (text::IsVerb(doc.tokens[k].tag) || doc.tokens[k].tag == text::Id(text::Tag::MD)) return false;
  }
  return true;
}

bool IsDateline(const Document& doc, const TimeExpression& t) {
  if (t.span.begin >= kDatelineTop) return false;
  if (VerblessSentence(doc, t.span.begin)) return true;
  const std::string_view text = doc.text;
  const size_t line = t.span.begin == 0 ? std::string_view::npos : text.rfind('\n', t.span.begin - 1);
  const size_t line_begin = line == std::string_view::npos ? 0 : line + 1;
  const std::string_view before = text.substr(line_begin, t.span.begin - line_begin);
  bool place = false;  // a dateline names its place first
  for (char c : before) {
    if (c >= 'A' && c <= 'Z') {
      place = true;
    } else if (!(c == ' ' || c == ',' || c == '.' || c == '/' || c == '-' || c == '\'')) {
      return false;  // lower case: running text ("On Dec 26, ...")
    }
  }
  std::string_view after = text.substr(t.span.end);
  while (!after.empty() && (after.front() == ' ' || after.front() == '.' || after.front() == ',')) {
    after.remove_prefix(1);
  }
  const bool line_end = after.empty() || after.front() == '\n' || after.front() == '\r';
  // A date alone on its line at the top is a byline's date ("25.07\n2025").
  if (!place) return before.find_first_not_of(" \t") == std::string_view::npos && line_end;
  return line_end || after.front() == '(' || after.front() == '-' ||
         after.front() == '/' || after.starts_with("\xE2\x80\x94") || after.starts_with("\xE2\x80\x93");
}

bool NamesAnEntity(const Document& doc, const TimeExpression& t) {
  const int32_t last = TokenBefore(doc, t.span.end);
  if (last < 0 || static_cast<size_t>(last) + 1 >= doc.tokens.size()) return false;
  const Token& next = doc.tokens[static_cast<size_t>(last) + 1];
  if (next.span.begin != t.span.end + 1 && next.span.begin != t.span.end) return false;
  // "Monday's search": the possessive makes the date the search's.
  if (next.tag == text::Id(text::Tag::POS) && next.span.begin == t.span.end) return true;
  const TagId tag = next.tag;
  if (!text::IsNoun(tag) && tag != text::Id(text::Tag::JJ)) return false;
  // Inside one noun phrase with the expression.
  const Phrase* p = PhraseAt(doc, static_cast<uint32_t>(last));
  return p != nullptr && p->kind == PhraseKind::kNounPhrase && static_cast<uint32_t>(last) + 1 < p->end;
}

// Whether ModifierParticiple may find one before token `first`: false when
// the verb group nearest before it, sought without the sentence bound, fails
// the tests that need no clause (the bound can only turn that verb group
// into none, so false stays right). Most expressions stop here, before the
// sentence and its first token are searched for (events date every event
// against the expressions around it). True also when the scan gives up.
bool MayHaveParticiple(const Document& doc, uint32_t first) {
  constexpr int kMaxScan = 64;
  auto it = doc.phrases.begin() + static_cast<std::ptrdiff_t>(FirstNotBefore(
                doc.phrases.size(), [&](size_t i) { return doc.phrases[i].begin <= first; }));
  for (int steps = 0; it != doc.phrases.begin(); ++steps) {
    if (steps == kMaxScan) return true;
    --it;
    if (it->kind != PhraseKind::kVerbGroup || it->end > first) continue;
    const Phrase& p = *it;
    if (p.tense != Tense::kNone || p.infinitive || p.modal >= 0 || p.end != static_cast<uint32_t>(p.head + 1) ||
        p.begin != static_cast<uint32_t>(p.head) || p.begin == 0) {
      return false;
    }
    return doc.tokens[p.head].tag == text::Id(text::Tag::VBN) && text::IsNoun(doc.tokens[p.begin - 1].tag) &&
           static_cast<int32_t>(first) - static_cast<int32_t>(p.end) <= kMaxModifierGap;
  }
  return false;  // no verb group before it at all
}

int32_t ModifierParticiple(const Document& doc, const TimeExpression& t) {
  const int32_t first = TokenAt(doc, t.span.begin);
  if (first <= 0) return -1;
  if (!MayHaveParticiple(doc, static_cast<uint32_t>(first))) return -1;
  const int32_t sentence = SentenceAt(doc, t.span.begin);
  if (sentence < 0) return -1;
  const int32_t sentence_begin = TokenAt(doc, doc.sentences[sentence].span.begin);
  const int32_t vg = VerbGroupBefore(doc, static_cast<uint32_t>(first), static_cast<uint32_t>(sentence_begin));
  if (vg < 0) return -1;
  const Phrase& p = doc.phrases[vg];
  if (p.tense != Tense::kNone || p.infinitive || p.modal >= 0 || p.end != static_cast<uint32_t>(p.head + 1) ||
      p.begin != static_cast<uint32_t>(p.head) || p.begin == 0) {
    return -1;  // an auxiliary, a modal or "to": a verb of its own clause
  }
  // A past participle tells an earlier, finished act ("murders committed in
  // 2001"); a present participle tells one going on with the clause's own
  // ("people protesting outside the embassy on Friday" were detained then),
  // so its date is left to the clause.
  if (doc.tokens[p.head].tag != text::Id(text::Tag::VBN)) return -1;
  if (!text::IsNoun(doc.tokens[p.begin - 1].tag)) return -1;  // "murders committed", not ", committed"
  const int32_t clause = ClauseOf(doc, p.head);
  if (clause >= 0 && doc.clauses[clause].verb == vg) return -1;  // the clause's own verb: "The court ruled"
  if (first - static_cast<int32_t>(p.end) > kMaxModifierGap) return -1;
  for (int32_t k = static_cast<int32_t>(p.end); k < first; ++k) {
    const TagId tag = doc.tokens[k].tag;
    const bool phrase_word = tag == text::Id(text::Tag::IN) || tag == text::Id(text::Tag::DT) ||
                             text::IsNoun(tag) || text::IsAdjective(tag) || tag == text::Id(text::Tag::CD) ||
                             tag == text::Id(text::Tag::kComma) || tag == text::Id(text::Tag::CC) ||
                             tag == text::Id(text::Tag::POS) || tag == text::Id(text::Tag::PRPS);
    if (!phrase_word) return -1;
  }
  return vg;
}

bool IsSpeechVerb(const Document& doc, int32_t vg) {
  if (vg < 0 || static_cast<size_t>(vg) >= doc.phrases.size()) return false;
  const Phrase& p = doc.phrases[vg];
  return p.kind == PhraseKind::kVerbGroup && p.head >= 0 && IsSpeechLemma(doc.tokens[p.head].lemma);
}

int32_t SpeechVerbBefore(const Document& doc, const TimeExpression& t) {
  const int32_t first = TokenAt(doc, t.span.begin);
  if (first <= 0) return -1;
  int32_t k = first - 1;
  if (doc.tokens[k].tag == text::Id(text::Tag::IN)) --k;  // "said on Thursday"
  if (k < 0) return -1;
  const Phrase* p = PhraseAt(doc, static_cast<uint32_t>(k));
  if (p == nullptr || p->kind != PhraseKind::kVerbGroup || p->end != static_cast<uint32_t>(k) + 1 || p->head < 0) {
    return -1;
  }
  const int32_t vg = static_cast<int32_t>(p - doc.phrases.data());
  return IsSpeechVerb(doc, vg) ? vg : -1;
}

}  // namespace riposte::temporal::internal
