#pragma once
// Training checkpoints (internal to core, torch). A checkpoint is a bundle
// (same container, same "model." tensors, metadata without calibration) plus
// what resuming needs: the trainer's state (optimisers, FFP's discriminator),
// torch's CPU random generator state ("rng.torch"), and under the metadata
// key "checkpoint" the next step, the training time so far and the recent
// losses. The window sampler needs no state of its own: its n-th draw is a
// function of (seed, n) (clipdataset.h).
#include "training/methodtrainer.h"

#include <string>
#include <vector>

namespace anomalens::training {

struct CheckpointState {
    std::int64_t step = 0;               // steps done = the 0-based index of the next step
    double trainingSeconds = 0.0;        // time spent in steps so far, over all sessions
    std::vector<StepLosses> recentLosses; // the last steps' losses (for the final averages)
};

// "<model path>.checkpoint": where training keeps its checkpoint.
std::string checkpointPathFor(const std::string& modelPath);

// True when the bundle's metadata marks a checkpoint.
bool isCheckpoint(const nlohmann::json& metadata);

void writeCheckpoint(const std::string& path, const LoadedModel& model, const MethodTrainer& trainer,
                     const CheckpointState& state);

struct Checkpoint {
    BundleContents contents;
    BundleMetadata metadata;
    CheckpointState state;
};

// Reads and verifies a checkpoint. Throws BundleError, also when the file is
// a finished model rather than a checkpoint.
Checkpoint readCheckpoint(const std::string& path);

// Loads the checkpoint's model, trainer state and random generator state into
// a model and trainer created for its metadata.
void restoreCheckpoint(const Checkpoint& checkpoint, LoadedModel& model, MethodTrainer& trainer);

} // namespace anomalens::training
