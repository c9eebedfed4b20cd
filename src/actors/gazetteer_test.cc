// Tests of the gazetteer (actors.h, gazetteer.cc) and of "agent in <city>"
// (internal/place_rules.cc): loading from temp copies of the three files'
// formats, missing files, and, when tzdata and iso-codes are installed, the
// system's files with our table (issue 6, point 4).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "actors/actors.h"
#include "actors/internal/recognize_testing.h"
#include "text/text.h"

namespace riposte::actors {
namespace {

namespace fs = std::filesystem;

// A temp directory with a zone.tab, an iso_3166-1.json and a gazetteer.tsv
// in the real formats, removed at the end of the test.
class TempFiles {
 public:
  TempFiles() {
    dir_ = fs::temp_directory_path() /
           ("riposte_gazetteer_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  ~TempFiles() { fs::remove_all(dir_); }
  TempFiles(const TempFiles&) = delete;
  TempFiles& operator=(const TempFiles&) = delete;

  std::string Write(const std::string& name, const std::string& content) const {
    const std::string path = (dir_ / name).string();
    std::ofstream(path) << content;
    return path;
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  fs::path dir_;
};

constexpr const char* kIsoJson = R"({
  "3166-1": [
    {
      "alpha_2": "AZ",
      "alpha_3": "AZE",
      "flag": "x",
      "name": "Azerbaijan",
      "numeric": "031",
      "official_name": "Republic of Azerbaijan"
    },
    {"alpha_2": "KZ", "alpha_3": "KAZ", "name": "Kazakhstan", "numeric": "398"},
    {"alpha_2": "QA", "alpha_3": "QAT", "name": "Qatar", "numeric": "634"},
    {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation", "numeric": "643"},
    {"alpha_2": "VN", "alpha_3": "VNM", "name": "Viet Nam", "common_name": "Vietnam", "numeric": "704"}
  ]
})";

constexpr const char* kZoneTab =
    "# tzdata zone.tab format: country, ISO 6709 coordinates, TZ id, comment\n"
    "AZ\t+4023+04951\tAsia/Baku\n"
    "KZ\t+4431+05016\tAsia/Aqtau\tMangghystau/Mankistau\n"
    "QA\t+2517+05132\tAsia/Qatar\n"
    "RU\t+5651+06036\tAsia/Yekaterinburg\tMSK+02 - Urals\n"
    "RU\t+643337+1431336\tAsia/Ust-Nera\tMSK+07 - Oymyakonsky\n"
    "VN\t+1045+10640\tAsia/Ho_Chi_Minh\n"
    "RU\t-9999\tAsia/Nowhere\n"
    "ZZ\t+0000+00000\tEtc/Unknown\n";

constexpr const char* kTable =
    "# ours\n"
    "alias\tAqtau\tAktau\n"
    "alias\tHo Chi Minh\tHo Chi Minh City\n"
    "alias\tQatar\tDoha\n"
    "alias\tAtlantis\tPoseidonia\n"
    "skip\tAsia/Ust-Nera\t# a test skip\n"
    "bogus line\n";

Gazetteer LoadTemp(const TempFiles& files) {
  return Gazetteer::Load(Gazetteer::Paths{files.Write("zone.tab", kZoneTab),
                                          files.Write("iso_3166-1.json", kIsoJson),
                                          files.Write("gazetteer.tsv", kTable)});
}

TEST(Gazetteer, LoadsZoneTabWithCountriesAndCoordinates) {
  TempFiles files;
  const Gazetteer g = LoadTemp(files);
  const Place* yek = g.Find("Yekaterinburg");
  ASSERT_NE(yek, nullptr);
  EXPECT_EQ(yek->country, "RUS");
  EXPECT_DOUBLE_EQ(yek->lat, 56.85);
  EXPECT_DOUBLE_EQ(yek->lon, 60.6);
  EXPECT_EQ(yek->tz, "Asia/Yekaterinburg");
  EXPECT_EQ(yek->where, "zone.tab:5");
  const Place* baku = g.Find("Baku");
  ASSERT_NE(baku, nullptr);
  EXPECT_EQ(baku->country, "AZE");
  EXPECT_NEAR(baku->lat, 40.3833, 1e-9);  // 40 deg 23 min, rounded to 4 decimals
  EXPECT_NEAR(baku->lon, 49.85, 1e-9);
  // Underscores are spaces; names match exactly.
  ASSERT_NE(g.Find("Ho Chi Minh"), nullptr);
  EXPECT_EQ(g.Find("Ho Chi Minh")->country, "VNM");
  EXPECT_EQ(g.Find("Ho_Chi_Minh"), nullptr);
  EXPECT_EQ(g.Find("baku"), nullptr);
  EXPECT_EQ(g.Find("Mangghystau/Mankistau"), nullptr);  // comments are no names
}

TEST(Gazetteer, AliasesSkipsAndCountryNamedZones) {
  TempFiles files;
  const Gazetteer g = LoadTemp(files);
  // Our spellings take the zone's country and coordinates.
  const Place* aktau = g.Find("Aktau");
  ASSERT_NE(aktau, nullptr);
  EXPECT_EQ(aktau->country, "KAZ");
  EXPECT_EQ(aktau->tz, "Asia/Aqtau");
  EXPECT_EQ(aktau->where, "gazetteer.tsv:2");
  ASSERT_NE(g.Find("Aqtau"), nullptr);
  ASSERT_NE(g.Find("Ho Chi Minh City"), nullptr);
  // A zone named after its country is no city; its alias is.
  EXPECT_EQ(g.Find("Qatar"), nullptr);
  ASSERT_NE(g.Find("Doha"), nullptr);
  EXPECT_EQ(g.Find("Doha")->country, "QAT");
  // Skipped zone; bad coordinates and unknown countries are warnings.
  EXPECT_EQ(g.Find("Ust-Nera"), nullptr);
  EXPECT_EQ(g.Find("Nowhere"), nullptr);
  EXPECT_EQ(g.Find("Unknown"), nullptr);
  EXPECT_EQ(g.size(), 7u);  // Aktau Aqtau Baku Doha "Ho Chi Minh" "Ho Chi Minh City" Yekaterinburg
  std::string all;
  for (const Error& e : g.warnings()) all += e.arg + ": " + e.message + "\n";
  EXPECT_NE(all.find("zone.tab:8: bad ISO 6709 coordinates -9999"), std::string::npos) << all;
  EXPECT_NE(all.find("zone.tab:9: unknown country ZZ"), std::string::npos) << all;
  EXPECT_NE(all.find("gazetteer.tsv:7: expected"), std::string::npos) << all;
  EXPECT_NE(all.find("gazetteer.tsv:5: alias of \"Atlantis\""), std::string::npos) << all;
  // Sorted by name, so Find is a binary search.
  for (size_t i = 1; i < g.places().size(); ++i) {
    EXPECT_LT(g.places()[i - 1].name, g.places()[i].name);
  }
}

TEST(Gazetteer, CityLinesAddCitiesNoZoneNames) {
  TempFiles files;
  const Gazetteer g = Gazetteer::Load(Gazetteer::Paths{
      files.Write("zone.tab", kZoneTab), files.Write("iso_3166-1.json", kIsoJson),
      files.Write("gazetteer.tsv",
                  "city\tGrozny\tRUS\t+4319+04542\n"
                  "city\tNowhereville\tXXX\t+0000+00000\n"
                  "city\tBadcoords\tRUS\tnorth\n"
                  "city\tBaku\tRUS\t+0000+00000\n")});
  const Place* grozny = g.Find("Grozny");
  ASSERT_NE(grozny, nullptr);
  EXPECT_EQ(grozny->country, "RUS");
  EXPECT_NEAR(grozny->lat, 43.3167, 1e-9);  // 43 deg 19 min, rounded to 4 decimals
  EXPECT_NEAR(grozny->lon, 45.7, 1e-9);
  EXPECT_EQ(grozny->where, "gazetteer.tsv:1");
  EXPECT_EQ(g.Find("Nowhereville"), nullptr);
  EXPECT_EQ(g.Find("Badcoords"), nullptr);
  // A zone's own city wins over a line of ours with its name.
  ASSERT_NE(g.Find("Baku"), nullptr);
  EXPECT_EQ(g.Find("Baku")->country, "AZE");
  std::string all;
  for (const Error& e : g.warnings()) all += e.arg + ": " + e.message + "\n";
  EXPECT_NE(all.find("gazetteer.tsv:2: city Nowhereville: unknown country XXX"), std::string::npos) << all;
  EXPECT_NE(all.find("gazetteer.tsv:3: city Badcoords: bad ISO 6709 coordinates north"), std::string::npos)
      << all;
}

TEST(Gazetteer, MissingFilesLeaveItEmptyAndSaySo) {
  TempFiles files;
  const std::string iso = files.Write("iso_3166-1.json", kIsoJson);
  const Gazetteer no_zones = Gazetteer::Load(Gazetteer::Paths{files.Path("zone.tab"), iso, ""});
  EXPECT_TRUE(no_zones.empty());
  ASSERT_EQ(no_zones.warnings().size(), 1u);
  EXPECT_EQ(no_zones.warnings()[0].code, ErrorCode::kNotFound);
  EXPECT_NE(no_zones.warnings()[0].message.find(files.Path("zone.tab")), std::string::npos);
  EXPECT_NE(no_zones.warnings()[0].message.find("tzdata"), std::string::npos);

  const std::string zones = files.Write("zone.tab", kZoneTab);
  const Gazetteer no_iso = Gazetteer::Load(Gazetteer::Paths{zones, files.Path("none.json"), ""});
  EXPECT_TRUE(no_iso.empty());
  ASSERT_EQ(no_iso.warnings().size(), 1u);
  EXPECT_NE(no_iso.warnings()[0].message.find("iso-codes"), std::string::npos);

  // Without our table: the zones alone, and a warning.
  const Gazetteer no_table =
      Gazetteer::Load(Gazetteer::Paths{zones, iso, files.Path("gazetteer.tsv")});
  EXPECT_NE(no_table.Find("Yekaterinburg"), nullptr);
  EXPECT_EQ(no_table.Find("Aktau"), nullptr);
  EXPECT_FALSE(no_table.warnings().empty());
}

bool SystemFilesPresent() {
  const Gazetteer::Paths p = Gazetteer::SystemPaths(DataDir());
  return fs::exists(p.zone_tab) && fs::exists(p.iso_3166);
}

TEST(Gazetteer, SystemFilesWithOurTable) {
  if (!SystemFilesPresent()) GTEST_SKIP() << "tzdata or iso-codes not installed";
  const auto start = std::chrono::steady_clock::now();
  const Gazetteer g = Gazetteer::Load();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("gazetteer: %zu places loaded in %.2f ms\n", g.size(), ms);
  EXPECT_LT(ms, 100.0);  // ~1 ms here; generous for loaded CI machines
  // Every line of our table applies to this tzdata.
  for (const Error& e : g.warnings()) ADD_FAILURE() << e.arg << ": " << e.message;
  EXPECT_GT(g.size(), 350u);
  struct Want {
    const char* name;
    const char* country;
    double lat, lon;
  };
  for (const Want& w : {Want{"Yekaterinburg", "RUS", 56.85, 60.6}, Want{"Baku", "AZE", 40.3833, 49.85},
                        Want{"Aktau", "KAZ", 44.5167, 50.2667}, Want{"Kyiv", "UKR", 50.4333, 30.5167},
                        Want{"Kiev", "UKR", 50.4333, 30.5167},
                        Want{"Ho Chi Minh City", "VNM", 10.75, 106.6667}}) {
    const Place* p = g.Find(w.name);
    ASSERT_NE(p, nullptr) << w.name;
    EXPECT_EQ(p->country, w.country) << w.name;
    EXPECT_NEAR(p->lat, w.lat, 1e-3) << w.name;
    EXPECT_NEAR(p->lon, w.lon, 1e-3) << w.name;
  }
  for (const char* not_a_city : {"Christmas", "Center", "Qatar", "Jersey", "Singapore", "Easter"}) {
    EXPECT_EQ(g.Find(not_a_city), nullptr) << not_a_city;
  }
  // The lexicon's capitals that tz knows get coordinates in their country.
  size_t capitals = 0, located = 0;
  for (const Entry& e : testing::ProjectLexicon().entries()) {
    if (e.kind != EntryKind::kCapital) continue;
    ++capitals;
    const Place* p = g.Find(e.text);
    if (p != nullptr && p->country == e.code) ++located;
  }
  std::printf("gazetteer: %zu of %zu lexicon capital spellings located\n", located, capitals);
  EXPECT_GT(located, 150u);
  // The process-wide one is the same data, loaded once.
  EXPECT_EQ(&DefaultGazetteer(), &DefaultGazetteer());
  EXPECT_EQ(DefaultGazetteer().size(), g.size());
}

std::string RunWith(const Recognizer& recognizer, const std::string& text) {
  Document doc;
  doc.text = text;
  text::Segment(doc);
  EXPECT_TRUE(text::Analyze(doc).ok());
  recognizer.Recognize(doc, "2025-07-01");
  return testing::Render(doc);
}

// Issue 6, point 4: "agent in <city>" takes the city's country when the
// gazetteer knows the city.
TEST(Gazetteer, AgentInCity) {
  TempFiles files;
  const Gazetteer g = LoadTemp(files);
  const Recognizer recognizer(testing::ProjectLexicon(), g);
  EXPECT_EQ(RunWith(recognizer, "Police in Yekaterinburg detained two men."),
            "Police in Yekaterinburg=RUSCOP");
  EXPECT_EQ(RunWith(recognizer, "The police in Aktau questioned the crew."),
            "The police in Aktau=KAZCOP | the crew=");
  EXPECT_EQ(RunWith(recognizer, "Protesters in Ho Chi Minh City marched."),
            "Protesters in Ho Chi Minh City=VNMCVL");
  // Capitals still come from the lexicon; unknown towns give nothing.
  EXPECT_EQ(RunWith(recognizer, "The police in Baku detained two men."), "The police in Baku=AZECOP");
  EXPECT_EQ(RunWith(recognizer, "Police in Smalltown detained two men."), "Police=");
  // The same exceptions as for capitals.
  EXPECT_EQ(RunWith(recognizer, "Diplomats in Yekaterinburg were summoned."), "Diplomats=");
  EXPECT_EQ(RunWith(recognizer, "Police in Yekaterinburg's suburbs made arrests."), "Police=");
  // An empty gazetteer (no tzdata): the rule needs the lexicon.
  const Gazetteer empty = Gazetteer::Load(Gazetteer::Paths{files.Path("none"), files.Path("none"), ""});
  const Recognizer without(testing::ProjectLexicon(), empty);
  EXPECT_EQ(RunWith(without, "Police in Yekaterinburg detained two men."), "Police=");
}

TEST(Gazetteer, AgentInCityWithTheSystemGazetteer) {
  if (!SystemFilesPresent()) GTEST_SKIP() << "tzdata or iso-codes not installed";
  EXPECT_EQ(testing::Run("Police in Yekaterinburg detained two men."),
            "Police in Yekaterinburg=RUSCOP");
}

}  // namespace
}  // namespace riposte::actors
