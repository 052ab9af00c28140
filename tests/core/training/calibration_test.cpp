// Calibration statistics and the calibrated score, on hand-computed numbers.
// Torch-free.
#include "training/calibration.h"

#include <gtest/gtest.h>

#include <cmath>

namespace anomalens::training {
namespace {

TEST(Calibration, SummaryMatchesHandComputedValues)
{
    // 1..10 plus values to be left out.
    std::vector<double> values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, NAN, INFINITY};
    const SignalStats stats = summarise(values);
    EXPECT_EQ(stats.count, 10);
    EXPECT_DOUBLE_EQ(stats.mean, 5.5);
    EXPECT_NEAR(stats.std, std::sqrt(8.25), 1e-12); // population std of 1..10
    EXPECT_DOUBLE_EQ(stats.min, 1.0);
    EXPECT_DOUBLE_EQ(stats.max, 10.0);
    // numpy.percentile([1..10], q): linear interpolation.
    EXPECT_DOUBLE_EQ(stats.p50, 5.5);
    EXPECT_NEAR(stats.p95, 9.55, 1e-12);
    EXPECT_NEAR(stats.p99, 9.91, 1e-12);
    EXPECT_NEAR(percentile(values, 99.5), 9.955, 1e-12);
    EXPECT_EQ(summarise({NAN}).count, 0);
    EXPECT_TRUE(std::isnan(summarise({}).mean));
}

TEST(Calibration, ScoreRisesWhenPsnrFallsOrFeatureDistanceRises)
{
    Calibration calibration;
    calibration.psnrWeight = 0.6;
    calibration.psnrDb.mean = 30.0;
    calibration.psnrDb.std = 2.0;
    calibration.featureDistance = SignalStats{};
    calibration.featureDistance->mean = 0.01;
    calibration.featureDistance->std = 0.005;
    // An average normal frame scores 0.
    EXPECT_NEAR(calibratedScore({30.0, 0.01}, calibration), 0.0, 1e-12);
    // PSNR 2 std below normal: 0.6 * 2; D 2 std above: 0.4 * 2.
    EXPECT_NEAR(calibratedScore({26.0, 0.01}, calibration), 1.2, 1e-12);
    EXPECT_NEAR(calibratedScore({30.0, 0.02}, calibration), 0.8, 1e-12);
    EXPECT_NEAR(calibratedScore({26.0, 0.02}, calibration), 2.0, 1e-12);
    EXPECT_TRUE(std::isnan(calibratedScore({NAN, 0.01}, calibration)));
    // Without a feature distance (FFP), D is ignored even if present.
    calibration.featureDistance.reset();
    calibration.psnrWeight = 1.0;
    EXPECT_NEAR(calibratedScore({26.0, 5.0}, calibration), 2.0, 1e-12);
}

TEST(Calibration, DestroyerErrorAddsWithItsOwnWeight)
{
    // F2LM: g3 * -z(PSNR) + g4 * z(Destroyer MSE), g3 = 0.48, g4 = 1.
    std::vector<FrameSignals> frames;
    for (int i = 0; i < 100; ++i)
        frames.push_back({30.0 + (i % 2 ? 2.0 : -2.0), NAN, 0.01 + (i % 4 < 2 ? 0.002 : -0.002)});
    frames.push_back({30.0, NAN, NAN}); // no Destroyer error: left out
    const Calibration calibration = calibrate(frames, {0.48, false, 1.0});
    EXPECT_EQ(calibration.frames, 100);
    EXPECT_DOUBLE_EQ(calibration.psnrWeight, 0.48);
    EXPECT_DOUBLE_EQ(calibration.destroyerWeight, 1.0);
    ASSERT_TRUE(calibration.destroyerMse);
    EXPECT_NEAR(calibration.destroyerMse->mean, 0.01, 1e-12);
    EXPECT_NEAR(calibration.destroyerMse->std, 0.002, 1e-12);
    EXPECT_FALSE(calibration.featureDistance);
    // PSNR 1 std below normal and the Destroyer error 3 std above.
    EXPECT_NEAR(calibratedScore({28.0, NAN, 0.016}, calibration), 0.48 * 1.0 + 1.0 * 3.0, 1e-9);
    EXPECT_TRUE(std::isnan(calibratedScore({28.0, NAN, NAN}, calibration)));
    // Without a Destroyer weight the error is ignored, as before.
    const Calibration ffp = calibrate(frames, {0.48, false});
    EXPECT_FALSE(ffp.destroyerMse);
    EXPECT_DOUBLE_EQ(ffp.psnrWeight, 1.0);
    EXPECT_EQ(ffp.frames, 101);
}

TEST(Calibration, F2lmMixesPsnrAndBothTripletDistances)
{
    // g3 * -z(PSNR) + g1 * z(T_l) + g2 * z(T_m), METHODS.md's Ped2 weights.
    std::vector<FrameSignals> frames;
    for (int i = 0; i < 96; ++i) { // a whole number of each pattern's periods
        FrameSignals frame{30.0 + (i % 2 ? 1.0 : -1.0)};
        frame.labelTriplet = -0.5 + (i % 4 < 2 ? 0.1 : -0.1);
        frame.motionTriplet = -0.2 + (i % 8 < 4 ? 0.05 : -0.05);
        frames.push_back(frame);
    }
    frames.push_back({30.0}); // no triplet signals: left out
    ScoreWeights weights{0.48};
    weights.labelTriplet = 0.02;
    weights.motionTriplet = 0.50;
    const Calibration calibration = calibrate(frames, weights);
    EXPECT_EQ(calibration.frames, 96);
    ASSERT_TRUE(calibration.labelTriplet && calibration.motionTriplet);
    EXPECT_FALSE(calibration.destroyerMse);
    EXPECT_NEAR(calibration.labelTriplet->std, 0.1, 1e-12);
    EXPECT_NEAR(calibration.motionTriplet->mean, -0.2, 1e-12);
    FrameSignals odd{29.0};
    odd.labelTriplet = -0.3;  // +2 std
    odd.motionTriplet = 0.0;  // +4 std
    EXPECT_NEAR(calibratedScore(odd, calibration), 0.48 * 1.0 + 0.02 * 2.0 + 0.50 * 4.0, 1e-9);
    odd.motionTriplet = NAN;
    EXPECT_TRUE(std::isnan(calibratedScore(odd, calibration)));
}

TEST(Calibration, ThresholdIsTheHighPercentileOfNormalScores)
{
    std::vector<FrameSignals> frames;
    for (int i = 0; i < 400; ++i)
        frames.push_back({30.0 + std::sin(i * 0.7) * 3.0, 0.01 + std::cos(i * 1.3) * 0.002});
    frames.push_back({NAN, 0.01}); // an unusable frame is left out of every statistic
    const Calibration calibration = calibrate(frames, {0.6, /*featureDistance=*/true});
    EXPECT_EQ(calibration.frames, 400);
    ASSERT_TRUE(calibration.featureDistance);
    EXPECT_EQ(calibration.psnrDb.count, 400);
    EXPECT_EQ(calibration.featureDistance->count, 400);
    EXPECT_NEAR(calibration.score.mean, 0.0, 1e-9); // z-scores of the calibration frames themselves
    EXPECT_GT(calibration.threshold, calibration.score.p50);
    EXPECT_GE(calibration.threshold, calibration.score.p99);
    EXPECT_LE(calibration.threshold, calibration.score.max);
    std::vector<double> scores;
    for (int i = 0; i < 400; ++i)
        scores.push_back(calibratedScore(frames[static_cast<std::size_t>(i)], calibration));
    EXPECT_DOUBLE_EQ(calibration.threshold, percentile(scores, kThresholdPercentile));

    const Calibration psnrOnly = calibrate(frames, {0.6, /*featureDistance=*/false});
    EXPECT_FALSE(psnrOnly.featureDistance);
    EXPECT_DOUBLE_EQ(psnrOnly.psnrWeight, 1.0);
    EXPECT_THROW(calibrate({{NAN, NAN}}, {0.6, true}), std::invalid_argument);
}

// MNAD's D_t is ~1e-6 with a spread of the same order at the paper profile:
// the floor must not re-weight it (an absolute 1e-6 floor once did).
TEST(Calibration, TinySignalsKeepTheirOwnSpread)
{
    std::vector<FrameSignals> frames;
    for (int i = 0; i < 200; ++i)
        frames.push_back({35.0 + std::sin(i * 0.7) * 1.5, 3.5e-6 + std::cos(i * 1.3) * 9e-7});
    const Calibration calibration = calibrate(frames, {0.6, /*featureDistance=*/true});
    ASSERT_TRUE(calibration.featureDistance);
    const SignalStats& distance = *calibration.featureDistance;
    EXPECT_LT(distance.std, 1e-6);
    EXPECT_DOUBLE_EQ(usableStd(distance.mean, distance.std), distance.std);
    FrameSignals odd{calibration.psnrDb.mean, distance.mean + 3.0 * distance.std};
    EXPECT_NEAR(calibratedScore(odd, calibration), 0.4 * 3.0, 1e-9);
    EXPECT_NEAR(calibration.score.std, std::sqrt(0.6 * 0.6 + 0.4 * 0.4), 0.1); // two uncorrelated unit z-scores
}

TEST(Calibration, ConstantSignalDoesNotDivideByZero)
{
    const Calibration calibration = calibrate({{30.0, 0.0}, {30.0, 0.0}}, {0.6, true});
    EXPECT_DOUBLE_EQ(calibration.threshold, 0.0);
    EXPECT_TRUE(std::isfinite(calibratedScore({29.0, 0.0}, calibration)));
    EXPECT_GT(calibratedScore({29.0, 0.0}, calibration), 0.0);
}

} // namespace
} // namespace anomalens::training
