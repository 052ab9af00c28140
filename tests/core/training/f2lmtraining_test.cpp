// Training F2LM's generator on footage with motion and label cues: the bundle
// records the cues and the triplet weights, calibrates all three generator
// signals, resumes exactly (AdamW state), and a Destroyer trained on it keeps
// the generator bit for bit and scores the cues' four signals.
#include "torchthreads.h"
#include "trainingtestutil.h"

#include "evidence/sha256.h"
#include "testsupport.h"
#include "training/bundlefile.h"
#include "training/clipdataset.h"
#include "training/framesignals.h"
#include "training/frametensor.h"
#include "training/trainer.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace anomalens::training {
namespace {

namespace fs = std::filesystem;

TrainingOptions f2lmOptions(const fs::path& footage, const fs::path& out, std::int64_t steps)
{
    TrainingOptions options;
    options.method = Method::F2lm;
    options.profile = test::tinyProfile();
    options.data = {footage.string()};
    options.outputPath = out.string();
    options.steps = steps;
    options.batchSize = 2;
    options.seed = 9;
    options.heldOutFraction = 0.15;
    options.checkpointIntervalSeconds = 0.0;
    return options;
}

const fs::path& sampleClips()
{
    static anomalens::test::TempDir* dir = new anomalens::test::TempDir;
    static const fs::path clips = test::writeSmallSample(*dir / "sample", 2, 30);
    return clips;
}

TEST(F2lmTraining, RecordsItsCuesAndCalibratesEveryGeneratorSignal)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const TrainingResult result = trainModel(f2lmOptions(sampleClips(), dir / "f2lm.alm", 4));
    ASSERT_FALSE(result.cancelled);
    ASSERT_EQ(result.lossHistory.size(), 4u);
    for (const auto& losses : result.lossHistory) {
        EXPECT_TRUE(std::isfinite(losses.at("loss")));
        // The triplet hinge lies in [0, 2 + margin]: distances of unit vectors.
        EXPECT_GE(losses.at("tripletMotion"), 0.0);
        EXPECT_LE(losses.at("tripletMotion"), 2.2);
        EXPECT_GE(losses.at("tripletLabel"), 0.0);
    }

    const BundleMetadata metadata = readBundleMetadata((dir / "f2lm.alm").string());
    EXPECT_EQ(metadata.method, "f2lm");
    EXPECT_EQ(metadata.inputFrames, 4);
    ASSERT_TRUE(metadata.f2lm);
    EXPECT_EQ(metadata.f2lm->motionCue, "dis");
    EXPECT_EQ(metadata.f2lm->labelCue, "bgsub");
    EXPECT_EQ(metadata.f2lm->labelChannels, cues::kBgsubChannels);
    EXPECT_TRUE(metadata.f2lm->torchScriptSha256.empty());
    EXPECT_NE(metadata.training.optimizer.find("AdamW"), std::string::npos);
    EXPECT_DOUBLE_EQ(metadata.training.learningRates.at("generator"), 1e-4);
    EXPECT_DOUBLE_EQ(metadata.training.learningRates.at("discriminator"), 1e-5);
    EXPECT_DOUBLE_EQ(metadata.training.lossWeights.at("triplet"), 1.0);
    ASSERT_TRUE(metadata.calibration);
    const Calibration& calibration = *metadata.calibration;
    ASSERT_TRUE(calibration.labelTriplet && calibration.motionTriplet);
    EXPECT_FALSE(calibration.destroyerMse);
    EXPECT_FALSE(calibration.featureDistance);
    EXPECT_DOUBLE_EQ(calibration.psnrWeight, 0.48);
    EXPECT_DOUBLE_EQ(calibration.labelTripletWeight, 0.02);
    EXPECT_DOUBLE_EQ(calibration.motionTripletWeight, 0.50);
    EXPECT_TRUE(std::isfinite(calibration.motionTriplet->mean));
    EXPECT_TRUE(std::isfinite(metadata.defaultThreshold));

    // Scoring the held-out windows with their cues gives the calibration's
    // statistics back; without cues the scorer refuses.
    LoadedModel model = loadModel((dir / "f2lm.alm").string(), c10::kCPU);
    ASSERT_TRUE(model.f2lm);
    DatasetOptions datasetOptions;
    datasetOptions.frameSize = 32;
    datasetOptions.heldOutFraction = 0.15;
    datasetOptions.cues = cues::CueConfig{};
    const ClipDataset dataset({sampleClips().string()}, datasetOptions);
    FrameScorer scorer(model);
    std::vector<FrameSignals> signals;
    for (std::size_t clip = 0; clip < dataset.clipCount(); ++clip) {
        const ScoredFrames scored = scorer.score(makeBatch(dataset, dataset.heldOutWindows(clip), 4, c10::kCPU));
        signals.insert(signals.end(), scored.signals.begin(), scored.signals.end());
    }
    ScoreWeights weights{0.48};
    weights.labelTriplet = 0.02;
    weights.motionTriplet = 0.50;
    const Calibration again = calibrate(signals, weights);
    EXPECT_NEAR(again.motionTriplet->mean, calibration.motionTriplet->mean, 1e-5);
    EXPECT_NEAR(again.labelTriplet->mean, calibration.labelTriplet->mean, 1e-5);
    EXPECT_NEAR(again.threshold, calibration.threshold, 1e-4);
    EXPECT_THROW(scorer.score(at::zeros({1, 12, 32, 32}), at::zeros({1, 3, 32, 32})), std::invalid_argument);

    // A bundle from before the triplet signals became the translation
    // distance (no "tripletSignal": calibrated on the hinge) is refused,
    // naming why, rather than scored against statistics of another signal.
    EXPECT_EQ(metadata.f2lm->tripletSignal, kF2lmTripletSignal);
    BundleContents old = readBundleFile((dir / "f2lm.alm").string(), TensorLoading::Load);
    old.metadata.at("f2lm").erase("tripletSignal");
    writeBundleFile((dir / "old.alm").string(), old.metadata, old.tensors);
    EXPECT_EQ(readBundleMetadata((dir / "old.alm").string()).f2lm->tripletSignal, "triplet-hinge");
    try {
        loadModel((dir / "old.alm").string(), c10::kCPU);
        ADD_FAILURE() << "an F2LM bundle calibrated on the triplet hinge was loaded";
    } catch (const BundleError& error) {
        EXPECT_NE(std::string(error.what()).find("'triplet-hinge'"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find(kF2lmTripletSignal), std::string::npos) << error.what();
    }
}

// Exact resumption (AdamW's state) is trainer_test's ResumeTest/F2lm.
TEST(F2lmTraining, ResumeRefusesOtherCues)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    std::atomic<bool> cancel{false};
    TrainingOptions options = f2lmOptions(sampleClips(), dir / "m.alm", 2);
    options.cancel = &cancel;
    options.progress = [&](const TrainingProgress& progress) {
        cancel = progress.phase == TrainingPhase::Training;
    };
    ASSERT_TRUE(trainModel(options).cancelled);
    cancel = false;
    options.resume = true;
    options.cues.motion = "farneback";
    try {
        trainModel(options);
        ADD_FAILURE() << "resumed with other cues";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("cues"), std::string::npos) << e.what();
    }
}

TEST(F2lmTraining, DestroyerOnF2lmKeepsTheGeneratorAndScoresFourSignals)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const fs::path generator = dir / "f2lm.alm";
    trainModel(f2lmOptions(sampleClips(), generator, 3));
    TrainingOptions options = f2lmOptions(sampleClips(), dir / "d.alm", 3);
    options.method = Method::Destroyer;
    options.generatorPath = generator.string();
    options.cues.motion = "farneback"; // ignored: the generator's cues are used
    const TrainingResult result = trainModel(options);
    ASSERT_FALSE(result.cancelled);
    const BundleMetadata metadata = readBundleMetadata((dir / "d.alm").string());
    ASSERT_TRUE(metadata.destroyer && metadata.f2lm);
    EXPECT_EQ(metadata.destroyer->generatorMethod, "f2lm");
    EXPECT_EQ(metadata.f2lm->motionCue, "dis");
    ASSERT_TRUE(metadata.calibration);
    EXPECT_TRUE(metadata.calibration->destroyerMse && metadata.calibration->labelTriplet &&
                metadata.calibration->motionTriplet);

    const BundleContents alone = readBundleFile(generator.string(), TensorLoading::Load);
    const BundleContents both = readBundleFile((dir / "d.alm").string(), TensorLoading::Load);
    for (const StoredTensor& tensor : alone.tensors) {
        const StoredTensor* copy = both.find("model.generator." + tensor.name.substr(6));
        ASSERT_TRUE(copy) << tensor.name;
        EXPECT_EQ(copy->data, tensor.data) << tensor.name;
    }
    LoadedModel model = loadModel((dir / "d.alm").string(), c10::kCPU);
    ASSERT_TRUE(model.f2lm && model.destroyer);
    FrameScorer scorer(model);
    const ScoredFrames scored = scorer.score(at::zeros({2, 12, 32, 32}), at::zeros({2, 3, 32, 32}),
                                             at::zeros({2, 6, 32, 32}), at::full({2, 16, 32, 32}, 0.25));
    ASSERT_TRUE(scored.destroyed.defined());
    for (const FrameSignals& signals : scored.signals) {
        EXPECT_TRUE(std::isfinite(signals.destroyerMse));
        EXPECT_TRUE(std::isfinite(signals.labelTriplet));
        EXPECT_TRUE(std::isfinite(signals.motionTriplet));
        EXPECT_TRUE(std::isfinite(calibratedScore(signals, *metadata.calibration)));
    }
}

TEST(F2lmTraining, OneCallTrainsTheGeneratorThenItsDestroyerAndResumesEitherPhase)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const fs::path out = dir / "both.alm";
    EXPECT_EQ(generatorBundlePath(out.string()), (dir / "both.generator.alm").string());
    std::atomic<bool> cancel{false};
    std::set<int> stages;
    TrainingOptions options = f2lmOptions(sampleClips(), out, 2);
    options.destroyerSteps = 2;
    options.cancel = &cancel;
    options.progress = [&](const TrainingProgress& progress) {
        EXPECT_EQ(progress.stages, 2);
        stages.insert(progress.stage);
        // Stop in the Destroyer's first step.
        if (progress.stage == 2 && progress.phase == TrainingPhase::Training && progress.done == 1)
            cancel = true;
    };
    const TrainingResult stopped = trainModel(options);
    ASSERT_TRUE(stopped.cancelled);
    EXPECT_EQ(stages, (std::set<int>{1, 2}));
    const fs::path generator = dir / "both.generator.alm";
    ASSERT_TRUE(fs::exists(generator));
    const std::string generatorSha = evidence::sha256File(generator.string());

    // Resuming goes straight to the Destroyer: the generator is not retrained.
    cancel = false;
    stages.clear();
    options.resume = true;
    const TrainingResult finished = trainModel(options);
    ASSERT_FALSE(finished.cancelled);
    EXPECT_EQ(stages, (std::set<int>{2}));
    EXPECT_EQ(finished.generatorModelPath, generator.string());
    EXPECT_EQ(evidence::sha256File(generator.string()), generatorSha);
    const BundleMetadata metadata = readBundleMetadata(out.string());
    EXPECT_EQ(metadata.method, "destroyer");
    ASSERT_TRUE(metadata.destroyer);
    EXPECT_EQ(metadata.destroyer->generatorSha256, generatorSha);
    EXPECT_EQ(metadata.training.stepsCompleted, 2);

    // Only generators can be followed by a Destroyer.
    TrainingOptions mnad = f2lmOptions(sampleClips(), dir / "m.alm", 1);
    mnad.method = Method::MnadPrediction;
    mnad.destroyerSteps = 1;
    EXPECT_THROW(trainModel(mnad), std::invalid_argument);
}

} // namespace
} // namespace anomalens::training
