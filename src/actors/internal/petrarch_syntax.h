// INTERNAL to the actors stage: use actors/actors.h instead. This header may
// change in backwards-incompatible ways.
//
// Line-level pieces of the PETRARCH/TABARI dictionary reader (petrarch.cc):
// comments, phrases, [CODE DATE-DATE] restrictions, plurals. Pure functions
// of their arguments; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace riposte::actors::internal {

// True for a blank, tab or carriage return.
bool IsBlank(char c);
// `s` without leading and trailing blanks.
std::string_view Trim(std::string_view s);
// Returns true iff `s` has an ASCII lower-case letter.
bool HasLower(std::string_view s);
// Returns true iff `code` is non-empty capitals and digits ("RUSGOV", "G20").
bool IsCodeText(std::string_view code);
// Returns true iff `code` is 3 letters and not IGO, NGO, MNC, a sector...
bool IsCountryCode(std::string_view code);

// Splits `line` at its first '#' (or ';' too when `semicolon_too`) into the
// body and the comment, the latter trimmed of blanks and leading '#'/';'.
void SplitComment(std::string_view line, bool semicolon_too, std::string_view& body,
                  std::string_view& comment);

// A phrase as Entry::text: '_' and blank runs become one space, ASCII
// letters lower-cased: "VLADIMIR_V._PUTIN_" -> "vladimir v. putin".
std::string PhraseText(std::string_view phrase);

// YYMMDD (00-29 -> 20xx, 30-99 -> 19xx) or YYYYMMDD -> YYYY-MM-DD.
// Returns false when not 6 or 8 digits or not a real month (01-12) and day
// (01-31).
bool IsoDate(std::string_view digits, std::string& iso);

struct DatedCode {
  std::string code;      // "RUSGOV"; empty for the null code "---"
  std::string from, to;  // ISO, inclusive; both empty for an undated code
};

// Parses the inside of one [...] of an actor dictionary: "CODE",
// "CODE <DATE", "CODE >DATE", "CODE DATE-DATE" (blanks inside the
// restriction are ignored). Returns an error message, or "" on success.
std::string ParseActorCode(std::string_view inside, DatedCode& out);

// Splits "PHRASE [A] [B 1-2]" into the trimmed phrase and the insides of the
// brackets. Returns an error message ("'[' without ']'", text after a
// code...), or "" on success.
std::string SplitBrackets(std::string_view body, std::string_view& phrase,
                          std::vector<std::string_view>& insides);

// Regular plural of the last word of lower-cased `text`: +s; consonant + y
// -> ies; s, x, ch, sh -> +es.
std::string RegularPlural(const std::string& text);

}  // namespace riposte::actors::internal
