#pragma once
// One analysis run stored in a case: import the footage and the model (by
// SHA-256), create the run, stream the analyzer's batches into the case (per
// batch: the heat maps, then the scores with the resume state in one
// transaction), detect events on the
// calibrated score, and finish the run: Completed, Cancelled (resumable) or
// Failed (resumable; the error is rethrown). Torch-free: the CLI and the
// GUI's worker both run analyses through here.
//
// Invariants: what is stored is what a reader of the case sees at any moment
// (scores up to run.lastFrameDone); every stored score has its heat map
// (unless the run was created with heatMapCells = 0; the grid is in the run's
// parameters, "heat_map"); resuming a stopped run gives exactly the scores,
// maps and events an uninterrupted run would have; events are only written
// when every frame has been seen.
#include "analysis/analyzer.h"
#include "analysis/events.h"
#include "store/casedatabase.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace anomalens::analysis {

// Event rules in seconds, converted with the footage's frame rate.
struct EventTiming {
    double hysteresis = 1.0;       // off threshold = on threshold - this (calibrated units)
    double minDurationSeconds = 0.3;
    double mergeGapSeconds = 1.0;
    double paddingSeconds = 0.5;   // before and after
};

// The hysteresis and duration rules for a threshold on footage at `fps`
// (minimum duration at least 1 frame).
EventOptions eventOptionsFor(double threshold, double fps, const EventTiming& timing = {});

struct CaseAnalysisProgress {
    std::int64_t frameIndex = 0;   // last frame scored
    std::int64_t frameCount = 0;   // frames in the footage
    double framesPerSecond = 0.0;  // end to end, this session
};

struct CaseAnalysisOptions {
    // Event threshold on the calibrated score; default: the model's.
    std::optional<double> threshold;
    EventTiming eventTiming;
    // Continue the most recent unfinished run of this footage and model
    // instead of starting a new one (a new one if there is none).
    bool resume = false;
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const CaseAnalysisProgress&)> progress;
    // Each stored batch, as the analyzer reported it (e.g. for a live curve).
    BatchCallback onBatch;
};

struct CaseAnalysisResult {
    std::int64_t runId = 0;
    std::int64_t mediaId = 0;
    std::int64_t modelId = 0;
    store::RunStatus status = store::RunStatus::Running;
    bool resumed = false;
    double threshold = 0.0;
    std::vector<store::EventRecord> events; // when completed
    StreamSummary stream;                   // this session's part of the run
};

// Throws std::invalid_argument (a model without calibration, a bad
// threshold, resuming a run whose heat map grid differs from the analyzer's), store::CaseError, media::MediaError, evidence::EvidenceError.
CaseAnalysisResult analyzeIntoCase(store::CaseDatabase& db, Analyzer& analyzer, const std::string& modelPath,
                                   const std::string& videoPath, const CaseAnalysisOptions& options = {});

// The stored calibrated scores of a run as a series over `frameCount` frames
// (NaN where a frame has no score).
std::vector<double> scoreSeries(const std::vector<store::FrameScore>& scores, std::int64_t frameCount);

} // namespace anomalens::analysis
