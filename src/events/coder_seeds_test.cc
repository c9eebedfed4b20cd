// Invariants of the coder over the five seed articles (../shared/seeds,
// reference data for tests only): every record's spans lie in the text,
// its span is its sentence, ids are unique and recomputable, codes have
// CAMEO shape, precision and qualifiers take contract values. Issue 6.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CoderSeeds, RecordsKeepTheContract) {
  const std::filesystem::path dir =
      std::filesystem::path(RIPOSTE_SOURCE_DIR) / ".." / "shared" / "seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no seeds at " << dir;
  auto patterns = Patterns::Load(DataDir());
  ASSERT_TRUE(patterns.ok());
  Coder coder(patterns.value(), testing::ProjectCameo(), testing::ProjectLexicon());
  const std::set<std::string> precisions = {"day",    "week", "month",  "quarter", "season",
                                            "year",   "report", "none"};
  const std::set<std::string> qualifiers = {"exact",     "about",     "at_least",
                                            "at_most",   "more_than", "fewer_than"};
  size_t total = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    Document doc = testing::Analyzed(ReadFile(entry.path()), "2025-07-01");
    doc.id = entry.path().stem().string();
    std::vector<Event> events = coder.Code(doc, ContentHash(doc.text));
    std::set<std::string> ids;
    for (const Event& e : events) {
      SCOPED_TRACE(doc.id + ": " + EventJson(e, doc));
      ASSERT_GE(e.sentence, 0);
      ASSERT_LT(static_cast<size_t>(e.sentence), doc.sentences.size());
      EXPECT_EQ(e.span, doc.sentences[static_cast<size_t>(e.sentence)].span);
      EXPECT_TRUE(ids.insert(e.id).second);
      EXPECT_EQ(e.id, EventId(e));
      EXPECT_TRUE(IsCameoCodeShape(e.cameo));
      EXPECT_EQ(precisions.count(e.date_precision), 1u);
      for (const auto* a : {&e.source, &e.target}) {
        if (*a) {
          EXPECT_TRUE(doc.Valid((*a)->span));
        }
      }
      if (e.attributed_to) {
        EXPECT_TRUE(doc.Valid(e.attributed_to->span));
      }
      for (const Quantity& q : e.quantities) {
        EXPECT_TRUE(doc.Valid(q.span));
        EXPECT_TRUE(e.span.Contains(q.span));
        EXPECT_EQ(qualifiers.count(q.qualifier), 1u);
      }
      if (e.location) {
        EXPECT_EQ(e.location->country.size(), 3u);
        // Coordinates only from the gazetteer, for a place it knows in the
        // same country (never invented).
        const actors::Place* known = actors::DefaultGazetteer().Find(e.location->text);
        EXPECT_EQ(e.location->lat.has_value(), known != nullptr && known->country == e.location->country);
        EXPECT_EQ(e.location->lat.has_value(), e.location->lon.has_value());
        if (e.location->lat) {
          EXPECT_EQ(*e.location->lat, known->lat);
          EXPECT_EQ(*e.location->lon, known->lon);
        }
      }
      EXPECT_FALSE(e.rule.empty());
      EXPECT_FALSE(e.lexicon_version.empty());
    }
    total += events.size();
  }
  EXPECT_GT(total, 50u);
}

}  // namespace
}  // namespace riposte::events
