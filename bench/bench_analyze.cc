// Text-analysis throughput: Segment + Analyze (tags, lemmas, phrases,
// clauses) on one core over the documents of a corpus (by default the ingest
// benchmark corpus, bench/corpus). Reading is done first and not timed.
//
// Usage: bench_analyze [PATH...]     (make bench runs it on bench/corpus)
// Prints MB/s, documents/s and tokens/s for Segment alone and for
// Segment + Analyze, with the counts of sentences, tokens, phrases and
// clauses as proof of equal work.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "text/text.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) args.push_back("bench/corpus");
  std::vector<riposte::Error> errors;
  riposte::ingest::Options options;
  options.detect_language = false;
  options.sniff_metadata = false;
  riposte::ingest::CollectingSink sink;
  for (const std::string& path : riposte::ingest::ExpandInputs(args, &errors)) {
    riposte::ingest::ReadPath(path, options, sink);
  }
  if (sink.documents.empty()) {
    std::fprintf(stderr, "bench_analyze: no documents under the given paths (run bench/ingest first)\n");
    return 2;
  }
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "bench_analyze: %s\n", st.error().ToString().c_str());
    return 2;
  }
  size_t bytes = 0;
  for (const auto& d : sink.documents) bytes += d.text.size();
  const double mb = bytes / 1048576.0;
  const double n = static_cast<double>(sink.documents.size());

  auto t0 = std::chrono::steady_clock::now();
  size_t sentences = 0, tokens = 0;
  for (auto& d : sink.documents) {
    riposte::text::Segment(d);
    sentences += d.sentences.size();
    tokens += d.tokens.size();
  }
  auto t1 = std::chrono::steady_clock::now();
  size_t phrases = 0, clauses = 0;
  for (auto& d : sink.documents) {
    if (riposte::Status st = riposte::text::Analyze(d); !st.ok()) return 2;
    phrases += d.phrases.size();
    clauses += d.clauses.size();
  }
  auto t2 = std::chrono::steady_clock::now();
  const double seg = std::chrono::duration<double>(t1 - t0).count();
  const double ana = std::chrono::duration<double>(t2 - t1).count();
  std::printf("corpus: %.1f MB, %zu documents, %zu sentences, %zu tokens\n", mb, sink.documents.size(),
              sentences, tokens);
  std::printf("%-28s %7.2f s %7.1f MB/s %9.0f docs/s %11.0f tokens/s\n", "segment", seg, mb / seg, n / seg,
              tokens / seg);
  std::printf("%-28s %7.2f s %7.1f MB/s %9.0f docs/s %11.0f tokens/s  (%zu phrases, %zu clauses)\n",
              "analyze (after segment)", ana, mb / ana, n / ana, tokens / ana, phrases, clauses);
  std::printf("%-28s %7.2f s %7.1f MB/s\n", "segment + analyze", seg + ana, mb / (seg + ana));
  return 0;
}
