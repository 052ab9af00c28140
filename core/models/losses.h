#pragma once
// Losses and frame metrics shared by the methods (METHODS.md). Images are
// [B, C, H, W] in [-1, 1] unless said otherwise; losses return scalars with
// gradient, metrics return one value per frame.
#include <ATen/core/Tensor.h>

namespace anomalens::models {

// Intensity loss: mean((pred - gt)^2) over all elements (on [-1, 1], as the
// methods train).
at::Tensor intensityLoss(const at::Tensor& prediction, const at::Tensor& target);

// Gradient loss: mean(| |dx pred| - |dx gt| |) + mean(| |dy pred| - |dy gt| |)
// with forward differences dx = x[.., j+1] - x[.., j]. As in FFP's reference
// (TensorFlow 'SAME' padding of a [-1, 1] kernel), the image is padded with
// one zero column on the right and one zero row at the bottom, so each
// difference map keeps the image's size and its last column/row compares the
// border pixel against 0.
at::Tensor gradientLoss(const at::Tensor& prediction, const at::Tensor& target);

// Mean squared error per frame on images rescaled to [0, 1], [B].
at::Tensor mseOnUnitRange(const at::Tensor& prediction, const at::Tensor& target);

// PSNR per frame, [B]: 10 log10(1 / mse) with mse on [0, 1] (peak 1).
// The mse is floored at 1e-10, so a perfect prediction reads 100 dB instead
// of infinity (which would break min-max normalisation downstream).
at::Tensor psnrPerFrame(const at::Tensor& prediction, const at::Tensor& target);

// SSIM (Wang et al. 2004) per image, [B]: the mean over channels and
// positions of the SSIM map computed with an 11x11 Gaussian window (sigma
// 1.5) without padding ("valid", as skimage and pytorch-msssim), per channel.
// Images in [-1, 1] are first mapped to [0, 1] ((x + 1) / 2, the range the
// papers' SSIM sees), so the constants are C1 = 0.01^2 and C2 = 0.03^2 for a
// data range of 1. Images smaller than the window (a 4 px patch of a tiny
// test profile) use the largest odd window that fits, with the same sigma.
// Throws std::invalid_argument for shapes that differ.
at::Tensor ssimPerImage(const at::Tensor& first, const at::Tensor& second);

// LSGAN generator loss on the discriminator's output for generated frames:
// mean((D(pred) - 1)^2) / 2.
at::Tensor lsganGeneratorLoss(const at::Tensor& fakeScores);

// LSGAN discriminator loss: mean((D(gt) - 1)^2) / 2 + mean(D(pred)^2) / 2.
at::Tensor lsganDiscriminatorLoss(const at::Tensor& realScores, const at::Tensor& fakeScores);

} // namespace anomalens::models
