// MNAD: parameter counts against independent arithmetic, output shapes for
// both profiles and variants, the training step (losses, memory update,
// gradient flow) and the test-time gate.
#include "models/blocks.h"
#include "models/mnad.h"
#include "paramcount.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <vector>

namespace anomalens::models {
namespace {

using test::batchNormParams;
using test::convParams;
using test::doubleConvParams;
using Widths = std::array<std::int64_t, 4>;

constexpr std::int64_t encoderParams(std::int64_t in, const Widths& w)
{
    return doubleConvParams(in, w[0]) + doubleConvParams(w[0], w[1]) + doubleConvParams(w[1], w[2]) +
           convParams(3, w[2], w[3]) + batchNormParams(w[3]) + convParams(3, w[3], w[3]);
}

constexpr std::int64_t upsampleParams(std::int64_t in, std::int64_t out)
{
    return convParams(3, in, out) + batchNormParams(out);
}

constexpr std::int64_t headParams(std::int64_t in, std::int64_t mid)
{
    return convParams(3, in, mid) + batchNormParams(mid) + convParams(3, mid, mid) + batchNormParams(mid) +
           convParams(3, mid, 3);
}

constexpr std::int64_t predictionParams(const Widths& w)
{
    return encoderParams(12, w) + doubleConvParams(2 * w[3], w[3]) + upsampleParams(w[3], w[2]) +
           doubleConvParams(2 * w[2], w[2]) + upsampleParams(w[2], w[1]) + doubleConvParams(2 * w[1], w[1]) +
           upsampleParams(w[1], w[0]) + headParams(2 * w[0], w[0]);
}

constexpr std::int64_t reconstructionParams(const Widths& w)
{
    return encoderParams(3, w) + doubleConvParams(2 * w[3], w[3]) + upsampleParams(w[3], w[3]) +
           doubleConvParams(w[3], w[2]) + upsampleParams(w[2], w[2]) + doubleConvParams(w[2], w[1]) +
           upsampleParams(w[1], w[1]) + headParams(w[1], w[0]);
}

constexpr Widths kPaper{64, 128, 256, 512};
constexpr Widths kLite{32, 64, 128, 256};
static_assert(predictionParams(kPaper) == 15'650'819);
static_assert(reconstructionParams(kPaper) == 17'195'267);
static_assert(predictionParams(kLite) == 3'917'827);
static_assert(reconstructionParams(kLite) == 4'302'979);

Mnad makeMnad(MnadVariant variant, const ModelProfile& profile)
{
    return Mnad(MnadConfig{variant, profile, 10});
}

TEST(Mnad, ParameterCountsMatchTheArchitecture)
{
    const std::int64_t paperPrediction = countParameters(*makeMnad(MnadVariant::Prediction, paperProfile()));
    const std::int64_t paperReconstruction =
        countParameters(*makeMnad(MnadVariant::Reconstruction, paperProfile()));
    const std::int64_t litePrediction = countParameters(*makeMnad(MnadVariant::Prediction, liteProfile()));
    const std::int64_t liteReconstruction = countParameters(*makeMnad(MnadVariant::Reconstruction, liteProfile()));
    std::cout << "MNAD parameters: prediction paper " << paperPrediction << ", lite " << litePrediction
              << "; reconstruction paper " << paperReconstruction << ", lite " << liteReconstruction << "\n";
    EXPECT_EQ(paperPrediction, predictionParams(kPaper));
    EXPECT_EQ(paperReconstruction, reconstructionParams(kPaper));
    EXPECT_EQ(litePrediction, predictionParams(kLite));
    EXPECT_EQ(liteReconstruction, reconstructionParams(kLite));
    // The paper reports about 15.7 M for the prediction model.
    EXPECT_NEAR(static_cast<double>(paperPrediction), 15.7e6, 0.01 * 15.7e6);
}

TEST(Mnad, InferenceShapesAndTanhRangeLite)
{
    torch::manual_seed(1);
    Mnad model = makeMnad(MnadVariant::Prediction, liteProfile());
    model->eval();
    c10::InferenceMode guard;
    const torch::Tensor itemsBefore = model->memory->items().clone();
    // Large inputs saturate the output: tanh must still bound it.
    const torch::Tensor input = torch::randn({2, 12, 128, 128}) * 50;
    const MnadInferenceOutput out = model->forwardInference(input);
    EXPECT_EQ(out.prediction.sizes(), (std::vector<std::int64_t>{2, 3, 128, 128}));
    EXPECT_EQ(out.queries.sizes(), (std::vector<std::int64_t>{2, 16 * 16, 256}));
    EXPECT_EQ(out.nearestItem.sizes(), (std::vector<std::int64_t>{2, 16, 16}));
    EXPECT_EQ(out.queryDistance.sizes(), (std::vector<std::int64_t>{2, 16, 16}));
    EXPECT_EQ(out.featureDistance.sizes(), (std::vector<std::int64_t>{2}));
    EXPECT_LE(out.prediction.abs().max().item<double>(), 1.0);
    EXPECT_GT(out.prediction.abs().max().item<double>(), 0.5); // saturating, not stuck at 0
    EXPECT_GE(out.nearestItem.min().item<std::int64_t>(), 0);
    EXPECT_LT(out.nearestItem.max().item<std::int64_t>(), 10);
    // D_t is the mean per-query compactness distance; |q - p|^2 / C <= 4 / C.
    EXPECT_TRUE(torch::allclose(out.featureDistance, out.queryDistance.mean({1, 2})));
    EXPECT_GT(out.featureDistance.min().item<double>(), 0.0);
    EXPECT_LE(out.featureDistance.max().item<double>(), 4.0 / 256);
    EXPECT_TRUE(torch::equal(model->memory->items(), itemsBefore)); // inference leaves the memory alone
    EXPECT_THROW(model->forwardInference(torch::zeros({1, 3, 128, 128})), std::invalid_argument);
    EXPECT_THROW(model->forwardInference(torch::zeros({1, 12, 100, 100})), std::invalid_argument);
}

TEST(Mnad, ReconstructionShapesLite)
{
    Mnad model = makeMnad(MnadVariant::Reconstruction, liteProfile());
    model->eval();
    c10::InferenceMode guard;
    EXPECT_EQ(model->inputChannels(), 3);
    const MnadInferenceOutput out = model->forwardInference(torch::rand({1, 3, 128, 128}) * 2 - 1);
    EXPECT_EQ(out.prediction.sizes(), (std::vector<std::int64_t>{1, 3, 128, 128}));
    EXPECT_EQ(out.nearestItem.sizes(), (std::vector<std::int64_t>{1, 16, 16}));
}

TEST(Mnad, PaperChannelsRunOnASmallFrame)
{
    // The paper widths at 32x32 (a 4x4 query map): checks the wiring of the
    // 512-wide network without the cost of a 256x256 pass.
    for (MnadVariant variant : {MnadVariant::Prediction, MnadVariant::Reconstruction}) {
        Mnad model = makeMnad(variant, paperProfile());
        model->eval();
        c10::InferenceMode guard;
        const MnadInferenceOutput out = model->forwardInference(torch::rand({1, model->inputChannels(), 32, 32}));
        EXPECT_EQ(out.prediction.sizes(), (std::vector<std::int64_t>{1, 3, 32, 32}));
        EXPECT_EQ(out.queries.sizes(), (std::vector<std::int64_t>{1, 16, 512}));
    }
}

TEST(Mnad, TrainingStepUpdatesMemoryAndKeepsItemsOutOfTheGraph)
{
    torch::manual_seed(2);
    Mnad model = makeMnad(MnadVariant::Prediction, liteProfile());
    model->train();
    const torch::Tensor itemsBefore = model->memory->items().clone();
    const torch::Tensor input = torch::rand({2, 12, 32, 32}) * 2 - 1;
    const torch::Tensor target = torch::rand({2, 3, 32, 32}) * 2 - 1;
    const MnadTrainingOutput out = model->forwardTraining(input);
    ASSERT_EQ(out.prediction.sizes(), (std::vector<std::int64_t>{2, 3, 32, 32}));
    ASSERT_EQ(out.compactnessLoss.dim(), 0);
    ASSERT_EQ(out.separatenessLoss.dim(), 0);
    // Unit vectors: |q - p|^2 / C in (0, 4 / C]; triplet loss in [0, 3].
    EXPECT_GT(out.compactnessLoss.item<double>(), 0.0);
    EXPECT_LE(out.compactnessLoss.item<double>(), 4.0 / 256);
    EXPECT_GE(out.separatenessLoss.item<double>(), 0.0);
    EXPECT_LE(out.separatenessLoss.item<double>(), 3.0);

    EXPECT_FALSE(torch::equal(model->memory->items(), itemsBefore)); // updated after the read
    const torch::Tensor norms = model->memory->items().norm(2, {1});
    EXPECT_TRUE(torch::allclose(norms, torch::ones_like(norms), 1e-5, 1e-6));

    const MnadConstants constants = mnadConstants(MnadVariant::Prediction);
    const torch::Tensor loss = (out.prediction - target).pow(2).mean() +
                               constants.lambdaCompact * out.compactnessLoss +
                               constants.lambdaSeparate * out.separatenessLoss;
    loss.backward(); // also proves the in-place memory update did not corrupt the graph
    EXPECT_FALSE(model->memory->items().requires_grad());
    EXPECT_FALSE(model->memory->items().grad().defined());
    for (const auto& parameter : model->named_parameters()) {
        ASSERT_TRUE(parameter.value().grad().defined()) << parameter.key();
    }
    EXPECT_GT(model->encoder->parameters().front().grad().abs().sum().item<double>(), 0.0);
    EXPECT_TRUE(model->named_buffers().contains("memory.items")); // saved with the weights
}

TEST(Mnad, SeededConstructionIsDeterministic)
{
    torch::manual_seed(5);
    Mnad first = makeMnad(MnadVariant::Prediction, liteProfile());
    torch::manual_seed(5);
    Mnad second = makeMnad(MnadVariant::Prediction, liteProfile());
    EXPECT_TRUE(torch::equal(first->memory->items(), second->memory->items()));
    const auto a = first->named_parameters();
    const auto b = second->named_parameters();
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(torch::equal(a[i].value(), b[i].value())) << a[i].key();
}

TEST(Mnad, GateLetsOnlyWellPredictedFramesUpdateTheMemory)
{
    torch::manual_seed(4);
    Mnad model = makeMnad(MnadVariant::Prediction, liteProfile());
    model->eval();
    c10::InferenceMode guard;
    const torch::Tensor itemsBefore = model->memory->items().clone();
    const MnadInferenceOutput out = model->forwardInference(torch::rand({3, 12, 32, 32}) * 2 - 1);

    // Frame 0: perfect prediction (eps 0). Frame 1: every pixel on the wrong
    // side (eps far above 0.01). Frame 2: perfect again.
    const torch::Tensor pred = out.prediction;
    torch::Tensor target = pred.clone();
    target[1] = torch::where(pred[1] > 0, torch::full_like(pred[1], -1), torch::ones_like(pred[1]));
    const MemoryGateResult gate = model->updateMemoryWhereNormal(out, target);
    EXPECT_EQ(gate.gateError[0].item<double>(), 0.0);
    EXPECT_GT(gate.gateError[1].item<double>(), 0.1);
    EXPECT_TRUE(torch::equal(gate.updated, torch::tensor({true, false, true})));

    // Same result as updating with frames 0 and 2, one after the other.
    Memory reference(10, 256);
    reference->setItems(itemsBefore);
    reference->update(out.queries.narrow(0, 0, 1));
    reference->update(out.queries.narrow(0, 2, 1));
    EXPECT_TRUE(torch::allclose(model->memory->items(), reference->items(), 1e-6, 1e-7));
    EXPECT_FALSE(torch::allclose(model->memory->items(), itemsBefore));
}

// The batched stream (encoder once for the batch, then read, decode and gate
// frame by frame) gives what frame-by-frame inference gives.
TEST(Mnad, ForwardStreamEqualsFrameByFrameInference)
{
    torch::manual_seed(5);
    Mnad model = makeMnad(MnadVariant::Prediction, liteProfile());
    model->eval();
    c10::InferenceMode guard;
    const torch::Tensor itemsBefore = model->memory->items().clone();
    const torch::Tensor inputs = torch::rand({4, 12, 32, 32}) * 2 - 1;
    // Targets the gate passes for frames 0 and 2 (their predictions from the
    // trained memory, close to what they predict after an update) and fails
    // for frames 1 and 3.
    torch::Tensor targets = model->forwardInference(inputs).prediction.clone();
    targets[1] = -targets[1].sign();
    targets[3] = -targets[3].sign();

    std::vector<torch::Tensor> predictions, distances;
    std::vector<bool> updates;
    for (std::int64_t frame = 0; frame < 4; ++frame) {
        const MnadInferenceOutput out = model->forwardInference(inputs.narrow(0, frame, 1));
        const MemoryGateResult gate = model->updateMemoryWhereNormal(out, targets.narrow(0, frame, 1));
        predictions.push_back(out.prediction);
        distances.push_back(out.featureDistance);
        updates.push_back(gate.updated.item<bool>());
    }
    const torch::Tensor itemsFrameByFrame = model->memory->items().clone();
    EXPECT_TRUE(updates[0]);
    EXPECT_FALSE(updates[1]);

    model->memory->setItems(itemsBefore);
    const MnadStreamOutput stream = model->forwardStream(inputs, targets);
    EXPECT_TRUE(torch::allclose(stream.frames.prediction, torch::cat(predictions), 1e-5, 1e-6));
    EXPECT_TRUE(torch::allclose(stream.frames.featureDistance, torch::cat(distances), 1e-5, 1e-7));
    for (std::int64_t frame = 0; frame < 4; ++frame)
        EXPECT_EQ(stream.gate.updated[frame].item<bool>(), updates[static_cast<std::size_t>(frame)]) << frame;
    EXPECT_TRUE(torch::allclose(model->memory->items(), itemsFrameByFrame, 1e-5, 1e-7));
    EXPECT_EQ(stream.frames.queryDistance.sizes(), (std::vector<std::int64_t>{4, 4, 4}));
}

TEST(Mnad, ConstantsFollowThePaper)
{
    const MnadConstants prediction = mnadConstants(MnadVariant::Prediction);
    const MnadConstants reconstruction = mnadConstants(MnadVariant::Reconstruction);
    EXPECT_EQ(prediction.inputFrames, 4);
    EXPECT_DOUBLE_EQ(prediction.lambdaCompact, 0.1);
    EXPECT_DOUBLE_EQ(prediction.lambdaSeparate, 0.1);
    EXPECT_DOUBLE_EQ(prediction.gateThreshold, 0.01);
    EXPECT_DOUBLE_EQ(prediction.scoreAlpha, 0.6);
    EXPECT_EQ(reconstruction.inputFrames, 1);
    EXPECT_DOUBLE_EQ(reconstruction.lambdaCompact, 0.01);
    EXPECT_DOUBLE_EQ(reconstruction.gateThreshold, 0.015);
    EXPECT_DOUBLE_EQ(reconstruction.scoreAlpha, 0.7);
}

} // namespace
} // namespace anomalens::models
