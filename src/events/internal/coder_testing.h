// INTERNAL to the events stage tests: use events/events.h instead.
//
// Helpers for the coder tests: analyse a sentence the way the pipeline does
// (text::Segment, text::Analyze, temporal::Annotate, actors::Recognizer with
// the project lexicon), emulate pattern hits by naming the trigger word and
// its CAMEO code (so role, mode and quantity tests do not depend on the
// pattern files' contents), code them, and render each event compactly:
//
//   "AZECOP>RUSCVL 173 asserted"          source > target, code, mode
//   "->RUSGOV" / "RUSGOV>-"               a missing role is "-", an
//                                         uncoded mention "?"
//   "AZEGOV>RUSGOV~"                      "~": implicit, from the story
//   " by=RUSGOV"                          attributed_to
//   " q=detained:50:about,killed:38:exact"  quantities
//   " in=AZE"                             location country
// Events are joined with " ; ". ProjectCoder() and Coded() code with the
// project's own pattern lexicon instead, for the tests of its rules.
#pragma once

#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/actors.h"
#include "events/events.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::events::testing {

inline const actors::Lexicon& ProjectLexicon() {
  static const actors::Lexicon* lexicon = [] {
    auto loaded = actors::Lexicon::Load(riposte::DataDir());
    EXPECT_TRUE(loaded.ok());
    return new actors::Lexicon(std::move(loaded.value()));
  }();
  return *lexicon;
}

inline const actors::Recognizer& ProjectRecognizer() {
  static const actors::Recognizer* r = new actors::Recognizer(ProjectLexicon());
  return *r;
}

inline const CameoTable& ProjectCameo() {
  static const CameoTable* table = [] {
    auto loaded = CameoTable::Load(DataDir());
    EXPECT_TRUE(loaded.ok());
    return new CameoTable(std::move(loaded.value()));
  }();
  return *table;
}

// A coder over the project's pattern lexicon (data/events).
inline const Coder& ProjectCoder() {
  static const Patterns* patterns = [] {
    auto loaded = Patterns::Load(DataDir());
    EXPECT_TRUE(loaded.ok());
    return new Patterns(std::move(loaded.value()));
  }();
  static const Coder* coder = new Coder(*patterns, ProjectCameo(), ProjectLexicon());
  return *coder;
}

// A coder over an empty pattern lexicon: tests hand it hits.
inline const Coder& HitCoder() {
  static const Patterns* patterns = new Patterns();
  static const Coder* coder = new Coder(*patterns, ProjectCameo(), ProjectLexicon());
  return *coder;
}

inline Document Analyzed(const std::string& text, const std::string& date = "2025-07-01") {
  Document doc;
  doc.id = "test";
  doc.text = text;
  if (!date.empty()) doc.date.Set(date, Provenance::kGiven);
  text::Segment(doc);
  Status st = text::Analyze(doc);
  EXPECT_TRUE(st.ok());
  temporal::Annotate(doc);
  ProjectRecognizer().Recognize(doc);
  return doc;
}

// One emulated hit: the n-th token (from 0) whose lower-cased word is
// `word` fires `cameo`; mode codes as a pattern line would give them.
struct HitSpec {
  std::string word;
  std::string cameo;
  int occurrence = 0;
  ModeCodes modes = {};
};

inline std::string LowerWord(const Document& doc, size_t t) {
  std::string w(doc.Slice(doc.tokens[t].span));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

inline PatternHit MakeHit(const Document& doc, const HitSpec& spec) {
  PatternHit hit;
  int seen = 0;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (LowerWord(doc, t) != spec.word || seen++ != spec.occurrence) continue;
    hit.trigger = static_cast<uint32_t>(t);
    hit.span = doc.tokens[t].span;
    for (size_t p = 0; p < doc.phrases.size(); ++p) {
      const Phrase& ph = doc.phrases[p];
      if (t >= ph.begin && t < ph.end) {
        if (ph.kind == PhraseKind::kVerbGroup) {
          hit.verb = static_cast<int32_t>(p);
        } else {
          hit.nominal = true;
        }
      }
    }
    if (hit.verb < 0) hit.nominal = true;
    for (size_t c = 0; c < doc.clauses.size(); ++c) {
      const Clause& cl = doc.clauses[c];
      if (t >= cl.begin && t < cl.end) hit.clause = static_cast<int32_t>(c);  // innermost last
    }
    hit.cameo = spec.cameo;
    hit.rule = "test " + spec.word;
    hit.modes = spec.modes;
    return hit;
  }
  ADD_FAILURE() << "no token '" << spec.word << "' in: " << doc.text;
  return hit;
}

inline std::string Render(const Event& e) {
  auto role = [](const std::optional<EventActor>& a) -> std::string {
    if (!a) return "-";
    return (a->code.empty() ? "?" : a->code) + (a->implicit ? "~" : "");
  };
  std::string out = role(e.source) + ">" + role(e.target) + " " + e.cameo + " " + ModeName(e.mode);
  if (e.attributed_to) {
    out += " by=" + (e.attributed_to->code.empty() ? std::string("?") : e.attributed_to->code);
  }
  if (!e.quantities.empty()) {
    out += " q=";
    for (size_t i = 0; i < e.quantities.size(); ++i) {
      const Quantity& q = e.quantities[i];
      if (i > 0) out += ",";
      char num[32];
      std::snprintf(num, sizeof num, "%.15g", q.value);
      out += q.attribute + ":" + num + ":" + q.qualifier;
    }
  }
  if (e.location) out += " in=" + e.location->country;
  return out;
}

inline std::string RenderAll(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += " ; ";
    out += Render(e);
  }
  return out;
}

inline std::vector<Event> CodeSpecs(const Document& doc, const std::vector<HitSpec>& specs) {
  std::vector<PatternHit> hits;
  for (const HitSpec& s : specs) hits.push_back(MakeHit(doc, s));
  return HitCoder().CodeHits(doc, ContentHash(doc.text), hits);
}

// One case: a text, the hits to emulate, the rendered events wanted.
struct Case {
  std::string text;
  std::vector<HitSpec> hits;
  std::string want;
  std::string date = "2025-07-01";
};

inline void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    Document doc = Analyzed(c.text, c.date);
    EXPECT_EQ(RenderAll(CodeSpecs(doc, c.hits)), c.want) << "text: " << c.text;
  }
}

// The events of `text` (dated `date`) with code prefix `cameo`, coded by
// ProjectCoder() and rendered with their dates ("... @2025-06-30(day)").
inline std::string Coded(const std::string& text, std::string_view cameo, const std::string& date = "2025-07-01") {
  Document doc = Analyzed(text, date);
  std::string out;
  for (const Event& e : ProjectCoder().Code(doc, ContentHash(doc.text))) {
    if (!e.cameo.starts_with(cameo)) continue;
    if (!out.empty()) out += " ; ";
    out += Render(e) + " @" + e.date + "(" + e.date_precision + ")";
  }
  return out;
}

}  // namespace riposte::events::testing
