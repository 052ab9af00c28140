#include "trainingtestutil.h"

#include "media/imagewriter.h"
#include "sample/sampledataset.h"

#include <cstdio>

namespace anomalens::training::test {

models::ModelProfile tinyProfile()
{
    return models::ModelProfile{"tiny", 32, {8, 16, 32, 64}};
}

void writeNumberedClip(const std::filesystem::path& folder, int frames, int firstValue, int step, int size)
{
    std::filesystem::create_directories(folder);
    media::ImageWriter writer;
    media::Frame frame;
    frame.width = size;
    frame.height = size;
    for (int f = 0; f < frames; ++f) {
        const auto value = static_cast<std::uint8_t>(firstValue + f * step);
        frame.data.assign(static_cast<std::size_t>(size * size * 3), value);
        char name[16];
        std::snprintf(name, sizeof name, "%03d.png", f);
        writer.write(frame, (folder / name).string());
    }
}

std::filesystem::path writeSmallSample(const std::filesystem::path& root, int clips, int framesPerClip)
{
    sample::SampleOptions options;
    options.seed = 7;
    options.width = 64;
    options.height = 48;
    options.trainingClips = clips;
    options.testingClips = 1;
    options.framesPerClip = framesPerClip;
    sample::SampleOutputOptions output;
    output.writeVideos = false;
    sample::writeSampleDataset(root, options, {}, output);
    return root / "training" / "frames";
}

} // namespace anomalens::training::test
