// Unknown names in actor positions (internal/unknown_names.cc): spans in
// Document::unknown_names, never mentions; the input of `actors --unresolved`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actors.h"
#include "actors/internal/recognize_testing.h"
#include "actors/internal/unknown_names.h"

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

// KnownNames answers as Lexicon::Find does: exact texts, and lower-case
// entries in any case, but not a capitalised entry in another case.
TEST(UnknownNames, KnownNamesAgreesWithLexiconFind) {
  Lexicon lexicon;
  lexicon.Add(Entry{"police", EntryKind::kAgent, "COP", "", "", "", "", "t:1"});
  lexicon.Add(Entry{"US", EntryKind::kCountryName, "USA", "", "", "", "", "t:2"});
  lexicon.Add(Entry{"Baku", EntryKind::kCapital, "AZE", "", "", "", "", "t:3"});
  const internal::KnownNames known(lexicon);
  for (const char* text : {"police", "Police", "POLICE", "US", "us", "Us", "Baku", "baku", "BAKU",
                           "Bakus", "", "polices"}) {
    EXPECT_EQ(known.Knows(text), !lexicon.Find(text).empty()) << text;
  }
}

}  // namespace
}  // namespace riposte::actors
