// Training speed on this machine, printed for the record, not asserted (the
// machine is shared and its speed varies): MNAD prediction steps per second
// at batch 4 for each profile, with contiguous (NCHW) and channels-last
// (NHWC) tensors, the CPU speed lever DESIGN.md names. The fastest of the
// timed steps is reported, the best estimate when other processes compete
// for the cores. Labelled slow.
#include "models/device.h"
#include "training/methodtrainer.h"

#include <ATen/ATen.h>
#include <torch/utils.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace anomalens::training {
namespace {

BundleMetadata metadataFor(const models::ModelProfile& profile)
{
    BundleMetadata metadata;
    metadata.method = methodName(Method::MnadPrediction);
    metadata.profile = profile;
    metadata.inputFrames = 4;
    metadata.memoryItems = 10;
    return metadata;
}

// Seconds of the fastest of `timedSteps` steps, after one warm-up step.
double fastestStepSeconds(const models::ModelProfile& profile, bool channelsLast, int timedSteps)
{
    torch::manual_seed(1);
    LoadedModel model = createModel(metadataFor(profile), c10::kCPU);
    const auto format = channelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
    setWeightMemoryFormat(model.module(), format);
    const std::unique_ptr<MethodTrainer> trainer = makeMnadTrainer(model); // keeps the layout chosen here
    const std::int64_t size = profile.inputSize;
    Batch batch{(at::rand({4, 12, size, size}) * 2 - 1).contiguous(format),
                (at::rand({4, 3, size, size}) * 2 - 1).contiguous(format)};
    trainer->step(batch, 0, 100);
    double best = std::numeric_limits<double>::infinity();
    for (int step = 1; step <= timedSteps; ++step) {
        const auto start = std::chrono::steady_clock::now();
        const StepLosses losses = trainer->step(batch, step, 100);
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        EXPECT_TRUE(std::isfinite(losses.at("loss")));
    }
    return best;
}

void printStepSpeeds(const models::ModelProfile& profile, int timedSteps)
{
    std::printf("MNAD prediction training step, %s profile, batch 4, %s:\n", profile.name.c_str(),
                models::describeDevice().c_str());
    for (const bool channelsLast : {false, true}) {
        const double seconds = fastestStepSeconds(profile, channelsLast, timedSteps);
        std::printf("  %s: %.3f s/step = %.3f steps/s\n", channelsLast ? "channels-last" : "contiguous   ", seconds,
                    1.0 / seconds);
    }
}

TEST(TrainingSpeed, MnadPredictionLite)
{
    printStepSpeeds(models::liteProfile(), 5);
}

TEST(TrainingSpeed, MnadPredictionPaper)
{
    printStepSpeeds(models::paperProfile(), 1);
}

} // namespace
} // namespace anomalens::training
