#include "models/destroyer.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <string>

namespace anomalens::models {

std::int64_t destroyerPatchSize(std::int64_t inputSize)
{
    if (inputSize <= 0 || inputSize % kDestroyerPatchesPerSide != 0)
        throw std::invalid_argument("The Destroyer needs an input size that is a positive multiple of " +
                                    std::to_string(kDestroyerPatchesPerSide) + ", not " +
                                    std::to_string(inputSize));
    return inputSize / kDestroyerPatchesPerSide;
}

GeneratorWithDestroyerImpl::GeneratorWithDestroyerImpl(const ModelProfile& profile, std::int64_t f2lmLabelChannels)
{
    if (f2lmLabelChannels > 0)
        f2lmGenerator = register_module("generator", F2lmGenerator(profile, f2lmLabelChannels));
    else
        generator = register_module("generator", UNet(profile, kFfpInputChannels, 3));
    destroyer = register_module("destroyer", UNet(profile, 3, 3));
}

at::Tensor destructionMaps(const at::Tensor& prediction, const at::Tensor& destroyed, std::int64_t cells)
{
    if (prediction.dim() != 4 || !prediction.sizes().equals(destroyed.sizes()) || cells < 1)
        throw std::invalid_argument("Destruction maps need prediction and Destroyer output of the same "
                                    "[B, C, H, W] shape and at least one cell");
    const at::Tensor a = prediction.to(at::kFloat);
    const at::Tensor r = destroyed.to(at::kFloat);
    // Ratio of pooled sums rather than a pooled ratio: a pixel that is black
    // already (A = -1) cannot be destroyed and must not divide by zero.
    const at::Tensor moved = at::adaptive_avg_pool2d((a - r).clamp_min(0.0).mean(1, /*keepdim=*/true), {cells, cells});
    const at::Tensor room = at::adaptive_avg_pool2d((a + 1.0).mean(1, /*keepdim=*/true), {cells, cells});
    constexpr double kMinRoom = 1e-4; // a black cell: nothing to destroy
    return (moved / room.clamp_min(kMinRoom)).clamp(0.0, 1.0).squeeze(1);
}

} // namespace anomalens::models
