#pragma once
// What this machine's LibTorch can compute per second: the ceiling under any
// model's frames/s (`anomalens-cli bench peak`). A model that needs G GFLOP
// per frame cannot run faster than (convolution GFLOP/s) / G frames/s on
// this CPU. Torch-free header.
#include <string>
#include <vector>

namespace anomalens::models {

struct ThroughputFigure {
    std::string operation; // e.g. "matmul 2048 x 2048, fp32"
    double gflops = 0;     // 10^9 floating-point operations per second (a multiply-add counts 2)
    double milliseconds = 0; // per call
};

// Times a large matrix product and a convolution of the size that dominates
// the MNAD and U-Net models (3x3, 128 -> 128 channels, 64 x 64, batch 8,
// channels-last), each in fp32 and bf16, on the CPU with the configured
// threads, for about `secondsEach` seconds each after a warm-up.
std::vector<ThroughputFigure> measureCpuThroughput(double secondsEach);

// The CPU's model name and the instruction-set extensions that decide bf16
// speed, read from /proc/cpuinfo: e.g. "AMD EPYC; avx512_bf16 yes, amx_bf16
// no". Empty when /proc/cpuinfo cannot be read.
std::string describeCpuMatrixUnits();

} // namespace anomalens::models
