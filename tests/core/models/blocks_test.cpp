// UpConv2x, the stride-2 transposed convolution computed as one ordinary
// convolution per output phase: it must equal LibTorch's own transposed
// convolution with the same parameters, in value and in gradient, in both
// memory formats, and draw the same initial parameters.
#include "models/blocks.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/nn/modules/conv.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

#include <tuple>

namespace anomalens::models {
namespace {

at::Tensor reference(const UpConv2x& up, const at::Tensor& input, std::int64_t kernel)
{
    const std::int64_t padding = kernel == 3 ? 1 : 0;
    return at::conv_transpose2d(input, up->weight, up->bias, /*stride=*/2, padding, /*output_padding=*/padding);
}

// Parameter: kernel size, channels-last input.
class UpConv2xTest : public ::testing::TestWithParam<std::tuple<std::int64_t, bool>> {
protected:
    std::int64_t kernel() const { return std::get<0>(GetParam()); }
    // Random input of `sizes` in the parameter's memory format.
    at::Tensor input(at::IntArrayRef sizes) const
    {
        const at::Tensor x = at::randn(sizes);
        return std::get<1>(GetParam()) ? x.contiguous(at::MemoryFormat::ChannelsLast) : x;
    }
};

TEST_P(UpConv2xTest, EqualsTheTransposedConvolutionInValueAndGradient)
{
    torch::manual_seed(3);
    UpConv2x up(5, 3, kernel());
    // Odd, non-square sizes: every phase meets the bottom and right edges.
    const at::Tensor x = input({2, 5, 7, 9});
    const at::Tensor expected = reference(up, x, kernel());
    const at::Tensor actual = up->forward(x);
    ASSERT_EQ(actual.sizes(), (std::vector<std::int64_t>{2, 3, 14, 18}));
    EXPECT_TRUE(at::allclose(actual, expected, 1e-5, 1e-5)) << (actual - expected).abs().max();

    const at::Tensor upstream = at::randn_like(expected);
    const auto expectedGrads = torch::autograd::grad({(expected * upstream).sum()}, {up->weight, up->bias});
    const auto actualGrads = torch::autograd::grad({(up->forward(x) * upstream).sum()}, {up->weight, up->bias});
    for (std::size_t i = 0; i < 2; ++i)
        EXPECT_TRUE(at::allclose(actualGrads[i], expectedGrads[i], 1e-4, 1e-4)) << "gradient " << i;
}

TEST_P(UpConv2xTest, FollowsItsWeightsWhenTheyChangeBetweenCallsWithoutGradients)
{
    // Without gradients the phase kernels are kept between calls; a changed
    // weight (an optimizer step, a loaded bundle) must still be used.
    torch::manual_seed(5);
    UpConv2x up(4, 2, kernel());
    const at::Tensor x = input({1, 4, 5, 6});
    const auto matches = [&](const at::Tensor& in) {
        return at::allclose(up->forward(in), reference(up, in, kernel()), 1e-5, 1e-5);
    };
    at::NoGradGuard noGrad;
    EXPECT_TRUE(matches(x));
    EXPECT_TRUE(matches(x)) << "second call, kept kernels";
    up->weight.mul_(-2.0);
    EXPECT_TRUE(matches(x)) << "weight changed";
    up->bias.add_(1.0);
    EXPECT_TRUE(matches(x)) << "bias changed";
    EXPECT_TRUE(matches(x.is_contiguous() ? x.contiguous(at::MemoryFormat::ChannelsLast) : x.contiguous()))
        << "other layout";
}

INSTANTIATE_TEST_SUITE_P(KernelsAndFormats, UpConv2xTest,
                         ::testing::Combine(::testing::Values<std::int64_t>(2, 3), ::testing::Bool()));

TEST(UpConv2x, DrawsTheSameParametersAsConvTranspose2d)
{
    for (const std::int64_t kernel : {2, 3}) {
        torch::manual_seed(11);
        const UpConv2x up(4, 6, kernel);
        torch::manual_seed(11);
        const std::int64_t padding = kernel == 3 ? 1 : 0;
        const torch::nn::ConvTranspose2d plain(
            torch::nn::ConvTranspose2dOptions(4, 6, kernel).stride(2).padding(padding).output_padding(padding));
        EXPECT_TRUE(at::equal(up->weight, plain->weight));
        EXPECT_TRUE(at::equal(up->bias, plain->bias));
        const auto names = up->named_parameters().keys();
        EXPECT_EQ(names, (std::vector<std::string>{"weight", "bias"}));
    }
    EXPECT_THROW(UpConv2x(4, 6, 4), std::invalid_argument);
}

} // namespace
} // namespace anomalens::models
