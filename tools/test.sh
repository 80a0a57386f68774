#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test, then the sanitizer stage (tools/sanitize.sh:
# the whole suite under ASan + UBSan, then every fuzz target for a bounded time). .ci/run calls exactly this.
#   CANDOR_SANITIZE_STAGE=0   skips the sanitizer stage (a quick local run)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
(cd "${CANDOR_BUILD:-build}" && ctest --output-on-failure -j"$(nproc)")
if [ "${CANDOR_SANITIZE_STAGE:-1}" != 0 ]; then
  tools/sanitize.sh
fi
