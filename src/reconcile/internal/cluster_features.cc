// What event clustering compares: each mention reduced to integers (day
// interval, precision level, interned countries, codes and category, keys of
// its quantities, place and sentence words), and the bounded evidence a
// growing cluster keeps. See cluster_internal.h for the contracts.
//
// Tested by cluster_test.cc.
#include <algorithm>
#include <cmath>

#include "reconcile/internal/cluster_internal.h"
#include "reconcile/internal/near_dup_sketch.h"
#include "reconcile/internal/values.h"

namespace riposte::reconcile::internal {
namespace {

uint64_t Mix(uint64_t x) {  // SplitMix64's finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

// Days from civil (H. Hinnant's algorithm), proleptic Gregorian.
int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

// An explicit actor code with a sector (longer than its country), else "".
std::string SectorCode(const std::optional<store::StoredActor>& a) {
  if (!a || a->implicit || a->code.size() <= a->country.size() || a->country.empty()) return "";
  return a->code;
}

}  // namespace

Level LevelOf(std::string_view p) {
  if (p == "day") return Level::kDay;
  if (p == "week") return Level::kWeek;
  if (p == "month") return Level::kMonth;
  if (p == "quarter" || p == "season") return Level::kQuarter;
  if (p == "year") return Level::kYear;
  if (p == "report") return Level::kReport;
  return Level::kNone;
}

bool Anchored(Level l) { return l <= Level::kYear; }

std::optional<int32_t> ParseDay(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  for (size_t i : {0, 1, 2, 3}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
    y = y * 10 + (iso[i] - '0');
  }
  for (size_t i : {5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  }
  m = static_cast<unsigned>((iso[5] - '0') * 10 + (iso[6] - '0'));
  d = static_cast<unsigned>((iso[8] - '0') * 10 + (iso[9] - '0'));
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

uint32_t Interner::Id(const std::string& s) {
  if (s.empty()) return 0;
  const auto [it, inserted] = ids_.emplace(s, static_cast<uint32_t>(ids_.size() + 1));
  return it->second;
}

std::vector<Features> ExtractFeatures(const std::vector<Document>& docs, const std::vector<Mention>& mentions,
                                      const std::vector<size_t>& source_of, Interner& interner) {
  std::vector<Features> out(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const store::StoredEvent& e = mentions[i].event;
    Features& f = out[i];
    f.mention = i;
    f.doc = mentions[i].doc;
    f.source = f.doc < source_of.size() ? source_of[f.doc] : f.doc;

    f.level = LevelOf(e.date_precision);
    if (Anchored(f.level)) {
      const auto start = ParseDay(e.date_start.empty() ? e.date : e.date_start);
      const auto end = ParseDay(e.date_end.empty() ? e.date : e.date_end);
      if (start && end && *start <= *end) {
        f.start = *start;
        f.end = *end;
      } else {
        f.level = Level::kNone;
      }
    } else if (f.level == Level::kReport) {
      const auto day = ParseDay(e.date.empty() ? e.date_start : e.date);
      if (day) {
        f.start = f.end = *day;
      } else {
        f.level = Level::kNone;
      }
    }

    f.src_country = e.source ? interner.Id(e.source->country) : 0;
    f.tgt_country = e.target ? interner.Id(e.target->country) : 0;
    f.src_code = interner.Id(SectorCode(e.source));
    f.tgt_code = interner.Id(SectorCode(e.target));
    const std::string root = e.cameo.substr(0, 2);
    f.cameo = interner.Id(e.cameo);
    f.root = interner.Id("#" + root);
    f.category = e.plover.empty() ? interner.Id("#" + e.cameo) : interner.Id(e.plover);

    if (f.doc < docs.size() && docs[f.doc].Valid(e.span) && e.span.end > e.span.begin) {
      uint64_t key = 0;
      for (uint64_t w : WordHashes(docs[f.doc].Slice(e.span))) key = Mix(key ^ w);
      f.sentence_key = key;
    }
    for (const store::StoredQuantity& q : e.quantities) {
      f.quantities.push_back(Mix(HashString(q.attribute) ^ static_cast<uint64_t>(std::llround(q.value * 100))));
    }
    if (e.location && !e.location->text.empty()) f.place = interner.Id(Lower(e.location->text));
  }
  return out;
}

Evidence Found(const Features& f, size_t feature_index) {
  Evidence e;
  e.level = f.level;
  e.start = f.start;
  e.end = f.end;
  Add(e, f, feature_index);
  return e;
}

void Add(Evidence& e, const Features& f, size_t feature_index) {
  e.members.push_back(feature_index);
  e.cameos.Insert(f.cameo);
  e.roots.Insert(f.root);
  if (f.src_code) e.src_codes.Insert(f.src_code);
  if (f.tgt_code) e.tgt_codes.Insert(f.tgt_code);
  if (f.place) e.places.Insert(f.place);
  if (f.sentence_key) e.sentences.Insert(f.sentence_key);
  for (uint64_t q : f.quantities) e.quantities.Insert(q);
  e.docs.Insert(static_cast<uint32_t>(f.doc));
  e.sources.Insert(static_cast<uint32_t>(f.source));
}

}  // namespace riposte::reconcile::internal
