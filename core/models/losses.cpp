#include "models/losses.h"

#include <ATen/ATen.h>

#include <stdexcept>

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

} // namespace

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
