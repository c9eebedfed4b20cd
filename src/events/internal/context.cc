// Implicit roles: the party news leaves unsaid because the story has made it
// plain. "The following day, Azerbaijan's Foreign Ministry lodged a formal
// protest" has no target in its clause; the reader knows from the sentences
// before that the protest went to Russia. Analysts want that dyad, and the
// seed gold codes it.
//
// Only a role the clause leaves empty is filled (a demand's, appeal's or
// promise's target naming nobody coded counts as empty: "demanded the release of the
// detained journalists" is asked of the other side), and only for acts
// that have a counterpart (CAMEO 01x comments, except acknowledging and
// denying responsibility, and 09x investigations have none). Each filled
// role points at a real mention, so its evidence is a span of the
// document; EventActor::implicit marks it.
//
//   place     a passive or nominal act of state coercion, protest or
//             sanction with no agent ("the ambassador in Moscow was
//             summoned", "were detained in Azerbaijan"), or a death in
//             custody or raids ("died during police raids in Yekaterinburg",
//             pattern option `victim`): the clause's place names the state
//             that acted. Only the country is coded.
//   place     an investigation (09x) whose doer names no country ("a
//             commission has been set up in Kazakhstan to investigate"):
//             the state where it is held.
//   agent     an agent without a country ("the special forces") doing an
//             act of state force (CAMEO 16-19) keeps its words and takes
//             its country from the place or the story, as below.
//   place     (target) a material or forceful act done in another country
//             than its source's concerns that country ("declined to attend
//             the parade in Moscow", "a base in Azerbaijan"), before any
//             search for a counterpart; an apology in Dushanbe is not to
//             Tajikistan (ActOnPlace).
//   sentence  the nearest coded mention in the trigger's sentence whose
//             country differs from the known role's, a state actor (the
//             country, its government, forces, police, courts, parliament)
//             before any other ("... lodged a protest
//             over the detentions of Azerbaijanis in Russia").
//   story     else the nearest one in the kBackSentences sentences before.
//   document  else the document's dominant counterpart: the country most
//             mentioned besides the known role's, when it has at least
//             kDominantMin mentions and twice the next one.
// A doer of a verbal or diplomatic act (CAMEO 01-05, 11-14) named without a
// country ("State-run media have begun comparing Putin to Hitler ... in
// authoritarian Azerbaijan") takes the other country its own sentence
// names, keeping its words.
// People named without a country as the target of coercion or violence
// (17-20: "the persecution of members of the diaspora") give way to the
// counterpart found so, when there is one.
// Before any of these, a target that cannot be one is let go: the source's
// own side for acknowledging or denying responsibility and for apologies
// (015, 016, 055: "admitted the interference of Russian air defences"), and
// the source's own civilians for disapproval (11x: "condemned the treatment
// of Azerbaijani citizens" is aimed at whoever treated them so).
// Acts of state (CAMEO 11-13, 16-19) take only a state actor as implicit
// source, and violence (18-20) takes its victim from its own sentence only.
// Regions ("the South Caucasus") are never implicit parties, nor places
// that name one ("criticism of Moscow's policy in the South Caucasus").
// A role is filled only when the other role is coded: with neither, nothing
// says whose counterpart to look for. The speaker of reported speech is never
// taken for the act's party, except as the accuser of an agentless
// accusation of crime whose suspects have no country ("a gang suspected of
// murders, the committee said"); the suspects then take the counterpart.
//
// Tested by coder_context_test.cc, coder_scope_test.cc and coder_accuracy_test.cc.
#include <algorithm>
#include <map>

#include "events/internal/coder_internal.h"

namespace riposte::events::internal {

namespace {

constexpr int32_t kBackSentences = 3;
constexpr int kDominantMin = 3;
constexpr int kFirstCoercionRoot = 17;  // 17 coerce ... 20 mass violence
constexpr int kLastDiplomaticRoot = 5;     // 01 statements ... 05 diplomatic cooperation
constexpr int kFirstDisapprovalRoot = 11;  // 11 disapprove ... 14 protest
constexpr int kLastProtestRoot = 14;

// Codes whose act has no counterpart: CAMEO 01x comments other than
// acknowledging (015) or denying (016) responsibility, and investigations.
bool WantsCounterpart(std::string_view cameo) {
  // An investigation (09x) looks into an incident; whom it may implicate is
  // not a party the story names ("has opened a criminal case").
  if (cameo.starts_with("09")) return false;
  if (!cameo.starts_with("01")) return true;
  return cameo.starts_with("015") || cameo.starts_with("016");
}

// Acts a state does on its own soil, whose place names the actor when the
// text names none: protests and summonses (11x), reductions of relations
// and expulsions (16x), arrests, raids and deportations (17x).
bool PlaceNamesActor(std::string_view cameo) {
  return cameo.starts_with("11") || cameo.starts_with("16") || cameo.starts_with("17");
}

// A state actor: a bare country or its government, military, police,
// judiciary, legislature or intelligence service.
bool IsState(std::string_view code) {
  const std::string sector = actors::CodeSector(code);
  return code.size() == 3 || sector == "GOV" || sector == "MIL" || sector == "COP" || sector == "JUD" ||
         sector == "LEG" || sector == "SPY";
}

// Acts of state force: protests and summonses aside, reductions of
// relations, coercion, assault and fighting (CAMEO 16-19).
bool ActOfStateForce(std::string_view cameo) {
  return cameo.starts_with("16") || cameo.starts_with("17") || cameo.starts_with("18") ||
         cameo.starts_with("19");
}

// Acts whose place abroad is their object: a visit (042: "arrived in
// Amman" is a visit to Jordan), material cooperation (bases, deals),
// military posture and force (CAMEO 06, 15, 18-20), and refusing to attend
// (125). A statement, apology or meeting in a city is only held there.
bool ActOnPlace(std::string_view cameo) {
  return cameo.starts_with("042") || cameo.starts_with("06") || cameo.starts_with("15") || cameo.starts_with("18") ||
         cameo.starts_with("19") || cameo.starts_with("20") || cameo.starts_with("125");
}

// CAMEO region codes (data/actors/countries.tsv): "the South Caucasus" is
// where things happen, not a party to implicit roles.
bool IsRegion(std::string_view country) {
  static constexpr std::string_view kRegions[] = {"AFR", "ASA", "BLK", "CAS", "CAU", "EUR",
                                                  "LAM", "MEA", "NMR", "SAM", "WST"};
  return std::find(std::begin(kRegions), std::end(kRegions), country) != std::end(kRegions);
}

// Acts only states do, whose unsaid doer is a state: diplomatic protest,
// rejection and threats (CAMEO 11-13) and state force (16-19).
bool ActOfState(std::string_view cameo) {
  return cameo.starts_with("11") || cameo.starts_with("12") || cameo.starts_with("13") ||
         ActOfStateForce(cameo);
}

bool Contains(const std::vector<int32_t>& v, int32_t m) {
  return std::find(v.begin(), v.end(), m) != v.end();
}

}  // namespace

StoryContext::StoryContext(const DocIndex& ix, std::string_view as_of, const actors::Lexicon& lexicon)
    : ix_(ix) {
  const Document& doc = ix.doc();
  countries_.reserve(doc.actors.size());
  by_position_.reserve(doc.actors.size());
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const std::string code = MentionCode(ix, static_cast<int32_t>(i), as_of, lexicon);
    countries_.push_back(actors::CodeCountry(code));
    states_.push_back(IsState(code));
    by_position_.push_back(static_cast<int32_t>(i));
  }
  std::stable_sort(by_position_.begin(), by_position_.end(), [&](int32_t a, int32_t b) {
    return doc.actors[static_cast<size_t>(a)].span.begin < doc.actors[static_cast<size_t>(b)].span.begin;
  });
}

int32_t StoryContext::NearestOther(int32_t first, int32_t last, Offset at, const std::string& known,
                                   const std::vector<int32_t>& taken, bool states_only) const {
  const Document& doc = ix_.doc();
  if (first < 0 || last < first) return -1;
  const Span range{doc.sentences[static_cast<size_t>(first)].span.begin,
                   doc.sentences[static_cast<size_t>(last)].span.end};
  // From the first mention inside the range, in text order.
  auto it = std::lower_bound(by_position_.begin(), by_position_.end(), range.begin, [&](int32_t m, Offset o) {
    return doc.actors[static_cast<size_t>(m)].span.begin < o;
  });
  int32_t best = -1;
  bool best_state = false;
  Offset best_distance = 0;
  for (; it != by_position_.end(); ++it) {
    const int32_t m = *it;
    const Span a = doc.actors[static_cast<size_t>(m)].span;
    if (a.begin >= range.end) break;
    if (a.end > range.end) continue;
    const std::string& country = countries_[static_cast<size_t>(m)];
    if (country.empty() || IsRegion(country) || country == known || Contains(taken, m)) continue;
    const bool state = states_[static_cast<size_t>(m)];
    if (states_only && !state) continue;
    const Offset distance = a.end <= at ? at - a.end : a.begin - at;
    if (best < 0 || (state && !best_state) || (state == best_state && distance < best_distance)) {
      best = m;
      best_state = state;
      best_distance = distance;
    }
  }
  return best;
}

int32_t StoryContext::DominantOther(Offset at, const std::string& known, bool states_only) const {
  auto cached = dominant_.find(known);
  if (cached == dominant_.end()) {
    std::map<std::string, int> counts;
    for (const std::string& c : countries_) {
      if (!c.empty() && !IsRegion(c) && c != known) ++counts[c];
    }
    std::string top;
    int first = 0, second = 0;
    for (const auto& [country, n] : counts) {
      if (n > first) {
        second = first;
        first = n;
        top = country;
      } else if (n > second) {
        second = n;
      }
    }
    if (first < kDominantMin || first < 2 * second) top.clear();
    Dominant d;
    for (int32_t m : by_position_) {
      if (top.empty() || countries_[static_cast<size_t>(m)] != top) continue;
      d.mentions.push_back(m);
      if (states_[static_cast<size_t>(m)]) d.states.push_back(m);
    }
    cached = dominant_.emplace(known, std::move(d)).first;
  }
  // Its last mention ending at or before `at`, else its first.
  const std::vector<int32_t>& ms = states_only ? cached->second.states : cached->second.mentions;
  if (ms.empty()) return -1;
  const Document& doc = ix_.doc();
  auto it = std::upper_bound(ms.begin(), ms.end(), at, [&](Offset o, int32_t m) {
    return o < doc.actors[static_cast<size_t>(m)].span.end;
  });
  return it == ms.begin() ? ms.front() : *std::prev(it);
}

int32_t StoryContext::Counterpart(const Trigger& trig, const std::string& known,
                                  const std::vector<int32_t>& taken, bool states_only,
                                  bool sentence_only) const {
  const Offset at = ix_.doc().tokens[trig.token].span.begin;
  const int32_t s = ix_.SentenceOf(trig.token);
  if (s < 0) return -1;
  int32_t m = NearestOther(s, s, at, known, taken, states_only);
  if (m < 0 && !sentence_only) {
    m = NearestOther(std::max(0, s - kBackSentences), s - 1, at, known, taken, states_only);
  }
  if (m < 0 && !sentence_only) m = DominantOther(at, known, states_only);
  return m;
}

void FillImplicitRoles(const StoryContext& story, const Trigger& trig, std::string_view act_cameo,
                       const std::optional<Location>& place, Roles& roles) {
  const DocIndex& ix = story.index();
  // "A commission has been set up in Kazakhstan to investigate the crash":
  // an investigation whose doer names no country is the state's where it
  // is held (it has no counterpart, below).
  if (trig.cameo.starts_with("09") && place && !place->country.empty() && !IsRegion(place->country) &&
      !roles.place_source) {
    // Uncoded words only: an international body ("the IAEA") has no
    // country and needs none.
    const bool countryless = std::all_of(roles.sources.begin(), roles.sources.end(),
                                         [&](int32_t m) { return CodeOf(ix, m).empty(); });
    if (countryless && roles.sources.size() <= 1) {
      const Span words = roles.sources.empty() ? place->span : ix.doc().actors[static_cast<size_t>(roles.sources.front())].span;
      roles.place_source = EventActor{place->country, words, true};
      roles.sources.clear();
    }
  }
  if (!WantsCounterpart(trig.cameo)) return;
  auto coded = [&](const std::vector<int32_t>& ms) -> std::string {
    for (int32_t m : ms) {
      const std::string& c = story.Country(m);
      if (!c.empty()) return c;
    }
    return "";
  };
  std::string source = coded(roles.sources);
  // Acknowledging or denying responsibility and apologising are owed to
  // someone else: "admitted the interference of Russian air defences" names
  // the source's own side, not the target.
  if (!source.empty() && (trig.cameo.starts_with("015") || trig.cameo.starts_with("016") ||
                          trig.cameo.starts_with("055"))) {
    std::erase_if(roles.targets, [&](int32_t m) { return story.Country(m) == source; });
  }
  // "condemned the treatment of Azerbaijani citizens": a government
  // disapproves of what was done to its own people, not of them (CAMEO 11x
  // with only the source's own civilians as target).
  if (!source.empty() && trig.cameo.starts_with("11") && !roles.targets.empty() &&
      std::all_of(roles.targets.begin(), roles.targets.end(), [&](int32_t m) {
        return story.Country(m) == source &&
               actors::CodeSector(ix.doc().actors[static_cast<size_t>(m)].code) == "CVL";
      })) {
    roles.targets.clear();
  }
  // "demanded the release of the detained journalists", "promised a legal
  // assessment of the actions of the officials": a demand, appeal or
  // promise is made to someone; people named without a country are what it
  // is about, and the one addressed is left to the story.
  if ((trig.cameo.starts_with("10") || trig.cameo.starts_with("02") || trig.cameo.starts_with("03")) &&
      !roles.targets.empty() && !HasCode(ix, roles.targets)) {
    roles.targets.clear();
  }
  // "persecution of members of the diaspora": coercion or violence done to
  // people named without a country; whose people they are is the story's
  // (for violence, the sentence's) to say, when it names them (below).
  const bool uncoded_victims =
      RootNumber(trig.cameo) >= kFirstCoercionRoot && !roles.targets.empty() && !HasCode(ix, roles.targets);
  const std::string target = coded(roles.targets);
  // "The special forces detained almost 50 Azerbaijanis": an agent the
  // lexicon knows but whose country the words do not say. For acts of state
  // force its country comes from the story; its words stay the evidence.
  int32_t agent_without_country = -1;
  if (source.empty() && roles.sources.size() == 1 && ActOfStateForce(trig.cameo)) {
    agent_without_country = roles.sources.front();
    roles.sources.clear();
  }
  const bool passive_like =
      trig.nominal || trig.verb < 0 || roles.agentless_passive || agent_without_country >= 0;
  if (roles.sources.empty() && passive_like && place && !place->country.empty() &&
      place->country != target && !IsRegion(place->country) &&
      (PlaceNamesActor(trig.cameo) || trig.victim)) {
    roles.place_source = EventActor{place->country, place->span, true};
    source = place->country;
  }
  // The speaker of reported speech is its own party, never the act's...
  std::vector<int32_t> speaker;
  if (roles.speaker >= 0) {
    const std::span<const int32_t> ms = ix.MentionsOf(roles.speaker);
    speaker.assign(ms.begin(), ms.end());
  }
  // ... but for an agentless accusation of crime ("six members of a gang
  // suspected of murders, the Investigative Committee said"): the suspicion
  // is the speaker's; whose the suspects are is the story's (below).
  bool speakers_suspicion = false;
  if (trig.cameo.starts_with("112") && roles.agentless_passive && roles.sources.empty() &&
      !roles.place_source && source.empty() && !HasCode(ix, roles.targets)) {
    std::vector<int32_t> accusers = speaker;
    if (roles.speaker_mention >= 0) accusers.insert(accusers.begin(), roles.speaker_mention);
    for (int32_t m : accusers) {
      if (story.Country(m).empty()) continue;
      roles.sources = {m};
      roles.implicit_source = true;
      source = story.Country(m);
      speakers_suspicion = true;
      break;
    }
  }
  // "State-run media have begun comparing Putin to Hitler - something that
  // would be impossible in authoritarian Azerbaijan": a doer of a verbal or
  // diplomatic act named without a country, beside a coded target, belongs to the other country its own
  // sentence names; its words stay the evidence.
  const int root = RootNumber(trig.cameo);
  const bool verbal_or_diplomatic = root <= kLastDiplomaticRoot || (root >= kFirstDisapprovalRoot && root <= kLastProtestRoot);
  if (verbal_or_diplomatic && source.empty() && !target.empty() && !roles.sources.empty() && !HasCode(ix, roles.sources) &&
      !roles.place_source && agent_without_country < 0 && roles.sources.size() == 1) {
    std::vector<int32_t> taken = roles.targets;
    taken.insert(taken.end(), speaker.begin(), speaker.end());
    const int32_t m = story.Counterpart(trig, target, taken, false, true);
    if (m >= 0) {
      source = story.Country(m);
      roles.place_source = EventActor{source, ix.doc().actors[static_cast<size_t>(roles.sources.front())].span, true};
      roles.sources.clear();
    }
  }
  if (source.empty() && !target.empty() && roles.sources.empty()) {
    std::vector<int32_t> taken = roles.targets;
    taken.insert(taken.end(), speaker.begin(), speaker.end());
    int32_t m = story.Counterpart(trig, target, taken, ActOfState(trig.cameo), false);
    if (m >= 0) {
      roles.sources = {m};
      roles.implicit_source = true;
      source = story.Country(m);
    }
  }
  if (agent_without_country >= 0) {
    if (!source.empty() && !roles.place_source) {
      // The agent's own words, with the story's country.
      roles.place_source = EventActor{source, ix.doc().actors[static_cast<size_t>(agent_without_country)].span, true};
      roles.sources.clear();
    } else if (source.empty()) {
      roles.sources = {agent_without_country};  // nothing better: as the text says
    }
  }
  // "declined to attend the parade in Moscow", "plans a base in
  // Azerbaijan": an act done in another country concerns that country.
  if (target.empty() && !source.empty() && roles.targets.empty() && place && !place->country.empty() &&
      place->country != source && !IsRegion(place->country) && ActOnPlace(act_cameo)) {
    roles.place_target = EventActor{place->country, place->span, true};
    return;
  }
  // Victims are named where violence is told; a nearby party is no victim.
  const bool violence = trig.cameo.starts_with("18") || trig.cameo.starts_with("19") ||
                        trig.cameo.starts_with("20");
  if (target.empty() && (!source.empty() || roles.place_source) &&
      (roles.targets.empty() || uncoded_victims || speakers_suspicion)) {
    if (source.empty()) source = roles.place_source->code;
    std::vector<int32_t> taken = roles.sources;
    taken.insert(taken.end(), speaker.begin(), speaker.end());
    int32_t m = story.Counterpart(trig, source, taken, false, violence);
    if (m >= 0) {
      roles.targets = {m};
      roles.implicit_target = true;
    }
  }
}

}  // namespace riposte::events::internal
