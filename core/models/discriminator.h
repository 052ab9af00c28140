#pragma once
// FFP's patch discriminator for the LSGAN loss (METHODS.md section 2): conv
// 4x4 (padding 1) w1 s2 -> w2 s2 -> w3 s2 -> w3 s1 -> 1 s1, LeakyReLU(0.2)
// between, sigmoid at the end; no normalisation. With the paper profile the
// widths are 128/256/512/512 and a 256x256 frame gives a 30x30 map of
// per-patch "real" probabilities; the lite profile halves the widths.
#include "models/profile.h"

#include <torch/nn/modules/container/sequential.h>

#include <cstdint>

namespace anomalens::models {

class PatchDiscriminatorImpl : public torch::nn::Module {
public:
    explicit PatchDiscriminatorImpl(const ModelProfile& profile, std::int64_t inChannels = 3);
    // [B, inChannels, H, W] -> [B, 1, H/8 - 2, W/8 - 2] in (0, 1).
    torch::Tensor forward(const torch::Tensor& input);

private:
    torch::nn::Sequential m_layers;
};
TORCH_MODULE(PatchDiscriminator);

} // namespace anomalens::models
