// F2LM's generator: parameter counts against independent arithmetic, shapes
// with and without cues, normalised bottlenecks, the SE block and the
// triplet terms on hand-computed examples.
#include "models/blocks.h"
#include "models/f2lm.h"
#include "paramcount.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

namespace anomalens::models {
namespace {

using test::batchNormParams;
using test::convParams;
using Widths = std::array<std::int64_t, 4>;

constexpr std::int64_t doubleConvNoBias(std::int64_t in, std::int64_t out)
{
    return convParams(3, in, out, false) + batchNormParams(out) + convParams(3, out, out, false) +
           batchNormParams(out);
}

constexpr std::int64_t encoderParams(std::int64_t in, const Widths& w)
{
    return doubleConvNoBias(in, w[0]) + doubleConvNoBias(w[0], w[1]) + doubleConvNoBias(w[1], w[2]) +
           doubleConvNoBias(w[2], w[3]);
}

constexpr std::int64_t f2lmParams(std::int64_t labelChannels, const Widths& w)
{
    std::int64_t count = encoderParams(12, w) + encoderParams(6, w) + encoderParams(4 * labelChannels, w);
    count += 4 * doubleConvNoBias(w[3], w[3]);                   // two FTC branches
    count += doubleConvNoBias(3 * w[3], w[3]);                   // fusion
    count += (w[3] * (w[3] / 8) + w[3] / 8) + (w[3] / 8 * w[3] + w[3]); // SE
    for (int level = 0; level < 3; ++level)
        count += convParams(2, w[level + 1], w[level]) + doubleConvNoBias(2 * w[level], w[level]);
    return count + convParams(3, w[0], 3);
}

constexpr Widths kPaper{64, 128, 256, 512};
constexpr Widths kLite{32, 64, 128, 256};
// The paper's label cue: DeepLabv3's 21 VOC classes.
static_assert(f2lmParams(21, kPaper) == 45'517'891);
static_assert(f2lmParams(4, kLite) == 11'381'155);

TEST(F2lmGenerator, ParameterCountsMatchTheArchitecture)
{
    const std::int64_t paper = countParameters(*F2lmGenerator(paperProfile(), 21));
    const std::int64_t lite = countParameters(*F2lmGenerator(liteProfile(), 4));
    std::cout << "F2LM generator parameters: paper (21 labels) " << paper << ", lite (4 labels) " << lite << "\n";
    EXPECT_EQ(paper, f2lmParams(21, kPaper));
    EXPECT_EQ(lite, f2lmParams(4, kLite));
}

TEST(F2lmGenerator, ShapesNormalisedBottlenecksAndTanhRange)
{
    c10::InferenceMode guard;
    torch::manual_seed(3);
    F2lmGenerator generator(smallProfile(), 3);
    generator->eval();
    const at::Tensor frames = at::rand({2, 12, 32, 32}) * 2 - 1;
    const at::Tensor motion = at::randn({2, 6, 32, 32});
    const at::Tensor labels = at::rand({2, 12, 32, 32});
    const F2lmOutputs out = generator->forward(frames, motion, labels);
    EXPECT_EQ(out.prediction.sizes(), (std::vector<std::int64_t>{2, 3, 32, 32}));
    EXPECT_LE(out.prediction.abs().max().item<double>(), 1.0);
    for (const at::Tensor& z : {out.frameFeatures, out.motionFromFrame, out.labelFromFrame, out.motionFeatures,
                                out.labelFeatures}) {
        ASSERT_EQ(z.sizes(), (std::vector<std::int64_t>{2, 128, 4, 4}));
        EXPECT_TRUE(at::allclose(z.pow(2).sum(1), at::ones({2, 4, 4}), 1e-4, 1e-4));
    }
    // The prediction needs the frames only: without cues it is the same.
    const F2lmOutputs framesOnly = generator->forward(frames, at::Tensor(), at::Tensor());
    EXPECT_FALSE(framesOnly.motionFeatures.defined());
    EXPECT_FALSE(framesOnly.labelFeatures.defined());
    EXPECT_TRUE(at::equal(framesOnly.prediction, out.prediction));
    EXPECT_THROW(generator->forward(frames, at::randn({2, 4, 32, 32}), labels), std::invalid_argument);
    EXPECT_THROW(generator->forward(frames, motion, at::rand({2, 8, 32, 32})), std::invalid_argument);
    EXPECT_THROW(generator->forward(at::rand({2, 12, 30, 30}), at::Tensor(), at::Tensor()), std::invalid_argument);
}

TEST(F2lmGenerator, CueEncodersStayFrozenInEvalMode)
{
    F2lmGenerator generator(smallProfile(), 4);
    generator->train();
    std::int64_t frozen = 0, trainable = 0;
    for (const auto& item : generator->named_parameters()) {
        const bool cue = item.key().rfind("motionEncoder.", 0) == 0 || item.key().rfind("labelEncoder.", 0) == 0;
        EXPECT_EQ(item.value().requires_grad(), !cue) << item.key();
        (cue ? frozen : trainable) += 1;
    }
    EXPECT_GT(frozen, 0);
    EXPECT_GT(trainable, 0);
    for (const auto& child : generator->named_children()) {
        const bool cue = child.key() == "motionEncoder" || child.key() == "labelEncoder";
        EXPECT_EQ(child.value()->is_training(), !cue) << child.key();
    }
    // A training forward and backward leaves no gradient in the cue encoders.
    const F2lmOutputs out =
        generator->forward(at::rand({2, 12, 32, 32}), at::randn({2, 6, 32, 32}), at::rand({2, 16, 32, 32}));
    (out.prediction.mean() + tripletLoss(out.motionFromFrame, out.motionFeatures, out.frameFeatures) +
     tripletLoss(out.labelFromFrame, out.labelFeatures, out.frameFeatures))
        .backward();
    for (const auto& item : generator->named_parameters()) {
        if (item.key().rfind("motionEncoder.", 0) == 0) {
            EXPECT_FALSE(item.value().grad().defined()) << item.key();
        }
    }
}

TEST(F2lmGenerator, SqueezeExcitationScalesEachChannelBySigmoidOfItsGate)
{
    SqueezeExcitation se(16);
    const at::Tensor input = at::rand({1, 16, 3, 3});
    const at::Tensor output = se->forward(input);
    const at::Tensor scale = output / input;
    // One factor per channel, constant over the pixels and inside (0, 1).
    EXPECT_TRUE(at::allclose(scale, scale.select(2, 0).select(2, 0).unsqueeze(-1).unsqueeze(-1).expand_as(scale),
                             1e-5, 1e-5));
    EXPECT_GT(scale.min().item<double>(), 0.0);
    EXPECT_LT(scale.max().item<double>(), 1.0);
}

TEST(F2lmTriplet, DistancesAndPerPositionHingeOnAHandComputedExample)
{
    // [B=1, C=2, 1x2]: anchor (1,0),(0,1); positive (1,0),(1,0): distances
    // 0 and sqrt(2); negative (0,1),(0,1): sqrt(2) and 0. Hinged per
    // position: max(0 - sqrt2 + 0.2, 0) = 0 and max(sqrt2 - 0 + 0.2, 0).
    const at::Tensor anchor = at::tensor({1.f, 0.f, 0.f, 1.f}).view({1, 2, 1, 2});
    const at::Tensor positive = at::tensor({1.f, 1.f, 0.f, 0.f}).view({1, 2, 1, 2});
    const at::Tensor negative = at::tensor({0.f, 0.f, 1.f, 1.f}).view({1, 2, 1, 2});
    const double root2 = std::sqrt(2.0);
    EXPECT_NEAR(featureDistance(anchor, positive).item<double>(), root2 / 2, 1e-5);
    const at::Tensor map = tripletMap(anchor, positive, negative);
    ASSERT_EQ(map.sizes(), (std::vector<std::int64_t>{1, 1, 2}));
    EXPECT_NEAR(map[0][0][0].item<double>(), 0.0, 1e-6);
    EXPECT_NEAR(map[0][0][1].item<double>(), root2 + kTripletMargin, 1e-5);
    // A hinge after averaging would give max(0 + 0.2, 0) = 0.2 instead.
    EXPECT_NEAR(tripletLoss(anchor, positive, negative).item<double>(), (root2 + kTripletMargin) / 2, 1e-5);
    // The anchor equal to the positive and far from the negative: no loss.
    EXPECT_NEAR(tripletLoss(anchor, anchor, -anchor).item<double>(), 0.0, 1e-6);
    EXPECT_NEAR(featureDistance(anchor, anchor).item<double>(), 0.0, 1e-6);
}

} // namespace
} // namespace anomalens::models
