// Tests of the coder's place (internal/location.cc) with the gazetteer
// (actors.h): countries and capitals from the lexicon, cities from the
// gazetteer, coordinates when the gazetteer knows the place, nothing for
// unknown towns; the JSON's lat/lon. Issue 6, point 4.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

#include "events/internal/coder_internal.h"
#include "events/internal/coder_testing.h"

namespace riposte::events {
namespace {

namespace fs = std::filesystem;

// A gazetteer from small copies of zone.tab and iso_3166-1.json (the real
// formats), so these tests do not depend on the installed tzdata.
const actors::Gazetteer& TestGazetteer() {
  static const actors::Gazetteer* g = [] {
    // One directory per process: ctest runs each test in its own process,
    // in parallel, and a shared one was rewritten and removed under a reader.
    const fs::path dir = fs::temp_directory_path() / ("riposte_location_test." + std::to_string(getpid()));
    fs::create_directories(dir);
    std::ofstream((dir / "zone.tab").string())
        << "AZ\t+4023+04951\tAsia/Baku\n"
           "KZ\t+4431+05016\tAsia/Aqtau\tMangghystau/Mankistau\n"
           "RU\t+554521+0373704\tEurope/Moscow\tMSK+00 - Moscow area\n"
           "RU\t+5651+06036\tAsia/Yekaterinburg\tMSK+02 - Urals\n"
           "US\t+404251-0740023\tAmerica/New_York\tEastern (most areas)\n"
           "JE\t+491101-0020624\tEurope/Jersey\n";
    std::ofstream((dir / "iso.json").string())
        << R"({"3166-1": [{"alpha_2": "AZ", "alpha_3": "AZE", "name": "Azerbaijan"},
                          {"alpha_2": "KZ", "alpha_3": "KAZ", "name": "Kazakhstan"},
                          {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation"},
                          {"alpha_2": "US", "alpha_3": "USA", "name": "United States"},
                          {"alpha_2": "JE", "alpha_3": "JEY", "name": "Jersey"}]})";
    std::ofstream((dir / "gazetteer.tsv").string()) << "alias\tAqtau\tAktau\n";
    auto* loaded = new actors::Gazetteer(actors::Gazetteer::Load(actors::Gazetteer::Paths{
        (dir / "zone.tab").string(), (dir / "iso.json").string(), (dir / "gazetteer.tsv").string()}));
    fs::remove_all(dir);
    return loaded;
  }();
  return *g;
}

// "TEXT COUNTRY LAT LON" of the place of the act `word` fires, "" if none.
std::string PlaceOf(const std::string& text, const std::string& word,
                    const actors::Gazetteer& gazetteer = TestGazetteer()) {
  const Document doc = testing::Analyzed(text);
  const internal::DocIndex ix(doc);
  const internal::Trigger trig = internal::FromHit(testing::MakeHit(doc, {word, "173"}));
  const auto loc = internal::FindLocation(ix, trig, testing::ProjectLexicon(), gazetteer);
  if (!loc) return "";
  std::string out = loc->text + " " + loc->country;
  if (loc->lat && loc->lon) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " %.4f %.4f", *loc->lat, *loc->lon);
    out += buf;
  }
  return out;
}

TEST(Location, CitiesFromTheGazetteer) {
  EXPECT_EQ(PlaceOf("Russian police detained nine people in Yekaterinburg.", "detained"),
            "Yekaterinburg RUS 56.8500 60.6000");
  EXPECT_EQ(PlaceOf("The plane crashed near Aktau on Wednesday.", "crashed"),
            "Aktau KAZ 44.5167 50.2667");
  EXPECT_EQ(PlaceOf("Police detained two men in New York.", "detained"),
            "New York USA 40.7142 -74.0064");
  // "in Russia's Yekaterinburg": Russia's city, whichever phrase the chunker makes.
  EXPECT_NE(PlaceOf("Azerbaijanis were beaten in Russia's Yekaterinburg.", "beaten").find(" RUS"),
            std::string::npos);
  // "the Urals city of Yekaterinburg": the phrase after "of".
  EXPECT_EQ(PlaceOf("Police raided a cafe in the Urals city of Yekaterinburg.", "raided"),
            "Yekaterinburg RUS 56.8500 60.6000");
}

TEST(Location, CapitalsAndCountries) {
  // A capital: the lexicon's country, the gazetteer's coordinates.
  EXPECT_EQ(PlaceOf("Azerbaijani police detained seven Russian citizens in Baku.", "detained"),
            "Baku AZE 40.3833 49.8500");
  EXPECT_EQ(PlaceOf("Thousands protested in Moscow.", "protested"), "Moscow RUS 55.7558 37.6178");
  // A country: no coordinates (a country is no point).
  EXPECT_EQ(PlaceOf("Seven Russians were detained in Azerbaijan.", "detained"), "Azerbaijan AZE");
  // A capital the gazetteer does not know: the lexicon alone.
  EXPECT_EQ(PlaceOf("Talks were held in Ankara.", "held"), "Ankara TUR");
}

TEST(Location, UnknownPlacesGiveNothing) {
  EXPECT_EQ(PlaceOf("Police detained two men in Smalltown.", "detained"), "");
  // "New Jersey" is no "Jersey" (nor "New Mexico" Mexico); the island of
  // Jersey is a country (the lexicon's), and a zone named after its country
  // is no city: no coordinates.
  EXPECT_EQ(PlaceOf("Police detained two men in New Jersey.", "detained"), "");
  EXPECT_EQ(PlaceOf("Police detained two men in New Mexico.", "detained"), "");
  EXPECT_EQ(PlaceOf("Police detained two men in Jersey.", "detained"), "Jersey JEY");
  EXPECT_EQ(PlaceOf("Shells fell in Western Ukraine.", "fell"), "Ukraine UKR");
  // Without a gazetteer: capitals and countries only, no coordinates.
  const actors::Gazetteer empty = actors::Gazetteer::Load(
      actors::Gazetteer::Paths{"/nonexistent/zone.tab", "/nonexistent/iso.json", ""});
  EXPECT_EQ(PlaceOf("Police detained nine people in Yekaterinburg.", "detained", empty), "");
  EXPECT_EQ(PlaceOf("Police detained nine people in Baku.", "detained", empty), "Baku AZE");
}

// The Event JSON carries lat/lon when set (DESIGN.md Event contract), with
// the process-wide gazetteer of the installed tzdata.
TEST(Location, JsonHasCoordinatesWithTheSystemGazetteer) {
  if (actors::DefaultGazetteer().empty()) GTEST_SKIP() << "tzdata or iso-codes not installed";
  const Document doc = testing::Analyzed("Russian police detained nine Azerbaijanis in Yekaterinburg.");
  const std::vector<Event> events = testing::CodeSpecs(doc, {{"detained", "173"}});
  ASSERT_EQ(events.size(), 1u);
  const std::string json = EventJson(events[0], doc);
  EXPECT_NE(json.find(R"("location":{"text":"Yekaterinburg","country":"RUS","lat":56.85,"lon":60.6})"),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace riposte::events
