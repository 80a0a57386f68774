#!/usr/bin/env bash
# Runs every fuzz target of a CANDOR_FUZZ build for a bounded time each:
#   tools/fuzz.sh BUILD_DIR SECONDS [TARGET...]
#   CANDOR_FUZZ_SCOPE=importers   only the targets that need no libtorch (seeds from candor-fuzz-importer-seeds)
# Seeds come from candor-fuzz-seeds (the project's fixtures), written into BUILD_DIR/fuzz/corpus/<target>, which
# also keeps what the fuzzer adds, so later runs start from there. A crash, sanitizer report or timeout fails the
# run; the reproducer is kept in BUILD_DIR/fuzz/findings/<target>/ and its log printed.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:?usage: tools/fuzz.sh BUILD_DIR SECONDS [TARGET...]}"
seconds="${2:?usage: tools/fuzz.sh BUILD_DIR SECONDS [TARGET...]}"
shift 2
[ "$seconds" -gt 0 ] || exit 0
# shellcheck source=tools/sanitizer/env.sh
source tools/sanitizer/env.sh
fuzz="$build/fuzz"
list="$fuzz/targets.txt"
seeder="$fuzz/candor-fuzz-seeds"
if [ "${CANDOR_FUZZ_SCOPE:-all}" = importers ]; then
  list="$fuzz/importer-targets.txt"
  seeder="$fuzz/candor-fuzz-importer-seeds"
fi
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < "$list"; fi
# Inputs are files on disk for the importers: a RAM-backed folder keeps that from being the bottleneck.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.debug=false;qt.*=false"
"$seeder" "$fuzz/seeds"
failed=()
for target in "${targets[@]}"; do
  corpus="$fuzz/corpus/$target"
  findings="$fuzz/findings/$target"
  mkdir -p "$corpus" "$findings"
  log="$fuzz/logs/$target.log"
  mkdir -p "$(dirname "$log")"
  # -rss_limit_mb: a hostile input must not need gigabytes (the issue's limit for a 100 MB input is 1 GB);
  # -timeout: one input taking 10 s is a hang; -max_len: importers see files up to 64 KB here.
  if "$fuzz/candor-fuzz-$target" "$corpus" "$fuzz/seeds/$target" -dict=tests/fuzz/candor.dict \
       -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$findings/" >"$log" 2>&1; then
    echo "fuzz $target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions, clean"
  else
    echo "fuzz $target: FAILED (log $log, reproducer in $findings)"
    tail -n 40 "$log"
    failed+=("$target")
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz targets with findings: ${failed[*]}"; exit 1; }
