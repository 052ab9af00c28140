#include "models/losses.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace anomalens::models {

namespace {

void checkSameImages(const at::Tensor& prediction, const at::Tensor& target, const char* what)
{
    if (prediction.dim() != 4 || !prediction.sizes().equals(target.sizes()))
        throw std::invalid_argument(std::string(what) +
                                    " needs prediction and target of the same [B, C, H, W] shape");
}

// |forward difference| along `dim` (3 = x, 2 = y) with a zero appended at the
// end, so the result has the input's shape.
at::Tensor absForwardDifference(const at::Tensor& image, std::int64_t dim)
{
    const std::int64_t size = image.size(dim);
    at::Tensor padded = at::cat({image, at::zeros_like(image.narrow(dim, 0, 1))}, dim);
    return (padded.narrow(dim, 1, size) - padded.narrow(dim, 0, size)).abs();
}

// Gaussian window `size` x `size` (sigma 1.5) normalised to sum 1, as a
// depthwise convolution weight [channels, 1, size, size].
at::Tensor gaussianWindow(std::int64_t size, std::int64_t channels, const at::TensorOptions& options)
{
    constexpr double kSigma = 1.5;
    const at::Tensor x = at::arange(size, options.dtype(at::kDouble)) - static_cast<double>(size / 2);
    at::Tensor g = (x.pow(2) / (-2.0 * kSigma * kSigma)).exp();
    g = g / g.sum();
    return at::outer(g, g).to(options.dtype()).expand({channels, 1, size, size}).contiguous();
}

} // namespace

at::Tensor ssimPerImage(const at::Tensor& first, const at::Tensor& second)
{
    checkSameImages(first, second, "SSIM");
    constexpr std::int64_t kWindow = 11;
    constexpr double kC1 = 0.01 * 0.01, kC2 = 0.03 * 0.03;
    const std::int64_t fits = std::min({kWindow, first.size(2), first.size(3)});
    const std::int64_t windowSize = fits % 2 == 1 ? fits : fits - 1;
    if (windowSize < 1)
        throw std::invalid_argument("SSIM needs images of at least 1 x 1 pixels");
    const std::int64_t channels = first.size(1);
    // Float32 at least: bf16 variances cancel catastrophically.
    const at::ScalarType type = first.scalar_type() == at::kDouble ? at::kDouble : at::kFloat;
    const at::Tensor x = first.to(type).add(1.0).mul(0.5).contiguous();
    const at::Tensor y = second.to(type).add(1.0).mul(0.5).contiguous();
    const at::Tensor window = gaussianWindow(windowSize, channels, x.options());
    const std::vector<std::int64_t> ones{1, 1}, none{0, 0};
    const auto filter = [&](const at::Tensor& image) {
        return at::conv2d(image, window, /*bias=*/at::Tensor(), /*stride=*/at::IntArrayRef(ones),
                          /*padding=*/at::IntArrayRef(none), /*dilation=*/at::IntArrayRef(ones), /*groups=*/channels);
    };
    const at::Tensor muX = filter(x);
    const at::Tensor muY = filter(y);
    const at::Tensor varX = filter(x * x) - muX * muX;
    const at::Tensor varY = filter(y * y) - muY * muY;
    const at::Tensor covXY = filter(x * y) - muX * muY;
    const at::Tensor map = ((2.0 * muX * muY + kC1) * (2.0 * covXY + kC2)) /
                           ((muX * muX + muY * muY + kC1) * (varX + varY + kC2));
    return map.flatten(1).mean(/*dim=*/1);
}

at::Tensor intensityLoss(const at::Tensor& prediction, const at::Tensor& target)
{
    checkSameImages(prediction, target, "Intensity loss");
    return (prediction - target).pow(2).mean();
}

at::Tensor gradientLoss(const at::Tensor& prediction, const at::Tensor& target)
{
    checkSameImages(prediction, target, "Gradient loss");
    const at::Tensor diffX = (absForwardDifference(prediction, 3) - absForwardDifference(target, 3)).abs();
    const at::Tensor diffY = (absForwardDifference(prediction, 2) - absForwardDifference(target, 2)).abs();
    return diffX.mean() + diffY.mean();
}

at::Tensor mseOnUnitRange(const at::Tensor& prediction, const at::Tensor& target)
{
    checkSameImages(prediction, target, "MSE");
    // (p + 1) / 2 - (g + 1) / 2 = (p - g) / 2.
    return (prediction - target).mul(0.5).pow(2).flatten(1).mean(/*dim=*/1);
}

at::Tensor psnrPerFrame(const at::Tensor& prediction, const at::Tensor& target)
{
    return mseOnUnitRange(prediction, target).clamp_min(1e-10).reciprocal().log10().mul(10.0);
}

at::Tensor lsganGeneratorLoss(const at::Tensor& fakeScores)
{
    return (fakeScores - 1.0).pow(2).mean().mul(0.5);
}

at::Tensor lsganDiscriminatorLoss(const at::Tensor& realScores, const at::Tensor& fakeScores)
{
    return (realScores - 1.0).pow(2).mean().mul(0.5) + fakeScores.pow(2).mean().mul(0.5);
}

} // namespace anomalens::models
