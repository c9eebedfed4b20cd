// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
//
// The per-sentence resolver shared by resolve.cc (items, single readings,
// the driver) and phrase_rules.cc (the combinations inside and around noun
// phrases). See resolve.cc for the algorithm.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "actors/internal/matcher.h"
#include "actors/internal/resolve.h"
#include "core/core.h"
#include "text/text.h"

namespace riposte::actors::internal {

inline constexpr uint32_t kMaxModifierGap = 3;  // words between modifier and agent
inline constexpr uint32_t kMaxTitleNames = 3;   // unknown name words after a title
inline constexpr uint32_t kMaxAppositiveGap = 4;
inline constexpr uint32_t kMaxCityWords = 4;    // "Ho Chi Minh City"

// kDefiniteRef: "the country", "the agency" (definite descriptions whose
// head is not a lexicon agent).
enum class ItemKind : uint8_t { kEntry, kPronoun, kDefiniteRef };

// One match (or pronoun) with its best entry of each kind.
struct Item {
  uint32_t begin = 0, end = 0;
  ItemKind kind = ItemKind::kEntry;
  std::string_view family;  // kDefiniteRef: "country" or "agency"
  Span part;                // a word of a hyphenated token (Match::part)
  const Entry* person = nullptr;
  const Entry* org = nullptr;
  const Entry* seat = nullptr;
  const Entry* name = nullptr;
  const Entry* capital = nullptr;
  const Entry* people = nullptr;
  const Entry* adj = nullptr;
  const Entry* agent = nullptr;

  // The strongest reading.
  EntryKind Primary() const {
    if (person) return EntryKind::kPerson;
    if (org) return EntryKind::kOrganisation;
    if (seat) return EntryKind::kSeat;
    if (name) return EntryKind::kCountryName;
    if (capital) return EntryKind::kCapital;
    if (people) return EntryKind::kPeople;
    if (adj) return EntryKind::kAdjective;
    return EntryKind::kAgent;
  }
  bool IsPart() const { return part.end > part.begin; }
  bool Whole() const { return kind == ItemKind::kEntry && !IsPart(); }
  bool IsAgent() const { return Whole() && agent != nullptr && Primary() == EntryKind::kAgent; }
  // An adjective, also when the same word is a demonym ("French").
  bool IsAdj() const {
    return Whole() && adj != nullptr &&
           (Primary() == EntryKind::kAdjective || Primary() == EntryKind::kPeople);
  }
  bool IsPerson() const { return Whole() && person != nullptr; }
};

inline constexpr std::array<std::string_view, 17> kPlacePrepositions = {
    "in", "near", "at", "from", "to", "into", "inside", "outside", "across", "around", "via",
    "through", "within", "throughout", "beyond", "nearby", "off"};
// Prepositions before an actor: "sanctions against Moscow", "talks with
// Baku", "pressure on Moscow", "relations between Baku and Moscow".
inline constexpr std::array<std::string_view, 11> kActorPrepositions = {
    "against", "with", "on", "upon", "for", "toward", "towards", "over", "between", "versus",
    "by"};
// Nouns after which "of <capital>" is a place: "residents of Baku".
inline constexpr std::array<std::string_view, 16> kPlaceNouns = {
    "city", "capital", "streets", "outskirts", "centre", "center", "residents", "mayor",
    "people", "suburbs", "region", "heart", "part", "inhabitants", "airport", "university"};
// Verbs whose object is a place, not an actor ("visited Baku").
inline constexpr std::array<std::string_view, 12> kPlaceVerbs = {
    "visit", "reach", "leave", "enter", "tour", "approach", "shell", "bomb", "fly", "travel",
    "return", "arrive"};
// CAMEO region codes of countries.tsv (not ISO 3166 countries).
inline constexpr std::array<std::string_view, 11> kRegionCodes = {
    "EUR", "WST", "AFR", "ASA", "MEA", "SAM", "LAM", "NMR", "CAU", "CAS", "BLK"};
inline bool IsRegion(std::string_view code) {
  return std::find(kRegionCodes.begin(), kRegionCodes.end(), code) != kRegionCodes.end();
}

// Capitalised words that may precede a country name without being part of
// it ("On Monday Russia said").
inline constexpr std::array<std::string_view, 19> kCalendarWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "sept."};
inline constexpr std::array<std::string_view, 5> kPronouns = {"he", "she", "his", "her", "him"};

// The concatenation of `parts` in one allocation (a rule string is built
// for every mention; operator+ chains reallocate at each step).
inline std::string Concat(std::initializer_list<std::string_view> parts) {
  size_t size = 0;
  for (std::string_view part : parts) size += part.size();
  std::string out;
  out.reserve(size);
  for (std::string_view part : parts) out.append(part);
  return out;
}

template <size_t N>
inline bool In(const std::array<std::string_view, N>& set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

inline bool IsEthnicAgent(std::string_view text) {
  return text.find("diaspor") != std::string_view::npos ||
         text.find("communit") != std::string_view::npos || text == "nationals" ||
         text == "compatriots" || text == "ethnic";
}

class SentenceResolver {
 public:
  // `items` is working memory lent for the sentence (emptied here), so that
  // resolving a sentence allocates nothing once it has grown.
  SentenceResolver(DocContext& ctx, int32_t sentence, uint32_t first, uint32_t last,
                   std::vector<Item>& items)
      : ctx_(ctx), doc_(*ctx.doc), sentence_(sentence), first_(first), last_(last), items_(items) {
    items_.clear();
  }

  void BuildItems(std::span<const Match> matches);
  void Run();

 private:
  TagId TagAt(uint32_t t) const { return t < last_ ? doc_.tokens[t].tag : 0; }
  // A finite verb or a modal at `t`: what follows the subject of a clause.
  bool FiniteVerbAt(uint32_t t) const {
    const TagId tag = TagAt(t);
    return tag == text::Id(text::Tag::VBD) || tag == text::Id(text::Tag::VBZ) ||
           tag == text::Id(text::Tag::VBP) || tag == text::Id(text::Tag::MD);
  }
  std::string_view LowerAt(uint32_t t) const { return t < last_ ? ctx_.Lower(t) : std::string_view(); }
  bool IsPossessive(uint32_t t) const {
    std::string_view w = LowerAt(t);
    return w == "'s" || w == "\xE2\x80\x99s" || (w == "'" && TagAt(t) == text::Id(text::Tag::POS));
  }
  bool IsGapWord(uint32_t t) const {
    const TagId tag = TagAt(t);
    return text::IsAdjective(tag) || text::IsNoun(tag) || tag == text::Id(text::Tag::VBN) ||
           tag == text::Id(text::Tag::VBG);
  }
  // Whether the name ending at token `e` modifies a noun after it ("the
  // Baku office"): the noun phrase goes on past it, or (outside noun
  // phrases) a noun follows.
  bool ModifiesNoun(uint32_t e) const {
    const int32_t np = ctx_.token_phrase[e - 1];
    if (np >= 0) {
      const Phrase& p = doc_.phrases[static_cast<size_t>(np)];
      return p.end > e && text::IsNoun(TagAt(e));
    }
    return text::IsNoun(TagAt(e));
  }
  bool StartsUpper(uint32_t t) const {
    std::string_view w = doc_.Slice(doc_.tokens[t].span);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  }
  bool IsFiniteVerb(uint32_t t) const {
    const TagId tag = TagAt(t);
    return tag == text::Id(text::Tag::VBD) || tag == text::Id(text::Tag::VBZ) ||
           tag == text::Id(text::Tag::VBP) || tag == text::Id(text::Tag::MD);
  }
  // The word before the coordinated names ending at `b` ("between
  // Azerbaijan and [Russia]" -> "between"), or last_ at the sentence start.
  uint32_t WordBefore(uint32_t b) const {
    constexpr uint32_t kMaxBack = 8;
    uint32_t p = b;
    bool coordinated = false;  // a comma counts only in "A, B and C"
    for (uint32_t steps = 0; p > first_ && steps < kMaxBack; ++steps) {
      const uint32_t q = p - 1;
      std::string_view w = ctx_.Lower(q);
      if (w == "and" || w == "or") coordinated = true;
      if (w == "the" || w == "and" || (w == "," && coordinated) || w == "or" ||
          TagAt(q) == text::Id(text::Tag::NNP) || TagAt(q) == text::Id(text::Tag::NNPS)) {
        p = q;
        continue;
      }
      return q;
    }
    return p > first_ ? p - 1 : last_;
  }
  bool AfterPlacePreposition(uint32_t b) const {
    const uint32_t p = WordBefore(b);
    return p < last_ && In(kPlacePrepositions, ctx_.Lower(p));
  }
  bool AfterPreposition(uint32_t b) const {
    const uint32_t p = WordBefore(b);
    return p < last_ &&
           (TagAt(p) == text::Id(text::Tag::IN) || TagAt(p) == text::Id(text::Tag::TO));
  }
  // Whether the name at tokens [b, e) is used as an actor; `capital`
  // also reads "criticism of Moscow" as one.
  bool UsedAsActor(uint32_t b, uint32_t e, bool capital) const;
  // Country (3 letters) an item stands for as a modifier; "" if none.
  std::string ItemCountry(const Item& item, std::string& where) const;
  const AgentFacts::Facts& Facts(const Entry& agent) const { return ctx_.agents->Of(agent); }
  // The code of an item read on its own as an actor ("Moscow's", "Putin's").
  std::string PersonCode(const Entry& person) const {
    return ctx_.matcher->PersonCodeAsOf(person, ctx_.date);
  }
  // A person's country whatever the date ("ARG" for Carlos Menem); "" when
  // the entry's code is an organisation's (IGO/NGO/IMG: no country).
  static std::string PersonCountry(const Entry& person) {
    const std::string_view code = person.code;
    if (code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG")) return "";
    return std::string(code.substr(0, 3));
  }

  int32_t Emit(uint32_t b, uint32_t e, std::string code, std::string rule, MentionInfo info,
               bool ethnic = false, int32_t antecedent = -1) {
    return EmitSpan(Span{doc_.tokens[b].span.begin, doc_.tokens[e - 1].span.end}, b, e,
                    std::move(code), std::move(rule), std::move(info), ethnic, antecedent);
  }
  // As Emit, over bytes `span` (within tokens [b, e)).
  int32_t EmitSpan(Span span, uint32_t b, uint32_t e, std::string code, std::string rule,
                   MentionInfo info, bool ethnic, int32_t antecedent);
  // An agent with no modifier (item `k`, first token `b`): a definite
  // description links to an antecedent; a capitalised title before an
  // unknown name ("President Laurent Gbagbo") takes the sentence's one
  // country (ContextCountry); otherwise it stays unresolved.
  int32_t EmitAgentAlone(size_t k, uint32_t b);
  // The one country the sentence refers to by name, adjective, demonym,
  // capital or seat ("... curfew in Abidjan" -> CIV), skipping item `skip`;
  // "" when there is none or more than one (regions and IGOs do not count).
  // `where` gets the lexicon line.
  std::string ContextCountry(size_t skip, std::string& where) const;

  size_t PartItem(size_t k);
  size_t AdjectiveAlone(size_t k);
  size_t TryCompound(size_t k);
  // Coordinated adjectives (items k..j) with no agent after them.
  size_t CompoundCountriesOnly(size_t k, size_t j);
  size_t TryEthnic(size_t k);
  size_t TryModifier(size_t k);
  size_t TryTitle(size_t k);
  size_t TryAgentOf(size_t k);
  // Agent + "in" + capital, country name or gazetteer city ("Demonstrators
  // in Baghdad", "police in Yekaterinburg").
  size_t TryAgentIn(size_t k);
  // The gazetteer city whose words start at token `t` and end before
  // `limit` (longest first); sets `end` past its last token. nullptr when
  // none (or no gazetteer).
  const Place* CityAt(uint32_t t, uint32_t limit, uint32_t& end) const;
  size_t Single(size_t k);
  // After a person mention `m` ending at token `e`: ", the Foreign Ministry
  // spokesperson". Returns the items consumed.
  size_t TryAppositive(size_t next, uint32_t e, int32_t m);

  DocContext& ctx_;
  Document& doc_;
  int32_t sentence_;
  uint32_t first_, last_;
  std::vector<Item>& items_;  // not owned: the caller's buffer
};


}  // namespace riposte::actors::internal
