#!/usr/bin/env bash
# Installs the Debian 12 packages Candor needs that are not installed yet (idempotent, quiet when complete).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev
  libtorch-dev libopenblas0-openmp libopencv-dev libsentencepiece-dev libsqlite3-dev nlohmann-json3-dev
  libtesseract-dev tesseract-ocr-eng tesseract-ocr-spa
  libexif-dev opencv-data      # a picture's description (core/image): EXIF fields; the face detector's Haar cascade
  liblinear-dev             # the linear text candidate (models/text/LinearTextModel)
  libgloo-dev               # headers of the Gloo backend of torch c10d: candor-train data-parallel (models/engine/DataParallel)
  python3-torch xvfb xauth dpkg-dev file
  dbus-daemon
  libqt6sql6-psql           # team mode: a project on a PostgreSQL server (core/store/server)
  postgresql                # the server the team-mode tests start in a temporary folder (tests/support/TemporaryPostgres.h)
  openssl                   # the certificates of the team-mode TLS test (sslmode=verify-full)
  chromium poppler-utils    # test_reportrendering: the report's HTML in a headless browser, its PDF read back
  clang-format              # the 'formatting' test (tools/format.sh --check)
  clang libclang-rt-14-dev   # the sanitizer and fuzz stage (tools/sanitize.sh): clang, ASan/UBSan and libFuzzer runtimes
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
