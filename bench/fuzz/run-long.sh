#!/usr/bin/env bash
# bench/fuzz: every fuzz target long, for the figures in docs/reliability.md.
#   bench/fuzz/run-long.sh BUILD_DIR [RUNS=1000000] [TARGET...]
# BUILD_DIR is a CANDOR_FUZZ build (tools/sanitize.sh makes build-sanitize). Each target runs until it has executed
# RUNS inputs in all; a finding (crash, sanitizer report, leak, timeout, memory over 2 GB) is kept under
# BUILD_DIR/fuzz/findings/<target>/ and the target restarts on its grown corpus, up to 20 findings. Prints one
# table row per target: executions, seconds, executions/s, coverage (libFuzzer's cov: edges), corpus size,
# findings. Runs one target at a time on one core, so it can go on while the machine does other work.
set -uo pipefail
cd "$(dirname "$0")/../.."
build="${1:?usage: bench/fuzz/run-long.sh BUILD_DIR [RUNS] [TARGET...]}"
runs="${2:-1000000}"
shift $(( $# >= 2 ? 2 : 1 ))
# shellcheck source=tools/sanitizer/env.sh
source tools/sanitizer/env.sh
fuzz="$build/fuzz"
# An importer-scope build (tools/sanitize.sh --scope importers) has only the importer and image targets.
list="$fuzz/targets.txt"; seeder="$fuzz/candor-fuzz-seeds"
if [ ! -x "$seeder" ]; then list="$fuzz/importer-targets.txt"; seeder="$fuzz/candor-fuzz-importer-seeds"; fi
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < "$list"; fi
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.debug=false;qt.*=false"
"$seeder" "$fuzz/seeds"
echo "| target | executions | seconds | exec/s | coverage (edges) | corpus | findings |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for target in "${targets[@]}"; do
  corpus="$fuzz/corpus/$target"
  findings="$fuzz/findings/$target"
  logs="$fuzz/long/$target"
  mkdir -p "$corpus" "$findings" "$logs"
  done_runs=0; found=0; start=$SECONDS; cov=0; attempt=0
  while [ "$done_runs" -lt "$runs" ] && [ "$found" -lt 20 ]; do
    attempt=$((attempt + 1))
    log="$logs/run-$attempt.log"
    if "$fuzz/candor-fuzz-$target" "$corpus" "$fuzz/seeds/$target" -dict=tests/fuzz/candor.dict \
         -runs=$((runs - done_runs)) -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
         -artifact_prefix="$findings/" >"$log" 2>&1; then :; else found=$((found + 1)); fi
    executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ -z "$executed" ]; then   # a crash prints no final stats: take the last progress line
      executed=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    fi
    done_runs=$((done_runs + ${executed:-0}))
    c=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    [ -n "$c" ] && cov=$c
  done
  seconds=$((SECONDS - start))
  echo "| $target | $done_runs | $seconds | $(( done_runs / (seconds > 0 ? seconds : 1) )) | $cov | $(ls "$corpus" | wc -l) | $found |"
done
