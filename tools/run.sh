#!/usr/bin/env bash
# The main job on the bundled default: installs what is missing, builds, and builds the sample project from
# generated data, then prints its statistics.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
build="${CANDOR_BUILD:-build}"
project="${1:-sample.candor}"
rm -f "$project" "$project-wal" "$project-shm"
# The sample is generated and imported through the real JSONL and Telegram importers (candor-cli sample --help);
# the command prints the project's statistics.
"$build/bin/candor-cli" sample "$project"
