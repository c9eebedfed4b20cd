// Tag names (text.h TagName/ParseTag) and the analysis enums' names.
// Tested by analyze_test.cc.
#include <array>

#include "text/text.h"

namespace riposte::text {
namespace {

constexpr std::array<const char*, static_cast<size_t>(Tag::kCount)> kTagNames = {
    "",    "CC",  "CD",  "DT",   "EX",   "FW",  "IN",   "JJ",  "JJR", "JJS", "LS",
    "MD",  "NN",  "NNS", "NNP",  "NNPS", "PDT", "POS",  "PRP", "PRP$", "RB", "RBR",
    "RBS", "RP",  "SYM", "TO",   "UH",   "VB",  "VBD",  "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP",  "WP$", "WRB",  ",",    ".",   ":",    "``",  "''",  "-LRB-", "-RRB-",
    "$",   "#"};

}  // namespace

const char* TagName(TagId tag) { return tag < kTagNames.size() ? kTagNames[tag] : ""; }

Tag ParseTag(std::string_view name) {
  if (name.empty()) return Tag::kNone;
  for (size_t i = 1; i < kTagNames.size(); ++i) {
    if (name == kTagNames[i]) return static_cast<Tag>(i);
  }
  return Tag::kNone;
}

const char* TenseName(Tense t) {
  switch (t) {
    case Tense::kNone: return "";
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
  }
  return "";
}

const char* VoiceName(Voice v) {
  switch (v) {
    case Voice::kNone: return "";
    case Voice::kActive: return "active";
    case Voice::kPassive: return "passive";
  }
  return "";
}

const char* ClauseKindName(ClauseKind k) {
  switch (k) {
    case ClauseKind::kMain: return "main";
    case ClauseKind::kSubordinate: return "subordinate";
    case ClauseKind::kRelative: return "relative";
    case ClauseKind::kReported: return "reported";
    case ClauseKind::kQuotation: return "quotation";
    case ClauseKind::kConditional: return "conditional";
  }
  return "";
}

}  // namespace riposte::text
