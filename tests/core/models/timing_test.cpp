// The time of one forward pass per network and profile at batch 1 on the CPU,
// in InferenceMode, printed for the record (not asserted: the machine is
// shared and its speed varies). A first pass warms up allocations and
// kernels; the fastest of three timed passes is reported, the best estimate
// of the cost when other processes compete for the cores.
#include "models/device.h"
#include "models/mnad.h"
#include "models/unet.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

namespace anomalens::models {
namespace {

double secondsFor(const std::function<void()>& pass)
{
    pass(); // warm-up
    double best = std::numeric_limits<double>::infinity();
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        pass();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

TEST(Timing, ForwardPassPerProfile)
{
    std::printf("Forward pass, batch 1, %s, InferenceMode:\n", describeDevice().c_str());
    for (const ModelProfile& profile : allProfiles()) {
        c10::InferenceMode guard;
        const std::int64_t size = profile.inputSize;

        Mnad mnad(MnadConfig{MnadVariant::Prediction, profile, 10});
        mnad->eval();
        const torch::Tensor clip = torch::rand({1, 12, size, size}) * 2 - 1;
        torch::Tensor mnadOut;
        const double mnadSeconds = secondsFor([&] { mnadOut = mnad->forwardInference(clip).prediction; });

        UNet generator(profile, kFfpInputChannels);
        generator->eval();
        torch::Tensor ffpOut;
        const double ffpSeconds = secondsFor([&] { ffpOut = generator->forward(clip); });

        std::printf("  %-5s %lldx%lld: MNAD prediction %.3f s, FFP generator %.3f s\n", profile.name.c_str(),
                    static_cast<long long>(size), static_cast<long long>(size), mnadSeconds, ffpSeconds);
        EXPECT_EQ(mnadOut.sizes(), (std::vector<std::int64_t>{1, 3, size, size}));
        EXPECT_EQ(ffpOut.sizes(), (std::vector<std::int64_t>{1, 3, size, size}));
    }
}

} // namespace
} // namespace anomalens::models
