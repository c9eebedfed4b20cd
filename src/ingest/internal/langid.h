// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// The two halves of DetectLanguage, public here so tests can hold them
// against each other.
#pragma once

#include <string>
#include <string_view>

namespace riposte::ingest::internal {

// Returns true iff the start of `text` is English beyond doubt: at least
// kFastMinWords words, nearly all plain ASCII, and a share of English
// function words ("the", "of", "said", ...) no other language reaches.
// A false answer means "ask cld2", not "not English".
bool IsClearlyEnglish(std::string_view text);

// cld2's reliable answer (ISO 639-1) for the start of `text`, or "".
std::string DetectLanguageCld2(std::string_view text);

}  // namespace riposte::ingest::internal
