#pragma once
// The U-Net of FFP (Liu et al., CVPR 2018; METHODS.md section 2): the
// future-frame generator (12 -> 3 channels: 4 past frames in, the next one
// out) and, with 3 -> 3 channels, F2LM's Destroyer. Encoder: [conv3x3-BN-
// ReLU] x 2 at widths w0..w3 with three 2x max-pools; decoder: ConvTranspose
// (k2, s2) halving the channels, concat the encoder skip, [conv3x3-BN-ReLU]
// x 2; head conv3x3 -> outChannels, tanh. Input [B, inChannels, H, W] with H
// and W multiples of 8; output [B, outChannels, H, W] in [-1, 1].
#include "models/blocks.h"
#include "models/profile.h"

#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>

#include <array>
#include <cstdint>

namespace anomalens::models {

// 4 past RGB frames stacked on channels.
constexpr std::int64_t kFfpInputChannels = 12;

class UNetImpl : public torch::nn::Module {
public:
    UNetImpl(const ModelProfile& profile, std::int64_t inChannels, std::int64_t outChannels = 3);
    torch::Tensor forward(const torch::Tensor& input);

    std::int64_t inChannels() const { return m_inChannels; }

private:
    std::int64_t m_inChannels;
    std::array<torch::nn::Sequential, 4> m_down;        // full resolution, /2, /4, /8
    std::array<UpConv2x, 3> m_up{nullptr, nullptr, nullptr}; // to /4, /2, full
    std::array<torch::nn::Sequential, 3> m_merge;       // after each concat
    torch::nn::Conv2d m_head{nullptr};
};
TORCH_MODULE(UNet);

} // namespace anomalens::models
