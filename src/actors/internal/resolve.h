// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
//
// Resolution of lexicon matches to actor mentions (resolve.cc) and modest
// coreference (coref.cc), sentence by sentence over one document.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "actors/internal/matcher.h"
#include "core/core.h"

namespace riposte::actors::internal {

// What resolution remembers about each mention it made (parallel to
// doc.actors), for coreference.
struct MentionInfo {
  EntryKind kind = EntryKind::kAgent;  // what decided the code
  const Entry* person = nullptr;        // person mentions: the entry
  std::string family;                   // agents: "ministry", "president", "agency"...
  int32_t sentence = -1;
  bool is_country = false;              // a country name (for "the country")
  bool is_government = false;           // a country, capital, seat or government agent
};

// The family (AgentFamily), ethnic reading (IsEthnicAgent) and whether
// they may be foreigners where they are (MayBeForeignWhereTheyAre) of each
// agent entry of a lexicon, computed once (agent_facts.cc). Not copyable:
// holds a reference to the lexicon; const lookups are thread-safe.
class AgentFacts {
 public:
  struct Facts {
    std::string family;
    bool ethnic = false;
    bool foreign = false;
  };
  // REQUIRES: `lexicon` outlives this.
  explicit AgentFacts(const Lexicon& lexicon);
  AgentFacts(const AgentFacts&) = delete;
  AgentFacts& operator=(const AgentFacts&) = delete;
  // The facts of `agent` (an agent entry; of the lexicon, else computed
  // into a per-thread record valid until the next such call).
  const Facts& Of(const Entry& agent) const;

 private:
  const Lexicon& lexicon_;
  std::vector<uint32_t> index_;  // entry index -> facts_ index, kNoId for non-agents
  std::vector<Facts> facts_;
};

// Per-document state shared by resolve.cc and coref.cc.
struct DocContext {
  Document* doc = nullptr;
  const Lexicon* lexicon = nullptr;
  const Matcher* matcher = nullptr;  // the compiled lexicon (person codes)
  const AgentFacts* agents = nullptr;  // of the same lexicon
  const Gazetteer* gazetteer = nullptr;  // cities for "agent in <city>"; may be null
  std::string_view date;            // as-of date for office holders
  std::string lower;                // doc.text ASCII-lower-cased
  std::vector<int32_t> token_phrase;  // token -> noun phrase index, or -1
  std::vector<uint8_t> phrase_subject;  // phrase -> 1 if some clause's subject
  std::vector<MentionInfo> info;    // parallel to doc->actors

  // Lower-cased text of token `t`.
  std::string_view Lower(uint32_t t) const {
    const Span s = doc->tokens[t].span;
    return std::string_view(lower).substr(s.begin, s.end - s.begin);
  }
};

// Builds the per-document tables (lower-cased text, token -> phrase,
// subjects).
void PrepareContext(DocContext& ctx);

// Turns the matches of sentence `sentence` (tokens [first, last)) into
// mentions appended to doc.actors (and ctx.info), resolving coreference
// against the mentions made so far.
void ResolveSentence(DocContext& ctx, int32_t sentence, uint32_t first, uint32_t last,
                     std::span<const Match> matches);

// The family of an agent entry for definite-description coreference:
// "ministry", "president", "agency", "government", else the text itself.
std::string AgentFamily(std::string_view agent_text);
// Agents that may be foreigners where they are (troops, diplomats,
// correspondents, refugees, diasporas, international bodies): "in <place>"
// does not tell their country.
bool MayBeForeignWhereTheyAre(const Entry& agent);

// Coreference (coref.cc). Each returns the index of the antecedent in
// doc.actors, or -1 when there is none or it is ambiguous; `why` gets a
// short reason for the rule string.
// "he", "she", "his", "her", "him": the one person mentioned in this or the
// two previous sentences.
int32_t PronounAntecedent(const DocContext& ctx, int32_t sentence, std::string& why);
// "the ministry", "the government", "the president", "the agency": the most
// recent compatible mention in this or the previous four sentences when all
// compatible ones share a country.
int32_t DefiniteAntecedent(const DocContext& ctx, int32_t sentence, std::string_view family,
                           std::string_view sector, std::string& why);
// "the country": the most recent country name when all recent ones agree.
int32_t CountryAntecedent(const DocContext& ctx, int32_t sentence, std::string& why);

}  // namespace riposte::actors::internal
