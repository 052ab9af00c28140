#include "models/blocks.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

namespace anomalens::models {

namespace {

torch::nn::Conv2d conv3x3WithBias(std::int64_t inChannels, std::int64_t outChannels, bool bias)
{
    return torch::nn::Conv2d(
        torch::nn::Conv2dOptions(inChannels, outChannels, 3).stride(1).padding(1).bias(bias));
}

} // namespace

torch::nn::Conv2d conv3x3(std::int64_t inChannels, std::int64_t outChannels)
{
    return conv3x3WithBias(inChannels, outChannels, true);
}

torch::nn::Sequential convBnRelu(std::int64_t inChannels, std::int64_t outChannels, ConvBias bias)
{
    return torch::nn::Sequential(conv3x3WithBias(inChannels, outChannels, bias == ConvBias::With),
                                 torch::nn::BatchNorm2d(outChannels), torch::nn::ReLU());
}

torch::nn::Sequential doubleConv(std::int64_t inChannels, std::int64_t outChannels, ConvBias bias)
{
    const bool withBias = bias == ConvBias::With;
    return torch::nn::Sequential(conv3x3WithBias(inChannels, outChannels, withBias),
                                 torch::nn::BatchNorm2d(outChannels), torch::nn::ReLU(),
                                 conv3x3WithBias(outChannels, outChannels, withBias),
                                 torch::nn::BatchNorm2d(outChannels), torch::nn::ReLU());
}

torch::nn::Sequential upsampleBnRelu(std::int64_t inChannels, std::int64_t outChannels)
{
    return torch::nn::Sequential(
        torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(inChannels, outChannels, 3)
                                       .stride(2)
                                       .padding(1)
                                       .output_padding(1)),
        torch::nn::BatchNorm2d(outChannels), torch::nn::ReLU());
}

std::int64_t countParameters(const torch::nn::Module& module)
{
    std::int64_t count = 0;
    for (const torch::Tensor& parameter : module.parameters(/*recurse=*/true))
        count += parameter.numel();
    return count;
}

} // namespace anomalens::models
