// Segment-stage throughput: Normalize + SplitSentences + Tokenize on
// generated English news text, one core. Built on demand (make bench).
//
// Usage: bench_segment
// Prints MB/s for plain ASCII text, text with typographic quotes and dashes,
// and 10,000 documents of 4 KB (as the pipeline sees them).
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "text/text.h"

namespace riposte::text {
namespace {

std::string MakeCorpus(size_t bytes, bool typographic) {
  const char* const ascii[] = {
      "Azerbaijani police detained seven employees of the Sputnik agency in Baku on Monday, "
      "including its director, the Interior Ministry said. Moscow summoned Ambassador Rahman "
      "Mustafayev and demanded their release. \"We worry about our journalists,\" said a "
      "spokeswoman, Maria Zakharova.\n\n",
      "The crash of flight 8243 on Dec. 25 killed 38 of the 67 people on board. Investigators "
      "in Kazakhstan said the Embraer 190 had been hit by fragments at 8:30 a.m. local time. "
      "Mr. Aliyev demanded an apology, compensation of $1.2 billion and the punishment of those "
      "responsible; the U.S. State Department called for an inquiry.\n\n",
      "TIT-FOR-TAT MEASURES\n\nBaku cancelled cultural events, e.g. concerts and exhibitions, "
      "and closed the Russian House. It's the latest in a series of moves that analysts at "
      "news.az describe as retaliation for the raids of June 27 in Yekaterinburg, where two "
      "brothers died.\n\n",
  };
  const char* const typo[] = {
      "\xE2\x80\x9CWe worry about our journalists,\xE2\x80\x9D said Maria Zakharova \xE2\x80\x94 "
      "Russia\xE2\x80\x99s foreign ministry spokeswoman. Baku\xE2\x80\x99s reply came on July 1.\n\n",
  };
  std::string s;
  s.reserve(bytes + 1024);
  size_t k = 0;
  while (s.size() < bytes) {
    s += ascii[k % std::size(ascii)];
    if (typographic && k % 4 == 3) s += typo[0];
    ++k;
  }
  return s;
}

void Measure(const char* label, const std::string& text) {
  Document doc;
  doc.text = text;
  double best = 1e9;
  for (int round = 0; round < 3; ++round) {
    auto t0 = std::chrono::steady_clock::now();
    Segment(doc);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, s);
  }
  std::printf("%-28s %6.1f MB in %.3f s: %7.1f MB/s, %zu sentences, %zu tokens\n", label,
              text.size() / 1e6, best, text.size() / 1e6 / best, doc.sentences.size(),
              doc.tokens.size());
}

}  // namespace
}  // namespace riposte::text

int main() {
  using namespace riposte::text;  // NOLINT: local to main
  Measure("ASCII news text", MakeCorpus(48u << 20, false));
  Measure("with typographic quotes", MakeCorpus(48u << 20, true));
  std::string one = MakeCorpus(4000, true);
  riposte::Document doc;
  auto t0 = std::chrono::steady_clock::now();
  size_t total = 0;
  for (int i = 0; i < 10000; ++i) {
    doc.text = one;
    Segment(doc);
    total += one.size();
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%-28s %6.1f MB in %.3f s: %7.1f MB/s\n", "10000 documents of 4 KB", total / 1e6, s,
              total / 1e6 / s);
  return 0;
}
