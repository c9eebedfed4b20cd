// STUB (issue 5): time expression recognition and normalisation.
#include "time/time.h"

namespace riposte::temporal {

void Recognize(Document& doc, std::string_view date) {
  (void)date;
  doc.times.clear();
}

}  // namespace riposte::temporal
