#pragma once
// uint8 RGB24 frames -> the models' input tensors: [C, S, S] float planes
// scaled to [-1, 1] (x / 127.5 - 1, METHODS.md), frames stacked on channels
// oldest first. Used by training and by scoring, so both feed a model the
// same numbers. Internal to core (torch).
#include "training/clipdataset.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <vector>

namespace anomalens::training {

// `frames` are RGB24, size x size, tightly packed. Returns [3 * frames.size(),
// size, size] float on the CPU.
at::Tensor framesToTensor(const std::vector<const std::uint8_t*>& frames, std::int64_t size);

// `frames` cue planes of `channels` x size x size floats each, oldest first
// -> [frames.size() * channels, size, size] float on the CPU.
at::Tensor cuesToTensor(const std::vector<const float*>& frames, std::int64_t channels, std::int64_t size);

struct Batch {
    at::Tensor inputs;  // [B, 3 * inputFrames, S, S]
    at::Tensor targets; // [B, 3, S, S]
    // F2LM (a dataset with cues): the motion between consecutive input frames
    // [B, 2 * (inputFrames - 1), S, S] and the input frames' label cues
    // [B, inputFrames * L, S, S]. Undefined otherwise.
    at::Tensor motion;
    at::Tensor labels;
};

// One sample per window: the window's first `inputFrames` frames are the
// input, its last frame the target (for reconstruction, with a window of one
// frame, the input is the target). With a dataset with cues, also the
// windows' motion and label cues.
Batch makeBatch(const ClipDataset& dataset, const std::vector<ClipWindow>& windows, std::int64_t inputFrames,
                c10::Device device);

} // namespace anomalens::training
