#!/usr/bin/env bash
# Installs, builds and runs the test suite (everything but tests labelled
# `slow`; pass --all to run those too). This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
# OpenMP workers otherwise spin while idle, wasting most of a busy 2-core CPU.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
bash installer/build.sh release
LABEL_ARGS=(-LE slow)
if [ "${1:-}" = "--all" ]; then LABEL_ARGS=(); fi
ctest --preset release -j "$(nproc)" "${LABEL_ARGS[@]}"
