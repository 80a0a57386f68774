#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test, then the sanitizer stage (tools/sanitize.sh
# --scope importers: everything that does not link libtorch built with ASan + UBSan, its tests, and the importer
# and image fuzz targets for 60 s each). .ci/run calls exactly this.
#   CANDOR_SANITIZE_STAGE=0   skips the sanitizer stage (a quick local run)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
(cd "${CANDOR_BUILD:-build}" && ctest --output-on-failure -j"$(nproc)")
if [ "${CANDOR_SANITIZE_STAGE:-1}" != 0 ]; then
  tools/sanitize.sh --scope importers
fi
