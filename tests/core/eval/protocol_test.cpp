#include "eval/protocol.h"

#include "analysis/scorenorm.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace anomalens::eval;

namespace {

using Scores = std::vector<double>;
using Labels = std::vector<uint8_t>;

ProtocolOptions options(ScoreNormalisation normalisation, int framesToDrop, double sigmaFrames = 0.0)
{
    ProtocolOptions o;
    o.normalisation = normalisation;
    o.framesToDrop = framesToDrop;
    o.smoothingSigmaFrames = sigmaFrames;
    return o;
}

} // namespace

TEST(Protocol, DefaultsAreThePapers)
{
    const ProtocolOptions defaults;
    EXPECT_EQ(defaults.normalisation, ScoreNormalisation::PerVideoMinMax);
    EXPECT_EQ(defaults.framesToDrop, 4);
    EXPECT_EQ(defaults.smoothingSigmaFrames, 0.0);
}

TEST(Protocol, DropsTheFirstFramesOfEachVideo)
{
    // Frames 0-3 have no full history: here they are normal but score highest
    // (or have no score at all), which the protocol must ignore.
    const VideoScores a{"01", {100, 100, 100, 100, 1, 2, 3, 4, 5, 6}, {0, 0, 0, 0, 0, 0, 0, 1, 1, 1}};
    const double nan = std::nan("");
    const VideoScores b{"02", {nan, nan, nan, nan, 1, 2, 3}, {0, 0, 0, 0, 0, 1, 1}};

    const ProtocolResult kept = evaluateProtocol({a, b}, options(ScoreNormalisation::None, 4));
    EXPECT_EQ(kept.framesEvaluated, 6 + 3);
    ASSERT_EQ(kept.videos.size(), 2u);
    EXPECT_EQ(kept.videos[0].video, "01");
    EXPECT_EQ(kept.videos[0].framesEvaluated, 6);
    EXPECT_EQ(kept.videos[1].framesEvaluated, 3);
    EXPECT_EQ(kept.videos[0].auc, 1.0);
    EXPECT_EQ(kept.videos[1].auc, 1.0);
    // Concatenation: anomalous {4,5,6,2,3}, normal {1,2,3,1}. Pairs lost or
    // tied: 2 vs 2 (tie, -0.5), 2 vs 3 (-1), 3 vs 3 (tie, -0.5): 20 pairs,
    // 18 won -> 0.9.
    EXPECT_DOUBLE_EQ(kept.auc, 0.9);

    // Keeping video 01's first frames: its four normal 100s outrank all three
    // anomalous frames: 3 of 7 * 3 pairs won -> 9/21 within the video.
    const ProtocolResult all = evaluateProtocol({a}, options(ScoreNormalisation::None, 0));
    EXPECT_EQ(all.framesEvaluated, 10);
    EXPECT_DOUBLE_EQ(all.auc, 9.0 / 21.0);
    // ...and NaN scores that are not dropped are an error naming the frame.
    EXPECT_THROW(evaluateProtocol({b}, options(ScoreNormalisation::None, 3)), std::invalid_argument);
}

TEST(Protocol, PerVideoNormalisationChangesTheOverallAuc)
{
    // Same pattern in two cameras, the second with a baseline 10 higher.
    const VideoScores a{"01", {0.0, 0.2, 0.8, 1.0}, {0, 0, 1, 1}};
    const VideoScores b{"02", {10.0, 10.2, 10.8, 11.0}, {0, 0, 1, 1}};

    // Raw: every anomalous frame of 01 loses to both normal frames of 02;
    // the other 12 of 16 pairs are won -> 0.75.
    const ProtocolResult raw = evaluateProtocol({a, b}, options(ScoreNormalisation::None, 0));
    EXPECT_DOUBLE_EQ(raw.auc, 0.75);
    // Per video both become {0, 0.2, 0.8, 1} (min-max) or the same z-scores:
    // every anomalous frame outranks every normal frame -> 1.
    const ProtocolResult minMax = evaluateProtocol({a, b}, options(ScoreNormalisation::PerVideoMinMax, 0));
    EXPECT_DOUBLE_EQ(minMax.auc, 1.0);
    EXPECT_DOUBLE_EQ(minMax.eer.eer, 0.0);
    const ProtocolResult zScore = evaluateProtocol({a, b}, options(ScoreNormalisation::PerVideoZScore, 0));
    EXPECT_DOUBLE_EQ(zScore.auc, 1.0);
    // Per-video AUC does not depend on an affine per-video normalisation.
    for (const ProtocolResult* r : {&raw, &minMax, &zScore})
        for (const VideoResult& v : r->videos)
            EXPECT_EQ(v.auc, 1.0) << v.video;
}

TEST(Protocol, NormalisesOverTheKeptFramesOnly)
{
    // Min-max over frames 4.. only. Kept: 01 {1, 2} -> {0, 1}; 02 {0, 5, 10}
    // -> {0, 0.5, 1}; every anomalous 1 outranks every normal: AUC 1. Had the
    // dropped 100 entered 01's range, its anomalous frame would become 0.02
    // and lose to 02's normal 0.5.
    const VideoScores a{"01", {100, 0, 0, 0, 1, 2}, {0, 0, 0, 0, 0, 1}};
    const VideoScores b{"02", {0, 0, 0, 0, 0, 5, 10}, {0, 0, 0, 0, 0, 0, 1}};
    EXPECT_DOUBLE_EQ(evaluateProtocol({a, b}, {}).auc, 1.0);
}

TEST(Protocol, VideoWithOneClassHasNoAuc)
{
    const VideoScores normalOnly{"03", {0, 0, 0, 0, 0.1, 0.3, 0.2}, {0, 0, 0, 0, 0, 0, 0}};
    const VideoScores mixed{"04", {0, 0, 0, 0, 0.1, 0.9, 0.8}, {0, 0, 0, 0, 0, 1, 1}};
    const VideoScores tooShort{"05", {0.5, 0.5}, {1, 1}};
    const ProtocolResult r =
        evaluateProtocol({normalOnly, mixed, tooShort}, options(ScoreNormalisation::None, 4));
    ASSERT_EQ(r.videos.size(), 3u);
    EXPECT_FALSE(r.videos[0].auc.has_value());
    ASSERT_TRUE(r.videos[1].auc.has_value());
    EXPECT_DOUBLE_EQ(*r.videos[1].auc, 1.0);
    EXPECT_FALSE(r.videos[2].auc.has_value());
    EXPECT_EQ(r.videos[2].framesEvaluated, 0);
    // Overall: anomalous {0.9, 0.8} vs normal {0.1, 0.3, 0.2, 0.1}: all won.
    EXPECT_DOUBLE_EQ(r.auc, 1.0);
    EXPECT_EQ(r.framesEvaluated, 6);
}

TEST(Protocol, SmoothingRemovesAnIsolatedSpike)
{
    // 40 frames, anomalous plateau 20-29 at score 1, a one-frame spike of 1.5
    // at normal frame 5, zeros elsewhere. Unsmoothed the spike outranks all
    // 10 anomalous frames: AUC = (300 - 10) / 300.
    Scores scores(40, 0.0);
    Labels labels(40, 0);
    for (int f = 20; f < 30; ++f) {
        scores[f] = 1.0;
        labels[f] = 1;
    }
    scores[5] = 1.5;
    const VideoScores video{"01", scores, labels};
    EXPECT_DOUBLE_EQ(evaluateProtocol({video}, options(ScoreNormalisation::None, 0)).auc, 29.0 / 30.0);
    // With sigma = 2 the spike falls to 1.5 * w0 ~= 0.30 (w0 ~= 0.199), the
    // plateau's edge frames stay >= 0.5 + w0 / 2 ~= 0.60 and the normal
    // frames next to it <= 0.5 - w0 / 2 ~= 0.40: perfect separation.
    EXPECT_DOUBLE_EQ(evaluateProtocol({video}, options(ScoreNormalisation::None, 0, 2.0)).auc, 1.0);
}

TEST(Protocol, SmoothsEachVideoAfterNormalisingIt)
{
    const VideoScores a{"01", {0, 0, 0, 0, 0.1, 0.2, 0.9, 0.3, 0.2, 0.1, 0.0, 0.8},
                        {0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1}};
    const VideoScores b{"02", {0, 0, 0, 0, 3.0, 2.5, 2.0, 2.2, 2.1, 4.0, 4.5},
                        {0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1}};
    const double sigma = 1.5;
    const ProtocolResult r = evaluateProtocol({a, b}, options(ScoreNormalisation::PerVideoMinMax, 4, sigma));

    using anomalens::analysis::gaussianSmooth1d;
    using anomalens::analysis::minMaxNormalise;
    const auto kept = [](const VideoScores& v) { return Scores(v.scores.begin() + 4, v.scores.end()); };
    const auto keptLabels = [](const VideoScores& v) { return Labels(v.labels.begin() + 4, v.labels.end()); };
    Scores perVideo = gaussianSmooth1d(minMaxNormalise(kept(a)), sigma);
    const Scores smoothedB = gaussianSmooth1d(minMaxNormalise(kept(b)), sigma);
    perVideo.insert(perVideo.end(), smoothedB.begin(), smoothedB.end());
    Labels labels = keptLabels(a);
    const Labels labelsB = keptLabels(b);
    labels.insert(labels.end(), labelsB.begin(), labelsB.end());
    EXPECT_DOUBLE_EQ(r.auc, rocAuc(perVideo, labels));
    EXPECT_DOUBLE_EQ(r.eer.eer, equalErrorRate(perVideo, labels).eer);

    // The two other orders give different numbers on this case, so the
    // equality above does pin the order down.
    Scores acrossBoundary = minMaxNormalise(kept(a));
    const Scores normalisedB = minMaxNormalise(kept(b));
    acrossBoundary.insert(acrossBoundary.end(), normalisedB.begin(), normalisedB.end());
    EXPECT_NE(r.auc, rocAuc(gaussianSmooth1d(acrossBoundary, sigma), labels));
    Scores smoothFirst = minMaxNormalise(gaussianSmooth1d(kept(a), sigma));
    const Scores smoothFirstB = minMaxNormalise(gaussianSmooth1d(kept(b), sigma));
    smoothFirst.insert(smoothFirst.end(), smoothFirstB.begin(), smoothFirstB.end());
    EXPECT_NE(r.auc, rocAuc(smoothFirst, labels));
}

TEST(Protocol, RejectsBadInput)
{
    const VideoScores good{"01", {0, 0, 0, 0, 0.1, 0.9}, {0, 0, 0, 0, 0, 1}};
    const VideoScores mismatched{"02", {0.1, 0.2}, {0}};
    const VideoScores normalOnly{"03", {0, 0, 0, 0, 0.1, 0.9}, {0, 0, 0, 0, 0, 0}};
    EXPECT_THROW(evaluateProtocol({good, mismatched}, {}), std::invalid_argument);
    EXPECT_THROW(evaluateProtocol({normalOnly}, {}), std::invalid_argument);
    EXPECT_THROW(evaluateProtocol({}, {}), std::invalid_argument);
    EXPECT_THROW(evaluateProtocol({good}, options(ScoreNormalisation::None, -1)), std::invalid_argument);
    EXPECT_THROW(evaluateProtocol({good}, options(ScoreNormalisation::None, 0, -1.0)), std::invalid_argument);
    EXPECT_NO_THROW(evaluateProtocol({good}, {}));
}
