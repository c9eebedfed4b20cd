// Names of the time stage's enums, and Annotate, the stage's entry point.
#include "time/time.h"

namespace riposte::temporal {

const char* GranularityName(TimeGranularity g) {
  switch (g) {
    case TimeGranularity::kNone: return "none";
    case TimeGranularity::kDay: return "day";
    case TimeGranularity::kWeek: return "week";
    case TimeGranularity::kMonth: return "month";
    case TimeGranularity::kQuarter: return "quarter";
    case TimeGranularity::kSeason: return "season";
    case TimeGranularity::kHalf: return "half";
    case TimeGranularity::kYear: return "year";
    case TimeGranularity::kDecade: return "decade";
    case TimeGranularity::kCentury: return "century";
    case TimeGranularity::kDuration: return "duration";
  }
  return "none";
}

const char* AnchorName(TimeAnchor a) {
  switch (a) {
    case TimeAnchor::kAbsolute: return "absolute";
    case TimeAnchor::kDocument: return "document";
    case TimeAnchor::kPrevious: return "previous";
  }
  return "absolute";
}

void Annotate(Document& doc) {
  Recognize(doc);
  if (doc.date.value.empty() && InferDocumentDate(doc)) Recognize(doc);
}

}  // namespace riposte::temporal
