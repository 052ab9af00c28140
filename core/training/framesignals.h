#pragma once
// FrameScorer: the per-frame signals of a trained model on a stream of
// footage, computed in ONE place for calibration (training) and analysis, so
// that a threshold calibrated at training time applies to the analyzer's
// scores (combine them with calibratedScore(), calibration.h). Internal to
// core (torch).
//
// MNAD carries its memory from frame to frame along a stream, as the method
// does at test time: after each frame, the memory is updated with that
// frame's queries if the frame passed the gate (METHODS.md). The encoder runs
// on the whole batch, the memory read, decoder and gate frame by frame, in
// order (Mnad::forwardStream): a frame's score does not depend on how the
// caller batched the stream. FFP is stateless and runs whole batches; a
// Destroyer bundle runs its generator, then the Destroyer on the clean
// prediction (as at F2LM's test time), on whole batches.
//
// Not thread-safe, and one scorer per LoadedModel at a time (MNAD's memory
// lives in the model).
#include "training/calibration.h"
#include "training/frametensor.h"
#include "training/modelio.h"

#include <ATen/core/Tensor.h>

#include <vector>

namespace anomalens::training {

struct ScoredFrames {
    std::vector<FrameSignals> signals; // one per frame, in order
    std::vector<bool> memoryUpdated;   // MNAD: the frame passed the gate (empty for FFP)
    at::Tensor predictions;            // [B, 3, S, S] in [-1, 1]
    at::Tensor destroyed;              // Destroyer bundles: its output on the predictions, [B, 3, S, S]; else undefined
    at::Tensor errorMaps;              // [B, S, S]: squared error on [0, 1], mean over channels
    at::Tensor queryDistanceMaps;      // MNAD: [B, S/8, S/8] distance to the nearest item; else undefined
    double modelSeconds = 0.0;         // network forward passes (MNAD: with the memory read, gate and update)
    double scoringSeconds = 0.0;       // error maps and PSNR
};

class FrameScorer {
public:
    // Puts the model in eval mode and remembers MNAD's trained memory items.
    explicit FrameScorer(LoadedModel& model);

    // Starts a new stream (the next video): MNAD's memory goes back to the
    // items the model was trained with, so a file's scores do not depend on
    // what was scored before it.
    void resetStream();

    // MNAD's memory items now ([M, C] float32 on the CPU; undefined for FFP),
    // and setting them (e.g. to continue an interrupted stream). setMemory
    // throws std::invalid_argument on a shape mismatch.
    at::Tensor memory() const;
    void setMemory(const at::Tensor& items);

    // Scores consecutive frames of the current stream. `inputs` [B, 3 *
    // inputFrames, S, S] and `targets` [B, 3, S, S] in [-1, 1] (frametensor.h),
    // on any device, in any memory format. Under CPU autocast (bf16) the
    // network runs in bf16 and everything after it in float32. Throws
    // std::invalid_argument on a shape mismatch.
    //
    // F2LM generators (and Destroyers on one) also need the windows' cues,
    // `motion` [B, 6, S, S] and `labels` [B, 4 L, S, S] (frametensor.h's
    // Batch), and add the triplet signals; other models ignore them.
    ScoredFrames score(const at::Tensor& inputs, const at::Tensor& targets, const at::Tensor& motion = {},
                       const at::Tensor& labels = {});
    ScoredFrames score(const Batch& batch) { return score(batch.inputs, batch.targets, batch.motion, batch.labels); }

private:
    LoadedModel& m_model;
    at::Tensor m_trainedItems;
};

} // namespace anomalens::training
