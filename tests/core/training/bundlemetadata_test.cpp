// The model bundle without torch: this file is compiled without torch's
// include paths (see CMakeLists.txt), as the GUI is, and reads a bundle's
// metadata.
#include "testsupport.h"
#include "training/bundle.h"
#include "training/bundlefile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

namespace anomalens::training {
namespace {

BundleMetadata exampleMetadata()
{
    BundleMetadata metadata;
    metadata.method = "mnad-pred";
    metadata.profile = models::liteProfile();
    metadata.inputFrames = 4;
    metadata.memoryItems = 10;
    metadata.trainingFootage = {{"/data/ped2/training/frames/01", "folder", std::string(64, 'b'), 120, 108, 12},
                                {"/data/cam.mp4", "file", std::string(64, 'c'), 300, 270, 30, 200, 499}};
    metadata.training.steps = 1000;
    metadata.training.stepsCompleted = 1000;
    metadata.training.batchSize = 4;
    metadata.training.seed = 18446744073709551615ULL; // all 64 bits survive JSON
    metadata.training.learningRates = {{"model", 2e-4}};
    metadata.training.lossWeights = {{"compactness", 0.1}, {"separateness", 0.1}};
    metadata.training.finalLosses = {{"loss", 0.0123}};
    metadata.training.notes = {"a note"};
    Calibration calibration;
    calibration.source = "held out";
    calibration.frames = 3;
    calibration.psnrWeight = 0.6;
    calibration.psnrDb = summarise({30.0, 31.0, 35.0});
    calibration.featureDistance = summarise({0.01, 0.02, 0.03});
    calibration.score = summarise({-1.0, 0.0, 1.5});
    calibration.threshold = 1.4;
    metadata.calibration = calibration;
    metadata.defaultThreshold = 1.4;
    metadata.createdUtc = "2024-05-01T12:34:56.789Z";
    metadata.libtorchVersion = "1.13.0";
    metadata.device = "CPU (2 threads)";
    return metadata;
}

StoredTensor floats(const std::string& name, std::vector<float> values)
{
    StoredTensor tensor;
    tensor.name = name;
    tensor.shape = {static_cast<std::int64_t>(values.size())};
    tensor.data.resize(values.size() * sizeof(float));
    std::memcpy(tensor.data.data(), values.data(), tensor.data.size());
    return tensor;
}

TEST(BundleMetadata, RoundTripsThroughAFileWithoutTorch)
{
    anomalens::test::TempDir dir;
    const BundleMetadata metadata = exampleMetadata();
    writeBundleFile((dir / "m").string(), toJson(metadata), {floats("model.w", {1.0f, 2.0f, 3.0f})});
    const BundleMetadata read = readBundleMetadata((dir / "m").string());
    EXPECT_EQ(toJson(read), toJson(metadata));
    EXPECT_EQ(read.training.seed, metadata.training.seed);
    EXPECT_EQ(read.profile.widths, metadata.profile.widths);
    ASSERT_TRUE(read.calibration && read.calibration->featureDistance);
    EXPECT_DOUBLE_EQ(read.calibration->featureDistance->p50, 0.02);
    EXPECT_EQ(readBundleMetadataJson((dir / "m").string())["method"], "mnad-pred");
    // A range keeps its frames; a whole clip stores no range keys at all.
    EXPECT_EQ(read.trainingFootage[1].firstFrame, 200);
    EXPECT_EQ(read.trainingFootage[1].lastFrame, 499);
    EXPECT_EQ(read.trainingFootage[0].lastFrame, -1);
    EXPECT_FALSE(readBundleMetadataJson((dir / "m").string())["trainingFootage"][0].contains("firstFrame"));
}

TEST(BundleMetadata, DestroyerRecordRoundTripsAndOlderBundlesHaveNone)
{
    anomalens::test::TempDir dir;
    BundleMetadata metadata = exampleMetadata();
    EXPECT_FALSE(toJson(metadata).contains("destroyer")); // other methods write no key
    EXPECT_FALSE(toJson(metadata)["calibration"].contains("destroyerMse"));
    EXPECT_FALSE(metadataFromJson(toJson(metadata)).destroyer);

    metadata.method = "destroyer";
    metadata.memoryItems = 0;
    DestroyerRecord destroyer;
    destroyer.generatorMethod = "ffp";
    destroyer.generatorSha256 = std::string(64, 'd');
    destroyer.generatorPath = "/models/ffp.alm";
    destroyer.generatorSteps = 500;
    destroyer.patchSize = 16;
    destroyer.generatorScoreWeight = 0.25;
    destroyer.destroyerScoreWeight = 0.75;
    metadata.destroyer = destroyer;
    metadata.calibration->featureDistance.reset();
    metadata.calibration->destroyerMse = summarise({0.001, 0.002, 0.004});
    metadata.calibration->destroyerWeight = 0.75;
    writeBundleFile((dir / "d").string(), toJson(metadata), {});
    const BundleMetadata read = readBundleMetadata((dir / "d").string());
    EXPECT_EQ(toJson(read), toJson(metadata));
    ASSERT_TRUE(read.destroyer);
    EXPECT_EQ(read.destroyer->generatorSha256, destroyer.generatorSha256);
    EXPECT_EQ(read.destroyer->patchSize, 16);
    EXPECT_DOUBLE_EQ(read.destroyer->diffLambda, 4.0);
    EXPECT_DOUBLE_EQ(read.destroyer->generatorScoreWeight, 0.25);
    ASSERT_TRUE(read.calibration->destroyerMse);
    EXPECT_DOUBLE_EQ(read.calibration->destroyerMse->max, 0.004);
    EXPECT_DOUBLE_EQ(read.calibration->destroyerWeight, 0.75);
    const nlohmann::json json = readBundleMetadataJson((dir / "d").string());
    EXPECT_DOUBLE_EQ(json["destroyer"]["scoreWeights"]["destroyer"].get<double>(), 0.75);
}

TEST(BundleMetadata, UnknownStatisticsSurviveAsNaN)
{
    anomalens::test::TempDir dir;
    BundleMetadata metadata = exampleMetadata();
    metadata.calibration->featureDistance = summarise({}); // no finite value: NaN fields
    writeBundleFile((dir / "m").string(), toJson(metadata), {});
    const BundleMetadata read = readBundleMetadata((dir / "m").string());
    EXPECT_EQ(read.calibration->featureDistance->count, 0);
    EXPECT_TRUE(std::isnan(read.calibration->featureDistance->mean));
}

TEST(BundleMetadata, TensorsReadBackByteForByte)
{
    anomalens::test::TempDir dir;
    StoredTensor counts;
    counts.name = "model.n";
    counts.dtype = TensorDType::Int64;
    counts.shape = {};
    counts.data.resize(8);
    const std::int64_t value = -5;
    std::memcpy(counts.data.data(), &value, 8);
    writeBundleFile((dir / "m").string(), toJson(exampleMetadata()),
                    {floats("model.w", {1.5f, -2.0f}), counts});
    const BundleContents contents = readBundleFile((dir / "m").string(), TensorLoading::Load);
    EXPECT_EQ(contents.formatVersion, kBundleFormatVersion);
    ASSERT_EQ(contents.tensors.size(), 2u);
    ASSERT_TRUE(contents.find("model.n"));
    EXPECT_EQ(contents.find("model.n")->data, counts.data);
    EXPECT_EQ(contents.find("model.n")->elementCount(), 1);
    EXPECT_EQ(contents.find("model.w")->shape, std::vector<std::int64_t>{2});
    EXPECT_EQ(readBundleFile((dir / "m").string(), TensorLoading::Skip).tensors.size(), 0u);
    // No temporary file is left behind.
    EXPECT_FALSE(std::filesystem::exists(dir / "m.partial"));
}

TEST(BundleMetadata, MissingFileAndBadMetadataAreClearErrors)
{
    anomalens::test::TempDir dir;
    try {
        readBundleMetadata((dir / "nothing").string());
        ADD_FAILURE() << "no error";
    } catch (const BundleError& e) {
        EXPECT_EQ(e.kind(), BundleError::Kind::Io);
    }
    writeBundleFile((dir / "m").string(), nlohmann::json{{"method", "mnad-pred"}}, {});
    try {
        readBundleMetadata((dir / "m").string());
        ADD_FAILURE() << "no error";
    } catch (const BundleError& e) {
        EXPECT_EQ(e.kind(), BundleError::Kind::BadMetadata);
        EXPECT_NE(std::string(e.what()).find("formatVersion"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace anomalens::training
