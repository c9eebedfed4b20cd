// Tests of which verb a time expression dates (internal/anchor_rules.cc and
// the ranking in anchor.cc), end to end: Recognize finds the expressions,
// DateOf anchors the events. Sentences are our own; each test names the
// news pattern it guards.
#include <gtest/gtest.h>

#include <string>

#include "text/text.h"
#include "time/time.h"

namespace riposte::temporal {
namespace {

Document Recognized(std::string text, std::string date) {
  Document doc;
  doc.text = std::move(text);
  doc.date.Set(date, Provenance::kGiven);
  text::Segment(doc);
  EXPECT_TRUE(text::Analyze(doc).ok());
  Recognize(doc);
  return doc;
}

Span Find(const Document& doc, std::string_view needle, size_t from = 0) {
  const size_t at = doc.text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<Offset>(at), static_cast<Offset>(at + needle.size())};
}

// The dateline is the report's date. It dates the acts of the sentence it
// opens when nothing else does (the lead's news is the dateline's day); no
// other sentence's act, and a dateline or byline standing as a sentence of
// its own dates nothing: such acts get the report date at precision
// "report".
TEST(DateOfAttach, DatelineDatesOnlyItsOwnSentence) {
  for (const char* text : {"OSLO, May 5 — Police arrested two protesters outside parliament.",
                           "ROME/PARIS, May 5 (Wire) - Police arrested two protesters outside parliament."}) {
    const Document doc = Recognized(text, "2026-05-05");
    const EventDate d = DateOf(doc, Find(doc, "arrested"));
    EXPECT_EQ(d.precision, "day") << text;
    EXPECT_EQ(d.value, "2026-05-05") << text;
  }
  for (const char* text : {"OSLO, May 5 — Police arrested two protesters outside parliament. "
                           "They also detained a journalist.",
                           "KAZAN, May 5. /TASS/. Police arrested two protesters outside parliament.",
                           // Bylines: a date alone on its line, a date line without a verb.
                           "05.05\n2026\nBy Staff\nPolice arrested two protesters outside parliament.",
                           "date 2026-05-05 + 16 px\n\nPolice arrested two protesters outside parliament."}) {
    const Document doc = Recognized(text, "2026-05-05");
    ASSERT_FALSE(doc.times.empty()) << text;
    const std::string_view verb = std::string_view(text).find("detained") != std::string_view::npos
                                      ? "detained" : "arrested";
    const EventDate d = DateOf(doc, Find(doc, verb));
    EXPECT_EQ(d.precision, "report") << text;
    EXPECT_EQ(d.value, "2026-05-05") << text;
  }
}

// "BAKU, Dec 26 — The jet that crashed on Wednesday was brought down ...,
// sources said on Thursday": the relative clause on the event's subject
// dates the act; the speech verb's date stays with the saying.
TEST(DateOfAttach, SubjectRelativeClauseBeatsTheSpeechVerbsDate) {
  const Document doc = Recognized(
      "ROME, March 4 — The Italian ferry that sank in Sicily on Sunday was hit by a cargo ship, four "
      "sources familiar with the inquiry said on Tuesday.",
      "2026-03-04");
  EXPECT_EQ(DateOf(doc, Find(doc, "was hit")).value, "2026-03-01");
  EXPECT_EQ(DateOf(doc, Find(doc, "sank")).value, "2026-03-01");
  EXPECT_EQ(DateOf(doc, Find(doc, "said")).value, "2026-03-03");
  // With the relative clause inside a reported clause the dateline, not
  // the relative clause, used to win.
  const Document reported = Recognized(
      "ROME, March 4 — The ferry that sank in the strait on Sunday was rammed by a cargo ship, two "
      "officials said on Tuesday.",
      "2026-03-04");
  EXPECT_EQ(DateOf(reported, Find(reported, "was rammed")).value, "2026-03-01");
}

// A date after a reduced relative's participle ("thefts committed in the
// city in 2019 and 2021") dates the participle only: not the clause's
// verb, and not the later sentences' narrative.
TEST(DateOfAttach, ReducedRelativeKeepsItsDate) {
  const Document doc = Recognized(
      "Police have arrested four men suspected of thefts committed in the city in 2019 and 2021, the "
      "ministry said on Friday. Prosecutors said two more people had been held on Thursday in an inquiry "
      "into killings committed in 2015. Local media put the number held at twenty.",
      "2026-03-07");
  const EventDate arrested = DateOf(doc, Find(doc, "have arrested"));
  EXPECT_EQ(arrested.value, "2026-03-06");  // the sentence's other date, not 2019
  EXPECT_EQ(DateOf(doc, Find(doc, "committed")).value, "2019");
  EXPECT_EQ(DateOf(doc, Find(doc, "had been held")).value, "2026-03-05");
  const EventDate put = DateOf(doc, Find(doc, "put"));
  EXPECT_EQ(put.how, "narrative");
  EXPECT_EQ(put.value, "2026-03-05");  // not 2015
}

// A participle that is its clause's own verb (the tagger's "The court
// ruled/VBN on Friday") keeps dating it and carries the narrative.
TEST(DateOfAttach, ClauseVerbParticipleIsNoModifier) {
  const Document doc = Recognized("The court ruled on Friday. The defence appealed.", "2026-03-07");
  EXPECT_EQ(DateOf(doc, Find(doc, "ruled")).value, "2026-03-06");
  EXPECT_EQ(DateOf(doc, Find(doc, "appealed")).value, "2026-03-06");
}

// What a speaker says happened is dated in the reported clause; the saying
// itself is not dated by it.
TEST(DateOfAttach, ReportedContentDoesNotDateTheSaying) {
  const Document doc =
      Recognized("The minister said that the army had shelled the village on March 2.", "2026-03-10");
  EXPECT_EQ(DateOf(doc, Find(doc, "shelled")).value, "2026-03-02");
  EXPECT_EQ(DateOf(doc, Find(doc, "said")).precision, "report");
  // With a date of its own, the saying keeps it.
  const Document own =
      Recognized("The minister said on Monday that the army had shelled the village on March 2.", "2026-03-10");
  EXPECT_EQ(DateOf(own, Find(own, "said")).value, "2026-03-09");
  EXPECT_EQ(DateOf(own, Find(own, "shelled")).value, "2026-03-02");
}

// A state in the plain present is the report's: a past act's date from
// another clause does not date it; an enclosing clause's date does.
TEST(DateOfAttach, PlainPresentIgnoresAnotherClausesPastDate) {
  const Document doc = Recognized(
      "The mayor said the bridge that collapsed last Wednesday was badly built, and that the city expects "
      "compensation.",
      "2026-03-10");
  EXPECT_EQ(DateOf(doc, Find(doc, "collapsed")).value, "2026-03-04");
  EXPECT_EQ(DateOf(doc, Find(doc, "expects")).precision, "report");
  const Document enclosing =
      Recognized("The mayor said on Monday that the city expects compensation.", "2026-03-10");
  EXPECT_EQ(DateOf(enclosing, Find(enclosing, "expects")).value, "2026-03-09");
}

// "during Monday's raid": the possessive date names the raid. It dates the
// act of its own clause but does not carry the narrative.
TEST(DateOfAttach, PossessiveDateCarriesNoNarrative) {
  const Document doc = Recognized(
      "On Tuesday the ministry summoned the envoy. Three reporters were detained during Monday's raid. "
      "The ministry protested.",
      "2026-03-10");
  EXPECT_EQ(DateOf(doc, Find(doc, "were detained")).value, "2026-03-09");
  EXPECT_EQ(DateOf(doc, Find(doc, "protested")).value, "2026-03-10");
}

// An act named by a noun in a plain-present clause ("the raid is a blow
// to Baku") lies at or before the report: it gets the story's year like a
// past act, while the present verb itself stays the report's day.
TEST(DateOfAttach, NominalActInAPresentClauseGetsTheStoryYear) {
  const Document doc = Recognized(
      "On June 30, police raided the office.\n\nIt rained.\n\nIt rained.\n\nIt rained.\n\n"
      "The raid is a blow to Baku.",
      "2025-07-02");
  const Span at = Find(doc, "raid is");
  const EventDate raid = DateOf(doc, Span{at.begin, static_cast<Offset>(at.begin + 4)});  // "raid"
  EXPECT_EQ(raid.precision, "report");
  EXPECT_EQ(raid.story_year, "2025");
  EXPECT_EQ(DateOf(doc, Find(doc, "is a")).story_year, "");
}

}  // namespace
}  // namespace riposte::temporal
