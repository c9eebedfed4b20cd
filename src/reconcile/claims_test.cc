// Tests of claims.cc and internal/claim_*.cc (issue 7, points 3-4): claims
// of event mentions (figures, vague counts, casualties beside an act, place,
// date, happened, actor, claimed_by) and standalone population statistics,
// over short news sentences of our own analysed and coded as `riposte code`
// does.
#include <gtest/gtest.h>

#include <memory>

#include "actors/actors.h"
#include "events/events.h"
#include "reconcile/internal/values.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_test_util.h"
#include "text/text.h"
#include "time/time.h"

namespace riposte::reconcile {
namespace {

// Analyses, annotates and codes `text` as document 0 dated `date`; fills
// `mentions`.
Document Coded(const std::string& text, std::vector<Mention>& mentions, const std::string& date = "2025-07-01") {
  return test_util::Coded(text, 0, mentions, date);
}

std::vector<Claim> ClaimsOf(const std::string& text, const std::string& date = "2025-07-01") {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {Coded(text, mentions, date)};
  return ExtractClaims(docs, 0, mentions);
}

const Claim* Find(const std::vector<Claim>& claims, std::string_view attribute) {
  for (const Claim& c : claims)
    if (c.attribute == attribute) return &c;
  return nullptr;
}

std::string QuoteOf(const std::string& text, const Claim& c) {
  if (c.value.quotes.empty()) return "";
  const Span s = c.value.quotes[0].span;
  return text.substr(s.begin, s.end - s.begin);
}

class ClaimsTest : public test_util::KitTest {};

TEST_F(ClaimsTest, PopulationStatisticWithVerbAndPlace) {
  const std::string text = "About 2 million Azerbaijanis live in Russia, according to Russian estimates.";
  std::vector<Claim> claims = ClaimsOf(text);
  const Claim* c = Find(claims, "amount");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->mention.has_value());
  EXPECT_EQ(c->topic, "population:AZE@RUS");
  EXPECT_EQ(c->topic_text, "Azerbaijanis living in Russia");
  EXPECT_EQ(c->value.normalized, "2000000");
  EXPECT_EQ(c->value.qualifier, "about");
  EXPECT_EQ(c->value.value, "About 2 million");
  EXPECT_EQ(QuoteOf(text, *c), "About 2 million Azerbaijanis live in Russia");
  ASSERT_EQ(c->value.claimed_by.size(), 1u);
  EXPECT_EQ(c->value.claimed_by[0].substr(0, 3), "RUS");
}

TEST_F(ClaimsTest, PopulationStatisticForms) {
  struct Case {
    std::string text, normalized, qualifier;
  };
  const std::vector<Case> cases = {
      {"Up to 3 million Azerbaijanis live in Russia, diaspora groups say.", "3000000", "at_most"},
      {"Money flows from Russia, where over three million Azerbaijanis live and work.", "3000000", "more_than"},
      {"Around 600,000 Azerbaijanis work in Russia.", "600000", "about"},
      {"Moscow cannot easily ignore a diaspora of up to 3 million Azerbaijanis.", "3000000", "at_most"},
      {"Some two million ethnic Azeris are living in the Russian Federation.", "2000000", "about"},
  };
  for (const Case& k : cases) {
    std::vector<Claim> claims = ClaimsOf(k.text);
    const Claim* c = Find(claims, "amount");
    ASSERT_NE(c, nullptr) << k.text;
    EXPECT_EQ(c->topic, "population:AZE@RUS") << k.text;
    EXPECT_EQ(c->value.normalized, k.normalized) << k.text;
    EXPECT_EQ(c->value.qualifier, k.qualifier) << k.text;
  }
}

TEST_F(ClaimsTest, PopulationStatisticAbstains) {
  for (const std::string text : {
           "About 2 million Azerbaijanis live abroad.",              // no country
           "Russian police detained 50 Azerbaijanis in Moscow.",     // an event's count
           "Azerbaijanis in Russia sent home $800 million in 2024.", // not a population
           "In 2010 Azerbaijanis lived in Russia.",                  // a year
       }) {
    std::vector<Claim> claims = ClaimsOf(text);
    for (const Claim& c : claims) EXPECT_TRUE(c.mention || c.topic.empty()) << text << " -> " << c.topic;
  }
}

TEST_F(ClaimsTest, EventFigurePlaceDateHappenedActor) {
  const std::string text = "Russian police detained almost 50 Azerbaijanis in Yekaterinburg on June 27, 2025.";
  std::vector<Claim> claims = ClaimsOf(text);
  const Claim* detained = Find(claims, "detained");
  ASSERT_NE(detained, nullptr);
  ASSERT_TRUE(detained->mention.has_value());
  EXPECT_EQ(detained->value.normalized, "50");
  EXPECT_EQ(detained->value.qualifier, "about");
  EXPECT_NE(QuoteOf(text, *detained).find("almost 50"), std::string::npos);
  const Claim* place = Find(claims, "place");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->value.normalized, "rus");
  const Claim* date = Find(claims, "date");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->value.normalized, "2025-06-27");
  EXPECT_EQ(date->value.qualifier, "exact");
  EXPECT_EQ(QuoteOf(text, *date), "June 27, 2025");
  const Claim* happened = Find(claims, "happened");
  ASSERT_NE(happened, nullptr);
  EXPECT_EQ(happened->value.normalized, "true");
  const Claim* actor = Find(claims, "actor");
  ASSERT_NE(actor, nullptr);
  EXPECT_EQ(actor->value.normalized, "ruscop");
  EXPECT_EQ(actor->value.value, "Russian police");
}

TEST_F(ClaimsTest, NegatedActIsHappenedFalse) {
  const std::string text = "Russia did not pay compensation to the families.";
  std::vector<Claim> claims = ClaimsOf(text);
  const Claim* happened = Find(claims, "happened");
  ASSERT_NE(happened, nullptr);
  EXPECT_EQ(happened->value.normalized, "false");
  EXPECT_EQ(happened->value.kind, DisputeValue::Kind::kBool);
}

// A "no" says whose act did not happen; unnamed doers deny nobody's act.
// How a report frames who was targeted: armed or criminal, or civilians.
TEST_F(ClaimsTest, TargetFraming) {
  auto framing = [&](const std::string& text) {
    for (const Claim& c : ClaimsOf(text))
      if (c.attribute == "actor" && c.topic == "target") return c.value.normalized;
    return std::string();
  };
  EXPECT_EQ(framing("Russian police detained members of an organised criminal group on Friday."), "armed or criminal");
  EXPECT_EQ(framing("Russian police raided homes of Azerbaijanis on Friday."), "civilians");
  EXPECT_EQ(framing("Israeli aircraft struck militants in Gaza on Friday."), "armed or criminal");
  EXPECT_EQ(framing("Russian police detained nine people on Friday."), "");  // says neither
}

TEST_F(ClaimsTest, NegatedActNeedsACodedDoer) {
  EXPECT_EQ(Find(ClaimsOf("Officials in the capital did not criticise Moscow on Monday."), "happened"), nullptr);
  const std::vector<Claim> claims = ClaimsOf("Azerbaijan did not criticise Moscow on Monday.");
  const Claim* named = Find(claims, "happened");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->value.normalized, "false");
}

TEST_F(ClaimsTest, DenialNamingNoDoerIsAboutItsSentencesDoer) {
  // "no compensation was paid" names nobody; the apology beside it says whose
  // payment is denied. "no one was held accountable" denies that anyone was.
  const std::string text = "Lukashenko apologised to Poland, but no compensation was paid.";
  const std::vector<Claim> claims = ClaimsOf(text);
  const Claim* denied = nullptr;
  for (const Claim& c : claims)
    if (c.attribute == "happened" && c.value.normalized == "false") denied = &c;
  ASSERT_NE(denied, nullptr);
  EXPECT_NE(QuoteOf(text, *denied).find("no compensation was paid"), std::string::npos);
  for (const Claim& c : ClaimsOf("Lukashenko apologised to Poland, but no one was held accountable.")) {
    EXPECT_FALSE(c.attribute == "happened" && c.value.normalized == "false") << c.value.value;
  }
  // Alone, the denial has no doer to be about.
  for (const Claim& c : ClaimsOf("No compensation was paid, officials in Warsaw said.")) {
    EXPECT_FALSE(c.attribute == "happened" && c.value.normalized == "false") << c.value.value;
  }
}

TEST_F(ClaimsTest, PaidAgainstNotPaidIsADispute) {
  std::vector<Mention> mentions;
  std::vector<Document> docs = {
      test_util::Coded("On April 28 Belarus paid compensation to Poland for the damaged border post.", 0, mentions,
                       "2025-05-01", "a"),
      test_util::Coded("Lukashenko apologised to Poland, but no compensation was paid.", 1, mentions, "2025-07-01",
                       "b")};
  const Reconciled r = Reconcile(docs, mentions);
  const Dispute* happened = nullptr;
  for (const Dispute& d : r.disputes)
    if (d.attribute == "happened") happened = &d;
  ASSERT_NE(happened, nullptr);
  ASSERT_EQ(happened->values.size(), 2u);
}

TEST_F(ClaimsTest, CasualtiesBesideAViolentAct) {
  const std::string text =
      "Russian air defences shot down the plane near Grozny. Thirty-eight people died and twenty-nine survived.";
  std::vector<Claim> claims = ClaimsOf(text);
  const Claim* killed = Find(claims, "killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->value.normalized, "38");
  EXPECT_EQ(QuoteOf(text, *killed), "Thirty-eight people died");
  const Claim* survivors = Find(claims, "survivors");
  ASSERT_NE(survivors, nullptr);
  EXPECT_EQ(survivors->value.normalized, "29");
}

TEST_F(ClaimsTest, PeopleOnBoardAreCounted) {
  std::vector<Claim> claims = ClaimsOf("Russian air defences shot down the plane near Grozny. There were 54 people "
                                       "on board.");
  const Claim* on_board = Find(claims, "on_board");
  ASSERT_NE(on_board, nullptr);
  EXPECT_EQ(on_board->value.normalized, "54");
  EXPECT_TRUE(on_board->mention.has_value());
}

TEST_F(ClaimsTest, CasualtiesWithoutAViolentActAreAboutNoAct) {
  // The meeting is no act the deaths belong to: an incident claim
  // (internal/incident.h), about no mention.
  std::vector<Claim> claims = ClaimsOf("Officials met in Baku. Thirty-eight people died in floods last year.");
  const Claim* killed = Find(claims, "killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_FALSE(killed->mention.has_value());
  EXPECT_EQ(killed->topic, "incident");
}

TEST_F(ClaimsTest, VagueCountOfAnArrest) {
  const std::string text = "Dozens of people were detained in Yekaterinburg.";
  std::vector<Claim> claims = ClaimsOf(text);
  const Claim* detained = Find(claims, "detained");
  ASSERT_NE(detained, nullptr);
  EXPECT_EQ(detained->value.value, "Dozens");
  EXPECT_EQ(detained->value.normalized, "");
  EXPECT_EQ(detained->value.qualifier, "about");
}

TEST_F(ClaimsTest, CoordinatedPersonsAreCounted) {
  const std::string text = "Police in Minsk raided the newspaper, arresting its editor and deputy editor.";
  std::vector<Claim> claims = ClaimsOf(text);
  const Claim* detained = Find(claims, "detained");
  ASSERT_NE(detained, nullptr);
  EXPECT_EQ(detained->value.normalized, "2");
  EXPECT_EQ(QuoteOf(text, *detained), "arresting its editor and deputy editor");
}

TEST_F(ClaimsTest, CoordinatedThingsOrGroupsAreNotCounted) {
  EXPECT_EQ(Find(ClaimsOf("Police in Minsk arrested the editor and his colleagues."), "detained"), nullptr);
  EXPECT_EQ(Find(ClaimsOf("Police in Minsk arrested the editor on Monday."), "detained"), nullptr);
}

TEST_F(ClaimsTest, NoVagueCountOfAPlace) {
  std::vector<Claim> claims = ClaimsOf("In several cities police detained protesters.");
  EXPECT_EQ(Find(claims, "detained"), nullptr);
}

TEST_F(ClaimsTest, PlaceOfANeighbouringActIsNotClaimed) {
  const std::string text =
      "Two brothers died during police raids in Yekaterinburg and Azerbaijani police arrested two executives of "
      "Sputnik.";
  std::vector<Mention> mentions;
  std::vector<Document> docs = {Coded(text, mentions)};
  for (const Claim& c : ExtractClaims(docs, 0, mentions)) {
    if (c.attribute != "place") continue;
    const std::string& cameo = mentions[*c.mention].event.cameo;
    EXPECT_NE(cameo.substr(0, 2), "17") << "arrest placed in " << c.value.value;
  }
}

TEST_F(ClaimsTest, DatesNeedAStatingExpression) {
  // No time expression: the publication date stands in; nothing is claimed.
  EXPECT_EQ(Find(ClaimsOf("Russian police detained seven Azerbaijanis in Moscow."), "date"), nullptr);
  // A relative day: claimed, qualifier "about".
  std::vector<Claim> claims = ClaimsOf("Russian police detained seven Azerbaijanis on Friday.", "2025-06-30");
  const Claim* date = Find(claims, "date");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->value.normalized, "2025-06-27");
  EXPECT_EQ(date->value.qualifier, "about");
}

// Hand-built mention on an unanalysed text: the coded fields alone.
TEST(Claims, ClaimedByAndQuantityOfAStoredMention) {
  std::vector<Document> docs(1);
  docs[0].id = "031";
  docs[0].text = "According to the ministry, six people were detained.";
  docs[0].date.Set("2025-06-28", Provenance::kGiven);
  std::vector<Mention> mentions(1);
  mentions[0].doc = 0;
  store::StoredEvent& e = mentions[0].event;
  e.span = Span{0, static_cast<Offset>(docs[0].text.size())};
  e.cameo = "173";
  e.mode = "asserted";
  e.attributed_to = store::StoredActor{"AZEGOV", "", Span{13, 25}, false};
  e.quantities.push_back(store::StoredQuantity{"detained", 6, "exact", Span{27, 37}});
  e.date = e.date_start = e.date_end = "2025-06-28";
  e.date_precision = "report";  // the publication date standing in: no claim
  std::vector<Claim> claims = ExtractClaims(docs, 0, mentions);
  const Claim* c = Find(claims, "detained");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.claimed_by, std::vector<std::string>{"AZEGOV"});
  EXPECT_EQ(c->value.value, "six people");
  EXPECT_EQ(c->value.normalized, "6");
  EXPECT_EQ(c->report_date, "2025-06-28");
  EXPECT_EQ(Find(claims, "date"), nullptr);
  // A death toll on an arrest belongs to another act.
  e.quantities[0].attribute = "killed";
  EXPECT_EQ(Find(ExtractClaims(docs, 0, mentions), "killed"), nullptr);
  // Another document's mentions are not this one's claims.
  EXPECT_TRUE(ExtractClaims(docs, 1, mentions).empty());
}

}  // namespace
}  // namespace riposte::reconcile
