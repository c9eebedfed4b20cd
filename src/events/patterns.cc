// The pattern lexicon loader and matcher (events.h).
//
// Loading: every data_dir/events/*.tsv is read in name order; each line is
// parsed by internal::ParsePatternLine, the analyser's base forms of its
// words are added (so written "apologise", "criticised" or "spying" meet the
// document lemmas "apologize", "criticize", "spy"), and its trigger lemmas
// are indexed in two hash tables (TriggerIndex, trigger_index.cc), one for verb patterns and one for `noun:`
// patterns. Bad and duplicate lines are rejected with file:line.
//
// Matching, per document:
//   1. token -> phrase and token -> innermost clause maps (one pass each);
//   2. for each verb group head: one lookup of its lemma in the verb index;
//      for each noun-phrase head noun: one lookup in the noun index;
//   3. for each candidate pattern, its words are found in order after the
//      trigger: each within kMaxGap tokens of the previous one, inside the
//      trigger's clause, never across a comma, colon, sentence end or the
//      head of another verb group. Optional words are taken when present;
//      a negative word that appears (or stands in the few tokens right
//      before the verb: "Floods forced ...") rejects the pattern. If this fails and
//      the verb group is passive, the content words are looked for in the
//      few tokens before the verb group ("the ambassador was summoned") and
//      the particles after it (a pattern whose first required word has a
//      length or first letter no word within reach has fails forward unsearched);
//   4. the candidate matching the most words wins (then the one whose last
//      word is nearer, then the more specific code, then the earlier line):
//      at most one hit per trigger token. A word consumed by a hit does not
//      fire again ("declined to comment": one hit, 011).
// Cost: O(tokens) for the maps plus O(words) compares per candidate.
//
// Tested by patterns_test.cc.
#include "events/events.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "events/internal/pattern_match.h"
#include "events/internal/pattern_syntax.h"
#include "text/text.h"

namespace riposte::events {
namespace {

constexpr size_t kMaxLineBytes = 4096;

// Returns true iff tokens [first, end) tell of detention, custody, raids or
// beatings: the setting a pattern with option `custody` needs ("Two of the
// detained men died"; "died, and dozens of people were detained").
bool TellsOfCustody(const internal::Context& ctx, uint32_t first, uint32_t end) {
  static constexpr std::string_view kCustodyWords[] = {
      "detain", "detained", "detainee", "arrest", "arrested", "custody", "raid", "jail",
      "prison", "prisoner", "inmate", "torture", "beating", "beat", "interrogation"};
  for (uint32_t t = first; t < end && t < ctx.doc.tokens.size(); ++t) {
    for (std::string_view w : kCustodyWords) {
      if (internal::EqualsLower(ctx.Lemma(t), w)) return true;
    }
  }
  return false;
}

}  // namespace

using internal::Attempt;
using internal::Context;
using internal::MatchForward;
using internal::MatchPassive;
using internal::Specificity;

Result<Patterns> Patterns::Load(const std::string& data_dir) {
  if (Status st = text::LoadModels(); !st.ok()) return st.error();
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "events";
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".tsv") files.push_back(it->path());
  }
  if (files.empty()) {
    return MakeError(ErrorCode::kNotFound,
                     "event pattern lexicon missing (data/events/*.tsv, or set RIPOSTE_DATA_DIR)",
                     dir.string());
  }
  std::sort(files.begin(), files.end());
  Patterns patterns;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return MakeError(ErrorCode::kIo, "cannot read pattern file", file.string());
    std::stringstream buffer;
    buffer << in.rdbuf();
    patterns.AddFile(file.filename().string(), buffer.str());
  }
  return patterns;
}

void Patterns::AddFile(std::string_view name, std::string_view contents) {
  const bool have_models = text::LoadModels().ok();
  size_t line_no = 0, start = 0;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (line.size() > kMaxLineBytes) {
      rejected_.push_back(MakeError(ErrorCode::kMalformed, "line longer than 4 KiB", where));
      continue;
    }
    Pattern p;
    if (std::string why = internal::ParsePatternLine(line, p); !why.empty()) {
      rejected_.push_back(MakeError(ErrorCode::kMalformed, why, where));
      continue;
    }
    std::string_view text = line.substr(line.find('\t') + 1);
    text = text.substr(0, text.find('\t'));
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (auto [it, added] = seen_.emplace(std::string(text), where); !added) {
      rejected_.push_back(MakeError(ErrorCode::kMalformed, "duplicate of " + it->second, where));
      continue;
    }
    p.rule = where + " " + std::string(text);
    if (have_models) internal::AddBaseForms(p);
    for (PatternWord& w : p.words) {
      w.lengths = w.firsts = 0;
      for (const std::string& alt : w.lemmas) {
        w.lengths |= internal::LengthBit(alt.size());
        w.firsts |= internal::FirstBit(alt);
      }
    }
    const uint32_t idx = static_cast<uint32_t>(patterns_.size());
    auto& index = p.nominal ? noun_index_ : verb_index_;
    for (const std::string& trigger : p.triggers) index.Add(trigger, idx);
    patterns_.push_back(std::move(p));
  }
}

void Patterns::Match(const Document& doc, std::vector<PatternHit>& out) const {
  const size_t n = doc.tokens.size();
  Context ctx{doc, std::vector<int32_t>(n, -1), std::vector<int32_t>(n, -1), std::vector<uint8_t>(n, 0)};
  // Loop bounds in locals: else the int32_t stores may alias them (reloads).
  for (size_t phrase_idx = 0; phrase_idx < doc.phrases.size(); ++phrase_idx) {
    const Phrase& ph = doc.phrases[phrase_idx];
    const uint32_t end = static_cast<uint32_t>(std::min<size_t>(ph.end, n));
    int32_t* out = ctx.token_phrase.data();
    for (uint32_t t = ph.begin; t < end; ++t) out[t] = static_cast<int32_t>(phrase_idx);
    if (ph.kind == PhraseKind::kVerbGroup && ph.head >= 0 && static_cast<size_t>(ph.head) < n) {
      ctx.vg_head[static_cast<size_t>(ph.head)] = 1;
    }
  }
  for (size_t clause_idx = 0; clause_idx < doc.clauses.size(); ++clause_idx) {
    const uint32_t begin = doc.clauses[clause_idx].begin;
    const uint32_t end = static_cast<uint32_t>(std::min<size_t>(doc.clauses[clause_idx].end, n));
    int32_t* out = ctx.token_clause.data();
    for (uint32_t t = begin; t < end; ++t) out[t] = static_cast<int32_t>(clause_idx);
  }

  // First and one-past-last token of every sentence.
  std::vector<uint32_t> sentence_first(doc.sentences.size(), 0), sentence_end(doc.sentences.size(), 0);
  std::vector<uint8_t> sentence_has_verb(doc.sentences.size(), 0);
  {
    uint32_t t = 0;
    for (size_t sentence_idx = 0; sentence_idx < doc.sentences.size(); ++sentence_idx) {
      const Span sp = doc.sentences[sentence_idx].span;
      while (t < n && doc.tokens[t].span.begin < sp.begin) ++t;
      sentence_first[sentence_idx] = t;
      while (t < n && doc.tokens[t].span.end <= sp.end) ++t;
      sentence_end[sentence_idx] = t;
    }
  }
  for (const Phrase& ph : doc.phrases) {
    if (ph.kind == PhraseKind::kVerbGroup && ph.sentence >= 0 && static_cast<size_t>(ph.sentence) < doc.sentences.size()) {
      sentence_has_verb[static_cast<size_t>(ph.sentence)] = 1;
    }
  }

  // The candidate triggers in text order: verb-group heads, noun-phrase head
  // nouns, in a sentence the tagger left without any verb group (mostly
  // headlines: "Russian forces occupied/JJ Bucha", "Police detain/NNP seven")
  // words after a noun read as verbs, and a noun or adjective right after a
  // modal read as a verb ("they would blockade/NN Paris").
  struct Candidate {
    uint32_t token;
    int32_t phrase;   // -1 for a verb read from a verbless sentence
    int32_t sentence;
    bool verbal;
    int32_t lemma = -1;  // verbless-sentence verbs: index into verb_lemmas
    bool modifier = false;  // a counted participle inside a noun phrase
  };
  std::vector<std::string> verb_lemmas;  // apart: few candidates need one
  std::vector<Candidate> candidates;
  candidates.reserve(doc.phrases.size() + 1);  // at most one per phrase, plus the few verbless ones
  size_t phrase_idx = 0;
  auto add_phrases_before = [&](uint32_t token) {
    for (; phrase_idx < doc.phrases.size(); ++phrase_idx) {
      const Phrase& ph = doc.phrases[phrase_idx];
      if (ph.head < 0 || static_cast<size_t>(ph.head) >= n) continue;
      if (static_cast<uint32_t>(ph.head) >= token) break;
      const bool verbal = ph.kind == PhraseKind::kVerbGroup;
      if (!verbal && !text::IsNoun(doc.tokens[static_cast<size_t>(ph.head)].tag)) continue;
      // "paraded seven arrested Russian journalists": a participle right
      // after a count, inside a noun phrase, names an act done to those
      // counted (coercion and violence only, below).
      // Not after "the": "the two detained executives" refers back.
      const bool definite = ph.determiner >= 0 && ctx.Lemma(static_cast<uint32_t>(ph.determiner)) != "a" &&
                            ctx.Lemma(static_cast<uint32_t>(ph.determiner)) != "an";
      for (uint32_t t = ph.begin + 1; !verbal && !definite && t < static_cast<uint32_t>(ph.head); ++t) {
        if (doc.tokens[t].tag == text::Id(text::Tag::VBN) && doc.tokens[t - 1].tag == text::Id(text::Tag::CD)) {
          candidates.push_back({t, static_cast<int32_t>(phrase_idx), ph.sentence, true, -1, true});
        }
      }
      candidates.push_back({static_cast<uint32_t>(ph.head), static_cast<int32_t>(phrase_idx), ph.sentence, verbal, -1});
    }
  };
  // Also, in any sentence, a noun or adjective right after a modal is read
  // as a verb: the tagger's "would blockade/NN Paris", "will boycott/NN".
  const TagId modal_tag = text::Id(text::Tag::MD);
  for (size_t sentence_idx = 0; sentence_idx < doc.sentences.size(); ++sentence_idx) {
    const bool verbless = !sentence_has_verb[sentence_idx];
    for (uint32_t t = sentence_first[sentence_idx] + 1; t < sentence_end[sentence_idx]; ++t) {
      const TagId tag = doc.tokens[t].tag, prev = doc.tokens[t - 1].tag;
      if (verbless) {
        if (!(text::IsNoun(prev) || prev == text::Id(text::Tag::PRP))) continue;
        if (!(text::IsAdjective(tag) || text::IsNoun(tag) || text::IsVerb(tag))) continue;
      } else if (prev != modal_tag || ctx.vg_head[t] || !(text::IsNoun(tag) || text::IsAdjective(tag)) ||
                 text::IsProperNoun(tag)) {
        continue;
      }
      std::string word(doc.Slice(doc.tokens[t].span));
      for (char& c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      for (text::Tag as : {text::Tag::VBD, text::Tag::VBZ}) {
        std::string lemma = text::Lemmatize(word, text::Id(as));
        if (verb_index_.Find(lemma) != nullptr) {
          add_phrases_before(t);
          verb_lemmas.push_back(std::move(lemma));
          candidates.push_back({t, -1, static_cast<int32_t>(sentence_idx), true,
                                static_cast<int32_t>(verb_lemmas.size() - 1)});
          break;
        }
      }
    }
  }
  add_phrases_before(static_cast<uint32_t>(n));

  std::string key;
  const size_t first_hit = out.size();
  int64_t consumed_until = -1;  // last token consumed by the previous hit of this document
  for (const Candidate& cand : candidates) {
    const uint32_t trigger = cand.token;
    bool verbal = cand.verbal;
    const Phrase* ph = cand.phrase >= 0 ? &doc.phrases[static_cast<size_t>(cand.phrase)] : nullptr;
    // A word an earlier pattern consumed ("declined to comment", "demanded
    // an apology") does not fire on its own.
    if (static_cast<int64_t>(trigger) <= consumed_until) continue;
    const std::string_view verb_lemma =
        cand.lemma >= 0 ? std::string_view(verb_lemmas[static_cast<size_t>(cand.lemma)]) : std::string_view();
    // Lemmas are mostly lower case already: copied and folded only if not.
    std::string_view lower = verb_lemma.empty() ? ctx.Lemma(trigger) : verb_lemma;
    if (std::any_of(lower.begin(), lower.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      key.assign(lower);
      for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      lower = key;
    }
    const auto& index = verbal ? verb_index_ : noun_index_;
    const std::vector<uint32_t>* found = index.Find(lower);
    if (found == nullptr) {
      // A verb the tagger glued to a proper-noun subject as a noun phrase
      // head ("that [Baku apologise/NN]", "[Moscow expels/NNS] ..."): try it
      // as a verb when it is no noun trigger.
      if (verbal || trigger == 0 || !text::IsProperNoun(doc.tokens[trigger - 1].tag) ||
          !(ph && static_cast<uint32_t>(ph->begin) < trigger)) {
        continue;
      }
      found = verb_index_.Find(lower);
      if (found == nullptr) {
        key = text::Lemmatize(doc.Slice(doc.tokens[trigger].span), text::Id(text::Tag::VBZ));
        for (char& c : key) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        found = verb_index_.Find(key);
      }
      if (found == nullptr) continue;
      verbal = true;
      ph = nullptr;  // no verb group: hit.verb stays -1
    }

    // The search limit: the end of the trigger's clause, else of its sentence.
    const int32_t clause = ctx.token_clause[trigger];
    uint32_t limit = static_cast<uint32_t>(n), first_token = 0;
    if (cand.sentence >= 0 && static_cast<size_t>(cand.sentence) < doc.sentences.size()) {
      first_token = sentence_first[static_cast<size_t>(cand.sentence)];
      limit = sentence_end[static_cast<size_t>(cand.sentence)];
    }
    if (clause >= 0) limit = std::min(limit, doc.clauses[static_cast<size_t>(clause)].end);
    const bool passive = verbal && ph && ph->voice == Voice::kPassive;

    // The lengths of the words a pattern's first word may be found at: a
    // pattern that needs a first word of none of them fails forward at once.
    uint64_t window = 0, firsts = 0;
    for (uint32_t t = trigger + 1; t < limit && t - (trigger + 1) <= internal::kMaxGap; ++t) {
      const std::string_view lemma = ctx.Lemma(t);
      window |= internal::LengthBit(lemma.size());
      firsts |= internal::FirstBit(lemma);
      if (ctx.Stops(t)) break;
    }
    int32_t best = -1;
    Attempt best_attempt;
    for (uint32_t idx : *found) {
      const Pattern& p = patterns_[idx];
      const PatternWord* w = p.words.empty() ? nullptr : &p.words.front();
      const bool hopeless =
          w && !w->optional && !w->negative && ((w->lengths & window) == 0 || (w->firsts & firsts) == 0);
      Attempt a = hopeless ? Attempt{} : MatchForward(ctx, p, trigger, limit, 0);
      if (!a.ok && passive) a = MatchPassive(ctx, p, *ph, trigger, limit, first_token);
      if (!a.ok) continue;
      // More words, then the nearer last word (the direct object before a
      // coordinated one), then the more specific code, then the earlier line.
      bool better = best < 0 || a.matched > best_attempt.matched ||
                    (a.matched == best_attempt.matched &&
                     (a.last < best_attempt.last ||
                      (a.last == best_attempt.last &&
                       Specificity(p.cameo) > Specificity(patterns_[static_cast<size_t>(best)].cameo))));
      if (better) {
        best = static_cast<int32_t>(idx);
        best_attempt = a;
      }
    }
    if (best < 0) continue;
    const Pattern& p = patterns_[static_cast<size_t>(best)];
    if (cand.modifier && !p.cameo.starts_with("17") && !p.cameo.starts_with("18")) continue;
    if (p.custody) {
      const uint32_t end = cand.sentence >= 0 && static_cast<size_t>(cand.sentence) < doc.sentences.size()
                               ? sentence_end[static_cast<size_t>(cand.sentence)]
                               : limit;
      if (!TellsOfCustody(ctx, first_token, end)) continue;
    }
    // A passive reading that consumed an earlier noun trigger ("sanctions
    // were imposed") replaces that noun's hit.
    if (best_attempt.first < trigger) {
      while (out.size() > first_hit && out.back().nominal && out.back().trigger >= best_attempt.first) out.pop_back();
    }
    PatternHit& hit = out.emplace_back();  // filled in place, not moved there
    hit.clause = clause;
    hit.verb = verbal && ph && !cand.modifier ? cand.phrase : -1;
    hit.trigger = trigger;
    const uint32_t lo = std::min(best_attempt.first, trigger), hi = std::max(best_attempt.last, trigger);
    hit.span = Span{doc.tokens[lo].span.begin, doc.tokens[hi].span.end};
    hit.cameo = p.cameo;
    hit.rule = p.rule;
    if (best_attempt.object_token >= 0) {
      int32_t obj = ctx.token_phrase[static_cast<size_t>(best_attempt.object_token)];
      if (obj >= 0 && doc.phrases[static_cast<size_t>(obj)].kind == PhraseKind::kNounPhrase) hit.object = obj;
    }
    hit.nominal = p.nominal || cand.modifier;  // a modifier acts on its noun phrase
    hit.low = p.low;
    hit.judge = p.judge;
    hit.victim = p.victim;
    hit.pattern = best;
    hit.modes = p.modes;
    consumed_until = hi;
  }
}

}  // namespace riposte::events
