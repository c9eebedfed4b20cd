// INTERNAL to the ingest stage: use ingest/ingest.h instead.
//
// File access for the readers: bounded reads of files and streams, a line
// reader that never holds more than one (bounded) line, and the size texts
// used in "too large" messages. ExpandInputs (ingest.h) lives in paths.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/core.h"

namespace riposte::ingest::internal {

// "80.0 MiB", "12.5 KiB", "900 bytes".
std::string SizeText(uint64_t bytes);
// A limit as the user set it: "64 MiB", "512 KiB", "1000 bytes".
std::string LimitText(uint64_t bytes);

// An Error for a failed system call on `path` (errno-based): kNotFound for
// ENOENT/ENOTDIR, kIo otherwise; the message is the lower-cased strerror.
Error ErrnoError(int err, const std::string& path);

// An open file descriptor, closed on destruction.
class File {
 public:
  File() = default;
  explicit File(int fd) : fd_(fd) {}
  File(File&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  File& operator=(File&& o) noexcept;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File();
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
};

// Opens `path` read-only; "-" gives standard input (not closed).
Result<File> OpenInput(const std::string& path);

// Reads at most `max_bytes` from the current position of `fd`; `expected`
// is a size hint (from stat) to allocate once.
Result<std::string> ReadUpTo(int fd, size_t max_bytes, const std::string& name,
                             size_t expected = 0);

// Reads a whole stream (stdin, a pipe) in chunks. Refuses with kTooLarge as
// soon as more than `limit` bytes arrive: at most limit + 1 bytes are held.
Result<std::string> ReadStream(int fd, size_t limit, const std::string& name);

// Reads `fd` line by line through a fixed buffer. A line longer than
// `max_line` is not kept: it is skipped up to its newline and reported.
// `prefix` holds bytes already read from `fd` (a peeked head): they come first.
class LineReader {
 public:
  LineReader(int fd, size_t max_line, std::string_view prefix = {});

  struct Line {
    std::string text;        // without "\n" and a trailing "\r"; empty if too long
    uint64_t length = 0;     // bytes the line really had
    bool too_long = false;
  };
  // Reads the next line into *line. False at end of input or on a read
  // error (then error() is set).
  bool Next(Line* line);
  const Error* error() const { return failed_ ? &error_ : nullptr; }

 private:
  bool Fill();

  int fd_;
  size_t max_line_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  bool failed_ = false;
  Error error_;
};

}  // namespace riposte::ingest::internal
