#include "training/patchnoise.h"

#include "models/losses.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace anomalens::training {

namespace {

void checkGrid(const at::Tensor& images, std::int64_t patchSize, const char* what)
{
    if (images.dim() != 4 || patchSize < 1 || images.size(2) % patchSize != 0 || images.size(3) % patchSize != 0 ||
        images.size(2) == 0 || images.size(3) == 0)
        throw std::invalid_argument(std::string(what) + " needs [B, C, H, W] images whose sides are multiples of " +
                                    "the patch size " + std::to_string(patchSize));
}

// [B, G, G] per-patch values -> [B, 1, H, W], each patch's value on its pixels.
at::Tensor toPixels(const at::Tensor& perPatch, std::int64_t patchSize)
{
    return perPatch.unsqueeze(1).repeat_interleave(patchSize, 2).repeat_interleave(patchSize, 3);
}

// [B, C, H, W] -> [B * Gy * Gx, C, p, p], patches in row-major grid order.
at::Tensor toPatches(const at::Tensor& images, std::int64_t patchSize)
{
    const std::int64_t b = images.size(0), c = images.size(1);
    const std::int64_t gy = images.size(2) / patchSize, gx = images.size(3) / patchSize;
    return images.contiguous()
        .view({b, c, gy, patchSize, gx, patchSize})
        .permute({0, 2, 4, 1, 3, 5})
        .reshape({b * gy * gx, c, patchSize, patchSize});
}

} // namespace

CorruptedPrediction corruptPatches(const at::Tensor& prediction, const PatchNoiseOptions& options)
{
    checkGrid(prediction, options.patchSize, "Patch noise");
    if (!(0.0 <= options.minPatchFraction && options.minPatchFraction <= options.maxPatchFraction &&
          options.maxPatchFraction <= 1.0 && 0.0 <= options.minDropProbability &&
          options.minDropProbability <= options.maxDropProbability && options.maxDropProbability < 1.0))
        throw std::invalid_argument("Patch noise: fractions must satisfy 0 <= min <= max <= 1 and drop "
                                    "probabilities 0 <= min <= max < 1");
    const std::int64_t batch = prediction.size(0), channels = prediction.size(1);
    const std::int64_t gy = prediction.size(2) / options.patchSize, gx = prediction.size(3) / options.patchSize;
    const std::int64_t patches = gy * gx;
    // The small epsilons keep 0.05 * 64 = 3.2 -> 4 and 0.5 * 64 = 32 -> 32
    // exact despite binary rounding.
    std::int64_t fewest = static_cast<std::int64_t>(std::ceil(options.minPatchFraction * patches - 1e-9));
    std::int64_t most = static_cast<std::int64_t>(std::floor(options.maxPatchFraction * patches + 1e-9));
    fewest = std::max<std::int64_t>(fewest, 0);
    most = std::max(most, fewest);

    // Every draw on the CPU generator, in a fixed order (see the header).
    const at::Tensor counts = at::randint(fewest, most + 1, {batch}, at::kLong);
    at::Tensor mask = at::zeros({batch, patches}, at::kBool);
    for (std::int64_t image = 0; image < batch; ++image) {
        const at::Tensor chosen = at::randperm(patches, at::kLong).narrow(0, 0, counts[image].item<std::int64_t>());
        mask[image].index_fill_(0, chosen, true);
    }
    const at::Tensor dropProbability =
        at::rand({batch, patches, 1}, at::kDouble) * (options.maxDropProbability - options.minDropProbability) +
        options.minDropProbability;
    const at::Tensor keep = at::rand({batch, patches, channels}, at::kDouble) >= dropProbability;
    const at::Tensor dropoutFactor = keep.to(at::kDouble) / (1.0 - dropProbability);
    const at::Tensor factor = at::where(mask.unsqueeze(2), dropoutFactor, at::ones_like(dropoutFactor));

    // [B, P, C] -> [B, C, Gy, Gx] -> per pixel.
    const at::Tensor perPatch = factor.view({batch, gy, gx, channels}).permute({0, 3, 1, 2});
    const at::Tensor perPixel = perPatch.repeat_interleave(options.patchSize, 2)
                                    .repeat_interleave(options.patchSize, 3)
                                    .to(prediction.device(), prediction.scalar_type());
    CorruptedPrediction corrupted;
    corrupted.noisy = (prediction * perPixel).clamp(-1.0, 1.0);
    corrupted.patchMask = mask.view({batch, gy, gx});
    return corrupted;
}

at::Tensor patchDifficulty(const at::Tensor& noisy, const at::Tensor& groundTruth, std::int64_t patchSize,
                           double lambda)
{
    checkGrid(noisy, patchSize, "Patch difficulty");
    if (!noisy.sizes().equals(groundTruth.sizes()))
        throw std::invalid_argument("Patch difficulty needs the noisy prediction and the frame in one shape");
    c10::AutoGradMode noGrad(false);
    const std::int64_t b = noisy.size(0), gy = noisy.size(2) / patchSize, gx = noisy.size(3) / patchSize;
    const at::Tensor ssim = models::ssimPerImage(toPatches(noisy.detach(), patchSize), toPatches(groundTruth, patchSize));
    return ((1.0 - ssim) * lambda).clamp(0.0, 1.0).view({b, gy, gx});
}

at::Tensor destroyerLoss(const at::Tensor& destroyed, const at::Tensor& prediction, const at::Tensor& difficulty,
                         std::int64_t patchSize)
{
    checkGrid(destroyed, patchSize, "The Destroyer's loss");
    if (!destroyed.sizes().equals(prediction.sizes()) || difficulty.dim() != 3 ||
        difficulty.size(0) != destroyed.size(0) || difficulty.size(1) * patchSize != destroyed.size(2) ||
        difficulty.size(2) * patchSize != destroyed.size(3))
        throw std::invalid_argument("The Destroyer's loss needs output, prediction and one difficulty per patch");
    const at::Tensor weight = toPixels(difficulty.detach().to(destroyed.device(), destroyed.scalar_type()), patchSize);
    const at::Tensor towardsBlack = (destroyed + 1.0).pow(2);
    const at::Tensor towardsPrediction = (destroyed - prediction.detach()).pow(2);
    return (weight * towardsBlack + (1.0 - weight) * towardsPrediction).mean();
}

} // namespace anomalens::training
