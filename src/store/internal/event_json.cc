// Writing a run's events as JSON (layout in event_json.h) without a JSON
// library, and reading an element back: the store writes one element per
// coded event during a bulk ingest, so writing makes room for the element
// in a reused buffer once and writes its values at a pointer (json_put.h);
// reading is one pass over the element's values. Strings go through core's
// WriteJsonString (quotes, backslashes and control characters escaped); the
// coder's words and codes are ASCII in practice.
//
// Tested by events_test.cc (round trips of every field through the view).
#include "store/internal/event_json.h"

#include <charconv>
#include <cstdint>
#include <cstring>

#include "store/internal/json_put.h"

namespace riposte::store::internal {
namespace {

// Room for an element's numbers, literals and separators, its strings
// aside: 18 numbers (an integer takes at most 20 bytes, a double's shortest
// form 24), 33 commas, the nulls of absent values; about 400 bytes at most.
constexpr size_t kElementRoom = 512;
// The same for each quantity object (about 115 bytes at most).
constexpr size_t kQuantityRoom = 128;

// Slots of PutDouble's cache (a power of two).
constexpr size_t kDoubleCacheSlots = 64;

char* PutDouble(char* p, double v) {
  // Few values recur (Goldstein scores, confidences, counts), and the
  // shortest form costs to_chars a few hundred instructions: the text of
  // recent values is kept in a small direct-mapped cache, per thread.
  struct Cached {
    bool valid = false;
    uint64_t bits = 0;
    uint8_t size = 0;
    char text[32];
  };
  thread_local Cached cache[kDoubleCacheSlots];
  uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  Cached& c = cache[(bits ^ (bits >> 29) ^ (bits >> 47)) & (kDoubleCacheSlots - 1)];
  if (!c.valid || c.bits != bits) {
    auto [end, ec] = std::to_chars(c.text, c.text + sizeof c.text, v);
    c.size = static_cast<uint8_t>(ec == std::errc() ? end - c.text : 0);
    c.bits = bits;
    c.valid = true;
  }
  std::memcpy(p, c.text, c.size);
  return p + c.size;
}

// A value column: "" is NULL, as BindTextOrNull stored it in v3.
char* PutTextOrNull(char* p, const std::string& s) {
  return s.empty() ? Put(p, "null") : PutString(p, s);
}

char* PutOptionalDouble(char* p, const std::optional<double>& v) {
  return v ? PutDouble(p, *v) : Put(p, "null");
}

// (code, [country,] begin, end), nulls when absent.
char* PutActor(char* p, const std::optional<StoredActor>& a, bool with_country) {
  if (!a) return Put(p, with_country ? "null,null,null,null" : "null,null,null");
  p = PutString(p, a->code);
  *p++ = ',';
  if (with_country) {
    p = PutString(p, a->country);
    *p++ = ',';
  }
  p = PutInt(p, a->span.begin);
  *p++ = ',';
  return PutInt(p, a->span.end);
}

char* PutQuantities(char* p, const std::vector<StoredQuantity>& quantities) {
  *p++ = '[';
  for (size_t i = 0; i < quantities.size(); ++i) {
    const StoredQuantity& q = quantities[i];
    if (i > 0) *p++ = ',';
    p = Put(p, "{\"attribute\":");
    p = PutString(p, q.attribute);
    p = Put(p, ",\"value\":");
    p = PutDouble(p, q.value);
    p = Put(p, ",\"qualifier\":");
    p = PutString(p, q.qualifier);
    p = Put(p, ",\"span\":[");
    p = PutInt(p, q.span.begin);
    *p++ = ',';
    p = PutInt(p, q.span.end);
    p = Put(p, "]}");
  }
  *p++ = ']';
  return p;
}


// One pass over an element's values. JSON from SQLite (the migration) and
// from AppendEventJson, so numbers are plain and strings may hold any escape.
class ElementReader {
 public:
  explicit ElementReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool Open() { return Take('['); }
  bool Close() { return Take(']') && p_ == end_; }
  bool Comma() { return Take(','); }
  bool Null() {
    if (end_ - p_ < 4 || std::memcmp(p_, "null", 4) != 0) return false;
    p_ += 4;
    return true;
  }
  // A string, or null as "" (v3's NULL read as text).
  bool Text(std::string* out) {
    out->clear();
    if (Null()) return true;
    if (!Take('"')) return false;
    for (;;) {
      const char* run = p_;
      while (p_ != end_ && *p_ != '"' && *p_ != '\\') ++p_;
      out->append(run, p_);
      if (p_ == end_) return false;
      if (*p_++ == '"') return true;
      if (p_ == end_) return false;
      const char c = *p_++;
      switch (c) {
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u':
          if (!Unicode(out)) return false;
          break;
        default: *out += c;  // " \\ /
      }
    }
  }
  // A number; null reads as 0 and sets *null.
  bool Number(double* v, bool* null = nullptr) {
    if (null) *null = false;
    if (Null()) {
      if (null) *null = true;
      *v = 0;
      return true;
    }
    auto [ptr, ec] = std::from_chars(p_, end_, *v);
    if (ec != std::errc()) return false;
    p_ = ptr;
    return true;
  }
  bool Int(int64_t* v, bool* null = nullptr) {
    double d = 0;
    const char* start = p_;
    if (!Number(&d, null)) return false;
    auto [ptr, ec] = std::from_chars(start, p_, *v);  // exact for integers
    if (ec != std::errc() || ptr != p_) *v = static_cast<int64_t>(d);
    return true;
  }
  // A nested array, copied as text ("[]" for null).
  bool RawArray(std::string* out) {
    if (Null()) {
      *out = "[]";
      return true;
    }
    const char* start = p_;
    int depth = 0;
    bool in_string = false;
    for (; p_ != end_; ++p_) {
      const char c = *p_;
      if (in_string) {
        if (c == '\\') ++p_;
        else if (c == '"') in_string = false;
        if (p_ == end_) return false;
        continue;
      }
      if (c == '"') in_string = true;
      else if (c == '[' || c == '{') ++depth;
      else if ((c == ']' || c == '}') && --depth == 0) {
        ++p_;
        out->assign(start, p_);
        return true;
      }
    }
    return false;
  }

 private:
  bool Take(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool Hex4(uint32_t* v) {
    if (end_ - p_ < 4 || !ParseHex4(p_, v)) return false;
    p_ += 4;
    return true;
  }
  bool Unicode(std::string* out) {
    uint32_t cp = 0;
    if (!Hex4(&cp)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF && end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u') {
      p_ += 2;
      uint32_t low = 0;
      if (!Hex4(&low)) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(*out, cp);
    return true;
  }
  const char* p_;
  const char* end_;
};

// (code, [country,] begin, end) as ReadActor read v3's columns: absent when
// `begin` is null.
bool ReadActor(ElementReader& r, bool with_country, std::optional<StoredActor>* out) {
  StoredActor a;
  int64_t begin = 0, end = 0;
  bool absent = false;
  if (!r.Text(&a.code) || !r.Comma()) return false;
  if (with_country && (!r.Text(&a.country) || !r.Comma())) return false;
  if (!r.Int(&begin, &absent) || !r.Comma() || !r.Int(&end)) return false;
  a.span = Span{static_cast<Offset>(begin), static_cast<Offset>(end)};
  if (absent) {
    out->reset();
  } else {
    *out = std::move(a);
  }
  return true;
}

}  // namespace

void AppendEventJson(std::string& out, const StoredEvent& e, int64_t rule_id) {
  // Room for the whole element (json_put.h): every string at its escaped
  // bound, the rest at kElementRoom.
  size_t room = kElementRoom;
  for (const std::string* s : {&e.id, &e.date, &e.date_start, &e.date_end, &e.date_precision,
                               &e.cameo, &e.plover, &e.mode}) {
    room += JsonStringRoom(*s);
  }
  for (const auto* a : {&e.source, &e.target, &e.attributed_to}) {
    if (*a) room += JsonStringRoom((*a)->code) + JsonStringRoom((*a)->country);
  }
  for (const StoredQuantity& q : e.quantities) {
    room += kQuantityRoom + JsonStringRoom(q.attribute) + JsonStringRoom(q.qualifier);
  }
  if (e.location) room += JsonStringRoom(e.location->text) + JsonStringRoom(e.location->country);
  char* p = Room(out, room);
  *p++ = '[';
  p = PutString(p, e.id);
  *p++ = ',';
  p = PutInt(p, e.sentence);
  *p++ = ',';
  p = PutInt(p, e.span.begin);
  *p++ = ',';
  p = PutInt(p, e.span.end);
  for (const std::string* date : {&e.date, &e.date_start, &e.date_end}) {
    *p++ = ',';
    p = PutTextOrNull(p, *date);
  }
  *p++ = ',';
  p = PutString(p, e.date_precision);
  *p++ = ',';
  p = PutActor(p, e.source, true);
  *p++ = ',';
  p = PutActor(p, e.target, true);
  *p++ = ',';
  p = PutString(p, e.cameo);
  *p++ = ',';
  p = PutString(p, e.plover);
  *p++ = ',';
  p = PutDouble(p, e.goldstein);
  *p++ = ',';
  p = PutString(p, e.mode);
  *p++ = ',';
  p = PutActor(p, e.attributed_to, false);
  *p++ = ',';
  p = PutQuantities(p, e.quantities);
  *p++ = ',';
  if (e.location) {
    p = PutString(p, e.location->text);
    *p++ = ',';
    p = PutString(p, e.location->country);
    *p++ = ',';
    p = PutInt(p, e.location->span.begin);
    *p++ = ',';
    p = PutInt(p, e.location->span.end);
    *p++ = ',';
    p = PutOptionalDouble(p, e.location->lat);
    *p++ = ',';
    p = PutOptionalDouble(p, e.location->lon);
  } else {
    p = Put(p, "null,null,null,null,null,null");
  }
  *p++ = ',';
  p = PutInt(p, rule_id);
  *p++ = ',';
  p = PutOptionalDouble(p, e.confidence);
  *p++ = ',';
  p = Put(p, e.source ? (e.source->implicit ? "1" : "0") : "null");
  *p++ = ',';
  p = Put(p, e.target ? (e.target->implicit ? "1" : "0") : "null");
  *p++ = ']';
  End(out, p);
}

bool ParseEventJson(std::string_view element, StoredEvent* e, std::string* quantities_json) {
  ElementReader r(element);
  int64_t sentence = 0, begin = 0, end = 0, implicit = 0;
  double number = 0;
  bool null = false;
  if (!r.Open() || !r.Text(&e->id) || !r.Comma() || !r.Int(&sentence) || !r.Comma() ||
      !r.Int(&begin) || !r.Comma() || !r.Int(&end) || !r.Comma()) {
    return false;
  }
  e->sentence = static_cast<int32_t>(sentence);
  e->span = Span{static_cast<Offset>(begin), static_cast<Offset>(end)};
  for (std::string* text : {&e->date, &e->date_start, &e->date_end, &e->date_precision}) {
    if (!r.Text(text) || !r.Comma()) return false;
  }
  if (!ReadActor(r, true, &e->source) || !r.Comma() || !ReadActor(r, true, &e->target) ||
      !r.Comma() || !r.Text(&e->cameo) || !r.Comma() || !r.Text(&e->plover) || !r.Comma() ||
      !r.Number(&e->goldstein) || !r.Comma() || !r.Text(&e->mode) || !r.Comma() ||
      !ReadActor(r, false, &e->attributed_to) || !r.Comma() || !r.RawArray(quantities_json) ||
      !r.Comma()) {
    return false;
  }
  StoredLocation l;
  if (!r.Text(&l.text) || !r.Comma() || !r.Text(&l.country) || !r.Comma() ||
      !r.Int(&begin, &null) || !r.Comma() || !r.Int(&end) || !r.Comma()) {
    return false;
  }
  const bool has_location = !null;
  l.span = Span{static_cast<Offset>(begin), static_cast<Offset>(end)};
  for (std::optional<double>* v : {&l.lat, &l.lon}) {
    if (!r.Number(&number, &null) || !r.Comma()) return false;
    if (!null) *v = number;
  }
  if (has_location) {
    e->location = std::move(l);
  } else {
    e->location.reset();
  }
  int64_t rule_id = 0;
  if (!r.Int(&rule_id) || !r.Comma() || !r.Number(&number, &null) || !r.Comma()) return false;
  if (null) {
    e->confidence.reset();
  } else {
    e->confidence = number;
  }
  if (!r.Int(&implicit) || !r.Comma()) return false;
  if (e->source) e->source->implicit = implicit != 0;
  if (!r.Int(&implicit) || !r.Close()) return false;
  if (e->target) e->target->implicit = implicit != 0;
  return true;
}

}  // namespace riposte::store::internal
