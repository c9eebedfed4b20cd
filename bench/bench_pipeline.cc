// Whole-pipeline throughput in memory (issue 6, point 8), on one core:
//   read -> text::Segment -> text::Analyze -> temporal::Annotate ->
//   actors::Recognizer::Recognize -> events::Coder::Code
// over the documents of a corpus (by default the ingest benchmark corpus,
// bench/corpus), the same chain and order as `riposte code` (src/cli/
// code_cmd.cc, pipeline.cc), without writing anything. Documents stream
// through one at a time: each is read, run through every stage and dropped.
//
// Prints MB/s and sentences/s of the whole chain (wall time, reading
// included), each stage's seconds and share of the total, in wall time and in
// the thread's CPU time (on a shared machine CPU time leaves out waits for a
// core; the clock reads add about 1 us a document), peak RSS, and as proof of equal work the counts of sentences,
// tokens, phrases, clauses, actor mentions, time expressions and events with
// two checksums: one of the text analysis (every token's span, tag and
// lemma, every phrase and clause) and one of the events (span, codes, mode,
// rule). Equal checksums before and after a change: the same output.
//
// Usage: bench_pipeline [--max-mb N] [--analysis-only] [PATH...]
//   N (0 = all) caps the corpus bytes read; --analysis-only stops after
//   Analyze (for profiling the text stage and its checksum).
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "events/events.h"
#include "ingest/ingest.h"
#include "text/text.h"
#include "time/time.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kMiB = 1048576.0;
constexpr double kTargetMbPerS = 5;

double Seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// FNV-1a over bytes, folded into `h`.
uint64_t Fold(uint64_t h, std::string_view bytes) {
  constexpr uint64_t kPrime = 1099511628211ULL;
  for (unsigned char c : bytes) h = (h ^ c) * kPrime;
  return (h ^ 0xff) * kPrime;
}
uint64_t FoldInt(uint64_t h, int64_t v) {
  return Fold(h, std::string_view(reinterpret_cast<const char*>(&v), sizeof v));
}

// Every token (span, tag, lemma), phrase and clause of `doc`.
uint64_t AnalysisChecksum(uint64_t h, const riposte::Document& doc) {
  for (const riposte::Sentence& s : doc.sentences) h = FoldInt(FoldInt(h, s.span.begin), s.span.end);
  for (const riposte::Token& t : doc.tokens) {
    h = FoldInt(FoldInt(FoldInt(h, t.span.begin), t.span.end), t.tag);
    h = Fold(h, t.lemma);
  }
  for (const riposte::Phrase& p : doc.phrases) {
    const int64_t fields[] = {static_cast<int64_t>(p.kind), p.begin, p.end, p.head, p.sentence,
                              p.determiner, p.possessor, p.coordinated, static_cast<int64_t>(p.tense),
                              static_cast<int64_t>(p.voice), p.negated, p.modal, p.infinitive,
                              p.progressive, p.perfect};
    for (int64_t f : fields) h = FoldInt(h, f);
  }
  for (const riposte::Clause& c : doc.clauses) {
    const int64_t fields[] = {static_cast<int64_t>(c.kind), c.begin, c.end, c.sentence, c.parent,
                              c.verb, c.subject, c.speaker, c.cue};
    for (int64_t f : fields) h = FoldInt(h, f);
  }
  return h;
}

uint64_t EventChecksum(uint64_t h, const riposte::events::Event& e) {
  h = FoldInt(FoldInt(h, e.span.begin), e.span.end);
  h = Fold(Fold(Fold(h, e.id), e.cameo), e.rule);
  h = Fold(h, e.source ? e.source->code : "-");
  h = Fold(h, e.target ? e.target->code : "-");
  h = Fold(h, e.date);
  return FoldInt(h, static_cast<int64_t>(e.mode));
}

enum Stage { kRead, kSegment, kAnalyze, kTime, kActors, kEvents, kStages };
constexpr const char* kStageNames[kStages] = {"read", "segment", "analyze", "time", "actors", "events"};

class PipelineSink : public riposte::ingest::Sink {
 public:
  PipelineSink(const riposte::actors::Recognizer* recognizer, const riposte::events::Coder* coder,
               size_t max_bytes)
      : recognizer_(recognizer), coder_(coder), max_bytes_(max_bytes) {}

  void OnDocument(riposte::Document&& doc) override {
    const auto entered = Clock::now();
    stage_s[kRead] += std::chrono::duration<double>(entered - last_left_).count();
    if (Full()) {
      last_left_ = Clock::now();
      return;
    }
    auto t0 = entered;
    double c0 = ThreadCpuSeconds();
    stage_cpu_s[kRead] += c0 - last_left_cpu_;
    auto lap = [&](Stage stage) {
      const auto t1 = Clock::now();
      const double c1 = ThreadCpuSeconds();
      stage_s[stage] += std::chrono::duration<double>(t1 - t0).count();
      stage_cpu_s[stage] += c1 - c0;
      t0 = t1;
      c0 = c1;
    };
    riposte::text::Segment(doc);
    lap(kSegment);
    if (!riposte::text::Analyze(doc).ok()) ++failed;
    lap(kAnalyze);
    if (coder_) {
      riposte::temporal::Annotate(doc);
      lap(kTime);
      const std::string& date = doc.ReportDate();
      recognizer_->Recognize(doc, date);
      lap(kActors);
      const std::string version = riposte::ContentHash(doc.text);
      const std::vector<riposte::events::Event> coded = coder_->Code(doc, version);
      lap(kEvents);
      events += coded.size();
      for (const riposte::events::Event& e : coded) event_sum = EventChecksum(event_sum, e);
      mentions += doc.actors.size();
      times += doc.times.size();
    }
    ++docs;
    bytes += doc.text.size();
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    phrases += doc.phrases.size();
    clauses += doc.clauses.size();
    analysis_sum = AnalysisChecksum(analysis_sum, doc);
    last_left_ = Clock::now();  // the checksums are not timed
    last_left_cpu_ = ThreadCpuSeconds();
  }
  void OnFailure(const riposte::Error&) override { ++failed; }
  void OnWarning(const riposte::Error&) override {}
  bool Full() const { return max_bytes_ > 0 && bytes >= max_bytes_; }
  void Start() {
    last_left_ = Clock::now();
    last_left_cpu_ = ThreadCpuSeconds();
  }
  void Stop() {
    stage_s[kRead] += Seconds(last_left_);
    stage_cpu_s[kRead] += ThreadCpuSeconds() - last_left_cpu_;
  }

  double stage_s[kStages] = {};      // wall time
  double stage_cpu_s[kStages] = {};  // this thread's CPU time
  size_t docs = 0, bytes = 0, sentences = 0, tokens = 0, phrases = 0, clauses = 0;
  size_t mentions = 0, times = 0, events = 0, failed = 0;
  uint64_t analysis_sum = 14695981039346656037ULL, event_sum = 14695981039346656037ULL;

 private:
  const riposte::actors::Recognizer* recognizer_;  // not owned; null with --analysis-only
  const riposte::events::Coder* coder_;            // not owned; null with --analysis-only
  size_t max_bytes_;
  Clock::time_point last_left_ = Clock::now();
  double last_left_cpu_ = 0;
};

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  size_t max_mb = 0;
  bool analysis_only = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--max-mb" && i + 1 < argc) max_mb = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--analysis-only") analysis_only = true;
    else paths.push_back(arg);
  }
  if (paths.empty()) paths.push_back("bench/corpus");

  const auto load0 = Clock::now();
  if (riposte::Status st = riposte::text::LoadModels(); !st.ok()) {
    std::fprintf(stderr, "bench_pipeline: %s\n", st.error().ToString().c_str());
    return 2;
  }
  auto lexicon = riposte::actors::Lexicon::Load(riposte::DataDir());
  auto cameo = riposte::events::CameoTable::Load(riposte::DataDir());
  auto patterns = riposte::events::Patterns::Load(riposte::DataDir());
  for (const riposte::Error* e : {lexicon.ok() ? nullptr : &lexicon.error(), cameo.ok() ? nullptr : &cameo.error(),
                                  patterns.ok() ? nullptr : &patterns.error()}) {
    if (e) {
      std::fprintf(stderr, "bench_pipeline: %s\n", e->ToString().c_str());
      return 2;
    }
  }
  const riposte::actors::Recognizer recognizer(lexicon.value());
  const riposte::events::Coder coder(patterns.value(), cameo.value(), lexicon.value());
  const double load_s = Seconds(load0);
  const long load_rss_kb = PeakRssKb();

  std::vector<riposte::Error> errors;
  riposte::ingest::Options options;  // as `riposte code`: language id and sniffing on
  PipelineSink sink(analysis_only ? nullptr : &recognizer, analysis_only ? nullptr : &coder,
                    max_mb * static_cast<size_t>(kMiB));
  sink.Start();
  for (const std::string& path : riposte::ingest::ExpandInputs(paths, &errors)) {
    if (sink.Full()) break;
    riposte::ingest::ReadPath(path, options, sink);
  }
  sink.Stop();
  if (sink.docs == 0) {
    std::fprintf(stderr, "bench_pipeline: no documents under the given paths (run bench/ingest first)\n");
    return 2;
  }
  double total_s = 0, cpu_s = 0;
  for (double s : sink.stage_s) total_s += s;
  for (double s : sink.stage_cpu_s) cpu_s += s;
  const double mb = sink.bytes / kMiB;
  std::printf("models, lexicons, patterns: loaded in %.2f s (peak RSS %.0f MB)\n", load_s, load_rss_kb / 1024.0);
  std::printf("corpus: %.1f MB of text, %zu documents, %zu sentences, %zu tokens -> %zu phrases, %zu clauses, "
              "%zu actor mentions, %zu time expressions, %zu events\n",
              mb, sink.docs, sink.sentences, sink.tokens, sink.phrases, sink.clauses, sink.mentions, sink.times,
              sink.events);
  std::printf("checksums: analysis %016llx, events %016llx\n", static_cast<unsigned long long>(sink.analysis_sum),
              static_cast<unsigned long long>(sink.event_sum));
  std::printf("%-10s %8s %6s %10s %8s %6s %10s\n", "stage", "wall s", "share", "MB/s", "cpu s", "share",
              "cpu MB/s");
  for (int stage = 0; stage < kStages; ++stage) {
    if (analysis_only && stage > kAnalyze) break;
    const double s = sink.stage_s[stage];
    const double c = sink.stage_cpu_s[stage];
    std::printf("%-10s %8.2f %5.1f%% %10.1f %8.2f %5.1f%% %10.1f\n", kStageNames[stage], s, 100 * s / total_s,
                s > 0 ? mb / s : 0.0, c, 100 * c / cpu_s, c > 0 ? mb / c : 0.0);
  }
  std::printf("%s: %.2f s, %.2f MB/s (cpu %.2f s, %.2f MB/s), %.0f sentences/s, %.0f docs/s, peak RSS %.0f MB\n",
              analysis_only ? "read + segment + analyze" : "whole pipeline", total_s, mb / total_s, cpu_s,
              mb / cpu_s, sink.sentences / total_s, sink.docs / total_s, PeakRssKb() / 1024.0);
  if (!analysis_only) {
    std::printf("target: %.0f MB/s on one core: %s\n", kTargetMbPerS, mb / total_s >= kTargetMbPerS ? "met" : "NOT met");
  }
  return sink.failed ? 2 : 0;
}
