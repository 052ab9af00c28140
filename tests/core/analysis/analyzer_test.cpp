// Analyzer: what it reports per frame, that batching and resuming do not
// change a frame's numbers, cancellation, and bad input.
#include "analysistestutil.h"

#include "analysis/analyzer.h"
#include "media/imagewriter.h"
#include "media/mediaerror.h"
#include "media/videosource.h"
#include "sample/samplescene.h"
#include "training/bundle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
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
        EXPECT_EQ(a[i].heatMapWidth, b[i].heatMapWidth);
        EXPECT_EQ(a[i].heatMapHeight, b[i].heatMapHeight);
        ASSERT_EQ(a[i].heatMap.size(), b[i].heatMap.size()) << "frame " << a[i].frameIndex;
        if (a[i].heatMap.empty())
            continue;
        // Cells near zero differ by rounding relative to the map, not to themselves.
        const float hottest = *std::max_element(a[i].heatMap.begin(), a[i].heatMap.end());
        for (std::size_t cell = 0; cell < a[i].heatMap.size(); ++cell) {
            const double x = a[i].heatMap[cell];
            const double y = b[i].heatMap[cell];
            ASSERT_TRUE(x == y || std::abs(x - y) <= relativeTolerance * hottest)
                << "frame " << a[i].frameIndex << ", cell " << cell << ": " << x << " vs " << y;
        }
    }
}

// The mean of a heat map whose cells divide the input is the frame's mean
// squared error on [0, 1], the one its PSNR is computed from.
void expectHeatMapMatchesPsnr(const AnalyzedFrame& frame, int cells)
{
    ASSERT_EQ(frame.heatMapWidth, cells) << "frame " << frame.frameIndex;
    ASSERT_EQ(frame.heatMapHeight, cells) << "frame " << frame.frameIndex;
    ASSERT_EQ(frame.heatMap.size(), static_cast<std::size_t>(cells * cells)) << "frame " << frame.frameIndex;
    double sum = 0.0;
    for (float value : frame.heatMap) {
        ASSERT_TRUE(std::isfinite(value) && value >= 0.0f) << "frame " << frame.frameIndex << ": " << value;
        sum += value;
    }
    const double mse = sum / static_cast<double>(frame.heatMap.size());
    EXPECT_NEAR(-10.0 * std::log10(mse), frame.signals.psnrDb, 1e-3) << "frame " << frame.frameIndex;
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
        expectHeatMapMatchesPsnr(frame, 32); // the default grid; 1 cell = 1 input pixel at 32 px
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
    for (std::size_t i = 0; i < a.frames.size(); ++i) {
        EXPECT_NEAR(c.frames[i].signals.psnrDb, a.frames[i].signals.psnrDb, 0.5) << "frame " << i;
        // The error map is float32 under autocast too: still the PSNR's MSE.
        expectHeatMapMatchesPsnr(c.frames[i], 32);
    }
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
    for (const AnalyzedFrame& frame : all.frames)
        expectHeatMapMatchesPsnr(frame, 32);
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
        expectHeatMapMatchesPsnr(a.frames[i], 32);
        expectHeatMapMatchesPsnr(b.frames[i], 32);
    }
    EXPECT_TRUE(a.resumePoints.back().state.empty());
    EXPECT_EQ(precisionFromString("bf16"), Precision::BFloat16);
    EXPECT_STREQ(toString(Precision::Float32), "fp32");
    EXPECT_THROW(precisionFromString("fp16"), std::invalid_argument);
}

TEST(Analyzer, HeatMapsAreTheErrorMapAveragedOverTheGrid)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir, training::Method::MnadPrediction, 2);
    AnalyzerOptions fine; // 32 cells: one per input pixel of the 32 px model
    AnalyzerOptions coarse;
    coarse.heatMapCells = 8;
    AnalyzerOptions uneven;
    uneven.heatMapCells = 5;
    AnalyzerOptions none;
    none.heatMapCells = 0;
    Analyzer fineAnalyzer(tiny.model.string(), fine);
    Analyzer coarseAnalyzer(tiny.model.string(), coarse);
    Analyzer unevenAnalyzer(tiny.model.string(), uneven);
    Analyzer noneAnalyzer(tiny.model.string(), none);
    const Collected a = run(fineAnalyzer, tiny.testClip);
    const Collected b = run(coarseAnalyzer, tiny.testClip);
    const Collected c = run(unevenAnalyzer, tiny.testClip);
    const Collected d = run(noneAnalyzer, tiny.testClip);
    ASSERT_EQ(a.frames.size(), 36u);
    ASSERT_EQ(b.frames.size(), a.frames.size());
    ASSERT_EQ(c.frames.size(), a.frames.size());
    ASSERT_EQ(d.frames.size(), a.frames.size());
    for (std::size_t i = 0; i < a.frames.size(); ++i) {
        expectHeatMapMatchesPsnr(b.frames[i], 8);
        // Coarse cell (x, y) is the mean of the 4 x 4 fine cells it covers.
        const std::vector<float>& fineMap = a.frames[i].heatMap;
        const float hottest = *std::max_element(fineMap.begin(), fineMap.end());
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 8; ++x) {
                double sum = 0.0;
                for (int dy = 0; dy < 4; ++dy)
                    for (int dx = 0; dx < 4; ++dx)
                        sum += fineMap[static_cast<std::size_t>((4 * y + dy) * 32 + 4 * x + dx)];
                EXPECT_NEAR(b.frames[i].heatMap[static_cast<std::size_t>(y * 8 + x)], sum / 16.0, 1e-5 * hottest)
                    << "frame " << a.frames[i].frameIndex << ", cell " << x << ", " << y;
            }
        }
        // A grid that does not divide the input still covers the whole frame.
        EXPECT_EQ(c.frames[i].heatMapWidth, 5);
        EXPECT_EQ(c.frames[i].heatMapHeight, 5);
        ASSERT_EQ(c.frames[i].heatMap.size(), 25u);
        for (float value : c.frames[i].heatMap)
            EXPECT_TRUE(std::isfinite(value) && value >= 0.0f);
        // No maps: nothing else changes.
        EXPECT_TRUE(d.frames[i].heatMap.empty());
        EXPECT_EQ(d.frames[i].heatMapWidth, 0);
        EXPECT_EQ(d.frames[i].heatMapHeight, 0);
        EXPECT_EQ(d.frames[i].signals.psnrDb, a.frames[i].signals.psnrDb);
        EXPECT_EQ(d.frames[i].score, a.frames[i].score);
    }
}

// On a 16 x 16 grid over the 64 x 48 frame: cell (x, y) covers frame pixels
// [4x, 4x + 4) x [3y, 3y + 3).
void expectHotCellsOnTheSquare(const std::vector<AnalyzedFrame>& frames)
{
    int framesChecked = 0;
    for (const AnalyzedFrame& frame : frames) {
        const int f = static_cast<int>(frame.frameIndex);
        if (f < test::kSquareFirst || f > test::kSquareLast)
            continue;
        ++framesChecked;
        ASSERT_EQ(frame.heatMap.size(), 256u);
        const sample::Box box = test::squareAt(f);
        const auto onSquare = [&](int cell) {
            const int x = cell % 16, y = cell / 16;
            return 4.0 * (x + 1) > box.x0 && 4.0 * x < box.x1 && 3.0 * (y + 1) > box.y0 && 3.0 * y < box.y1;
        };
        std::vector<int> hottestFirst(256);
        for (int cell = 0; cell < 256; ++cell)
            hottestFirst[static_cast<std::size_t>(cell)] = cell;
        std::sort(hottestFirst.begin(), hottestFirst.end(), [&](int a, int b) {
            return frame.heatMap[static_cast<std::size_t>(a)] > frame.heatMap[static_cast<std::size_t>(b)];
        });
        // The three hottest cells lie on the square ...
        for (int rank = 0; rank < 3; ++rank) {
            const int cell = hottestFirst[static_cast<std::size_t>(rank)];
            EXPECT_TRUE(onSquare(cell)) << "frame " << f << ": hot cell " << rank << " at (" << cell % 16 << ", "
                                        << cell / 16 << "), square at x " << box.x0 << ".." << box.x1 << ", y "
                                        << box.y0 << ".." << box.y1;
        }
        // ... and are clearly hotter than anything off it (the pedestrians
        // included, which these barely trained models predict poorly too).
        float hottestOff = 0.0f;
        for (int cell = 0; cell < 256; ++cell) {
            if (!onSquare(cell))
                hottestOff = std::max(hottestOff, frame.heatMap[static_cast<std::size_t>(cell)]);
        }
        EXPECT_GT(frame.heatMap[static_cast<std::size_t>(hottestFirst[0])], 1.4f * hottestOff) << "frame " << f;
    }
    EXPECT_EQ(framesChecked, test::kSquareLast - test::kSquareFirst + 1);
}

TEST(Analyzer, HeatMapHottestCellsCoverAnAbnormalObject)
{
    TempDir dir;
    const std::filesystem::path clip = test::writeSquareClip(dir / "square");
    for (const training::Method method :
         {training::Method::MnadPrediction, training::Method::MnadReconstruction, training::Method::Ffp}) {
        SCOPED_TRACE(training::methodName(method));
        const test::TinyModel tiny = test::trainTinyModel(dir, method); // 12 steps
        AnalyzerOptions options;
        options.heatMapCells = 16;
        Analyzer analyzer(tiny.model.string(), options);
        expectHotCellsOnTheSquare(run(analyzer, clip).frames);
    }
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
    AnalyzerOptions negativeGrid;
    negativeGrid.heatMapCells = -1;
    EXPECT_THROW(Analyzer(tiny.model.string(), negativeGrid), std::invalid_argument);
    AnalyzerOptions hugeGrid;
    hugeGrid.heatMapCells = 4096;
    EXPECT_THROW(Analyzer(tiny.model.string(), hugeGrid), std::invalid_argument);
    ResumePoint negative;
    negative.nextFrame = -1;
    EXPECT_THROW(run(analyzer, tiny.testClip, negative), std::invalid_argument);
}

} // namespace
} // namespace anomalens::analysis
