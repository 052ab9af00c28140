// MNAD memory arithmetic on a small example worked out by hand: M = 3 items
// and K = 4 queries in R^2, all of unit norm.
//
//   items   p0 = (1, 0)   p1 = (0.6, 0.8)   p2 = (-1, 0)
//   queries q0 = (0.8, 0.6)   q1 = (0.6, -0.8)   q2 = (0.28, 0.96)   q3 = (0.28, -0.96)
//
// Scores S = q . p (cosine):
//          p0     p1      p2     nearest  second
//   q0    0.80   0.96   -0.80      p1      p0
//   q1    0.60  -0.28   -0.60      p0      p1
//   q2    0.28   0.936  -0.28      p1      p0
//   q3    0.28  -0.60   -0.28      p0      p2
//
// p2 is nobody's nearest item, so an update must leave it alone; and p0's
// best-matching query (q0, S = 0.8) is assigned to p1, which tells a max over
// ALL queries apart from a max over the assigned ones.
#include "models/memory.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <cmath>
#include <vector>

namespace anomalens::models {
namespace {

const std::vector<std::vector<double>> kScores = {
    {0.80, 0.96, -0.80}, {0.60, -0.28, -0.60}, {0.28, 0.936, -0.28}, {0.28, -0.60, -0.28}};

torch::Tensor exampleItems()
{
    return torch::tensor({1.0f, 0.0f, 0.6f, 0.8f, -1.0f, 0.0f}).view({3, 2});
}

torch::Tensor exampleQueries()
{
    return torch::tensor({0.8f, 0.6f, 0.6f, -0.8f, 0.28f, 0.96f, 0.28f, -0.96f}).view({1, 4, 2});
}

Memory exampleMemory()
{
    Memory memory(3, 2);
    memory->setItems(exampleItems());
    return memory;
}

TEST(Memory, ScoresAreCosinesOfQueriesAndItems)
{
    const torch::Tensor scores = exampleMemory()->scores(exampleQueries());
    ASSERT_EQ(scores.sizes(), (std::vector<std::int64_t>{1, 4, 3}));
    for (int k = 0; k < 4; ++k)
        for (int m = 0; m < 3; ++m)
            EXPECT_NEAR(scores[0][k][m].item<double>(), kScores[k][m], 1e-6) << "q" << k << " p" << m;
}

TEST(Memory, ReadWeighsItemsBySoftmaxOverItems)
{
    Memory memory = exampleMemory();
    const torch::Tensor queries = exampleQueries().requires_grad_(true);
    const MemoryRead read = memory->read(queries);
    ASSERT_EQ(read.weights.sizes(), (std::vector<std::int64_t>{1, 4, 3}));
    ASSERT_EQ(read.readout.sizes(), (std::vector<std::int64_t>{1, 4, 2}));

    for (int k = 0; k < 4; ++k) {
        // w_km = exp(S_km) / sum_m' exp(S_km').
        const double sum = std::exp(kScores[k][0]) + std::exp(kScores[k][1]) + std::exp(kScores[k][2]);
        double w[3];
        for (int m = 0; m < 3; ++m) {
            w[m] = std::exp(kScores[k][m]) / sum;
            EXPECT_NEAR(read.weights[0][k][m].item<double>(), w[m], 1e-6) << "q" << k << " p" << m;
        }
        // p_hat = w0 (1, 0) + w1 (0.6, 0.8) + w2 (-1, 0).
        EXPECT_NEAR(read.readout[0][k][0].item<double>(), w[0] + 0.6 * w[1] - w[2], 1e-6);
        EXPECT_NEAR(read.readout[0][k][1].item<double>(), 0.8 * w[1], 1e-6);
    }
    // q0: e^0.8, e^0.96, e^-0.8 = 2.2255, 2.6117, 0.4493 over 5.2866.
    EXPECT_NEAR(read.weights[0][0][0].item<double>(), 0.4210, 1e-4);
    EXPECT_NEAR(read.weights[0][0][1].item<double>(), 0.4940, 1e-4);
    EXPECT_NEAR(read.weights[0][0][2].item<double>(), 0.0850, 1e-4);

    EXPECT_TRUE(torch::equal(read.nearestItem, torch::tensor({1, 0, 1, 0}, torch::kLong).view({1, 4})));
    // The weights are detached and the items are state: nothing in the read
    // carries a gradient.
    EXPECT_FALSE(read.weights.requires_grad());
    EXPECT_FALSE(read.readout.requires_grad());
}

TEST(Memory, UpdateFollowsTheReferenceRule)
{
    Memory memory = exampleMemory();
    memory->update(exampleQueries());
    const torch::Tensor items = memory->items();

    // v_km / max_k' v_k'm = exp(S_km - max_k' S_k'm): the softmax
    // denominators cancel. Column maxima over ALL queries: p0 0.8 (q0, which
    // is p1's), p1 0.96 (q0).
    // p0 gets q1 and q3: p0 + e^(0.6-0.8) q1 + e^(0.28-0.8) q3.
    const double a1 = std::exp(0.6 - 0.8), a3 = std::exp(0.28 - 0.8);
    double x0 = 1.0 + a1 * 0.6 + a3 * 0.28, y0 = 0.0 + a1 * -0.8 + a3 * -0.96;
    // p1 gets q0 and q2: p1 + e^0 q0 + e^(0.936-0.96) q2.
    const double b2 = std::exp(0.936 - 0.96);
    double x1 = 0.6 + 0.8 + b2 * 0.28, y1 = 0.8 + 0.6 + b2 * 0.96;
    const double n0 = std::hypot(x0, y0), n1 = std::hypot(x1, y1);
    x0 /= n0, y0 /= n0, x1 /= n1, y1 /= n1;
    // Numerically: p0 -> (0.8041, -0.5945), p1 -> (0.5821, 0.8131). (Had
    // the max run over p0's assigned queries only, p0 would be
    // normalise((1, 0) + q1 + e^-0.32 q3) = (0.7694, -0.6388).)
    EXPECT_NEAR(x0, 0.8041, 1e-4);
    EXPECT_NEAR(y0, -0.5945, 1e-4);
    EXPECT_NEAR(x1, 0.5821, 1e-4);
    EXPECT_NEAR(y1, 0.8131, 1e-4);

    EXPECT_NEAR(items[0][0].item<double>(), x0, 1e-6);
    EXPECT_NEAR(items[0][1].item<double>(), y0, 1e-6);
    EXPECT_NEAR(items[1][0].item<double>(), x1, 1e-6);
    EXPECT_NEAR(items[1][1].item<double>(), y1, 1e-6);
    // No query chose p2: unchanged.
    EXPECT_NEAR(items[2][0].item<double>(), -1.0, 1e-7);
    EXPECT_NEAR(items[2][1].item<double>(), 0.0, 1e-7);
}

TEST(Memory, CompactnessIsMeanSquaredDistanceToNearestItem)
{
    Memory memory = exampleMemory();
    const torch::Tensor queries = exampleQueries();
    // |q - p|^2 = 2 - 2 S for unit vectors: q0-p1 0.08, q1-p0 0.8, q2-p1
    // 0.128, q3-p0 1.44; averaged over 4 queries x 2 channels: 2.448 / 8.
    EXPECT_NEAR(memory->compactnessLoss(queries).item<double>(), 0.306, 1e-6);
    // Per query: mean over the 2 channels. D_t = their mean = 0.306.
    const torch::Tensor distance = memory->queryDistance(queries);
    ASSERT_EQ(distance.sizes(), (std::vector<std::int64_t>{1, 4}));
    const double expected[4] = {0.04, 0.4, 0.064, 0.72};
    for (int k = 0; k < 4; ++k)
        EXPECT_NEAR(distance[0][k].item<double>(), expected[k], 1e-6) << "q" << k;
    EXPECT_NEAR(distance.mean().item<double>(), 0.306, 1e-6);
}

TEST(Memory, SeparatenessIsTripletLossWithNearestAndSecondNearest)
{
    Memory memory = exampleMemory();
    // max(0, |q - nearest| - |q - second| + 1), distances sqrt(2 - 2 S):
    //   q0: sqrt(0.08)  - sqrt(0.4)  + 1 = 0.650387
    //   q1: sqrt(0.8)   - sqrt(2.56) + 1 = 0.294427
    //   q2: sqrt(0.128) - sqrt(1.44) + 1 = 0.157771
    //   q3: sqrt(1.44)  - sqrt(2.56) + 1 = 0.6
    const double expected = (std::sqrt(0.08) - std::sqrt(0.4) + 1 + std::sqrt(0.8) - 1.6 + 1 +
                             std::sqrt(0.128) - 1.2 + 1 + 1.2 - 1.6 + 1) / 4;
    EXPECT_NEAR(expected, 0.425646, 1e-6);
    // Tolerance covers the 1e-6 that PyTorch's pairwise distance adds.
    EXPECT_NEAR(memory->separatenessLoss(exampleQueries()).item<double>(), expected, 1e-5);
}

TEST(Memory, LossGradientsReachQueriesButNeverItems)
{
    Memory memory = exampleMemory();
    const torch::Tensor queries = exampleQueries().requires_grad_(true);
    const torch::Tensor loss = memory->compactnessLoss(queries) + memory->separatenessLoss(queries) +
                               memory->read(queries).readout.sum();
    loss.backward();
    ASSERT_TRUE(queries.grad().defined());
    EXPECT_GT(queries.grad().abs().sum().item<double>(), 0.0);
    EXPECT_FALSE(memory->items().requires_grad());
    EXPECT_FALSE(memory->items().grad().defined());
    EXPECT_TRUE(memory->parameters().empty()); // items are a buffer
    EXPECT_EQ(memory->named_buffers().size(), 1u);
    EXPECT_TRUE(memory->named_buffers().contains("items"));
    // Compactness alone: d/dq mean((q - p)^2) = 2 (q - p) / 8 for q0 (p1).
    const torch::Tensor q = exampleQueries().requires_grad_(true);
    memory->compactnessLoss(q).backward();
    EXPECT_NEAR(q.grad()[0][0][0].item<double>(), 2 * (0.8 - 0.6) / 8, 1e-6);
    EXPECT_NEAR(q.grad()[0][0][1].item<double>(), 2 * (0.6 - 0.8) / 8, 1e-6);
}

TEST(Memory, ItemsStayUnitNormThroughManyUpdates)
{
    torch::manual_seed(3);
    Memory memory(10, 32);
    for (int step = 0; step < 20; ++step)
        memory->update(queriesFromFeatureMap(torch::randn({2, 32, 4, 4})));
    const torch::Tensor norms = memory->items().norm(2, {1});
    EXPECT_TRUE(torch::allclose(norms, torch::ones_like(norms), 1e-5, 1e-6)) << norms;
}

TEST(Memory, SeededInitialisationIsDeterministicAndUnitNorm)
{
    torch::manual_seed(42);
    Memory first(10, 16);
    torch::manual_seed(42);
    Memory second(10, 16);
    torch::manual_seed(43);
    Memory other(10, 16);
    EXPECT_TRUE(torch::equal(first->items(), second->items()));
    EXPECT_FALSE(torch::equal(first->items(), other->items()));
    const torch::Tensor norms = first->items().norm(2, {1});
    EXPECT_TRUE(torch::allclose(norms, torch::ones_like(norms), 1e-6, 1e-6));
    // Uniform [0, 1) before normalisation: every coordinate is non-negative.
    EXPECT_GE(first->items().min().item<double>(), 0.0);
}

TEST(Memory, SetItemsNormalisesAndRejectsWrongShapes)
{
    Memory memory(3, 2);
    memory->setItems(torch::tensor({3.0f, 4.0f, 0.0f, 2.0f, -5.0f, 0.0f}).view({3, 2}));
    EXPECT_NEAR(memory->items()[0][0].item<double>(), 0.6, 1e-6);
    EXPECT_NEAR(memory->items()[0][1].item<double>(), 0.8, 1e-6);
    EXPECT_THROW(memory->setItems(torch::ones({2, 2})), std::invalid_argument);
    EXPECT_THROW(memory->scores(torch::ones({4, 2})), std::invalid_argument);
    EXPECT_THROW(Memory(1, 2), std::invalid_argument);
}

TEST(Memory, QueryLayoutRoundTripsAndNormalisesChannels)
{
    const torch::Tensor features = torch::arange(1, 1 + 2 * 3 * 2 * 2, torch::kFloat).view({2, 3, 2, 2});
    const torch::Tensor queries = queriesFromFeatureMap(features);
    ASSERT_EQ(queries.sizes(), (std::vector<std::int64_t>{2, 4, 3}));
    // Query (b=0, k=1) is pixel (0, 1): channels 2, 6, 10.
    const double norm = std::sqrt(4.0 + 36.0 + 100.0);
    EXPECT_NEAR(queries[0][1][0].item<double>(), 2.0 / norm, 1e-6);
    EXPECT_NEAR(queries[0][1][2].item<double>(), 10.0 / norm, 1e-6);
    const torch::Tensor back = featureMapFromQueries(queries, 2, 2);
    EXPECT_TRUE(torch::allclose(back, features / features.norm(2, {1}, true)));
}

TEST(MemoryGate, PerfectPredictionPassesTheGate)
{
    const torch::Tensor frame = torch::rand({1, 3, 8, 8}) * 2 - 1;
    const torch::Tensor error = memoryGateError(frame, frame);
    EXPECT_EQ(error.item<double>(), 0.0); // not NaN: 0/0 is defined as 0
    EXPECT_LT(error.item<double>(), kMemoryGatePrediction);
}

TEST(MemoryGate, LargeErrorIsRefused)
{
    // On [0, 1] every pixel is off by 1: e = 1 everywhere, eps = 1.
    const torch::Tensor error = memoryGateError(torch::ones({1, 3, 4, 4}), -torch::ones({1, 3, 4, 4}));
    EXPECT_NEAR(error.item<double>(), 1.0, 1e-6);
    EXPECT_GE(error.item<double>(), kMemoryGateReconstruction);
}

TEST(MemoryGate, ExactValueOnASmallFrame)
{
    // gt 0 -> 0.5 on [0, 1]; pred (0.2, -0.4) -> 0.6, 0.3: e = 0.01, 0.04.
    const torch::Tensor target = torch::zeros({2, 1, 1, 2});
    torch::Tensor prediction = torch::zeros({2, 1, 1, 2});
    prediction[0][0][0][0] = 0.2f;
    prediction[0][0][0][1] = -0.4f;
    const double n1 = 1 - std::exp(-0.01), n2 = 1 - std::exp(-0.04);
    const double expected = (n1 * 0.01 + n2 * 0.04) / (n1 + n2); // 0.033928
    EXPECT_NEAR(expected, 0.033928, 1e-6);
    const torch::Tensor error = memoryGateError(prediction, target);
    ASSERT_EQ(error.sizes(), (std::vector<std::int64_t>{2}));
    EXPECT_NEAR(error[0].item<double>(), expected, 1e-7);
    EXPECT_EQ(error[1].item<double>(), 0.0); // frame 1 is perfect
    EXPECT_THROW(memoryGateError(prediction, torch::zeros({2, 1, 2, 2})), std::invalid_argument);
}

} // namespace
} // namespace anomalens::models
