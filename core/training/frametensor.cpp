#include "training/frametensor.h"

#include <ATen/ATen.h>

#include <cstring>
#include <stdexcept>

namespace anomalens::training {

namespace {

// [N, S, S, 3] uint8 (interleaved, as decoded) -> [N * 3, S, S] in [-1, 1].
at::Tensor toPlanes(const at::Tensor& interleaved)
{
    const std::int64_t size = interleaved.size(1);
    return interleaved.permute({0, 3, 1, 2}).to(at::kFloat).div_(127.5).sub_(1.0).reshape({-1, size, size});
}

} // namespace

at::Tensor framesToTensor(const std::vector<const std::uint8_t*>& frames, std::int64_t size)
{
    const std::size_t frameBytes = static_cast<std::size_t>(size * size * 3);
    at::Tensor interleaved = at::empty({static_cast<std::int64_t>(frames.size()), size, size, 3}, at::kByte);
    std::uint8_t* out = interleaved.data_ptr<std::uint8_t>();
    for (std::size_t i = 0; i < frames.size(); ++i)
        std::memcpy(out + i * frameBytes, frames[i], frameBytes);
    return toPlanes(interleaved);
}

at::Tensor cuesToTensor(const std::vector<const float*>& frames, std::int64_t channels, std::int64_t size)
{
    const std::int64_t planes = channels * size * size;
    at::Tensor cues = at::empty({static_cast<std::int64_t>(frames.size()) * channels, size, size}, at::kFloat);
    float* out = cues.data_ptr<float>();
    for (std::size_t i = 0; i < frames.size(); ++i)
        std::memcpy(out + static_cast<std::int64_t>(i) * planes, frames[i], static_cast<std::size_t>(planes) * sizeof(float));
    return cues;
}

Batch makeBatch(const ClipDataset& dataset, const std::vector<ClipWindow>& windows, std::int64_t inputFrames,
                c10::Device device)
{
    const std::int64_t windowLength = dataset.options().windowLength;
    if (inputFrames < 1 || inputFrames > windowLength)
        throw std::invalid_argument("makeBatch: " + std::to_string(inputFrames) + " input frames do not fit a " +
                                    std::to_string(windowLength) + "-frame window");
    const std::int64_t size = dataset.options().frameSize;
    const std::int64_t labelChannels = dataset.labelChannels();
    std::vector<at::Tensor> inputs, targets, motion, labels;
    for (const ClipWindow& window : windows) {
        if (labelChannels > 0) {
            // The flows between the input frames: into frames 1 .. inputFrames - 1.
            std::vector<const float*> flows, labelMaps;
            for (std::int64_t f = 0; f < inputFrames; ++f) {
                if (f > 0)
                    flows.push_back(dataset.motionCue(window.clip, window.firstFrame + f));
                labelMaps.push_back(dataset.labelCue(window.clip, window.firstFrame + f));
            }
            motion.push_back(cuesToTensor(flows, cues::kMotionChannels, size));
            labels.push_back(cuesToTensor(labelMaps, labelChannels, size));
        }
        std::vector<const std::uint8_t*> frames;
        for (std::int64_t f = 0; f < inputFrames; ++f)
            frames.push_back(dataset.framePixels(window.clip, window.firstFrame + f));
        inputs.push_back(framesToTensor(frames, size));
        targets.push_back(
            framesToTensor({dataset.framePixels(window.clip, window.targetFrame(windowLength))}, size));
    }
    Batch batch{at::stack(inputs).to(device), at::stack(targets).to(device)};
    if (labelChannels > 0) {
        batch.motion = at::stack(motion).to(device);
        batch.labels = at::stack(labels).to(device);
    }
    return batch;
}

} // namespace anomalens::training
