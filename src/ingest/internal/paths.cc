// Input paths and bounded file access for the ingest readers: ExpandInputs
// (ingest.h) and the helpers of internal/paths.h.
//
// ExpandInputs keeps the command line's order; within a directory, entries
// are visited in byte order of their names, hidden entries (leading '.') and
// non-regular files (fifos, sockets, devices) are skipped, and a directory
// reached twice (symlink loop) is walked once. A glob pattern is expanded by
// glob(3) (sorted); a pattern matching nothing is an error. A fifo or device
// named explicitly on the command line is kept: ReadPath streams it.
//
// Tested by ingest_test.cc.
#include "ingest/internal/paths.h"

#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <system_error>
#include <utility>

#include "ingest/ingest.h"

namespace riposte::ingest::internal {
namespace {

constexpr size_t kChunk = 64u << 10;

std::string Join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

bool HasGlobChars(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

// Collects the readable regular files under one path.
class Expander {
 public:
  Expander(std::vector<std::string>* out, std::vector<Error>* errors)
      : out_(out), errors_(errors) {}

  // `path` exists with status `st`; `named` if the user typed it.
  void Add(const std::string& path, const struct stat& st, bool named) {
    if (S_ISDIR(st.st_mode)) {
      Walk(path, st);
    } else if (S_ISREG(st.st_mode)) {
      if (access(path.c_str(), R_OK) != 0) {
        Fail(ErrnoError(errno, path));
        return;
      }
      out_->push_back(path);
    } else if (named) {
      out_->push_back(path);  // fifo, /dev/stdin, <(cmd): read as a stream
    }
  }

  void Fail(Error e) {
    if (errors_) errors_->push_back(std::move(e));
  }

 private:
  void Walk(const std::string& dir, const struct stat& st) {
    if (!visited_.insert({st.st_dev, st.st_ino}).second) return;
    DIR* d = opendir(dir.c_str());
    if (!d) {
      Fail(ErrnoError(errno, dir));
      return;
    }
    std::vector<std::string> names;
    while (struct dirent* e = readdir(d)) {
      if (e->d_name[0] == '.') continue;  // hidden, "." and ".."
      names.emplace_back(e->d_name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      std::string path = Join(dir, name);
      struct stat child;
      if (stat(path.c_str(), &child) != 0) {
        Fail(ErrnoError(errno, path));  // dangling symlink, vanished file
        continue;
      }
      Add(path, child, /*named=*/false);
    }
  }

  std::vector<std::string>* out_;
  std::vector<Error>* errors_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

std::string SizeText(uint64_t bytes) {
  char buf[64];
  if (bytes >= (1u << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1u << 20));
  } else if (bytes >= (1u << 10)) {
    std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(bytes) / (1u << 10));
  } else {
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
  }
  return buf;
}

std::string LimitText(uint64_t bytes) {
  char buf[64];
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) {
    std::snprintf(buf, sizeof buf, "%llu MiB", static_cast<unsigned long long>(bytes >> 20));
  } else if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) {
    std::snprintf(buf, sizeof buf, "%llu KiB", static_cast<unsigned long long>(bytes >> 10));
  } else {
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
  }
  return buf;
}

Error ErrnoError(int err, const std::string& path) {
  std::string message = std::generic_category().message(err);
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  ErrorCode code = (err == ENOENT || err == ENOTDIR) ? ErrorCode::kNotFound : ErrorCode::kIo;
  return MakeError(code, std::move(message), path);
}

File& File::operator=(File&& o) noexcept {
  if (this != &o) {
    if (fd_ > 2) close(fd_);
    fd_ = std::exchange(o.fd_, -1);
  }
  return *this;
}

File::~File() {
  if (fd_ > 2) close(fd_);  // never close stdin/stdout/stderr
}

Result<File> OpenInput(const std::string& path) {
  if (path == "-") return File(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoError(errno, path);
  return File(fd);
}

Result<std::string> ReadUpTo(int fd, size_t max_bytes, const std::string& name,
                             size_t expected) {
  std::string out;
  out.reserve(std::min(max_bytes, expected));
  while (out.size() < max_bytes) {
    size_t old = out.size();
    size_t want = std::min(kChunk, max_bytes - old);
    out.resize(old + want);
    ssize_t n = read(fd, out.data() + old, want);
    if (n < 0 && errno == EINTR) {
      out.resize(old);
      continue;
    }
    if (n < 0) return ErrnoError(errno, name);
    out.resize(old + static_cast<size_t>(n));
    if (n == 0) break;
  }
  return out;
}

Result<std::string> ReadStream(int fd, size_t limit, const std::string& name) {
  size_t cap = limit < SIZE_MAX ? limit + 1 : limit;
  Result<std::string> data = ReadUpTo(fd, cap, name);
  if (!data.ok()) return data;
  if (data.value().size() > limit) {
    return MakeError(ErrorCode::kTooLarge,
                     "input is above the " + LimitText(limit) + " limit (--max-file-size)", name);
  }
  return data;
}

LineReader::LineReader(int fd, size_t max_line, std::string_view prefix)
    : fd_(fd), max_line_(max_line), buf_(std::max(kChunk, prefix.size())) {
  std::copy(prefix.begin(), prefix.end(), buf_.begin());
  end_ = prefix.size();
}

bool LineReader::Fill() {
  while (true) {
    ssize_t n = read(fd_, buf_.data(), buf_.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      failed_ = true;
      error_ = ErrnoError(errno, "");
      return false;
    }
    pos_ = 0;
    end_ = static_cast<size_t>(n);
    if (n == 0) eof_ = true;
    return n > 0;
  }
}

bool LineReader::Next(Line* line) {
  line->text.clear();
  line->length = 0;
  line->too_long = false;
  bool any = false;
  while (true) {
    if (pos_ == end_ && (eof_ || failed_ || !Fill())) break;
    any = true;
    const char* start = buf_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    size_t chunk = nl ? static_cast<size_t>(nl - start) : end_ - pos_;
    line->length += chunk;
    if (!line->too_long && line->text.size() + chunk <= max_line_) {
      line->text.append(start, chunk);
    } else if (!line->too_long) {
      line->too_long = true;
      std::string().swap(line->text);  // release what was held
    }
    pos_ += chunk;
    if (nl) {
      ++pos_;
      if (!line->text.empty() && line->text.back() == '\r') line->text.pop_back();
      return true;
    }
  }
  if (!line->text.empty() && line->text.back() == '\r') line->text.pop_back();
  return any && !failed_;
}

}  // namespace riposte::ingest::internal

namespace riposte::ingest {

std::vector<std::string> ExpandInputs(const std::vector<std::string>& args,
                                      std::vector<Error>* errors) {
  std::vector<std::string> out;
  internal::Expander expander(&out, errors);
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back(arg);
      continue;
    }
    struct stat st;
    if (stat(arg.c_str(), &st) == 0) {
      expander.Add(arg, st, /*named=*/true);
      continue;
    }
    int err = errno;
    if (err != ENOENT || !internal::HasGlobChars(arg)) {
      expander.Fail(internal::ErrnoError(err, arg));
      continue;
    }
    glob_t matches{};
    int rc = glob(arg.c_str(), 0, nullptr, &matches);
    if (rc == GLOB_NOMATCH) {
      expander.Fail(MakeError(ErrorCode::kNotFound, "no file matches", arg));
    } else if (rc != 0) {
      expander.Fail(MakeError(ErrorCode::kIo, "cannot expand the pattern", arg));
    } else {
      for (size_t i = 0; i < matches.gl_pathc; ++i) {  // glob(3) sorts them
        std::string path = matches.gl_pathv[i];
        if (stat(path.c_str(), &st) == 0) {
          expander.Add(path, st, /*named=*/false);
        } else {
          expander.Fail(internal::ErrnoError(errno, path));
        }
      }
    }
    globfree(&matches);
  }
  return out;
}

}  // namespace riposte::ingest
