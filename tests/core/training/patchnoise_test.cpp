// The Destroyer's self-supervised targets: how many patches are corrupted,
// repeatability, the per-patch difficulty, and the direction the loss pulls.
#include "training/patchnoise.h"

#include "models/losses.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace anomalens::training {
namespace {

// Smooth texture in [-1, 1] with structure SSIM can see.
at::Tensor texture(std::int64_t batch, std::int64_t size, double phase = 0.0)
{
    const at::Tensor ramp = at::arange(size, at::kFloat) / static_cast<double>(size);
    const at::Tensor rows = (ramp * 17.0 + phase).sin().view({1, 1, size, 1});
    const at::Tensor cols = (ramp * 11.0 + 2 * phase).cos().view({1, 1, 1, size});
    return (rows * cols * 0.8).expand({batch, 3, size, size}).contiguous();
}

TEST(PatchNoise, CorruptsBetweenFiveAndFiftyPercentOfThePatches)
{
    at::manual_seed(11);
    PatchNoiseOptions options;
    options.patchSize = 8; // 64 px: an 8 x 8 grid, 64 patches
    const at::Tensor prediction = texture(200, 64);
    const CorruptedPrediction corrupted = corruptPatches(prediction, options);
    ASSERT_EQ(corrupted.patchMask.sizes(), (std::vector<std::int64_t>{200, 8, 8}));
    const at::Tensor counts = corrupted.patchMask.flatten(1).sum(1);
    const std::int64_t fewest = counts.min().item<std::int64_t>(), most = counts.max().item<std::int64_t>();
    EXPECT_GE(fewest, 4);  // ceil(5 % of 64)
    EXPECT_LE(most, 32);   // 50 % of 64
    EXPECT_LE(fewest, 6);  // the whole range is used
    EXPECT_GE(most, 30);
    // Untouched patches are exactly the prediction; corrupted ones mostly differ.
    const at::Tensor pixelMask =
        corrupted.patchMask.unsqueeze(1).repeat_interleave(8, 2).repeat_interleave(8, 3).expand_as(prediction);
    EXPECT_TRUE(corrupted.noisy.masked_select(pixelMask.logical_not()).equal(prediction.masked_select(pixelMask.logical_not())));
    EXPECT_GT((corrupted.noisy - prediction).abs().masked_select(pixelMask).gt(1e-6).to(at::kFloat).mean().item<double>(), 0.5);
    EXPECT_LE(corrupted.noisy.abs().max().item<double>(), 1.0);
    EXPECT_THROW(corruptPatches(texture(1, 60), options), std::invalid_argument);
}

TEST(PatchNoise, IsRepeatableGivenTheSeed)
{
    PatchNoiseOptions options;
    options.patchSize = 4;
    const at::Tensor prediction = texture(3, 32);
    at::manual_seed(5);
    const CorruptedPrediction first = corruptPatches(prediction, options);
    at::manual_seed(5);
    const CorruptedPrediction again = corruptPatches(prediction, options);
    at::manual_seed(6);
    const CorruptedPrediction other = corruptPatches(prediction, options);
    EXPECT_TRUE(first.noisy.equal(again.noisy));
    EXPECT_TRUE(first.patchMask.equal(again.patchMask));
    EXPECT_FALSE(first.noisy.equal(other.noisy));
}

TEST(PatchNoise, DifficultyIsZeroWhereUntouchedAndGrowsWithTheNoise)
{
    const at::Tensor groundTruth = texture(1, 32);
    const at::Tensor same = patchDifficulty(groundTruth, groundTruth, 16);
    ASSERT_EQ(same.sizes(), (std::vector<std::int64_t>{1, 2, 2}));
    EXPECT_LT(same.abs().max().item<double>(), 1e-5);

    at::manual_seed(4);
    const at::Tensor noise = at::randn({1, 3, 32, 32});
    double previous = 0.0;
    for (const double strength : {0.005, 0.01, 0.02, 0.04}) {
        const at::Tensor noisy = (groundTruth + strength * noise).clamp(-1, 1);
        const double diff = patchDifficulty(noisy, groundTruth, 16).mean().item<double>();
        EXPECT_GT(diff, previous) << "noise " << strength;
        EXPECT_LT(diff, 1.0);
        previous = diff;
    }
    // Strong noise: clipped at 1.
    EXPECT_DOUBLE_EQ(patchDifficulty((groundTruth + noise).clamp(-1, 1), groundTruth, 16).min().item<double>(), 1.0);

    // diff = min(4 (1 - SSIM), 1) of each patch on its own.
    const at::Tensor noisy = (groundTruth + 0.05 * noise).clamp(-1, 1);
    const double ssimTopRight =
        models::ssimPerImage(noisy.narrow(2, 0, 16).narrow(3, 16, 16), groundTruth.narrow(2, 0, 16).narrow(3, 16, 16))
            .item<double>();
    EXPECT_NEAR(patchDifficulty(noisy, groundTruth, 16)[0][0][1].item<double>(),
                std::min(4.0 * (1.0 - ssimTopRight), 1.0), 1e-6);
}

TEST(PatchNoise, LossPullsOnlyBadlyPredictedPatchesTowardsBlack)
{
    // The prediction A is right except in the top-left patch, where it shows
    // another texture. R starts as A; two gradient steps on the loss.
    const at::Tensor groundTruth = texture(1, 32);
    at::Tensor prediction = groundTruth.clone();
    prediction.narrow(2, 0, 16).narrow(3, 0, 16).copy_(texture(1, 16, 1.3));
    const at::Tensor difficulty = patchDifficulty(prediction, groundTruth, 16);
    EXPECT_GT(difficulty[0][0][0].item<double>(), 0.9);
    EXPECT_LT(difficulty.flatten().narrow(0, 1, 3).max().item<double>(), 1e-5);

    at::Tensor destroyed = prediction.clone().set_requires_grad(true);
    const at::Tensor start = destroyed.detach().clone();
    for (int step = 0; step < 2; ++step) {
        const at::Tensor loss = destroyerLoss(destroyed, prediction, difficulty, 16);
        loss.backward();
        {
            at::NoGradGuard noGrad;
            destroyed.sub_(destroyed.grad() * 1000.0); // the mean divides by 3072 elements
            destroyed.grad().zero_();
        }
    }
    const at::Tensor moved = destroyed.detach() - start;
    EXPECT_LT(moved.narrow(2, 0, 16).narrow(3, 0, 16).max().item<double>(), 0.0); // darker everywhere in the bad patch
    EXPECT_LT(destroyed.detach().narrow(2, 0, 16).narrow(3, 0, 16).mean().item<double>(),
              start.narrow(2, 0, 16).narrow(3, 0, 16).mean().item<double>() - 0.3);
    moved.narrow(2, 0, 16).narrow(3, 0, 16).zero_();
    EXPECT_EQ(moved.abs().max().item<double>(), 0.0); // the well predicted patches stay the prediction
}

} // namespace
} // namespace anomalens::training
