// Casualty figures beside a violent act (see claim_counts.h).
//
// A figure (values.h ReadFigureAt: a number, or a vague count such as
// "several", claimed with no figure) is a count of people when a cue word
// follows it within a few tokens of the same clause piece (no comma or other
// figure between; not after "in", "across": those count places):
// die/dead/kill/victim -> killed, injure/wound -> injured,
// survive/survivor -> survivors ("38 people died", "the 29 survivors",
// "Thirty-eight people were killed"), arrest/detain -> detained ("seven
// arrested journalists"), aboard/on board -> on_board. It is claimed about
// the violent mention (CAMEO roots 18 assault, 19 fight, 20 mass violence;
// for detentions 17 coerce too) of its sentence, else of the previous
// sentence ("... shot down the plane. Twenty-nine passengers survived."),
// when that mention has no coded figure for the attribute. Figures the
// coder already attached, or inside time expressions, are skipped. No such
// mention: an incident claim (internal/incident.h), about no mention, for
// the disputes to attach to the act other reports of the incident code.
// Tested by claims_test.cc.
#include "reconcile/internal/claim_counts.h"

#include <array>
#include <string>
#include <string_view>

#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/incident.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {
namespace {

struct Cue {
  std::string_view lemma, attribute;
};
constexpr std::array<Cue, 14> kCues = {{{"die", "killed"},
                                        {"dead", "killed"},
                                        {"kill", "killed"},
                                        {"victim", "killed"},
                                        {"fatality", "killed"},
                                        {"injure", "injured"},
                                        {"wound", "injured"},
                                        {"survive", "survivors"},
                                        {"survivor", "survivors"},
                                        {"surviving", "survivors"},
                                        {"arrest", "detained"},
                                        {"detain", "detained"},
                                        {"detainee", "detained"},
                                        {"aboard", "on_board"}}};
constexpr uint32_t kCueWindow = 5;     // "Twenty-nine passengers and crew members survived"
constexpr int32_t kAttachBack = 1;     // sentences before the figure's to look for the act

bool Violent(const std::string& cameo) {
  const std::string_view root = std::string_view(cameo).substr(0, 2);
  return root == "18" || root == "19" || root == "20";
}

// Casualties go with violence; detentions with coercion (CAMEO 17) too.
bool FitsAct(std::string_view attribute, const std::string& cameo) {
  return Violent(cameo) || (attribute == "detained" && cameo.substr(0, 2) == "17");
}

std::string_view CueAfter(const Document& doc, const ReadFigure& f, uint32_t first, uint32_t last) {
  // A figure after a preposition of place counts places: "in several cities
  // police detained".
  if (f.begin > first) {
    for (std::string_view w : {"in", "across", "at", "throughout"})
      if (TokenIs(doc, f.begin - 1, w)) return {};
  }
  for (uint32_t t = f.end; t < last && t < f.end + kCueWindow; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.tag == text::Id(text::Tag::CD) || text::IsPunctuation(tok.tag)) return {};
    const std::string lemma = Lower(tok.lemma);
    for (const Cue& c : kCues)
      if (lemma == c.lemma) return c.attribute;
    if (lemma == "board" && t > f.end && TokenIs(doc, t - 1, "on")) return "on_board";  // "67 people on board"
  }
  return {};
}

}  // namespace

bool CodedOrTime(const Document& doc, const std::vector<Mention>& mentions, const std::vector<size_t>& own, Span s) {
  auto overlaps = [](Span a, Span b) { return a.begin < b.end && b.begin < a.end; };
  for (size_t m : own) {
    for (const store::StoredQuantity& q : mentions[m].event.quantities)
      if (overlaps(q.span, s)) return true;
  }
  for (const TimeExpression& t : doc.times)
    if (overlaps(t.span, s)) return true;
  return false;
}

void AppendCasualtyClaims(const std::vector<Document>& docs, size_t doc_index,
                          const std::vector<Mention>& mentions, const std::vector<size_t>& own,
                          std::vector<Claim>& out) {
  const Document& doc = docs[doc_index];
  for (int32_t si = 0; si < static_cast<int32_t>(doc.sentences.size()); ++si) {
    auto [first, last] = TokensIn(doc, doc.sentences[si].span);
    for (uint32_t t = first; t < last; ++t) {
      std::optional<ReadFigure> f = ReadFigureAt(doc, t, first);
      if (!f) continue;
      const std::string_view attribute = CueAfter(doc, *f, first, last);
      const Span figure = TokenSpan(doc, f->begin, f->end);
      t = f->end - 1;
      if (attribute.empty() || CodedOrTime(doc, mentions, own, figure)) continue;
      // The violent mention of this sentence, else of the one before.
      std::optional<size_t> act;
      for (int32_t back = 0; back <= kAttachBack && !act; ++back) {
        for (size_t m : own) {
          const store::StoredEvent& e = mentions[m].event;
          if (e.sentence == si - back && FitsAct(attribute, e.cameo)) {
            act = m;
            break;
          }
        }
      }
      bool coded = false;
      if (act) {
        for (const store::StoredQuantity& q : mentions[*act].event.quantities)
          coded = coded || q.attribute == attribute;
      }
      if (coded) continue;
      Claim c;
      c.doc = doc_index;
      c.mention = act;
      if (!act) c.topic = std::string(kIncidentTopic);  // internal/incident.h
      c.attribute = std::string(attribute);
      c.report_date = doc.ReportDate();
      c.value.kind = DisputeValue::Kind::kNumber;
      c.value.value = std::string(doc.Slice(figure));
      c.value.normalized = f->value ? FormatNumber(*f->value) : std::string();  // vague: "several"
      c.value.qualifier = f->qualifier;
      c.value.docs = {doc_index};
      if (act) {
        const store::StoredEvent& e = mentions[*act].event;
        if (e.attributed_to && !e.attributed_to->code.empty()) c.value.claimed_by = {e.attributed_to->code};
      }
      c.value.quotes.push_back(Quote{doc_index, WidenToVerb(doc, f->begin, f->end, doc.sentences[si].span)});
      out.push_back(std::move(c));
    }
  }
}

}  // namespace riposte::reconcile::internal
