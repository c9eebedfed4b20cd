// INTERNAL to the cli: terminal output helpers shared by the subcommands.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace riposte::cli {

// Writes to stdout; a closed pipe (EPIPE) is remembered, not fatal.
void Print(std::string_view s);
// True once stdout reported EPIPE (the reader went away): stop writing.
bool StdoutClosed();
// Flushes stdout; returns false on a write error other than EPIPE.
bool FlushStdout();

// "riposte: error: <msg>" / "riposte: warning: <msg>" on stderr.
void PrintError(std::string_view msg);
void PrintWarning(std::string_view msg);

// Truncates UTF-8 `s` to at most `max_cols` code points, adding "…".
std::string Ellipsize(std::string_view s, size_t max_cols);
// Number of code points in UTF-8 `s` (display width approximation).
size_t DisplayWidth(std::string_view s);
// Pads `s` with spaces to `cols` code points.
std::string PadRight(std::string_view s, size_t cols);
// "1.2 MB", "820 KB", "12 B".
std::string HumanBytes(uint64_t bytes);
// Collapses runs of whitespace to one space and trims both ends (a quote
// may cross a line break).
std::string OneLine(std::string_view s);
// Returns true iff `date` looks like an ISO date of any precision: YYYY,
// YYYY-MM or YYYY-MM-DD (a time part may follow the day).
bool LooksLikeIsoDate(std::string_view date);

// A one-line progress bar on stderr, drawn only when stderr is a terminal
// (and not quiet), at most ten times a second; nothing otherwise.
class Progress {
 public:
  Progress(std::string label, uint64_t total_units, bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  // Records progress; redraws when due.
  void Update(uint64_t units_done, uint64_t bytes_done);
  // Clears the bar line.
  void Finish();

 private:
  std::string label_;
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace riposte::cli
