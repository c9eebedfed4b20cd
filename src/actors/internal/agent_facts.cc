// What resolution needs to know about each agent entry ("officials",
// "Foreign Ministry", "diaspora"), worked out once per Recognizer.
//
// Algorithm: AgentFamily, IsEthnicAgent and MayBeForeignWhereTheyAre read
// only the entry's text and code, so their answers are computed for every
// agent entry when the Recognizer is built and kept in a table indexed by
// the entry's position in the lexicon. Resolution then reads one record
// per agent mention instead of lower-casing the text (an allocation) and
// scanning it for a dozen words each time. Cost: one pass over the lexicon;
// a vector index per entry and a record per agent.
//
// Tested by recognize_test.cc (the rules that use these facts).
#include <string>
#include <string_view>

#include "actors/internal/resolve.h"
#include "actors/internal/sentence_resolver.h"

namespace riposte::actors::internal {

std::string AgentFamily(std::string_view agent_text) {
  std::string lower;
  AsciiLowerInto(agent_text, lower);
  if (lower == "head of state") return "president";
  for (std::string_view family : {"ministry", "ministries", "president", "agency", "government"}) {
    if (lower.find(family) != std::string::npos) {
      return family == "ministries" ? "ministry" : std::string(family);
    }
  }
  return lower;
}

bool MayBeForeignWhereTheyAre(const Entry& agent) {
  if (IsEthnicAgent(agent.text)) return true;  // "diasporas in Russia" are not Russia's
  static constexpr std::string_view kForeignSectors[] = {"MIL", "REF", "MED", "IGO", "NGO"};
  for (std::string_view sector : kForeignSectors) {
    if (agent.code == sector) return true;
  }
  std::string lower;
  AsciiLowerInto(agent.text, lower);
  for (std::string_view word : {"embass", "ambassador", "diplomat", "consul", "envoy", "mission",
                                "delegation", "peacekeep", "observer", "visitor", "tourist"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

namespace {

AgentFacts::Facts Compute(const Entry& agent) {
  AgentFacts::Facts facts;
  facts.family = AgentFamily(agent.text);
  facts.ethnic = IsEthnicAgent(agent.text);
  facts.foreign = MayBeForeignWhereTheyAre(agent);
  return facts;
}

}  // namespace

AgentFacts::AgentFacts(const Lexicon& lexicon) : lexicon_(lexicon) {
  index_.assign(lexicon.entries().size(), kNoId);
  for (size_t i = 0; i < lexicon.entries().size(); ++i) {
    const Entry& entry = lexicon.entries()[i];
    if (entry.kind != EntryKind::kAgent) continue;
    index_[i] = static_cast<uint32_t>(facts_.size());
    facts_.push_back(Compute(entry));
  }
}

const AgentFacts::Facts& AgentFacts::Of(const Entry& agent) const {
  const auto address = reinterpret_cast<uintptr_t>(&agent);
  const auto base = reinterpret_cast<uintptr_t>(lexicon_.entries().data());
  const size_t index = (address - base) / sizeof(Entry);
  if (address >= base && index < index_.size() && index_[index] != kNoId) return facts_[index_[index]];
  // Not an agent of this lexicon as it was compiled: worked out now.
  thread_local Facts computed;
  computed = Compute(agent);
  return computed;
}

}  // namespace riposte::actors::internal
