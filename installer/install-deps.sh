#!/usr/bin/env bash
# Installs everything Anomalens needs to build, test and run on Debian 12.
# Idempotent and non-interactive: safe to run again, usable by users, CI and the README.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # core: LibTorch (CPU) with the threaded OpenBLAS (the reference BLAS is ~10x slower)
  libtorch-dev libopenblas0-pthread
  # core: FFmpeg
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev ffmpeg
  # core: storage, command line, json, logging, optical flow
  libsqlite3-dev libsqlitecpp-dev libcli11-dev nlohmann-json3-dev libspdlog-dev
  libopencv-video-dev
  # ui: Qt 6 Widgets, SQL driver, translations tools, plotting
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev
  # tests and benchmarks; a virtual display for GUI checks
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth
  # tests of the PDF report: pdftotext, pdftoppm, pdfinfo
  poppler-utils
  # packaging (installer/package.sh: dpkg-shlibdeps) and its desktop-file check
  dpkg-dev desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
