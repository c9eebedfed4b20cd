// Numbers in the text (quantities.cc counts them): ParseNumber.
//
// Tested by coder_quantities_test.cc.
#include <cstdlib>
#include <string>

#include "events/internal/coder_internal.h"
#include "text/text.h"

namespace riposte::events::internal {

namespace {

std::optional<double> WordNumber(std::string_view w) { return NumberWordValue(w); }

std::optional<double> DigitNumber(std::string_view w) {
  std::string digits;
  bool seen_digit = false, seen_point = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digits += c;
      seen_digit = true;
    } else if (c == ',' && seen_digit && !seen_point) {
      continue;
    } else if (c == '.' && seen_digit && !seen_point) {
      digits += c;
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit || digits.back() == '.') return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

}  // namespace

std::optional<double> ParseNumber(const DocIndex& ix, uint32_t t, uint32_t* end) {
  const Document& doc = ix.doc();
  if (t >= doc.tokens.size()) return std::nullopt;
  // Fast reject: numbers are CD, start with a digit, or are hyphenated.
  std::string_view raw = doc.Slice(doc.tokens[t].span);
  if (raw.empty() || (doc.tokens[t].tag != text::Id(text::Tag::CD) &&
                      !(raw[0] >= '0' && raw[0] <= '9') && raw.find('-') == std::string_view::npos)) {
    return std::nullopt;
  }
  std::string w = ix.Word(t);
  std::optional<double> v = DigitNumber(w);
  // Word numbers need the CD tag, except compounds the tagger calls
  // adjectives ("thirty-eight").
  if (!v && (doc.tokens[t].tag == text::Id(text::Tag::CD) || w.find('-') != std::string::npos)) {
    v = WordNumber(w);
  }
  if (!v) return std::nullopt;
  // "the Embraer 190", "flight 8243": a number after "flight", or after a
  // proper noun with no noun or scale after it ("fined Sputnik 1.5 million
  // manats" counts), is a name, not a count.
  if (t > 0 && (ix.WordIs(t - 1, "flight") ||
                (doc.tokens[t - 1].tag == text::Id(text::Tag::NNP) &&
                 (t + 1 >= doc.tokens.size() || !text::IsNoun(doc.tokens[t + 1].tag)) &&
                 !(t + 1 < doc.tokens.size() && ScaleWordValue(ix.Word(t + 1)))))) {
    return std::nullopt;
  }
  if (t + 1 < doc.tokens.size() && ix.WordIs(t + 1, "of") && !DigitNumber(w)) {
    return std::nullopt;  // "one of the diplomats"
  }
  uint32_t u = t + 1;
  while (u < doc.tokens.size()) {
    const std::optional<double> scale = ScaleWordValue(ix.Word(u));
    if (!scale) break;
    *v *= *scale;
    ++u;
  }
  *end = u;
  return v;
}

}  // namespace riposte::events::internal
