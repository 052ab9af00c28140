#!/usr/bin/env bash
# The first thing to try: installs, builds, generates the built-in sample scene
# (synthetic CCTV footage with labelled anomalies), analyses its test clips
# offline with the built-in sample model (scores and events into a case file),
# prints what was flagged against the ground truth, and opens the case in the
# review window when there is a display.
set -euo pipefail
cd "$(dirname "$0")/.."
# OpenMP workers otherwise spin while idle, wasting most of a busy 2-core CPU.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
bash installer/build.sh release
BIN="$(pwd)/build/release/bin"
SAMPLE="${ANOMALENS_SAMPLE_DIR:-$HOME/anomalens-sample}"
"$BIN/anomalens-cli" sample --out "$SAMPLE"
"$BIN/anomalens-cli" demo --sample "$SAMPLE" --case "$SAMPLE/demo.alcase"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$BIN/anomalens" ]; then
  exec "$BIN/anomalens" "$SAMPLE/demo.alcase"
fi
echo "demo.sh: no display found; the summary above is the headless result."
