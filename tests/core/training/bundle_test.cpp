// The model bundle on the torch side: a written model loads back into an
// identical model (weights, BatchNorm statistics, memory items), and every
// kind of damage is reported as what it is.
#include "torchthreads.h"
#include "trainingtestutil.h"

#include "testsupport.h"
#include "training/bundlefile.h"
#include "training/modelio.h"

#include <ATen/ATen.h>
#include <torch/utils.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace anomalens::training {
namespace {

using Kind = BundleError::Kind;

BundleMetadata tinyMetadata(Method method)
{
    BundleMetadata metadata;
    metadata.method = methodName(method);
    metadata.profile = test::tinyProfile();
    metadata.inputFrames = inputFrameCount(method);
    metadata.memoryItems = isMnad(method) ? 10 : 0;
    metadata.trainingFootage = {{"/footage/01", "folder", std::string(64, 'a'), 100, 90, 10}};
    metadata.training.steps = 3;
    metadata.training.stepsCompleted = 3;
    metadata.training.batchSize = 2;
    metadata.training.seed = 11;
    metadata.training.learningRates = {{"model", 2e-4}};
    Calibration calibration;
    calibration.source = "test";
    calibration.frames = 2;
    calibration.psnrDb = summarise({30.0, 32.0});
    calibration.score = summarise({-1.0, 1.0});
    calibration.threshold = 0.99;
    metadata.calibration = calibration;
    metadata.defaultThreshold = 0.99;
    metadata.createdUtc = "2024-05-01T12:34:56.789Z";
    return metadata;
}

// A model whose state differs from a fresh one's everywhere a bundle must
// carry it: weights perturbed, BatchNorm running statistics and MNAD's memory
// moved by a few training forwards.
LoadedModel usedModel(Method method)
{
    torch::manual_seed(3);
    LoadedModel model = createModel(tinyMetadata(method), c10::kCPU);
    const std::int64_t channels = 3 * inputFrameCount(method);
    {
        torch::NoGradGuard noGrad;
        for (const at::Tensor& parameter : model.module().parameters())
            parameter.add_(at::randn_like(parameter) * 0.01);
        for (int step = 0; step < 3; ++step) {
            const at::Tensor input = at::rand({2, channels, 32, 32}) * 2 - 1;
            if (model.mnad)
                model.mnad->forwardTraining(input);
            else
                model.generator->forward(input);
        }
    }
    model.module().eval();
    return model;
}

std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

Kind loadErrorKind(const std::filesystem::path& path)
{
    try {
        loadModel(path.string(), c10::kCPU);
    } catch (const BundleError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no BundleError for " << path;
    return Kind::Io;
}

TEST(Bundle, MnadRoundTripGivesIdenticalOutputsAndMemory)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    LoadedModel model = usedModel(Method::MnadPrediction);
    writeModelBundle((dir / "mnad.model").string(), model);
    LoadedModel loaded = loadModel((dir / "mnad.model").string(), c10::kCPU);

    ASSERT_TRUE(loaded.mnad);
    EXPECT_TRUE(at::equal(loaded.mnad->memory->items(), model.mnad->memory->items()));
    const auto original = model.mnad->named_buffers();
    for (const auto& buffer : loaded.mnad->named_buffers())
        EXPECT_TRUE(at::equal(buffer.value(), original[buffer.key()])) << buffer.key();
    EXPECT_FALSE(loaded.mnad->is_training());

    const at::Tensor input = at::rand({2, 12, 32, 32}) * 2 - 1;
    torch::NoGradGuard noGrad;
    const auto expected = model.mnad->forwardInference(input);
    const auto actual = loaded.mnad->forwardInference(input);
    EXPECT_TRUE(at::equal(actual.prediction, expected.prediction));
    EXPECT_TRUE(at::equal(actual.featureDistance, expected.featureDistance));
    EXPECT_EQ(toJson(loaded.metadata), toJson(model.metadata));
}

TEST(Bundle, FfpRoundTripGivesIdenticalOutputs)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    LoadedModel model = usedModel(Method::Ffp);
    writeModelBundle((dir / "ffp.model").string(), model);
    LoadedModel loaded = loadModel((dir / "ffp.model").string(), c10::kCPU);
    ASSERT_TRUE(loaded.generator);
    EXPECT_FALSE(loaded.mnad);
    const at::Tensor input = at::rand({2, 12, 32, 32}) * 2 - 1;
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(at::equal(loaded.generator->forward(input), model.generator->forward(input)));
}

TEST(Bundle, ReportsTruncation)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    writeModelBundle((dir / "m").string(), usedModel(Method::Ffp));
    const std::string bytes = readBytes(dir / "m");
    for (const std::size_t kept : {std::size_t{18}, std::size_t{40}, bytes.size() / 2, bytes.size() - 64,
                                   bytes.size() - 1}) {
        writeBytes(dir / "cut", bytes.substr(0, kept));
        EXPECT_EQ(loadErrorKind(dir / "cut"), Kind::Truncated) << "kept " << kept << " of " << bytes.size();
    }
    writeBytes(dir / "cut", bytes.substr(0, 10));
    EXPECT_EQ(loadErrorKind(dir / "cut"), Kind::NotABundle);
}

TEST(Bundle, ReportsAFlippedByteAsAChecksumMismatch)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    writeModelBundle((dir / "m").string(), usedModel(Method::MnadPrediction));
    const std::string bytes = readBytes(dir / "m");
    // In the metadata JSON, in the weights (most of the file), in the digest.
    for (const std::size_t offset : {std::size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
        std::string damaged = bytes;
        damaged[offset] = static_cast<char>(damaged[offset] ^ 0x01);
        writeBytes(dir / "flipped", damaged);
        EXPECT_EQ(loadErrorKind(dir / "flipped"), Kind::ChecksumMismatch) << "offset " << offset;
        EXPECT_THROW(readBundleMetadata((dir / "flipped").string()), BundleError);
    }
}

TEST(Bundle, ReportsWrongMagicAndNewerVersions)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    writeModelBundle((dir / "m").string(), usedModel(Method::Ffp));
    std::string bytes = readBytes(dir / "m");
    std::string notBundle = bytes;
    notBundle[0] = 'X';
    writeBytes(dir / "other", notBundle);
    EXPECT_EQ(loadErrorKind(dir / "other"), Kind::NotABundle);
    writeBytes(dir / "text", "just some text file that is long enough to have a header\n");
    EXPECT_EQ(loadErrorKind(dir / "text"), Kind::NotABundle);

    bytes[16] = static_cast<char>(kBundleFormatVersion + 1); // little-endian u32 after the magic
    writeBytes(dir / "newer", bytes);
    EXPECT_EQ(loadErrorKind(dir / "newer"), Kind::NewerVersion);
    try {
        readBundleMetadata((dir / "newer").string());
        ADD_FAILURE() << "newer version accepted";
    } catch (const BundleError& e) {
        EXPECT_NE(std::string(e.what()).find("update Anomalens"), std::string::npos) << e.what();
    }
}

TEST(Bundle, LoadingIsStrictAboutTensors)
{
    test::useOneTorchThread();
    anomalens::test::TempDir dir;
    const LoadedModel model = usedModel(Method::MnadPrediction);
    const nlohmann::json metadata = toJson(model.metadata);
    const std::vector<StoredTensor> tensors = storeModule(model.module(), kModelPrefix);

    std::vector<StoredTensor> missing = tensors;
    missing.erase(missing.begin() + 3);
    writeBundleFile((dir / "missing").string(), metadata, missing);
    EXPECT_EQ(loadErrorKind(dir / "missing"), Kind::MissingTensor);

    std::vector<StoredTensor> extra = tensors;
    extra.push_back(storeTensor("model.extra.weight", at::zeros({2})));
    writeBundleFile((dir / "extra").string(), metadata, extra);
    EXPECT_EQ(loadErrorKind(dir / "extra"), Kind::UnexpectedTensor);

    nlohmann::json wider = metadata;
    wider["profile"]["widths"] = {8, 16, 32, 32}; // the tensors are for 64
    writeBundleFile((dir / "shape").string(), wider, tensors);
    EXPECT_EQ(loadErrorKind(dir / "shape"), Kind::ShapeMismatch);

    nlohmann::json ffp = metadata;
    ffp["method"] = "ffp";
    writeBundleFile((dir / "kind").string(), ffp, tensors);
    EXPECT_EQ(loadErrorKind(dir / "kind"), Kind::MissingTensor); // the U-Net's tensors are not there

    nlohmann::json unknown = metadata;
    unknown["method"] = "f2lm";
    writeBundleFile((dir / "unknown").string(), unknown, tensors);
    EXPECT_EQ(loadErrorKind(dir / "unknown"), Kind::BadMetadata);
}

} // namespace
} // namespace anomalens::training
