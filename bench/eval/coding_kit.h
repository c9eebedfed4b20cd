// Shared by the events evaluators of bench/eval: the project's lexicon,
// CAMEO tables and patterns loaded once, and a document annotated and coded
// as `riposte code` does it (time expressions, actors as of the report date,
// events).
#pragma once

#include <cstdio>
#include <memory>
#include <vector>

#include "actors/actors.h"
#include "core/core.h"
#include "events/events.h"
#include "time/time.h"

namespace riposte::eval {

class CodingKit {
 public:
  // Loads the tables from DataDir(); nullptr (and a line on stderr naming
  // `tool`) when one cannot be read.
  static std::unique_ptr<CodingKit> Load(const char* tool) {
    auto lexicon = actors::Lexicon::Load(DataDir());
    auto cameo = events::CameoTable::Load(DataDir());
    auto patterns = events::Patterns::Load(DataDir());
    if (!lexicon.ok() || !cameo.ok() || !patterns.ok()) {
      std::fprintf(stderr, "%s: cannot load the lexicons\n", tool);
      return nullptr;
    }
    return std::unique_ptr<CodingKit>(
        new CodingKit(std::move(lexicon.value()), std::move(cameo.value()), std::move(patterns.value())));
  }
  CodingKit(const CodingKit&) = delete;  // the recognizer and coder point into it
  CodingKit& operator=(const CodingKit&) = delete;

  const events::Patterns& patterns() const { return patterns_; }

  // Annotates an analysed document (time, then actors) and codes its events.
  std::vector<events::Event> Code(Document& doc) const {
    temporal::Annotate(doc);
    recognizer_.Recognize(doc, doc.ReportDate());
    return coder_.Code(doc, ContentHash(doc.text));
  }

 private:
  CodingKit(actors::Lexicon lexicon, events::CameoTable cameo, events::Patterns patterns)
      : lexicon_(std::move(lexicon)),
        cameo_(std::move(cameo)),
        patterns_(std::move(patterns)),
        recognizer_(lexicon_),
        coder_(patterns_, cameo_, lexicon_) {}

  const actors::Lexicon lexicon_;
  const events::CameoTable cameo_;
  const events::Patterns patterns_;
  const actors::Recognizer recognizer_;
  const events::Coder coder_;
};

}  // namespace riposte::eval
