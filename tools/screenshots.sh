#!/bin/sh
# Writes documentation screenshots of the candor GUI as PNGs into OUTDIR, rendered on a virtual X server.
# Usage: tools/screenshots.sh OUTDIR   (the build is $CANDOR_BUILD, else ./build)
set -eu
if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CANDOR_BUILD:-$root/build}
app=$build/bin/candor
if [ ! -x "$app" ]; then
    echo "no candor executable at $app (build it, or set CANDOR_BUILD)" >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
mkdir -p "$out"
# Fusion with its default (light) palette gives the same pixels on every machine.
for scene in welcome annotate browser; do
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" --screenshot "$out/$scene.png" --scene "$scene"
done
# The thread view with its stance timeline (PNG) and the timeline alone (SVG), drawn by the widget test's
# screenshot case on a generated rumour thread.
threadview=$build/tests/widgets/test_threadview
if [ -x "$threadview" ]; then
    CANDOR_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$threadview" screenshot >/dev/null
fi
