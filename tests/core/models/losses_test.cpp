// Losses and metrics with values known by hand, plus the torch-free profile
// and device helpers.
#include "models/device.h"
#include "models/losses.h"
#include "models/profile.h"
#include "models/torchdevice.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/cuda.h>
#include <torch/utils.h>

#include <iostream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace anomalens::models {
namespace {

TEST(Losses, IntensityIsMeanSquaredError)
{
    // (0.5 - 0)^2 everywhere on [-1, 1].
    EXPECT_NEAR(intensityLoss(torch::full({2, 3, 4, 4}, 0.5), torch::zeros({2, 3, 4, 4})).item<double>(), 0.25,
                1e-7);
}

TEST(Losses, PsnrPerFrameOnUnitRange)
{
    // gt 0 -> 0.5 on [0, 1]. Frame 0: pred 0.2 -> 0.6, mse 0.01 -> 20 dB.
    // Frame 1: pred 0.02 -> 0.51, mse 1e-4 -> 40 dB. Frame 2: perfect -> capped at 100 dB.
    torch::Tensor prediction = torch::zeros({3, 3, 4, 4});
    prediction[0].fill_(0.2);
    prediction[1].fill_(0.02);
    const torch::Tensor psnr = psnrPerFrame(prediction, torch::zeros({3, 3, 4, 4}));
    ASSERT_EQ(psnr.sizes(), (std::vector<std::int64_t>{3}));
    EXPECT_NEAR(psnr[0].item<double>(), 20.0, 1e-4);
    EXPECT_NEAR(psnr[1].item<double>(), 40.0, 1e-3);
    EXPECT_NEAR(psnr[2].item<double>(), 100.0, 1e-4);
    EXPECT_NEAR(mseOnUnitRange(prediction, torch::zeros({3, 3, 4, 4}))[0].item<double>(), 0.01, 1e-7);
    EXPECT_THROW(psnrPerFrame(prediction, torch::zeros({3, 3, 4, 5})), std::invalid_argument);
}

TEST(Losses, GradientLossOnATinyImage)
{
    // pred = [[0.5, -0.5], [0, 1]], gt = 0 (no gradients). Zero padding
    // right and bottom (the reference's 'SAME' convolution):
    //   |dx| rows: (|-0.5-0.5|, |0+0.5|) = (1, 0.5); (|1-0|, |0-1|) = (1, 1) -> mean 0.875
    //   |dy| cols: (|0-0.5|, |0-0|) = (0.5, 0); (|1+0.5|, |0-1|) = (1.5, 1) -> mean 0.75
    const torch::Tensor prediction = torch::tensor({0.5f, -0.5f, 0.0f, 1.0f}).view({1, 1, 2, 2});
    const torch::Tensor zero = torch::zeros({1, 1, 2, 2});
    EXPECT_NEAR(gradientLoss(prediction, zero).item<double>(), 0.875 + 0.75, 1e-6);
    // Only gradient magnitudes are compared: a negated image costs nothing.
    EXPECT_NEAR(gradientLoss(prediction, -prediction).item<double>(), 0.0, 1e-7);
    // A constant offset changes only the terms against the zero padding:
    // last column -0.5, 1 -> | |-0.25| - |-0.5| | = 0.25, | |1.25| - |1| | = 0.25;
    // last row 0, 1 -> 0.25, 0.25. Each direction: 0.5 / 4.
    const double border = gradientLoss(prediction + 0.25, prediction).item<double>();
    EXPECT_NEAR(border, 0.125 + 0.125, 1e-6);
}

TEST(Losses, GradientLossBackpropagates)
{
    const torch::Tensor prediction = torch::rand({2, 3, 8, 8}).requires_grad_(true);
    gradientLoss(prediction, torch::rand({2, 3, 8, 8})).backward();
    ASSERT_TRUE(prediction.grad().defined());
    EXPECT_GT(prediction.grad().abs().sum().item<double>(), 0.0);
}

TEST(Losses, LsganLosses)
{
    // G: mean((D(pred) - 1)^2) / 2 with D(pred) = 0.5 -> 0.125.
    EXPECT_NEAR(lsganGeneratorLoss(torch::full({2, 1, 3, 3}, 0.5)).item<double>(), 0.125, 1e-7);
    // D: a perfect discriminator (real 1, fake 0) has no loss...
    EXPECT_NEAR(lsganDiscriminatorLoss(torch::ones({2, 1, 3, 3}), torch::zeros({2, 1, 3, 3})).item<double>(),
                0.0, 1e-7);
    // ... an undecided one (0.5 everywhere) 0.125 + 0.125.
    EXPECT_NEAR(lsganDiscriminatorLoss(torch::full({2, 1, 3, 3}, 0.5), torch::full({2, 1, 3, 3}, 0.5))
                    .item<double>(),
                0.25, 1e-7);
    // Real 0.8 -> (0.2^2)/2 = 0.02; fake 0.3 -> (0.3^2)/2 = 0.045.
    EXPECT_NEAR(lsganDiscriminatorLoss(torch::full({1, 1, 2, 2}, 0.8), torch::full({1, 1, 2, 2}, 0.3))
                    .item<double>(),
                0.065, 1e-6);
}

TEST(Profiles, PaperAndLiteNumbers)
{
    const ModelProfile paper = paperProfile();
    EXPECT_EQ(paper.name, "paper");
    EXPECT_EQ(paper.inputSize, 256);
    EXPECT_EQ(paper.widths, (std::array<std::int64_t, 4>{64, 128, 256, 512}));
    EXPECT_EQ(paper.memoryDim(), 512);
    EXPECT_EQ(paper.bottleneckSize(), 32);
    const ModelProfile lite = profileByName("lite");
    EXPECT_EQ(lite.inputSize, 128);
    EXPECT_EQ(lite.widths, (std::array<std::int64_t, 4>{32, 64, 128, 256}));
    EXPECT_EQ(lite.memoryDim(), 256);
    const ModelProfile small = profileByName("small");
    EXPECT_EQ(small.inputSize, 128);
    EXPECT_EQ(small.widths, (std::array<std::int64_t, 4>{16, 32, 64, 128}));
    EXPECT_EQ(allProfiles().size(), 3u);
    EXPECT_THROW(profileByName("huge"), std::invalid_argument);
}

TEST(Device, CpuUsesEveryHardwareThread)
{
    const std::string description = describeDevice();
    std::cout << "Device: " << description << "\n";
    if (torch::cuda::is_available()) {
        EXPECT_EQ(description.rfind("CUDA", 0), 0u);
        EXPECT_TRUE(preferredDevice().is_cuda());
        return;
    }
    EXPECT_FALSE(cudaAvailable());
    EXPECT_TRUE(preferredDevice().is_cpu());
    EXPECT_EQ(description.rfind("CPU (", 0), 0u);
    const unsigned hardware = std::thread::hardware_concurrency();
    if (hardware > 0) {
        EXPECT_EQ(torch::get_num_threads(), static_cast<int>(hardware));
    }
    configureTorchRuntime(); // idempotent
    EXPECT_EQ(describeDevice(), description);
}

TEST(Device, OpenBlasRunsInTheCallingThread)
{
    configureTorchRuntime();
    if (blasDescription().rfind("OpenBLAS", 0) != 0)
        GTEST_SKIP() << "LibTorch's BLAS here is not OpenBLAS";
    EXPECT_EQ(openBlasThreads(), 1);
    setOpenBlasThreads(2);
    EXPECT_EQ(openBlasThreads(), 2);
    setOpenBlasThreads(1);
    EXPECT_EQ(openBlasThreads(), 1);
    try {
        const OpenBlasThreadsScope scope(2);
        EXPECT_EQ(openBlasThreads(), 2);
        throw std::runtime_error("leaves the scope");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(openBlasThreads(), 1);
}

} // namespace
} // namespace anomalens::models
