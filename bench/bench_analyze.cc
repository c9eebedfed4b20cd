// Text-analysis throughput: Segment + Analyze (tags, lemmas, phrases,
// clauses) on one core over the documents of a corpus (by default the ingest
// benchmark corpus, bench/corpus). Documents stream through as in the
// pipeline: each is read, segmented, analysed and dropped; only Segment and
// Analyze are timed (per document, summed), reading is not.
//
// Usage: bench_analyze [PATH...]     (make bench runs it on bench/corpus)
// Prints MB/s, documents/s and tokens/s for Segment and for Analyze, with
// the counts of sentences, tokens, phrases and clauses as proof of equal work.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "text/text.h"

namespace {

using Clock = std::chrono::steady_clock;

// Segments and analyses each document as it is read.
class TimingSink : public riposte::ingest::Sink {
 public:
  void OnDocument(riposte::Document&& doc) override {
    const auto t0 = Clock::now();
    riposte::text::Segment(doc);
    const auto t1 = Clock::now();
    if (!riposte::text::Analyze(doc).ok()) ++failed;
    const auto t2 = Clock::now();
    segment_s += std::chrono::duration<double>(t1 - t0).count();
    analyze_s += std::chrono::duration<double>(t2 - t1).count();
    ++docs;
    bytes += doc.text.size();
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    phrases += doc.phrases.size();
    clauses += doc.clauses.size();
  }
  void OnFailure(const riposte::Error&) override {}
  void OnWarning(const riposte::Error&) override {}

  double segment_s = 0, analyze_s = 0;
  size_t docs = 0, bytes = 0, sentences = 0, tokens = 0, phrases = 0, clauses = 0, failed = 0;
};

void Row(const char* name, double s, double mb, size_t docs, size_t tokens) {
  std::printf("%-22s %7.2f s %7.1f MB/s %9.0f docs/s %11.0f tokens/s\n", name, s, mb / s, docs / s,
              tokens / s);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) args.push_back("bench/corpus");
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "bench_analyze: %s\n", st.error().ToString().c_str());
    return 2;
  }
  std::vector<riposte::Error> errors;
  riposte::ingest::Options options;
  options.detect_language = false;
  options.sniff_metadata = false;
  TimingSink sink;
  for (const std::string& path : riposte::ingest::ExpandInputs(args, &errors)) {
    riposte::ingest::ReadPath(path, options, sink);
  }
  if (sink.docs == 0) {
    std::fprintf(stderr, "bench_analyze: no documents under the given paths (run bench/ingest first)\n");
    return 2;
  }
  const double mb = sink.bytes / 1048576.0;
  std::printf("corpus: %.1f MB, %zu documents, %zu sentences, %zu tokens -> %zu phrases, %zu clauses\n",
              mb, sink.docs, sink.sentences, sink.tokens, sink.phrases, sink.clauses);
  Row("segment", sink.segment_s, mb, sink.docs, sink.tokens);
  Row("analyze", sink.analyze_s, mb, sink.docs, sink.tokens);
  Row("segment + analyze", sink.segment_s + sink.analyze_s, mb, sink.docs, sink.tokens);
  return sink.failed ? 2 : 0;
}
