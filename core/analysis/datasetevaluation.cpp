#include "analysis/datasetevaluation.h"

#include "analysis/scorenorm.h"
#include "eval/labels.h"
#include "media/videosource.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <stdexcept>

namespace anomalens::analysis {

namespace fs = std::filesystem;

namespace {

eval::ProtocolResult evaluate(const std::vector<ClipSignals>& clips, bool perVideo, double psnrWeight,
                              const DatasetEvaluationOptions& options)
{
    std::vector<eval::VideoScores> videos;
    for (const ClipSignals& clip : clips) {
        std::vector<double> scores =
            perVideo ? perVideoAnomalyScores(clip.psnrDb, clip.featureDistance, psnrWeight) : clip.calibrated;
        videos.push_back({clip.clip, std::move(scores), clip.labels});
    }
    eval::ProtocolOptions protocol;
    protocol.normalisation = eval::ScoreNormalisation::None; // per-video scores are already normalised
    protocol.framesToDrop = options.framesToDrop;
    protocol.smoothingSigmaFrames = options.smoothingSigmaFrames;
    return eval::evaluateProtocol(videos, protocol);
}

} // namespace

std::vector<fs::path> datasetTestClips(const fs::path& root)
{
    const fs::path frames = root / "testing" / "frames";
    if (!fs::is_directory(frames))
        throw std::invalid_argument("Not a benchmark dataset: " + frames.string() +
                                    " is missing (expected testing/frames/<clip>/ and testing/labels.csv)");
    std::vector<fs::path> clips;
    for (const fs::directory_entry& entry : fs::directory_iterator(frames))
        if (entry.is_directory())
            clips.push_back(entry.path());
    std::sort(clips.begin(), clips.end());
    if (clips.empty())
        throw std::invalid_argument("No test clips in " + frames.string());
    return clips;
}

DatasetEvaluation evaluateDataset(Analyzer& analyzer, const fs::path& root, const DatasetEvaluationOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    if (!analyzer.metadata().calibration)
        throw std::invalid_argument("The model has no calibration (the bundle is not a finished training run)");
    const std::vector<fs::path> clipPaths = datasetTestClips(root);
    const fs::path labelsPath = root / "testing" / "labels.csv";
    if (!fs::is_regular_file(labelsPath))
        throw std::invalid_argument("Not a benchmark dataset: " + labelsPath.string() + " is missing");
    const std::vector<eval::LabelRange> labels = eval::readLabelsCsv(labelsPath);
    const bool mnad = analyzer.metadata().memoryItems > 0;
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    DatasetEvaluation result;
    for (const fs::path& path : clipPaths) {
        ClipSignals clip;
        clip.clip = path.filename().string();
        const std::int64_t frameCount = media::VideoSource(path.string()).info().frameCount;
        clip.psnrDb.assign(static_cast<std::size_t>(frameCount), kNaN);
        clip.calibrated.assign(static_cast<std::size_t>(frameCount), kNaN);
        if (mnad)
            clip.featureDistance.assign(static_cast<std::size_t>(frameCount), kNaN);
        clip.labels = eval::frameLabels(labels, clip.clip, frameCount);
        clip.stream = analyzer.analyze(
            path.string(),
            [&](const std::vector<AnalyzedFrame>& frames, const ResumePoint&) {
                for (const AnalyzedFrame& frame : frames) {
                    const auto i = static_cast<std::size_t>(frame.frameIndex);
                    clip.psnrDb[i] = frame.signals.psnrDb;
                    clip.calibrated[i] = frame.score;
                    if (mnad)
                        clip.featureDistance[i] = frame.signals.featureDistance;
                }
            },
            {}, options.cancel);
        result.framesScored += clip.stream.framesScored;
        if (clip.stream.cancelled) {
            result.cancelled = true;
            return result;
        }
        result.clips.push_back(std::move(clip));
        if (options.progress)
            options.progress(result.clips.size(), clipPaths.size(), result.clips.back());
    }
    const double psnrWeight = analyzer.metadata().calibration->psnrWeight;
    result.calibrated = evaluate(result.clips, false, psnrWeight, options);
    result.perVideo = evaluate(result.clips, true, psnrWeight, options);
    result.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace anomalens::analysis
