// Claims of one document (reconcile.h part 4): what it states about each of
// its coded event mentions, plus standalone statistics.
//
// Per event mention (store::StoredEvent, already coded):
//   quantities  one figure claim per quantity, attribute as coded, the value
//               as written ("almost 50 Azerbaijanis"), quoted by the
//               quantity's words widened to the verb they count for
//               ("killed 38 of the 67 people"). A count whose attribute does
//               not fit the act (a death toll on an apology) belongs to
//               another act the sentence mentions and is dropped.
//   vague counts "several Azerbaijani citizens were detained", "dozens of
//               people were detained": a vague count word in the trigger's
//               clause of an arrest or killing with no coded figure; and
//               persons coordinated as its object ("arresting the director
//               and deputy director": 2).
//   place       the location when its country is known (places compare by
//               country): normalised to the country code in lower case,
//               quoted by the place's words, when the place is stated for the
//               act (PlaceInReach).
//   date        the date at its precision, when a time expression of the
//               sentence states it (report/none precision skipped: the
//               publication date standing in is not a statement; so is a
//               year guessed from a relative expression); quoted by that
//               expression, qualifier "exact" when it is absolute ("June 27,
//               2025"), "about" when reckoned from a relative one ("on
//               Friday"); or by its distance from another act ("Fifteen
//               years after the arrest, ...": internal/claim_dates.cc).
//               An act called "the first apology since the crash" has its
//               date claimed once more (topic "first since",
//               internal/first_since.h) against the earlier act of its kind.
//               With no expression, a date the story carries to an act it
//               places in sequence ("in response") is claimed (topic
//               "sequence", internal/sequence_dates.h).
//   happened    asserted -> true, negated or refused ("had refused to
//               apologise", about the apology) -> false, when the mention names a
//               participant ("no one was held accountable" names none and
//               says little about any one act), and for "no" a coded doer
//               (whose act did not happen), its own or, when it names none,
//               that of an act its sentence asserts ("Putin apologised, but
//               no compensation was paid"); quoted by the clause of the
//               trigger word (read back from the rule), else the sentence.
//   actor       the source (perpetrator) when the clause names it: its code
//               lower-case, quoted by its words. And (topic "target") how the
//               report frames who was targeted, when its words say: armed or
//               criminal ("members of an organised criminal group",
//               "militants") or civilians ("homes of Azerbaijanis", "our
//               compatriots", a people's code); quoted by the target's words.
// claimed_by is the mention's attributed_to code when set. Casualty counts
// beside an act (or told with none: internal/incident.h, which also reads
// every casualty count's anchors) come from internal/claim_counts.cc, causes from
// internal/claim_cause.cc, standalone statistics from internal/claim_stats.cc,
// when a crisis began ("tensions ... since December") from
// internal/claim_onset.cc, where a vehicle came down and dates read from an
// incident's name ("the July 7 crisis") from internal/incident_refs.cc.
// Tested by claims_test.cc.
#include <algorithm>
#include <array>
#include <string_view>

#include "actors/actors.h"
#include "reconcile/internal/claim_cause.h"
#include "reconcile/internal/claim_counts.h"
#include "reconcile/internal/claim_dates.h"
#include "reconcile/internal/claim_onset.h"
#include "reconcile/internal/claim_persons.h"
#include "reconcile/internal/claim_stats.h"
#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/dispute_pool.h"
#include "reconcile/internal/first_since.h"
#include "reconcile/internal/incident.h"
#include "reconcile/internal/incident_refs.h"
#include "reconcile/internal/sequence_dates.h"
#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"
#include "text/text.h"

namespace riposte::reconcile {
namespace {

using internal::Lower;

// Which counts fit which acts, by CAMEO root: casualties go with violence
// (18 assault, 19 fight, 20 mass violence); detentions with coercion (17)
// and violence. Amounts, people on board, survivors and other counts fit
// any act the coder attached them to.
bool CountFitsAct(std::string_view attribute, std::string_view cameo) {
  const std::string_view root = cameo.substr(0, 2);
  const bool violent = root == "18" || root == "19" || root == "20";
  if (attribute == "killed" || attribute == "injured") return violent;
  if (attribute == "detained") return violent || root == "17";
  return true;
}

// Vague count words and what they count with which trigger lemmas.
constexpr std::array<std::string_view, 5> kDetainLemmas = {"detain", "arrest", "apprehend", "jail", "imprison"};
constexpr std::array<std::string_view, 2> kKillLemmas = {"kill", "murder"};
constexpr std::array<std::string_view, 3> kAuxiliaries = {"be", "have", "get"};
constexpr uint32_t kVagueWindow = 6;  // tokens between a vague count and its trigger

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

Claim Base(const Document& doc, size_t doc_index, size_t mention, const store::StoredEvent& e) {
  Claim c;
  c.doc = doc_index;
  c.mention = mention;
  c.report_date = doc.ReportDate();
  c.value.docs = {doc_index};
  if (e.attributed_to && !e.attributed_to->code.empty()) c.value.claimed_by = {e.attributed_to->code};
  return c;
}

void AddQuote(Claim& c, Span span) { c.value.quotes.push_back(Quote{c.doc, span}); }

const TimeExpression* DatingExpression(const Document& doc, const store::StoredEvent& e) {
  const TimeExpression* overlapping = nullptr;
  for (const TimeExpression& t : doc.times) {
    if (t.span.begin < e.span.begin) continue;
    if (t.span.end > e.span.end) break;
    if (t.value == e.date) return &t;
    if (!overlapping && !t.start.empty() && t.start <= e.date_end && e.date_start <= t.end) overlapping = &t;
  }
  return overlapping;
}

bool TokenIsOpeningPreposition(const Document& doc, uint32_t t) {
  const std::string w = Lower(doc.Slice(doc.tokens[t].span));
  return w == "in" || w == "at" || w == "near";
}

// What a count on this mention counts by its trigger word ("detained" for
// detain/arrest, "killed" for kill), "" when the trigger says nothing.
std::string_view TriggerCount(const Document& doc, const store::StoredEvent& e) {
  std::optional<uint32_t> trigger = internal::TriggerToken(doc, e);
  if (!trigger) return {};
  const std::string lemma = Lower(doc.tokens[*trigger].lemma);
  if (In(kDetainLemmas, lemma)) return "detained";
  if (In(kKillLemmas, lemma)) return "killed";
  return {};
}

void VagueCount(const Document& doc, size_t doc_index, size_t m, const store::StoredEvent& e,
                std::vector<Claim>& out) {
  const std::string_view attribute = TriggerCount(doc, e);
  if (attribute.empty()) return;
  const std::optional<uint32_t> trigger = internal::TriggerToken(doc, e);
  for (const store::StoredQuantity& q : e.quantities)
    if (q.attribute == attribute || q.attribute == "other") return;  // a figure is coded: it says more
  auto [first, last] = internal::TokensIn(doc, e.span);
  const uint32_t from = *trigger > first + kVagueWindow ? *trigger - kVagueWindow : first;
  const uint32_t to = std::min(last, *trigger + kVagueWindow);
  for (uint32_t t = from; t < to; ++t) {
    if (t == *trigger) continue;
    std::optional<internal::ReadFigure> f = internal::ReadFigureAt(doc, t, first);
    if (!f || f->value) continue;
    // Another verb or a comma between the count and its trigger: it counts
    // for something else. Before the trigger the count must be the subject
    // of a passive ("dozens of people were detained"), not a place ("in
    // several cities police detained").
    bool blocked = false;
    for (uint32_t k = std::min(t, *trigger) + 1; k < std::max(t, *trigger); ++k) {
      const Token& tok = doc.tokens[k];
      const std::string_view lemma_k = tok.lemma;
      if (doc.Slice(tok.span) == "," || (text::IsVerb(tok.tag) && !In(kAuxiliaries, lemma_k))) blocked = true;
    }
    if (t < *trigger && !(*trigger > 0 && In(kAuxiliaries, std::string_view(doc.tokens[*trigger - 1].lemma)))) {
      blocked = true;
    }
    if (blocked) continue;
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = std::string(attribute);
    c.value.kind = DisputeValue::Kind::kNumber;
    c.value.value = std::string(doc.Slice(internal::TokenSpan(doc, f->begin, f->end)));
    c.value.qualifier = f->qualifier;
    AddQuote(c, internal::ClauseSpan(doc, *trigger, e.span));
    out.push_back(std::move(c));
    return;
  }
}

// "arresting the agency's director and deputy director": persons
// coordinated as the object of an arrest or killing with no coded figure
// are counted (internal/claim_persons.h).
void CoordinatedCount(const Document& doc, size_t doc_index, size_t m, const store::StoredEvent& e,
                      std::vector<Claim>& out) {
  const std::string_view attribute = TriggerCount(doc, e);
  if (attribute.empty()) return;
  for (const store::StoredQuantity& q : e.quantities)
    if (q.attribute == attribute || q.attribute == "other") return;
  const std::optional<uint32_t> trigger = internal::TriggerToken(doc, e);
  if (!trigger) return;
  const std::optional<internal::PersonCount> persons =
      internal::CountCoordinatedPersons(doc, *trigger, internal::TokensIn(doc, e.span).second);
  if (!persons) return;
  Claim c = Base(doc, doc_index, m, e);
  c.attribute = std::string(attribute);
  c.value.kind = DisputeValue::Kind::kNumber;
  c.value.value = std::string(doc.Slice(persons->words));
  c.value.normalized = internal::FormatNumber(static_cast<double>(persons->count));
  AddQuote(c, Span{doc.tokens[*trigger].span.begin, persons->words.end});
  out.push_back(std::move(c));
}

// Returns true iff the event's place is stated for its act: after the
// trigger with no other verb between ("detained two executives in Baku"), or
// in a phrase opening the sentence ("In Baku, police detained ..."). A place
// of a neighbouring act ("died during raids in Yekaterinburg and police
// arrested two executives") is not.
bool PlaceInReach(const Document& doc, const store::StoredEvent& e) {
  constexpr uint32_t kOpeningTokens = 3;  // "In Baku ,", "In the Russian city of"
  const std::optional<uint32_t> trigger = internal::TriggerToken(doc, e);
  if (!trigger || !doc.Valid(e.location->span) || e.location->span.empty()) return false;
  auto [place, place_end] = internal::TokensIn(doc, e.location->span);
  if (place >= place_end) return false;
  auto [first, last] = internal::TokensIn(doc, e.span);
  if (place < *trigger) {
    return place <= first + kOpeningTokens && first < place && TokenIsOpeningPreposition(doc, first);
  }
  for (uint32_t k = *trigger + 1; k < place; ++k) {
    const Token& tok = doc.tokens[k];
    if (text::IsVerb(tok.tag) && !In(kAuxiliaries, std::string_view(tok.lemma))) return false;
  }
  return true;
}

// `sentence_doer`: another act of e's sentence is asserted with a coded doer
// ("Putin apologised, but no compensation was paid").
void EventClaims(const Document& doc, size_t doc_index, size_t m, const store::StoredEvent& e, bool sentence_doer,
                 std::vector<Claim>& out) {
  if (!doc.Valid(e.span) || e.span.empty()) return;
  for (const store::StoredQuantity& q : e.quantities) {
    if (!doc.Valid(q.span) || q.span.empty() || !CountFitsAct(q.attribute, e.cameo)) continue;
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = q.attribute == "other" ? std::string(TriggerCount(doc, e)) : q.attribute;
    if (c.attribute.empty()) continue;  // a count of what, nobody knows: no claim
    c.value.kind = DisputeValue::Kind::kNumber;
    c.value.value = std::string(doc.Slice(q.span));
    c.value.normalized = internal::FormatNumber(q.value);
    c.value.qualifier = q.qualifier.empty() ? "exact" : q.qualifier;
    auto [first, last] = internal::TokensIn(doc, q.span);
    AddQuote(c, first < last ? internal::WidenToVerb(doc, first, last, e.span) : q.span);
    out.push_back(std::move(c));
  }
  if (e.mode == "asserted") {
    VagueCount(doc, doc_index, m, e, out);
    CoordinatedCount(doc, doc_index, m, e, out);
  }
  if (e.location && !e.location->country.empty() && PlaceInReach(doc, e)) {
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = "place";
    c.value.kind = DisputeValue::Kind::kName;
    c.value.value = e.location->text;
    c.value.normalized = Lower(e.location->country);
    AddQuote(c, doc.Valid(e.location->span) && !e.location->span.empty() ? e.location->span : e.span);
    out.push_back(std::move(c));
  }
  const TimeExpression* t = e.date.empty() || e.date_precision == "report" || e.date_precision == "none"
                                ? nullptr
                                : DatingExpression(doc, e);
  if (t && (t->anchor == TimeAnchor::kAbsolute || e.date_precision == "day" || e.date_precision == "month")) {
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = "date";
    c.value.kind = DisputeValue::Kind::kDate;
    c.value.normalized = e.date;
    c.value.value = std::string(doc.Slice(t->span));
    c.value.qualifier = t->anchor == TimeAnchor::kAbsolute ? "exact" : "about";
    AddQuote(c, t->span);
    if (std::optional<std::string> first_since = internal::FirstSinceTopic(doc, e)) {  // "the first apology since"
      Claim first = c;
      first.topic = std::move(*first_since);
      out.push_back(std::move(first));
    }
    out.push_back(std::move(c));
  } else if (!t && (e.date_precision == "day" || e.date_precision == "month") && e.date != doc.ReportDate() &&
             internal::PlacedInSequence(doc, e)) {
    // No expression states the date: the story carries it ("Baku, in
    // response, issued a note"): internal/sequence_dates.h.
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = "date";
    c.topic = std::string(internal::kSequenceTopic);
    c.value.kind = DisputeValue::Kind::kDate;
    c.value.normalized = e.date;
    c.value.value = e.date;
    c.value.qualifier = "about";
    std::optional<uint32_t> trigger = internal::TriggerToken(doc, e);
    AddQuote(c, trigger ? internal::ClauseSpan(doc, *trigger, e.span) : e.span);
    out.push_back(std::move(c));
  }
  const bool has_actor = (e.source && !e.source->code.empty()) || (e.target && !e.target->code.empty());
  // A "no" must say whose act did not happen: "official outlets had avoided
  // criticising the Kremlin" (a doer no lexicon codes) denies nobody's act.
  // A denial naming nobody is about the doer of the act its sentence asserts.
  const bool names_doer = e.source && !e.source->code.empty();
  if ((e.mode == "asserted" && has_actor) || (e.mode == "negated" && ((names_doer && has_actor) || sentence_doer))) {
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = "happened";
    c.value.kind = DisputeValue::Kind::kBool;
    const bool refused = internal::IsRefusal(e);
    const bool yes = e.mode == "asserted" && !refused;
    c.value.normalized = yes ? "true" : "false";
    c.value.value = yes ? "happened" : refused ? "refused" : "did not happen";
    std::optional<uint32_t> trigger = internal::TriggerToken(doc, e);
    const Span quote = trigger ? internal::ClauseSpan(doc, *trigger, e.span) : e.span;
    // "no one was held accountable" denies that anyone was, not one doer's act.
    if (!(e.mode == "negated" && !names_doer && internal::NegatesParticipants(doc, quote))) {
      AddQuote(c, quote);
      out.push_back(std::move(c));
    }
  }
  if (e.source && !e.source->code.empty() && !e.source->implicit && doc.Valid(e.source->span) &&
      !e.source->span.empty()) {
    Claim c = Base(doc, doc_index, m, e);
    c.attribute = "actor";
    c.value.kind = DisputeValue::Kind::kName;
    c.value.value = std::string(doc.Slice(e.source->span));
    c.value.normalized = Lower(e.source->code);
    AddQuote(c, e.source->span);
    out.push_back(std::move(c));
  }
  if (e.target && !e.target->implicit && doc.Valid(e.target->span) && !e.target->span.empty()) {
    if (const std::string_view framing = internal::TargetFraming(doc, *e.target); !framing.empty()) {
      Claim c = Base(doc, doc_index, m, e);
      c.attribute = "actor";
      c.topic = "target";
      c.topic_text = "who was targeted";
      c.value.kind = DisputeValue::Kind::kName;
      c.value.value = std::string(doc.Slice(e.target->span));
      c.value.normalized = std::string(framing);
      AddQuote(c, e.target->span);
      out.push_back(std::move(c));
    }
  }
}

}  // namespace

std::vector<Claim> ExtractClaims(const std::vector<Document>& docs, size_t doc_index,
                                 const std::vector<Mention>& mentions) {
  std::vector<size_t> own;  // this document's mentions
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].doc == doc_index) own.push_back(m);
  return ExtractClaims(docs, doc_index, mentions, own);
}

std::vector<Claim> ExtractClaims(const std::vector<Document>& docs, size_t doc_index,
                                 const std::vector<Mention>& mentions, const std::vector<size_t>& own) {
  std::vector<Claim> out;
  if (doc_index >= docs.size()) return out;
  const Document& doc = docs[doc_index];
  std::vector<int32_t> doer_sentences;  // sentences with an asserted act whose doer is coded
  for (size_t m : own) {
    const store::StoredEvent& e = mentions[m].event;
    if (e.mode == "asserted" && e.source && !e.source->code.empty()) doer_sentences.push_back(e.sentence);
  }
  for (size_t m : own) {
    const store::StoredEvent& e = mentions[m].event;
    const bool sentence_doer = e.sentence >= 0 && (!e.source || e.source->code.empty()) &&
                               std::find(doer_sentences.begin(), doer_sentences.end(), e.sentence) != doer_sentences.end();
    EventClaims(doc, doc_index, m, e, sentence_doer, out);
  }
  internal::AppendCasualtyClaims(docs, doc_index, mentions, own, out);
  internal::AppendDistanceDateClaims(docs, doc_index, mentions, own, out);
  internal::AppendCauseClaims(docs, doc_index, mentions, own, out);
  internal::AppendStandaloneClaims(docs, doc_index, mentions, own, out);
  internal::AppendOnsetClaims(docs, doc_index, out);
  internal::AppendIncidentReferenceClaims(docs, doc_index, out);
  for (Claim& c : out) {
    const bool reference = !c.mention && internal::IsIncidentTopic(c.topic);
    if ((internal::IsIncidentCount(c.attribute) || reference) && !c.value.quotes.empty()) {
      c.anchors = internal::IncidentAnchors(doc, c.value.quotes.front().span);
      // Whose incident: the actors of the figure's sentence.
      for (std::string& a : internal::IncidentActors(doc, c.value.quotes.front().span, 0))
        c.anchors.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace riposte::reconcile
