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

// OpenBLAS's own thread count (apart from LibTorch's pool), or 0 when
// OpenBLAS is not loaded; setting it does nothing then.
int openBlasThreads();
void setOpenBlasThreads(int threads);

// OpenBLAS's thread count set for a scope and put back after it, also when
// the scope is left by an exception.
class OpenBlasThreadsScope {
public:
    explicit OpenBlasThreadsScope(int threads) : m_previous(openBlasThreads()) { setOpenBlasThreads(threads); }
    ~OpenBlasThreadsScope() { setOpenBlasThreads(m_previous); }
    OpenBlasThreadsScope(const OpenBlasThreadsScope&) = delete;
    OpenBlasThreadsScope& operator=(const OpenBlasThreadsScope&) = delete;

private:
    int m_previous;
};

// Sets up LibTorch's CPU side for speed. Its thread pool defaults to a single
// thread in some builds (Debian's among them): use every hardware thread
// instead (or the count set with setDevicePreference). And freed tensor
// memory is kept in the process for the next tensor (glibc: no mmap, trim
// only above 1 GiB free): by default glibc hands every block over 128 KB back
// to the kernel on free, so each new activation tensor page-faults all its
// pages again. On this project's 2-core VM that made every out-of-place
// ReLU, BatchNorm or concatenation run at about 0.5 GB/s (ReLU on 64 MB:
// 125 ms instead of 2 ms) and doubled the convolutions' time; the MNAD
// paper-profile forward went from 4.9 s to 1.4 s for 4 frames.
// OpenBLAS, when loaded, is set to run in the calling thread: its own worker
// threads spin for a while after each call, and on a machine with few cores
// they took the cores from LibTorch's OpenMP threads running the next
// convolutions. The BLAS calls of these models are small (memory read and
// update, squeeze-and-excitation) and gain nothing from threads. Measured,
// MNAD lite, 8 frames on 2 cores: fp32 0.28-0.35 s -> 0.20 s, bf16
// 0.18-0.42 s -> 0.13-0.14 s.
// Idempotent and thread-safe: only the first call has an effect. Call before
// the first model runs.
void configureTorchRuntime();

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
