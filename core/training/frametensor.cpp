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

Batch makeBatch(const ClipDataset& dataset, const std::vector<ClipWindow>& windows, std::int64_t inputFrames,
                c10::Device device)
{
    const std::int64_t windowLength = dataset.options().windowLength;
    if (inputFrames < 1 || inputFrames > windowLength)
        throw std::invalid_argument("makeBatch: " + std::to_string(inputFrames) + " input frames do not fit a " +
                                    std::to_string(windowLength) + "-frame window");
    const std::int64_t size = dataset.options().frameSize;
    std::vector<at::Tensor> inputs, targets;
    for (const ClipWindow& window : windows) {
        std::vector<const std::uint8_t*> frames;
        for (std::int64_t f = 0; f < inputFrames; ++f)
            frames.push_back(dataset.framePixels(window.clip, window.firstFrame + f));
        inputs.push_back(framesToTensor(frames, size));
        targets.push_back(
            framesToTensor({dataset.framePixels(window.clip, window.targetFrame(windowLength))}, size));
    }
    return {at::stack(inputs).to(device), at::stack(targets).to(device)};
}

} // namespace anomalens::training
