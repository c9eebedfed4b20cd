# Riposte front door. Every target installs what it needs first
# (scripts/install-deps is idempotent and quick when all is there).
#
#   make demo    install deps, build, ingest the demo corpus, print a summary, write a report
#   make test    install deps, build release + sanitizer builds, run every test
#   make build   release build only: build/riposte
#   make bench   throughput benchmarks (bench/)
#   make eval    accuracy against gold data
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan
DEMO_DIR ?= $(BUILD)/demo

.PHONY: all deps build build-asan test test-quick demo bench eval clean

all: build

deps:
	@bash scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null

$(ASAN_BUILD)/build.ninja:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRIPOSTE_SANITIZE=ON \
	  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

build-asan: deps $(ASAN_BUILD)/build.ninja
	cmake --build $(ASAN_BUILD) -j $(JOBS)

# Unit tests under ASan+UBSan first, then everything on the release build;
# the last line printed is ctest's summary.
test: build build-asan
	@echo "== unit tests, sanitizer build (ASan + UBSan) =="
	ASAN_OPTIONS=detect_leaks=1 ctest --test-dir $(ASAN_BUILD) -L unit -j $(JOBS) --output-on-failure --no-label-summary
	@echo "== all tests, release build =="
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure --no-label-summary

test-quick: build
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure --no-label-summary

demo: build
	@bash scripts/demo $(BUILD)/riposte $(DEMO_DIR)

bench: build
	cmake --build $(BUILD) --target bench_segment >/dev/null
	@echo "== segment stage, one core (bench/bench_segment.cc) =="
	@$(BUILD)/bench_segment
	@echo "== ingest: read + segment + store (bench/ingest) =="
	@bash bench/ingest $(BUILD)/riposte
	cmake --build $(BUILD) --target bench_analyze >/dev/null
	@echo "== text analysis, one core, over the ingest corpus (bench/bench_analyze.cc) =="
	@$(BUILD)/bench_analyze bench/corpus
	cmake --build $(BUILD) --target bench_actors >/dev/null
	@echo "== actors: dictionary load + recognition, one core (bench/bench_actors.cc) =="
	@$(BUILD)/bench_actors bench/corpus
	cmake --build $(BUILD) --target bench_time >/dev/null
	@echo "== time: expression recognition, one core (bench/bench_time.cc) =="
	@$(BUILD)/bench_time bench/corpus
	cmake --build $(BUILD) --target bench_pipeline >/dev/null
	@echo "== whole pipeline in memory: read to events, one core (bench/bench_pipeline.cc) =="
	@$(BUILD)/bench_pipeline bench/corpus
	cmake --build $(BUILD) --target bench_reconcile >/dev/null
	@echo "== reconcile: 100,000 and 1,000,000 generated mentions, few dyads dominant, one core (bench/bench_reconcile.cc) =="
	@$(BUILD)/bench_reconcile 100000 1000000

eval: build
	@bash scripts/eval $(BUILD)/riposte

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
