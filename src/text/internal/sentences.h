// INTERNAL: use text/text.h instead.
//
// The sentence splitter, on normalised text (normalize.h). Two sources of
// sentence ends are merged: the layout of lines (lines.cc: paragraphs,
// headlines, bullets, hard-wrapped text) and terminal punctuation inside the
// running text (sentences.cc: periods, abbreviations, ellipses, quotes).
#pragma once

#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::text::internal {

// Appends the sentence spans of `text` (normalised) to `out`: trimmed of
// ASCII whitespace, never empty, non-overlapping, in order.
void SplitNormalized(std::string_view text, std::vector<Span>& out);

// Appends, in increasing order, the offsets where the line layout ends a
// sentence: the end of each paragraph (before blank lines), of headline,
// byline and bullet lines, of lines ending in ':', and of every line of a
// paragraph that is not hard-wrapped unless the next line continues it.
// Each offset is one past the last non-space byte of the line.
void LineBreakCuts(std::string_view text, std::vector<Offset>& cuts);

// Appends, in increasing order, the offsets where terminal punctuation ends a
// sentence: one past the terminal run and any closing quotes or brackets.
void PunctuationCuts(std::string_view text, std::vector<Offset>& cuts);

}  // namespace riposte::text::internal
