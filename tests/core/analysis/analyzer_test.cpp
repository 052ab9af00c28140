// Analyzer: what it reports per frame, that batching and resuming do not
// change a frame's numbers, cancellation, and bad input.
#include "analysistestutil.h"

#include "analysis/analyzer.h"
#include "media/mediaerror.h"
#include "media/videosource.h"
#include "training/bundle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace anomalens::analysis {
namespace {

using anomalens::test::TempDir;

struct Collected {
    std::vector<AnalyzedFrame> frames;
    std::vector<ResumePoint> resumePoints;
    StreamSummary summary;
};

Collected run(Analyzer& analyzer, const std::filesystem::path& clip, const ResumePoint& from = {},
              const std::atomic<bool>* cancel = nullptr, std::atomic<bool>* cancelAfterFirstBatch = nullptr)
{
    Collected collected;
    collected.summary = analyzer.analyze(
        clip.string(),
        [&](const std::vector<AnalyzedFrame>& frames, const ResumePoint& after) {
            collected.frames.insert(collected.frames.end(), frames.begin(), frames.end());
            collected.resumePoints.push_back(after);
            if (cancelAfterFirstBatch)
                *cancelAfterFirstBatch = true;
        },
        from, cancel ? cancel : cancelAfterFirstBatch);
    return collected;
}

// Equal frames: bit for bit, or (relativeTolerance > 0) within float
// rounding of the network's arithmetic.
void expectSameFrames(const std::vector<AnalyzedFrame>& a, const std::vector<AnalyzedFrame>& b,
                      double relativeTolerance = 0.0)
{
    const auto near = [&](double x, double y) {
        return x == y || std::abs(x - y) <= relativeTolerance * std::max(std::abs(x), std::abs(y));
    };
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].frameIndex, b[i].frameIndex);
        EXPECT_TRUE(near(a[i].signals.psnrDb, b[i].signals.psnrDb))
            << "frame " << a[i].frameIndex << ": " << a[i].signals.psnrDb << " vs " << b[i].signals.psnrDb;
        EXPECT_TRUE(near(a[i].signals.featureDistance, b[i].signals.featureDistance))
            << "frame " << a[i].frameIndex << ": " << a[i].signals.featureDistance << " vs "
            << b[i].signals.featureDistance;
        EXPECT_EQ(a[i].memoryUpdated, b[i].memoryUpdated) << "frame " << a[i].frameIndex;
    }
}

TEST(Analyzer, ScoresEveryFrameWithAFullHistoryInOrder)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir);
    AnalyzerOptions options;
    options.batchFrames = 8;
    options.decodeAheadFrames = 3;
    Analyzer analyzer(tiny.model.string(), options);
    EXPECT_EQ(analyzer.metadata().method, "mnad-pred");

    const Collected all = run(analyzer, tiny.testClip);
    const std::int64_t frameCount = media::VideoSource(tiny.testClip.string()).info().frameCount;
    EXPECT_EQ(all.summary.framesDecoded, frameCount);
    EXPECT_EQ(all.summary.framesScored, frameCount - 4);
    EXPECT_FALSE(all.summary.cancelled);
    ASSERT_EQ(all.frames.size(), static_cast<std::size_t>(frameCount - 4));
    // 36 frames in batches of 8: 5 batches, the last one of 4.
    ASSERT_EQ(all.resumePoints.size(), 5u);
    EXPECT_EQ(all.resumePoints.back().nextFrame, frameCount);
    const training::Calibration& calibration = *analyzer.metadata().calibration;
    for (std::size_t i = 0; i < all.frames.size(); ++i) {
        const AnalyzedFrame& frame = all.frames[i];
        EXPECT_EQ(frame.frameIndex, static_cast<std::int64_t>(i) + 4);
        EXPECT_TRUE(std::isfinite(frame.signals.psnrDb));
        EXPECT_GE(frame.signals.featureDistance, 0.0);
        EXPECT_DOUBLE_EQ(frame.score, training::calibratedScore(frame.signals, calibration));
    }
    EXPECT_GT(all.summary.stages.decode, 0.0);
    EXPECT_GT(all.summary.stages.model, 0.0);
    EXPECT_GT(all.summary.stages.scoring, 0.0);
    EXPECT_GE(all.summary.wallSeconds, all.summary.stages.model);

    // A second video starts from the trained memory again: same numbers.
    expectSameFrames(run(analyzer, tiny.testClip).frames, all.frames);
}

TEST(Analyzer, BatchSizeChangesAFramesNumbersOnlyByRounding)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir);
    AnalyzerOptions one;
    one.batchFrames = 1;
    AnalyzerOptions many;
    many.batchFrames = 16;
    Analyzer byOne(tiny.model.string(), one);
    Analyzer byMany(tiny.model.string(), many);
    const Collected a = run(byOne, tiny.testClip);
    const Collected b = run(byMany, tiny.testClip);
    // The encoder runs on a whole batch at once: other kernels, the same
    // numbers to float rounding.
    expectSameFrames(a.frames, b.frames, 1e-5);
    // bf16 autocast: the networks in bfloat16, the memory in float32.
    AnalyzerOptions bf16Options;
    bf16Options.precision = Precision::BFloat16;
    Analyzer bf16(tiny.model.string(), bf16Options);
    const Collected c = run(bf16, tiny.testClip);
    ASSERT_EQ(c.frames.size(), a.frames.size());
    for (std::size_t i = 0; i < a.frames.size(); ++i)
        EXPECT_NEAR(c.frames[i].signals.psnrDb, a.frames[i].signals.psnrDb, 0.5) << "frame " << i;
    EXPECT_EQ(c.resumePoints.back().state.size(), a.resumePoints.back().state.size()); // float32 items

    // The carried memory changes exactly when the gate let a frame update it.
    bool anyUpdate = false;
    for (const AnalyzedFrame& frame : a.frames)
        anyUpdate = anyUpdate || frame.memoryUpdated;
    const ResumePoint trained = run(byOne, tiny.testClip, {}, nullptr, nullptr).resumePoints.front();
    EXPECT_EQ(a.resumePoints.back().state != trained.state || a.frames.front().memoryUpdated, anyUpdate);
}

TEST(Analyzer, ResumingAfterACancelGivesExactlyTheUninterruptedFrames)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir);
    AnalyzerOptions options;
    options.batchFrames = 5;
    Analyzer analyzer(tiny.model.string(), options);
    const Collected whole = run(analyzer, tiny.testClip);

    std::atomic<bool> cancel{false};
    const Collected first = run(analyzer, tiny.testClip, {}, nullptr, &cancel);
    EXPECT_TRUE(first.summary.cancelled);
    ASSERT_EQ(first.frames.size(), 5u);
    ASSERT_EQ(first.resumePoints.size(), 1u);
    EXPECT_EQ(first.resumePoints[0].nextFrame, 9);

    const Collected rest = run(analyzer, tiny.testClip, first.resumePoints[0]);
    EXPECT_FALSE(rest.summary.cancelled);
    std::vector<AnalyzedFrame> joined = first.frames;
    joined.insert(joined.end(), rest.frames.begin(), rest.frames.end());
    expectSameFrames(joined, whole.frames);

    // Resuming past the end scores nothing; a state for another model is refused.
    EXPECT_EQ(run(analyzer, tiny.testClip, whole.resumePoints.back()).summary.framesScored, 0);
    ResumePoint bad = first.resumePoints[0];
    bad.state.resize(bad.state.size() - 4);
    EXPECT_THROW(run(analyzer, tiny.testClip, bad), std::invalid_argument);
    bad.state = {1, 2, 3};
    EXPECT_THROW(run(analyzer, tiny.testClip, bad), std::invalid_argument);
}

TEST(Analyzer, ReconstructionScoresEveryFrame)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::MnadReconstruction, 6);
    Analyzer analyzer(tiny.model.string());
    const Collected all = run(analyzer, tiny.testClip);
    EXPECT_EQ(all.summary.framesScored, all.summary.framesDecoded);
    ASSERT_FALSE(all.frames.empty());
    EXPECT_EQ(all.frames.front().frameIndex, 0);
}

TEST(Analyzer, FfpHasNoMemoryAndBFloat16StaysCloseToFloat32)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::Ffp, 6);
    Analyzer fp32(tiny.model.string());
    AnalyzerOptions bf16Options;
    bf16Options.precision = Precision::BFloat16;
    Analyzer bf16(tiny.model.string(), bf16Options);
    const Collected a = run(fp32, tiny.testClip);
    const Collected b = run(bf16, tiny.testClip);
    ASSERT_EQ(a.frames.size(), b.frames.size());
    ASSERT_FALSE(a.frames.empty());
    for (std::size_t i = 0; i < a.frames.size(); ++i) {
        EXPECT_TRUE(std::isnan(a.frames[i].signals.featureDistance));
        EXPECT_FALSE(a.frames[i].memoryUpdated);
        // bfloat16 keeps 8 bits of mantissa: PSNR within a few tenths of a dB.
        EXPECT_NEAR(a.frames[i].signals.psnrDb, b.frames[i].signals.psnrDb, 0.5) << "frame " << i;
    }
    EXPECT_TRUE(a.resumePoints.back().state.empty());
    EXPECT_EQ(precisionFromString("bf16"), Precision::BFloat16);
    EXPECT_STREQ(toString(Precision::Float32), "fp32");
    EXPECT_THROW(precisionFromString("fp16"), std::invalid_argument);
}

TEST(Analyzer, BadInputIsReportedNotCrashedOn)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::MnadPrediction, 2);
    Analyzer analyzer(tiny.model.string());
    std::ofstream(dir / "notes.txt") << "not a video";
    EXPECT_THROW(run(analyzer, dir / "notes.txt"), media::MediaError);
    EXPECT_THROW(run(analyzer, dir / "missing.mp4"), media::MediaError);
    EXPECT_THROW(Analyzer((dir / "notes.txt").string()), training::BundleError);
    AnalyzerOptions zero;
    zero.batchFrames = 0;
    EXPECT_THROW(Analyzer(tiny.model.string(), zero), std::invalid_argument);
    ResumePoint negative;
    negative.nextFrame = -1;
    EXPECT_THROW(run(analyzer, tiny.testClip, negative), std::invalid_argument);
}

} // namespace
} // namespace anomalens::analysis
