// sample, demo: the built-in synthetic scene, so everything can be tried
// without downloading footage.
#include "cliutil.h"
#include "commands.h"

#include "eval/labels.h"
#include "evidence/sha256.h"
#include "media/videosource.h"
#include "sample/sampledataset.h"

#include <cstdio>
#include <algorithm>
#include <memory>

namespace anomalens::cli {
namespace {

void registerSample(CLI::App& app)
{
    auto* cmd = app.add_subcommand("sample", "Write the built-in sample scene (synthetic CCTV footage with labelled anomalies) in the UCSD Ped2 layout");
    struct Args {
        std::string out;
        sample::SampleOptions options;
        bool noFrames = false;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--out,-o", args->out, "Output folder (empty, or an earlier sample to replace)")->required();
    cmd->add_option("--seed", args->options.seed, "Random seed: the same seed gives the same pixels");
    cmd->add_option("--train-clips", args->options.trainingClips, "Normal training clips")->check(CLI::Range(1, 99));
    cmd->add_option("--test-clips", args->options.testingClips, "Test clips with anomalies")->check(CLI::Range(1, 99));
    cmd->add_option("--frames", args->options.framesPerClip, "Frames per clip")->check(CLI::Range(8, 100000));
    cmd->add_option("--width", args->options.width, "Frame width (even)")->check(CLI::Range(64, 3840));
    cmd->add_option("--height", args->options.height, "Frame height (even)")->check(CLI::Range(64, 2160));
    cmd->callback([args] {
        ProgressLine progress("rendering sample");
        const sample::SampleDataset dataset = sample::writeSampleDataset(
            args->out, args->options, [&](int64_t done, int64_t total) {
                progress.update(total ? double(done) / double(total) : 1.0);
            });
        progress.finish();
        std::printf("sample scene (seed %llu) written to %s: %zu training clips, %zu test clips, %lld frames\n",
                    static_cast<unsigned long long>(dataset.options.seed), dataset.root.string().c_str(),
                    dataset.trainingClips.size(), dataset.testingClips.size(),
                    static_cast<long long>(dataset.framesWritten));
        for (const sample::ClipInfo& clip : dataset.testingClips)
            for (const sample::AnomalyEvent& event : clip.events)
                std::printf("  testing/%s: frames %d-%d: %s\n", sample::clipName(clip.index).c_str(),
                            event.firstFrame, event.lastFrame, event.description.c_str());
    });
}

// Headless summary of a sample folder: each test clip with its metadata, hash
// and the frames its ground truth marks abnormal.
void registerDemo(CLI::App& app)
{
    auto* cmd = app.add_subcommand("demo", "Headless summary of a sample folder written by `sample`");
    auto dir = std::make_shared<std::string>();
    cmd->add_option("--sample", *dir, "Sample folder")->required()->check(CLI::ExistingDirectory);
    cmd->callback([dir] {
        const std::filesystem::path root(*dir);
        const std::vector<eval::LabelRange> labels = eval::readLabelsCsv(sample::sampleLabelsPath(root));
        const std::filesystem::path videos = root / "videos" / "testing";
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(videos))
            if (entry.path().extension() == ".mp4")
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        if (files.empty())
            throw std::runtime_error("no test videos in " + videos.string() + "; run `anomalens-cli sample` first");
        for (const std::filesystem::path& file : files) {
            media::VideoSource source(file.string());
            const media::MediaInfo& info = source.info();
            std::printf("%s  %dx%d %s  %.3g fps  %lld frames  %s\n  sha256 %s\n", file.string().c_str(), info.width,
                        info.height, info.codec.c_str(), info.fps, static_cast<long long>(info.frameCount),
                        formatTimeUs(info.durationUs).c_str(), evidence::sha256File(file.string()).c_str());
            const std::string clip = file.stem().string();
            const std::vector<uint8_t> perFrame = eval::frameLabels(labels, clip, info.frameCount);
            for (const eval::LabelRange& range : eval::rangesFromFrameLabels(clip, perFrame))
                std::printf("  abnormal (ground truth): frames %lld-%lld, %s - %s\n",
                            static_cast<long long>(range.firstFrame), static_cast<long long>(range.lastFrame),
                            formatTimeUs(source.timeUsOfFrame(range.firstFrame)).c_str(),
                            formatTimeUs(source.timeUsOfFrame(range.lastFrame)).c_str());
        }
        std::printf("Open one in the review window: anomalens %s\n", files.front().string().c_str());
    });
}

} // namespace

void registerSampleCommands(CLI::App& app)
{
    registerSample(app);
    registerDemo(app);
}

} // namespace anomalens::cli
