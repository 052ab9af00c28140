// sample, demo: the built-in synthetic scene, so everything can be tried
// without downloading footage.
#include "cliutil.h"
#include "commands.h"

#include "analysis/caseanalysis.h"
#include "eval/labels.h"
#include "eval/protocol.h"
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
// How a demo run did on one clip, against the sample's ground truth.
struct DemoTally {
    int anomalies = 0;      // labelled ranges
    int anomaliesFound = 0; // ranges overlapped by a flagged event
    int events = 0;
    int eventsOnAnomalies = 0;
};

bool overlaps(std::int64_t firstA, std::int64_t lastA, std::int64_t firstB, std::int64_t lastB)
{
    return firstA <= lastB && firstB <= lastA;
}

void runDemo(const std::filesystem::path& root, const std::string& modelPath, const std::filesystem::path& casePath)
{
    const std::vector<eval::LabelRange> labels = eval::readLabelsCsv(sample::sampleLabelsPath(root));
    const std::filesystem::path videos = root / "videos" / "testing";
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(videos))
        for (const auto& entry : std::filesystem::directory_iterator(videos))
            if (entry.path().extension() == ".mp4")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty())
        throw std::runtime_error("no test videos in " + videos.string() + "; run `anomalens-cli sample` first");

    analysis::Analyzer analyzer(modelPath);
    std::printf("model %s (%s, profile %s, trained %lld steps), on %s\n", modelPath.c_str(),
                analyzer.metadata().method.c_str(), analyzer.metadata().profile.name.c_str(),
                static_cast<long long>(analyzer.metadata().training.stepsCompleted),
                analyzer.deviceDescription().c_str());
    // The demo's own case: replaced on every run.
    std::filesystem::remove(casePath);
    store::CaseDatabase db = store::CaseDatabase::create(casePath.string(), {"Anomalens demo (sample scene)", {}});

    DemoTally total;
    std::vector<eval::VideoScores> scored;
    for (const std::filesystem::path& file : files) {
        const analysis::CaseAnalysisResult result = analysis::analyzeIntoCase(db, analyzer, modelPath, file.string());
        media::VideoSource source(file.string());
        const std::int64_t frameCount = source.info().frameCount;
        const std::string clip = file.stem().string();
        const std::vector<uint8_t> perFrame = eval::frameLabels(labels, clip, frameCount);
        const auto time = [&](std::int64_t frame) { return formatTimeUs(source.timeUsOfFrame(frame)); };
        std::printf("\n%s  %lld frames, scored at %.0f frames/s\n", file.string().c_str(),
                    static_cast<long long>(frameCount), result.stream.framesScored / result.stream.wallSeconds);
        const std::vector<eval::LabelRange> truth = eval::rangesFromFrameLabels(clip, perFrame);
        for (const eval::LabelRange& range : truth) {
            bool found = false;
            for (const store::EventRecord& event : result.events)
                found = found || overlaps(range.firstFrame, range.lastFrame, event.startFrame, event.endFrame);
            std::printf("  abnormal (ground truth)  frames %3lld-%3lld  %s - %s  %s\n",
                        static_cast<long long>(range.firstFrame), static_cast<long long>(range.lastFrame),
                        time(range.firstFrame).c_str(), time(range.lastFrame).c_str(),
                        found ? "FLAGGED" : "missed");
            ++total.anomalies;
            total.anomaliesFound += found ? 1 : 0;
        }
        for (const store::EventRecord& event : result.events) {
            bool onAnomaly = false;
            for (const eval::LabelRange& range : truth)
                onAnomaly = onAnomaly || overlaps(range.firstFrame, range.lastFrame, event.startFrame, event.endFrame);
            std::printf("  event flagged            frames %3lld-%3lld  %s - %s  peak %.1f at %s%s\n",
                        static_cast<long long>(event.startFrame), static_cast<long long>(event.endFrame),
                        time(event.startFrame).c_str(), time(event.endFrame).c_str(), event.peakScore,
                        time(event.peakFrame).c_str(), onAnomaly ? "" : "  (no labelled anomaly)");
            ++total.events;
            total.eventsOnAnomalies += onAnomaly ? 1 : 0;
        }
        scored.push_back({clip, analysis::scoreSeries(db.frameScores(result.runId), frameCount), perFrame});
    }
    eval::ProtocolOptions protocol;
    protocol.normalisation = eval::ScoreNormalisation::None;
    const eval::ProtocolResult quality = eval::evaluateProtocol(scored, protocol);
    std::printf("\n%d of %d labelled anomalies flagged; %d of %d events on a labelled anomaly; frame-level AUC %.1f %%\n",
                total.anomaliesFound, total.anomalies, total.eventsOnAnomalies, total.events, 100.0 * quality.auc);
    std::printf("scores and events are in the case %s\nreview them: anomalens %s\n", casePath.string().c_str(),
                casePath.string().c_str());
}

void registerDemo(CLI::App& app)
{
    auto* cmd = app.add_subcommand("demo", "Analyse the test clips of a sample folder (written by `sample`) with "
                                           "the built-in sample model and compare the events with the ground truth");
    struct Args {
        std::string sample;
        std::string model;
        std::string casePath;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--sample", args->sample, "Sample folder")->required()->check(CLI::ExistingDirectory);
    cmd->add_option("--model", args->model, "Model bundle (default: the built-in sample model)")
        ->check(CLI::ExistingFile);
    cmd->add_option("--case", args->casePath, "Case file to write (replaced; default: SAMPLE/demo.alcase)");
    cmd->callback([args] {
        const std::filesystem::path root(args->sample);
        runDemo(root, args->model.empty() ? builtinSampleModel().string() : args->model,
                args->casePath.empty() ? root / "demo.alcase" : std::filesystem::path(args->casePath));
    });
}

} // namespace

void registerSampleCommands(CLI::App& app)
{
    registerSample(app);
    registerDemo(app);
}

} // namespace anomalens::cli
