// Whole trainings on small footage: the loss falls, the bundle is calibrated
// and scores like the analyzer will, a cancel leaves a checkpoint, and a
// resumed run continues exactly where the interrupted one stopped.
#include "torchthreads.h"
#include "bundlecompare.h"
#include "trainingtestutil.h"

#include "evidence/sha256.h"
#include "testsupport.h"
#include "training/bundlefile.h"
#include "training/checkpoint.h"
#include "training/clipdataset.h"
#include "training/framesignals.h"
#include "training/frametensor.h"
#include "training/trainer.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace anomalens::training {
namespace {

namespace fs = std::filesystem;

constexpr int kClips = 2;
constexpr int kFramesPerClip = 40;

TrainingOptions tinyOptions(const fs::path& footage, const fs::path& out, Method method, std::int64_t steps)
{
    TrainingOptions options;
    options.method = method;
    options.profile = test::tinyProfile();
    options.data = {footage.string()};
    options.outputPath = out.string();
    options.steps = steps;
    options.batchSize = 4;
    options.seed = 5;
    options.heldOutFraction = 0.15;
    options.checkpointIntervalSeconds = 0.0;
    return options;
}

double meanLoss(const std::vector<std::map<std::string, double>>& history, std::size_t first, std::size_t last)
{
    double sum = 0.0;
    for (std::size_t step = first; step < last; ++step)
        sum += history.at(step).at("loss");
    return sum / static_cast<double>(last - first);
}


TEST(Trainer, ShortMnadTrainingLowersTheLossAndCalibrates)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const fs::path footage = test::writeSmallSample(dir / "sample", kClips, kFramesPerClip);
    const TrainingResult result = trainModel(tinyOptions(footage, dir / "m.model", Method::MnadPrediction, 50));

    ASSERT_FALSE(result.cancelled);
    ASSERT_EQ(result.lossHistory.size(), 50u);
    EXPECT_LT(meanLoss(result.lossHistory, 40, 50), 0.7 * meanLoss(result.lossHistory, 0, 10));
    EXPECT_TRUE(fs::exists(dir / "m.model"));
    EXPECT_FALSE(fs::exists(checkpointPathFor((dir / "m.model").string())));

    const BundleMetadata metadata = readBundleMetadata((dir / "m.model").string());
    EXPECT_EQ(metadata.method, "mnad-pred");
    EXPECT_EQ(metadata.training.stepsCompleted, 50);
    EXPECT_GT(metadata.training.finalLosses.at("loss"), 0.0);
    ASSERT_EQ(metadata.trainingFootage.size(), static_cast<std::size_t>(kClips));
    const FootageRecord& clip = metadata.trainingFootage[0];
    EXPECT_EQ(clip.sha256, evidence::sha256Directory(clip.path));
    EXPECT_EQ(clip.frameCount, kFramesPerClip);
    EXPECT_EQ(clip.heldOutFrames, 6); // 15 % of 40

    ASSERT_TRUE(metadata.calibration);
    const Calibration& calibration = *metadata.calibration;
    EXPECT_EQ(calibration.frames, kClips * 6);
    ASSERT_TRUE(calibration.featureDistance);
    for (const double value : {calibration.psnrDb.mean, calibration.psnrDb.std, calibration.featureDistance->mean,
                               calibration.score.p99, calibration.threshold})
        EXPECT_TRUE(std::isfinite(value));
    EXPECT_GT(calibration.psnrDb.mean, 5.0);
    EXPECT_GT(calibration.threshold, calibration.score.p50);
    EXPECT_DOUBLE_EQ(metadata.defaultThreshold, calibration.threshold);

    // What the analyzer will do (load, reset per stream, score) gives the
    // signals the calibration was computed from.
    LoadedModel model = loadModel((dir / "m.model").string(), c10::kCPU);
    DatasetOptions datasetOptions;
    datasetOptions.frameSize = 32;
    datasetOptions.heldOutFraction = 0.15;
    const ClipDataset dataset({footage.string()}, datasetOptions);
    FrameScorer scorer(model);
    std::vector<FrameSignals> signals;
    for (std::size_t c = 0; c < dataset.clipCount(); ++c) {
        scorer.resetStream();
        const Batch batch = makeBatch(dataset, dataset.heldOutWindows(c), 4, c10::kCPU);
        const ScoredFrames scored = scorer.score(batch.inputs, batch.targets);
        signals.insert(signals.end(), scored.signals.begin(), scored.signals.end());
        EXPECT_EQ(scored.errorMaps.sizes(), (std::vector<std::int64_t>{6, 32, 32}));
        EXPECT_EQ(scored.queryDistanceMaps.sizes(), (std::vector<std::int64_t>{6, 4, 4}));
    }
    const Calibration again = calibrate(signals, {calibration.psnrWeight, true});
    EXPECT_NEAR(again.psnrDb.mean, calibration.psnrDb.mean, 1e-6);
    EXPECT_NEAR(again.featureDistance->mean, calibration.featureDistance->mean, 1e-9);
    EXPECT_NEAR(again.threshold, calibration.threshold, 1e-6);
}

class ResumeTest : public ::testing::TestWithParam<Method> {};

TEST_P(ResumeTest, ContinuesExactlyWhereTheCancelledRunStopped)
{
    test::useOneTorchThread();
    constexpr std::int64_t kSteps = 12;
    anomalens::test::TempDir dir;
    const fs::path footage = test::writeSmallSample(dir / "sample", kClips, kFramesPerClip);
    const TrainingResult straight = trainModel(tinyOptions(footage, dir / "straight", GetParam(), kSteps));

    // Cancelled from the progress callback after half the steps.
    std::atomic<bool> cancel{false};
    TrainingOptions options = tinyOptions(footage, dir / "resumed", GetParam(), kSteps);
    options.cancel = &cancel;
    options.progress = [&](const TrainingProgress& progress) {
        if (progress.phase == TrainingPhase::Training && progress.done == kSteps / 2)
            cancel = true;
    };
    const TrainingResult first = trainModel(options);
    ASSERT_TRUE(first.cancelled);
    EXPECT_EQ(first.stepsCompleted, kSteps / 2);
    EXPECT_EQ(first.checkpointPath, checkpointPathFor((dir / "resumed").string()));
    EXPECT_FALSE(fs::exists(dir / "resumed"));
    EXPECT_EQ(readCheckpoint(first.checkpointPath).state.step, kSteps / 2);
    EXPECT_THROW(loadModel(first.checkpointPath, c10::kCPU), BundleError); // not a finished model

    cancel = false;
    options.resume = true;
    options.progress = {};
    const TrainingResult second = trainModel(options);
    ASSERT_FALSE(second.cancelled);
    EXPECT_EQ(second.stepsCompleted, kSteps);
    ASSERT_EQ(second.lossHistory.size(), static_cast<std::size_t>(kSteps / 2));
    for (std::size_t step = 0; step < second.lossHistory.size(); ++step) {
        for (const auto& [name, value] : second.lossHistory[step]) {
            const double expected = straight.lossHistory[step + kSteps / 2].at(name);
            EXPECT_NEAR(value, expected, 1e-5 * (1.0 + std::abs(expected))) << name << " at step " << step;
        }
    }
    test::expectSameModelTensors(dir / "straight", dir / "resumed", 1e-5);
    EXPECT_NEAR(second.metadata.defaultThreshold, straight.metadata.defaultThreshold, 1e-3);
    EXPECT_FALSE(fs::exists(first.checkpointPath));
}

INSTANTIATE_TEST_SUITE_P(Methods, ResumeTest, ::testing::Values(Method::MnadPrediction, Method::Ffp, Method::F2lm),
                         [](const auto& info) {
                             const std::string name = methodName(info.param);
                             return name == "ffp" ? "Ffp" : name == "f2lm" ? "F2lm" : "MnadPrediction";
                         });

TEST(Trainer, ResumeRefusesOtherSettingsAndAMissingCheckpoint)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const fs::path footage = test::writeSmallSample(dir / "sample", kClips, kFramesPerClip);
    TrainingOptions options = tinyOptions(footage, dir / "m", Method::MnadPrediction, 4);
    options.resume = true;
    EXPECT_THROW(trainModel(options), std::invalid_argument); // nothing to resume

    // Cancelled while reading the footage: nothing to save yet.
    std::atomic<bool> cancel{true};
    options.resume = false;
    options.cancel = &cancel;
    const TrainingResult early = trainModel(options);
    EXPECT_TRUE(early.cancelled);
    EXPECT_TRUE(early.checkpointPath.empty());
    EXPECT_FALSE(fs::exists(checkpointPathFor(options.outputPath)));

    // Cancelled after the first step: a checkpoint to resume from.
    cancel = false;
    options.progress = [&](const TrainingProgress& progress) {
        if (progress.phase == TrainingPhase::Training)
            cancel = true;
    };
    const TrainingResult cancelled = trainModel(options);
    ASSERT_TRUE(cancelled.cancelled);
    EXPECT_EQ(readCheckpoint(cancelled.checkpointPath).state.step, 1);

    cancel = false;
    options.progress = {};
    options.resume = true;
    options.seed = 6;
    EXPECT_THROW(trainModel(options), std::invalid_argument);
    options.seed = 5;
    options.method = Method::Ffp;
    EXPECT_THROW(trainModel(options), std::invalid_argument);
}

TEST(Trainer, ReconstructionTrainsOnSingleFramesAndCalibrates)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const fs::path footage = test::writeSmallSample(dir / "sample", kClips, kFramesPerClip);
    const TrainingResult result = trainModel(tinyOptions(footage, dir / "r", Method::MnadReconstruction, 6));
    ASSERT_FALSE(result.cancelled);
    const BundleMetadata metadata = readBundleMetadata((dir / "r").string());
    EXPECT_EQ(metadata.inputFrames, 1);
    EXPECT_DOUBLE_EQ(metadata.training.lossWeights.at("compactness"), 0.01);
    ASSERT_TRUE(metadata.calibration);
    EXPECT_DOUBLE_EQ(metadata.calibration->psnrWeight, 0.7);
    EXPECT_EQ(metadata.calibration->frames, kClips * 6); // every held-out frame is a target
}

TEST(Trainer, FfpMetadataSaysThereIsNoFlowLoss)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const fs::path footage = test::writeSmallSample(dir / "sample", kClips, kFramesPerClip);
    const TrainingResult result = trainModel(tinyOptions(footage, dir / "f", Method::Ffp, 3));
    const BundleMetadata metadata = readBundleMetadata((dir / "f").string());
    EXPECT_DOUBLE_EQ(metadata.training.lossWeights.at("opticalFlow"), 0.0);
    EXPECT_DOUBLE_EQ(metadata.training.learningRates.at("discriminator"), 2e-5);
    ASSERT_FALSE(metadata.training.notes.empty());
    EXPECT_NE(metadata.training.notes[0].find("optical-flow"), std::string::npos);
    ASSERT_TRUE(metadata.calibration);
    EXPECT_FALSE(metadata.calibration->featureDistance);
    EXPECT_EQ(metadata.memoryItems, 0);
    for (const char* loss : {"intensity", "gradient", "adversarial", "discriminator"})
        EXPECT_TRUE(std::isfinite(result.lossHistory.back().at(loss))) << loss;
}

} // namespace
} // namespace anomalens::training
