// Event records as JSON (DESIGN.md "Event" contract) and their ids.
//
// EventJson writes the keys in the contract's order with a hand-rolled
// writer (no JSON library in this hot path): strings through
// AppendJsonString, spans as [begin,end], absent optional objects as null.
// Numbers: counts and amounts print as integers when integral, Goldstein
// weights with one decimal at least ("-9.0"), so output is stable across
// runs and shards.
//
// EventId hashes "doc\x1fversion\x1fbegin:end\x1fcameo\x1fsource\x1ftarget"
// with ContentHash: the same sentence coded the same way on another shard
// gets the same id.
//
// Tested by event_test.cc.
#include <charconv>
#include <cmath>
#include <cstdio>

#include "events/events.h"

namespace riposte::events {

const char* ModeName(Mode mode) {
  switch (mode) {
    case Mode::kAsserted: return "asserted";
    case Mode::kNegated: return "negated";
    case Mode::kThreatened: return "threatened";
    case Mode::kDemanded: return "demanded";
    case Mode::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

namespace {

void AppendSpan(std::string& out, Span s) {
  out += '[';
  out += std::to_string(s.begin);
  out += ',';
  out += std::to_string(s.end);
  out += ']';
}

// Integral values (within 2^53) as integers, others with up to 15 digits.
void AppendNumber(std::string& out, double v) {
  constexpr double kMaxExact = 9007199254740992.0;
  char buf[40];
  if (std::isfinite(v) && std::fabs(v) < kMaxExact && v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else if (std::isfinite(v)) {
    std::snprintf(buf, sizeof buf, "%.15g", v);
  } else {
    std::snprintf(buf, sizeof buf, "null");
  }
  out += buf;
}

void AppendWeight(std::string& out, double v) {
  char buf[40];
  if (v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%.1f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.15g", v);
  }
  out += buf;
}

void AppendKey(std::string& out, const char* key) {
  if (out.size() > 1) out += ',';
  out += '"';
  out += key;
  out += "\":";
}

void AppendStringOrNull(std::string& out, const std::string& s) {
  if (s.empty()) {
    out += "null";
  } else {
    AppendJsonString(out, s);
  }
}

void AppendActor(std::string& out, const std::optional<EventActor>& actor,
                 const Document& doc) {
  if (!actor) {
    out += "null";
    return;
  }
  out += "{\"code\":";
  AppendJsonString(out, actor->code);
  out += ",\"country\":";
  AppendJsonString(out, actors::CodeCountry(actor->code));
  out += ",\"sector\":";
  AppendJsonString(out, actors::CodeSector(actor->code));
  out += ",\"text\":";
  AppendJsonString(out, doc.Slice(actor->span));
  out += ",\"span\":";
  AppendSpan(out, actor->span);
  if (actor->implicit) out += ",\"implicit\":true";
  out += '}';
}

}  // namespace

std::string EventId(const Event& e) {
  std::string canon;
  canon.reserve(128);
  const char sep = '\x1f';
  canon += e.doc;
  canon += sep;
  canon += e.version;
  canon += sep;
  // Appended piece by piece: no temporary strings.
  auto append_number = [&canon](Offset v) {
    char buf[16];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    canon.append(buf, end);
  };
  append_number(e.span.begin);
  canon += ':';
  append_number(e.span.end);
  canon += sep;
  canon += e.cameo;
  canon += sep;
  if (e.source) {
    canon += e.source->code;
    canon += '@';
    append_number(e.source->span.begin);
  }
  canon += sep;
  if (e.target) {
    canon += e.target->code;
    canon += '@';
    append_number(e.target->span.begin);
  }
  return ContentHash(canon);
}

std::string EventJson(const Event& e, const Document& doc) {
  std::string out = "{";
  AppendKey(out, "id");
  AppendJsonString(out, e.id);
  AppendKey(out, "doc");
  AppendJsonString(out, e.doc);
  AppendKey(out, "version");
  AppendJsonString(out, e.version);
  AppendKey(out, "sentence");
  out += std::to_string(e.sentence + 1);  // 1-based, as `riposte show` numbers them
  AppendKey(out, "span");
  AppendSpan(out, e.span);
  AppendKey(out, "text");
  AppendJsonString(out, doc.Slice(e.span));
  AppendKey(out, "date");
  AppendStringOrNull(out, e.date);
  AppendKey(out, "date_start");
  AppendStringOrNull(out, e.date_start);
  AppendKey(out, "date_end");
  AppendStringOrNull(out, e.date_end);
  AppendKey(out, "date_precision");
  AppendJsonString(out, e.date_precision.empty() ? "none" : e.date_precision);
  AppendKey(out, "source");
  AppendActor(out, e.source, doc);
  AppendKey(out, "target");
  AppendActor(out, e.target, doc);
  AppendKey(out, "cameo");
  AppendJsonString(out, e.cameo);
  AppendKey(out, "plover");
  AppendJsonString(out, e.plover);
  AppendKey(out, "goldstein");
  AppendWeight(out, e.goldstein);
  AppendKey(out, "mode");
  AppendJsonString(out, ModeName(e.mode));
  AppendKey(out, "attributed_to");
  if (e.attributed_to) {
    out += "{\"code\":";
    AppendJsonString(out, e.attributed_to->code);
    out += ",\"text\":";
    AppendJsonString(out, doc.Slice(e.attributed_to->span));
    out += ",\"span\":";
    AppendSpan(out, e.attributed_to->span);
    out += '}';
  } else {
    out += "null";
  }
  AppendKey(out, "quantities");
  out += '[';
  for (size_t q_idx = 0; q_idx < e.quantities.size(); ++q_idx) {
    const Quantity& q = e.quantities[q_idx];
    if (q_idx > 0) out += ',';
    out += "{\"attribute\":";
    AppendJsonString(out, q.attribute);
    out += ",\"value\":";
    AppendNumber(out, q.value);
    out += ",\"qualifier\":";
    AppendJsonString(out, q.qualifier);
    out += ",\"text\":";
    AppendJsonString(out, doc.Slice(q.span));
    out += ",\"span\":";
    AppendSpan(out, q.span);
    out += '}';
  }
  out += ']';
  AppendKey(out, "location");
  if (e.location) {
    out += "{\"text\":";
    AppendJsonString(out, e.location->text);
    out += ",\"country\":";
    AppendJsonString(out, e.location->country);
    if (e.location->lat && e.location->lon) {
      out += ",\"lat\":";
      AppendNumber(out, *e.location->lat);
      out += ",\"lon\":";
      AppendNumber(out, *e.location->lon);
    }
    out += '}';
  } else {
    out += "null";
  }
  AppendKey(out, "rule");
  AppendJsonString(out, e.rule);
  if (e.confidence) {
    AppendKey(out, "confidence");
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", *e.confidence);
    out += buf;
  }
  AppendKey(out, "coder_version");
  AppendJsonString(out, e.coder_version);
  AppendKey(out, "lexicon_version");
  AppendJsonString(out, e.lexicon_version);
  out += '}';
  return out;
}

}  // namespace riposte::events
