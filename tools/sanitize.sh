#!/usr/bin/env bash
# The sanitizer stage: builds everything with clang, AddressSanitizer + UndefinedBehaviorSanitizer and the
# libFuzzer targets into ${CANDOR_SANITIZE_BUILD:-build-sanitize}, runs the test suite under the sanitizers, then
# every fuzz target for ${CANDOR_FUZZ_SECONDS:-60} s on its generated seeds. tools/test.sh runs it after the
# normal build and tests; on its own: tools/sanitize.sh [extra cmake arguments].
#   CANDOR_SANITIZE_TESTS=all|no-torch   which tests run (default all; no-torch: those that do not link libtorch)
#   CANDOR_FUZZ_SECONDS=0                 skips the fuzz targets
set -euo pipefail
cd "$(dirname "$0")/.."
build="${CANDOR_SANITIZE_BUILD:-build-sanitize}"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# -O1 and line tables: usable stack traces at a fraction of a debug build's size and link time. No NDEBUG: assert()
# stays on.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCANDOR_FUZZ=ON "${launcher[@]}" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"

# shellcheck source=tools/sanitizer/env.sh
source tools/sanitizer/env.sh
# test_retrainloop is the one test left out: it asserts the window stays responsive while a real training runs
# (no 100 ms gap between timer ticks, the training done within 180 s), a speed a sanitizer build does not have
# (629 ms gaps and 188 s measured). Its window-driven train / retrain / predict loop is therefore not run under
# the sanitizers; the jobs it drives are (test_textjobs, test_samplethreadtask, test_mememapservice).
exclude=(-E '^test_retrainloop$')
if [ "${CANDOR_SANITIZE_TESTS:-all}" = no-torch ]; then
  exclude+=(-LE torch)
fi
(cd "$build" && ctest --output-on-failure -j"$(nproc)" "${exclude[@]}")
tools/fuzz.sh "$build" "${CANDOR_FUZZ_SECONDS:-60}"
