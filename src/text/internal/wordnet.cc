// WordNet loading: reads the four index files and the four exception lists of
// Debian's wordnet-base into one arena string and two open-addressing hash
// tables (see wordnet.h for the layout).
//
// Algorithm: all eight files are checked first (so a missing one fails
// before any work), then read one at a time into a temporary buffer of the
// file's exact size, parsed and dropped, so at most one file (index.noun,
// 4.8 MB) is resident besides the result. Every lemma is inserted once (a
// lemma listed by several indexes gets one slot whose pos_mask collects the
// parts of speech) and every exception line adds (inflected, pos) -> first
// base. The tables are power-of-two sized and double (re-inserting by the
// stored hash) when more than 60% full, so linear probing stays short.
// Hashing is 32-bit FNV-1a; lookups compare the stored hash and length
// before the bytes.
//
// Tested by lemma_test.cc.
#include "text/internal/wordnet.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace riposte::text::internal {
namespace {

constexpr const char* kDefaultWordNetDir = "/usr/share/wordnet";
constexpr const char* kIndexFiles[kWordNetPosCount] = {"index.noun", "index.verb", "index.adj",
                                                       "index.adv"};
constexpr const char* kExceptionFiles[kWordNetPosCount] = {"noun.exc", "verb.exc", "adj.exc",
                                                           "adv.exc"};
constexpr uint32_t kFnvOffset = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;
constexpr uint32_t kPosMix = 0x9E3779B9u;
// Longest lemma or exception string kept; WordNet's longest is under 80.
constexpr size_t kMaxEntryBytes = 0xFFFF;
constexpr size_t kReadChunk = 1 << 16;

uint32_t Hash(std::string_view s) {
  uint32_t h = kFnvOffset;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

uint32_t ExceptionHash(std::string_view s, WordNetPos pos) {
  uint32_t h = Hash(s) ^ ((static_cast<uint32_t>(pos) + 1) * kPosMix);
  h ^= h >> 15;
  h *= kFnvPrime;
  return h;
}

constexpr size_t kInitialLemmaSlots = size_t{1} << 16;
constexpr size_t kInitialExceptionSlots = size_t{1} << 12;

// Returns true iff a table of `slots` slots holding `entries` must grow
// before one more insertion (load factor at most 0.6).
bool MustGrow(size_t entries, size_t slots) { return (entries + 1) * 5 > slots * 3; }

// Doubles an open-addressing table, re-inserting each slot by its hash.
template <typename Slot, typename IsEmpty>
void Grow(std::vector<Slot>* table, IsEmpty is_empty) {
  std::vector<Slot> bigger(table->empty() ? 16 : table->size() * 2);
  const size_t mask = bigger.size() - 1;
  for (const Slot& slot : *table) {
    if (is_empty(slot)) continue;
    size_t i = slot.hash & mask;
    while (!is_empty(bigger[i])) i = (i + 1) & mask;
    bigger[i] = slot;
  }
  table->swap(bigger);
}

// Reads `path` whole into *out.
Status ReadFile(const std::string& path, std::string* out) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return MakeError(ErrorCode::kNotFound,
                       "WordNet file not found (run scripts/install-deps to install "
                       "wordnet-base, or set RIPOSTE_WORDNET_DIR)",
                       path);
    }
    return MakeError(ErrorCode::kIo, std::string("cannot open WordNet file: ") +
                                         std::strerror(errno), path);
  }
  out->clear();
  if (std::fseek(file, 0, SEEK_END) == 0) {
    const long size = std::ftell(file);
    if (size > 0) out->reserve(static_cast<size_t>(size));
    std::rewind(file);
  }
  char buffer[kReadChunk];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out->append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return MakeError(ErrorCode::kIo, "cannot read WordNet file", path);
  return OkStatus();
}

// Fails like ReadFile when `path` cannot be opened.
Status CheckReadable(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    std::string ignored;
    return ReadFile(path, &ignored);  // builds the same error
  }
  std::fclose(file);
  return OkStatus();
}

// Calls fn(line) for every line of `text` without its line ending.
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    begin = end + 1;
  }
}

// The first space-separated field of `line` starting at `from`.
std::string_view Field(std::string_view line, size_t from, size_t* next) {
  while (from < line.size() && line[from] == ' ') ++from;
  size_t end = line.find(' ', from);
  if (end == std::string_view::npos) end = line.size();
  *next = end;
  return line.substr(from, end - from);
}

}  // namespace

const WordNet::LemmaSlot* WordNet::FindLemma(std::string_view lemma) const {
  if (lemma.empty() || lemma.size() > kMaxEntryBytes || lemmas_.empty()) return nullptr;
  const uint32_t hash = Hash(lemma);
  const size_t mask = lemmas_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const LemmaSlot& slot = lemmas_[i];
    if (slot.length == 0) return nullptr;
    if (slot.hash == hash && slot.length == lemma.size() &&
        std::memcmp(arena_.data() + slot.offset, lemma.data(), lemma.size()) == 0) {
      return &slot;
    }
  }
}

bool WordNet::Contains(std::string_view lemma, WordNetPos pos) const {
  const LemmaSlot* slot = FindLemma(lemma);
  return slot && (slot->pos_mask & (1u << static_cast<unsigned>(pos)));
}

bool WordNet::ContainsAny(std::string_view lemma) const { return FindLemma(lemma) != nullptr; }

std::string_view WordNet::Exception(std::string_view inflected, WordNetPos pos) const {
  if (inflected.empty() || inflected.size() > kMaxEntryBytes || exceptions_.empty()) return {};
  const uint32_t hash = ExceptionHash(inflected, pos);
  const size_t mask = exceptions_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const ExceptionSlot& slot = exceptions_[i];
    if (slot.key_length == 0) return {};
    if (slot.hash == hash && slot.key_length == inflected.size() &&
        slot.pos == static_cast<uint8_t>(pos) &&
        std::memcmp(arena_.data() + slot.key_offset, inflected.data(), inflected.size()) == 0) {
      return ArenaView(slot.base_offset, slot.base_length);
    }
  }
}

void WordNet::AddLemma(std::string_view lemma, WordNetPos pos) {
  if (lemma.empty() || lemma.size() > kMaxEntryBytes) return;
  if (MustGrow(lemma_count_, lemmas_.size())) {
    Grow(&lemmas_, [](const LemmaSlot& slot) { return slot.length == 0; });
  }
  const uint32_t hash = Hash(lemma);
  const size_t mask = lemmas_.size() - 1;
  size_t i = hash & mask;
  for (;; i = (i + 1) & mask) {
    LemmaSlot& slot = lemmas_[i];
    if (slot.length == 0) break;
    if (slot.hash == hash && slot.length == lemma.size() &&
        std::memcmp(arena_.data() + slot.offset, lemma.data(), lemma.size()) == 0) {
      slot.pos_mask |= static_cast<uint8_t>(1u << static_cast<unsigned>(pos));
      return;
    }
  }
  LemmaSlot& slot = lemmas_[i];
  slot.hash = hash;
  slot.offset = static_cast<uint32_t>(arena_.size());
  slot.length = static_cast<uint16_t>(lemma.size());
  slot.pos_mask = static_cast<uint8_t>(1u << static_cast<unsigned>(pos));
  arena_.append(lemma);
  ++lemma_count_;
}

void WordNet::AddException(std::string_view inflected, std::string_view base, WordNetPos pos) {
  if (inflected.empty() || base.empty() || inflected.size() > kMaxEntryBytes ||
      base.size() > kMaxEntryBytes) {
    return;
  }
  if (MustGrow(exception_count_, exceptions_.size())) {
    Grow(&exceptions_, [](const ExceptionSlot& slot) { return slot.key_length == 0; });
  }
  const uint32_t hash = ExceptionHash(inflected, pos);
  const size_t mask = exceptions_.size() - 1;
  size_t i = hash & mask;
  for (;; i = (i + 1) & mask) {
    const ExceptionSlot& slot = exceptions_[i];
    if (slot.key_length == 0) break;
    if (slot.hash == hash && slot.key_length == inflected.size() &&
        slot.pos == static_cast<uint8_t>(pos) &&
        std::memcmp(arena_.data() + slot.key_offset, inflected.data(), inflected.size()) == 0) {
      return;  // keep the first line for a form
    }
  }
  ExceptionSlot& slot = exceptions_[i];
  slot.hash = hash;
  slot.pos = static_cast<uint8_t>(pos);
  slot.key_offset = static_cast<uint32_t>(arena_.size());
  slot.key_length = static_cast<uint16_t>(inflected.size());
  arena_.append(inflected);
  slot.base_offset = static_cast<uint32_t>(arena_.size());
  slot.base_length = static_cast<uint16_t>(base.size());
  arena_.append(base);
  ++exception_count_;
}

size_t WordNet::MemoryBytes() const {
  return arena_.capacity() + lemmas_.capacity() * sizeof(LemmaSlot) +
         exceptions_.capacity() * sizeof(ExceptionSlot);
}

std::string WordNetDir() {
  const char* env = std::getenv("RIPOSTE_WORDNET_DIR");
  if (env && *env) return env;
  return kDefaultWordNetDir;
}

Result<std::unique_ptr<WordNet>> LoadWordNet(std::string_view dir) {
  std::string base_dir(dir);
  if (!base_dir.empty() && base_dir.back() != '/') base_dir.push_back('/');

  for (int pos = 0; pos < kWordNetPosCount; ++pos) {
    for (const char* name : {kIndexFiles[pos], kExceptionFiles[pos]}) {
      if (Status st = CheckReadable(base_dir + name); !st.ok()) return st.error();
    }
  }

  auto wordnet = std::make_unique<WordNet>();
  wordnet->lemmas_.resize(kInitialLemmaSlots);
  wordnet->exceptions_.resize(kInitialExceptionSlots);
  std::string text;  // one file at a time
  for (int pos = 0; pos < kWordNetPosCount; ++pos) {
    const WordNetPos wn_pos = static_cast<WordNetPos>(pos);
    const std::string index_path = base_dir + kIndexFiles[pos];
    if (Status st = ReadFile(index_path, &text); !st.ok()) return st.error();
    size_t listed = 0;
    ForEachLine(text, [&](std::string_view line) {
      if (line.empty() || line[0] == ' ') return;  // licence header
      size_t next = 0;
      wordnet->AddLemma(Field(line, 0, &next), wn_pos);
      ++listed;
    });
    if (listed == 0) {
      return MakeError(ErrorCode::kMalformed, "WordNet index lists no lemma", index_path);
    }
    if (Status st = ReadFile(base_dir + kExceptionFiles[pos], &text); !st.ok()) {
      return st.error();
    }
    ForEachLine(text, [&](std::string_view line) {
      size_t next = 0;
      const std::string_view inflected = Field(line, 0, &next);
      const std::string_view base = Field(line, next, &next);
      wordnet->AddException(inflected, base, wn_pos);
    });
  }
  wordnet->arena_.shrink_to_fit();
  return wordnet;
}

}  // namespace riposte::text::internal
