#include "analysistestutil.h"

#include "../training/torchthreads.h"
#include "../training/trainingtestutil.h"
#include "media/imagewriter.h"
#include "training/trainer.h"

#include <cstdio>

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

TinyModel trainTinyDestroyer(const anomalens::test::TempDir& dir, std::int64_t generatorSteps,
                             std::int64_t destroyerSteps)
{
    TinyModel tiny = trainTinyModel(dir, training::Method::Ffp, generatorSteps);
    const std::filesystem::path footage = tiny.sampleRoot / "training" / "frames";
    training::TrainingOptions options;
    options.method = training::Method::Destroyer;
    options.generatorPath = tiny.model.string();
    options.data = {footage.string()};
    options.outputPath = (dir / "destroyer.model").string();
    options.steps = destroyerSteps;
    options.seed = 3;
    options.heldOutFraction = 0.2;
    options.checkpointIntervalSeconds = 0.0;
    training::trainModel(options);
    tiny.model = options.outputPath;
    return tiny;
}

sample::Box squareAt(int frameIndex)
{
    const double step = frameIndex - kSquareFirst;
    return {2.0 + 3 * step, 4.0 + step, 2.0 + 3 * step + kSquareSide, 4.0 + step + kSquareSide};
}

std::filesystem::path writeSquareClip(const std::filesystem::path& folder)
{
    sample::SampleOptions sceneOptions;
    sceneOptions.seed = 7;
    sceneOptions.width = 64;
    sceneOptions.height = 48;
    sceneOptions.trainingClips = 2;
    sceneOptions.testingClips = 1;
    sceneOptions.framesPerClip = 40;
    const sample::SampleScene scene(sceneOptions);
    std::filesystem::create_directories(folder);
    media::ImageWriter writer;
    for (int f = 0; f < 40; ++f) {
        media::Frame frame = scene.render(sample::Split::Training, 1, f);
        if (f >= kSquareFirst && f <= kSquareLast) {
            const sample::Box box = squareAt(f);
            for (int y = static_cast<int>(box.y0); y < static_cast<int>(box.y1); ++y)
                for (int x = static_cast<int>(box.x0); x < static_cast<int>(box.x1); ++x)
                    for (int channel = 0; channel < 3; ++channel)
                        frame.data[static_cast<std::size_t>(y * frame.stride() + 3 * x + channel)] = 255;
        }
        char name[16];
        std::snprintf(name, sizeof name, "%03d.png", f);
        writer.write(frame, (folder / name).string());
    }
    return folder;
}

} // namespace anomalens::analysis::test
