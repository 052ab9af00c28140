#include "models/discriminator.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/conv.h>

namespace anomalens::models {

namespace {

torch::nn::Conv2d conv4x4(std::int64_t inChannels, std::int64_t outChannels, std::int64_t stride)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, 4).stride(stride).padding(1));
}

torch::nn::LeakyReLU leakyRelu()
{
    return torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2));
}

} // namespace

PatchDiscriminatorImpl::PatchDiscriminatorImpl(const ModelProfile& profile, std::int64_t inChannels)
{
    // Paper widths 128/256/512/512 = w1, w2, w3, w3 of the profile.
    const auto& w = profile.widths;
    m_layers = register_module(
        "layers", torch::nn::Sequential(conv4x4(inChannels, w[1], 2), leakyRelu(), conv4x4(w[1], w[2], 2),
                                        leakyRelu(), conv4x4(w[2], w[3], 2), leakyRelu(),
                                        conv4x4(w[3], w[3], 1), leakyRelu(), conv4x4(w[3], 1, 1),
                                        torch::nn::Sigmoid()));
}

torch::Tensor PatchDiscriminatorImpl::forward(const torch::Tensor& input)
{
    return m_layers->forward(input);
}

} // namespace anomalens::models
