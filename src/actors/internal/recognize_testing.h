// INTERNAL to the actors stage tests: use actors/actors.h instead.
//
// Helpers shared by recognize_test.cc and recognize_coref_test.cc: run a
// text through text::Segment + text::Analyze + Recognizer with the project
// lexicon (data/actors) and render the mentions as "TEXT=CODE", "*" after an
// ethnic reading, "<-TEXT" naming the antecedent, joined by " | ".
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/actors.h"
#include "text/text.h"

namespace riposte::actors::testing {

inline const Lexicon& ProjectLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = Lexicon::Load(DataDir());
    EXPECT_TRUE(loaded.ok());
    return new Lexicon(std::move(loaded.value()));
  }();
  return *lexicon;
}

inline const Recognizer& ProjectRecognizer() {
  static const Recognizer* recognizer = new Recognizer(ProjectLexicon());
  return *recognizer;
}

inline std::string Render(const Document& doc) {
  std::string out;
  for (const ActorMention& m : doc.actors) {
    if (!out.empty()) out += " | ";
    out += doc.Slice(m.span);
    out += "=" + m.code;
    if (m.ethnic) out += "*";
    if (m.antecedent >= 0) {
      out += "<-" + std::string(doc.Slice(doc.actors[static_cast<size_t>(m.antecedent)].span));
    }
  }
  return out;
}

inline Document Analyzed(const std::string& text, const std::string& date) {
  Document doc;
  doc.text = text;
  text::Segment(doc);
  Status st = text::Analyze(doc);
  EXPECT_TRUE(st.ok());
  ProjectRecognizer().Recognize(doc, date);
  return doc;
}

inline std::string Run(const std::string& text, const std::string& date = "2025-07-01") {
  return Render(Analyzed(text, date));
}

// One case: a text, the rendered mentions wanted, and the as-of date.
struct Case {
  const char* text;
  const char* want;
  const char* date = "2025-07-01";
};

inline void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Run(c.text, c.date), c.want) << "text: " << c.text << "\ndate: " << c.date;
  }
}

}  // namespace riposte::actors::testing
