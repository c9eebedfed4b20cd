// STUB (issue 5): document date inference.
#include "time/time.h"

namespace riposte::temporal {

bool InferDocumentDate(Document& doc) {
  (void)doc;
  return false;
}

}  // namespace riposte::temporal
