// INTERNAL to the time stage tests: use time/time.h instead.
//
// Helpers shared by recognize*_test.cc: analyse a text (text::Segment +
// text::Analyze), run Recognize against a document date, check the layer's
// invariants on every document (ExpectInvariants), and render the
// expressions as "SPAN=VALUE", with "~MOD" when a mod is set, joined by
// " | " ("" when none).
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/text.h"
#include "time/time.h"

namespace riposte::temporal::testing {

// Checks the layer's invariants: spans valid, in text order, never
// overlapping; a previous-anchored expression points to an earlier one of
// day granularity; durations and kNone have no interval, others have one.
inline void ExpectInvariants(const Document& doc) {
  for (size_t k = 0; k < doc.times.size(); ++k) {
    const TimeExpression& t = doc.times[k];
    EXPECT_TRUE(doc.Valid(t.span) && !t.span.empty()) << k;
    if (k > 0) {
      EXPECT_LE(doc.times[k - 1].span.end, t.span.begin) << k;
    }
    if (t.anchor == TimeAnchor::kPrevious) {
      ASSERT_GE(t.previous, 0);
      ASSERT_LT(static_cast<size_t>(t.previous), k);
      EXPECT_EQ(doc.times[static_cast<size_t>(t.previous)].granularity, TimeGranularity::kDay);
    } else {
      EXPECT_EQ(t.previous, -1);
    }
    const bool open = t.granularity == TimeGranularity::kNone || t.granularity == TimeGranularity::kDuration;
    EXPECT_EQ(t.start.empty(), open) << k;
    EXPECT_EQ(t.end.empty(), open) << k;
    EXPECT_LE(t.start, t.end) << k;
    EXPECT_FALSE(t.rule.empty()) << k;
  }
}

inline Document Analyzed(const std::string& text, const std::string& date) {
  Document doc;
  doc.text = text;
  text::Segment(doc);
  Status st = text::Analyze(doc);
  EXPECT_TRUE(st.ok());
  Recognize(doc, date);
  ExpectInvariants(doc);
  return doc;
}

inline std::string Render(const Document& doc) {
  std::string out;
  for (const TimeExpression& t : doc.times) {
    if (!out.empty()) out += " | ";
    out += doc.Slice(t.span);
    out += "=" + t.value;
    if (!t.mod.empty()) out += "~" + t.mod;
  }
  return out;
}

inline std::string Run(const std::string& text, const std::string& date) {
  return Render(Analyzed(text, date));
}

// One case: a sentence, its document date, the rendered expressions wanted.
struct Case {
  const char* text;
  const char* date;
  const char* want;
};

inline void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Run(c.text, c.date), c.want) << "text: " << c.text << "\ndate: " << c.date;
  }
}

// One case checked in full: the first expression's fields.
struct Detail {
  const char* text;
  const char* date;
  const char* span;
  const char* value;
  const char* granularity;
  const char* start;
  const char* end;
  const char* mod;
  const char* anchor;
};

inline void RunDetails(const std::vector<Detail>& cases) {
  for (const Detail& c : cases) {
    const Document doc = Analyzed(c.text, c.date);
    ASSERT_FALSE(doc.times.empty()) << "text: " << c.text;
    const TimeExpression& t = doc.times.front();
    const std::string got = std::string(doc.Slice(t.span)) + " " + t.value + " " +
                            GranularityName(t.granularity) + " " + t.start + ".." + t.end + " [" +
                            t.mod + "] " + AnchorName(t.anchor);
    const std::string want = std::string(c.span) + " " + c.value + " " + c.granularity + " " +
                             c.start + ".." + c.end + " [" + c.mod + "] " + c.anchor;
    EXPECT_EQ(got, want) << "text: " << c.text << "\ndate: " << c.date;
  }
}

}  // namespace riposte::temporal::testing
