#pragma once
// Where the models run. LibTorch uses CUDA when the LibTorch we were built
// against has it and a GPU is present, else the CPU. Torch-free so the UI can
// show the choice; code that needs a torch::Device includes torchdevice.h.
#include <string>

namespace anomalens::models {

// True when models will run on a CUDA GPU (one is present, this LibTorch
// supports it, and the user's preference allows it).
bool cudaAvailable();
// True when a CUDA GPU is usable by this LibTorch, whatever the preference.
bool gpuPresent();

// A one-line, human-readable description, e.g. "CPU (8 threads)" or
// "CUDA (1 GPU)". Configures the thread count first, so the number shown is
// the one that will be used.
std::string describeDevice();

// The LibTorch this program was built against, e.g. "2.1.2" (the same string
// a trained model bundle records).
std::string libtorchVersion();

// The BLAS LibTorch's CPU path runs on, when it can be told from the running
// process: "OpenBLAS 0.3.21 ..." when OpenBLAS is loaded, else an empty
// string (a reference BLAS, or one we cannot identify). Matters because the
// reference BLAS is about ten times slower (DESIGN.md, Hardware).
std::string blasDescription();

// LibTorch's CPU thread pool defaults to a single thread in some builds
// (Debian's among them); use every hardware thread instead (or the count set
// with setDevicePreference). Idempotent and thread-safe: only the first call
// has an effect. Call before the first model runs.
void configureTorchThreads();

// The user's choice (Settings): run on the CPU even when a GPU is present,
// and how many CPU threads to use (0 = every hardware thread). Applies to
// models loaded afterwards; the thread count applies at once.
struct DevicePreference {
    bool allowGpu = true;
    int cpuThreads = 0;
};
void setDevicePreference(const DevicePreference& preference);
DevicePreference devicePreference();

} // namespace anomalens::models
