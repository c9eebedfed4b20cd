// Names of the time stage's enums, and Annotate, the stage's entry point.
#include "time/time.h"

namespace riposte::temporal {

const char* GranularityName(TimeGranularity g) { return TimeGranularityName(g); }

const char* AnchorName(TimeAnchor a) { return TimeAnchorName(a); }

void Annotate(Document& doc) {
  Recognize(doc);
  if (doc.date.value.empty() && InferDocumentDate(doc)) Recognize(doc);
}

}  // namespace riposte::temporal
