#!/usr/bin/env bash
# Builds anomalens-cli (core + CLI, no GUI) against a CUDA LibTorch, so
# training, analysis, evaluation and benchmarks run on the GPU.
#
# LibTorch: $TORCH_PREFIX (e.g. an unpacked libtorch-cxx11-abi-...-cu1xx.zip
# from pytorch.org), else the one inside python3's PyTorch (pip's CUDA wheels
# ship the C++ headers, libraries and CMake files). The CUDA toolkit (nvcc)
# must be installed: LibTorch's CMake files look for it.
# Other dependencies: Debian's packages (installer/install-deps.sh), or the
# prefix installer/gpu/make-deps.sh made, named by $ANOMALENS_DEPS.
#
# Usage: installer/gpu/build-cuda.sh [BUILD_DIR]   (default build/cuda)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/cuda}
torch_prefix=${TORCH_PREFIX:-$(python3 -c 'import torch.utils; print(torch.utils.cmake_prefix_path)')}
prefixes=$torch_prefix
rpath=
if [ -n "${ANOMALENS_DEPS:-}" ]; then
  deps=$(realpath "$ANOMALENS_DEPS")
  prefixes="$prefixes;$deps"
  rpath=$deps/lib
fi
if command -v nvcc >/dev/null; then
  cuda_root=$(dirname "$(dirname "$(command -v nvcc)")")
else
  cuda_root=${CUDA_HOME:-/usr/local/cuda}
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DANOMALENS_BUILD_GUI=OFF -DANOMALENS_BUILD_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$prefixes" -DCUDAToolkit_ROOT="$cuda_root" \
  -DCMAKE_BUILD_RPATH="$rpath"
cmake --build "$build" --target anomalens-cli
"$build/bin/anomalens-cli" --version
