// The language-id fast path against cld2: whatever IsClearlyEnglish accepts,
// cld2 must call English too, and prose in other Latin-script languages must
// never take the fast path.
#include <dirent.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ingest/ingest.h"
#include "ingest/internal/langid.h"

namespace riposte::ingest {
namespace {

std::vector<std::string> DemoTexts() {
  std::vector<std::string> texts;
  const std::string dir = RIPOSTE_SOURCE_DIR "/data/demo/articles";
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() < 5 || name.substr(name.size() - 5) != ".json") continue;
      std::ifstream in(dir + "/" + name);
      auto j = nlohmann::json::parse(in, nullptr, false);
      if (j.is_object() && j.contains("text")) texts.push_back(j["text"].get<std::string>());
    }
    closedir(d);
  }
  return texts;
}

TEST(LangFastPath, EnglishNewsTakesItAndCld2Agrees) {
  std::vector<std::string> texts = DemoTexts();
  ASSERT_GE(texts.size(), 12u);
  size_t fast = 0;
  for (const std::string& t : texts) {
    EXPECT_EQ(internal::DetectLanguageCld2(t), "en") << t.substr(0, 80);
    if (internal::IsClearlyEnglish(t)) ++fast;
    EXPECT_EQ(DetectLanguage(t), "en");
  }
  // Nearly all running English prose skips cld2.
  EXPECT_GE(fast * 10, texts.size() * 9) << fast << " of " << texts.size();
}

TEST(LangFastPath, OtherLanguagesNeverTakeIt) {
  // Our own sentences, about forty words each.
  const std::pair<const char*, const char*> kSamples[] = {
      {"fr", "Le ministère des Affaires étrangères a convoqué mardi le chargé d'affaires russe pour "
             "lui remettre une note de protestation. Selon le porte-parole, les autorités "
             "attendent une enquête complète sur la mort de deux frères et sur les arrestations "
             "menées la semaine dernière dans la ville."},
      {"de", "Das Außenministerium hat am Dienstag den russischen Geschäftsträger einbestellt und "
             "ihm eine Protestnote übergeben. Nach Angaben des Sprechers erwartet die Regierung "
             "eine vollständige Untersuchung des Todes der beiden Brüder und der Festnahmen, die "
             "in der vergangenen Woche in der Stadt stattfanden."},
      {"nl", "Het ministerie van Buitenlandse Zaken heeft dinsdag de Russische zaakgelastigde "
             "ontboden en hem een protestnota overhandigd. Volgens de woordvoerder verwacht de "
             "regering een volledig onderzoek naar de dood van de twee broers en naar de "
             "arrestaties die vorige week in de stad plaatsvonden."},
      {"es", "El Ministerio de Asuntos Exteriores convocó el martes al encargado de negocios ruso "
             "para entregarle una nota de protesta. Según el portavoz, el gobierno espera una "
             "investigación completa sobre la muerte de los dos hermanos y sobre las detenciones "
             "realizadas la semana pasada en la ciudad."},
      {"it", "Il ministero degli Esteri ha convocato martedì l'incaricato d'affari russo per "
             "consegnargli una nota di protesta. Secondo il portavoce, il governo si aspetta "
             "un'indagine completa sulla morte dei due fratelli e sugli arresti avvenuti la "
             "settimana scorsa nella città."},
      {"pt", "O Ministério dos Negócios Estrangeiros convocou na terça-feira o encarregado de "
             "negócios russo para lhe entregar uma nota de protesto. Segundo o porta-voz, o "
             "governo espera uma investigação completa sobre a morte dos dois irmãos e sobre as "
             "detenções feitas na semana passada na cidade."},
      {"id", "Kementerian Luar Negeri pada hari Selasa memanggil kuasa usaha Rusia untuk "
             "menyerahkan nota protes. Menurut juru bicara, pemerintah mengharapkan penyelidikan "
             "menyeluruh atas kematian dua bersaudara dan penangkapan yang dilakukan pekan lalu "
             "di kota itu oleh polisi setempat."},
      {"tr", "Dışişleri Bakanlığı salı günü Rusya'nın maslahatgüzarını bakanlığa çağırarak bir "
             "protesto notası verdi. Sözcüye göre hükümet, iki kardeşin ölümü ve geçen hafta "
             "şehirde yapılan gözaltılar hakkında kapsamlı bir soruşturma yapılmasını bekliyor."},
      {"az", "Xarici İşlər Nazirliyi çərşənbə axşamı Rusiyanın müvəqqəti işlər vəkilini nazirliyə "
             "çağıraraq ona etiraz notası təqdim edib. Sözçünün sözlərinə görə, hökumət iki "
             "qardaşın ölümü və keçən həftə şəhərdə həyata keçirilən saxlanmalarla bağlı hərtərəfli "
             "araşdırma gözləyir."},
      {"ro", "Ministerul Afacerilor Externe l-a convocat marți pe însărcinatul cu afaceri al "
             "Rusiei pentru a-i înmâna o notă de protest. Potrivit purtătorului de cuvânt, "
             "guvernul așteaptă o anchetă completă privind moartea celor doi frați și arestările "
             "făcute săptămâna trecută în oraș."},
      {"sv", "Utrikesdepartementet kallade på tisdagen upp Rysslands chargé d'affaires och "
             "överlämnade en protestnot. Enligt talespersonen väntar regeringen på en fullständig "
             "utredning av de två brödernas död och av gripandena som gjordes i staden förra "
             "veckan av den lokala polisen."},
  };
  for (const auto& [lang, text] : kSamples) {
    EXPECT_FALSE(internal::IsClearlyEnglish(text)) << lang;
    // cld2 decides these; it calls the Indonesian sample Malay, a near
    // neighbour, so only "not English" is asserted for it.
    if (std::string_view(lang) == "id") EXPECT_NE(DetectLanguage(text), "en");
    else EXPECT_EQ(DetectLanguage(text), lang) << text;
  }
}

TEST(LangFastPath, AnyBytesTerminate) {
  // Typographic punctuation, lone lead bytes and continuation bytes at every
  // position: the word scanner must always advance.
  std::string s;
  for (int i = 0; i < 4096; ++i) s.push_back(static_cast<char>((i * 7919) & 0xFF));
  for (size_t cut = 0; cut < 64; ++cut) internal::IsClearlyEnglish(s.substr(cut));
  EXPECT_FALSE(internal::IsClearlyEnglish("\xE2\x80\x94\xE2\x80\x9C\xE2"));
  EXPECT_FALSE(internal::IsClearlyEnglish(std::string(3000, '\xE2')));
}

TEST(LangFastPath, ShortOrListLikeEnglishFallsThrough) {
  EXPECT_FALSE(internal::IsClearlyEnglish("Baku summons Russian envoy"));
  EXPECT_FALSE(internal::IsClearlyEnglish(
      "Markets. Weather. Sport. Politics. Business. Culture. Opinion. Video. Podcasts. Live. "
      "Newsletters. Archive. Contact. Careers. Advertise. Privacy. Terms. Cookies. Help. Search. "
      "Login. Register. Subscribe. Donate. Shop. Events. Jobs. Travel. Food. Style."));
}

}  // namespace
}  // namespace riposte::ingest
