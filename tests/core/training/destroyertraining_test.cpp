// Training F2LM's Destroyer on a frozen FFP generator: the bundle holds both
// networks with the generator untouched, names the generator, calibrates the
// Destroyer's signal, resumes exactly, and refuses unsuitable generators.
#include "torchthreads.h"
#include "bundlecompare.h"
#include "trainingtestutil.h"

#include "evidence/sha256.h"
#include "testsupport.h"
#include "training/bundlefile.h"
#include "training/checkpoint.h"
#include "training/framesignals.h"
#include "training/trainer.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <cmath>

namespace anomalens::training {
namespace {

namespace fs = std::filesystem;

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

struct Footage {
    anomalens::test::TempDir dir;
    fs::path clips;
    fs::path generator; // a tiny FFP model trained on the clips
};

const Footage& sharedFootage()
{
    static Footage* footage = [] {
        auto* f = new Footage;
        test::useOneTorchThread();
        f->clips = test::writeSmallSample(f->dir / "sample", 2, 40);
        f->generator = f->dir / "ffp.alm";
        trainModel(tinyOptions(f->clips, f->generator, Method::Ffp, 6));
        return f;
    }();
    return *footage;
}

TrainingOptions destroyerOptions(const fs::path& out, std::int64_t steps)
{
    TrainingOptions options = tinyOptions(sharedFootage().clips, out, Method::Destroyer, steps);
    options.generatorPath = sharedFootage().generator.string();
    options.profile = models::liteProfile(); // ignored: the generator's profile wins
    return options;
}

TEST(DestroyerTraining, HoldsTheFrozenGeneratorAndItsOwnCalibratedSignal)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const TrainingResult result = trainModel(destroyerOptions(dir / "d.alm", 8));
    ASSERT_FALSE(result.cancelled);
    ASSERT_EQ(result.lossHistory.size(), 8u);
    for (const auto& losses : result.lossHistory) {
        EXPECT_TRUE(std::isfinite(losses.at("loss")));
        EXPECT_GE(losses.at("corruptedShare"), 0.05 - 1e-9);
        EXPECT_LE(losses.at("corruptedShare"), 0.5 + 1e-9);
        EXPECT_GE(losses.at("meanDiff"), 0.0);
        EXPECT_LE(losses.at("meanDiff"), 1.0);
    }

    const BundleMetadata metadata = readBundleMetadata((dir / "d.alm").string());
    const BundleMetadata generatorMetadata = readBundleMetadata(sharedFootage().generator.string());
    EXPECT_EQ(metadata.method, "destroyer");
    EXPECT_EQ(metadata.profile.name, "tiny");
    EXPECT_EQ(metadata.inputFrames, 4);
    ASSERT_TRUE(metadata.destroyer);
    EXPECT_EQ(metadata.destroyer->generatorMethod, "ffp");
    EXPECT_EQ(metadata.destroyer->generatorSha256, evidence::sha256File(sharedFootage().generator.string()));
    EXPECT_EQ(metadata.destroyer->generatorSteps, 6);
    EXPECT_EQ(metadata.destroyer->patchSize, 4); // 32 px / 8
    EXPECT_DOUBLE_EQ(metadata.training.learningRates.at("destroyer"), 2e-4);
    ASSERT_TRUE(metadata.calibration && metadata.calibration->destroyerMse);
    EXPECT_DOUBLE_EQ(metadata.calibration->psnrWeight, 0.48);
    EXPECT_DOUBLE_EQ(metadata.calibration->destroyerWeight, 1.0);
    EXPECT_TRUE(std::isfinite(metadata.calibration->destroyerMse->mean));
    EXPECT_GT(metadata.calibration->destroyerMse->mean, 0.0);
    EXPECT_TRUE(std::isfinite(metadata.defaultThreshold));
    // The same generator on the same held-out frames: the same PSNR statistics.
    EXPECT_NEAR(metadata.calibration->psnrDb.mean, generatorMetadata.calibration->psnrDb.mean, 1e-4);

    // The generator's weights are the FFP bundle's, bit for bit.
    const BundleContents generator = readBundleFile(sharedFootage().generator.string(), TensorLoading::Load);
    const BundleContents both = readBundleFile((dir / "d.alm").string(), TensorLoading::Load);
    std::size_t destroyerTensors = 0;
    for (const StoredTensor& tensor : both.tensors)
        destroyerTensors += tensor.name.rfind("model.destroyer.", 0) == 0;
    EXPECT_EQ(both.tensors.size(), generator.tensors.size() + destroyerTensors);
    EXPECT_GT(destroyerTensors, 0u);
    for (const StoredTensor& tensor : generator.tensors) {
        const StoredTensor* copy = both.find("model.generator." + tensor.name.substr(6));
        ASSERT_TRUE(copy) << tensor.name;
        EXPECT_EQ(copy->data, tensor.data) << tensor.name;
    }

    // Loaded as the analyzer loads it: finite Destroyer error per frame.
    LoadedModel model = loadModel((dir / "d.alm").string(), c10::kCPU);
    ASSERT_TRUE(model.destroyer && model.generator);
    FrameScorer scorer(model);
    const ScoredFrames scored = scorer.score(at::zeros({2, 12, 32, 32}), at::zeros({2, 3, 32, 32}));
    ASSERT_TRUE(scored.destroyed.defined());
    EXPECT_EQ(scored.destroyed.sizes(), (std::vector<std::int64_t>{2, 3, 32, 32}));
    for (const FrameSignals& signals : scored.signals)
        EXPECT_TRUE(std::isfinite(signals.destroyerMse));
}

TEST(DestroyerTraining, ResumesExactlyWhereTheCancelledRunStopped)
{
    test::useOneTorchThread();
    constexpr std::int64_t kSteps = 6;
    anomalens::test::TempDir dir;
    const TrainingResult straight = trainModel(destroyerOptions(dir / "straight", kSteps));
    std::atomic<bool> cancel{false};
    TrainingOptions options = destroyerOptions(dir / "resumed", kSteps);
    options.cancel = &cancel;
    options.progress = [&](const TrainingProgress& progress) {
        if (progress.phase == TrainingPhase::Training && progress.done == kSteps / 2)
            cancel = true;
    };
    ASSERT_TRUE(trainModel(options).cancelled);
    cancel = false;
    options.resume = true;
    options.progress = {};
    const TrainingResult second = trainModel(options);
    ASSERT_EQ(second.lossHistory.size(), static_cast<std::size_t>(kSteps / 2));
    for (std::size_t step = 0; step < second.lossHistory.size(); ++step)
        EXPECT_NEAR(second.lossHistory[step].at("loss"), straight.lossHistory[step + kSteps / 2].at("loss"), 1e-6)
            << "step " << step;
    test::expectSameModelTensors(dir / "straight", dir / "resumed", 1e-5);
}

TEST(DestroyerTraining, RefusesAMissingOrUnsuitableGenerator)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const auto message = [](const TrainingOptions& options) -> std::string {
        try {
            trainModel(options);
        } catch (const std::invalid_argument& e) {
            return e.what();
        }
        return "no error";
    };
    TrainingOptions options = destroyerOptions(dir / "d", 2);
    options.generatorPath.clear();
    EXPECT_NE(message(options).find("--generator"), std::string::npos);
    options.generatorPath = (dir / "nothing.alm").string();
    EXPECT_NE(message(options).find("does not exist"), std::string::npos);

    // An MNAD model cannot carry a Destroyer.
    const fs::path mnad = dir / "mnad.alm";
    trainModel(tinyOptions(sharedFootage().clips, mnad, Method::MnadPrediction, 1));
    options.generatorPath = mnad.string();
    EXPECT_NE(message(options).find("mnad-pred model"), std::string::npos);

    // A checkpoint is not a finished generator.
    std::atomic<bool> cancel{false};
    TrainingOptions unfinished = tinyOptions(sharedFootage().clips, dir / "ffp", Method::Ffp, 4);
    unfinished.cancel = &cancel;
    unfinished.progress = [&](const TrainingProgress& progress) {
        cancel = progress.phase == TrainingPhase::Training;
    };
    const TrainingResult cancelled = trainModel(unfinished);
    ASSERT_TRUE(cancelled.cancelled);
    options.generatorPath = cancelled.checkpointPath;
    EXPECT_NE(message(options).find("checkpoint"), std::string::npos);

    // Other methods take no generator.
    TrainingOptions ffp = tinyOptions(sharedFootage().clips, dir / "f", Method::Ffp, 1);
    ffp.generatorPath = sharedFootage().generator.string();
    EXPECT_NE(message(ffp).find("only used to train a Destroyer"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "d"));
}

} // namespace
} // namespace anomalens::training
