#include "analysis/datasetevaluation.h"

#include "analysis/scorenorm.h"
#include "eval/labels.h"
#include "media/videosource.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <stdexcept>

namespace anomalens::analysis {

namespace fs = std::filesystem;

namespace {

enum class Scoring { Calibrated, PerVideo, GeneratorCalibrated, GeneratorPerVideo };

// The papers' per-video score: MNAD's and FFP's min-max mix, or F2LM's
// weighted z-scores (with or without the Destroyer's error).
std::vector<double> perVideoScores(const ClipSignals& clip, const training::Calibration& calibration,
                                   bool withDestroyer)
{
    if (!calibration.destroyerMse && !calibration.labelTriplet && !calibration.motionTriplet)
        return perVideoAnomalyScores(clip.psnrDb, clip.featureDistance, calibration.psnrWeight);
    std::vector<double> negatedPsnr;
    for (const double psnr : clip.psnrDb)
        negatedPsnr.push_back(-psnr);
    std::vector<WeightedSignal> signals{{negatedPsnr, calibration.psnrWeight}};
    if (withDestroyer && calibration.destroyerMse)
        signals.push_back({clip.destroyerMse, calibration.destroyerWeight});
    if (calibration.labelTriplet)
        signals.push_back({clip.labelTriplet, calibration.labelTripletWeight});
    if (calibration.motionTriplet)
        signals.push_back({clip.motionTriplet, calibration.motionTripletWeight});
    return perVideoWeightedScores(signals);
}

// A Destroyer bundle's generator alone: its calibrated score without the
// Destroyer's term (FFP: -z(PSNR) alone).
training::Calibration withoutDestroyer(training::Calibration calibration)
{
    calibration.destroyerMse.reset();
    if (!calibration.labelTriplet && !calibration.motionTriplet)
        calibration.psnrWeight = 1.0;
    return calibration;
}

std::vector<double> clipScores(const ClipSignals& clip, Scoring scoring, const training::Calibration& calibration)
{
    switch (scoring) {
    case Scoring::Calibrated:
        return clip.calibrated;
    case Scoring::PerVideo:
        return perVideoScores(clip, calibration, true);
    case Scoring::GeneratorCalibrated: {
        const training::Calibration generatorOnly = withoutDestroyer(calibration);
        std::vector<double> scores;
        for (std::size_t i = 0; i < clip.psnrDb.size(); ++i) {
            training::FrameSignals signals{clip.psnrDb[i]};
            if (generatorOnly.labelTriplet)
                signals.labelTriplet = clip.labelTriplet[i];
            if (generatorOnly.motionTriplet)
                signals.motionTriplet = clip.motionTriplet[i];
            scores.push_back(training::calibratedScore(signals, generatorOnly));
        }
        return scores;
    }
    case Scoring::GeneratorPerVideo:
        return perVideoScores(clip, withoutDestroyer(calibration), false);
    }
    return {};
}

eval::ProtocolResult evaluateScores(const std::vector<ClipSignals>& clips,
                                    const std::function<std::vector<double>(const ClipSignals&)>& scoresOf,
                                    const DatasetEvaluationOptions& options)
{
    std::vector<eval::VideoScores> videos;
    for (const ClipSignals& clip : clips)
        videos.push_back({clip.clip, scoresOf(clip), clip.labels});
    eval::ProtocolOptions protocol;
    protocol.normalisation = eval::ScoreNormalisation::None; // per-video scores are already normalised
    protocol.framesToDrop = options.framesToDrop;
    protocol.smoothingSigmaFrames = options.smoothingSigmaFrames;
    return eval::evaluateProtocol(videos, protocol);
}

eval::ProtocolResult evaluate(const std::vector<ClipSignals>& clips, Scoring scoring,
                              const training::Calibration& calibration, const DatasetEvaluationOptions& options)
{
    return evaluateScores(
        clips, [&](const ClipSignals& clip) { return clipScores(clip, scoring, calibration); }, options);
}

// Per video, each signal the clips carry, alone.
std::map<std::string, eval::ProtocolResult> evaluateSignalsAlone(const std::vector<ClipSignals>& clips,
                                                                 const DatasetEvaluationOptions& options)
{
    const std::pair<const char*, std::vector<double> ClipSignals::*> signals[] = {
        {"psnr", &ClipSignals::psnrDb},
        {"feature_distance", &ClipSignals::featureDistance},
        {"destroyer_mse", &ClipSignals::destroyerMse},
        {"label_triplet", &ClipSignals::labelTriplet},
        {"motion_triplet", &ClipSignals::motionTriplet}};
    std::map<std::string, eval::ProtocolResult> results;
    for (const auto& [name, member] : signals) {
        if (clips.empty() || (clips.front().*member).empty())
            continue;
        const double sign = member == &ClipSignals::psnrDb ? -1.0 : 1.0;
        results[name] = evaluateScores(
            clips,
            [&, member = member](const ClipSignals& clip) {
                std::vector<double> signed_;
                for (const double value : clip.*member)
                    signed_.push_back(sign * value);
                return minMaxNormalise(signed_);
            },
            options);
    }
    return results;
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
    const bool destroyer = analyzer.metadata().calibration->destroyerMse.has_value();
    const bool triplets = analyzer.metadata().f2lm.has_value();
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
        if (destroyer)
            clip.destroyerMse.assign(static_cast<std::size_t>(frameCount), kNaN);
        if (triplets) {
            clip.labelTriplet.assign(static_cast<std::size_t>(frameCount), kNaN);
            clip.motionTriplet.assign(static_cast<std::size_t>(frameCount), kNaN);
        }
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
                    if (destroyer)
                        clip.destroyerMse[i] = frame.signals.destroyerMse;
                    if (triplets) {
                        clip.labelTriplet[i] = frame.signals.labelTriplet;
                        clip.motionTriplet[i] = frame.signals.motionTriplet;
                    }
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
    const training::Calibration& calibration = *analyzer.metadata().calibration;
    result.calibrated = evaluate(result.clips, Scoring::Calibrated, calibration, options);
    result.perVideo = evaluate(result.clips, Scoring::PerVideo, calibration, options);
    result.signalAlonePerVideo = evaluateSignalsAlone(result.clips, options);
    if (destroyer) {
        result.generatorOnlyCalibrated = evaluate(result.clips, Scoring::GeneratorCalibrated, calibration, options);
        result.generatorOnlyPerVideo = evaluate(result.clips, Scoring::GeneratorPerVideo, calibration, options);
    }
    result.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace anomalens::analysis
