// Terminal output for the cli: stdout with broken-pipe tolerance, error and
// warning lines on stderr, UTF-8-aware column helpers and the progress bar.
// Tested by the CLI golden tests in tests/cli/.
#include "cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace riposte::cli {

namespace {
bool g_stdout_closed = false;
bool g_stdout_failed = false;
}  // namespace

void Print(std::string_view s) {
  if (g_stdout_closed || s.empty()) return;
  if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) {
    if (errno == EPIPE) g_stdout_closed = true;
    else g_stdout_failed = true;
  }
}

bool StdoutClosed() { return g_stdout_closed; }

bool FlushStdout() {
  if (!g_stdout_closed && std::fflush(stdout) != 0) {
    if (errno == EPIPE) g_stdout_closed = true;
    else g_stdout_failed = true;
  }
  return !g_stdout_failed;
}

void PrintError(std::string_view msg) {
  std::fprintf(stderr, "riposte: error: %.*s\n", static_cast<int>(msg.size()), msg.data());
}

void PrintWarning(std::string_view msg) {
  std::fprintf(stderr, "riposte: warning: %.*s\n", static_cast<int>(msg.size()), msg.data());
}

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Ellipsize(std::string_view s, size_t max_cols) {
  if (DisplayWidth(s) <= max_cols) return std::string(s);
  std::string out;
  size_t cols = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (cols + 1 >= max_cols) break;
      ++cols;
    }
    out.push_back(s[i]);
  }
  return out + "\xE2\x80\xA6";
}

std::string PadRight(std::string_view s, size_t cols) {
  std::string out(s);
  size_t w = DisplayWidth(s);
  if (w < cols) out.append(cols - w, ' ');
  return out;
}

std::string HumanBytes(uint64_t bytes) {
  char buf[32];
  if (bytes >= (1u << 20)) std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1048576.0);
  else if (bytes >= 1024) std::snprintf(buf, sizeof buf, "%.1f KB", bytes / 1024.0);
  else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
  return buf;
}

Progress::Progress(std::string label, uint64_t total_units, bool enabled)
    : label_(std::move(label)), total_(total_units), enabled_(enabled && isatty(STDERR_FILENO)) {
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { Finish(); }

void Progress::Update(uint64_t units_done, uint64_t bytes_done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && units_done < total_) return;
  last_draw_ = now;
  constexpr int kWidth = 28;
  int filled = total_ ? static_cast<int>(kWidth * units_done / total_) : 0;
  double secs = std::chrono::duration<double>(now - start_).count();
  double mbs = secs > 0 ? bytes_done / 1048576.0 / secs : 0;
  std::string bar(filled, '#');
  bar.append(kWidth - filled, '.');
  std::fprintf(stderr, "\r%s [%s] %llu/%llu  %s  %.1f MB/s ", label_.c_str(), bar.c_str(),
               static_cast<unsigned long long>(units_done), static_cast<unsigned long long>(total_),
               HumanBytes(bytes_done).c_str(), mbs);
  drawn_ = true;
}

void Progress::Finish() {
  if (enabled_ && drawn_) std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool LooksLikeIsoDate(std::string_view date) {
  auto digits = [&](size_t from, size_t n) {
    if (date.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return false;
  if (date.size() == 4) return true;
  if (date[4] != '-' || !digits(5, 2)) return false;
  if (date.size() == 7) return true;
  if (date.size() < 10 || date[7] != '-' || !digits(8, 2)) return false;
  return date.size() == 10 || date[10] == 'T' || date[10] == ' ';
}

}  // namespace riposte::cli
