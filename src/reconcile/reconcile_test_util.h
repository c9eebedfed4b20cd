// Shared by the reconcile tests: short texts of our own analysed, annotated
// and coded as `riposte code` does, so claims are read from real coder
// output. Header-only, for tests; not part of the stage's API.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actors.h"
#include "events/events.h"
#include "reconcile/reconcile.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::reconcile::test_util {

// The project's tables, loaded once for the whole test program.
struct Kit {
  actors::Lexicon lexicon;
  events::CameoTable cameo;
  events::Patterns patterns;
};

inline const Kit* LoadKit() {
  static const Kit* kit = []() -> const Kit* {
    auto lexicon = actors::Lexicon::Load(DataDir());
    auto cameo = events::CameoTable::Load(DataDir());
    auto patterns = events::Patterns::Load(DataDir());
    if (!lexicon.ok() || !cameo.ok() || !patterns.ok()) return nullptr;
    return new Kit{std::move(lexicon.value()), std::move(cameo.value()), std::move(patterns.value())};
  }();
  return kit;
}

// A fixture that skips its tests when the project's tables cannot load.
class KitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!LoadKit()) GTEST_SKIP() << "lexicons or text models missing";
  }
};

// Analyses, annotates and codes `text` as document `index` (id `id`) dated
// `date`; appends its mentions to `mentions`.
inline Document Coded(const std::string& text, size_t index, std::vector<Mention>& mentions,
                      const std::string& date, const std::string& id = "d") {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.date.Set(date, Provenance::kGiven);
  text::Segment(doc);
  EXPECT_TRUE(text::Analyze(doc).ok());
  const Kit* kit = LoadKit();
  EXPECT_NE(kit, nullptr);
  if (kit == nullptr) return doc;
  temporal::Annotate(doc);
  actors::Recognizer recognizer(kit->lexicon);
  recognizer.Recognize(doc, doc.ReportDate());
  events::Coder coder(kit->patterns, kit->cameo, kit->lexicon);
  for (const events::Event& e : coder.Code(doc, ContentHash(doc.text))) mentions.push_back(MentionOf(e, index));
  return doc;
}

}  // namespace riposte::reconcile::test_util
