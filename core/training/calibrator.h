#pragma once
// Calibration of a freshly trained model: score held-out normal footage with
// FrameScorer (one stream per clip, MNAD's memory carried from frame to
// frame) and summarise the signals (calibration.h). Internal to core (torch).
#include "training/clipdataset.h"
#include "training/modelio.h"

#include <atomic>
#include <functional>
#include <optional>

namespace anomalens::training {

// The signals `model`'s calibrated score mixes, with the weights of its
// method and metadata.
ScoreWeights scoreWeights(const LoadedModel& model);

// The frames calibration will score: held-out windows over all clips.
std::int64_t heldOutWindowCount(const ClipDataset& dataset);

// Scores every held-out window of `dataset` and calibrates. On return the
// model's memory is back to its trained items. Returns nothing when `cancel`
// was set; throws std::invalid_argument when there is nothing to score.
std::optional<Calibration> calibrateModel(LoadedModel& model, const ClipDataset& dataset,
                                          const std::string& source, const std::atomic<bool>* cancel,
                                          const std::function<void(std::int64_t done, std::int64_t total)>& progress);

} // namespace anomalens::training
