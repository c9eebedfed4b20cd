// Time-stage speed (issue 5), on one core: recognition throughput over a
// corpus (by default the ingest benchmark corpus, bench/corpus). Documents
// stream through as in the pipeline, each read, segmented and analysed (not
// timed); then temporal::Recognize is timed against the document's date.
// Prints MB/s and the expressions found (and how many got a value) as proof
// of equal work; the target is 30 MB/s. Date inference (run only for
// documents without a date) is timed apart, over the documents without a
// date.
//
// Usage: bench_time [--max-mb N] [PATH...]
//   N (0 = all) caps the corpus bytes read, since analysis (not timed)
//   dominates the run time.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "text/text.h"
#include "time/time.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kTargetMbPerS = 30;
constexpr double kMiB = 1048576.0;

double Seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

// Analyses each document as it is read, then times Recognize (and, for a
// document without a date, InferDocumentDate).
class TimingSink : public riposte::ingest::Sink {
 public:
  explicit TimingSink(size_t max_bytes) : max_bytes_(max_bytes) {}
  void OnDocument(riposte::Document&& doc) override {
    if (Full()) return;
    riposte::text::Segment(doc);
    if (!riposte::text::Analyze(doc).ok()) {
      ++failed;
      return;
    }
    auto t0 = Clock::now();
    riposte::temporal::Recognize(doc);
    recognize_s += Seconds(t0);
    expressions += doc.times.size();
    for (const riposte::TimeExpression& t : doc.times) normalised += !t.value.empty();
    if (doc.date.empty()) {
      t0 = Clock::now();
      inferred += riposte::temporal::InferDocumentDate(doc);
      infer_s += Seconds(t0);
      ++undated;
    }
    ++docs;
    bytes += doc.text.size();
  }
  void OnFailure(const riposte::Error&) override {}
  void OnWarning(const riposte::Error&) override {}
  bool Full() const { return max_bytes_ > 0 && bytes >= max_bytes_; }

  double recognize_s = 0, infer_s = 0;
  size_t docs = 0, bytes = 0, failed = 0, expressions = 0, normalised = 0, undated = 0, inferred = 0;

 private:
  size_t max_bytes_;  // 0 = no cap
};

}  // namespace

int main(int argc, char** argv) {
  size_t max_mb = 0;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--max-mb" && i + 1 < argc) max_mb = std::strtoul(argv[++i], nullptr, 10);
    else paths.push_back(arg);
  }
  if (paths.empty()) paths.push_back("bench/corpus");
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "bench_time: %s\n", st.error().ToString().c_str());
    return 2;
  }
  std::vector<riposte::Error> errors;
  riposte::ingest::Options options;
  options.detect_language = false;
  TimingSink sink(max_mb * static_cast<size_t>(kMiB));
  for (const std::string& path : riposte::ingest::ExpandInputs(paths, &errors)) {
    if (sink.Full()) break;
    riposte::ingest::ReadPath(path, options, sink);
  }
  if (sink.docs == 0) {
    std::fprintf(stderr, "bench_time: no documents under the given paths (run bench/ingest first)\n");
    return 2;
  }
  const double mb = sink.bytes / kMiB;
  std::printf("corpus: %.1f MB, %zu documents (segmented and analysed, not timed)\n", mb, sink.docs);
  const double rate = sink.recognize_s > 0 ? mb / sink.recognize_s : 0;
  std::printf("%-24s %7.2f s %8.1f MB/s %9.0f docs/s  %zu expressions, %zu with a value\n", "recognize",
              sink.recognize_s, rate, sink.recognize_s > 0 ? sink.docs / sink.recognize_s : 0.0, sink.expressions,
              sink.normalised);
  std::printf("%-24s %7.2f s over %zu documents without a date, %zu inferred\n", "infer document date",
              sink.infer_s, sink.undated, sink.inferred);
  std::printf("target: %.0f MB/s for recognition: %s\n", kTargetMbPerS, rate >= kTargetMbPerS ? "met" : "NOT met");
  return sink.failed ? 2 : 0;
}
