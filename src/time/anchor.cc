// STUB (issue 5): event-date anchoring.
#include "time/time.h"

namespace riposte::temporal {

EventDate DateOf(const Document& doc, Span span) {
  (void)span;
  EventDate d;
  if (!doc.date.value.empty()) {
    d.value = doc.date.value.substr(0, 10);
    d.start = d.end = d.value;
    d.precision = "report";
    d.how = "report";
  } else {
    d.precision = "none";
    d.how = "none";
  }
  return d;
}

}  // namespace riposte::temporal
