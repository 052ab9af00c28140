#include "models/throughput.h"

#include "models/device.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>

namespace anomalens::models {

namespace {

ThroughputFigure timeOperation(const std::string& name, double flopsPerCall, double secondsEach,
                               const std::function<void()>& call)
{
    using Clock = std::chrono::steady_clock;
    call(); // warm-up: oneDNN builds its kernels on the first call
    const Clock::time_point start = Clock::now();
    int calls = 0;
    double elapsed = 0;
    do {
        call();
        ++calls;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < secondsEach);
    return {name, flopsPerCall * calls / elapsed / 1e9, elapsed / calls * 1e3};
}

} // namespace

std::vector<ThroughputFigure> measureCpuThroughput(double secondsEach)
{
    configureTorchRuntime();
    c10::InferenceMode inference;
    std::vector<ThroughputFigure> figures;
    const std::int64_t n = 2048;
    const std::int64_t batch = 8, channels = 128, side = 64;
    const double matmulFlops = 2.0 * n * n * n;
    const double convFlops = 2.0 * batch * side * side * channels * channels * 9;
    for (const at::ScalarType type : {at::kFloat, at::kBFloat16}) {
        const std::string precision = type == at::kFloat ? "fp32" : "bf16";
        const at::Tensor a = at::randn({n, n}).to(type);
        const at::Tensor b = at::randn({n, n}).to(type);
        {
            // A peak, so OpenBLAS (fp32) gets LibTorch's threads here; the
            // models run it in one thread (configureTorchRuntime).
            const OpenBlasThreadsScope allThreads(at::get_num_threads());
            figures.push_back(timeOperation("matmul " + std::to_string(n) + " x " + std::to_string(n) + ", " +
                                                precision,
                                            matmulFlops, secondsEach, [&] { (void)at::mm(a, b); }));
        }
        const at::Tensor input =
            at::randn({batch, channels, side, side}).to(type).contiguous(at::MemoryFormat::ChannelsLast);
        const at::Tensor weight =
            (at::randn({channels, channels, 3, 3}) * 0.05).to(type).contiguous(at::MemoryFormat::ChannelsLast);
        figures.push_back(timeOperation("conv 3x3 128 -> 128, 64 x 64, batch 8, channels-last, " + precision,
                                        convFlops, secondsEach,
                                        [&] { (void)at::conv2d(input, weight, {}, 1, 1); }));
    }
    return figures;
}

std::string describeCpuMatrixUnits()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line, model, flags;
    while (std::getline(cpuinfo, line) && (model.empty() || flags.empty())) {
        const auto value = [&] { return line.substr(line.find(':') + 1); };
        if (model.empty() && line.rfind("model name", 0) == 0)
            model = value();
        else if (flags.empty() && line.rfind("flags", 0) == 0)
            flags = value() + " ";
    }
    if (model.empty() && flags.empty())
        return {};
    const auto has = [&](const std::string& flag) { return flags.find(" " + flag + " ") != std::string::npos; };
    std::ostringstream out;
    out << (model.empty() ? std::string("unknown CPU") : model.substr(model.find_first_not_of(' ')))
        << "; avx512_bf16 " << (has("avx512_bf16") ? "yes" : "no") << ", amx_bf16 " << (has("amx_bf16") ? "yes" : "no");
    return out.str();
}

} // namespace anomalens::models
