// Resolution of lexicon matches to actor mentions, one sentence at a time.
//
// Algorithm: the matcher gives the longest lexicon matches of a sentence
// (items); personal pronouns and "the country" are added as items too. Each
// item gets its strongest reading (person > organisation > seat > country
// name > capital > people > adjective > agent). The items are then read left
// to right, trying at each one, in order, the combinations an event-data
// coder reads in a noun phrase and around it:
//   compound   "Hungarian and Romanian officials": one mention per adjective
//              (over the adjective), each with the agent's sector; before a
//              noun that is no agent, the bare country codes ("the Turkish
//              and Greek sides" -> TUR, GRC);
//   ethnic     "ethnic Azerbaijanis" -> AZECVL, marked ethnic;
//   modifier   adjective, possessor ("Azerbaijan's", "Putin's", "the
//              country's") or noun modifier ("Kremlin officials") + up to
//              three adjectives or nouns + agent: the modifier gives the
//              country, the agent the sector ("Russian air defences" ->
//              RUSMIL); when a person follows the agent it is a title
//              ("Russian President Vladimir Putin" -> the person's code);
//              a possessor with no agent is an actor itself ("Moscow's
//              decision" -> RUSGOV);
//   title      agent + person ("President Ilham Aliyev") -> the person;
//   agent+of   "President of Turkey" -> TURGOV;
//   agent+in   "Demonstrators in Baghdad" -> IRQCVL (not for agents that
//              may be foreign where they are: troops, diplomats...);
//   single     person -> Lexicon::PersonCodeAsOf, or the bare country code
//              when no term covers the date ("Carlos Menem" in 2001 -> ARG);
//              organisation -> its code;
//              seat -> country+GOV; country name -> country+GOV when an
//              actor (clause subject, object of a verb group, agent of a
//              passive, after "against"/"with"/"on"..., before a finite
//              verb), the bare code otherwise (after "in"/"near"/"to"...), and
//              nothing in "Atlanta, Georgia"; capital -> country+GOV only
//              when an actor and the head of its phrase, nothing as a place
//              ("in Baku", "the Baku office"); people -> country+CVL;
//              adjective alone -> the bare country code before a noun
//              ("Israeli air raids" -> ISR: a country reference, not an
//              actor), else nothing; agent alone -> unresolved, or the
//              antecedent's code for a definite description ("the ministry"),
//              and a capitalised title before an unknown name ("President
//              Laurent Gbagbo") -> the sentence's one country + the title's
//              sector (ContextCountry; none when it names two);
//              pronouns and "the country"/"the agency" -> coref.cc;
//   hyphen     words of "Putin-Erdogan", "Turkish-made drones".
// A country name right after an unknown proper noun is part of a longer
// name ("Michael Jordan", "New Jersey") and gives nothing.
// A person followed by ", the/a ... agent" gets the appositive as a second
// mention linked to it ("Maria Zakharova, the Foreign Ministry spokesperson").
// Each mention records the rule and the lexicon lines that decided it.
// Cost: per sentence, one pass over its tokens and matches building the
// items (into a per-thread buffer; the readings sorted from the match's
// packed kinds, reading an Entry only for people's terms), then a few
// checks per item; what is known of each agent entry (family, ethnic,
// foreign: agent_facts.cc) is looked up, not recomputed, and rule strings
// are built in one allocation (Concat).
// This file: items, single readings and the driver; the combinations are in
// phrase_rules.cc.
//
// Tested by recognize_test.cc.
#include "actors/internal/resolve.h"

#include "actors/internal/sentence_resolver.h"
#include "text/text.h"

namespace riposte::actors::internal {
void SentenceResolver::BuildItems(std::span<const Match> matches) {
  size_t mi = 0;
  for (uint32_t t = first_; t < last_;) {
    if (mi < matches.size() && matches[mi].begin == t) {
      const Match& m = matches[mi++];
      // Built in place: a copy of this large record costs store-forwarding stalls.
      Item& item = items_.emplace_back();
      item.begin = m.begin;
      item.end = m.end;
      item.part = m.part;
      for (size_t i = 0; i < m.entries.size(); ++i) {
        const Entry* e = m.entries[i];
        switch (m.kinds[i]) {
          case EntryKind::kPerson:
            if (!item.person || (!Matcher::HasCodeAsOf(*item.person, ctx_.date) &&
                                 Matcher::HasCodeAsOf(*e, ctx_.date))) {
              item.person = e;
            }
            break;
          case EntryKind::kOrganisation: if (!item.org) item.org = e; break;
          case EntryKind::kSeat: if (!item.seat) item.seat = e; break;
          case EntryKind::kCountryName: if (!item.name) item.name = e; break;
          case EntryKind::kCapital: if (!item.capital) item.capital = e; break;
          case EntryKind::kPeople: if (!item.people) item.people = e; break;
          case EntryKind::kAdjective: if (!item.adj) item.adj = e; break;
          case EntryKind::kAgent: if (!item.agent) item.agent = e; break;
        }
      }
      // Part matches share their token: stay on it for the next part.
      if (!(m.IsPart() && mi < matches.size() && matches[mi].begin == t)) t = m.end;
      continue;
    }
    std::string_view w = ctx_.Lower(t);
    // Pronouns and "the" have two or three letters: most words stop here.
    if (w.size() - 2 > 1) {
      ++t;
      continue;
    }
    if (In(kPronouns, w)) {
      Item item;
      item.begin = t;
      item.end = t + 1;
      item.kind = ItemKind::kPronoun;
      items_.push_back(item);
    } else if (w == "the" && (LowerAt(t + 1) == "country" || LowerAt(t + 1) == "agency") &&
               !(mi < matches.size() && matches[mi].begin == t + 1)) {
      Item item;
      item.begin = t;
      item.end = t + 2;
      item.kind = ItemKind::kDefiniteRef;
      item.family = LowerAt(t + 1);
      items_.push_back(item);
      t += 2;
      continue;
    }
    ++t;
  }
}

bool SentenceResolver::UsedAsActor(uint32_t b, uint32_t e, bool capital) const {
  const uint32_t before = WordBefore(b);
  if (before < last_) {
    std::string_view w = ctx_.Lower(before);
    if (In(kPlacePrepositions, w)) return false;
    if (In(kActorPrepositions, w)) return true;
    if (w == "of") {
      if (!capital || before == first_) return false;
      const uint32_t noun = before - 1;
      if (In(kPlaceNouns, ctx_.Lower(noun))) return false;
      for (const Item& item : items_) {
        if (item.end == before && item.Whole()) return false;  // "the mayor of Baku"
      }
      return true;
    }
  }
  const int32_t np = ctx_.token_phrase[b];
  if (np >= 0 && ctx_.phrase_subject[static_cast<size_t>(np)]) return true;
  if (np > 0) {
    const Phrase& vg = doc_.phrases[static_cast<size_t>(np - 1)];
    const Phrase& p = doc_.phrases[static_cast<size_t>(np)];
    if (vg.kind == PhraseKind::kVerbGroup && vg.end == p.begin && vg.head >= 0 &&
        !In(kPlaceVerbs, doc_.tokens[static_cast<size_t>(vg.head)].lemma)) {
      return true;
    }
  }
  // Chunker misses: "Baku responded", "Moscow and Baku agreed".
  return IsFiniteVerb(e) && !AfterPreposition(b);
}

std::string SentenceResolver::ItemCountry(const Item& item, std::string& where) const {
  if (item.kind == ItemKind::kDefiniteRef) {
    std::string why;
    const int32_t a = item.family == "country"
                          ? CountryAntecedent(ctx_, sentence_, why)
                          : DefiniteAntecedent(ctx_, sentence_, item.family, "", why);
    where = why;
    if (a < 0) return "";
    return doc_.actors[static_cast<size_t>(a)].code.substr(0, 3);
  }
  if (item.kind != ItemKind::kEntry) return "";
  const Entry* e = nullptr;
  std::string code;
  switch (item.Primary()) {
    case EntryKind::kPerson:
      e = item.person;
      code = PersonCode(*e);
      if (code.empty()) code = PersonCountry(*e);  // out of office: still the country's
      break;
    case EntryKind::kOrganisation: e = item.org; code = e->code; break;
    case EntryKind::kSeat: e = item.seat; code = e->code; break;
    case EntryKind::kCountryName: e = item.name; code = e->code; break;
    case EntryKind::kCapital: e = item.capital; code = e->code; break;
    case EntryKind::kPeople: e = item.people; code = e->code; break;
    case EntryKind::kAdjective: e = item.adj; code = e->code; break;
    case EntryKind::kAgent: return "";
  }
  where = e->where;
  if (code.size() > 3 && code.compare(0, 3, "IGO") != 0) code.resize(3);
  return code;
}

int32_t SentenceResolver::EmitSpan(Span span, uint32_t b, uint32_t e, std::string code,
                                   std::string rule, MentionInfo info, bool ethnic,
                                   int32_t antecedent) {
  ActorMention m;
  m.span = span;
  m.code = std::move(code);
  m.rule = std::move(rule);
  m.phrase = ctx_.token_phrase[e - 1] >= 0 ? ctx_.token_phrase[e - 1] : ctx_.token_phrase[b];
  m.antecedent = antecedent;
  m.ethnic = ethnic;
  info.sentence = sentence_;
  doc_.actors.push_back(std::move(m));
  ctx_.info.push_back(std::move(info));
  return static_cast<int32_t>(doc_.actors.size() - 1);
}

std::string SentenceResolver::ContextCountry(size_t skip, std::string& where) const {
  std::string found;
  for (size_t i = 0; i < items_.size(); ++i) {
    const Item& item = items_[i];
    if (i == skip || item.kind != ItemKind::kEntry) continue;
    const EntryKind primary = item.Primary();
    if (primary == EntryKind::kPerson || primary == EntryKind::kOrganisation ||
        primary == EntryKind::kAgent) {
      continue;  // people and bodies may act abroad; only places and demonyms count
    }
    for (const Entry* e : {item.seat, item.name, item.capital, item.people, item.adj}) {
      if (e == nullptr || e->code.size() != 3 || IsRegion(e->code)) continue;
      if (found.empty()) {
        found = e->code;
        where = e->where;
      } else if (found != e->code) {
        return "";
      }
      break;
    }
  }
  return found;
}

int32_t SentenceResolver::EmitAgentAlone(size_t k, uint32_t b) {
  const Item& item = items_[k];
  const Entry& agent = *item.agent;
  MentionInfo info;
  info.kind = EntryKind::kAgent;
  info.family = Facts(agent).family;
  const bool definite = b > first_ && ctx_.Lower(b - 1) == "the";
  if (!definite) {
    // A capitalised singular title before an unknown name ("President
    // Laurent Gbagbo", "Judge Alejandro Rivera"): a named office holder of
    // the one country the sentence speaks of, else of none we can tell.
    uint32_t end = item.end;
    const uint32_t title_last = item.end - 1;
    const uint32_t next_item = k + 1 < items_.size() ? items_[k + 1].begin : last_;
    if (StartsUpper(title_last) && TagAt(title_last) != text::Id(text::Tag::NNS) &&
        TagAt(title_last) != text::Id(text::Tag::NNPS)) {
      while (end < next_item && end - item.end < kMaxTitleNames && StartsUpper(end) &&
             TagAt(end) == text::Id(text::Tag::NNP) && !In(kCalendarWords, ctx_.Lower(end))) {
        ++end;
      }
    }
    if (end > item.end) {
      std::string where;
      const std::string country = ContextCountry(k, where);
      std::string rule = "title+name " + agent.where;
      rule += country.empty() ? " (no single country in the sentence)" : " country from the sentence " + where;
      return Emit(b, end, country.empty() ? "" : country + agent.code, std::move(rule),
                  std::move(info));
    }
    return Emit(b, item.end, "", "agent alone (no country) " + agent.where, std::move(info),
                Facts(agent).ethnic);
  }
  std::string why;
  const int32_t a = DefiniteAntecedent(ctx_, sentence_, info.family, agent.code, why);
  std::string code;
  if (a >= 0) {
    const std::string& ante = doc_.actors[static_cast<size_t>(a)].code;
    code = ante.size() == 3 ? ante + agent.code : ante;
    info.is_government = ctx_.info[static_cast<size_t>(a)].is_government;
    // "the president" after "Ilham Aliyev" is that person: a later "he" may
    // refer back through it (PronounAntecedent).
    info.person = ctx_.info[static_cast<size_t>(a)].person;
  }
  return Emit(b - 1, item.end, std::move(code), Concat({why, " ", agent.where}), std::move(info),
              Facts(agent).ethnic, a);
}

size_t SentenceResolver::Single(size_t k) {
  const Item& item = items_[k];
  const uint32_t b = item.begin, e = item.end;
  if (item.kind == ItemKind::kPronoun) {
    std::string why;
    const int32_t a = PronounAntecedent(ctx_, sentence_, why);
    MentionInfo info;
    info.kind = EntryKind::kPerson;
    if (a >= 0) info.person = ctx_.info[static_cast<size_t>(a)].person;
    Emit(b, e, a >= 0 ? doc_.actors[static_cast<size_t>(a)].code : "", why, std::move(info),
         false, a);
    // Pronouns are not candidates themselves: PronounAntecedent skips
    // mentions with an antecedent, and an unresolved one has no person.
    return 1;
  }
  if (item.kind == ItemKind::kDefiniteRef) {
    std::string why;
    const int32_t a = item.family == "country"
                          ? CountryAntecedent(ctx_, sentence_, why)
                          : DefiniteAntecedent(ctx_, sentence_, item.family, "", why);
    MentionInfo info;
    info.kind = a >= 0 ? ctx_.info[static_cast<size_t>(a)].kind : EntryKind::kAgent;
    info.family = std::string(item.family);
    Emit(b, e, a >= 0 ? doc_.actors[static_cast<size_t>(a)].code : "", why, std::move(info),
         false, a);
    return 1;
  }
  MentionInfo info;
  info.kind = item.Primary();
  switch (item.Primary()) {
    case EntryKind::kPerson: {
      info.person = item.person;
      std::string code = PersonCode(*item.person);
      std::string rule = "person " + item.person->where;
      if (code.empty()) {
        // Out of office on the date: still the country's person (an
        // ex-president is no government actor, but is Argentina's).
        code = PersonCountry(*item.person);
        rule += " (no term on " + std::string(ctx_.date) + (code.empty() ? ")" : "; country only)");
      }
      const int32_t m = Emit(b, e, std::move(code), std::move(rule), std::move(info));
      return 1 + TryAppositive(k + 1, e, m);
    }
    case EntryKind::kOrganisation:
      Emit(b, e, item.org->code, "organisation " + item.org->where, std::move(info));
      return 1;
    case EntryKind::kSeat:
      info.is_government = true;
      Emit(b, e, item.seat->code + "GOV", "seat " + item.seat->where, std::move(info));
      return 1;
    case EntryKind::kCountryName: {
      // "Atlanta, Georgia": a place qualified by its state or country.
      if (b >= first_ + 2 && ctx_.Lower(b - 1) == "," &&
          TagAt(b - 2) == text::Id(text::Tag::NNP) &&
          (k == 0 || items_[k - 1].end < b - 1 || items_[k - 1].Primary() == EntryKind::kCapital) &&
          (e >= last_ || text::IsPunctuation(TagAt(e)))) {
        return 1;
      }
      // "Michael Jordan", "New Jersey", "Lake Chad": the end of a longer
      // name we do not know.
      if (b > first_ && TagAt(b - 1) == text::Id(text::Tag::NNP) &&
          (k == 0 || items_[k - 1].end < b) && !In(kCalendarWords, ctx_.Lower(b - 1))) {
        return 1;
      }
      // "the West Bank": a region name starting a longer name (an agent
      // word in it is no agent either). A country name before a capitalised
      // word is kept: "US Congress", "Montenegro Assembly" are the
      // country's.
      if (IsRegion(item.name->code) && e < last_ && StartsUpper(e) &&
          text::IsProperNoun(TagAt(e)) && !In(kCalendarWords, ctx_.Lower(e))) {
        const bool agent_next = k + 1 < items_.size() && items_[k + 1].begin == e && items_[k + 1].IsAgent();
        const bool other_next = k + 1 < items_.size() && items_[k + 1].begin == e && !agent_next;
        if (!other_next) return agent_next ? 2 : 1;
      }
      info.is_country = true;
      const bool actor = UsedAsActor(b, e, false) && !ModifiesNoun(e);
      info.is_government = actor;
      Emit(b, e, actor ? item.name->code + "GOV" : item.name->code,
           Concat({actor ? "country as actor " : "country ", item.name->where}),
           std::move(info));
      return 1;
    }
    case EntryKind::kCapital:
      if (UsedAsActor(b, e, true) && !ModifiesNoun(e)) {
        info.is_government = true;
        Emit(b, e, item.capital->code + "GOV", "capital as actor " + item.capital->where,
             std::move(info));
      }
      return 1;
    case EntryKind::kPeople:
      if (item.adj != nullptr && text::IsNoun(TagAt(e))) return 1;  // "French wine"
      Emit(b, e, item.people->code + "CVL", "people " + item.people->where, std::move(info));
      return 1;
    case EntryKind::kAdjective:
      return 1;
    case EntryKind::kAgent:
      EmitAgentAlone(k, b);
      return 1;
  }
  return 1;
}

void SentenceResolver::Run() {
  size_t k = 0;
  while (k < items_.size()) {
    if (items_[k].IsPart()) {
      k += PartItem(k);
      continue;
    }
    size_t used = TryCompound(k);
    if (used == 0) used = TryEthnic(k);
    if (used == 0) used = TryModifier(k);
    if (used == 0) used = TryTitle(k);
    if (used == 0) used = TryAgentOf(k);
    if (used == 0) used = TryAgentIn(k);
    if (used == 0) used = Single(k);
    k += used;
  }
}

void PrepareContext(DocContext& ctx) {
  Document& doc = *ctx.doc;
  AsciiLowerInto(doc.text, ctx.lower);
  ctx.token_phrase.assign(doc.tokens.size(), -1);
  for (size_t p = 0; p < doc.phrases.size(); ++p) {
    const Phrase& ph = doc.phrases[p];
    if (ph.kind != PhraseKind::kNounPhrase) continue;
    for (uint32_t t = ph.begin; t < ph.end && t < doc.tokens.size(); ++t) {
      ctx.token_phrase[t] = static_cast<int32_t>(p);
    }
  }
  ctx.phrase_subject.assign(doc.phrases.size(), 0);
  for (const Clause& c : doc.clauses) {
    if (c.subject >= 0 && static_cast<size_t>(c.subject) < doc.phrases.size()) {
      ctx.phrase_subject[static_cast<size_t>(c.subject)] = 1;
    }
  }
  ctx.info.clear();
}

void ResolveSentence(DocContext& ctx, int32_t sentence, uint32_t first, uint32_t last,
                     std::span<const Match> matches) {
  thread_local std::vector<Item> items;  // one per thread: ResolveSentence stays thread-safe
  SentenceResolver resolver(ctx, sentence, first, last, items);
  resolver.BuildItems(matches);
  resolver.Run();
}

}  // namespace riposte::actors::internal
