#include "analysis/scorenorm.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <stdexcept>

using namespace anomalens::analysis;

namespace {

using Series = std::vector<double>;
const double kNaN = std::nan("");

// scipy's kernel for sigma = 1, truncate = 4 (radius int(4 * 1 + 0.5) = 4):
// exp(-x^2 / 2) for x = 0..4 is 1, 0.60653066, 0.13533528, 0.01110900,
// 0.00033546; their symmetric sum is 2.50662080, so the normalised taps are:
const double w0 = 0.39894346935609776;
const double w1 = 0.24197144565660073;
const double w2 = 0.05399112742070441;
const double w3 = 0.0044318616200312655;
const double w4 = 0.00013383062461474175;

void expectSeriesNear(const Series& actual, const Series& expected, double tolerance)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i]))
            EXPECT_TRUE(std::isnan(actual[i])) << "frame " << i;
        else
            EXPECT_NEAR(actual[i], expected[i], tolerance) << "frame " << i;
    }
}

} // namespace

TEST(MinMaxNormalise, MapsRangeToUnitInterval)
{
    expectSeriesNear(minMaxNormalise({2, 4, 6, 3}), {0.0, 0.5, 1.0, 0.25}, 1e-15);
}

TEST(MinMaxNormalise, ConstantSeriesBecomesAllZeros)
{
    // Documented choice: nothing stands out, so nothing scores as abnormal.
    EXPECT_EQ(minMaxNormalise({3.5, 3.5, 3.5}), (Series{0, 0, 0}));
    EXPECT_EQ(minMaxNormalise({7.0}), (Series{0}));
    EXPECT_TRUE(minMaxNormalise({}).empty());
}

TEST(MinMaxNormalise, NaNFramesAreLeftOutAndStayNaN)
{
    expectSeriesNear(minMaxNormalise({1, kNaN, 3, 2}), {0.0, kNaN, 1.0, 0.5}, 1e-15);
    expectSeriesNear(minMaxNormalise({kNaN, kNaN}), {kNaN, kNaN}, 0.0);
}

TEST(ZScoreNormalise, UsesPopulationStd)
{
    // Mean 2, population variance ((1 + 0 + 1) / 3) = 2/3, std 0.81649658.
    const double z = 1.0 / std::sqrt(2.0 / 3.0); // 1.22474487
    expectSeriesNear(zScoreNormalise({1, 2, 3}), {-z, 0.0, z}, 1e-15);
    // NaN left out of mean and std.
    expectSeriesNear(zScoreNormalise({1, kNaN, 2, 3}), {-z, kNaN, 0.0, z}, 1e-15);
}

TEST(ZScoreNormalise, ConstantSeriesBecomesAllZeros)
{
    EXPECT_EQ(zScoreNormalise({30.25, 30.25, 30.25, 30.25}), (Series{0, 0, 0, 0}));
}

TEST(ZScoreNormalise, StableFarFromZero)
{
    // A naive sum-of-squares variance loses these digits to cancellation.
    const Series shifted = zScoreNormalise({1e9 + 1, 1e9 + 2, 1e9 + 3});
    const double z = 1.0 / std::sqrt(2.0 / 3.0);
    expectSeriesNear(shifted, {-z, 0.0, z}, 1e-9);
}

TEST(GaussianKernel, MatchesScipyForSigmaOne)
{
    const Series kernel = gaussianKernel1d(1.0);
    expectSeriesNear(kernel, {w4, w3, w2, w1, w0, w1, w2, w3, w4}, 1e-16);
    EXPECT_NEAR(std::accumulate(kernel.begin(), kernel.end(), 0.0), 1.0, 1e-15);
    // Radius int(truncate * sigma + 0.5): 2.5 * 4 + 0.5 = 10.5 -> 10.
    EXPECT_EQ(gaussianKernel1d(2.5).size(), 21u);
    EXPECT_EQ(gaussianKernel1d(1.0, 2.0).size(), 5u);
    EXPECT_THROW(gaussianKernel1d(0.0), std::invalid_argument);
    EXPECT_THROW(gaussianKernel1d(-1.0), std::invalid_argument);
    EXPECT_THROW(gaussianKernel1d(1.0, 0.0), std::invalid_argument);
}

TEST(GaussianSmooth, DeltaGivesTheNormalisedKernel)
{
    Series delta(41, 0.0);
    delta[20] = 1.0;
    const double sigma = 3.0;
    const Series smoothed = gaussianSmooth1d(delta, sigma);
    const Series kernel = gaussianKernel1d(sigma); // radius int(12.5) = 12
    ASSERT_EQ(kernel.size(), 25u);
    for (int i = 0; i < 41; ++i) {
        const int tap = i - 20 + 12;
        const double expected = tap >= 0 && tap < 25 ? kernel[tap] : 0.0;
        EXPECT_NEAR(smoothed[i], expected, 1e-16) << "frame " << i;
    }
    // And the same taps from the formula: exp(-x^2 / 18) / sum.
    double sum = 0.0;
    for (int x = -12; x <= 12; ++x)
        sum += std::exp(-x * x / 18.0);
    EXPECT_NEAR(smoothed[20], 1.0 / sum, 1e-16);
    EXPECT_NEAR(smoothed[23], std::exp(-9.0 / 18.0) / sum, 1e-16);
}

TEST(GaussianSmooth, ReflectPaddingAtTheEdges)
{
    // Delta on the first frame, sigma 1 (radius 4). 'reflect' mirrors with the
    // edge repeated: x[-1] = x[0] = 1 and x[-k] = x[k-1], so output i collects
    // the taps at offsets -i and -i-1: w_i + w_(i+1); frame 4 only reaches
    // x[0] (w4); frame 5 reaches neither.
    const Series smoothed = gaussianSmooth1d({1, 0, 0, 0, 0, 0}, 1.0);
    expectSeriesNear(smoothed, {w0 + w1, w1 + w2, w2 + w3, w3 + w4, w4, 0.0}, 1e-15);
    // 0.64091492, 0.29596257, 0.05842299, 0.00456569, 0.00013383, 0.
    EXPECT_NEAR(smoothed[0], 0.6409149150126985, 1e-15);

    // Mirror image at the right edge.
    const Series right = gaussianSmooth1d({0, 0, 0, 0, 0, 1}, 1.0);
    expectSeriesNear(right, {0.0, w4, w3 + w4, w2 + w3, w1 + w2, w0 + w1}, 1e-15);
}

TEST(GaussianSmooth, KernelLongerThanTheSeriesReflectsRepeatedly)
{
    // n = 2: the extension is periodic with period 4: ... b a | a b | b a a b
    // ... so around frame 0 the offsets -4..4 read a b b a [a] b b a a.
    // With {a, b} = {1, 0}: out[0] = w4 + w1 + w0 + w3 + w4.
    const Series smoothed = gaussianSmooth1d({1, 0}, 1.0);
    const double first = w0 + w1 + w3 + 2 * w4;
    // {1, 0} + {0, 1} = {1, 1} smooths to {1, 1}, and {0, 1} is the mirror
    // image of {1, 0}, so out[1] = 1 - out[0].
    expectSeriesNear(smoothed, {first, 1.0 - first}, 1e-15);
    expectSeriesNear(gaussianSmooth1d({4.0}, 5.0), {4.0}, 1e-15);
}

TEST(GaussianSmooth, PreservesConstantsAndSkipsNaN)
{
    expectSeriesNear(gaussianSmooth1d({2, 2, 2, 2, 2, 2, 2}, 1.5), {2, 2, 2, 2, 2, 2, 2}, 1e-15);
    // A NaN frame stays NaN and its neighbours average only finite frames.
    expectSeriesNear(gaussianSmooth1d({2, kNaN, 2, 2, 2}, 1.5), {2, kNaN, 2, 2, 2}, 1e-15);
    // Frame 0 of {0, NaN, 3} with sigma 1: the extension is periodic with
    // period 6 (a b c c b a), so offsets -4..4 read c c b a [a] b c c b,
    // i.e. 3 3 N 0 [0] N 3 3 N. The finite taps weigh w4 + w3 + w1 + w0 +
    // w2 + w3 and contribute 3 (w4 + w3 + w2 + w3).
    const Series smoothed = gaussianSmooth1d({0, kNaN, 3}, 1.0);
    const double expected = 3 * (w4 + 2 * w3 + w2) / (w4 + 2 * w3 + w2 + w1 + w0);
    EXPECT_NEAR(smoothed[0], expected, 1e-15);
    EXPECT_TRUE(std::isnan(smoothed[1]));
}

TEST(GaussianSmooth, SigmaZeroIsOffAndBadSigmaThrows)
{
    const Series series{1, 5, 2, kNaN, 3};
    expectSeriesNear(gaussianSmooth1d(series, 0.0), series, 0.0);
    EXPECT_THROW(gaussianSmooth1d(series, -1.0), std::invalid_argument);
    EXPECT_THROW(gaussianSmooth1d(series, std::nan("")), std::invalid_argument);
}

namespace anomalens::analysis {
namespace {

// Hand-computed: PSNR {30, 20, 25} -> g = {1, 0, 0.5}; D {0.1, 0.3, 0.2} ->
// g = {0, 1, 0.5}; alpha 0.6: normality = 0.6 g(P) + 0.4 (1 - g(D)) =
// {1, 0, 0.5}; anomaly = 1 - normality.
TEST(PerVideoAnomalyScores, IsOneMinusMnadsNormality)
{
    const std::vector<double> scores = perVideoAnomalyScores({30, 20, 25}, {0.1, 0.3, 0.2}, 0.6);
    ASSERT_EQ(scores.size(), 3u);
    EXPECT_NEAR(scores[0], 0.0, 1e-12);
    EXPECT_NEAR(scores[1], 1.0, 1e-12);
    EXPECT_NEAR(scores[2], 0.5, 1e-12);
    // Disagreeing signals: PSNR says normal (g = 1), D says abnormal (g = 1).
    const std::vector<double> mixed = perVideoAnomalyScores({30, 20}, {0.3, 0.1}, 0.6);
    EXPECT_NEAR(mixed[0], 1.0 - (0.6 * 1.0 + 0.4 * 0.0), 1e-12);
    EXPECT_NEAR(mixed[1], 1.0 - (0.6 * 0.0 + 0.4 * 1.0), 1e-12);
}

TEST(PerVideoAnomalyScores, PsnrAloneForFfpAndNaNStaysNaN)
{
    const double nan = std::nan("");
    const std::vector<double> scores = perVideoAnomalyScores({nan, 40, 20, 30}, {}, 1.0);
    EXPECT_TRUE(std::isnan(scores[0]));
    EXPECT_NEAR(scores[1], 0.0, 1e-12);
    EXPECT_NEAR(scores[2], 1.0, 1e-12);
    EXPECT_NEAR(scores[3], 0.5, 1e-12);
    EXPECT_THROW(perVideoAnomalyScores({1, 2}, {1}, 0.6), std::invalid_argument);
    EXPECT_THROW(perVideoAnomalyScores({1, 2}, {}, 1.5), std::invalid_argument);
}

} // namespace
} // namespace anomalens::analysis

namespace anomalens::analysis {
namespace {

TEST(PerVideoWeightedScores, MinMaxOfTheWeightedZScores)
{
    // z(a) = (-1, 1, -1, 1)·... by hand: a = {0, 2, 0, 2} -> z = {-1, 1, -1, 1};
    // b = {1, 1, 3, 3} -> z = {-1, -1, 1, 1}. 0.5 z(a) + 2 z(b) = {-2.5, -1.5,
    // 1.5, 2.5} -> min-max {0, 0.2, 0.8, 1}.
    const std::vector<double> scores = perVideoWeightedScores({{{0, 2, 0, 2}, 0.5}, {{1, 1, 3, 3}, 2.0}});
    ASSERT_EQ(scores.size(), 4u);
    EXPECT_NEAR(scores[0], 0.0, 1e-12);
    EXPECT_NEAR(scores[1], 0.2, 1e-12);
    EXPECT_NEAR(scores[2], 0.8, 1e-12);
    EXPECT_NEAR(scores[3], 1.0, 1e-12);
    // A NaN in any signal leaves that frame NaN; the Destroyer's mix is this
    // with -PSNR.
    const std::vector<double> withGap = perVideoWeightedScores({{{0, 2, NAN, 2}, 1.0}, {{1, 1, 3, 3}, 1.0}});
    EXPECT_TRUE(std::isnan(withGap[2]));
    const std::vector<double> destroyer = perVideoDestroyerScores({0, -2, 0, -2}, {1, 1, 3, 3}, 0.5, 2.0);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(destroyer[i], scores[i], 1e-12);
    EXPECT_THROW(perVideoWeightedScores({}), std::invalid_argument);
    EXPECT_THROW(perVideoWeightedScores({{{1, 2}, 1.0}, {{1}, 1.0}}), std::invalid_argument);
    EXPECT_THROW(perVideoWeightedScores({{{1, 2}, -1.0}}), std::invalid_argument);
}

} // namespace
} // namespace anomalens::analysis
