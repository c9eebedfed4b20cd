// Persons counted one by one (see claim_persons.h).
//
// A left-to-right read of the tokens after the trigger: determiners,
// possessive pronouns, adjectives and owners ("the agency" before "'s")
// are skipped; a singular common noun is the current conjunct's head; "and"
// closes a conjunct, whose head must be a person noun. Anything else ends
// the object. Person nouns: a short list of role and kin words, and the
// endings of agent nouns (-or, -er, -ist, -ian, -ant) on words of five
// letters or more.
// Tested by claims_test.cc.
#include "reconcile/internal/claim_persons.h"

#include <array>
#include <string>
#include <string_view>

#include "reconcile/internal/claim_text.h"
#include "reconcile/internal/values.h"
#include "text/text.h"

namespace riposte::reconcile::internal {
namespace {

// Words naming one person by role or kin. Our own list.
constexpr std::array<std::string_view, 18> kPersonWords = {
    "deputy", "head",   "chief",  "editor",   "son",  "daughter", "wife",   "husband", "brother",
    "sister", "father", "mother", "official", "aide", "nephew",    "cousin", "agent",   "spokesman"};
constexpr std::array<std::string_view, 5> kPersonEndings = {"or", "er", "ist", "ian", "ant"};
constexpr size_t kMinStemLetters = 3;  // letters before the ending: "actor" yes, "her" no

bool PersonNoun(const Document& doc, uint32_t t) {
  const std::string w = Lower(doc.Slice(doc.tokens[t].span));
  for (std::string_view p : kPersonWords)
    if (w == p) return true;
  for (std::string_view end : kPersonEndings) {
    if (w.size() >= end.size() + kMinStemLetters && w.compare(w.size() - end.size(), end.size(), end) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<PersonCount> CountCoordinatedPersons(const Document& doc, uint32_t trigger, uint32_t last) {
  const auto tag = [&](uint32_t t) { return doc.tokens[t].tag; };
  const auto is = [](TagId id, text::Tag t) { return id == text::Id(t); };
  size_t persons = 0;
  std::optional<uint32_t> head, first_word;
  uint32_t t = trigger + 1;
  for (; t < last; ++t) {
    const bool owner = t + 1 < last && is(tag(t + 1), text::Tag::POS);
    if (is(tag(t), text::Tag::NN) && !owner) {
      head = t;
      if (!first_word) first_word = t;
    } else if (is(tag(t), text::Tag::CC) && TokenIs(doc, t, "and")) {
      if (!head || !PersonNoun(doc, *head)) return std::nullopt;
      ++persons;
      head.reset();
    } else if (is(tag(t), text::Tag::DT) || is(tag(t), text::Tag::PRPS) || is(tag(t), text::Tag::JJ)) {
      if (!first_word) first_word = t;
    } else if (!owner && !is(tag(t), text::Tag::POS)) {
      break;
    }
  }
  if (!head || !PersonNoun(doc, *head) || persons == 0 || !first_word) return std::nullopt;
  if (t < last && text::IsNoun(tag(t))) return std::nullopt;  // "and his colleagues", "and staff members"
  return PersonCount{persons + 1, TokenSpan(doc, *first_word, *head + 1)};
}

}  // namespace riposte::reconcile::internal
