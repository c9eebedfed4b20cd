// Quantities: counts and amounts an event's clause states.
//
// A number is a CD token in digits ("38", "1,200", "3.5") or words ("seven",
// "thirty-eight", "a dozen" is not one), optionally scaled by a following
// "hundred"/"thousand"/"million"/"billion" ("$800 million" = 8e8). It belongs
// to the event when it lies in the trigger's clause (or in an infinitive
// complement the trigger governs) and no other verb group stands between it
// and the trigger ("killing 38 people and injuring 29": 38 to killing, 29 to
// injuring). Numbers inside time expressions, years, identifiers ("flight
// 8243", "No. 7"), percentages and ages are skipped.
//
// Qualifier: the words before it — almost/nearly/about/around/some/
// approximately/roughly/an estimated -> about; at least/no fewer than -> at_least;
// at most/up to/no more than -> at_most; more than/over/above -> more_than;
// fewer than/less than/under/below -> fewer_than; else exact.
// Attribute: amount when a currency sign or word is next to it; else the
// closest cue word around it (kill/dead -> killed, injure/wound -> injured,
// detain/arrest -> detained, board/passenger/crew -> on_board, survivor ->
// survivors); else, for people counted by an arrest pattern (CAMEO 173),
// detained; else other.
// The quoted span runs from the qualifier to the end of the number's noun
// phrase ("almost 50 Azerbaijanis").
// With no number, people an arrest names one by one are counted
// ("arresting the agency's director and deputy director": 2 detained).
//
// The numbers themselves are read by ParseNumber (numbers.cc).
//
// Tested by coder_quantities_test.cc and coder_accuracy_test.cc.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

constexpr uint32_t kCueWindowBefore = 3;  // tokens before the number
constexpr uint32_t kCueWindowAfter = 5;   // tokens after its noun phrase
constexpr double kYearMin = 1900, kYearMax = 2100;
constexpr size_t kYearDigits = 4;
constexpr int kMaxNamedOneByOne = 6;  // people counted one by one in an object

struct Cue {
  std::string_view lemma;
  std::string_view attribute;
};
constexpr std::array<Cue, 27> kCues = {{
    {"kill", "killed"},       {"killed", "killed"},     {"dead", "killed"},
    {"death", "killed"},      {"die", "killed"},        {"fatality", "killed"},
    {"injure", "injured"},    {"injured", "injured"},   {"wound", "injured"},
    {"wounded", "injured"},   {"hurt", "injured"},      {"injury", "injured"},
    {"detain", "detained"},   {"detained", "detained"}, {"arrest", "detained"},
    {"detainee", "detained"}, {"jail", "detained"},     {"imprison", "detained"},
    {"custody", "detained"},  {"board", "on_board"},    {"aboard", "on_board"},
    {"passenger", "on_board"}, {"crew", "on_board"},    {"survivor", "survivors"},
    {"survive", "survivors"}, {"hostage", "detained"},  {"apprehend", "detained"},
}};
constexpr std::array<std::string_view, 12> kCurrencyWords = {
    "dollar", "euro", "ruble", "rouble", "manat", "pound", "lira",
    "rial",   "yuan", "usd",   "eur",    "azn"};
constexpr std::array<std::string_view, 5> kIdentifierNouns = {"flight", "no.", "no", "number",
                                                              "#"};
constexpr std::array<std::string_view, 3> kPercentWords = {"%", "percent", "per"};

struct QualifierWords {
  std::string_view first, second;  // second may be empty
  std::string_view qualifier;
};
constexpr std::array<QualifierWords, 27> kQualifiers = {{
    {"at", "least", "at_least"},     {"no", "fewer", "at_least"},
    {"no", "less", "at_least"},      {"a", "minimum", "at_least"},
    {"at", "most", "at_most"},       {"up", "to", "at_most"},
    {"no", "more", "at_most"},       {"a", "maximum", "at_most"},
    {"more", "than", "more_than"},   {"over", "", "more_than"},
    {"above", "", "more_than"},      {"upwards", "of", "more_than"},
    {"in", "excess", "more_than"},   {"fewer", "than", "fewer_than"},
    {"less", "than", "fewer_than"},  {"under", "", "fewer_than"},
    {"below", "", "fewer_than"},     {"almost", "", "about"},
    {"nearly", "", "about"},         {"about", "", "about"},
    {"around", "", "about"},         {"approximately", "", "about"},
    {"roughly", "", "about"},        {"some", "", "about"},
    {"estimated", "", "about"},      {"close", "to", "about"},
    {"approx.", "", "about"},
}};

bool IsIn(std::string_view w, const auto& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool InTimeExpression(const Document& doc, Span s) {
  for (const TimeExpression& t : doc.times) {
    if (t.span.begin <= s.begin && s.end <= t.span.end) return true;
    if (t.span.begin >= s.end) break;
  }
  return false;
}

// ParseNumber's first test (numbers.cc), inline and without a library call:
// FindQuantities asks it of every word of the clause of every act, and few
// are numbers.
// Past the CD tag and a leading digit, a number is a hyphenated word number,
// which begins with its tens (NumberWordValue: twenty ... ninety), so only
// words beginning with t, f, s, e or n are searched for a hyphen.
bool MayStartNumber(const Document& doc, uint32_t t) {
  if (t >= doc.tokens.size()) return false;
  const std::string_view raw = doc.Slice(doc.tokens[t].span);
  if (raw.empty()) return false;
  if (doc.tokens[t].tag == text::Id(text::Tag::CD) || (raw[0] >= '0' && raw[0] <= '9')) return true;
  const char first = static_cast<char>(raw[0] | 0x20);  // ASCII lower case
  if (first != 't' && first != 'f' && first != 's' && first != 'e' && first != 'n') return false;
  for (char c : raw) {
    if (c == '-') return true;
  }
  return false;
}

bool IsVerbGroupToken(const DocIndex& ix, uint32_t t) {
  int32_t p = ix.PhraseOf(t);
  return p >= 0 && ix.doc().phrases[static_cast<size_t>(p)].kind == PhraseKind::kVerbGroup;
}

// Returns true iff a verb group other than `own` (and, for threats and
// demands, the infinitive complement) lies strictly between tokens a < b.
bool VerbBetween(const DocIndex& ix, uint32_t a, uint32_t b, int32_t own, bool allow_infinitive) {
  for (uint32_t t = a + 1; t < b; ++t) {
    int32_t p = ix.PhraseOf(t);
    if (p < 0 || p == own) continue;
    const Phrase& ph = ix.doc().phrases[static_cast<size_t>(p)];
    if (ph.kind != PhraseKind::kVerbGroup) continue;
    if (allow_infinitive && ph.infinitive) continue;
    return true;
  }
  return false;
}

// The verb group a number at tokens [first, end) belongs to: the nearest
// before it inside `clause`, else the nearest after it; -1 when none.
// Infinitives are transparent for threats and demands ("threatened to
// expel 20 diplomats" counts for "threatened").
int32_t OwnVerb(const DocIndex& ix, uint32_t first, uint32_t end, const Clause& clause,
                bool transparent_infinitive) {
  auto verb_at = [&](uint32_t t) -> int32_t {
    int32_t p = ix.PhraseOf(t);
    if (p < 0) return -1;
    const Phrase& ph = ix.doc().phrases[static_cast<size_t>(p)];
    if (ph.kind != PhraseKind::kVerbGroup) return -1;
    if (transparent_infinitive && ph.infinitive) return -1;
    return p;
  };
  for (uint32_t t = first; t > clause.begin; --t) {
    int32_t p = verb_at(t - 1);
    if (p >= 0) return p;
  }
  for (uint32_t t = end; t < clause.end; ++t) {
    int32_t p = verb_at(t);
    if (p >= 0) return p;
  }
  return -1;
}

std::string Attribute(const DocIndex& ix, uint32_t first, uint32_t last, uint32_t np_end,
                      const Trigger& trig, int32_t sentence) {
  const Document& doc = ix.doc();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (first > 0 && doc.tokens[first - 1].tag == text::Id(text::Tag::kDollar)) return "amount";
  for (uint32_t t = last; t < np_end && t < n; ++t) {
    if (IsIn(ix.Lemma(t), kCurrencyWords)) return "amount";
  }
  if (last < n && IsIn(ix.Lemma(last), kCurrencyWords)) return "amount";
  // Closest cue word wins; after the number first on ties.
  std::string best;
  uint32_t best_dist = UINT32_MAX;
  auto consider = [&](uint32_t t, uint32_t dist) {
    if (ix.SentenceOf(t) != sentence || dist >= best_dist) return;
    // The lemma (else the word) and the word, compared with each cue in
    // ASCII lower case; most differ in length.
    const Token& tok = doc.tokens[t];
    const std::string_view word = doc.Slice(tok.span);
    const std::string_view lemma = tok.lemma.empty() ? word : std::string_view(tok.lemma);
    auto is = [](std::string_view s, std::string_view lower) {
      if (s.size() != lower.size()) return false;
      for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
        if (c != lower[i]) return false;
      }
      return true;
    };
    for (const Cue& c : kCues) {
      if (is(lemma, c.lemma) || is(word, c.lemma)) {
        best = c.attribute;
        best_dist = dist;
        return;
      }
    }
  };
  const uint32_t after_end = std::min(n, np_end + kCueWindowAfter);
  for (uint32_t t = last; t < after_end; ++t) {
    if (ix.doc().tokens[t].tag == text::Id(text::Tag::CD) && t >= np_end) break;
    consider(t, t - last + 1);
  }
  for (uint32_t d = 1; d <= kCueWindowBefore && d <= first; ++d) {
    uint32_t t = first - d;
    if (ix.doc().tokens[t].tag == text::Id(text::Tag::CD)) break;
    consider(t, d);
  }
  // A noun trigger names what it counts ("the deaths ... of two nationals").
  if (trig.nominal && trig.token < first && first - trig.token < best_dist) {
    best_dist = UINT32_MAX;
    consider(trig.token, first - trig.token);
  }
  if (!best.empty()) return best;
  bool counts_people = np_end > last && text::IsNoun(doc.tokens[np_end - 1].tag);
  if (counts_people && trig.cameo.starts_with("173")) return "detained";
  return "other";
}

// "arresting the agency's director and deputy director", "detained Igor
// Kartavykh and Yevgeny Belousov": people named one by one (singular heads
// joined by commas and a final "and") as the object of an active arrest
// (CAMEO 173) are counted: 2 detained. None when any conjunct is plural or
// there is no final "and" (an apposition: "the director, Igor Kartavykh").
std::optional<Quantity> CountedOneByOne(const DocIndex& ix, const Trigger& trig) {
  const Document& doc = ix.doc();
  const size_t n = doc.tokens.size();
  const Phrase* vg = trig.nominal ? nullptr : PhraseAt(ix, trig.verb);
  if (!trig.cameo.starts_with("173") || vg == nullptr || vg->voice == Voice::kPassive) return std::nullopt;
  int32_t p = NpStartingAt(ix, vg->end);
  const Phrase* ph = PhraseAt(ix, p);
  if (ph == nullptr) return std::nullopt;
  // "the agency's director": the possessed NP is the one counted.
  const int32_t possessed = NpStartingAt(ix, ph->end);
  if (possessed >= 0 && PhraseAt(ix, possessed)->possessor == p) ph = PhraseAt(ix, possessed);
  const uint32_t begin = ph->begin;
  int count = 0;
  bool final_and = false;
  for (int member = 0; member < kMaxNamedOneByOne && ph != nullptr; ++member) {
    if (ph->head < 0 || ph->coordinated) return std::nullopt;
    const TagId head = doc.tokens[static_cast<size_t>(ph->head)].tag;
    if (head != text::Id(text::Tag::NN) && head != text::Id(text::Tag::NNP)) return std::nullopt;
    ++count;
    if (final_and) {
      Quantity q;
      q.value = count;
      q.qualifier = "exact";
      q.attribute = "detained";
      q.span = ix.TokenSpan(begin, ph->end);
      return q;
    }
    uint32_t t = ph->end;
    if (t < n && ix.WordIs(t, ",")) ++t;
    if (t < n && ix.WordIs(t, "and")) {
      final_and = true;
      ++t;
    } else if (t == ph->end) {
      return std::nullopt;
    }
    ph = PhraseAt(ix, NpStartingAt(ix, t));
  }
  return std::nullopt;
}

}  // namespace

std::vector<Quantity> FindQuantities(const DocIndex& ix, const Trigger& trig) {
  std::vector<Quantity> out;
  const Document& doc = ix.doc();
  const int32_t c = ix.ClauseOfTrigger(trig);
  if (c < 0) return out;
  const Clause& clause = doc.clauses[static_cast<size_t>(c)];
  const int32_t sentence = ix.SentenceOf(trig.token);
  const bool intent = IsSpeechActOfIntent(trig.cameo);
  // The trigger's extent: its verb group, else its own token.
  uint32_t lo = trig.token, hi = trig.token + 1;
  if (trig.verb >= 0 && static_cast<size_t>(trig.verb) < doc.phrases.size()) {
    lo = doc.phrases[static_cast<size_t>(trig.verb)].begin;
    hi = doc.phrases[static_cast<size_t>(trig.verb)].end;
  }
  for (uint32_t t = clause.begin; t < clause.end && t < doc.tokens.size(); ++t) {
    if (t >= lo && t < hi) continue;
    if (!MayStartNumber(doc, t)) continue;  // ParseNumber would say so, after the clause tests
    int32_t tc = ix.ClauseOf(t);
    if (tc != c) {  // nested clauses: only an infinitive complement of ours
      if (!ix.Within(tc, c)) continue;
      const Clause& inner = doc.clauses[static_cast<size_t>(tc)];
      bool complement = inner.verb >= 0 &&
                        doc.phrases[static_cast<size_t>(inner.verb)].infinitive &&
                        inner.kind == ClauseKind::kReported;
      if (!complement) continue;
    }
    uint32_t end = t;
    std::optional<double> v = ParseNumber(ix, t, &end);
    if (!v) continue;
    const uint32_t first = t;
    t = end - 1;  // continue after the number
    const Span num_span = ix.TokenSpan(first, end);
    if (InTimeExpression(doc, num_span)) continue;
    std::string raw = ix.Word(first);
    bool four_digits = raw.size() == kYearDigits &&
                       std::all_of(raw.begin(), raw.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (four_digits && *v >= kYearMin && *v <= kYearMax) continue;
    if (first > 0 && ix.WordIn(first - 1, kIdentifierNouns)) continue;
    if (first > 0 && ix.WordIs(first - 1, "aged")) continue;
    if (end < doc.tokens.size() && ix.WordIn(end, kPercentWords)) continue;
    if (end < doc.tokens.size() && ix.Word(end).find("year") != std::string::npos &&
        ix.Word(end).find("-old") != std::string::npos) {
      continue;
    }
    if (raw.find("-year") != std::string::npos) continue;
    // Attached to this trigger: a verb trigger must be the number's own verb
    // (the nearest before it in the clause, else the nearest after); a noun
    // trigger must have no verb between it and the number.
    bool attached = false;
    if (trig.verb >= 0 && !trig.nominal) {
      attached = OwnVerb(ix, first, end, clause, intent) == trig.verb;
    } else {
      attached = end <= lo ? !VerbBetween(ix, end - 1, lo, trig.verb, intent)
                           : !VerbBetween(ix, hi - 1, first, trig.verb, intent);
    }
    if (!attached || IsVerbGroupToken(ix, first)) continue;
    // Qualifier: two words before, then one.
    std::string qualifier = "exact";
    uint32_t q_begin = first;
    if (first > 0 && doc.tokens[first - 1].tag == text::Id(text::Tag::kDollar)) --q_begin;
    for (const QualifierWords& qw : kQualifiers) {
      if (!qw.second.empty()) {
        if (q_begin >= 2 && ix.WordIs(q_begin - 2, qw.first) && ix.WordIs(q_begin - 1, qw.second)) {
          qualifier = qw.qualifier;
          q_begin -= 2;
          break;
        }
      } else if (q_begin >= 1 && ix.WordIs(q_begin - 1, qw.first)) {
        qualifier = qw.qualifier;
        q_begin -= 1;
        if (q_begin >= 1 && ix.WordIs(q_begin - 1, "an") && qw.first == "estimated") --q_begin;
        break;
      }
    }
    // The noun phrase the number sits in ends the quote.
    uint32_t np_end = end;
    int32_t p = ix.PhraseOf(first);
    if (p >= 0 && doc.phrases[static_cast<size_t>(p)].kind == PhraseKind::kNounPhrase) {
      np_end = std::max(np_end, doc.phrases[static_cast<size_t>(p)].end);
    }
    Quantity q;
    q.value = *v;
    q.qualifier = qualifier;
    q.attribute = Attribute(ix, first, end, np_end, trig, sentence);
    q.span = ix.TokenSpan(q_begin, np_end);
    out.push_back(std::move(q));
    t = np_end > 0 ? std::max(t, np_end - 1) : t;
  }
  if (out.empty()) {
    if (std::optional<Quantity> q = CountedOneByOne(ix, trig)) out.push_back(std::move(*q));
  }
  return out;
}

}  // namespace riposte::events::internal
