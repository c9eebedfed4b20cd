// Incident references (see incident_refs.h).
//
// Crash sites. The crash verb must follow a vehicle noun heading its phrase
// in its sentence: markets and talks "crash" too, and "plane tickets went
// down in Russia" is no crash. The place is looked for
// within kSiteWindow words after the verb, past adjuncts ("crashed under
// unclear circumstances at ..."), but not past another verb or a comma
// ("crashed, killing 67 people in ..." places the deaths, if anything);
// the first preposition whose noun phrase resolves wins ("near Aktau in
// Kazakhstan": Aktau). A place resolves as the events stage's locations do
// where reconcile can see it: the actors stage's bare country codes and the
// gazetteer (actors::DefaultGazetteer). A place named by who holds it ("a
// Russian-controlled airfield") is in that country for the report: the
// demonym is coded as the document codes the same word elsewhere, alone or
// opening a mention ("Russian officials"): reconcile holds no lexicon, and
// a report using a demonym in a compound nearly always uses it elsewhere.
//
// Dated names. "the July 7 airplane crisis" is a noun phrase whose head is
// an incident noun and whose determiner "the" stands right before a time
// expression. Years alone are left out ("the 2020 war" dates a war, not a
// day of it). A report with no date leaves "July 7" unresolved in the time
// stage; readers take the year the text last gave, and so does this: the
// time stage reads the text again against the end of that year.
// Tested by incident_refs_test.cc.
#include "reconcile/internal/incident_refs.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "actors/actors.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::reconcile::internal {
namespace {

constexpr uint32_t kSiteWindow = 6;      // words from the crash verb to the place's preposition
constexpr uint32_t kNameModifiers = 3;   // words between the date and the incident noun

constexpr std::array<std::string_view, 4> kSitePrepositions = {"in", "near", "at", "outside"};
// "<Demonym><suffix>": held by that demonym's country.
constexpr std::array<std::string_view, 5> kHeldSuffixes = {"-controlled", "-held", "-occupied", "-administered",
                                                           "-annexed"};
// Lemmas of nouns naming an incident. Our own list.
constexpr std::array<std::string_view, 21> kIncidentNouns = {
    "crisis",  "incident", "attack",    "downing",   "crash",  "shootdown", "shooting",
    "disaster", "tragedy", "bombing",   "raid",      "strike", "massacre",  "explosion",
    "blast",   "collision", "accident", "crackdown", "arrest", "sinking",   "hijacking"};

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool BareCountry(std::string_view code) {
  return !code.empty() && actors::CodeSector(code).empty() && !actors::CodeCountry(code).empty();
}

// The noun phrase beginning at token t, else -1.
int32_t NounPhraseAt(const Document& doc, uint32_t t) {
  auto it = std::lower_bound(doc.phrases.begin(), doc.phrases.end(), t,
                             [](const Phrase& p, uint32_t at) { return p.begin < at; });
  if (it == doc.phrases.end() || it->begin != t || it->kind != PhraseKind::kNounPhrase) return -1;
  return static_cast<int32_t>(it - doc.phrases.begin());
}

// The noun phrase holding token t, else -1.
int32_t NounPhraseHolding(const Document& doc, uint32_t t) {
  auto it = std::upper_bound(doc.phrases.begin(), doc.phrases.end(), t,
                             [](uint32_t at, const Phrase& p) { return at < p.begin; });
  if (it == doc.phrases.begin()) return -1;
  --it;
  if (it->kind != PhraseKind::kNounPhrase || t >= it->end) return -1;
  return static_cast<int32_t>(it - doc.phrases.begin());
}

// The first token of a phrase's words, past its determiner.
uint32_t WordsBegin(const Phrase& ph) {
  return ph.determiner == static_cast<int32_t>(ph.begin) ? ph.begin + 1 : ph.begin;
}

// The country the document's actor mentions code `word` with: alone
// ("Russian airspace": RUS), else as the first word of a mention whose
// country it gives ("Russian officials": RUSGOV).
std::optional<std::string> DocumentDemonym(const Document& doc, std::string_view word) {
  for (const ActorMention& a : doc.actors)
    if (BareCountry(a.code) && doc.Slice(a.span) == word) return actors::CodeCountry(a.code);
  for (const ActorMention& a : doc.actors) {
    const std::string_view text = doc.Slice(a.span);
    if (text.size() > word.size() && text.substr(0, word.size()) == word && text[word.size()] == ' ' &&
        !actors::CodeCountry(a.code).empty()) {
      return actors::CodeCountry(a.code);
    }
  }
  return std::nullopt;
}

// The year of the last time expression before `t` that writes one
// ("since July 2025", "in 2024"), else "".
std::string YearBefore(const Document& doc, const TimeExpression& t) {
  std::string year;
  for (const TimeExpression& e : doc.times) {
    if (e.span.end > t.span.begin) break;
    const bool writes_year = e.anchor == TimeAnchor::kAbsolute && e.granularity != TimeGranularity::kDuration &&
                             e.value.size() >= 4 && AllDigits(std::string_view(e.value).substr(0, 4));
    if (writes_year) year = e.value.substr(0, 4);
  }
  return year;
}

// The ISO day of an unresolved "July 7" in an undated report, with the
// year the text last gave: the time stage reads the text again against the
// last day of that year (as its own date inference does), and the
// expression at t's span then holds a day. "" when it does not.
std::string UndatedMonthDay(const Document& doc, const TimeExpression& t) {
  const std::string year = YearBefore(doc, t);
  if (year.empty()) return {};
  Document provisional = doc;
  temporal::Recognize(provisional, year + "-12-31");
  for (const TimeExpression& e : provisional.times) {
    if (e.span.begin == t.span.begin && e.span.end == t.span.end && e.granularity == TimeGranularity::kDay &&
        e.value.compare(0, year.size(), year) == 0) {
      return e.value;
    }
  }
  return {};
}

Claim NewClaim(const Document& doc, size_t doc_index, std::string_view topic, std::string attribute) {
  Claim c;
  c.doc = doc_index;
  c.topic = std::string(topic);
  c.attribute = std::move(attribute);
  c.report_date = doc.ReportDate();
  c.value.docs = {doc_index};
  return c;
}

// The token after a crash verb at t ("crashed", "went down"), else 0.
uint32_t AfterCrashVerb(const Document& doc, uint32_t t, uint32_t last) {
  const Token& tok = doc.tokens[t];
  if (!text::IsVerb(tok.tag)) return 0;
  const std::string lemma = Lower(tok.lemma);
  if (lemma.rfind("crash", 0) == 0) return t + 1;  // crash, crash-land
  if ((lemma == "go" || lemma == "come") && t + 1 < last && TokenIs(doc, t + 1, "down")) return t + 2;
  return 0;
}

void CrashSites(const Document& doc, size_t doc_index, std::vector<Claim>& out) {
  for (const Sentence& s : doc.sentences) {
    auto [first, last] = TokensIn(doc, s.span);
    bool vehicle = false;
    for (uint32_t t = first; t < last; ++t) {
      const Token& tok = doc.tokens[t];
      if (text::IsNoun(tok.tag) && !VehicleClass(tok.lemma).empty()) {
        // The vehicle itself, not "plane tickets": the head of its phrase.
        const int32_t p = NounPhraseHolding(doc, t);
        vehicle = vehicle || (p >= 0 && doc.phrases[static_cast<size_t>(p)].head == static_cast<int32_t>(t));
      }
      const uint32_t after = vehicle ? AfterCrashVerb(doc, t, last) : 0;
      if (after == 0) continue;
      for (uint32_t k = after; k < std::min(last, after + kSiteWindow); ++k) {
        const std::string_view word = doc.Slice(doc.tokens[k].span);
        if (word == "," || word == ";" || text::IsVerb(doc.tokens[k].tag)) break;
        if (!In(kSitePrepositions, Lower(word))) continue;
        const int32_t p = NounPhraseAt(doc, k + 1);
        if (p < 0) continue;
        const std::optional<std::string> country = PhrasePlaceCountry(doc, static_cast<size_t>(p));
        if (!country) continue;
        const Phrase& ph = doc.phrases[static_cast<size_t>(p)];
        Claim c = NewClaim(doc, doc_index, kCrashSiteTopic, "place");
        c.topic_text = "where it came down";
        c.value.kind = DisputeValue::Kind::kName;
        c.value.value = std::string(doc.Slice(TokenSpan(doc, WordsBegin(ph), ph.end)));
        c.value.normalized = Lower(*country);
        c.value.quotes.push_back(Quote{doc_index, Span{tok.span.begin, doc.tokens[ph.end - 1].span.end}});
        out.push_back(std::move(c));
        break;
      }
    }
  }
}

void DatedNames(const Document& doc, size_t doc_index, std::vector<Claim>& out) {
  for (const TimeExpression& t : doc.times) {
    auto [first, last] = TokensIn(doc, t.span);
    if (first == 0 || first >= last || !TokenIs(doc, first - 1, "the")) continue;
    const int32_t p = NounPhraseHolding(doc, first - 1);
    if (p < 0) continue;
    const Phrase& ph = doc.phrases[static_cast<size_t>(p)];
    if (ph.begin != first - 1 || ph.head < static_cast<int32_t>(last) ||
        static_cast<uint32_t>(ph.head) - last > kNameModifiers ||
        !In(kIncidentNouns, Lower(doc.tokens[static_cast<size_t>(ph.head)].lemma))) {
      continue;
    }
    std::string date;
    std::string qualifier = t.anchor == TimeAnchor::kAbsolute ? "exact" : "about";
    if (t.granularity == TimeGranularity::kDay || t.granularity == TimeGranularity::kMonth) {
      date = t.value;
    } else if (t.granularity == TimeGranularity::kNone) {
      date = UndatedMonthDay(doc, t);
      qualifier = "about";
    }
    if (date.empty()) continue;
    Claim c = NewClaim(doc, doc_index, kDatedNameTopic, "date");
    c.value.kind = DisputeValue::Kind::kDate;
    c.value.value = std::string(doc.Slice(t.span));
    c.value.normalized = std::move(date);
    c.value.qualifier = std::move(qualifier);
    c.value.quotes.push_back(Quote{doc_index, TokenSpan(doc, ph.begin, ph.end)});
    out.push_back(std::move(c));
  }
}

}  // namespace

std::optional<std::string> PhrasePlaceCountry(const Document& doc, size_t phrase) {
  if (phrase >= doc.phrases.size()) return std::nullopt;
  const Phrase& ph = doc.phrases[phrase];
  const uint32_t begin = WordsBegin(ph);
  if (ph.kind != PhraseKind::kNounPhrase || begin >= ph.end || ph.head < 0) return std::nullopt;
  const Span words = TokenSpan(doc, begin, ph.end);
  // A country the actors stage coded: its mention spans the words.
  for (const ActorMention& a : doc.actors)
    if (BareCountry(a.code) && a.span.begin <= words.begin && words.end <= a.span.end) {
      return actors::CodeCountry(a.code);
    }
  // A city: the words, else the head alone when no name runs into it.
  const actors::Gazetteer& gazetteer = actors::DefaultGazetteer();
  if (const actors::Place* place = gazetteer.Find(doc.Slice(words))) return place->country;
  const uint32_t head = static_cast<uint32_t>(ph.head);
  if (head + 1 == ph.end && (head == begin || !text::IsProperNoun(doc.tokens[head - 1].tag))) {
    if (const actors::Place* place = gazetteer.Find(doc.Slice(doc.tokens[head].span))) return place->country;
  }
  // "a Russian-controlled airfield": the holder's country.
  for (uint32_t t = begin; t < head; ++t) {
    const std::string_view word = doc.Slice(doc.tokens[t].span);
    for (std::string_view suffix : kHeldSuffixes) {
      if (word.size() <= suffix.size() || Lower(word.substr(word.size() - suffix.size())) != suffix) continue;
      if (std::optional<std::string> country = DocumentDemonym(doc, word.substr(0, word.size() - suffix.size()))) {
        return country;
      }
    }
  }
  return std::nullopt;
}

void AppendIncidentReferenceClaims(const std::vector<Document>& docs, size_t doc_index, std::vector<Claim>& out) {
  const Document& doc = docs[doc_index];
  if (doc.tokens.empty()) return;
  CrashSites(doc, doc_index, out);
  DatedNames(doc, doc_index, out);
}

}  // namespace riposte::reconcile::internal
