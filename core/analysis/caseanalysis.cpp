#include "analysis/caseanalysis.h"

#include "evidence/sha256.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <stdexcept>

namespace anomalens::analysis {

namespace {

using nlohmann::json;

int framesFor(double seconds, double fps)
{
    return static_cast<int>(std::lround(seconds * fps));
}

std::int64_t storeModel(store::CaseDatabase& db, const std::string& modelPath,
                        const training::BundleMetadata& metadata)
{
    store::ModelRecord record;
    record.name = std::filesystem::path(modelPath).filename().string();
    record.method = metadata.method;
    record.profile = metadata.profile.name;
    record.sha256 = evidence::sha256File(modelPath);
    record.path = std::filesystem::absolute(modelPath).lexically_normal().string();
    record.metadata = training::toJson(metadata);
    record.createdUtc = metadata.createdUtc;
    return db.addModel(record);
}

json frameSignalsJson(const AnalyzedFrame& frame, bool mnad)
{
    json signals = {{"psnr_db", frame.signals.psnrDb}};
    if (mnad) {
        signals["feature_distance"] = frame.signals.featureDistance;
        signals["memory_updated"] = frame.memoryUpdated;
    }
    // The Destroyer's and F2LM's signals, where the model has them.
    const std::pair<const char*, double> optional[] = {{"destroyer_mse", frame.signals.destroyerMse},
                                                       {"label_triplet", frame.signals.labelTriplet},
                                                       {"motion_triplet", frame.signals.motionTriplet}};
    for (const auto& [name, value] : optional)
        if (std::isfinite(value))
            signals[name] = value;
    return signals;
}

// The latest run of this footage and model that did not complete.
std::optional<store::RunRecord> unfinishedRun(const store::CaseDatabase& db, std::int64_t mediaId,
                                              std::int64_t modelId)
{
    const std::vector<store::RunRecord> runs = db.listRuns(mediaId);
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        if (it->modelId == modelId && it->status != store::RunStatus::Completed)
            return *it;
    }
    return std::nullopt;
}

// The heat map grid a run records ("heat_map": {"cells": N}); 0 for none,
// and for runs stored before heat maps existed.
int heatMapCellsOf(const store::RunRecord& run)
{
    const json& heatMap = run.parameters.value("heat_map", json::object());
    return heatMap.is_object() ? heatMap.value("cells", 0) : 0;
}

json heatMapParameters(int cells)
{
    if (cells <= 0)
        return {{"cells", 0}};
    return {{"cells", cells},
            {"width", cells},
            {"height", cells},
            {"signal", "squared prediction error"},
            {"units", "squared error of pixel values in [0, 1], mean over the colour channels and the cell"}};
}

} // namespace

EventOptions eventOptionsFor(double threshold, double fps, const EventTiming& timing)
{
    const double rate = fps > 0.0 && std::isfinite(fps) ? fps : 25.0;
    EventOptions options;
    options.onThreshold = threshold;
    options.offThreshold = threshold - std::max(0.0, timing.hysteresis);
    options.minDurationFrames = std::max(1, framesFor(timing.minDurationSeconds, rate));
    options.mergeGapFrames = std::max(0, framesFor(timing.mergeGapSeconds, rate));
    options.prePadFrames = std::max(0, framesFor(timing.paddingSeconds, rate));
    options.postPadFrames = options.prePadFrames;
    return options;
}

std::vector<double> scoreSeries(const std::vector<store::FrameScore>& scores, std::int64_t frameCount)
{
    std::vector<double> series(static_cast<std::size_t>(std::max<std::int64_t>(frameCount, 0)),
                               std::numeric_limits<double>::quiet_NaN());
    for (const store::FrameScore& score : scores) {
        if (score.frameIndex >= 0 && score.frameIndex < frameCount)
            series[static_cast<std::size_t>(score.frameIndex)] = score.score;
    }
    return series;
}

CaseAnalysisResult analyzeIntoCase(store::CaseDatabase& db, Analyzer& analyzer, const std::string& modelPath,
                                   const std::string& videoPath, const CaseAnalysisOptions& options)
{
    const training::BundleMetadata& metadata = analyzer.metadata();
    if (!metadata.calibration)
        throw std::invalid_argument("The model " + modelPath +
                                    " has no calibration: it cannot give scores that mean the same in every file");
    CaseAnalysisResult result;
    result.threshold = options.threshold.value_or(metadata.defaultThreshold);
    if (!std::isfinite(result.threshold))
        throw std::invalid_argument("The event threshold must be a finite number");

    const store::MediaRecord media = db.importMedia(videoPath);
    result.mediaId = media.id;
    result.modelId = storeModel(db, modelPath, metadata);
    const EventOptions eventOptions = eventOptionsFor(result.threshold, media.fps, options.eventTiming);

    const int heatMapCells = analyzer.options().heatMapCells;
    bool storeHeatMaps = heatMapCells > 0;
    ResumePoint from;
    if (options.resume) {
        if (const std::optional<store::RunRecord> run = unfinishedRun(db, media.id, result.modelId)) {
            // One grid per run. A run without maps (e.g. stored before they
            // existed) continues without them.
            const int runCells = heatMapCellsOf(*run);
            if (runCells > 0 && runCells != heatMapCells)
                throw std::invalid_argument("Run " + std::to_string(run->id) + " stores " +
                                            std::to_string(runCells) + "x" + std::to_string(runCells) +
                                            " heat maps: resume it with the same heat map grid");
            storeHeatMaps = runCells > 0;
            result.runId = run->id;
            result.resumed = true;
            if (run->status != store::RunStatus::Running)
                db.reopenRun(run->id);
            from.nextFrame = run->lastFrameDone + 1;
            from.state = db.runResumeState(run->id);
        }
    }
    if (!result.resumed) {
        store::RunRecord run;
        run.mediaId = media.id;
        run.modelId = result.modelId;
        run.threshold = result.threshold;
        run.parameters = {{"method", metadata.method},
                          {"profile", metadata.profile.name},
                          {"precision", toString(analyzer.options().precision)},
                          {"batch_frames", analyzer.options().batchFrames},
                          {"device", analyzer.deviceDescription()},
                          {"events",
                           {{"on_threshold", eventOptions.onThreshold},
                            {"off_threshold", eventOptions.offThreshold},
                            {"min_duration_frames", eventOptions.minDurationFrames},
                            {"merge_gap_frames", eventOptions.mergeGapFrames},
                            {"pre_pad_frames", eventOptions.prePadFrames},
                            {"post_pad_frames", eventOptions.postPadFrames}}},
                          {"heat_map", heatMapParameters(heatMapCells)}};
        run.normalisation = {{"kind", "calibrated"},
                             {"calibration", training::toJson(metadata)["calibration"]}};
        result.runId = db.createRun(run);
    }

    const bool mnad = metadata.memoryItems > 0;
    const auto started = std::chrono::steady_clock::now();
    std::int64_t scoredThisSession = 0;
    const BatchCallback storeBatch = [&](const std::vector<AnalyzedFrame>& frames, const ResumePoint& after) {
        std::vector<store::FrameScore> scores;
        std::vector<store::PatchMap> maps;
        for (const AnalyzedFrame& frame : frames) {
            if (!std::isfinite(frame.score))
                continue;
            scores.push_back({frame.frameIndex, frame.score, frameSignalsJson(frame, mnad)});
            if (storeHeatMaps && !frame.heatMap.empty())
                maps.push_back({frame.frameIndex, frame.heatMapWidth, frame.heatMapHeight, frame.heatMap});
        }
        // The maps first: every stored score has its map. A crash between the
        // two leaves maps past lastFrameDone, which the resumed run rewrites.
        if (!maps.empty())
            db.appendPatchMaps(result.runId, maps);
        db.appendFrameScores(result.runId, scores, after.state);
        scoredThisSession += static_cast<std::int64_t>(frames.size());
        if (options.onBatch)
            options.onBatch(frames, after);
        if (options.progress && !frames.empty()) {
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            options.progress({frames.back().frameIndex, media.frameCount,
                              seconds > 0.0 ? scoredThisSession / seconds : 0.0});
        }
    };
    try {
        result.stream = analyzer.analyze(videoPath, storeBatch, from, options.cancel);
    } catch (const std::exception& error) {
        db.finishRun(result.runId, store::RunStatus::Failed, error.what());
        throw;
    }
    if (result.stream.cancelled) {
        db.finishRun(result.runId, store::RunStatus::Cancelled,
                     "Stopped after frame " + std::to_string(db.run(result.runId).lastFrameDone) +
                         "; resume to score the rest");
        result.status = store::RunStatus::Cancelled;
        return result;
    }
    const std::vector<double> series = scoreSeries(db.frameScores(result.runId), media.frameCount);
    std::vector<store::EventRecord> events;
    for (const DetectedEvent& event : detectEvents(series, eventOptions))
        events.push_back({0, result.runId, event.startFrame, event.endFrame, event.peakFrame, event.peakScore,
                          store::EventStatus::Unreviewed});
    if (!events.empty())
        db.addEvents(result.runId, events);
    db.finishRun(result.runId, store::RunStatus::Completed);
    result.status = store::RunStatus::Completed;
    result.events = db.events(result.runId);
    return result;
}

} // namespace anomalens::analysis
