// evaluateDataset on the sample scene: the layout, both normalisations, and
// (the quality check of issue 3) that a small model trained for a few hundred
// steps on the sample's normal clips ranks its anomalies above normal frames.
#include "analysistestutil.h"

#include "analysis/datasetevaluation.h"
#include "analysis/scorenorm.h"
#include "sample/sampledataset.h"
#include "sample/samplescene.h"
#include "training/trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

namespace anomalens::analysis {
namespace {

using anomalens::test::TempDir;
namespace fs = std::filesystem;

TEST(DatasetEvaluation, ScoresEveryTestClipBothWays)
{
    TempDir dir;
    const test::TinyModel tiny = test::trainTinyModel(dir);
    Analyzer analyzer(tiny.model.string());
    std::size_t progressCalls = 0;
    DatasetEvaluationOptions options;
    options.progress = [&](std::size_t done, std::size_t total, const ClipSignals&) {
        progressCalls = done;
        EXPECT_EQ(total, 1u);
    };
    const DatasetEvaluation result = evaluateDataset(analyzer, tiny.sampleRoot, options);
    EXPECT_EQ(progressCalls, 1u);
    ASSERT_EQ(result.clips.size(), 1u);
    const ClipSignals& clip = result.clips[0];
    EXPECT_EQ(clip.clip, "01");
    ASSERT_EQ(clip.psnrDb.size(), 40u);
    EXPECT_TRUE(std::isnan(clip.psnrDb[3]));  // no history yet
    EXPECT_FALSE(std::isnan(clip.psnrDb[4]));
    EXPECT_EQ(result.calibrated.framesEvaluated, 36);
    EXPECT_EQ(result.perVideo.framesEvaluated, 36);
    EXPECT_EQ(result.framesScored, 36);
    // The per-video score is the papers' formula over this clip.
    const std::vector<double> perVideo =
        perVideoAnomalyScores(clip.psnrDb, clip.featureDistance, analyzer.metadata().calibration->psnrWeight);
    std::vector<double> kept(perVideo.begin() + 4, perVideo.end());
    std::vector<std::uint8_t> labels(clip.labels.begin() + 4, clip.labels.end());
    EXPECT_DOUBLE_EQ(result.perVideo.auc, eval::rocAuc(kept, labels));
}

TEST(DatasetEvaluation, RefusesFoldersWithoutTheLayout)
{
    TempDir dir;
    fs::create_directories(dir / "empty");
    EXPECT_THROW(datasetTestClips(dir / "empty"), std::invalid_argument);
    fs::create_directories(dir / "noclips" / "testing" / "frames");
    EXPECT_THROW(datasetTestClips(dir / "noclips"), std::invalid_argument);
}

// A 128 px MNAD-prediction model at half the lite widths (16..128) trained for 300 steps on the
// sample scene's normal clips, then every test clip scored with the paper
// protocol: the anomalies (cyclist, runner, cart, lawn-crosser) must stand out,
// and the heat maps must point at them.
TEST(DatasetEvaluation, SmallModelFindsTheSampleScenesAnomalies)
{
    TempDir dir;
    sample::SampleOptions sceneOptions;
    sample::SampleOutputOptions output;
    output.writeVideos = false;
    sample::writeSampleDataset(dir / "sample", sceneOptions, {}, output);

    training::TrainingOptions options;
    options.method = training::Method::MnadPrediction;
    options.profile = models::smallProfile();
    options.data = {(dir / "sample" / "training" / "frames").string()};
    options.outputPath = (dir / "small.model").string();
    options.steps = 300;
    options.seed = 1;
    options.checkpointIntervalSeconds = 0.0;
    training::trainModel(options);

    Analyzer analyzer(options.outputPath);
    const DatasetEvaluation result = evaluateDataset(analyzer, dir / "sample");
    std::printf("sample scene, 128 px small MNAD-pred, 300 steps: AUC calibrated %.4f, per-video %.4f (%lld frames)\n",
                result.calibrated.auc, result.perVideo.auc, static_cast<long long>(result.calibrated.framesEvaluated));
    EXPECT_GE(result.calibrated.auc, 0.9);
    EXPECT_GE(result.perVideo.auc, 0.85);

    // Heat maps: in the frames with an anomaly, the hottest cell lies on an
    // anomalous object (its box from the generator, widened by one cell for
    // its motion blur and shadow edge).
    const sample::SampleScene scene(sceneOptions);
    int framesWithAnomaly = 0, hottestOnAnomaly = 0;
    double boxAreaFraction = 0.0; // what a random cell would hit
    for (int clipIndex = 0; clipIndex < scene.clipCount(sample::Split::Testing); ++clipIndex) {
        const sample::ClipInfo& clip = scene.clip(sample::Split::Testing, clipIndex);
        analyzer.analyze(
            sample::sampleFramesDir(dir / "sample", sample::Split::Testing, clipIndex).string(),
            [&](const std::vector<AnalyzedFrame>& frames, const ResumePoint&) {
                for (const AnalyzedFrame& frame : frames) {
                    if (!clip.frameLabels[static_cast<std::size_t>(frame.frameIndex)])
                        continue;
                    ASSERT_EQ(frame.heatMapWidth, 32);
                    ASSERT_EQ(frame.heatMapHeight, 32);
                    const auto hottest = static_cast<int>(
                        std::max_element(frame.heatMap.begin(), frame.heatMap.end()) - frame.heatMap.begin());
                    const double cellW = sceneOptions.width / 32.0, cellH = sceneOptions.height / 32.0;
                    const double x0 = (hottest % 32) * cellW, y0 = (hottest / 32) * cellH;
                    bool onAnomaly = false;
                    double area = 0.0;
                    for (const sample::SceneObject& object :
                         scene.objects(sample::Split::Testing, clipIndex, static_cast<int>(frame.frameIndex))) {
                        if (!sample::isAnomalous(object.kind))
                            continue;
                        const sample::Box& box = object.box;
                        onAnomaly = onAnomaly || (x0 + cellW > box.x0 - cellW && x0 < box.x1 + cellW &&
                                                  y0 + cellH > box.y0 - cellH && y0 < box.y1 + cellH);
                        area += (box.width() + 2 * cellW) * (box.height() + 2 * cellH);
                    }
                    ++framesWithAnomaly;
                    hottestOnAnomaly += onAnomaly ? 1 : 0;
                    boxAreaFraction += std::min(1.0, area / (sceneOptions.width * sceneOptions.height));
                }
            });
    }
    ASSERT_GT(framesWithAnomaly, 0);
    const double hitRate = static_cast<double>(hottestOnAnomaly) / framesWithAnomaly;
    std::printf("heat maps: hottest cell on the anomalous object in %d of %d frames (%.2f; chance %.2f)\n",
                hottestOnAnomaly, framesWithAnomaly, hitRate, boxAreaFraction / framesWithAnomaly);
    // Measured: 0.60 (187 of 311), a random cell 0.04. Pedestrians, which a
    // model this small predicts imperfectly too, take the rest.
    EXPECT_GE(hitRate, 0.4);
    EXPECT_GE(hitRate, 5.0 * boxAreaFraction / framesWithAnomaly);
}

} // namespace
} // namespace anomalens::analysis
