// FFP's U-Net generator (also the Destroyer, 3 -> 3) and the LSGAN patch
// discriminator: parameter counts against independent arithmetic, shapes
// for both profiles, output ranges.
#include "models/blocks.h"
#include "models/discriminator.h"
#include "models/unet.h"
#include "paramcount.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <gtest/gtest.h>

#include <iostream>
#include <vector>

namespace anomalens::models {
namespace {

using test::convParams;
using test::doubleConvParams;
using Widths = std::array<std::int64_t, 4>;

constexpr std::int64_t unetParams(std::int64_t in, std::int64_t out, const Widths& w)
{
    std::int64_t count = doubleConvParams(in, w[0]) + doubleConvParams(w[0], w[1]) +
                         doubleConvParams(w[1], w[2]) + doubleConvParams(w[2], w[3]);
    for (int level = 0; level < 3; ++level) // ConvTranspose k2 halving, then merge
        count += convParams(2, w[level + 1], w[level]) + doubleConvParams(2 * w[level], w[level]);
    return count + convParams(3, w[0], out);
}

constexpr std::int64_t discriminatorParams(const Widths& w)
{
    return convParams(4, 3, w[1]) + convParams(4, w[1], w[2]) + convParams(4, w[2], w[3]) +
           convParams(4, w[3], w[3]) + convParams(4, w[3], 1);
}

constexpr Widths kPaper{64, 128, 256, 512};
constexpr Widths kLite{32, 64, 128, 256};
static_assert(unetParams(12, 3, kPaper) == 7'709'827);
static_assert(unetParams(3, 3, kPaper) == 7'704'643);
static_assert(discriminatorParams(kPaper) == 6'831'489);
static_assert(unetParams(12, 3, kLite) == 1'931'843);
static_assert(discriminatorParams(kLite) == 1'711'809);

TEST(FfpGenerator, ParameterCountsMatchTheArchitecture)
{
    const std::int64_t paper = countParameters(*UNet(paperProfile(), kFfpInputChannels));
    const std::int64_t destroyer = countParameters(*UNet(paperProfile(), 3, 3));
    const std::int64_t lite = countParameters(*UNet(liteProfile(), kFfpInputChannels));
    std::cout << "U-Net parameters: FFP generator paper " << paper << ", lite " << lite
              << "; 3->3 (Destroyer) paper " << destroyer << "\n";
    EXPECT_EQ(paper, unetParams(12, 3, kPaper));
    EXPECT_EQ(destroyer, unetParams(3, 3, kPaper));
    EXPECT_EQ(lite, unetParams(12, 3, kLite));
    // The paper reports about 7.7 M.
    EXPECT_NEAR(static_cast<double>(paper), 7.7e6, 0.01 * 7.7e6);
}

TEST(FfpGenerator, ShapesAndTanhRange)
{
    torch::manual_seed(1);
    c10::InferenceMode guard;
    UNet generator(liteProfile(), kFfpInputChannels);
    generator->eval();
    const torch::Tensor out = generator->forward(torch::randn({2, 12, 128, 128}) * 50);
    EXPECT_EQ(out.sizes(), (std::vector<std::int64_t>{2, 3, 128, 128}));
    EXPECT_LE(out.abs().max().item<double>(), 1.0);
    EXPECT_GT(out.abs().max().item<double>(), 0.5);

    UNet destroyer(liteProfile(), 3, 3);
    destroyer->eval();
    EXPECT_EQ(destroyer->forward(torch::rand({1, 3, 64, 96})).sizes(), (std::vector<std::int64_t>{1, 3, 64, 96}));
    EXPECT_THROW(destroyer->forward(torch::rand({1, 12, 64, 64})), std::invalid_argument);
    EXPECT_THROW(destroyer->forward(torch::rand({1, 3, 60, 64})), std::invalid_argument);

    UNet paper(paperProfile(), kFfpInputChannels);
    paper->eval();
    EXPECT_EQ(paper->forward(torch::rand({1, 12, 32, 32})).sizes(), (std::vector<std::int64_t>{1, 3, 32, 32}));
}

TEST(PatchDiscriminator, ParameterCountsAndPatchMapShapes)
{
    const std::int64_t paperCount = countParameters(*PatchDiscriminator(paperProfile()));
    const std::int64_t liteCount = countParameters(*PatchDiscriminator(liteProfile()));
    std::cout << "Patch discriminator parameters: paper " << paperCount << ", lite " << liteCount << "\n";
    EXPECT_EQ(paperCount, discriminatorParams(kPaper));
    EXPECT_EQ(liteCount, discriminatorParams(kLite));

    torch::manual_seed(2);
    c10::InferenceMode guard;
    // 256 -> 128 -> 64 -> 32 (stride 2, padding 1) -> 31 -> 30 (stride 1).
    PatchDiscriminator paper(paperProfile());
    const torch::Tensor paperOut = paper->forward(torch::rand({1, 3, 256, 256}) * 2 - 1);
    EXPECT_EQ(paperOut.sizes(), (std::vector<std::int64_t>{1, 1, 30, 30}));
    PatchDiscriminator lite(liteProfile());
    const torch::Tensor liteOut = lite->forward(torch::randn({2, 3, 128, 128}) * 20);
    EXPECT_EQ(liteOut.sizes(), (std::vector<std::int64_t>{2, 1, 14, 14}));
    for (const torch::Tensor& out : {paperOut, liteOut}) { // sigmoid
        EXPECT_GE(out.min().item<double>(), 0.0);
        EXPECT_LE(out.max().item<double>(), 1.0);
    }
}

} // namespace
} // namespace anomalens::models
