#!/usr/bin/env bash
# The first thing to try: installs, builds, generates the built-in sample scene
# (synthetic CCTV footage with labelled anomalies) and opens a test clip in the
# review window. Without a display it prints the headless summary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
# OpenMP workers otherwise spin while idle, wasting most of a busy 2-core CPU.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
bash installer/build.sh release
BIN="$(pwd)/build/release/bin"
SAMPLE="${ANOMALENS_SAMPLE_DIR:-$HOME/anomalens-sample}"
"$BIN/anomalens-cli" sample --out "$SAMPLE"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$BIN/anomalens" ]; then
  exec "$BIN/anomalens" "$SAMPLE/videos/testing/01.mp4"
fi
echo "demo.sh: no display found; headless summary of the sample follows."
"$BIN/anomalens-cli" demo --sample "$SAMPLE"
