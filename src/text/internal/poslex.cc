// Loads festlex-poslex's tagged lexicon and tag trigram (see poslex.h).
//
// The lexicon's words go into a flat hash table (word_table.h): a lookup is
// one hash of a string_view and a probe or two, no allocation.
//
// The trigram file is Edinburgh Speech Tools' "NgramBin_2" format, decoded
// from its bytes:
//   "NgramBin_2 <order>\n" "<vocabulary>\n" "<predicted vocabulary>\n"
// then big-endian IEEE doubles: for every state (t1, t2), t1 most
// significant, the (smoothed) count of each next tag t3, run-length coded: a
// negative value -k means "the previous value, k copies in all" (so k - 1
// more). 38 tags, 38^3 counts. We interpolate the trigram with the bigram
// and unigram obtained by summing the counts:
//   P(t3 | t1 t2) = 0.75 P3 + 0.22 P2 + 0.03 P1.
// Sentence boundaries are festival's "punc" context.
//
// Tested by tagger_test.cc.
#include "text/internal/poslex.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace riposte::text::internal {
namespace {

constexpr double kLambda3 = 0.75;
constexpr double kLambda2 = 0.22;
constexpr double kLambda1 = 0.03;

Error Missing(const std::string& path) {
  return MakeError(ErrorCode::kNotFound,
                   "part-of-speech data missing (festlex-poslex; run scripts/install-deps, "
                   "or set $RIPOSTE_POSLEX_DIR)",
                   path);
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return true;
}

std::vector<std::string> SplitSpaces(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    if (j > i) out.emplace_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

double BigEndianDouble(const unsigned char* p) {
  uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits = (bits << 8) | p[i];
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace

int PosLex::TagIndex(std::string_view name) const {
  for (int t = 0; t < num_tags_; ++t) {
    if (tag_names_[t] == name) return t;
  }
  return -1;
}

Result<std::unique_ptr<PosLex>> PosLex::Load(const std::string& dir) {
  auto lex = std::make_unique<PosLex>();
  Status st = lex->ReadNgram(dir + "/wsj.wp39.tri.ngrambin");
  if (!st.ok()) return st.error();
  st = lex->ReadLexicon(dir + "/wsj.wp39.poslexR");
  if (!st.ok()) return st.error();
  return lex;
}

Status PosLex::ReadNgram(const std::string& path) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return Missing(path);
  auto bad = [&](const char* why) {
    return Status(MakeError(ErrorCode::kMalformed, std::string("bad trigram file: ") + why, path));
  };
  size_t l1 = bytes.find('\n');
  size_t l2 = l1 == std::string::npos ? l1 : bytes.find('\n', l1 + 1);
  size_t l3 = l2 == std::string::npos ? l2 : bytes.find('\n', l2 + 1);
  if (l3 == std::string::npos) return bad("no header");
  std::string_view data(bytes);
  if (data.substr(0, l1) != "NgramBin_2 3") return bad("not an order-3 NgramBin_2");
  tag_names_ = SplitSpaces(data.substr(l1 + 1, l2 - l1 - 1));
  if (SplitSpaces(data.substr(l2 + 1, l3 - l2 - 1)) != tag_names_) return bad("vocabularies differ");
  num_tags_ = static_cast<int>(tag_names_.size());
  if (num_tags_ < 2 || num_tags_ > 250) return bad("vocabulary size");
  const size_t n = static_cast<size_t>(num_tags_);
  const size_t total = n * n * n;
  std::vector<double> counts;
  counts.reserve(total);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + l3 + 1;
  const auto* end = reinterpret_cast<const unsigned char*>(bytes.data()) + bytes.size();
  double last = -1;
  for (; p + 8 <= end; p += 8) {
    const double v = BigEndianDouble(p);
    if (!std::isfinite(v)) return bad("not a number");
    if (v >= 0) {
      counts.push_back(v);
      last = v;
      continue;
    }
    if (last < 0 || v < -static_cast<double>(total)) return bad("bad run length");
    for (int k = static_cast<int>(-v); k > 1; --k) counts.push_back(last);
    if (counts.size() > total) return bad("too many counts");
  }
  if (counts.size() != total) return bad("wrong number of counts");

  std::vector<double> bigram(n * n, 0.0), unigram(n, 0.0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      for (size_t c = 0; c < n; ++c) {
        const double x = counts[(a * n + b) * n + c];
        bigram[b * n + c] += x;
        unigram[c] += x;
      }
    }
  }
  double all = 0;
  for (double u : unigram) all += u;
  prior_.resize(n);
  for (size_t c = 0; c < n; ++c) prior_[c] = static_cast<float>(std::log(unigram[c] / all + 1e-9));
  trans_.resize(total);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      double tri_sum = 0, bi_sum = 0;
      for (size_t c = 0; c < n; ++c) {
        tri_sum += counts[(a * n + b) * n + c];
        bi_sum += bigram[b * n + c];
      }
      for (size_t c = 0; c < n; ++c) {
        const double p3 = tri_sum > 0 ? counts[(a * n + b) * n + c] / tri_sum : 0;
        const double p2 = bi_sum > 0 ? bigram[b * n + c] / bi_sum : 0;
        const double p1 = unigram[c] / all;
        trans_[(a * n + b) * n + c] =
            static_cast<float>(std::log(kLambda3 * p3 + kLambda2 * p2 + kLambda1 * p1 + 1e-9));
      }
    }
  }
  return OkStatus();
}

// Lines: ("word" ((tag logp) (tag logp) ) () ). The first line is "MNCL".
Status PosLex::ReadLexicon(const std::string& path) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return Missing(path);
  const std::string_view data(bytes);
  tags_.reserve(60000);
  size_t pos = 0;
  int line_no = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    const std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (line.size() < 4 || line.substr(0, 2) != "(\"") continue;
    const size_t q = line.find("\" ", 2);
    if (q == std::string_view::npos) {
      return MakeError(ErrorCode::kMalformed, "bad lexicon line",
                       path + ":" + std::to_string(line_no));
    }
    const std::string_view word = line.substr(2, q - 2);
    LexEntry entry{static_cast<uint32_t>(tags_.size()), 0};
    size_t i = q + 1;
    // Pairs "(tag logp)" inside the outer list; stop at its "()" tail.
    while (true) {
      const size_t open = line.find('(', i);
      if (open == std::string_view::npos) break;
      size_t name_start = open + 1;
      if (name_start < line.size() && line[name_start] == '(') ++name_start;
      if (name_start < line.size() && line[name_start] == ')') break;  // "()"
      const size_t space = line.find(' ', name_start);
      const size_t close = line.find(')', name_start);
      if (space == std::string_view::npos || close == std::string_view::npos || close < space) break;
      const std::string_view tag = line.substr(name_start, space - name_start);
      const std::string number(line.substr(space + 1, close - space - 1));
      const int t = TagIndex(tag);
      // "1" and "2" are ambiguity classes, not tags.
      if (t >= 0 && tag != "1" && tag != "2" && entry.count < kMaxCandidates) {
        tags_.push_back(LexTag{static_cast<uint8_t>(t), std::strtof(number.c_str(), nullptr)});
        ++entry.count;
      }
      i = close + 1;
      if (i < line.size() && line[i] == ' ' && i + 1 < line.size() && line[i + 1] == ')') break;
    }
    if (entry.count > 0 && words_.Find(word) == WordTable::kMissing) {
      if (entry.first >= (1u << (32 - kCountBits)) - 1) {
        return MakeError(ErrorCode::kMalformed, "lexicon too large", path);
      }
      words_.Insert(word, entry.first << kCountBits | entry.count);
    }
  }
  if (words_.size() == 0) return MakeError(ErrorCode::kMalformed, "empty lexicon", path);
  return OkStatus();
}

}  // namespace riposte::text::internal
