#pragma once
// Where the models run. LibTorch uses CUDA when the LibTorch we were built
// against has it and a GPU is present, else the CPU. Torch-free so the UI can
// show the choice; code that needs a torch::Device includes torchdevice.h.
#include <string>

namespace anomalens::models {

// True when models will run on a CUDA GPU.
bool cudaAvailable();

// A one-line, human-readable description, e.g. "CPU (8 threads)" or
// "CUDA (1 GPU)". Configures the thread count first, so the number shown is
// the one that will be used.
std::string describeDevice();

// LibTorch's CPU thread pool defaults to a single thread in some builds
// (Debian's among them); use every hardware thread instead. Idempotent and
// thread-safe: only the first call has an effect. Call before the first
// model runs.
void configureTorchThreads();

} // namespace anomalens::models
