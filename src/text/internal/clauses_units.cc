// Clause finder, part 1 (algorithm in clauses.cc): the sentence's units
// (phrases plus pseudo units from tags), quotation spans paired with an
// explicit stack, and the final sort and write-out of the clauses.
//
// Tested by clauses_test.cc.
#include <algorithm>
#include <numeric>

#include "text/internal/clauses_scan.h"
#include "text/internal/clauses_words.h"
#include "text/text.h"

namespace riposte::text::internal {
namespace {

enum class Mark : uint8_t { kNone, kOpen, kClose, kToggle };

// Classifies a token as a quotation mark.
Mark QuoteMark(std::string_view text, TagId tag, bool* single, bool* guillemet) {
  *single = false;
  *guillemet = false;
  // Every mark starts with one of these bytes: most tokens end here.
  if (text.empty()) return Mark::kNone;
  const char c0 = text[0];
  if (c0 != '\xE2' && c0 != '\xC2' && c0 != '`' && c0 != '\'' && c0 != '"') return Mark::kNone;
  if (text == "\xE2\x80\x9C" || text == "``") return Mark::kOpen;       // “
  if (text == "\xE2\x80\x9D" || text == "''") return Mark::kClose;      // ”
  if (text == "\xC2\xAB") { *guillemet = true; return Mark::kOpen; }    // «
  if (text == "\xC2\xBB") { *guillemet = true; return Mark::kClose; }   // »
  if (text == "\xE2\x80\x98") { *single = true; return Mark::kOpen; }   // ‘
  if (text == "\xE2\x80\x99") { *single = true; return Mark::kClose; }  // ’
  if (text == "\"") {
    if (tag == Id(Tag::kOpenQuote)) return Mark::kOpen;
    if (tag == Id(Tag::kCloseQuote)) return Mark::kClose;
    return Mark::kToggle;
  }
  if (text == "'") {
    *single = true;
    if (tag == Id(Tag::kOpenQuote)) return Mark::kOpen;
    if (tag == Id(Tag::kCloseQuote)) return Mark::kClose;
  }
  return Mark::kNone;
}

bool IsFiniteTag(TagId t) {
  return t == Id(Tag::MD) || t == Id(Tag::VBD) || t == Id(Tag::VBZ) || t == Id(Tag::VBP);
}

}  // namespace

void ClauseScanner::Run() {
  BuildWords();
  BuildUnits();
  FindQuotes();
  PlanSentence();
  // Containers are processed from an explicit work list; quotations found
  // while scanning push their interiors.
  while (!work_.empty()) {
    const Work w = work_.back();
    work_.pop_back();
    Scan(w);
  }
  Emit();
}

void ClauseScanner::BuildUnits() {
  // The chunker writes phrases in token order: sort only when they are not
  // (strictly increasing begins, so skipping the sort changes nothing).
  bool sorted = true;
  for (size_t p = first_phrase_; p < doc_.phrases.size(); ++p) {
    const Phrase& ph = doc_.phrases[p];
    if (ph.sentence != static_cast<int32_t>(s_.sentence)) continue;
    if (ph.begin < s_.first || ph.end > s_.last || ph.begin >= ph.end) continue;
    Unit u;
    u.kind = ph.kind == PhraseKind::kNounPhrase ? UnitKind::kNp : UnitKind::kVg;
    u.begin = ph.begin;
    u.end = ph.end;
    u.phrase = static_cast<int32_t>(p);
    u.head = ph.head;
    if (u.kind == UnitKind::kVg) {
      u.passive = ph.voice == Voice::kPassive;
      u.infinitive = ph.infinitive;
      for (uint32_t i = ph.begin; i < ph.end; ++i) {
        const TagId t = TagAt(i);
        if (t == Id(Tag::MD) || IsVerb(t)) {
          u.finite = IsFiniteTag(t) && !u.infinitive;
          break;
        }
      }
    }
    if (!units_.empty() && units_.back().begin >= u.begin) sorted = false;
    units_.push_back(u);
  }
  if (!sorted) {
    std::sort(units_.begin(), units_.end(),
              [](const Unit& a, const Unit& b) { return a.begin < b.begin; });
  }
  AddPseudoUnits();
}

// Pseudo units over tokens no phrase covers: a run of DT/PRP$/JJ/CD/noun or
// a lone pronoun is an NP; a run of MD/TO/verbs (adverbs inside) is a VG.
// units_ holds the phrases' units sorted by begin; one that overlaps the
// last one kept is dropped (a faulty chunk; the earlier unit stays). The
// gaps between the kept units are walked in order and the pseudo units
// merged in as they come, so units_ stays sorted by begin (begins are
// distinct) without a sort. Fills unit_of_ on the way.
void ClauseScanner::AddPseudoUnits() {
  auto np_tag = [](TagId t) {
    return IsNoun(t) || IsAdjective(t) || t == Id(Tag::DT) || t == Id(Tag::PRPS) ||
           t == Id(Tag::CD) || t == Id(Tag::PRP) || t == Id(Tag::WPS) || t == Id(Tag::POS);
  };
  auto vg_tag = [](TagId t) { return IsVerb(t) || t == Id(Tag::MD); };
  merged_.clear();
  unit_of_.resize(s_.last - s_.first);
  int32_t* const unit_of = unit_of_.data() - s_.first;  // indexed by token
  // Appends u to merged_ and marks its tokens; returns its end.
  auto add = [&](const Unit& u) {
    const int32_t index = static_cast<int32_t>(merged_.size());
    for (uint32_t t = u.begin; t < u.end; ++t) unit_of[t] = index;
    merged_.push_back(u);
    return u.end;
  };
  size_t next = 0;        // the first phrase unit not yet merged
  uint32_t kept_end = 0;  // end of the last phrase unit kept
  uint32_t i = s_.first;
  while (i < s_.last) {
    if (next < units_.size() && i >= units_[next].begin) {
      kept_end = units_[next].end;
      i = add(units_[next++]);
      while (next < units_.size() && units_[next].begin < kept_end) ++next;  // an overlap
      continue;
    }
    unit_of[i] = kNone;  // until a pseudo unit starting here claims it
    // Tokens [i, gap_end) are covered by no phrase.
    const uint32_t gap_end = next < units_.size() ? units_[next].begin : s_.last;
    const TagId t = TagAt(i);
    Unit u;
    u.begin = i;
    if (t == Id(Tag::PRP) || t == Id(Tag::EX) || t == Id(Tag::WP)) {
      u.kind = UnitKind::kNp;
      u.end = i + 1;
    } else if (np_tag(t)) {
      uint32_t j = i;
      bool has_noun = false;
      while (j < gap_end && np_tag(TagAt(j)) && TagAt(j) != Id(Tag::PRP)) {
        has_noun = has_noun || IsNoun(TagAt(j)) || TagAt(j) == Id(Tag::CD);
        ++j;
      }
      if (!has_noun) {
        for (uint32_t t = i + 1; t < j; ++t) unit_of[t] = kNone;
        i = std::max(j, i + 1);
        continue;
      }
      u.kind = UnitKind::kNp;
      u.end = j;
      u.head = static_cast<int32_t>(j - 1);
    } else if (vg_tag(t) || (t == Id(Tag::TO) && i + 1 < s_.last && TagAt(i + 1) == Id(Tag::VB))) {
      uint32_t j = i;
      bool last_is_be = false;  // the previous verb is a form of "be"
      while (j < gap_end && (vg_tag(TagAt(j)) || TagAt(j) == Id(Tag::TO) || IsAdverb(TagAt(j)))) {
        if (vg_tag(TagAt(j))) {
          if (u.head == kNone) u.finite = IsFiniteTag(TagAt(j));
          u.passive = TagAt(j) == Id(Tag::VBN) && last_is_be;
          last_is_be = WordIs(j, kBeFormWord);
          u.head = static_cast<int32_t>(j);
        }
        ++j;
      }
      while (j > i + 1 && IsAdverb(TagAt(j - 1))) --j;
      u.kind = UnitKind::kVg;
      u.end = j;
      u.infinitive = t == Id(Tag::TO);
      if (u.infinitive) u.finite = false;
    } else {
      ++i;
      continue;
    }
    i = add(u);
  }
  units_.swap(merged_);
}

// Returns true iff the previous sentence ended inside an open quotation; sets
// *speaker_phrase to that quotation's speaker.
bool ClauseScanner::ContinuesQuote(int32_t* speaker_phrase) const {
  *speaker_phrase = kNone;
  if (s_.sentence == 0 || s_.first == 0) return false;
  for (size_t c = doc_.clauses.size(); c-- > 0;) {
    const Clause& cl = doc_.clauses[c];
    if (cl.sentence != static_cast<int32_t>(s_.sentence) - 1) break;
    if (cl.kind != ClauseKind::kQuotation || cl.end != s_.first) continue;
    bool single = false;
    bool guillemet = false;
    const uint32_t last = cl.end - 1;
    const Mark m = QuoteMark(doc_.Slice(doc_.tokens[last].span), doc_.tokens[last].tag,
                             &single, &guillemet);
    if (m == Mark::kClose || m == Mark::kToggle) return false;
    *speaker_phrase = cl.speaker;
    return true;
  }
  return false;
}

void ClauseScanner::FindQuotes() {
  std::vector<int32_t>& open = scratch_a_;  // explicit stack of quote span indexes
  open.clear();
  int32_t inherited = kNone;
  if (ContinuesQuote(&inherited)) {
    QuoteSpan q;
    q.begin = s_.first;
    q.has_open = false;
    q.speaker_phrase = inherited;
    quotes_.push_back(q);
    open.push_back(0);
  }
  // Most sentences have no quotation mark at all.
  const uint32_t marks_end = (sentence_classes_ & kQuoteMarkWord) != 0 ? s_.last : s_.first;
  for (uint32_t i = s_.first; i < marks_end; ++i) {
    if (!WordIs(i, kQuoteMarkWord)) continue;
    bool single = false;
    bool guillemet = false;
    Mark m = QuoteMark(doc_.Slice(tokens_[i].span), TagAt(i), &single, &guillemet);
    if (m == Mark::kNone) continue;
    const Family family =
        single ? Family::kSingle : (guillemet ? Family::kGuillemet : Family::kDouble);
    if (m == Mark::kToggle) {
      const bool closes = !open.empty() && quotes_[open.back()].family == family;
      m = closes ? Mark::kClose : Mark::kOpen;
    }
    if (m == Mark::kOpen) {
      QuoteSpan q;
      q.begin = i;
      q.family = family;
      q.parent = open.empty() ? kNone : open.back();
      quotes_.push_back(q);
      open.push_back(static_cast<int32_t>(quotes_.size() - 1));
      continue;
    }
    // A closing mark: close the nearest open span of its family; spans
    // opened inside it and never closed end here too.
    size_t depth = open.size();
    while (depth > 0 && quotes_[open[depth - 1]].family != family) --depth;
    if (depth > 0) {
      while (open.size() > depth) {
        quotes_[open.back()].end = i;
        open.pop_back();
      }
      QuoteSpan& q = quotes_[open.back()];
      q.end = i + 1;
      q.has_close = true;
      open.pop_back();
      continue;
    }
    if (family == Family::kSingle || !open.empty()) continue;  // an apostrophe
    // An unmatched closing double quote: the sentence began inside a quote.
    QuoteSpan q;
    q.begin = s_.first;
    q.end = i + 1;
    q.has_open = false;
    q.has_close = true;
    q.family = family;
    const int32_t index = static_cast<int32_t>(quotes_.size());
    for (QuoteSpan& inner : quotes_) {
      if (inner.parent == kNone) inner.parent = index;
    }
    quotes_.push_back(q);
  }
  while (!open.empty()) {
    quotes_[open.back()].end = s_.last;
    open.pop_back();
  }
  any_quotes_ = !quotes_.empty();
  if (!any_quotes_) return;  // most sentences: nothing below to do
  // verbs_before[k]: verb tokens in [first, first + k).
  std::vector<int32_t>& verbs_before = scratch_b_;
  verbs_before.assign(s_.last - s_.first + 1, 0);
  for (uint32_t i = s_.first; i < s_.last; ++i) {
    const bool verb = IsVerb(TagAt(i)) || TagAt(i) == Id(Tag::MD);
    verbs_before[i - s_.first + 1] = verbs_before[i - s_.first] + (verb ? 1 : 0);
  }
  for (QuoteSpan& q : quotes_) {
    const uint32_t from = q.begin + (q.has_open ? 1 : 0);
    const uint32_t to = q.end - (q.has_close ? 1 : 0);
    if (from >= to) continue;
    q.clausal = !q.has_open || verbs_before[to - s_.first] > verbs_before[from - s_.first];
  }
  // A quote span is opaque only when its parent chain is clausal; a clausal
  // span inside scare quotes belongs to the scare quotes' parent.
  for (QuoteSpan& q : quotes_) {
    size_t guard = quotes_.size();
    while (q.parent != kNone && !quotes_[q.parent].clausal && guard-- > 0) {
      q.parent = quotes_[q.parent].parent;
    }
  }
  quote_order_.resize(quotes_.size());
  std::iota(quote_order_.begin(), quote_order_.end(), 0);
  std::stable_sort(quote_order_.begin(), quote_order_.end(),
                   [&](int32_t a, int32_t b) { return quotes_[a].begin < quotes_[b].begin; });
}

void ClauseScanner::Emit() {
  // A quotation without an attributed speaker takes the nearest enclosing
  // reported clause's or quotation's.
  for (Local& c : clauses_) {
    if (c.kind != ClauseKind::kQuotation || c.speaker != kNone || c.speaker_phrase != kNone) {
      continue;
    }
    int32_t p = c.parent;
    size_t guard = clauses_.size();
    while (p != kNone && guard-- > 0) {
      const Local& a = clauses_[p];
      if ((a.kind == ClauseKind::kReported || a.kind == ClauseKind::kQuotation) &&
          (a.speaker != kNone || a.speaker_phrase != kNone)) {
        c.speaker = a.speaker;
        c.speaker_phrase = a.speaker_phrase;
        break;
      }
      p = a.parent;
    }
  }
  std::vector<int32_t>& order = scratch_a_;
  order.resize(clauses_.size());
  std::iota(order.begin(), order.end(), 0);
  // A total order (ties go by index), so any sort gives the same result; a
  // sentence has a few clauses, mostly in order already: insertion sort.
  auto before = [&](int32_t a, int32_t b) {
    if (clauses_[a].begin != clauses_[b].begin) return clauses_[a].begin < clauses_[b].begin;
    if (clauses_[a].end != clauses_[b].end) return clauses_[a].end > clauses_[b].end;
    return a < b;
  };
  if (order.size() > 32) {
    std::sort(order.begin(), order.end(), before);
  } else {
    for (size_t k = 1; k < order.size(); ++k) {
      const int32_t x = order[k];
      size_t j = k;
      for (; j > 0 && before(x, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = x;
    }
  }
  std::vector<int32_t>& new_index = scratch_b_;
  new_index.resize(clauses_.size());
  const int32_t base = static_cast<int32_t>(doc_.clauses.size());
  for (size_t k = 0; k < order.size(); ++k) {
    new_index[order[k]] = base + static_cast<int32_t>(k);
  }
  auto phrase_of = [&](int32_t unit) { return unit == kNone ? kNone : units_[unit].phrase; };
  for (const int32_t idx : order) {
    const Local& l = clauses_[idx];
    Clause c;
    c.kind = l.kind;
    c.begin = l.begin;
    c.end = std::max(l.end, l.begin);
    c.sentence = static_cast<int32_t>(s_.sentence);
    c.parent = l.parent == kNone ? kNone : new_index[l.parent];
    c.verb = phrase_of(l.verb);
    c.subject = phrase_of(l.subject);
    c.speaker = l.speaker != kNone ? phrase_of(l.speaker) : l.speaker_phrase;
    c.cue = l.cue;
    doc_.clauses.push_back(c);
  }
}

bool ClauseScanner::IsSpeechUnit(int32_t unit) const {
  const Unit& u = units_[unit];
  if (u.kind != UnitKind::kVg || u.head == kNone) return false;
  const uint32_t h = static_cast<uint32_t>(u.head);
  return WordIs(h, kSpeechVerbWord) || IsSpeechVerb(LemmaAt(h));
}

}  // namespace riposte::text::internal
