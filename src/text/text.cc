// STUB: replaced by the segmentation implementation.
#include "text/text.h"
namespace riposte::text {
Normalized Normalize(std::string_view t) { Normalized n; n.text = std::string(t); for (Offset i = 0; i <= t.size(); ++i) n.to_orig.push_back(i); return n; }
std::vector<Sentence> SplitSentences(std::string_view t) { if (t.empty()) return {}; return {Sentence{Span{0, Offset(t.size())}}}; }
std::vector<Token> Tokenize(std::string_view, Span) { return {}; }
void Segment(Document& doc) { doc.sentences = SplitSentences(doc.text); doc.tokens = Tokenize(doc.text, Span{0, Offset(doc.text.size())}); }
}  // namespace riposte::text
