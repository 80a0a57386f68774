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
app=$build/bin/candor-screenshot
if [ ! -x "$app" ]; then
    echo "no candor-screenshot executable at $app (build it, or set CANDOR_BUILD)" >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
mkdir -p "$out"
# Fusion with its default (light) palette gives the same pixels on every machine.
# dark: the annotation scene on a dark palette (what a dark desktop gives). training-job: a real short training
# run on the bundled sample project; the grab waits for the job (about a minute on CPU).
for scene in first-start welcome annotate browser dark training-job; do
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" "$scene" "$out/$scene.png"
done
# The welcome screen and the first start in Spanish (View > Language > Español).
for scene in welcome first-start; do
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" --language es "$scene" "$out/$scene-es.png"
done
# A real SemEval-2021 dev meme with the fused model's Grad-CAM and a gold span highlighted on the OCR word boxes
# it links to. The meme project is built once with candor-cli (import, train fused, predict, OCR; a few minutes on
# CPU) and reused: $CANDOR_MEME_PROJECT, else a file in $TMPDIR.
semeval=${CANDOR_SEMEVAL_DIR:-$root/../shared/datasets/semeval2021-task6}
models=${CANDOR_MODELS_DIR:-$root/../shared/models}
memes=${CANDOR_MEME_PROJECT:-${TMPDIR:-/tmp}/candor-screenshot-memes.candor}
if [ -d "$semeval" ] && [ -f "$models/mobilenetv2_quantized_imagenet.pt" ]; then
    if [ ! -f "$memes" ]; then
        cli=$build/bin/candor-cli
        "$cli" init "$memes"
        "$cli" import "$memes" "$semeval/training_set_task1.json" "$semeval/training_set_task2.json" \
            "$semeval/training_set_task3" "$semeval/dev_set_task1.json" "$semeval/dev_set_task2.json" "$semeval/dev_set_task3"
        CANDOR_MODELS_DIR="$models" "$cli" train "$memes" --task persuasion-multimodal --variant fused
        CANDOR_MODELS_DIR="$models" "$cli" predict "$memes" --task persuasion-multimodal --variant fused --split dev
        "$cli" ocr "$memes" --split dev
    fi
    CANDOR_MEME_PROJECT="$memes" CANDOR_MEME_ID=${CANDOR_MEME_ID:-172_batch_2} CANDOR_MODELS_DIR="$models" \
        QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" meme-heatmap "$out/meme-heatmap.png"
else
    echo "skipping meme-heatmap.png: no SemEval-2021 task 6 data at $semeval or no backbone in $models" >&2
fi
# A real MediaEval 2016 post with its verdict panel (docs/images/verdict-panel.png): needs a project with the MediaEval
# posts imported (and post-veracity predictions for the model line), e.g. one made with `candor-cli import` and
# `candor-cli train/predict --task post-veracity`; the scene works on a copy (with the pictures' descriptions beside
# it). CANDOR_VERDICT_SOURCE and CANDOR_VERDICT_POST pick another dataset's post (a Weibo post with its picture).
if [ -n "${CANDOR_VERDICT_PROJECT:-}" ] && [ -f "$CANDOR_VERDICT_PROJECT" ]; then
    CANDOR_VERDICT_POST=${CANDOR_VERDICT_POST:-263053746639097856} QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$app" verdict "$out/verdict-panel.png"
else
    echo "skipping verdict-panel.png: set CANDOR_VERDICT_PROJECT to a project with MediaEval posts" >&2
fi
# The main window on a real RumourEval 2017 dev thread (gold stances, one human confirmation) and its timeline.
thread=${CANDOR_RUMOUREVAL_THREAD:-$root/../shared/datasets/rumoureval2017/dev/germanwings-crash/580333763512705025}
if [ -d "$thread" ]; then
    CANDOR_RUMOUREVAL_THREAD="$thread" QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" thread "$out/thread.png"
else
    echo "skipping thread.png: no RumourEval thread folder at $thread (set CANDOR_RUMOUREVAL_THREAD)" >&2
fi
# The thread view with its stance timeline (PNG) and the timeline alone (SVG), drawn by the widget test's
# screenshot case on a generated rumour thread.
threadview=$build/tests/widgets/test_threadview
if [ -x "$threadview" ]; then
    CANDOR_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$threadview" screenshot >/dev/null
fi
# The analyst's report of the bundled sample project: the HTML page's first screen in headless chromium (English and
# Spanish), and the PDF's third page (heat map and examples with their spans) through poppler's pdftoppm.
cli=$build/bin/candor-cli
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -x "$cli" ] && [ -n "$chromium" ] && command -v pdftoppm >/dev/null; then
    work=$(mktemp -d)
    "$cli" sample "$work/sample.candor" >/dev/null
    "$cli" report "$work/sample.candor" "$work/report.html" >/dev/null
    "$cli" report "$work/sample.candor" "$work/report.pdf" >/dev/null
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
        --user-data-dir="$work/chromium" --screenshot="$out/report-html.png" "file://$work/report.html" 2>/dev/null
    pdftoppm -r 70 -png -f 3 -l 3 -singlefile "$work/report.pdf" "$out/report-pdf"
    # The window's Charts dock on the same project (the widget test's screenshot case).
    if [ -x "$build/tests/widgets/test_chartspanel" ]; then
        CANDOR_SCREENSHOT_DIR="$out" CANDOR_CHARTS_PROJECT="$work/sample.candor" QT_QPA_PLATFORM=xcb \
            QT_STYLE_OVERRIDE=Fusion xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$build/tests/widgets/test_chartspanel" screenshot >/dev/null
    fi
    # The same report in Spanish (the report follows the interface's language, here the locale's).
    LANG=es_ES.UTF-8 LC_ALL=es_ES.UTF-8 "$cli" report "$work/sample.candor" "$work/report-es.html" >/dev/null
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
        --user-data-dir="$work/chromium" --screenshot="$out/report-es.png" "file://$work/report-es.html" 2>/dev/null
    rm -rf "$work"
else
    echo "skipping report-html.png and report-pdf.png: needs candor-cli, chromium and pdftoppm" >&2
fi
