// Unknown names in actor positions (internal/unknown_names.cc): spans in
// Document::unknown_names, never mentions; the input of `actors --unresolved`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actors.h"
#include "actors/internal/recognize_testing.h"

namespace riposte::actors {
namespace {

using testing::Analyzed;

// The unknown names' texts, joined by " | ".
std::string UnknownNames(const std::string& text) {
  const Document doc = Analyzed(text, "2025-07-01");
  std::string out;
  for (Span span : doc.unknown_names) {
    for (const ActorMention& m : doc.actors) {
      EXPECT_FALSE(m.span.begin < span.end && span.begin < m.span.end) << "overlaps a mention";
    }
    if (!out.empty()) out += " | ";
    out += doc.Slice(span);
  }
  return out;
}

TEST(UnknownNames, SubjectsAndObjectsThatNoLexiconKnows) {
  EXPECT_EQ(UnknownNames("Police detained Arman Zhaksylykov on Monday."), "Arman Zhaksylykov");
  EXPECT_EQ(UnknownNames("Zhaksylykov denied the charges."), "Zhaksylykov");
  EXPECT_EQ(UnknownNames("Baku said Tolkyn Barysbek lied."), "Tolkyn Barysbek");
}

TEST(UnknownNames, KnownNamesPlacesDatesAndCommonNounsAreNot) {
  EXPECT_EQ(UnknownNames("Putin met Erdogan."), "");
  EXPECT_EQ(UnknownNames("The plane crashed near Aktau."), "");
  EXPECT_EQ(UnknownNames("In March, officials met."), "");
  EXPECT_EQ(UnknownNames("The talks ended on Monday."), "");
  EXPECT_EQ(UnknownNames("Reporters left the building."), "");
}

TEST(UnknownNames, KnownPlacesInActorPositionsAreNotUnknown) {
  EXPECT_EQ(UnknownNames("Putin visited Baku."), "");
  EXPECT_EQ(UnknownNames("Erdogan left Tehran."), "");
  EXPECT_EQ(UnknownNames("Arman Zhaksylykov visited Baku."), "Arman Zhaksylykov");
}

}  // namespace
}  // namespace riposte::actors
