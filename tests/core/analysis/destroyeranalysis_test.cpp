// A Destroyer bundle end to end: FFP trained on the sample scene's normal
// clips, the Destroyer trained on it, then analysed like any model: every
// frame has the generator's PSNR, a finite Destroyer error and a calibrated
// score, the heat maps are the Destroyer's per-cell destruction, they point
// at an abnormal object, and the dataset evaluation scores it both ways.
#include "analysistestutil.h"

#include "analysis/analyzer.h"
#include "analysis/datasetevaluation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace anomalens::analysis {
namespace {

using anomalens::test::TempDir;

// The Destroyer only learns where the generator is wrong once the generator
// is roughly right elsewhere (diff low on normal patches): with a 12-step
// generator it blackens everything about equally. 100 + 60 steps take about
// 13 s on a loaded 2-core machine.
constexpr std::int64_t kGeneratorSteps = 100;
constexpr std::int64_t kDestroyerSteps = 60;
constexpr int kCells = 16; // over the 64 x 48 frame: cell (x, y) covers [4x, 4x + 4) x [3y, 3y + 3)

bool cellOnBox(int cell, const sample::Box& box)
{
    const int x = cell % kCells, y = cell / kCells;
    return 4.0 * (x + 1) > box.x0 && 4.0 * x < box.x1 && 3.0 * (y + 1) > box.y0 && 3.0 * y < box.y1;
}

TEST(DestroyerAnalysis, ScoresFramesHeatMapsAndTheDatasetEndToEnd)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyDestroyer(dir, kGeneratorSteps, kDestroyerSteps);
    AnalyzerOptions options;
    options.heatMapCells = kCells;
    Analyzer analyzer(tiny.model.string(), options);
    ASSERT_EQ(analyzer.metadata().method, "destroyer");

    std::vector<AnalyzedFrame> frames;
    analyzer.analyze(test::writeSquareClip(dir / "square").string(),
                     [&](const std::vector<AnalyzedFrame>& batch, const ResumePoint&) {
                         frames.insert(frames.end(), batch.begin(), batch.end());
                     });
    ASSERT_EQ(frames.size(), 36u); // 40 frames, the first 4 without history
    // The hottest tenth of the cells of each frame with the square: the share
    // of them on the square, against the square's share of all cells (what
    // a map that ignored the square would give on average).
    constexpr int kHotCells = kCells * kCells / 10;
    double hotOnSquare = 0.0, chance = 0.0, onOverOff = 0.0;
    int squareFrames = 0;
    for (const AnalyzedFrame& frame : frames) {
        const int f = static_cast<int>(frame.frameIndex);
        if (f < test::kSquareFirst || f > test::kSquareLast)
            continue;
        ++squareFrames;
        const sample::Box box = test::squareAt(f);
        std::vector<int> hottestFirst(kCells * kCells);
        std::iota(hottestFirst.begin(), hottestFirst.end(), 0);
        std::sort(hottestFirst.begin(), hottestFirst.end(), [&](int a, int b) {
            return frame.heatMap[static_cast<std::size_t>(a)] > frame.heatMap[static_cast<std::size_t>(b)];
        });
        int hot = 0;
        for (int rank = 0; rank < kHotCells; ++rank)
            hot += cellOnBox(hottestFirst[static_cast<std::size_t>(rank)], box);
        hotOnSquare += static_cast<double>(hot) / kHotCells;
        double on = 0.0, off = 0.0;
        int onCells = 0;
        for (int cell = 0; cell < kCells * kCells; ++cell) {
            const bool inside = cellOnBox(cell, box);
            (inside ? on : off) += frame.heatMap[static_cast<std::size_t>(cell)];
            onCells += inside;
        }
        chance += static_cast<double>(onCells) / (kCells * kCells);
        onOverOff += (on / onCells) / (off / (kCells * kCells - onCells));
    }
    ASSERT_EQ(squareFrames, test::kSquareLast - test::kSquareFirst + 1);
    hotOnSquare /= squareFrames;
    chance /= squareFrames;
    onOverOff /= squareFrames;
    std::printf("hottest tenth of the cells: %.1f %% on the square (chance %.1f %%); square cells %.2fx as "
                "destroyed as the others\n",
                100.0 * hotOnSquare, 100.0 * chance, onOverOff);
    EXPECT_GT(hotOnSquare, 1.5 * chance);
    EXPECT_GT(onOverOff, 1.3);

    // The dataset protocol: both normalisations, and the generator alone.
    const DatasetEvaluation evaluation = evaluateDataset(analyzer, tiny.sampleRoot);
    ASSERT_EQ(evaluation.clips.size(), 1u);
    ASSERT_EQ(evaluation.clips[0].destroyerMse.size(), 40u);
    EXPECT_TRUE(std::isfinite(evaluation.clips[0].destroyerMse[10]));
    ASSERT_TRUE(evaluation.generatorOnlyCalibrated && evaluation.generatorOnlyPerVideo);
    for (const double auc : {evaluation.calibrated.auc, evaluation.perVideo.auc, evaluation.generatorOnlyPerVideo->auc,
                             evaluation.generatorOnlyCalibrated->auc})
        EXPECT_TRUE(auc > 0.0 && auc < 1.0) << auc;
    std::printf("sample test clip AUC: generator alone %.3f, with the Destroyer %.3f (per video)\n",
                evaluation.generatorOnlyPerVideo->auc, evaluation.perVideo.auc);
}

} // namespace
} // namespace anomalens::analysis
