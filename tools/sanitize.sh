#!/usr/bin/env bash
# The sanitizer stage: a clang build with AddressSanitizer + UndefinedBehaviorSanitizer and the libFuzzer targets
# into ${CANDOR_SANITIZE_BUILD:-build-sanitize}, the test suite under the sanitizers, then the fuzz targets for
# ${CANDOR_FUZZ_SECONDS:-60} s each on seeds generated from the project's fixtures.
#   tools/sanitize.sh [--scope importers|all] [extra cmake arguments]
#   --scope importers   (what tools/test.sh runs) builds and runs core (store, importers, exporters, images,
#                       metrics) and its tests (label 'core', none linking libtorch), and the importer and image
#                       fuzz targets. On 2 cores a sanitized build of the rest (engine, jobs, widgets, GUI) takes
#                       over an hour, more than CI has beside the normal build.
#   --scope all         (the default here) everything, every test but one, every fuzz target.
#   CANDOR_FUZZ_SECONDS=0   skips the fuzz targets
set -euo pipefail
cd "$(dirname "$0")/.."
scope=all
if [ "${1:-}" = --scope ]; then scope="${2:?--scope importers|all}"; shift 2; fi
case "$scope" in importers|all) ;; *) echo "tools/sanitize.sh: unknown scope '$scope' (importers or all)" >&2; exit 2;; esac
build="${CANDOR_SANITIZE_BUILD:-build-sanitize}"
# The real datasets (../shared) are read by the normal build's tests; under ASan one real-dataset test takes more
# than its 300 s, so the importer scope's tests see none and skip those cases (the fuzz targets cover the parsers).
shared="$(cd .. && pwd)/shared"
if [ "$scope" = importers ]; then shared="$(pwd)/no-shared-data-for-sanitizer-stage"; fi
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# -O1 and line tables: usable stack traces at a fraction of a debug build's size and link time. No NDEBUG: assert()
# stays on.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCANDOR_FUZZ=ON -DCANDOR_SHARED_DIR="$shared" "${launcher[@]}" "$@" >/dev/null

# test_retrainloop drives a real training through the window; under the sanitizers it takes minutes and what it
# drives is covered by the jobs' own tests (test_textjobs, test_samplethreadtask, test_mememapservice).
exclude=(-E '^test_retrainloop$')
if [ "$scope" = importers ]; then
  exclude+=(-L core -LE 'torch|package')
  mapfile -t tests < <(cd "$build" && ctest -N "${exclude[@]}" | sed -n 's/^ *Test *#[0-9]*: *//p')
  declare -A known=()
  while read -r t; do known["$t"]=1; done < <(ninja -C "$build" -t targets all | sed -n 's/^\([A-Za-z0-9_.-]*\): .*/\1/p')
  targets=(candor-fuzz-importer-seeds)
  for t in "${tests[@]}"; do
    if [ -n "${known[$t]:-}" ]; then targets+=("$t"); fi   # tests that are scripts (layering, formatting) have none
  done
  while read -r f; do if [ -n "$f" ]; then targets+=("candor-fuzz-$f"); fi; done < "$build/fuzz/importer-targets.txt"
  cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
else
  cmake --build "$build" -j"$(nproc)"
fi

# shellcheck source=tools/sanitizer/env.sh
source tools/sanitizer/env.sh
(cd "$build" && ctest --output-on-failure -j"$(nproc)" "${exclude[@]}")
CANDOR_FUZZ_SCOPE="$scope" tools/fuzz.sh "$build" "${CANDOR_FUZZ_SECONDS:-60}"
