#pragma once
// A model evaluated on a benchmark dataset in the layout of UCSD Ped2
// (testing/frames/<clip>/ + testing/labels.csv; eval/labels.h) with the
// papers' frame-level protocol (eval/protocol.h): every test clip is streamed
// through the Analyzer as the product would (MNAD's memory reset at the start
// of each clip and carried from frame to frame), then scored two ways:
//   calibrated  - the product's score (calibration.h), as is;
//   per-video   - the papers': PSNR (and MNAD's D_t) min-max normalised over
//                 each clip (perVideoAnomalyScores); for a Destroyer bundle,
//                 F2LM's z-scored weighted sum (perVideoDestroyerScores).
// A Destroyer bundle is also scored by its generator's PSNR alone, both
// ways, so one run compares the generator with and without the Destroyer.
// Clips with no row in labels.csv are all normal. Torch-free header.
#include "analysis/analyzer.h"
#include "eval/protocol.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace anomalens::analysis {

struct ClipSignals {
    std::string clip;                 // folder name, e.g. "01"
    std::vector<double> psnrDb;       // per frame; NaN where not scored (the first frames)
    std::vector<double> featureDistance; // MNAD; empty for FFP
    std::vector<double> destroyerMse;    // Destroyer bundles; empty otherwise
    std::vector<double> labelTriplet;    // F2LM generators; empty otherwise
    std::vector<double> motionTriplet;   // F2LM generators; empty otherwise
    std::vector<double> calibrated;   // calibrated score per frame
    std::vector<std::uint8_t> labels; // 1 = anomalous
    StreamSummary stream;
};

struct DatasetEvaluation {
    std::vector<ClipSignals> clips;
    eval::ProtocolResult calibrated;
    eval::ProtocolResult perVideo;
    // Destroyer bundles: the generator alone (what the generator bundle
    // scores: FFP's PSNR, F2LM's PSNR and triplet distances), calibrated and
    // per video.
    std::optional<eval::ProtocolResult> generatorOnlyCalibrated;
    std::optional<eval::ProtocolResult> generatorOnlyPerVideo;
    // Each signal the model has, alone, per video (higher = more abnormal:
    // "psnr" is -PSNR): "psnr", "feature_distance", "destroyer_mse",
    // "label_triplet", "motion_triplet". Shows what each signal contributes.
    std::map<std::string, eval::ProtocolResult> signalAlonePerVideo;
    double wallSeconds = 0.0;
    std::int64_t framesScored = 0;
    bool cancelled = false;           // the results are then left empty
};

struct DatasetEvaluationOptions {
    double smoothingSigmaFrames = 0.0; // the protocol's optional Gaussian smoothing
    int framesToDrop = 4;
    // Called after each clip.
    std::function<void(std::size_t clipsDone, std::size_t clipsTotal, const ClipSignals& clip)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// The test clips of a dataset folder, in name order. Throws
// std::invalid_argument naming what is missing when `root` does not have the layout.
std::vector<std::filesystem::path> datasetTestClips(const std::filesystem::path& root);

// Throws std::invalid_argument (layout, a model without calibration),
// eval::LabelsError, media::MediaError.
DatasetEvaluation evaluateDataset(Analyzer& analyzer, const std::filesystem::path& root,
                                  const DatasetEvaluationOptions& options = {});

} // namespace anomalens::analysis
