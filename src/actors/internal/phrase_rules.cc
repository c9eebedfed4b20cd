// The combination rules of the actors stage's resolver: what an event-data
// coder reads inside a noun phrase and around it (see resolve.cc for the
// order in which they are tried).
//
//   compound     "Hungarian and Romanian officials" -> HUNGOV, ROUGOV (one
//                mention per adjective, over the adjective)
//   ethnic       "ethnic Azerbaijanis" -> AZECVL, ethnic
//   modifier     adjective / possessor / noun modifier + agent -> country of
//                the modifier + sector of the agent ("Russian air defences"
//                -> RUSMIL, "Azerbaijan's Ministry of Foreign Affairs" ->
//                AZEGOV, "Kremlin officials" -> RUSGOV); + person -> a title
//                ("Russian President Vladimir Putin" -> the person's code)
//   adjective    alone: "Bosnian Serbs" -> BIHCVL (ethnic), "Israeli air
//                raids" -> ISR (a country reference, no sector); coordinated
//                before a noun that is no agent: "the Turkish and Greek
//                sides" -> TUR, GRC
//   possessive   + organisation: the organisation's code ("Azerbaijan's
//                Parliament Commission"), but a transnational group owned by
//                a country is its branch there ("Iraq's al-Qaeda" -> IRQREB)
//   title        agent + person ("President Ilham Aliyev")
//   agent+of     "President of Turkey" -> TURGOV
//   agent+in     "Demonstrators in Baghdad" -> IRQCVL, "rebels in the Ivory
//                Coast" -> CIVREB: people located in a country are its own,
//                unless the agent may be foreign there (troops, diplomats,
//                correspondents, refugees, international bodies)
//   appositive   person + ", the Foreign Ministry spokesperson" -> a second
//                mention linked to the person, with the person's code (not
//                when a finite verb follows: "Yadrov, the crew was ...")
//   hyphen parts "Turkish-made drones" -> TURMIL; "Putin-Erdogan" -> two
//                people; "Turkish-backed forces" -> nothing from "Turkish"
// Each returns the number of items it consumed, 0 when it does not apply.
//
// Tested by recognize_test.cc.
#include <cctype>

#include "actors/internal/sentence_resolver.h"

namespace riposte::actors::internal {

// A word of a hyphenated token. "Turkish-made drones" -> TURMIL (the
// country of the maker or owner is the actor's); "Putin-Erdogan" -> two
// people; "Russia-Iran-India" -> country codes; "Turkish-backed forces" ->
// nothing from "Turkish" (the forces are someone else's).
size_t SentenceResolver::PartItem(size_t k) {
  const Item& item = items_[k];
  const uint32_t t = item.begin;
  std::string_view word = doc_.Slice(doc_.tokens[t].span);
  std::string_view rest = word.substr(item.part.end - doc_.tokens[t].span.begin);
  MentionInfo info;
  info.kind = item.Primary();
  if ((item.adj || item.name) && (rest == "-made" || rest == "-owned" || rest == "-run" ||
                                  rest == "-built" || rest == "-operated")) {
    size_t next = k + 1;
    while (next < items_.size() && items_[next].begin == t) ++next;
    if (next < items_.size() && items_[next].IsAgent() && items_[next].begin == t + 1) {
      const Entry& country = item.adj ? *item.adj : *item.name;
      const Entry& agent = *items_[next].agent;
      info.kind = EntryKind::kAgent;
      info.family = Facts(agent).family;
      Emit(t, items_[next].end, country.code + agent.code,
           Concat({"hyphen adj+agent ", country.where, " ", agent.where}), std::move(info),
           Facts(agent).ethnic);
      return next + 1 - k;
    }
    return 1;
  }
  switch (item.Primary()) {
    case EntryKind::kPerson: {
      info.person = item.person;
      std::string code = PersonCode(*item.person);
      EmitSpan(item.part, t, t + 1, std::move(code), "hyphen person " + item.person->where,
               std::move(info), false, -1);
      break;
    }
    case EntryKind::kOrganisation:
      EmitSpan(item.part, t, t + 1, item.org->code, "hyphen organisation " + item.org->where,
               std::move(info), false, -1);
      break;
    case EntryKind::kCountryName:
      info.is_country = true;
      EmitSpan(item.part, t, t + 1, item.name->code, "hyphen country " + item.name->where,
               std::move(info), false, -1);
      break;
    default:
      break;  // capitals, adjectives, agents inside a compound word: no actor
  }
  return 1;
}

// An adjective with no agent. Before a demonym it marks an ethnic group
// ("Bosnian Serbs" -> BIHCVL, ethnic); before another noun it is a
// country reference, not an actor: the bare country code ("Israeli air
// raids" -> ISR), as for a country name used as a place; elsewhere nothing.
size_t SentenceResolver::AdjectiveAlone(size_t k) {
  const Item& item = items_[k];
  const Entry& adj = *item.adj;
  MentionInfo info;
  info.kind = EntryKind::kAdjective;
  if (k + 1 < items_.size() && items_[k + 1].begin == item.end && items_[k + 1].Whole() &&
      items_[k + 1].Primary() == EntryKind::kPeople) {
    info.kind = EntryKind::kPeople;
    Emit(item.begin, items_[k + 1].end, adj.code + "CVL",
         Concat({"adj+people ", adj.where, " ", items_[k + 1].people->where}), std::move(info), true);
    return 2;
  }
  // "The Russian was released": the adjective as a noun, a person.
  if (item.begin > first_ && TagAt(item.begin - 1) == text::Id(text::Tag::DT) &&
      IsFiniteVerb(item.end)) {
    Emit(item.begin, item.end, adj.code + "CVL", "adj as noun " + adj.where, std::move(info));
    return 1;
  }
  uint32_t t = item.end;
  while (t < last_ && t - item.end < kMaxModifierGap && text::IsAdjective(TagAt(t))) ++t;
  if (!text::IsNoun(TagAt(t)) || ctx_.Lower(t) == "language") return 1;
  Emit(item.begin, item.end, adj.code, "adj (country only) " + adj.where, std::move(info));
  return 1;
}

size_t SentenceResolver::TryCompound(size_t k) {
  if (!items_[k].IsAdj()) return 0;
  size_t j = k;
  while (j + 1 < items_.size()) {
    uint32_t t = items_[j].end;
    std::string_view w = LowerAt(t);
    if (w == ",") {
      ++t;
      if (LowerAt(t) == "and" || LowerAt(t) == "or") ++t;
    } else if (w == "and" || w == "or") {
      ++t;
    } else {
      break;
    }
    if (items_[j + 1].begin != t || !items_[j + 1].IsAdj()) break;
    ++j;
  }
  if (j == k) return 0;
  if (j + 1 >= items_.size() || !items_[j + 1].IsAgent() ||
      items_[j + 1].begin - items_[j].end > kMaxModifierGap) {
    return CompoundCountriesOnly(k, j);
  }
  const Item& agent_item = items_[j + 1];
  for (uint32_t t = items_[j].end; t < agent_item.begin; ++t) {
    if (!IsGapWord(t)) return 0;
  }
  const Entry& agent = *agent_item.agent;
  for (size_t a = k; a <= j; ++a) {
    const Entry& adj = *items_[a].adj;
    MentionInfo info;
    info.kind = EntryKind::kAgent;
    info.family = Facts(agent).family;
    Emit(items_[a].begin, items_[a].end, adj.code + agent.code,
         Concat({"compound adj+agent ", adj.where, " ", agent.where}), std::move(info),
         Facts(agent).ethnic);
  }
  return j + 2 - k;
}

// "The Turkish and Greek sides", "Hungarian and Romanian wines": the
// coordinated adjectives (items k..j) before a noun that is no agent are
// country references, as one adjective alone is (AdjectiveAlone): each
// gets its bare country code. Before anything else they give nothing
// ("Azerbaijani and Russian" as languages, predicates).
size_t SentenceResolver::CompoundCountriesOnly(size_t k, size_t j) {
  uint32_t t = items_[j].end;
  while (t < last_ && t - items_[j].end < kMaxModifierGap && text::IsAdjective(TagAt(t))) ++t;
  if (!text::IsNoun(TagAt(t)) || ctx_.Lower(t) == "language" || ctx_.Lower(t) == "languages") {
    return 0;
  }
  for (size_t a = k; a <= j; ++a) {
    const Entry& adj = *items_[a].adj;
    MentionInfo info;
    info.kind = EntryKind::kAdjective;
    Emit(items_[a].begin, items_[a].end, adj.code, "compound adj (country only) " + adj.where,
         std::move(info));
  }
  return j + 1 - k;
}

size_t SentenceResolver::TryEthnic(size_t k) {
  const Item& item = items_[k];
  if (!item.IsAgent() || item.agent->text != "ethnic" || k + 1 >= items_.size()) return 0;
  const Item& next = items_[k + 1];
  if (next.begin != item.end || next.kind != ItemKind::kEntry || next.people == nullptr) return 0;
  MentionInfo info;
  info.kind = EntryKind::kPeople;
  Emit(item.begin, next.end, next.people->code + "CVL",
       Concat({"ethnic+people ", item.agent->where, " ", next.people->where}), std::move(info), true);
  return 2;
}

size_t SentenceResolver::TryModifier(size_t k) {
  const Item& mod = items_[k];
  if (mod.kind == ItemKind::kPronoun) return 0;
  enum class How { kAdj, kPossessive, kNoun } how;
  uint32_t mod_end = mod.end;
  const bool has_next = k + 1 < items_.size();
  if (mod.IsAdj()) {
    how = How::kAdj;
  } else if (IsPossessive(mod.end)) {
    how = How::kPossessive;
    mod_end = mod.end + 1;
  } else if (mod.kind == ItemKind::kEntry &&
             (mod.Primary() == EntryKind::kCountryName || mod.Primary() == EntryKind::kCapital ||
              mod.Primary() == EntryKind::kSeat || mod.Primary() == EntryKind::kPerson ||
              mod.Primary() == EntryKind::kOrganisation) &&
             has_next && items_[k + 1].begin == mod.end && items_[k + 1].IsAgent() &&
             // "the West Bank" is no bank of the West: a region name
             // before a capitalised word starts a longer name.
             !(mod.Primary() == EntryKind::kCountryName && IsRegion(mod.name->code) &&
               StartsUpper(items_[k + 1].begin))) {
    how = How::kNoun;
  } else {
    return 0;
  }
  // Reused (TryModifier never runs inside itself): assigning the lexicon
  // line then allocates nothing once it has grown.
  thread_local std::string mod_where;
  mod_where.clear();
  const std::string country = ItemCountry(mod, mod_where);
  // Find the agent: the next item, after at most a few adjectives or nouns.
  bool agent_follows = has_next && items_[k + 1].IsAgent() &&
                       items_[k + 1].begin - mod_end <= kMaxModifierGap;
  if (agent_follows) {
    for (uint32_t t = mod_end; t < items_[k + 1].begin; ++t) {
      if (!IsGapWord(t)) agent_follows = false;
    }
  }
  // "Azerbaijan's Parliament Commission on ...": the organisation's code.
  if (how == How::kPossessive && has_next && items_[k + 1].begin == mod_end &&
      items_[k + 1].Whole() && items_[k + 1].Primary() == EntryKind::kOrganisation) {
    const Entry& org = *items_[k + 1].org;
    MentionInfo info;
    info.kind = EntryKind::kOrganisation;
    // "Iraq's al-Qaeda": a transnational group (IMG) owned by a country is
    // its branch there, that country's (al-Qaeda in Iraq -> IRQREB).
    const bool branch = org.code.starts_with("IMG") && country.size() == 3 && !IsRegion(country) &&
                        mod.Primary() != EntryKind::kPerson && mod.Primary() != EntryKind::kOrganisation;
    Emit(mod.begin, items_[k + 1].end, branch ? country + org.code.substr(3) : org.code,
         Concat({branch ? "possessive+transnational group (the country's branch) "
                        : "possessive+organisation ",
                 mod_where, " ", org.where}),
         std::move(info));
    return 2;
  }
  if (!agent_follows) {
    if (how == How::kAdj) return AdjectiveAlone(k);
    if (how == How::kNoun) return 0;
    // A possessor with no agent is an actor itself: "Moscow's decision".
    if (mod.kind == ItemKind::kDefiniteRef) return 0;  // Single() does "the country"
    if (mod.Primary() == EntryKind::kPerson || mod.Primary() == EntryKind::kOrganisation ||
        mod.Primary() == EntryKind::kPeople) {
      return 0;  // read on their own by Single()
    }
    MentionInfo info;
    info.kind = mod.Primary();
    info.is_government = true;
    info.is_country = mod.Primary() == EntryKind::kCountryName;
    Emit(mod.begin, mod.end, country + "GOV", "possessor " + mod_where, std::move(info));
    return 1;
  }
  const Item& agent_item = items_[k + 1];
  const Entry& agent = *agent_item.agent;
  const char* how_name = how == How::kAdj ? "adj" : how == How::kPossessive ? "possessive" : "noun";
  // Title + person: "Russian President Vladimir Putin".
  if (k + 2 < items_.size() && items_[k + 2].begin == agent_item.end && items_[k + 2].IsPerson()) {
    const Entry& person = *items_[k + 2].person;
    MentionInfo info;
    info.kind = EntryKind::kPerson;
    info.person = &person;
    std::string code = PersonCode(person);
    std::string rule =
        Concat({how_name, "+title+person ", mod_where, " ", agent.where, " ", person.where});
    if (code.empty() && !country.empty()) {
      // No term of the person's covers the date: the title in the text
      // still says whom they act for.
      code = country.size() == 6 ? country : country + agent.code;
      rule += " (no term on " + std::string(ctx_.date) + "; code from the title)";
    } else if (code.empty()) {
      rule += " (no term on " + std::string(ctx_.date) + ")";
    }
    Emit(mod.begin, items_[k + 2].end, std::move(code), std::move(rule), std::move(info));
    return 3;
  }
  // Title + unknown name: "Deputy Prime Minister Alexey Ovchuk".
  uint32_t end = agent_item.end;
  const uint32_t next_item = k + 2 < items_.size() ? items_[k + 2].begin : last_;
  if (std::isupper(static_cast<unsigned char>(doc_.Slice(doc_.tokens[agent_item.begin].span)[0]))) {
    while (end < next_item && end - agent_item.end < kMaxTitleNames &&
           TagAt(end) == text::Id(text::Tag::NNP)) {
      ++end;
    }
  }
  MentionInfo info;
  info.kind = EntryKind::kAgent;
  info.family = Facts(agent).family;
  info.is_government = agent.code == "GOV" && info.family == "government";
  std::string code = country.empty() ? "" : (country.size() == 6 ? country : country + agent.code);
  // "state-controlled Azerbaijani media": adjectives before the modifier
  // in the same noun phrase belong to the mention.
  uint32_t begin = mod.begin;
  const int32_t np = ctx_.token_phrase[mod.begin];
  while (how == How::kAdj && np >= 0 && begin > first_ && ctx_.token_phrase[begin - 1] == np &&
         (k == 0 || items_[k - 1].end < begin) &&
         (text::IsAdjective(TagAt(begin - 1)) || TagAt(begin - 1) == text::Id(text::Tag::VBN))) {
    --begin;
  }
  Emit(begin, end, std::move(code),
       Concat({how_name, "+agent ", mod_where, " ", agent.where}), std::move(info),
       Facts(agent).ethnic);
  return 2;
}

size_t SentenceResolver::TryTitle(size_t k) {
  if (!items_[k].IsAgent() || k + 1 >= items_.size()) return 0;
  const Item& next = items_[k + 1];
  if (next.begin != items_[k].end || !next.IsPerson()) return 0;
  const Entry& person = *next.person;
  MentionInfo info;
  info.kind = EntryKind::kPerson;
  info.person = &person;
  std::string code = PersonCode(person);
  std::string rule = Concat({"title+person ", items_[k].agent->where, " ", person.where});
  if (code.empty()) {
    // No term of theirs covers the date, but the text gives the title:
    // the person's country (people.tsv) with the title's sector.
    code = person.code.substr(0, 3) + items_[k].agent->code;
    rule += " (no term on " + std::string(ctx_.date) + "; code from the title)";
  }
  const int32_t m = Emit(items_[k].begin, next.end, std::move(code), std::move(rule), std::move(info));
  return 2 + TryAppositive(k + 2, next.end, m);
}

size_t SentenceResolver::TryAgentOf(size_t k) {
  if (!items_[k].IsAgent() || k + 1 >= items_.size()) return 0;
  uint32_t t = items_[k].end;
  if (LowerAt(t) != "of") return 0;
  ++t;
  if (LowerAt(t) == "the") ++t;
  const Item& next = items_[k + 1];
  if (next.begin != t || next.kind != ItemKind::kEntry ||
      next.Primary() != EntryKind::kCountryName) {
    return 0;  // "residents of Baku": a capital after "of" is a place
  }
  const Entry& agent = *items_[k].agent;
  const Entry& place = *next.name;
  MentionInfo info;
  info.kind = EntryKind::kAgent;
  info.family = Facts(agent).family;
  info.is_government = info.family == "government";
  Emit(items_[k].begin, next.end, place.code + agent.code,
       Concat({"agent+of+country ", agent.where, " ", place.where}), std::move(info),
       Facts(agent).ethnic);
  return 2;
}

size_t SentenceResolver::TryAppositive(size_t next, uint32_t e, int32_t m) {
  if (LowerAt(e) != "," || next >= items_.size()) return 0;
  uint32_t b = e + 1;
  // The appositive NP: determiner, then words up to an agent.
  size_t k = next;
  const Item& first_item = items_[k];
  if (first_item.begin - b > kMaxAppositiveGap) return 0;
  for (uint32_t t = b; t < first_item.begin; ++t) {
    std::string_view w = ctx_.Lower(t);
    if (!(w == "the" || w == "a" || w == "an" || IsGapWord(t))) return 0;
  }
  // Either a bare agent or a modifier + agent ("Russia's foreign minister").
  // One a finite verb follows is a clause's subject, not an appositive:
  // "According to Yadrov, the crew was offered other airfields".
  const size_t before = doc_.actors.size();
  size_t used = 0;
  if (first_item.IsAgent()) {
    const Entry& agent = *first_item.agent;
    MentionInfo info;
    info.kind = EntryKind::kAgent;
    info.family = Facts(agent).family;
    const std::string code = doc_.actors[static_cast<size_t>(m)].code;
    uint32_t end = first_item.end;
    std::string rule = "appositive " + agent.where;
    used = 1;
    // "the ministry's spokesman": the possessed agent ends the appositive.
    if (IsPossessive(end) && k + 1 < items_.size() && items_[k + 1].IsAgent() &&
        items_[k + 1].begin == end + 1) {
      end = items_[k + 1].end;
      rule += " " + items_[k + 1].agent->where;
      used = 2;
    }
    if (FiniteVerbAt(end)) return 0;
    Emit(b, end, code, std::move(rule), std::move(info), false, m);
  } else if ((used = TryModifier(k)) > 0 && doc_.actors.size() == before + 1 &&
             !FiniteVerbAt(items_[k + used - 1].end)) {
    ActorMention& ap = doc_.actors.back();
    ap.span.begin = doc_.tokens[b].span.begin;
    ap.antecedent = m;
    if (ap.code.empty()) ap.code = doc_.actors[static_cast<size_t>(m)].code;
    ap.rule = "appositive " + ap.rule;
  }
  return used;
}

}  // namespace riposte::actors::internal
