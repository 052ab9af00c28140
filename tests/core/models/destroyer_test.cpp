// SSIM against values computed independently (closed forms and a direct
// double loop), and the Destroyer's network pair and destruction maps.
#include "models/blocks.h"
#include "models/destroyer.h"
#include "models/losses.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace anomalens::models {
namespace {

// SSIM of one channel pair, straight from the definition: Gaussian-weighted
// means, variances and covariance at every valid window position, in double.
// Images in [-1, 1], mapped to [0, 1] as ssimPerImage does.
double directSsim(const at::Tensor& first, const at::Tensor& second, int window)
{
    const at::Tensor a = first.to(at::kDouble).add(1.0).mul(0.5).contiguous();
    const at::Tensor b = second.to(at::kDouble).add(1.0).mul(0.5).contiguous();
    const int height = static_cast<int>(a.size(0)), width = static_cast<int>(a.size(1));
    const double* x = a.data_ptr<double>();
    const double* y = b.data_ptr<double>();
    std::vector<double> weights(static_cast<std::size_t>(window * window));
    double total = 0.0;
    for (int i = 0; i < window; ++i)
        for (int j = 0; j < window; ++j) {
            const double di = i - window / 2, dj = j - window / 2;
            total += weights[static_cast<std::size_t>(i * window + j)] = std::exp(-(di * di + dj * dj) / (2 * 1.5 * 1.5));
        }
    const double c1 = 1e-4, c2 = 9e-4;
    double sum = 0.0;
    int positions = 0;
    for (int top = 0; top + window <= height; ++top)
        for (int left = 0; left + window <= width; ++left) {
            double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
            for (int i = 0; i < window; ++i)
                for (int j = 0; j < window; ++j) {
                    const double w = weights[static_cast<std::size_t>(i * window + j)] / total;
                    const double u = x[(top + i) * width + left + j], v = y[(top + i) * width + left + j];
                    mx += w * u;
                    my += w * v;
                    sxx += w * u * u;
                    syy += w * v * v;
                    sxy += w * u * v;
                }
            const double vx = sxx - mx * mx, vy = syy - my * my, cxy = sxy - mx * my;
            sum += ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
            ++positions;
        }
    return sum / positions;
}

TEST(Ssim, OfAnImageWithItselfIsOne)
{
    at::manual_seed(1);
    const at::Tensor x = at::rand({2, 3, 20, 24}) * 2 - 1;
    const at::Tensor ssim = ssimPerImage(x, x);
    ASSERT_EQ(ssim.sizes(), (std::vector<std::int64_t>{2}));
    EXPECT_NEAR(ssim[0].item<double>(), 1.0, 1e-5);
    EXPECT_NEAR(ssim[1].item<double>(), 1.0, 1e-5);
}

TEST(Ssim, OfTwoConstantImagesIsTheLuminanceTerm)
{
    // Constant images a, b on [0, 1]: no variance, SSIM = (2ab + C1) / (a^2 + b^2 + C1).
    const double a = 0.25, b = 0.75; // -0.5 and 0.5 on [-1, 1]
    const at::Tensor x = at::full({1, 3, 16, 16}, 2 * a - 1, at::kDouble);
    const at::Tensor y = at::full({1, 3, 16, 16}, 2 * b - 1, at::kDouble);
    const double expected = (2 * a * b + 1e-4) / (a * a + b * b + 1e-4);
    EXPECT_NEAR(ssimPerImage(x, y).item<double>(), expected, 1e-12);
}

TEST(Ssim, AConstantShiftKeepsTheStructureTermAtOne)
{
    // y = x + c: equal variances, covariance = variance, so only the
    // luminance term (2 mx my + C1) / (mx^2 + my^2 + C1) remains per window.
    at::manual_seed(2);
    const at::Tensor x = (at::rand({1, 1, 11, 11}, at::kDouble) * 0.5 - 0.5);
    const at::Tensor y = x + 0.3;
    const double mx = directSsim(x[0][0], x[0][0], 11); // 1: sanity of the reference itself
    EXPECT_NEAR(mx, 1.0, 1e-12);
    const at::Tensor weights = [] {
        const at::Tensor g = (at::arange(11, at::kDouble) - 5).pow(2).div(-2 * 1.5 * 1.5).exp();
        const at::Tensor w = at::outer(g, g);
        return w / w.sum();
    }();
    const double meanX = (x[0][0].add(1).mul(0.5) * weights).sum().item<double>();
    const double meanY = meanX + 0.15;
    const double expected = (2 * meanX * meanY + 1e-4) / (meanX * meanX + meanY * meanY + 1e-4);
    EXPECT_NEAR(ssimPerImage(x, y).item<double>(), expected, 1e-10);
}

TEST(Ssim, MatchesADirectDoubleLoop)
{
    at::manual_seed(3);
    const at::Tensor x = at::rand({1, 2, 14, 17}) * 2 - 1;
    const at::Tensor y = (x + at::randn({1, 2, 14, 17}) * 0.3).clamp(-1, 1);
    const double expected = (directSsim(x[0][0], y[0][0], 11) + directSsim(x[0][1], y[0][1], 11)) / 2;
    EXPECT_NEAR(ssimPerImage(x, y).item<double>(), expected, 1e-5);
    EXPECT_LT(expected, 0.95); // the noise is visible
    // Patches smaller than the window use the largest odd window that fits.
    const at::Tensor smallX = x.narrow(2, 0, 4).narrow(3, 0, 4);
    const at::Tensor smallY = y.narrow(2, 0, 4).narrow(3, 0, 4);
    const double smallExpected = (directSsim(smallX[0][0], smallY[0][0], 3) + directSsim(smallX[0][1], smallY[0][1], 3)) / 2;
    EXPECT_NEAR(ssimPerImage(smallX, smallY).item<double>(), smallExpected, 1e-5);
    EXPECT_THROW(ssimPerImage(x, y.narrow(3, 0, 16)), std::invalid_argument);
}

TEST(Destroyer, IsAUNetThreeToThreeBesideItsGenerator)
{
    const ModelProfile profile{"tiny", 32, {8, 16, 32, 64}};
    GeneratorWithDestroyer pair(profile);
    EXPECT_EQ(pair->generator->inChannels(), kFfpInputChannels);
    EXPECT_EQ(pair->destroyer->inChannels(), 3);
    EXPECT_EQ(countParameters(*pair), countParameters(*pair->generator) + countParameters(*pair->destroyer));
    bool generatorNamed = false, destroyerNamed = false;
    for (const auto& item : pair->named_parameters()) {
        generatorNamed = generatorNamed || item.key() == "generator.down1.0.weight";
        destroyerNamed = destroyerNamed || item.key() == "destroyer.head.weight";
    }
    EXPECT_TRUE(generatorNamed);
    EXPECT_TRUE(destroyerNamed);
    EXPECT_EQ(pair->destroyer->forward(at::zeros({1, 3, 32, 32})).sizes(), (std::vector<std::int64_t>{1, 3, 32, 32}));
    EXPECT_EQ(destroyerPatchSize(256), 32);
    EXPECT_EQ(destroyerPatchSize(128), 16);
    EXPECT_THROW(destroyerPatchSize(100), std::invalid_argument);
}

TEST(Destroyer, DestructionMapsMeasureTheMoveTowardsBlack)
{
    // Prediction 0.5 everywhere (1.5 above black). The Destroyer's output:
    // top-left quadrant black (-1), top-right halfway (-0.25), bottom-left
    // brightened (1.0), bottom-right untouched.
    const at::Tensor prediction = at::full({1, 3, 8, 8}, 0.5);
    at::Tensor destroyed = prediction.clone();
    destroyed.narrow(2, 0, 4).narrow(3, 0, 4).fill_(-1.0);
    destroyed.narrow(2, 0, 4).narrow(3, 4, 4).fill_(-0.25);
    destroyed.narrow(2, 4, 4).narrow(3, 0, 4).fill_(1.0);
    const at::Tensor maps = destructionMaps(prediction, destroyed, 2);
    ASSERT_EQ(maps.sizes(), (std::vector<std::int64_t>{1, 2, 2}));
    EXPECT_NEAR(maps[0][0][0].item<double>(), 1.0, 1e-6);
    EXPECT_NEAR(maps[0][0][1].item<double>(), 0.5, 1e-6);
    EXPECT_NEAR(maps[0][1][0].item<double>(), 0.0, 1e-6);
    EXPECT_NEAR(maps[0][1][1].item<double>(), 0.0, 1e-6);
    // A black prediction cannot be destroyed: 0, not a division by zero.
    const at::Tensor black = at::full({1, 3, 8, 8}, -1.0);
    EXPECT_EQ(destructionMaps(black, black, 4).abs().max().item<double>(), 0.0);
}

} // namespace
} // namespace anomalens::models
