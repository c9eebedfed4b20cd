// The table, CSV, GDELT and PLOVER renderings of stored events.
//
// GDELT 2.0's event table (GDELT-Event_Codebook-V2.0) has 61 columns; we
// fill GLOBALEVENTID (our id), SQLDATE/MonthYear/Year/FractionDate (from
// date_start), Actor1/2 Code, Name (the words as written), CountryCode,
// KnownGroupCode (IGO/NGO codes: the organisation part), Type1Code (the
// sector), IsRootEvent (1 for the document's first sentence), EventCode,
// EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions/
// NumSources/NumArticles (1: one mention in one article), Actor1Geo and
// ActionGeo FullName, CountryCode (ISO alpha-3: GDELT uses FIPS 10-4, so
// map before joining with GDELT's geography) and Lat/Long when known,
// DATEADDED (when coded) and SOURCEURL. Tabs and newlines in texts become
// spaces.
//
// PLOVER objects use the names of PLOVER's gold-standard records
// (../shared/plover): "event" is the PLOVER category, "mode" and "context"
// PLOVER's own (from data/cameo/plover.tsv), actors are lists of
// {"actorText","code","sector"}; Riposte's mode (asserted, negated...) is
// "modality", and the document id is "storyId", as no PLOVER field holds it.
//
// Tested by tests/cli/events.test.
#include "cli/event_formats.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "cli/output.h"

namespace riposte::cli {
namespace {

constexpr size_t kQuoteColumn = 60;
constexpr size_t kGdeltColumns = 61;

std::string ActorLabel(const std::optional<events::EventActor>& a) {
  if (!a) return "-";
  return a->code.empty() ? "?" : a->code;
}

std::string Weight(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, v == std::floor(v) ? "%.1f" : "%g", v);
  return buf;
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string ActorText(const std::optional<events::EventActor>& a, const Document& doc) {
  return a ? OneLine(doc.Slice(a->span)) : std::string();
}

// "2025-06-30" -> "20250630" (digits only); "" when not a day.
std::string Digits(std::string_view iso) {
  std::string out;
  for (char ch : iso) {
    if (ch >= '0' && ch <= '9') out += ch;
  }
  return out;
}

// 2025.4932: the year plus the fraction of it completed on `day`.
std::string FractionDate(std::string_view day) {
  if (day.size() < 10) return "";
  const int year = std::atoi(std::string(day.substr(0, 4)).c_str());
  const int month = std::atoi(std::string(day.substr(5, 2)).c_str());
  const int mday = std::atoi(std::string(day.substr(8, 2)).c_str());
  static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  if (month < 1 || month > 12) return "";
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int doy = kBefore[month - 1] + mday + (leap && month > 2 ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.4f", year + doy / (leap ? 366.0 : 365.0));
  return buf;
}

bool IsOrganisation(const std::string& code) {
  return code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0;
}

// Columns 6-15 (or 16-25): Code, Name, CountryCode, KnownGroupCode,
// EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
void GdeltActor(std::vector<std::string>& cols, size_t first,
                const std::optional<events::EventActor>& a, const Document& doc) {
  if (!a) return;
  cols[first] = a->code;
  cols[first + 1] = ActorText(a, doc);
  cols[first + 2] = actors::CodeCountry(a->code);
  if (IsOrganisation(a->code)) {
    cols[first + 3] = actors::CodeSector(a->code);
  } else {
    cols[first + 7] = actors::CodeSector(a->code);
  }
}

// Columns Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
void GdeltGeo(std::vector<std::string>& cols, size_t first, const events::Location& l) {
  cols[first + 1] = OneLine(l.text);
  cols[first + 2] = l.country;
  if (l.lat && l.lon) {
    cols[first + 5] = Number(*l.lat);
    cols[first + 6] = Number(*l.lon);
  }
}

void AppendPloverActor(std::string& out, const char* key,
                       const std::optional<events::EventActor>& a, const Document& doc) {
  if (!a) return;
  out += ",\"";
  out += key;
  out += "\":[{\"actorText\":";
  AppendJsonString(out, doc.Slice(a->span));
  if (!a->code.empty()) {
    out += ",\"code\":";
    AppendJsonString(out, a->code.substr(0, 3));
    if (const std::string sector = actors::CodeSector(a->code); !sector.empty()) {
      out += ",\"sector\":";
      AppendJsonString(out, sector);
    }
  }
  out += "}]";
}

void AppendField(std::string& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out += ",\"";
  out += key;
  out += "\":";
  AppendJsonString(out, value);
}

}  // namespace

std::string EventTableHeader(size_t doc_width) {
  return PadRight("DATE", 14) + PadRight("DOC", doc_width + 2) + PadRight("SOURCE", 9) +
         PadRight("CAMEO", 6) + PadRight("PLOVER", 11) + PadRight("TARGET", 9) + PadRight("MODE", 13) +
         "EVIDENCE\n";
}

std::string EventTableRow(const EventView& v, size_t doc_width) {
  const events::Event& e = v.event;
  std::string date = e.date.empty() ? "-" : e.date;
  if (e.date_precision == "report") date += "(r)";
  return PadRight(date, 14) + PadRight(Ellipsize(e.doc, doc_width), doc_width + 2) +
         PadRight(ActorLabel(e.source), 8) + " " + PadRight(e.cameo, 6) +
         PadRight(e.plover.empty() ? "-" : e.plover, 11) + PadRight(ActorLabel(e.target), 8) + " " +
         PadRight(events::ModeName(e.mode), 13) +
         Ellipsize(OneLine(v.doc.Slice(e.span)), kQuoteColumn) + "\n";
}

std::string EventTableLegend() {
  return "(r) = the report date stood in; ? = words that name no known actor; - = none\n";
}

std::string EventCsvHeader() {
  return "id,doc,version,sentence,span_begin,span_end,date,date_start,date_end,date_precision,"
         "source_code,source_country,source_sector,source_text,target_code,target_country,"
         "target_sector,target_text,cameo,plover,goldstein,mode,attributed_code,attributed_text,"
         "quantities,location,location_country,rule,confidence,coder_version,lexicon_version,url,"
         "text\n";
}

std::string EventCsvRow(const EventView& v) {
  const events::Event& e = v.event;
  std::vector<std::string> f = {e.id, e.doc, e.version, std::to_string(e.sentence + 1),
                                std::to_string(e.span.begin), std::to_string(e.span.end), e.date,
                                e.date_start, e.date_end, e.date_precision};
  for (const auto* a : {&e.source, &e.target}) {
    const std::string code = *a ? (*a)->code : "";
    f.insert(f.end(), {code, actors::CodeCountry(code), actors::CodeSector(code), ActorText(*a, v.doc)});
  }
  f.insert(f.end(), {e.cameo, e.plover, Weight(e.goldstein), events::ModeName(e.mode)});
  f.push_back(e.attributed_to ? e.attributed_to->code : "");
  f.push_back(e.attributed_to ? OneLine(v.doc.Slice(e.attributed_to->span)) : "");
  std::string quantities;
  for (const events::Quantity& q : e.quantities) {
    if (!quantities.empty()) quantities += "; ";
    quantities += q.attribute + "=" + Number(q.value) + " " + q.qualifier;
  }
  f.push_back(quantities);
  f.push_back(e.location ? e.location->text : "");
  f.push_back(e.location ? e.location->country : "");
  f.push_back(e.rule);
  char confidence[16] = "";
  if (e.confidence) std::snprintf(confidence, sizeof confidence, "%.2f", *e.confidence);
  f.insert(f.end(), {confidence, e.coder_version, e.lexicon_version, v.row.url,
                     OneLine(v.doc.Slice(e.span))});
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(f[i]);
  }
  return out + "\n";
}

int QuadClass(std::string_view cameo) {
  const std::string root = events::RootOf(cameo);
  if (root.empty()) return 0;
  const int r = std::atoi(root.c_str());
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

std::string EventGdeltRow(const EventView& v) {
  const events::Event& e = v.event;
  std::vector<std::string> cols(kGdeltColumns);
  cols[0] = e.id;
  if (const std::string day = Digits(e.date_start); day.size() == 8) {
    cols[1] = day;
    cols[2] = day.substr(0, 6);
    cols[3] = day.substr(0, 4);
    cols[4] = FractionDate(e.date_start);
  }
  GdeltActor(cols, 5, e.source, v.doc);
  GdeltActor(cols, 15, e.target, v.doc);
  // assign(1, ch), not = "1": gcc 12 warns falsely (-Wrestrict) on the latter.
  cols[25].assign(1, e.sentence == 0 ? '1' : '0');
  cols[26] = e.cameo;
  cols[27] = e.cameo.substr(0, 3);
  cols[28] = events::RootOf(e.cameo);
  if (const int quad = QuadClass(e.cameo); quad > 0) cols[29] = std::to_string(quad);
  cols[30] = Weight(e.goldstein);
  for (size_t col : {31, 32, 33}) cols[col].assign(1, '1');
  if (e.location) {
    GdeltGeo(cols, 35, *e.location);  // Actor1Geo
    GdeltGeo(cols, 51, *e.location);  // ActionGeo
  }
  cols[59] = Digits(v.row.coded_at);
  cols[60] = v.row.url;
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i > 0) out += '\t';
    out += OneLine(cols[i]);
  }
  return out + "\n";
}

std::string EventPloverJson(const EventView& v, const events::CameoTable& cameo) {
  const events::Event& e = v.event;
  std::string out = "{\"id\":";
  AppendJsonString(out, e.id);
  AppendField(out, "date", e.date);
  out += ",\"event\":";
  if (e.plover.empty()) out += "null";
  else AppendJsonString(out, e.plover);
  if (const events::CameoCode* c = cameo.FindOrParent(e.cameo)) {
    AppendField(out, "mode", c->plover_mode);
    AppendField(out, "context", c->plover_context);
  }
  AppendField(out, "modality", events::ModeName(e.mode));
  AppendPloverActor(out, "source", e.source, v.doc);
  AppendPloverActor(out, "target", e.target, v.doc);
  if (e.location) {
    out += ",\"eventLoc\":{\"name\":";
    AppendJsonString(out, e.location->text);
    if (!e.location->country.empty()) {
      out += ",\"country code\":";
      AppendJsonString(out, e.location->country);
    }
    out += '}';
  }
  // PLOVER's casualty fields, from the first such quantity of each kind.
  bool dead = false, injured = false;
  for (const events::Quantity& q : e.quantities) {
    if (q.attribute == "killed" && !std::exchange(dead, true)) AppendField(out, "dead", Number(q.value));
    if (q.attribute == "injured" && !std::exchange(injured, true)) {
      AppendField(out, "injured", Number(q.value));
    }
  }
  AppendField(out, "text", v.doc.Slice(e.span));
  AppendField(out, "language", v.row.lang.empty() ? "en" : v.row.lang);
  AppendField(out, "publication", v.row.outlet);
  AppendField(out, "storyId", e.doc);
  AppendField(out, "url", v.row.url);
  AppendField(out, "cameo", e.cameo);
  AppendField(out, "coder", "riposte " + e.coder_version);
  AppendField(out, "dateCoded", v.row.coded_at.substr(0, 10));
  return out + "}\n";
}

}  // namespace riposte::cli
