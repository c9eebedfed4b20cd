// Tests of SniffMetadata and DetectLanguage (ingest.h): table-driven cases of
// our own, then the five seed articles against their gold dates, read at test
// time from ../shared (skipped when that directory is absent).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "ingest/ingest.h"
#include "ingest/internal/sniff.h"

namespace riposte::ingest {
namespace {

struct SniffCase {
  const char* name;
  const char* text;
  const char* date = "";
  const char* hint = "";
  const char* author = "";
  const char* outlet = "";
  const char* dateline = "";
  const char* date_evidence = nullptr;  // checked when set
};

class SniffTableTest : public testing::TestWithParam<SniffCase> {};

TEST_P(SniffTableTest, Sniffs) {
  const SniffCase& c = GetParam();
  Document doc;
  doc.text = c.text;
  SniffMetadata(doc);
  EXPECT_EQ(doc.date.value, c.date);
  EXPECT_EQ(doc.date_hint, c.hint);
  EXPECT_EQ(doc.author.value, c.author);
  EXPECT_EQ(doc.outlet.value, c.outlet);
  EXPECT_EQ(doc.dateline.value, c.dateline);
  if (c.date_evidence != nullptr) {
    EXPECT_EQ(doc.date.evidence, c.date_evidence);
  }
  // Every sniffed value is marked and quotes the text exactly.
  for (const Field* f : {&doc.date, &doc.author, &doc.outlet, &doc.dateline}) {
    if (f->empty()) continue;
    EXPECT_EQ(f->provenance, Provenance::kSniffed);
    ASSERT_FALSE(f->evidence.empty());
    EXPECT_NE(doc.text.find(f->evidence), std::string::npos) << f->evidence;
  }
}

std::string CaseName(const testing::TestParamInfo<SniffCase>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(
    Dates, SniffTableTest,
    testing::Values(
        SniffCase{"LeadingDateLabel", " date 2025-07-28 Azerbaijan is increasingly engaging.",
                  "2025-07-28", "", "", "", "", " date 2025-07-28"},
        SniffCase{"DateColon", "Date: 1 July 2025\n\nThe ministry said.", "2025-07-01"},
        SniffCase{"PublishedLabel", "Headline here\nPublished: 1 July 2025\nBody text.",
                  "2025-07-01", "", "", "", "", "Published: 1 July 2025"},
        SniffCase{"PublishedOnUs", "Published on July 3, 2025\nBody.", "2025-07-03"},
        SniffCase{"SplitByline", "How Baku plays\n25.07\n2025\nBy Jane Doe\nBody text.",
                  "2025-07-25", "", "Jane Doe", "", "", "25.07\n2025"},
        SniffCase{"StampWithTime", "Headline\n1 July 2025 | 10:32\nBody.", "2025-07-01"},
        SniffCase{"StampTwelveHour", "Headline\nJuly 1, 2025 10:32 AM\nBody.",
                  "2025-07-01T10:32:00"},
        SniffCase{"StampDayFirstDots", "Headline\n01.07.2025\nBody.", "2025-07-01"},
        SniffCase{"StampRussian", "Заголовок\n1 июля 2025 г.\nТекст.", "2025-07-01"},
        SniffCase{"IsoOpensLine", "2025-07-02 Baku hosts talks\nBody.", "2025-07-02"},
        SniffCase{"PublishedBeatsUpdated",
                  "Updated: 2 July 2025\nPublished: 1 July 2025\nBody.", "2025-07-01"},
        SniffCase{"UpdatedAlone", "Updated: 2 July 2025\nBody.", "2025-07-02"},
        SniffCase{"LabelBeatsDatelineYear",
                  "Published: 1 July 2025\nWASHINGTON, July 3, 2025 (AP) \xE2\x80\x94 The "
                  "State Department said.",
                  "2025-07-01", "", "", "AP", "WASHINGTON"},
        SniffCase{"TailPublished",
                  "Headline\nThe first paragraph.\nThe second paragraph.\nPublished 3 July 2025",
                  "2025-07-03"},
        SniffCase{"GoldStampWeekday", "Headline\nTuesday, 1 July 2025\nBody.", "2025-07-01"}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Hints, SniffTableTest,
    testing::Values(
        SniffCase{"BulletDaysAgo",
                  "top of page\n\nTitle\n\n  \xE2\x80\xA2 Ibrahim Ekmekci\n  \xE2\x80\xA2 2 days "
                  "ago\n  \xE2\x80\xA2 5 min read\nThe crisis deepened.",
                  "", "2 days ago", "Ibrahim Ekmekci"},
        SniffCase{"UpdatedMinAgo", "Updated 5 min ago\nBody.", "", "Updated 5 min ago"},
        SniffCase{"HoursAgo", "Headline\n3 hours ago\nBody.", "", "3 hours ago"},
        SniffCase{"AnHourAgo", "Headline\nan hour ago | World\nBody.", "", "an hour ago"},
        SniffCase{"CompactAgo", "Headline\n5h ago\nBody.", "", "5h ago"},
        SniffCase{"Yesterday", "Headline\nYesterday\nBody text follows.", "", "Yesterday"},
        SniffCase{"DatelineMonthDayIsHintOnly",
                  "PYATIGORSK, July 1. /TASS/. Russia's Investigative Committee said.",
                  "", "July 1", "", "TASS", "PYATIGORSK"},
        SniffCase{"RelativeInsideSentenceIsNoHint",
                  "Two days ago, Russian police raided homes of Azerbaijanis in Yekaterinburg "
                  "and detained several people.",
                  ""}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Datelines, SniffTableTest,
    testing::Values(
        SniffCase{"BakuDash", "BAKU, Azerbaijan \xE2\x80\x94 The foreign ministry protested.",
                  "", "", "", "", "BAKU"},
        SniffCase{"Reuters", "MOSCOW (Reuters) - Russia said on Tuesday.", "", "", "",
                  "Reuters", "MOSCOW"},
        SniffCase{"Anadolu", "ANKARA, July 2 (AA) \xE2\x80\x93 Turkey's president said.", "",
                  "July 2", "", "Anadolu Agency", "ANKARA"},
        SniffCase{"DatelineWithYear",
                  "WASHINGTON, July 3, 2025 (AP) \xE2\x80\x94 The State Department said.",
                  "2025-07-03", "", "", "AP", "WASHINGTON"},
        SniffCase{"Cyrillic",
                  "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90, 1 \xD0\xB8\xD1\x8E\xD0\xBB\xD1"
                  "\x8F. /\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/. \xD0\x9C\xD0\x98\xD0\x94 "
                  "\xD0\xB7\xD0\xb0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB.",
                  "", "1 \xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", "", "TASS",
                  "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90"},
        SniffCase{"ReportAz", "Baku. 2 July. REPORT.AZ/ The foreign ministry said.", "",
                  "2 July", "", "Report.az", "Baku"},
        SniffCase{"TrendStyle", "BAKU, Azerbaijan, July 1. The ministry said.", "", "July 1",
                  "", "", "BAKU"},
        SniffCase{"NewYork", "NEW YORK (AFP) - The UN said.", "", "", "", "AFP", "NEW YORK"},
        SniffCase{"CapsHeadlineIsNoDateline", "RUSSIA WARNS AZERBAIJAN \xE2\x80\x94 TASS\nBody.",
                  ""},
        SniffCase{"TitlePlaceNeedsMarker", "Moscow \xE2\x80\x94 The Kremlin said nothing.", ""},
        SniffCase{"SentenceOpenerIsNoPlace", "On July 2, Azerbaijan closed the Russian House.",
                  ""},
        SniffCase{"CommaSentenceIsNoDateline",
                  "Despite that, Moscow continued to treat the country as a vassal.", ""}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    People, SniffTableTest,
    testing::Values(
        SniffCase{"ByExpert", "By Mehdi Seyf Tabrizi, Expert in Azerbaijan Affairs\nBody.", "",
                  "", "Mehdi Seyf Tabrizi"},
        SniffCase{"ByAgency", "By Reuters\nBody text.", "", "", "", "Reuters"},
        SniffCase{"ByNameAndAgency", "Headline\nBy Jane Doe, Reuters\nBody.", "", "",
                  "Jane Doe", "Reuters"},
        SniffCase{"TwoAuthors", "By Jane Doe and John Smith\nBody.", "", "",
                  "Jane Doe and John Smith"},
        SniffCase{"ReportingBy",
                  "Headline\nBody one.\nBody two.\n(Reporting by Nailia Bagirova; Editing by "
                  "Mark Heinrich)",
                  "", "", "Nailia Bagirova"},
        SniffCase{"ByContrastIsNoAuthor", "By contrast, Moscow said little.", ""},
        SniffCase{"BySundayIsNoAuthor", "By Sunday Moscow had responded.", ""},
        SniffCase{"BulletNameNeedsStamp", "Title\n\xE2\x80\xA2 Ibrahim Ekmekci\nBody text.", ""}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Outlets, SniffTableTest,
    testing::Values(
        SniffCase{"CopyrightTail", "Body text here.\n\n\xC2\xA9 2025 Reuters. All rights reserved.",
                  "", "", "", "Reuters"},
        SniffCase{"CopyrightHolder", "Body.\nCopyright 2024-2025 Caspian Wire. All rights reserved.",
                  "", "", "", "Caspian Wire"},
        SniffCase{"SourceLine", "Body text here.\nSource: TASS", "", "", "", "TASS"},
        SniffCase{"EditorsNote",
                  " date 2025-07-01\n\nEditor's note: the article expresses the personal opinion "
                  "of the author and may not coincide with the view of News.Az.\n\nBody.",
                  "2025-07-01", "", "", "News.Az"},
        SniffCase{"UnknownSourceAbstains", "Body.\nSource: The Jamestown Foundation", ""},
        SniffCase{"CaptionSourceAbstains",
                  "Title\nRussian and Azerbaijani Flag Next to Each Other, Source: The Jamestown "
                  "Foundation\nBody.",
                  ""},
        SniffCase{"QuoteAttributionAbstains",
                  "Title\n\"Brutal actions were carried out against Azerbaijanis\" - Report.Az\n"
                  "Body.",
                  ""}),
    CaseName);

INSTANTIATE_TEST_SUITE_P(
    Negatives, SniffTableTest,
    testing::Values(
        SniffCase{"ArticleNumber", "Article 15 of the treaty obliges both sides to consult.", ""},
        SniffCase{"ThousandsSeparator", "2,025 people were evacuated.\nMore text.", ""},
        SniffCase{"PhoneNumber", "Call +7 495 123-45-67 for details\nBody.", ""},
        SniffCase{"ModalMay", "May the talks succeed, said the mediator.\nBody.", ""},
        SniffCase{"MonthYearOnly", "Headline\nMay 2025\nBody.", ""},
        SniffCase{"YearOnly", "In 2025, relations worsened.\nBody.", ""},
        SniffCase{"DateInsideSentence", "Flight 8243 crashed near Aktau on 25 December 2024.", ""},
        SniffCase{"DecimalNumber", "Headline\n10.5 million\nBody.", ""},
        SniffCase{"InvalidSplitDay", "Headline\n32.07\n2025\nBody.", ""},
        SniffCase{"InvalidSplitYear", "Headline\n25.07\n2025x\nBody.", ""},
        SniffCase{"DateNight", "date night in Baku\nBody.", ""},
        SniffCase{"InvalidDayOfMonth", "Headline\n31.06.2025\nBody.", ""},
        SniffCase{"FlightNumberLine", "Headline\n8243\nBody.", ""},
        SniffCase{"Empty", ""}),
    CaseName);

TEST(SniffTest, OnlyTheHeadAndTailAreRead) {
  std::string text = "Headline\n";
  for (int i = 0; i < 20; ++i) {
    text += "Body line ";
    text += std::to_string(i);
    text += ".\n";
  }
  text += "Published: 1 July 2025\n";
  for (int i = 0; i < 10; ++i) {
    text += "More body ";
    text += std::to_string(i);
    text += ".\n";
  }
  Document doc;
  doc.text = text;
  SniffMetadata(doc);
  EXPECT_EQ(doc.date.value, "");
}

TEST(SniffTest, GivenValuesAreNeverReplaced) {
  Document doc;
  doc.text = " date 2025-07-28 BAKU, Azerbaijan \xE2\x80\x94 text\nBy Jane Doe\n\xC2\xA9 2025 Reuters";
  doc.date.Set("2025-06-30", Provenance::kGiven);
  doc.author.Set("Someone Else", Provenance::kGiven);
  doc.outlet.Set("Caspian Wire", Provenance::kGiven);
  SniffMetadata(doc);
  EXPECT_EQ(doc.date.value, "2025-06-30");
  EXPECT_EQ(doc.date.provenance, Provenance::kGiven);
  EXPECT_EQ(doc.author.value, "Someone Else");
  EXPECT_EQ(doc.outlet.value, "Caspian Wire");
  EXPECT_EQ(doc.outlet.provenance, Provenance::kGiven);
  EXPECT_EQ(doc.date_hint, "");  // a date is known: no hint
}

TEST(SniffTest, GivenDateSuppressesHint) {
  Document doc;
  doc.text = "Title\n2 days ago\nBody.";
  doc.date.Set("2025-10-12", Provenance::kGiven);
  SniffMetadata(doc);
  EXPECT_EQ(doc.date_hint, "");
}

TEST(SniffTest, EveryPrefixIsSafeAndQuotesExactly) {
  // Cutting mid-character or mid-pattern must neither crash nor misquote.
  const std::string text =
      "МОСКВА, 1 июля. /ТАСС/. Текст\n25.07\n2025\n  \xE2\x80\xA2 Ibrahim Ekmekci\n"
      "  \xE2\x80\xA2 2 days ago\nBAKU, Azerbaijan \xE2\x80\x94 The ministry said.\n"
      "By Jane Doe, Reuters\nPublished: 1 July 2025 10:00 GMT\n\xC2\xA9 2025 Reuters";
  for (size_t n = 0; n <= text.size(); ++n) {
    Document doc;
    doc.text = text.substr(0, n);
    SniffMetadata(doc);
    for (const Field* f : {&doc.date, &doc.author, &doc.outlet, &doc.dateline}) {
      if (!f->empty()) {
        EXPECT_NE(doc.text.find(f->evidence), std::string::npos) << "cut at " << n;
      }
    }
  }
}

// ---- the seed articles against their gold dates ----

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(SniffTest, SeedsMatchGoldDates) {
  const std::filesystem::path shared = std::filesystem::path(RIPOSTE_SOURCE_DIR) / ".." / "shared";
  const std::filesystem::path seeds = shared / "seeds";
  const std::filesystem::path gold_path = shared / "gold" / "seeds" / "docs.json";
  if (!std::filesystem::is_directory(seeds) || !std::filesystem::exists(gold_path)) {
    GTEST_SKIP() << "no ../shared/seeds";
  }
  nlohmann::json gold = nlohmann::json::parse(ReadFile(gold_path), nullptr, false);
  ASSERT_TRUE(gold.is_array());
  ASSERT_FALSE(gold.empty());
  for (const nlohmann::json& entry : gold) {
    const std::string file = entry.at("file").get<std::string>();
    SCOPED_TRACE(file);
    Document doc;
    doc.text = ReadFile(seeds / file);
    ASSERT_FALSE(doc.text.empty());
    SniffMetadata(doc);
    const nlohmann::json& date = entry.at("publication_date");
    EXPECT_EQ(doc.date.value, date.is_null() ? "" : date.get<std::string>());
    const nlohmann::json& evidence = entry.at("publication_date_evidence");
    if (!evidence.is_null()) {
      EXPECT_EQ(doc.date.evidence, evidence.get<std::string>());
      EXPECT_EQ(doc.date.provenance, Provenance::kSniffed);
    }
    const nlohmann::json& hint = entry.at("relative_date_hint");
    if (!doc.date_hint.empty()) {
      ASSERT_FALSE(hint.is_null());
      EXPECT_EQ(doc.date_hint, hint.get<std::string>());
    }
    if (file.starts_with("002_")) {
      EXPECT_EQ(doc.date_hint, "2 days ago");
      EXPECT_EQ(doc.author.value, "Ibrahim Ekmekci");
    }
    if (file.starts_with("001_")) {
      EXPECT_EQ(doc.author.value, "Mehdi Seyf Tabrizi");
    }
    if (file.starts_with("003_")) {
      EXPECT_EQ(doc.outlet.value, "News.Az");
    }
    if (file.starts_with("004_")) {
      EXPECT_EQ(doc.outlet.value, "");  // Report.Az is quoted there, not the outlet
    }
  }
}

// ---- language ----

TEST(LangTest, English) {
  EXPECT_EQ(DetectLanguage("Azerbaijan's foreign ministry summoned the Russian ambassador on "
                           "Monday after two brothers died during police raids in Yekaterinburg, "
                           "and demanded a full investigation into the deaths."),
            "en");
}

TEST(LangTest, Russian) {
  EXPECT_EQ(DetectLanguage("Министерство иностранных дел Азербайджана вызвало посла России в "
                           "связи с гибелью двух братьев во время полицейских рейдов в "
                           "Екатеринбурге и потребовало провести полное расследование."),
            "ru");
}

TEST(LangTest, Azerbaijani) {
  EXPECT_EQ(DetectLanguage("Azərbaycan Respublikasının Xarici İşlər Nazirliyi Rusiya səfirini "
                           "nazirliyə çağırıb və Yekaterinburqda həlak olan iki qardaşın ölümü ilə "
                           "bağlı ətraflı araşdırma aparılmasını tələb edib. Nazirlik bildirib ki, "
                           "soydaşlarımıza qarşı zorakılıq qəbuledilməzdir."),
            "az");
}

TEST(LangTest, Turkish) {
  EXPECT_EQ(DetectLanguage("Azerbaycan Dışişleri Bakanlığı, Yekaterinburg'daki polis baskınları "
                           "sırasında iki kardeşin hayatını kaybetmesinin ardından Rusya'nın "
                           "Bakü Büyükelçisini bakanlığa çağırdı ve olayın tüm yönleriyle "
                           "soruşturulmasını talep etti."),
            "tr");
}

TEST(LangTest, French) {
  EXPECT_EQ(DetectLanguage("Le ministère azerbaïdjanais des Affaires étrangères a convoqué "
                           "l'ambassadeur de Russie après la mort de deux frères lors de descentes "
                           "de police à Iekaterinbourg, et a exigé une enquête complète."),
            "fr");
}

TEST(LangTest, ShortTextsAreUnknown) {
  EXPECT_EQ(DetectLanguage(""), "");
  EXPECT_EQ(DetectLanguage("Baku"), "");
  EXPECT_EQ(DetectLanguage("Baku protests to Moscow"), "");
  EXPECT_EQ(DetectLanguage("Москва ответила Баку"), "");
  EXPECT_EQ(DetectLanguage("12345 67890 2025-07-01 38 67 9 6 50 +7 495 123 45 67 00000000"), "");
}

// The word-at-a-time backward search finds what rfind finds, for every end
// and newlines at every offset within a word.
TEST(Sniff, LastNewlineBeforeIsRfind) {
  for (const std::string& text : {std::string("no newline at all here, none"), std::string("\n"),
                                  std::string("a\nbc\n\ndefghijklmnop\nq\xE2\x80\x94\n\x8a rst\n"),
                                  std::string(20, '\n'), std::string("\x8a\x0a\xff\x0b\x09x")}) {
    for (size_t end = 1; end <= text.size(); ++end) {
      EXPECT_EQ(internal::LastNewlineBefore(text, end), std::string_view(text).rfind('\n', end - 1))
          << end;
    }
  }
}

}  // namespace
}  // namespace riposte::ingest
