#include "models/device.h"
#include "models/torchdevice.h"

#include <torch/cuda.h>
#include <torch/utils.h>
#include <torch/version.h>

#include <dlfcn.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace anomalens::models {

namespace {

std::atomic<bool> g_allowGpu{true};
std::atomic<int> g_cpuThreads{0};

int threadsToUse()
{
    if (g_cpuThreads > 0)
        return g_cpuThreads;
    // hardware_concurrency() may return 0 when it cannot tell.
    const unsigned hardwareThreads = std::thread::hardware_concurrency();
    return static_cast<int>(hardwareThreads > 0 ? hardwareThreads : 1);
}

} // namespace

bool gpuPresent() { return torch::cuda::is_available(); }

bool cudaAvailable() { return g_allowGpu && gpuPresent(); }

void configureTorchRuntime()
{
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef __GLIBC__
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
        setOpenBlasThreads(1);
        if (cudaAvailable())
            return; // the GPU does the work; leave the CPU pool alone
        torch::set_num_threads(threadsToUse());
    });
}

void setDevicePreference(const DevicePreference& preference)
{
    g_allowGpu = preference.allowGpu;
    g_cpuThreads = std::max(0, preference.cpuThreads);
    configureTorchRuntime();
    if (!cudaAvailable())
        torch::set_num_threads(threadsToUse());
}

DevicePreference devicePreference() { return {g_allowGpu, g_cpuThreads}; }

c10::Device preferredDevice()
{
    configureTorchRuntime();
    return cudaAvailable() ? c10::Device(c10::DeviceType::CUDA, 0) : c10::Device(c10::DeviceType::CPU);
}

std::string describeDevice()
{
    configureTorchRuntime();
    if (cudaAvailable()) {
        const auto count = torch::cuda::device_count();
        return "CUDA (" + std::to_string(count) + (count == 1 ? " GPU)" : " GPUs)");
    }
    const int threads = torch::get_num_threads();
    return "CPU (" + std::to_string(threads) + (threads == 1 ? " thread)" : " threads)");
}

std::string libtorchVersion() { return TORCH_VERSION; }

std::string blasDescription()
{
    // Looked up at run time rather than linked: libblas.so.3 is chosen by the
    // system (Debian's alternatives), so only the loaded library can tell.
    using ConfigFunction = const char* (*)();
    void* symbol = dlsym(RTLD_DEFAULT, "openblas_get_config");
    if (!symbol)
        return {};
    // e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64"
    const char* config = reinterpret_cast<ConfigFunction>(symbol)();
    return config && *config ? std::string(config) : std::string("OpenBLAS");
}

int openBlasThreads()
{
    using GetFunction = int (*)();
    void* symbol = dlsym(RTLD_DEFAULT, "openblas_get_num_threads");
    return symbol ? reinterpret_cast<GetFunction>(symbol)() : 0;
}

void setOpenBlasThreads(int threads)
{
    using SetFunction = void (*)(int);
    if (void* symbol = dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))
        reinterpret_cast<SetFunction>(symbol)(std::max(1, threads));
}

} // namespace anomalens::models
