#pragma once
// Convolution blocks shared by the networks (MNAD, the FFP U-Net, F2LM, the
// Destroyer). All 3x3 convolutions use padding 1, so blocks keep the spatial
// size; only poolings and transposed convolutions change it.
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>

#include <cstdint>

namespace anomalens::models {

// Whether convolutions that feed a BatchNorm carry their own bias. The
// reference implementations of MNAD and FFP keep it (PyTorch's default);
// F2LM drops it (redundant before BatchNorm).
enum class ConvBias { With, Without };

// conv3x3 -> BatchNorm -> ReLU.
torch::nn::Sequential convBnRelu(std::int64_t inChannels, std::int64_t outChannels,
                                 ConvBias bias = ConvBias::With);

// [conv3x3 -> BatchNorm -> ReLU] x 2 (MNAD's "Basic", FFP's double_conv).
torch::nn::Sequential doubleConv(std::int64_t inChannels, std::int64_t outChannels,
                                 ConvBias bias = ConvBias::With);

// A plain conv3x3 (padding 1) with bias, as the last layer of a block.
torch::nn::Conv2d conv3x3(std::int64_t inChannels, std::int64_t outChannels);

// MNAD's upsampling: ConvTranspose(k3, s2, p1, output_padding 1) -> BN ->
// ReLU; exactly doubles height and width.
torch::nn::Sequential upsampleBnRelu(std::int64_t inChannels, std::int64_t outChannels);

// Number of trainable parameters (elements), for reports and tests.
std::int64_t countParameters(const torch::nn::Module& module);

} // namespace anomalens::models
