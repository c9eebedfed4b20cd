// Actors-stage speed (issue 4, point 7), on one core:
//   1. load time of our lexicon (data/actors), and of our lexicon plus the
//      PETRARCH/Phoenix dictionaries (Phoenix.*.actors.txt and
//      Phoenix.agents.txt, when present), each with the Recognizer's
//      construction (compiling the matcher) timed apart;
//   2. recognition throughput over a corpus (by default the ingest benchmark
//      corpus, bench/corpus): documents stream through as in the pipeline,
//      each read, segmented and analysed (not timed), then Recognize is timed
//      with each of the two lexicons. Prints MB/s (wall time; the thread's
//      CPU time beside it, which leaves out waits for a core on a shared
//      machine) and, as proof of equal work, the mentions found, how many
//      got a code, and a checksum of every mention's span, code and rule
//      (equal checksums: the same output). The target is 50 MB/s with every
//      dictionary loaded.
//
// Usage: bench_actors [--dicts DIR] [--max-mb N] [PATH...]
//   DIR defaults to ../shared/petrarch2/dictionaries; N (0 = all) caps the
//   corpus bytes read, since analysis (not timed) dominates the run time.
#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kTargetMbPerS = 50;
constexpr double kMiB = 1048576.0;
constexpr const char* kDictionaries[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                         "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"};

double Seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

// CPU time of this thread: on a shared machine it leaves out the time the
// thread waited for a core (wall time is the number that counts).
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Timed {
  double seconds = 0;
  double cpu_seconds = 0;
  size_t mentions = 0, resolved = 0;
  uint64_t checksum = 0;  // of every mention's span, code and rule: equal work
};

// FNV-1a, folded into `h`.
uint64_t Fold(uint64_t h, std::string_view bytes) {
  constexpr uint64_t kPrime = 1099511628211ULL;
  for (unsigned char c : bytes) h = (h ^ c) * kPrime;
  return (h ^ 0xff) * kPrime;
}

// Analyses each document as it is read, then times Recognize per recognizer.
class TimingSink : public riposte::ingest::Sink {
 public:
  TimingSink(std::vector<const riposte::actors::Recognizer*> recognizers, size_t max_bytes)
      : recognizers_(std::move(recognizers)), timed(recognizers_.size()), max_bytes_(max_bytes) {}
  void OnDocument(riposte::Document&& doc) override {
    if (Full()) return;
    riposte::text::Segment(doc);
    if (!riposte::text::Analyze(doc).ok()) {
      ++failed;
      return;
    }
    for (size_t i = 0; i < recognizers_.size(); ++i) {
      const double cpu0 = ThreadCpuSeconds();
      const auto t0 = Clock::now();
      recognizers_[i]->Recognize(doc);
      timed[i].seconds += Seconds(t0);
      timed[i].cpu_seconds += ThreadCpuSeconds() - cpu0;
      timed[i].mentions += doc.actors.size();
      for (const riposte::ActorMention& m : doc.actors) {
        timed[i].resolved += !m.code.empty();
        const uint32_t offsets[] = {m.span.begin, m.span.end};
        uint64_t h = Fold(timed[i].checksum, std::string_view(reinterpret_cast<const char*>(offsets), sizeof offsets));
        timed[i].checksum = Fold(Fold(h, m.code), m.rule);
      }
    }
    ++docs;
    bytes += doc.text.size();
  }
  void OnFailure(const riposte::Error&) override {}
  void OnWarning(const riposte::Error&) override {}
  bool Full() const { return max_bytes_ > 0 && bytes >= max_bytes_; }

 private:
  std::vector<const riposte::actors::Recognizer*> recognizers_;  // not owned

 public:
  std::vector<Timed> timed;  // one per recognizer, in order
  size_t docs = 0, bytes = 0, failed = 0;

 private:
  size_t max_bytes_;  // 0 = no cap
};

}  // namespace

int main(int argc, char** argv) {
  std::string dict_dir = "../shared/petrarch2/dictionaries";
  size_t max_mb = 0;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--dicts" && i + 1 < argc) dict_dir = argv[++i];
    else if (arg == "--max-mb" && i + 1 < argc) max_mb = std::strtoul(argv[++i], nullptr, 10);
    else paths.push_back(arg);
  }
  if (paths.empty()) paths.push_back("bench/corpus");
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "bench_actors: %s\n", st.error().ToString().c_str());
    return 2;
  }

  // 1. Load times.
  auto t0 = Clock::now();
  auto ours = riposte::actors::Lexicon::Load(riposte::DataDir());
  const double ours_load_s = Seconds(t0);
  if (!ours.ok()) {
    std::fprintf(stderr, "bench_actors: %s\n", ours.error().ToString().c_str());
    return 2;
  }
  t0 = Clock::now();
  const riposte::actors::Recognizer ours_recognizer(ours.value());
  const double ours_compile_s = Seconds(t0);
  std::printf("our lexicon: %zu entries: load %.1f ms, recognizer build %.1f ms\n", ours.value().entries().size(),
              1000 * ours_load_s, 1000 * ours_compile_s);

  t0 = Clock::now();
  auto all = riposte::actors::Lexicon::Load(riposte::DataDir());
  if (!all.ok()) return 2;
  size_t dictionaries = 0, added = 0;
  for (const char* name : kDictionaries) {
    const std::string path = dict_dir + "/" + name;
    if (!std::filesystem::exists(path)) continue;
    auto n = all.value().AddPetrarchDictionary(path);
    if (!n.ok()) {
      std::printf("  %s: %s\n", name, n.error().ToString().c_str());
      continue;
    }
    ++dictionaries;
    added += n.value();
  }
  const double all_load_s = Seconds(t0);
  t0 = Clock::now();
  const riposte::actors::Recognizer all_recognizer(all.value());
  const double all_compile_s = Seconds(t0);
  std::printf("our lexicon + %zu Phoenix dictionaries (%s): %zu entries (+%zu, %zu lines rejected): "
              "load %.1f ms, recognizer build %.1f ms\n",
              dictionaries, dict_dir.c_str(), all.value().entries().size(), added, all.value().rejected().size(),
              1000 * all_load_s, 1000 * all_compile_s);

  // 2. Throughput.
  std::vector<riposte::Error> errors;
  riposte::ingest::Options options;
  options.detect_language = false;
  options.sniff_metadata = false;
  TimingSink sink({&ours_recognizer, &all_recognizer}, max_mb * static_cast<size_t>(kMiB));
  for (const std::string& path : riposte::ingest::ExpandInputs(paths, &errors)) {
    if (sink.Full()) break;
    riposte::ingest::ReadPath(path, options, sink);
  }
  if (sink.docs == 0) {
    std::fprintf(stderr, "bench_actors: no documents under the given paths (run bench/ingest first)\n");
    return 2;
  }
  const double mb = sink.bytes / kMiB;
  std::printf("corpus: %.1f MB, %zu documents (segmented and analysed, not timed)\n", mb, sink.docs);
  const char* names[] = {"recognize, our lexicon", "recognize, + Phoenix"};
  for (size_t i = 0; i < sink.timed.size(); ++i) {
    const Timed& t = sink.timed[i];
    std::printf("%-24s %7.2f s %8.1f MB/s (cpu %5.1f) %9.0f docs/s  %zu mentions, %zu with a code, "
                "checksum %016llx\n",
                names[i], t.seconds, t.seconds > 0 ? mb / t.seconds : 0.0, t.cpu_seconds > 0 ? mb / t.cpu_seconds : 0.0,
                t.seconds > 0 ? sink.docs / t.seconds : 0.0, t.mentions, t.resolved,
                static_cast<unsigned long long>(t.checksum));
  }
  const double full = sink.timed.back().seconds > 0 ? mb / sink.timed.back().seconds : 0;
  std::printf("target: %.0f MB/s with every dictionary loaded: %s\n", kTargetMbPerS,
              full >= kTargetMbPerS ? "met" : "NOT met");
  return sink.failed ? 2 : 0;
}
