#!/usr/bin/env bash
# candor-train's data-parallel scaling on this machine's CPU (Gloo over loopback), on SemEval-2021 subtask 1 captions:
# the transformer candidate alone, no cross-validation, a fixed number of epochs, so every run takes the same steps.
# Compares 1 process x 1 thread, 1 process x all threads, and N processes x 1 thread (--nproc), at the same global
# batch. Prints seconds, training examples per second and the scaling efficiency against 1 process x 1 thread.
#   bench/data-parallel.sh [PROCESSES] [EPOCHS]     (BIN=build/bin, D=../shared/datasets)
set -euo pipefail
processes=${1:-2}
epochs=${2:-2}
BIN=${BIN:-build/bin}
D=${D:-../shared/datasets}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
semeval="$D/semeval2021-task6"
if [ ! -f "$semeval/training_set_task1.json" ]; then
  echo "data-parallel bench: $semeval/training_set_task1.json not found (set D=); skipped" >&2
  exit 0
fi
"$BIN/candor-cli" init "$work/p.candor" >/dev/null
"$BIN/candor-cli" import "$work/p.candor" "$semeval/training_set_task1.json" "$semeval/dev_set_task1.json" >/dev/null
perRank=16
global=$((perRank * processes))
for batch in "$perRank" "$global"; do
  cat >"$work/c$batch.json" <<JSON
{"trainNgramBaseline": false, "trainLinear": false, "cvFolds": 1, "epochs": $epochs, "batchSize": $batch,
 "layers": 2, "width": 128, "heads": 4, "feedForward": 512, "maxLength": 64, "vocabSize": 4000,
 "bootstrapResamples": 0}
JSON
  "$BIN/candor-cli" export-training "$work/p.candor" --task persuasion-labels --config "$work/c$batch.json" \
    --dev-split none "$work/b$batch" >/dev/null
done
examples=$(grep -c . "$work/b$global/train.jsonl")
cores=$(nproc)
run() { # label, bundle, candor-train options...
  local label=$1 bundle=$2
  shift 2
  local start end
  start=$(date +%s.%N)
  "$BIN/candor-train" "$work/$bundle" "$work/m-$label" "$@" >/dev/null 2>"$work/$label.err" || {
    cat "$work/$label.err" >&2
    exit 1
  }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
base=$(run one-thread "b$global" --threads 1)
all=$(run all-threads "b$global" --threads "$cores")
parallel=$(run parallel "b$perRank" --nproc "$processes" --threads 1)
printf 'SemEval-2021 subtask 1 train: %d examples x %d epochs, global batch %d, transformer (2 layers, width 128)\n' \
  "$examples" "$epochs" "$global"
printf '%-34s %8s %12s %11s\n' "run" "seconds" "examples/s" "efficiency"
for row in "1 process x 1 thread:$base:1" "1 process x $cores threads:$all:$cores" \
  "$processes processes x 1 thread (Gloo):$parallel:$processes"; do
  IFS=: read -r label seconds workers <<<"$row"
  rate=$(echo "$examples * $epochs / $seconds" | bc -l)
  efficiency=$(echo "$base / ($seconds * $workers)" | bc -l)
  printf '%-34s %8.1f %12.1f %10.0f%%\n' "$label" "$seconds" "$rate" "$(echo "$efficiency * 100" | bc -l)"
done
