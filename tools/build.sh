#!/usr/bin/env bash
# Configures and builds Candor (Release) into ${CANDOR_BUILD:-build}.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${CANDOR_BUILD:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
