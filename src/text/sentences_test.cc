// Sentence-splitting cases: input text -> the exact sentences (as bytes of
// the input). Our own sentences, grouped by the rule they exercise; each case
// is its own test (SplitCases/Split.Case/<name>). Plus a property check that
// hard-wrapping a paragraph at any width gives the same sentences.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/text.h"

namespace riposte::text {
namespace {

struct SplitCase {
  const char* name;
  std::string input;
  std::vector<std::string> expected;
};

void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.name; }

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text))
    out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

// clang-format off
const SplitCase kCases[] = {
    // --- titles and abbreviations never end a sentence inside one ---
    {"Mr", "Mr. Aliyev arrived in Moscow on Monday.", {"Mr. Aliyev arrived in Moscow on Monday."}},
    {"MrsMsDr", "Mrs. Smith and Ms. Jones met Dr. Brown in Baku.", {"Mrs. Smith and Ms. Jones met Dr. Brown in Baku."}},
    {"ProfGenCol", "Prof. Ivanov spoke to Gen. Hasanov and Col. Petrov.", {"Prof. Ivanov spoke to Gen. Hasanov and Col. Petrov."}},
    {"LtSgtCapt", "Lt. Ahmadov, Sgt. Ali and Capt. Reyes flew the plane.", {"Lt. Ahmadov, Sgt. Ali and Capt. Reyes flew the plane."}},
    {"SenRepGov", "Sen. Graham and Rep. Smith met Gov. Lee on Friday.", {"Sen. Graham and Rep. Smith met Gov. Lee on Friday."}},
    {"PresSt", "Pres. Aliyev visited St. Petersburg in June.", {"Pres. Aliyev visited St. Petersburg in June."}},
    {"JrLowercase", "Martin Luther King Jr. was quoted by the minister.", {"Martin Luther King Jr. was quoted by the minister."}},
    {"RevHonAmb", "Rev. Ali, Hon. Mammadov and Amb. Karimov attended.", {"Rev. Ali, Hon. Mammadov and Amb. Karimov attended."}},
    {"StackedTitles", "Lt. Col. Ivanov and Maj. Gen. Aliyev were named.", {"Lt. Col. Ivanov and Maj. Gen. Aliyev were named."}},
    {"TitlesAllCaps", "MR. ALIYEV ARRIVED IN MOSCOW.", {"MR. ALIYEV ARRIVED IN MOSCOW."}},
    {"AdmCmdr", "Adm. Kasimov briefed Cmdr. Lee before the drill.", {"Adm. Kasimov briefed Cmdr. Lee before the drill."}},
    {"MonthJan", "The talks began on Jan. 5 in Baku.", {"The talks began on Jan. 5 in Baku."}},
    {"MonthSept", "The deadline is Sept. 30, officials said.", {"The deadline is Sept. 30, officials said."}},
    {"MonthsTwo", "Trade stopped on Dec. 24 and resumed on Feb. 2 after talks.", {"Trade stopped on Dec. 24 and resumed on Feb. 2 after talks."}},
    {"MonthAtEnd", "She met the minister on Oct. 12.", {"She met the minister on Oct. 12."}},
    {"AmPmInside", "The meeting started at 10 a.m. and ended at 4 p.m. on Tuesday.", {"The meeting started at 10 a.m. and ended at 4 p.m. on Tuesday."}},
    {"AmBeforeName", "The plane landed at 9 a.m. Moscow time.", {"The plane landed at 9 a.m. Moscow time."}},
    {"USPresident", "U.S. President Joe Biden called Ilham Aliyev.", {"U.S. President Joe Biden called Ilham Aliyev."}},
    {"UKEU", "The U.K. and the E.U. issued a joint statement.", {"The U.K. and the E.U. issued a joint statement."}},
    {"UNCouncil", "The U.N. Security Council met on Friday.", {"The U.N. Security Council met on Friday."}},
    {"USCongress", "Officials in the U.S. Congress objected.", {"Officials in the U.S. Congress objected."}},
    {"USNumber", "The U.S. 5th Fleet moved east.", {"The U.S. 5th Fleet moved east."}},
    {"InitialsTolkien", "J. R. R. Tolkien wrote the book.", {"J. R. R. Tolkien wrote the book."}},
    {"InitialMiddle", "Ilham H. Aliyev signed the decree.", {"Ilham H. Aliyev signed the decree."}},
    {"InitialKennedy", "He quoted John F. Kennedy at length.", {"He quoted John F. Kennedy at length."}},
    {"Decimal", "Growth slowed to 3.5 percent in 2024.", {"Growth slowed to 3.5 percent in 2024."}},
    {"DollarBillion", "A loan of $1.2 billion was approved.", {"A loan of $1.2 billion was approved."}},
    {"PercentDecimal", "The ruble fell 1.5% against the dollar.", {"The ruble fell 1.5% against the dollar."}},
    {"VoteShares", "The vote split 52.4 to 47.6 percent.", {"The vote split 52.4 to 47.6 percent."}},
    {"NumberNo", "He wore jersey No. 7 for the team.", {"He wore jersey No. 7 for the team."}},
    {"NumberArt", "Under Art. 15 of the treaty, both sides must consult.", {"Under Art. 15 of the treaty, both sides must consult."}},
    {"NumberFig", "Fig. 3 shows the route of the flight.", {"Fig. 3 shows the route of the flight."}},
    {"Versus", "Azerbaijan vs. Russia is the story of the week.", {"Azerbaijan vs. Russia is the story of the week."}},
    {"EG", "Several outlets, e.g. TASS and Report.Az, ran the story.", {"Several outlets, e.g. TASS and Report.Az, ran the story."}},
    {"IE", "Neighbours, i.e. Georgia and Armenia, were consulted.", {"Neighbours, i.e. Georgia and Armenia, were consulted."}},
    {"EtcInside", "Flights, trains, etc. were suspended.", {"Flights, trains, etc. were suspended."}},
    {"EtAl", "Smith et al. reported similar figures.", {"Smith et al. reported similar figures."}},
    {"IncLower", "Apple Inc. said sales rose.", {"Apple Inc. said sales rose."}},
    {"CorpName", "Acme Corp. Chairman John Smith resigned.", {"Acme Corp. Chairman John Smith resigned."}},
    {"DC", "He arrived in Washington, D.C. on Monday.", {"He arrived in Washington, D.C. on Monday."}},
    {"USLed", "The U.S.-led coalition responded.", {"The U.S.-led coalition responded."}},
    {"MtSt", "The St. Louis office has a view of Mt. Ararat.", {"The St. Louis office has a view of Mt. Ararat."}},
    {"EllipsisQuoteLower", "He said \"we will wait...\" and left the room.", {"He said \"we will wait...\" and left the room."}},
    {"EllipsisLower", "The wait... was long, he said.", {"The wait... was long, he said."}},
    {"EllipsisQuoteComma", "\"We will see...\", said Aliyev.", {"\"We will see...\", said Aliyev."}},
    {"QuestionQuoteLower", "\"Who benefits?\" asked the analyst.", {"\"Who benefits?\" asked the analyst."}},
    {"QuestionQuoteName", "\"Who benefits?\" Aliyev asked reporters.", {"\"Who benefits?\" Aliyev asked reporters."}},
    {"ExclaimQuoteTitle", "\"Stop!\" Officer Ahmadov shouted.", {"\"Stop!\" Officer Ahmadov shouted."}},
    {"YearAtLineStart", "The year ended.\n2025. The year of the crisis began.", {"The year ended.", "2025.", "The year of the crisis began."}},
    {"ExclaimQuoteLower", "\"Stop!\" she shouted.", {"\"Stop!\" she shouted."}},
    {"DottedDate", "The decree is dated 25.07.2025 and took effect at once.", {"The decree is dated 25.07.2025 and took effect at once."}},
    {"Domains", "Read more at news.az and report.az for details.", {"Read more at news.az and report.az for details."}},
    {"DomainCapital", "The article on News.Az said so.", {"The article on News.Az said so."}},
    {"Www", "Visit www.example.com for the full text.", {"Visit www.example.com for the full text."}},
    {"Email", "Write to press@example.com with questions.", {"Write to press@example.com with questions."}},
    {"ParenDomain", "Sputnik Azerbaijan (sputnik.az) was closed.", {"Sputnik Azerbaijan (sputnik.az) was closed."}},
    {"UrlPath", "The text is at https://example.com/a.b/c.html today.", {"The text is at https://example.com/a.b/c.html today."}},
    {"StartEllipsis", "...and then it ended.", {"...and then it ended."}},
    {"NoPunctuation", "just some words", {"just some words"}},
    {"NumberDotNumber", "The count was 25. 30 more were found.", {"The count was 25. 30 more were found."}},

    // --- terminal punctuation before a new sentence ---
    {"TwoSimple", "Baku protested. Moscow replied.", {"Baku protested.", "Moscow replied."}},
    {"Question", "Is this a war? Officials say no.", {"Is this a war?", "Officials say no."}},
    {"Exclaim", "It is over! The ministry said so.", {"It is over!", "The ministry said so."}},
    {"QuestionDigit", "Who won? 52 votes went to Baku.", {"Who won?", "52 votes went to Baku."}},
    {"InterrobangRun", "Really?! Nobody expected it.", {"Really?!", "Nobody expected it."}},
    {"QuoteAfterPeriod", "He said \"no.\" Then he left.", {"He said \"no.\"", "Then he left."}},
    {"ParenAfterPeriod", "They left (without comment). Next came the vote.", {"They left (without comment).", "Next came the vote."}},
    {"PeriodInsideParen", "(The ministry did not comment.) Officials left.", {"(The ministry did not comment.)", "Officials left."}},
    {"ExclaimQuoteUpper", "\"Enough!\" The crowd cheered.", {"\"Enough!\"", "The crowd cheered."}},
    {"QuotedSentences", "\"This is the end,\" he said. \"We leave now.\"", {"\"This is the end,\" he said.", "\"We leave now.\""}},
    {"OpenQuoteNext", "He left. \"We will respond,\" the envoy said.", {"He left.", "\"We will respond,\" the envoy said."}},
    {"OpenParenNext", "Talks failed. (Both sides blamed each other.)", {"Talks failed.", "(Both sides blamed each other.)"}},
    {"SingleQuotes", "'We will respond,' the minister said. 'Nobody believes it.'", {"'We will respond,' the minister said.", "'Nobody believes it.'"}},
    {"InTheUSThe", "The decision was made in the U.S. The ministry confirmed it.", {"The decision was made in the U.S.", "The ministry confirmed it."}},
    {"UKThis", "Sanctions were imposed by the U.K. This angered Moscow.", {"Sanctions were imposed by the U.K.", "This angered Moscow."}},
    {"DCBut", "The talks took place in Washington, D.C. But no deal was reached.", {"The talks took place in Washington, D.C.", "But no deal was reached."}},
    {"PmIt", "The meeting ended at 10 p.m. It resumed the next day.", {"The meeting ended at 10 p.m.", "It resumed the next day."}},
    {"IncHe", "He worked for Acme Inc. He left in 2020.", {"He worked for Acme Inc.", "He left in 2020."}},
    {"EtcThe", "They sold cars, trucks, etc. The company grew.", {"They sold cars, trucks, etc.", "The company grew."}},
    {"StThe", "He lives on Main St. The house is old.", {"He lives on Main St.", "The house is old."}},
    {"MonthThe", "The law passed in Sept. The president signed it.", {"The law passed in Sept.", "The president signed it."}},
    {"InitialThe", "They chose plan B. The vote was unanimous.", {"They chose plan B.", "The vote was unanimous."}},
    {"NoCapital", "The answer was No. The vote failed.", {"The answer was No.", "The vote failed."}},
    {"EllipsisCapital", "The talks stalled... Then Baku walked out.", {"The talks stalled...", "Then Baku walked out."}},
    {"NumberCapital", "The toll rose to 38. Officials later said 67.", {"The toll rose to 38.", "Officials later said 67."}},
    {"YearIn", "He was born in 1962. In 2003 he became president.", {"He was born in 1962.", "In 2003 he became president."}},
    {"WordDigit", "He said so. 38 people died.", {"He said so.", "38 people died."}},
    {"DecimalEnd", "Inflation was 4.5. Prices rose.", {"Inflation was 4.5.", "Prices rose."}},
    {"UrlEnd", "See https://news.az/politics/item. The ministry commented.", {"See https://news.az/politics/item.", "The ministry commented."}},
    {"EmailEnd", "Contact info@sputnik.az. Nobody answered.", {"Contact info@sputnik.az.", "Nobody answered."}},
    {"DomainEnd", "The story ran on news.az. It was removed later.", {"The story ran on news.az.", "It was removed later."}},
    {"ParenQuoteNumber", "He cited the law (\"Art. 5.\") Then he left.", {"He cited the law (\"Art. 5.\")", "Then he left."}},
    {"TabSeparated", "Baku protested.\tMoscow replied.", {"Baku protested.", "Moscow replied."}},
    {"TrimSpaces", "  Baku protested.  \n", {"Baku protested."}},
    {"ThreeSentences", "Baku closed the office. Moscow summoned the envoy. Talks stalled.", {"Baku closed the office.", "Moscow summoned the envoy.", "Talks stalled."}},

    // --- line layout: headlines, bylines, bullets, paragraphs ---
    {"HeadlineTitleCase", "Azerbaijan Recalls Ambassador\nBaku recalled its envoy on Monday.", {"Azerbaijan Recalls Ambassador", "Baku recalled its envoy on Monday."}},
    {"HeadlineBlankLine", "Tensions rise\n\nMoscow summoned the envoy.", {"Tensions rise", "Moscow summoned the envoy."}},
    {"HeadlineSentenceCase", "Baku and Moscow trade accusations\nThe foreign ministry issued a statement on Tuesday.", {"Baku and Moscow trade accusations", "The foreign ministry issued a statement on Tuesday."}},
    {"HeaderBlock", "How Baku Plays With Fire\n25.07\n2025\nBy John Smith, Analyst\nIn recent days, relations between the two capitals have reached a new low, officials said.",
        {"How Baku Plays With Fire", "25.07", "2025", "By John Smith, Analyst", "In recent days, relations between the two capitals have reached a new low, officials said."}},
    {"SectionHeading", "The envoy was summoned.\nShifting power in the Caucasus\nBaku's confidence grew after 2020.", {"The envoy was summoned.", "Shifting power in the Caucasus", "Baku's confidence grew after 2020."}},
    {"BulletsGlyph", "Key points:\n\xE2\x80\xA2 Baku closed the office\n\xE2\x80\xA2 Moscow protested\n\xE2\x80\xA2 Talks were frozen",
        {"Key points:", "\xE2\x80\xA2 Baku closed the office", "\xE2\x80\xA2 Moscow protested", "\xE2\x80\xA2 Talks were frozen"}},
    {"BulletsIndented", "  \xE2\x80\xA2 Ibrahim Ekmekci\n  \xE2\x80\xA2 2 days ago\n  \xE2\x80\xA2 5 min read", {"\xE2\x80\xA2 Ibrahim Ekmekci", "\xE2\x80\xA2 2 days ago", "\xE2\x80\xA2 5 min read"}},
    {"BulletsSquare", "\xE2\x96\xAA First point\n\xE2\x96\xAA Second point", {"\xE2\x96\xAA First point", "\xE2\x96\xAA Second point"}},
    {"BulletsDash", "- Baku closed the office\n- Moscow protested", {"- Baku closed the office", "- Moscow protested"}},
    {"BulletsEnDash", "\xE2\x80\x93 Baku closed the office\n\xE2\x80\x93 Moscow protested", {"\xE2\x80\x93 Baku closed the office", "\xE2\x80\x93 Moscow protested"}},
    {"BulletsStar", "* Baku closed the office\n* Moscow protested", {"* Baku closed the office", "* Moscow protested"}},
    {"BulletsNumbered", "1. Baku closed the office\n2. Moscow protested", {"1. Baku closed the office", "2. Moscow protested"}},
    {"BulletsParenLower", "1) closing the office\n2) summoning the envoy", {"1) closing the office", "2) summoning the envoy"}},
    {"BulletsLetters", "(a) First measure\n(b) Second measure", {"(a) First measure", "(b) Second measure"}},
    {"BulletContinued", "- Baku closed the office and\n  arrested two staff\n- Moscow protested", {"- Baku closed the office and\n  arrested two staff", "- Moscow protested"}},
    {"BulletsAfterSentence", "Three steps followed.\n- Visits were cancelled.\n- Concerts were called off.", {"Three steps followed.", "- Visits were cancelled.", "- Concerts were called off."}},
    {"ParagraphBreak", "First paragraph without a period\n\nSecond one", {"First paragraph without a period", "Second one"}},
    {"ParagraphBreakLower", "the end\n\nand again", {"the end", "and again"}},
    {"ParagraphBreakAfterMr", "He greeted Mr.\n\nAliyev replied.", {"He greeted Mr.", "Aliyev replied."}},
    {"ColonLine", "The ministry said:\nThe envoy will return.", {"The ministry said:", "The envoy will return."}},
    {"ColonLineQuote", "Here is what the agency wrote on July 1:\n\"The massacre is a symbol of atrocities.\"", {"Here is what the agency wrote on July 1:", "\"The massacre is a symbol of atrocities.\""}},
    {"Dateline", "BAKU, July 1 (Reuters) - Azerbaijan summoned the envoy.", {"BAKU, July 1 (Reuters) - Azerbaijan summoned the envoy."}},
    {"OneParagraphPerLine", "Baku closed the office.\nMoscow protested the move.\nTalks stalled.", {"Baku closed the office.", "Moscow protested the move.", "Talks stalled."}},
    {"CaptionRepeated", "Flags Next to Each Other, Source: The Jamestown Foundation\nFlags Next to Each Other, Source: The Jamestown Foundation\n\nThe crisis deepened.",
        {"Flags Next to Each Other, Source: The Jamestown Foundation", "Flags Next to Each Other, Source: The Jamestown Foundation", "The crisis deepened."}},
    {"CrLf", "Baku protested.\r\nMoscow replied.\r\n", {"Baku protested.", "Moscow replied."}},

    // --- hard-wrapped text: line ends are not sentence ends ---
    {"WrapLowercase", "The minister said the\nenvoy would return.", {"The minister said the\nenvoy would return."}},
    {"WrapComma", "Leaders from Baku, Moscow,\nAnkara and Tehran met.", {"Leaders from Baku, Moscow,\nAnkara and Tehran met."}},
    {"WrapFunctionWord", "The decision was taken by the\nForeign Ministry on Monday.", {"The decision was taken by the\nForeign Ministry on Monday."}},
    {"WrapParagraph",
        "The stopover came as the leader prepared to attend the summit in Baku, an\n"
        "event which will test his vow to keep politics out of the talks. Deputy\n"
        "Secretary of Energy Jeffrey Kupfer said on Wednesday that Washington and\n"
        "Ankara are seeking to deepen a partnership in energy and transport.",
        {"The stopover came as the leader prepared to attend the summit in Baku, an\n"
         "event which will test his vow to keep politics out of the talks.",
         "Deputy\nSecretary of Energy Jeffrey Kupfer said on Wednesday that Washington and\n"
         "Ankara are seeking to deepen a partnership in energy and transport."}},
    {"WrapMrAtLineEnd",
        "The delegation that arrived in the capital on Tuesday was led by Mr.\n"
        "Bayramov, who met his counterpart for three hours behind closed doors\n"
        "and then told reporters that the two sides had agreed on a timetable.",
        {"The delegation that arrived in the capital on Tuesday was led by Mr.\n"
         "Bayramov, who met his counterpart for three hours behind closed doors\n"
         "and then told reporters that the two sides had agreed on a timetable."}},
    {"WrapUSAtLineEnd",
        "Officials said the request had been sent to the embassy of the U.S.\n"
        "President Joe Biden was not expected to respond before the weekend, a\n"
        "spokesman for the ministry said in a statement issued late on Friday.",
        {"Officials said the request had been sent to the embassy of the U.S.\n"
         "President Joe Biden was not expected to respond before the weekend, a\n"
         "spokesman for the ministry said in a statement issued late on Friday."}},
    {"WrapSentenceAtLineEnd",
        "Azerbaijani police detained seven employees of the agency on Monday.\n"
        "The foreign ministry in Moscow summoned the ambassador of Azerbaijan\n"
        "and demanded the immediate release of all journalists held in Baku.",
        {"Azerbaijani police detained seven employees of the agency on Monday.",
         "The foreign ministry in Moscow summoned the ambassador of Azerbaijan\n"
         "and demanded the immediate release of all journalists held in Baku."}},
    {"WrapHeadlineOnTop",
        "AZERBAIJAN CLOSES SPUTNIK OFFICE\n"
        "BAKU, July 1 (Wire) - Azerbaijani police raided the office of the state\n"
        "news agency Sputnik in Baku on Monday and detained several employees,\n"
        "including its director, the interior ministry said in a statement.",
        {"AZERBAIJAN CLOSES SPUTNIK OFFICE",
         "BAKU, July 1 (Wire) - Azerbaijani police raided the office of the state\n"
         "news agency Sputnik in Baku on Monday and detained several employees,\n"
         "including its director, the interior ministry said in a statement."}},
    {"WrapCapitalisedNames",
        "The talks were attended by the foreign ministers of Azerbaijan, Russia\n"
        "and Turkey, as well as by envoys of the European Union and the United\n"
        "Nations, who arrived in the Kazakh capital of Astana on Tuesday night.",
        {"The talks were attended by the foreign ministers of Azerbaijan, Russia\n"
         "and Turkey, as well as by envoys of the European Union and the United\n"
         "Nations, who arrived in the Kazakh capital of Astana on Tuesday night."}},
    {"WrapTrailingSpaces",
        "A court in the capital has issued arrest warrants for two men sought in \n"
        "the killing of two missionaries in the south of the country three weeks \n"
        "ago, a police spokesman said on Wednesday. \n",
        {"A court in the capital has issued arrest warrants for two men sought in \n"
         "the killing of two missionaries in the south of the country three weeks \n"
         "ago, a police spokesman said on Wednesday."}},
    {"WrapDocTwoLineParagraph",
        "Azerbaijani police detained seven employees of the agency on Monday and\n"
        "searched the office of the agency for several hours, witnesses said.\n"
        "\n"
        "The foreign ministry in Moscow summoned the ambassador of Azerbaijan and\n"
        "handed him a note of protest over the detention of the journalists.\n"
        "\n"
        "The note was delivered by Deputy Foreign Minister Mikhail Galuzin to\n"
        "Ambassador Rahman Mustafayev.\n",
        {"Azerbaijani police detained seven employees of the agency on Monday and\n"
         "searched the office of the agency for several hours, witnesses said.",
         "The foreign ministry in Moscow summoned the ambassador of Azerbaijan and\n"
         "handed him a note of protest over the detention of the journalists.",
         "The note was delivered by Deputy Foreign Minister Mikhail Galuzin to\n"
         "Ambassador Rahman Mustafayev."}},
    {"WrapHyphenAtLineEnd",
        "The long-running dispute over the transit corridor and the state-\n"
        "owned energy company has soured relations between the two capitals\n"
        "in recent months, according to analysts in both countries.",
        {"The long-running dispute over the transit corridor and the state-\n"
         "owned energy company has soured relations between the two capitals\n"
         "in recent months, according to analysts in both countries."}},

    // --- multi-byte text, typographic punctuation, invisible characters ---
    {"Cyrillic", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB5\xD1\x81\xD1\x82\xD1\x83\xD0\xB5\xD1\x82. \xD0\x91\xD0\xB0\xD0\xBA\xD1\x83 \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB.",
        {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB5\xD1\x81\xD1\x82\xD1\x83\xD0\xB5\xD1\x82.", "\xD0\x91\xD0\xB0\xD0\xBA\xD1\x83 \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD0\xBB."}},
    {"CyrillicLower", "\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0 3.5 \xD0\xB8 \xD1\x82.\xD0\xB4. \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0.",
        {"\xD0\xA6\xD0\xB5\xD0\xBD\xD0\xB0 3.5 \xD0\xB8 \xD1\x82.\xD0\xB4. \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0."}},
    {"AzerbaijaniSchwa", "\xC6\x8Fliyev Moskvaya getdi. \xC6\x8Frdo\xC4\x9F" "an Bak\xC4\xB1ya g\xC9\x99ldi.",
        {"\xC6\x8Fliyev Moskvaya getdi.", "\xC6\x8Frdo\xC4\x9F" "an Bak\xC4\xB1ya g\xC9\x99ldi."}},
    {"AzerbaijaniInitial", "Prezident \xC4\xB0. \xC6\x8Fliyev \xC3\xA7\xC4\xB1x\xC4\xB1\xC5\x9F etdi.",
        {"Prezident \xC4\xB0. \xC6\x8Fliyev \xC3\xA7\xC4\xB1x\xC4\xB1\xC5\x9F etdi."}},
    {"TypographicQuoteAfterPeriod", "He said \xE2\x80\x9Cno.\xE2\x80\x9D Then he left.", {"He said \xE2\x80\x9Cno.\xE2\x80\x9D", "Then he left."}},
    {"TypographicSingleQuotes", "\xE2\x80\x98We will respond,\xE2\x80\x99 the minister said. \xE2\x80\x9CNobody believes it.\xE2\x80\x9D",
        {"\xE2\x80\x98We will respond,\xE2\x80\x99 the minister said.", "\xE2\x80\x9CNobody believes it.\xE2\x80\x9D"}},
    {"TypographicApostrophe", "Russia\xE2\x80\x99s envoy left. Baku\xE2\x80\x99s reply came.", {"Russia\xE2\x80\x99s envoy left.", "Baku\xE2\x80\x99s reply came."}},
    {"Nbsp", "Mr.\xC2\xA0" "Aliyev arrived. Putin\xC2\xA0" "apologised.", {"Mr.\xC2\xA0" "Aliyev arrived.", "Putin\xC2\xA0" "apologised."}},
    {"NbspAfterPeriod", "Baku protested.\xC2\xA0Moscow replied.", {"Baku protested.", "Moscow replied."}},
    {"EllipsisCharCapital", "The talks stalled\xE2\x80\xA6 Then Baku walked out.", {"The talks stalled\xE2\x80\xA6", "Then Baku walked out."}},
    {"EllipsisCharLower", "He paused\xE2\x80\xA6 and went on.", {"He paused\xE2\x80\xA6 and went on."}},
    {"EmDashes", "Baku\xE2\x80\x94" "furious\xE2\x80\x94" "recalled the envoy. Moscow shrugged.", {"Baku\xE2\x80\x94" "furious\xE2\x80\x94" "recalled the envoy.", "Moscow shrugged."}},
    {"Guillemets", "\xC2\xAB\xD0\xAD\xD1\x82\xD0\xBE \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\xC2\xBB, \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80. \xD0\x91\xD0\xB0\xD0\xBA\xD1\x83 \xD0\xBC\xD0\xBE\xD0\xBB\xD1\x87\xD0\xB8\xD1\x82.",
        {"\xC2\xAB\xD0\xAD\xD1\x82\xD0\xBE \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\xC2\xBB, \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80.", "\xD0\x91\xD0\xB0\xD0\xBA\xD1\x83 \xD0\xBC\xD0\xBE\xD0\xBB\xD1\x87\xD0\xB8\xD1\x82."}},
    {"SoftHyphenZeroWidth", "Azer\xC2\xAD" "baijan protested.\xE2\x80\x8B Moscow replied.", {"Azer\xC2\xAD" "baijan protested.", "Moscow replied."}},
    {"BomAtStart", "\xEF\xBB\xBF" "Baku protested. Moscow replied.", {"Baku protested.", "Moscow replied."}},
    {"UnicodeSpacesOnly", "\xE3\x80\x80\xE2\x80\xAF\xC2\xA0", {}},
    {"Empty", "", {}},
    {"WhitespaceOnly", " \n\t\n ", {}},
    {"ParagraphSeparator", "Baku protested\xE2\x80\xA9Moscow replied", {"Baku protested", "Moscow replied"}},
    {"EnDashRange", "The crisis of 2024\xE2\x80\x93" "2025 continued. Talks stalled.", {"The crisis of 2024\xE2\x80\x93" "2025 continued.", "Talks stalled."}},
};
// clang-format on

class Split : public ::testing::TestWithParam<SplitCase> {};

TEST_P(Split, Case) {
  const SplitCase& c = GetParam();
  EXPECT_EQ(Sentences(c.input), c.expected) << "input: " << c.input;
}

INSTANTIATE_TEST_SUITE_P(SplitCases, Split, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<SplitCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(Split, HasAtLeastHundredCases) { EXPECT_GE(std::size(kCases), 100u); }

// Greedy word wrap at `width` characters (ASCII text).
std::string Wrap(const std::string& text, size_t width) {
  std::string out, line;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string word = text.substr(i, j - i);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    i = j + 1;
  }
  return out + line;
}

std::string Flatten(std::string s) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

// A hard-wrapped paragraph splits like the same paragraph on one line, at
// every wrap width a wire or mail client would use.
TEST(Split, WrappingDoesNotChangeSentences) {
  const std::string paragraphs[] = {
      "Azerbaijani police detained seven employees of the Sputnik agency on Monday, "
      "including its director and his deputy. The foreign ministry in Moscow summoned "
      "Ambassador Rahman Mustafayev and demanded their release. Mr. Mustafayev told "
      "reporters after the meeting that the U.S. Embassy had not been involved. Deputy "
      "Foreign Minister Mikhail Galuzin handed him a note at 10 a.m. Moscow time on "
      "Jan. 5, officials said. President Ilham H. Aliyev did not comment.",
      "The crash of flight 8243 killed 38 of the 67 people on board. Investigators in "
      "Kazakhstan said on Sept. 30 that the Embraer 190 had been hit by fragments. Baku "
      "demanded an apology, compensation and the punishment of those responsible. "
      "Moscow said the inquiry was still under way. Officials in Washington, London and "
      "Ankara called for an independent investigation of the incident.",
  };
  for (const std::string& p : paragraphs) {
    const std::vector<std::string> flat = Sentences(p);
    ASSERT_GE(flat.size(), 5u);
    for (size_t width = 45; width <= 80; width += 5) {
      std::vector<std::string> wrapped = Sentences(Wrap(p, width));
      for (std::string& s : wrapped) s = Flatten(s);
      EXPECT_EQ(wrapped, flat) << "width " << width;
    }
  }
}

}  // namespace
}  // namespace riposte::text
