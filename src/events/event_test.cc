// Tests of the Event record's JSON (events.h, event_json.cc): the contract's
// keys in order, nulls for absent objects, country/sector split, number
// formats, quotes cut by span, and deterministic ids. Issue 6, point 5.
#include <gtest/gtest.h>

#include <string>

#include "events/events.h"

namespace riposte::events {
namespace {

Document Doc() {
  Document doc;
  doc.id = "031";
  doc.text = "Azerbaijani police detained seven Russian citizens in Baku.";
  return doc;
}

Event Sample() {
  Event e;
  e.doc = "031";
  e.version = "v1";
  e.sentence = 0;
  e.span = Span{0, 59};
  e.date = "2025-06-30";
  e.date_start = "2025-06-30";
  e.date_end = "2025-06-30";
  e.date_precision = "day";
  e.source = EventActor{"AZECOP", Span{0, 18}};
  e.target = EventActor{"RUSCVL", Span{34, 50}};
  e.cameo = "173";
  e.plover = "COERCE";
  e.goldstein = -5;
  e.mode = Mode::kAsserted;
  e.quantities.push_back(Quantity{"detained", 7, "exact", Span{28, 50}});
  e.location = Location{"Baku", "AZE", Span{54, 58}, std::nullopt, std::nullopt};
  e.rule = "test";
  e.coder_version = "c";
  e.lexicon_version = "l";
  e.id = EventId(e);
  return e;
}

TEST(EventJson, AllKeysInContractOrder) {
  Document doc = Doc();
  Event e = Sample();
  std::string json = EventJson(e, doc);
  const char* keys[] = {"\"id\":", "\"doc\":", "\"version\":", "\"sentence\":", "\"span\":",
                        "\"text\":", "\"date\":", "\"date_start\":", "\"date_end\":",
                        "\"date_precision\":", "\"source\":", "\"target\":", "\"cameo\":",
                        "\"plover\":", "\"goldstein\":", "\"mode\":", "\"attributed_to\":",
                        "\"quantities\":", "\"location\":", "\"rule\":", "\"coder_version\":",
                        "\"lexicon_version\":"};
  size_t at = 0;
  for (const char* k : keys) {
    size_t found = json.find(k, at);
    ASSERT_NE(found, std::string::npos) << k << " in " << json;
    at = found;
  }
  EXPECT_NE(json.find("\"text\":\"Azerbaijani police detained seven Russian citizens in Baku.\""),
            std::string::npos);
  EXPECT_NE(json.find("\"source\":{\"code\":\"AZECOP\",\"country\":\"AZE\",\"sector\":\"COP\","
                      "\"text\":\"Azerbaijani police\",\"span\":[0,18]}"),
            std::string::npos);
  EXPECT_NE(json.find("\"goldstein\":-5.0"), std::string::npos);
  EXPECT_NE(json.find("\"sentence\":1,"), std::string::npos);  // 1-based, like `riposte show`
  EXPECT_NE(json.find("\"quantities\":[{\"attribute\":\"detained\",\"value\":7,"
                      "\"qualifier\":\"exact\",\"text\":\"seven Russian citizens\","
                      "\"span\":[28,50]}]"),
            std::string::npos);
  EXPECT_NE(json.find("\"location\":{\"text\":\"Baku\",\"country\":\"AZE\"}"), std::string::npos);
  EXPECT_NE(json.find("\"attributed_to\":null"), std::string::npos);
  EXPECT_EQ(json.find("confidence"), std::string::npos);
  EXPECT_EQ(json.front(), '{');
  EXPECT_EQ(json.back(), '}');
}

TEST(EventJson, NullsForAbsentParts) {
  Document doc = Doc();
  Event e = Sample();
  e.target.reset();
  e.location.reset();
  e.date.clear();
  e.date_start.clear();
  e.date_end.clear();
  e.date_precision = "none";
  e.confidence = 0.7;
  std::string json = EventJson(e, doc);
  EXPECT_NE(json.find("\"target\":null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"location\":null"), std::string::npos);
  EXPECT_NE(json.find("\"date\":null,\"date_start\":null,\"date_end\":null,"
                      "\"date_precision\":\"none\""),
            std::string::npos);
  EXPECT_NE(json.find("\"confidence\":0.70"), std::string::npos);
}

TEST(EventJson, AttributionAndOrganisationCodes) {
  Document doc = Doc();
  Event e = Sample();
  e.source = EventActor{"IGOUNO", Span{0, 18}};
  e.attributed_to = Attribution{"AZEGOV", Span{0, 11}};
  e.mode = Mode::kNegated;
  e.goldstein = 3.4;
  std::string json = EventJson(e, doc);
  EXPECT_NE(json.find("{\"code\":\"IGOUNO\",\"country\":\"\",\"sector\":\"UNO\""),
            std::string::npos) << json;
  EXPECT_NE(json.find("\"attributed_to\":{\"code\":\"AZEGOV\",\"text\":\"Azerbaijani\","
                      "\"span\":[0,11]}"),
            std::string::npos);
  EXPECT_NE(json.find("\"mode\":\"negated\""), std::string::npos);
  EXPECT_NE(json.find("\"goldstein\":3.4"), std::string::npos);
}

TEST(EventJson, CodeParts) {
  EXPECT_EQ(actors::CodeCountry("AZECOP"), "AZE");
  EXPECT_EQ(actors::CodeSector("AZECOP"), "COP");
  EXPECT_EQ(actors::CodeCountry("RUS"), "RUS");
  EXPECT_EQ(actors::CodeSector("RUS"), "");
  EXPECT_EQ(actors::CodeCountry("EURGOV"), "EUR");
  EXPECT_EQ(actors::CodeCountry("IGOEUR"), "");
  EXPECT_EQ(actors::CodeCountry(""), "");
}

TEST(EventJson, IdsAreDeterministicAndDiscriminating) {
  Event a = Sample();
  Event b = Sample();
  EXPECT_EQ(EventId(a), EventId(b));
  EXPECT_EQ(EventId(a).size(), 32u);
  b.cameo = "172";
  EXPECT_NE(EventId(a), EventId(b));
  b = Sample();
  b.target->code = "RUSMED";
  EXPECT_NE(EventId(a), EventId(b));
  b = Sample();
  b.version = "v2";
  EXPECT_NE(EventId(a), EventId(b));
  b = Sample();
  b.mode = Mode::kNegated;  // the mode is not part of the identity
  EXPECT_EQ(EventId(a), EventId(b));
}

TEST(EventJson, ModeNames) {
  EXPECT_STREQ(ModeName(Mode::kAsserted), "asserted");
  EXPECT_STREQ(ModeName(Mode::kNegated), "negated");
  EXPECT_STREQ(ModeName(Mode::kThreatened), "threatened");
  EXPECT_STREQ(ModeName(Mode::kDemanded), "demanded");
  EXPECT_STREQ(ModeName(Mode::kHypothetical), "hypothetical");
}

}  // namespace
}  // namespace riposte::events
