#include "models/blocks.h"

#include <ATen/ATen.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>

#include <array>
#include <stdexcept>

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

UpConv2xImpl::UpConv2xImpl(std::int64_t inChannels, std::int64_t outChannels, std::int64_t kernelSize)
    : m_kernelSize(kernelSize)
{
    if (kernelSize != 2 && kernelSize != 3)
        throw std::invalid_argument("UpConv2x: kernel size must be 2 or 3");
    const std::int64_t padding = kernelSize == 3 ? 1 : 0;
    // Built only for its initialisation, so that the draws match the
    // ConvTranspose2d this module replaces.
    const torch::nn::ConvTranspose2d init(torch::nn::ConvTranspose2dOptions(inChannels, outChannels, kernelSize)
                                              .stride(2)
                                              .padding(padding)
                                              .output_padding(padding));
    weight = register_parameter("weight", init->weight);
    bias = register_parameter("bias", init->bias);
}

std::pair<at::Tensor, at::Tensor> UpConv2xImpl::phaseParameters(at::MemoryFormat format)
{
    // Inference tensors (a model built under InferenceMode) have no version
    // counter: those are rebuilt every call.
    const bool cacheable = !at::GradMode::is_enabled() && !weight.is_inference() && !bias.is_inference();
    // Versions only grow, so their sum changes whenever either tensor does.
    const std::int64_t version = cacheable ? static_cast<std::int64_t>(weight._version() + bias._version()) : -1;
    if (cacheable && m_cached.weight.defined() && m_cached.source == weight.data_ptr() &&
        m_cached.version == version && m_cached.format == format && m_cached.weight.dtype() == weight.dtype())
        return {m_cached.weight, m_cached.bias};

    const std::int64_t in = weight.size(0);
    const std::int64_t out = weight.size(1);
    at::Tensor phaseWeight;
    if (m_kernelSize == 2) {
        // Output (2i + a, 2j + b) = input (i, j) times kernel tap (a, b).
        phaseWeight = weight.permute({1, 2, 3, 0}).reshape({out * 4, in, 1, 1});
    } else {
        // Along one axis, output 2i takes input i with tap 1; output 2i + 1
        // takes input i with tap 2 and input i + 1 with tap 0. As a 2-tap
        // kernel over input (i, i + 1), phase a uses taps kTaps[2a], kTaps[2a + 1]
        // of the kernel padded with a zero tap (index 3).
        static const std::array<std::int64_t, 4> kTaps{1, 3, 2, 0};
        const at::Tensor taps = at::tensor(at::IntArrayRef(kTaps.data(), kTaps.size()), at::kLong);
        const at::Tensor padded = at::constant_pad_nd(weight, {0, 1, 0, 1}); // [in, out, 4, 4]
        phaseWeight = padded.index_select(2, taps)
                          .index_select(3, taps)
                          .view({in, out, 2, 2, 2, 2})    // in, out, a, row tap, b, column tap
                          .permute({1, 2, 4, 0, 3, 5})    // out, a, b, in, row tap, column tap
                          .reshape({out * 4, in, 2, 2});
    }
    std::pair<at::Tensor, at::Tensor> phase{phaseWeight.contiguous(format), bias.repeat_interleave(4)};
    if (cacheable)
        m_cached = {phase.first, phase.second, weight.data_ptr(), version, format};
    return phase;
}

at::Tensor UpConv2xImpl::forward(const at::Tensor& input)
{
    // Kernel 3 reads input i + 1 for odd outputs; past the edge it is 0.
    const at::Tensor source = m_kernelSize == 3 ? at::constant_pad_nd(input, {0, 1, 0, 1}) : input;
    const auto [phaseWeight, phaseBias] = phaseParameters(input.suggest_memory_format());
    return at::pixel_shuffle(at::conv2d(source, phaseWeight, phaseBias), 2);
}

torch::nn::Sequential upsampleBnRelu(std::int64_t inChannels, std::int64_t outChannels)
{
    return torch::nn::Sequential(UpConv2x(inChannels, outChannels, 3), torch::nn::BatchNorm2d(outChannels),
                                 torch::nn::ReLU());
}

std::int64_t countParameters(const torch::nn::Module& module)
{
    std::int64_t count = 0;
    for (const torch::Tensor& parameter : module.parameters(/*recurse=*/true))
        count += parameter.numel();
    return count;
}

} // namespace anomalens::models
