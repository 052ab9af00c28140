#!/usr/bin/env bash
# Installs the dependencies (if missing), then configures and builds one CMake
# preset (default: release). Prints where the binaries are.
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${1:-release}"
bash installer/install-deps.sh
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$(nproc)"
echo "build.sh: binaries in $(pwd)/build/$PRESET/bin"
