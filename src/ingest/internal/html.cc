// STUB: replaced by the HTML extraction implementation.
#include "ingest/ingest.h"
namespace riposte::ingest {
HtmlArticle ExtractHtml(std::string_view html) { HtmlArticle a; a.text = std::string(html); return a; }
}  // namespace riposte::ingest
