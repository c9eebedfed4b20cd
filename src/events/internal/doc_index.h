// INTERNAL to the events coder: use events/events.h instead.
//
// DocIndex, the per-document index the coder's pieces share (doc_index.cc
// builds it; coder_internal.h declares the pieces), with the memos they
// fill on first use.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "core/core.h"
#include "events/events.h"

namespace riposte::events::internal {

struct Trigger;

// Token -> phrase / innermost clause, phrase -> mentions, for one document.
// REQUIRES: the document outlives the index and is not changed meanwhile.
class DocIndex {
 public:
  explicit DocIndex(const Document& doc);

  const Document& doc() const { return doc_; }
  // The phrase holding token `t`, or -1. (These lookups and WordIs are
  // inline: the coder calls them in its innermost loops.)
  int32_t PhraseOf(uint32_t t) const { return t < token_phrase_.size() ? token_phrase_[t] : -1; }
  // The innermost clause holding token `t`, or -1.
  int32_t ClauseOf(uint32_t t) const { return t < token_clause_.size() ? token_clause_[t] : -1; }
  // The sentence holding token `t`, or -1.
  int32_t SentenceOf(uint32_t t) const {
    return t < token_sentence_.size() ? token_sentence_[t] : -1;
  }
  // Mentions (indexes into doc.actors) overlapping phrase `p`, in text order.
  std::span<const int32_t> MentionsOf(int32_t p) const;
  // Lower-cased lemma (or word when there is no lemma) of token `t`.
  std::string Lemma(uint32_t t) const;
  // Lower-cased word of token `t`.
  std::string Word(uint32_t t) const;
  // Returns true iff token `t`'s word equals `lower` ignoring ASCII case;
  // allocates nothing (the hot-loop form of Word(t) == lower).
  bool WordIs(uint32_t t, std::string_view lower) const {
    if (t >= doc_.tokens.size()) return lower.empty();
    const Span span = doc_.tokens[t].span;
    if (span.end - span.begin != lower.size()) return false;  // cheap reject first
    const std::string_view w = doc_.Slice(span);
    if (w.size() != lower.size()) return false;
    for (size_t i = 0; i < lower.size(); ++i) {
      // ASCII folding inline: std::tolower is a locale call per character.
      const char c = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
      if (c != lower[i]) return false;
    }
    return true;
  }
  // Returns true iff Lemma(t) == lower, without building the string.
  bool LemmaIs(uint32_t t, std::string_view lower) const {
    if (t >= doc_.tokens.size()) return lower.empty();
    const Token& tok = doc_.tokens[t];
    const std::string_view l = tok.lemma.empty() ? doc_.Slice(tok.span) : std::string_view(tok.lemma);
    if (l.size() != lower.size()) return false;
    for (size_t i = 0; i < lower.size(); ++i) {
      const char c = l[i] >= 'A' && l[i] <= 'Z' ? static_cast<char>(l[i] - 'A' + 'a') : l[i];
      if (c != lower[i]) return false;
    }
    return true;
  }
  // Returns true iff WordIs(t, w) for some w in `list`.
  template <typename List>
  bool WordIn(uint32_t t, const List& list) const {
    for (std::string_view w : list) {
      if (WordIs(t, w)) return true;
    }
    return false;
  }
  // The byte span of tokens [begin, end). REQUIRES: begin < end.
  Span TokenSpan(uint32_t begin, uint32_t end) const;
  Span PhraseSpan(int32_t p) const;
  // Returns true iff phrase `p` is some clause's subject.
  bool IsSubject(int32_t p) const;
  // Returns true iff clause `inner` is `outer` or nested inside it.
  bool Within(int32_t inner, int32_t outer) const;
  // The clause of a trigger: its own, else the innermost holding its token;
  // a communication verb coordinated after a reported clause is lifted to
  // the reporting clause (doc_index.cc, Lifted).
  int32_t ClauseOfTrigger(const Trigger& t) const;
  // Returns true iff a mention in phrase `p` has a code.
  bool HasCodedMention(int32_t p) const;
  // The writer's own country (the dateline's; "" when unknown): "our
  // compatriots", "our citizens" are its civilians (OurPeopleCode).
  void SetHome(const std::string& country);
  // "AZECVL" for a mention of the writer's own people ("of our
  // compatriots") once SetHome named the country, else "".
  std::string_view OurPeopleCode(int32_t m) const;
  // What token `t` says of an act's certainty (mode.cc): kCueConditional
  // ("if", "unless"), kCueSpeculative ("possibly", "likely"...) or kCueNone.
  // Classified on first use and kept: the mode scans back over a sentence
  // for every trigger, and triggers share sentences.
  enum Cue : uint8_t { kCueNone, kCueConditional, kCueSpeculative, kCueUnknown };
  // Returns true iff mention `m` (in range) was coded by a rule for people
  // (a person or a title): only their codes depend on the date. Decided on
  // first use and kept (MentionCode asks it for every role of every act).
  bool IsPersonMention(int32_t m) const;
  // MentionCode's memo of a person mention's code on a date (doc_index.cc).
  struct PersonCode {
    const actors::Lexicon* lexicon = nullptr;  // nullptr: none kept yet
    std::string date, code;
  };
  PersonCode& PersonCodeMemo(int32_t m) const { return person_codes_[static_cast<size_t>(m)]; }
  // FindLocation's memo (location.cc): the phrases it found to name no
  // place, for one lexicon and gazetteer (triggers share clauses, so the
  // same "in ..." phrases are looked up again).
  struct NoPlaces {
    const void* lexicon = nullptr;
    const void* gazetteer = nullptr;
    std::vector<bool> phrases;  // phrase -> names no place
  };
  NoPlaces& no_places() const { return no_places_; }
  Cue CueOf(uint32_t t) const {
    if (t >= cues_.size()) return kCueNone;
    if (cues_[t] == kCueUnknown) {
      // Most words have a length and first letter no cue word has: told
      // here without a call.
      const Span span = doc_.tokens[t].span;
      const uint32_t length = span.end - span.begin;
      Cue cue = kCueNone;
      if (length < kCueLetters.size() && kCueLetters[length] != 0) {
        const char first = static_cast<char>(doc_.text[span.begin] | 0x20);  // ASCII lower case
        if (first >= 'a' && first <= 'z' && ((kCueLetters[length] >> (first - 'a')) & 1) != 0) {
          cue = ClassifyCue(t);
        }
      }
      cues_[t] = cue;
    }
    return static_cast<Cue>(cues_[t]);
  }

 private:
  Cue ClassifyCue(uint32_t t) const;  // mode.cc
  // By length: bit c - 'a' set when some cue word of that length begins
  // with letter c (mode.cc).
  static const std::array<uint32_t, 16> kCueLetters;
  int32_t Lifted(int32_t c, const Phrase& vg, std::string_view cameo) const;

  const Document& doc_;
  std::vector<int32_t> token_phrase_, token_clause_, token_sentence_;
  std::vector<bool> subject_;  // phrase -> is a clause subject
  // Phrase p's mentions: mentions_[mention_begin_[p] .. mention_begin_[p + 1])
  // (one flat array, not a vector per phrase).
  std::vector<uint32_t> mention_begin_;
  std::vector<int32_t> mentions_;
  std::string home_people_;      // "AZECVL", or ""
  std::vector<bool> our_people_;  // mention -> names the writer's own people
  mutable std::vector<uint8_t> cues_;  // token -> Cue, kCueUnknown until asked
  mutable std::vector<uint8_t> person_;  // mention -> 0 not asked yet, 1 no, 2 a person's
  mutable std::vector<PersonCode> person_codes_;  // mention -> its last dated code
  mutable NoPlaces no_places_;
};

}  // namespace riposte::events::internal
