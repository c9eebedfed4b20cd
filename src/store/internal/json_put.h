// INTERNAL to the store stage: use store/store.h instead.
//
// Writing the store's JSON columns a record at a time. A bulk ingest encodes
// millions of small records (an actor mention, a time expression, an event),
// and appending each value to a std::string paid a capacity check and a call
// per value: about as much as the values themselves. Here the writer makes
// room once for a record's upper bound (Room), writes its values at a plain
// pointer (Put*), and trims the column to what was written (End).
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/core.h"

namespace riposte::store::internal {

// Bytes an integer may take (int64_t's minimum has 20).
inline constexpr size_t kIntRoom = 20;

// Makes room for `n` more bytes at the end of `out`; returns where they start.
inline char* Room(std::string& out, size_t n) {
  const size_t at = out.size();
  out.resize(at + n);
  return out.data() + at;
}

// Ends `out` at `end`, a pointer into the room Room made.
inline void End(std::string& out, const char* end) {
  out.resize(static_cast<size_t>(end - out.data()));
}

inline char* Put(char* p, std::string_view literal) {
  std::memcpy(p, literal.data(), literal.size());
  return p + literal.size();
}

inline char* Put(char* p, char c) {
  *p = c;
  return p + 1;
}

inline char* PutInt(char* p, int64_t v) { return std::to_chars(p, p + kIntRoom, v).ptr; }

// A JSON string (JsonStringRoom(s) bytes of room).
inline char* PutString(char* p, std::string_view s) { return WriteJsonString(p, s); }

}  // namespace riposte::store::internal
