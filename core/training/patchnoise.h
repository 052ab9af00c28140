#pragma once
// The Destroyer's self-supervised targets (F2LM, METHODS.md section 3),
// internal to core (torch). The generator's prediction A is cut into a grid
// of square patches (models::destroyerPatchSize: 8 x 8 patches); a random
// 5-50 % of the patches are corrupted with channel dropout; each patch's
// difficulty diff_p = min(lambda * (1 - SSIM(noisy_p, gt_p)), 1) says how
// badly the (noisy) prediction matches the real frame there; the Destroyer,
// given the noisy prediction, learns to output black (Z = -1) where diff_p is
// high and the clean prediction where it is low.
//
// Randomness comes from torch's default CPU generator only (drawn on the CPU,
// then moved to the images' device): torch::manual_seed(s) makes a sequence
// of calls repeatable, and the trainer's checkpoints, which store that
// generator's state, resume it exactly.
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace anomalens::training {

struct PatchNoiseOptions {
    std::int64_t patchSize = 32;        // pixels; the image size must be a multiple
    double minPatchFraction = 0.05;     // share of an image's patches corrupted, drawn per image
    double maxPatchFraction = 0.5;
    double minDropProbability = 0.05;   // Dropout2d's p, drawn per corrupted patch
    double maxDropProbability = 0.5;
};

inline constexpr double kDestroyerDiffLambda = 4.0;

struct CorruptedPrediction {
    at::Tensor noisy;      // [B, C, S, S]: the prediction with the chosen patches corrupted
    at::Tensor patchMask;  // [B, G, G] bool on the CPU: which patches were corrupted
};

// Channel dropout on a random subset of patches: in a chosen patch each
// channel is zeroed with probability p (0 is mid-grey on [-1, 1]) and the
// others are scaled by 1 / (1 - p), as torch's Dropout2d in training mode
// does, then clamped to [-1, 1], the range the Destroyer sees at test time
// (a tanh output). Per image, the number of corrupted patches is uniform over
// the integers in [ceil(min * P), floor(max * P)] (P = patches per image), so
// the corrupted share never leaves [min, max]. Throws std::invalid_argument
// for a bad shape or options.
CorruptedPrediction corruptPatches(const at::Tensor& prediction, const PatchNoiseOptions& options);

// diff_p = min(lambda * (1 - SSIM(noisy_p, gt_p)), 1), clipped at 0 from
// below, per patch: [B, G, G], no gradient.
at::Tensor patchDifficulty(const at::Tensor& noisy, const at::Tensor& groundTruth, std::int64_t patchSize,
                           double lambda = kDestroyerDiffLambda);

// The Destroyer's loss L = sum_p diff_p ||Z_p - R_p||^2 + (1 - diff_p) ||A_p -
// R_p||^2 with Z = -1 (black), R the Destroyer's output and A the clean
// prediction, divided by the number of elements (a mean, so that the learning
// rate does not depend on the image size or batch). Scalar, with gradient
// through R only.
at::Tensor destroyerLoss(const at::Tensor& destroyed, const at::Tensor& prediction, const at::Tensor& difficulty,
                         std::int64_t patchSize);

} // namespace anomalens::training
