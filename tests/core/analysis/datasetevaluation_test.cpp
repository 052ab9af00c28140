// evaluateDataset on the sample scene: the layout, both normalisations, and
// (the quality check of issue 3) that a small model trained for a few hundred
// steps on the sample's normal clips ranks its anomalies above normal frames.
#include "analysistestutil.h"

#include "analysis/datasetevaluation.h"
#include "analysis/scorenorm.h"
#include "sample/sampledataset.h"
#include "training/trainer.h"

#include <gtest/gtest.h>

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
// protocol: the anomalies (cyclist, runner, cart, lawn-crosser) must stand out.
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
}

} // namespace
} // namespace anomalens::analysis
