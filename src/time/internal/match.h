// INTERNAL to the time stage: use time/time.h instead. This header may
// change in backwards-incompatible ways.
//
// Recognition of time expressions over analysed tokens, before any
// normalisation: the Matcher reads the tokens of one sentence and returns a
// Parsed expression (what the words say: "June 27" = month 6, day 27, no
// year) with its token range. Normalisation against the document date and
// tense (normalize.h) turns it into a TimeExpression.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/core.h"
#include "time/internal/words.h"

namespace riposte::temporal::internal {

inline constexpr int kNoShift = -128;

enum class Kind : uint8_t {
  kDate,         // year/month/day as given; year 0 = from the document date
  kWeekday,      // index = weekday; shift: -1 last, 0 this, +1 next, kNoShift plain
  kRelativeDay,  // yesterday/today/tomorrow: amount = days from the document date
  kShifted,      // last/this/next + unit (week, month, quarter, year): shift
  kAgo,          // amount units before the document date
  kPrevious,     // amount (signed) units from the previous dated expression
  kDecade,       // year = first year of the decade (1990 for "the 1990s")
  kCentury,      // index = the ordinal (20 for "the 20th century": 1900..1999)
  kSeason,       // index = season (words.h), year 0 = from the document; shift
  kQuarter,      // index = 1..4, year 0 = from the document; shift
  kHalf,         // index = 1..2, year 0 = from the document; shift
  kDuration,     // amount units ("for four months")
  kRange,        // from (year, month, day) to (year2, month2, day2), years given
  kPeriodToDate, // "earlier this year" (amount -1) / "later this month" (+1): unit
  kIn,           // "in two weeks": a date `amount` units after the document date when
                 // the clause is future, else the duration (Recognize drops the "in")
};

struct Parsed {
  Kind kind = Kind::kDate;
  uint32_t begin = 0, end = 0;  // token range [begin, end)
  int year = 0, month = 0, day = 0;
  int year2 = 0, month2 = 0, day2 = 0;  // kRange; day2 alone: kDate "June 5-7"
  int index = 0;
  int amount = 0;
  Unit unit = Unit::kNone;
  int shift = kNoShift;     // which occurrence: "last summer" -1, "this summer" 0
  int rel_year = kNoShift;  // year from the document's: "of last year" -1
  Part part = Part::kNone;
  PrefixMod prefix = PrefixMod::kNone;
  const char* rule = "";
};

// Returns true iff `token` may begin a holiday name ("Christmas", "Victory").
bool IsHolidayStart(std::string_view token);

// Matches time expressions in the tokens [begin, end) of one sentence (one
// exception: a dateline "25.07" whose year opens the next line may take that
// token).
// Not copyable in spirit (holds a reference to the document); cheap to make.
class Matcher {
 public:
  // `memo` is working memory lent for the sentence (reset here): the table
  // entry of each of its tokens once looked up, as the patterns ask for the
  // same tokens again and again.
  Matcher(const Document& doc, uint32_t begin, uint32_t end, std::vector<const WordInfo*>& memo)
      : doc_(doc), begin_(begin), end_(end), memo_(Reset(memo, begin, end)) {}

  // Returns true iff token `i` might start an expression: a digit, a word of
  // the tables, a hyphenated compound. Cheap; no allocation.
  bool Trigger(uint32_t i) const;

  // Returns true iff an expression starts at token `i` (REQUIRES begin <= i <
  // end), filling `out` with the longest reading found.
  bool At(uint32_t i, Parsed* out) const;

 private:
  // Pieces (match.cc: absolute expressions; match_relative.cc: the rest).
  bool Core(uint32_t i, Parsed* out) const;        // with parts ("late 2024")
  bool Base(uint32_t i, Parsed* out) const;        // without parts or prefixes
  bool Numeric(uint32_t i, Parsed* out) const;     // digit-led tokens
  bool MonthLed(uint32_t i, Parsed* out) const;    // "June 27, 2025", "June 2025"
  bool DayLed(uint32_t i, Parsed* out) const;      // "27 June 2025", "27th of June"
  bool WeekdayLed(uint32_t i, Parsed* out) const;  // "Friday", "Friday, June 27"
  bool Year(uint32_t i, Parsed* out) const;        // a bare year in context
  bool Counted(uint32_t i, Parsed* out) const;     // "two days ago/later", "for four months"
  bool Compound(uint32_t i, Parsed* out) const;    // "six-week", "mid-June"
  bool Relative(uint32_t i, Parsed* out) const;    // yesterday, last week, next Friday
  bool The(uint32_t i, Parsed* out) const;         // "the following day", "the 1990s"...
  bool SeasonLed(uint32_t i, Parsed* out) const;   // "spring 2025", "summer"
  bool QuarterLed(uint32_t i, Parsed* out) const;  // "Q3 2025", "H1"
  bool Range(uint32_t i, Parsed* out) const;       // "between 2001 and 2011"
  bool HolidayAt(uint32_t i, Parsed* out) const;   // "Christmas Eve", "2025 Victory Day"
  // "of 2025", "of this year", "of last year", "of the year" after a period
  // word at `i`: sets year/shift on `out` and its end.
  void OfYear(uint32_t i, Parsed* out) const;
  // A year token at `i` (digits 1000..2100 that a day or a month may take).
  int YearAt(uint32_t i) const;
  // The number at `i`: digits or a number word; -1 if none.
  int NumberAt(uint32_t i) const;
  // A day of month at `i`: "27", "27th", "1st"; 0 if none.
  int DayAt(uint32_t i) const;
  // A range of days of one month at `i`: "5-7"; false if none.
  bool DaysAt(uint32_t i, int* first, int* last) const;
  // A month name at `i` (capitalised); 0 if none.
  int MonthAt(uint32_t i) const;
  // Returns true iff a bare month or season at `i` is introduced by a word
  // that makes it a date ("in May", "since March", "early June").
  bool BareContext(uint32_t i) const;

  bool In(uint32_t i) const { return i >= begin_ && i < end_; }
  std::string_view Text(uint32_t i) const { return doc_.Slice(doc_.tokens[i].span); }
  // The table entry of token i (memoised).
  const WordInfo* Info(uint32_t i) const {
    if (!In(i)) return nullptr;
    const WordInfo*& info = memo_[i - begin_];
    if (info == NotLookedUp()) info = LookUp(Text(i));
    return info;
  }
  // The memo's mark of a token not looked up yet (no table entry).
  static const WordInfo* NotLookedUp() {
    static const WordInfo mark;
    return &mark;
  }
  static const WordInfo** Reset(std::vector<const WordInfo*>& memo, uint32_t begin, uint32_t end) {
    memo.assign(end > begin ? end - begin : 0, NotLookedUp());
    return memo.data();
  }
  bool Is(uint32_t i, std::string_view lower) const { return In(i) && EqualsLower(Text(i), lower); }
  bool Capitalised(uint32_t i) const;
  // Returns true iff tokens i and i+1 touch (no space between).
  bool Touch(uint32_t i) const {
    return In(i + 1) && doc_.tokens[i].span.end == doc_.tokens[i + 1].span.begin;
  }

  const Document& doc_;
  uint32_t begin_, end_;
  const WordInfo** memo_;  // by token - begin_; entries change, the array does not
};

}  // namespace riposte::temporal::internal
