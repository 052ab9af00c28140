#pragma once
// Training a model on footage of a camera's normal activity, from footage to
// a calibrated model bundle. Torch-free, so the GUI can run it on a worker
// thread without seeing torch.
//
// The run: read the footage (ClipDataset: each clip's last `heldOutFraction`
// of frames held out, unless calibration footage is named), train `steps`
// steps (seeded: the same options give the same model on the same build and
// thread count), calibrate on the held-out footage, write the bundle to
// `outputPath` and remove the checkpoint. Cancelling, or a checkpoint
// interval passing, writes a checkpoint at `outputPath`.checkpoint;
// `resume` continues from it exactly where it stopped.
//
// Synchronous: the calling thread does the work; `progress` is called on it.
#include "cues/cues.h"
#include "models/profile.h"
#include "training/bundle.h"
#include "training/method.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace anomalens::training {

enum class TrainingPhase { ReadingFootage, Training, Calibrating };

struct TrainingProgress {
    TrainingPhase phase = TrainingPhase::ReadingFootage;
    std::int64_t done = 0;   // clips read / steps done / frames scored
    std::int64_t total = 0;
    std::map<std::string, double> losses; // Training: the last step's
    double stepsPerSecond = 0.0;          // Training: over the recent steps
    double etaSeconds = 0.0;              // Training: to the last step
    // With destroyerSteps: 1 while the generator trains, 2 for its Destroyer.
    int stage = 1;
    int stages = 1;
};

struct TrainingOptions {
    Method method = Method::MnadPrediction;
    // Ignored by the Destroyer, which takes its generator's profile.
    models::ModelProfile profile = models::liteProfile();
    // The Destroyer only (needsGenerator): the finished generator bundle it is
    // trained on (frozen).
    std::string generatorPath;
    // The calibrated score's weights (METHODS.md's Ped2 values by default):
    // the generator's PSNR g3 (F2LM, the Destroyer), the Destroyer's error
    // g4, F2LM's label and motion triplet distances g1, g2 (F2LM, and a
    // Destroyer on an F2LM generator).
    double generatorScoreWeight = 0.48;
    double destroyerScoreWeight = 1.0;
    double labelTripletWeight = 0.02;
    double motionTripletWeight = 0.50;
    // F2LM: the cue providers (core/cues). A Destroyer takes its generator's.
    cues::CueConfig cues;
    // FFP and F2LM: then train a Destroyer on the finished generator for this
    // many steps, in the same call (F2LM's two phases). The generator alone is
    // kept at generatorBundlePath(outputPath); outputPath gets both networks.
    std::int64_t destroyerSteps = 0;
    std::vector<std::string> data;            // footage of normal activity (footage.h)
    std::vector<std::string> calibrationData; // empty: calibrate on each clip's held-out tail
    std::string outputPath;
    std::int64_t steps = 2000;
    std::int64_t batchSize = 4;
    std::uint64_t seed = 1;
    double heldOutFraction = 0.1;             // ignored when calibrationData is given
    bool resume = false;
    double checkpointIntervalSeconds = 600.0; // <= 0: only on cancel
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const TrainingProgress&)> progress;
};

struct TrainingResult {
    bool cancelled = false;
    std::string modelPath;      // the finished bundle (empty when cancelled)
    std::string generatorModelPath; // with destroyerSteps: the generator's own bundle
    std::string checkpointPath; // when cancelled: where to resume from (empty if cancelled before training began)
    std::int64_t stepsCompleted = 0;
    BundleMetadata metadata;    // as written
    // The losses of each step run by THIS call, in order.
    std::vector<std::map<std::string, double>> lossHistory;
};

// Throws std::invalid_argument for bad options (and on resume, for options,
// footage or a generator that differ from the checkpoint's; for the
// Destroyer, a missing or unsuitable generator bundle), BundleError,
// media::MediaError, evidence::EvidenceError.
//
// With destroyerSteps, resume continues whichever phase was interrupted
// (the generator is not trained again once its bundle is finished).
TrainingResult trainModel(const TrainingOptions& options);

// Where a two-phase run keeps its generator: "DIR/NAME.generator.EXT" for
// "DIR/NAME.EXT".
std::string generatorBundlePath(const std::string& outputPath);

} // namespace anomalens::training
