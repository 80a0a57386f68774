#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
cd "${CANDOR_BUILD:-build}"
ctest --output-on-failure -j"$(nproc)"
