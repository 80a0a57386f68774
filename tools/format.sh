#!/usr/bin/env bash
# Formats every C++ file of the repository with clang-format (.clang-format at the root).
#   tools/format.sh           rewrite the files in place
#   tools/format.sh --check   change nothing; list the files that differ and exit 1 if any does
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is missing (apt-get install clang-format)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.hpp')
if [ "${1:-}" = "--check" ]; then
    bad=0
    for f in "${files[@]}"; do
        if ! clang-format --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
            echo "not formatted: $f"
            bad=1
        fi
    done
    exit $bad
fi
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 20 clang-format --style=file -i
