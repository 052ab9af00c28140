#include "analysistestutil.h"

#include "../training/torchthreads.h"
#include "../training/trainingtestutil.h"
#include "training/trainer.h"

namespace anomalens::analysis::test {

TinyModel trainTinyModel(const anomalens::test::TempDir& dir, training::Method method, std::int64_t steps)
{
    training::test::useOneTorchThread();
    TinyModel tiny;
    tiny.sampleRoot = dir / "sample";
    const std::filesystem::path footage = training::test::writeSmallSample(tiny.sampleRoot, 2, 40);
    tiny.testClip = tiny.sampleRoot / "testing" / "frames" / "01";
    tiny.model = dir / (training::methodName(method) + ".model");
    training::TrainingOptions options;
    options.method = method;
    options.profile = training::test::tinyProfile();
    options.data = {footage.string()};
    options.outputPath = tiny.model.string();
    options.steps = steps;
    options.seed = 3;
    options.heldOutFraction = 0.2;
    options.checkpointIntervalSeconds = 0.0;
    training::trainModel(options);
    return tiny;
}

} // namespace anomalens::analysis::test
