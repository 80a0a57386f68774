#!/usr/bin/env bash
# Builds the Debian package with CPack from the build folder $1, unpacks it into a temporary root and runs the
# installed binaries from there: the package must be complete and work in its installed layout (the
# sentencepiece module is found relative to the installed executables, never through the build tree).
set -euo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$build" && cpack -G DEB -B "$tmp/pkg" >/dev/null)
deb=$(ls "$tmp"/pkg/*.deb)
dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/candor usr/bin/candor-cli usr/bin/candor-tokenize usr/lib/candor/libcandor_spm.so \
         usr/share/applications/candor.desktop usr/share/mime/packages/candor.xml \
         usr/share/icons/hicolor/scalable/apps/candor.svg; do
    [ -e "$tmp/root/$f" ] || { echo "package lacks $f" >&2; exit 1; }
done
echo "package: $(basename "$deb")"
echo "depends: $(dpkg-deb -f "$deb" Depends)"
root=$tmp/root/usr/bin
env -u CANDOR_SPM_MODULE "$root/candor-cli" --version
env -u CANDOR_SPM_MODULE QT_QPA_PLATFORM=offscreen "$root/candor" --version
env -u CANDOR_SPM_MODULE "$root/candor-cli" sample "$tmp/sample.candor" >/dev/null
env -u CANDOR_SPM_MODULE "$root/candor-cli" stats "$tmp/sample.candor" | head -3
# The tokenizer trains and encodes through the installed sentencepiece module.
printf 'THEY SAID TWO WEEKS TO FLATTEN THE CURVE\nWAKE UP\nLos expertos dicen que es seguro\n' > "$tmp/corpus.txt"
for i in $(seq 1 40); do echo "sheep masks curve experts weeks flatten wake truth media lies $i" >> "$tmp/corpus.txt"; done
echo "WAKE UP SHEEP" | env -u CANDOR_SPM_MODULE "$root/candor-tokenize" --train "$tmp/corpus.txt" --vocab 60 | head -3
echo "installed binaries run"
