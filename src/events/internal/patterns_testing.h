// INTERNAL to the events stage tests: use events/events.h instead.
//
// Helpers for patterns_test.cc and patterns_match_test.cc: the project
// pattern lexicon (data/events), a document analysed the way the pipeline
// does it (text::Segment + text::Analyze), and a compact rendering of the
// hits: "word=CODE" per hit (the trigger's words), "~" after a low-value
// hit, joined by " | ".
#pragma once

#include <cstdlib>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "events/events.h"
#include "text/text.h"

namespace riposte::events::patterns_testing {

inline const Patterns& ProjectPatterns() {
  static const Patterns* patterns = [] {
    auto loaded = Patterns::Load(DataDir());
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().ToString());
    return new Patterns(loaded.ok() ? std::move(loaded.value()) : Patterns());
  }();
  return *patterns;
}

inline Document AnalyzedDoc(const std::string& text) {
  Document doc;
  doc.text = text;
  text::Segment(doc);
  Status st = text::Analyze(doc);
  EXPECT_TRUE(st.ok());
  return doc;
}

inline std::string RenderHits(const Document& doc, const std::vector<PatternHit>& hits) {
  std::string out;
  for (const PatternHit& h : hits) {
    if (!out.empty()) out += " | ";
    out += doc.Slice(doc.tokens[h.trigger].span);
    out += "=" + h.cameo;
    if (h.low) out += "~";
  }
  return out;
}

inline std::string RunPatterns(const std::string& text) {
  Document doc = AnalyzedDoc(text);
  std::vector<PatternHit> hits;
  ProjectPatterns().Match(doc, hits);
  return RenderHits(doc, hits);
}

// One sentence and the hits wanted.
struct Case {
  const char* text;
  const char* want;
};

// With RIPOSTE_DUMP_PATTERNS=1 set, prints every case's hits with rules
// (to review a lexicon change) instead of only the failures.
inline void RunCases(const std::vector<Case>& cases) {
  const bool dump = std::getenv("RIPOSTE_DUMP_PATTERNS") != nullptr;
  for (const Case& c : cases) {
    std::string got = RunPatterns(c.text);
    if (dump) {
      Document doc = AnalyzedDoc(c.text);
      std::vector<PatternHit> hits;
      ProjectPatterns().Match(doc, hits);
      std::printf("{\"%s\", \"%s\"},\n", c.text, got.c_str());
      for (const PatternHit& h : hits) {
        std::printf("    // %s  span=[%s] obj=%d\n", h.rule.c_str(), std::string(doc.Slice(h.span)).c_str(), h.object);
      }
    }
    EXPECT_EQ(got, c.want) << "text: " << c.text;
  }
}

}  // namespace riposte::events::patterns_testing
