// The gazetteer (actors.h): cities with their country and coordinates, read
// at run time from two Debian packages and one table of ours.
//
// Algorithm: iso-codes' iso_3166-1.json gives alpha-2 -> alpha-3 and each
// country's names (a flat array of flat objects: a small scanner reads the
// string fields, no JSON library needed). tzdata's zone.tab gives, per
// zone, "CC<TAB>±DDMM[SS]±DDDMM[SS]<TAB>Area/[Sub/]City[<TAB>comment]";
// the city is the id's last part with '_' -> ' ', the coordinates are
// ISO 6709 degrees-minutes(-seconds). A zone named after its country
// ("Asia/Qatar", "Europe/Jersey") is no city and is skipped, and so are the
// ids data/actors/gazetteer.tsv lists as `skip`; its `alias` lines add other
// spellings of a zone's city ("Aqtau" -> "Aktau"), and its `city` lines
// cities no zone names, with country and ISO 6709 coordinates ("Grozny"). The places are sorted by
// name once; a name two zones share (none in tzdata 2025) keeps the first.
// A missing file adds a kNotFound warning naming it; nothing fails.
//
// Sources: tzdata (public domain), iso-codes (LGPL data, read, not copied),
// ISO 6709 for the coordinate form.
//
// Tested by gazetteer_test.cc.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "actors/actors.h"

namespace riposte::actors {
namespace {

constexpr const char* kZoneTab = "/usr/share/zoneinfo/zone.tab";
constexpr const char* kIso3166 = "/usr/share/iso-codes/json/iso_3166-1.json";
constexpr double kMinutesPerDegree = 60;
constexpr double kSecondsPerDegree = 3600;

struct Country {
  std::string alpha_3;
  std::vector<std::string> names;  // name, common_name
};

// The value of the JSON string starting at s[i] == '"'; advances i past it.
// Escapes other than \" and \\ are kept as written (names only compare).
std::string ReadJsonString(std::string_view s, size_t& i) {
  std::string out;
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out.push_back(s[i]);
  }
  ++i;
  return out;
}

// alpha-2 -> country, from the objects of iso_3166-1.json.
std::unordered_map<std::string, Country> ReadIso3166(const std::string& text) {
  std::unordered_map<std::string, Country> out;
  std::map<std::string, std::string> fields;
  const std::string_view s = text;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '"') {
      std::string key = ReadJsonString(s, i);
      while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
      if (i < s.size() && s[i] == ':') {
        ++i;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
        if (i < s.size() && s[i] == '"') fields[key] = ReadJsonString(s, i);
      }
      continue;
    }
    if (c == '{') {
      fields.clear();
    } else if (c == '}') {
      auto a2 = fields.find("alpha_2"), a3 = fields.find("alpha_3");
      if (a2 != fields.end() && a3 != fields.end()) {
        Country& country = out[a2->second];
        country.alpha_3 = a3->second;
        for (const char* key : {"name", "common_name"}) {
          if (auto n = fields.find(key); n != fields.end()) country.names.push_back(n->second);
        }
      }
      fields.clear();
    }
    ++i;
  }
  return out;
}

// Parses one ISO 6709 component: sign, then `deg_digits` digits of degrees,
// 2 of minutes and optionally 2 of seconds. Returns false on any other form.
bool ParseIso6709Part(std::string_view s, size_t deg_digits, double& out) {
  if (s.empty() || (s[0] != '+' && s[0] != '-')) return false;
  const std::string_view digits = s.substr(1);
  if (digits.size() != deg_digits + 2 && digits.size() != deg_digits + 4) return false;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t k = at; k < at + n; ++k) v = v * 10 + (digits[k] - '0');
    return v;
  };
  double v = num(0, deg_digits) + num(deg_digits, 2) / kMinutesPerDegree;
  if (digits.size() == deg_digits + 4) v += num(deg_digits + 2, 2) / kSecondsPerDegree;
  constexpr double kPrecision = 1e4;  // 4 decimals: ~10 m, finer than zone.tab's seconds
  v = std::round(v * kPrecision) / kPrecision;
  out = s[0] == '-' ? -v : v;
  return true;
}

// "+4023+04951" -> 40.383, 49.85.
bool ParseIso6709(std::string_view s, double& lat, double& lon) {
  constexpr size_t kLatDegrees = 2, kLonDegrees = 3;
  const size_t split = s.find_first_of("+-", 1);
  if (split == std::string_view::npos) return false;
  return ParseIso6709Part(s.substr(0, split), kLatDegrees, lat) &&
         ParseIso6709Part(s.substr(split), kLonDegrees, lon);
}

std::string CityOf(std::string_view tz) {
  std::string city(tz.substr(tz.rfind('/') + 1));
  std::replace(city.begin(), city.end(), '_', ' ');
  return city;
}

std::string FileName(const std::string& path) { return path.substr(path.rfind('/') + 1); }

}  // namespace

Gazetteer::Paths Gazetteer::SystemPaths(const std::string& data_dir) {
  return Paths{kZoneTab, kIso3166, data_dir + "/actors/gazetteer.tsv"};
}

Gazetteer Gazetteer::Load() { return Load(SystemPaths(DataDir())); }

Gazetteer Gazetteer::Load(const Paths& paths) {
  Gazetteer g;
  auto warn = [&](ErrorCode code, std::string message, std::string arg) {
    g.warnings_.push_back(MakeError(code, std::move(message), std::move(arg)));
  };
  std::ifstream iso_in(paths.iso_3166);
  if (!iso_in) {
    warn(ErrorCode::kNotFound,
         "gazetteer: " + paths.iso_3166 + " missing (install iso-codes); no places known", paths.iso_3166);
    return g;
  }
  std::stringstream iso_text;
  iso_text << iso_in.rdbuf();
  const auto countries = ReadIso3166(iso_text.str());

  // Our table first: which zones to skip, which other spellings to add.
  std::vector<std::string> skip;
  std::multimap<std::string, std::pair<std::string, std::string>> aliases;  // tz city -> (alias, where)
  std::vector<Place> cities;  // `city` lines: places no zone names
  if (!paths.alternates.empty()) {
    const std::string name = FileName(paths.alternates);
    Status st = ForEachDataLine(paths.alternates, name, "gazetteer table", g.warnings_,
                                [&](const std::vector<std::string_view>& f, const std::string& where) {
      if (f.size() >= 2 && f[0] == "skip" && !f[1].empty()) {
        skip.emplace_back(f[1]);
      } else if (f.size() >= 3 && f[0] == "alias" && !f[1].empty() && !f[2].empty()) {
        aliases.emplace(std::string(f[1]), std::make_pair(std::string(f[2]), where));
      } else if (f.size() >= 4 && f[0] == "city" && !f[1].empty()) {
        Place city;
        city.name = std::string(f[1]);
        city.country = std::string(f[2]);
        city.where = where;
        const bool known = std::any_of(countries.begin(), countries.end(),
                                       [&](const auto& c) { return c.second.alpha_3 == city.country; });
        if (!known) {
          warn(ErrorCode::kMalformed, "city " + city.name + ": unknown country " + city.country, where);
        } else if (!ParseIso6709(f[3], city.lat, city.lon)) {
          warn(ErrorCode::kMalformed, "city " + city.name + ": bad ISO 6709 coordinates " + std::string(f[3]),
               where);
        } else {
          cities.push_back(std::move(city));
        }
      } else {
        warn(ErrorCode::kMalformed,
             "expected \"skip TZ_ID\", \"alias TZ_CITY TEXT\" or \"city TEXT ALPHA3 ISO6709\"", where);
      }
    });
    if (!st.ok()) {
      warn(ErrorCode::kNotFound, "gazetteer: " + paths.alternates + " missing; no alternate spellings",
           paths.alternates);
    }
  }

  std::vector<std::string> used_aliases;  // tz cities that had an alias
  const std::string zone_name = FileName(paths.zone_tab);
  Status st = ForEachDataLine(paths.zone_tab, zone_name, "zone.tab", g.warnings_,
                              [&](const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() < 3) return warn(ErrorCode::kMalformed, "expected CC COORDINATES TZ", where);
    Place place;
    auto country = countries.find(std::string(f[0]));
    if (country == countries.end()) {
      return warn(ErrorCode::kMalformed, "unknown country " + std::string(f[0]), where);
    }
    if (!ParseIso6709(f[1], place.lat, place.lon)) {
      return warn(ErrorCode::kMalformed, "bad ISO 6709 coordinates " + std::string(f[1]), where);
    }
    place.tz = std::string(f[2]);
    if (std::find(skip.begin(), skip.end(), place.tz) != skip.end()) return;
    place.country = country->second.alpha_3;
    place.where = where;
    const std::string city = CityOf(place.tz);
    auto [first, last] = aliases.equal_range(city);
    if (first != last) used_aliases.push_back(city);
    for (auto it = first; it != last; ++it) {
      Place alias = place;
      alias.name = it->second.first;
      alias.where = it->second.second;
      g.places_.push_back(std::move(alias));
    }
    const auto& names = country->second.names;
    if (std::find(names.begin(), names.end(), city) != names.end()) return;  // "Asia/Qatar"
    place.name = city;
    g.places_.push_back(std::move(place));
  });
  if (st.ok()) {
    for (const auto& [city, alias] : aliases) {
      if (std::find(used_aliases.begin(), used_aliases.end(), city) == used_aliases.end()) {
        warn(ErrorCode::kMalformed, "alias of \"" + city + "\", which no zone names", alias.second);
      }
    }
  } else {
    warn(ErrorCode::kNotFound, "gazetteer: " + paths.zone_tab + " missing (install tzdata); no places known",
         paths.zone_tab);
  }
  // Our cities after the zones': a zone's own city keeps its entry.
  for (Place& city : cities) g.places_.push_back(std::move(city));
  std::stable_sort(g.places_.begin(), g.places_.end(),
                   [](const Place& a, const Place& b) { return a.name < b.name; });
  g.places_.erase(std::unique(g.places_.begin(), g.places_.end(),
                              [](const Place& a, const Place& b) { return a.name == b.name; }),
                  g.places_.end());
  g.BuildIndex();
  return g;
}

namespace {
// FNV-1a of a place name: the index's hash.
uint64_t NameHash(std::string_view name) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
  return h;
}
}  // namespace

void Gazetteer::BuildIndex() {
  size_t size = 16;
  while (size < 2 * places_.size()) size *= 2;
  slots_.assign(size, 0);
  for (uint32_t i = 0; i < places_.size(); ++i) {
    size_t slot = NameHash(places_[i].name) & (size - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = i + 1;
  }
}

const Place* Gazetteer::Find(std::string_view name) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = NameHash(name) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const Place& place = places_[slots_[slot] - 1];
    if (place.name == name) return &place;
  }
  return nullptr;
}

const Gazetteer& DefaultGazetteer() {
  // Leaked on purpose: used until exit from any thread, never destroyed.
  static const Gazetteer* const kGazetteer = [] {
    auto* g = new Gazetteer(Gazetteer::Load());
    for (const Error& e : g->warnings()) {
      const bool named = e.message.find(e.arg) != std::string::npos;
      std::fprintf(stderr, "riposte: warning: %s%s%s%s\n", e.message.c_str(), named ? "" : " (",
                   named ? "" : e.arg.c_str(), named ? "" : ")");
    }
    return g;
  }();
  return *kGazetteer;
}

}  // namespace riposte::actors
