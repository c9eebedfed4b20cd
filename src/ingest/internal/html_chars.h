// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// Byte classes shared by the HTML guard, DOM flattening and classification.
#pragma once

namespace riposte::ingest::internal {

// HTML's ASCII whitespace.
inline bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace riposte::ingest::internal
