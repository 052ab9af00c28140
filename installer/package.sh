#!/usr/bin/env bash
# Builds the Debian package: installs the dependencies (if missing), configures
# and builds the programs of one CMake preset (default: release), runs cpack
# and prints the path of the .deb. Install it with
#   sudo apt-get install ./build/release/package/anomalens_*.deb
# (apt, not dpkg -i, so that its Depends are installed too).
# ANOMALENS_BUILD_DIR=DIR builds a Release tree in DIR instead of the preset's.
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${1:-release}"
bash installer/install-deps.sh
if [ -n "${ANOMALENS_BUILD_DIR:-}" ]; then
  BUILD_DIR="$ANOMALENS_BUILD_DIR"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
else
  BUILD_DIR="build/$PRESET"
  cmake --preset "$PRESET" >/dev/null
fi
# Only what the package installs (the tests are not in it).
cmake --build "$BUILD_DIR" -j "$(nproc)" --target anomalens anomalens-cli
rm -f "$BUILD_DIR"/package/anomalens_*.deb
(cd "$BUILD_DIR" && cpack -G DEB)
DEB="$(cd "$BUILD_DIR/package" && ls -d "$(pwd)"/anomalens_*.deb)"
echo "package.sh: $DEB"
