#include "models/unet.h"

#include "models/blocks.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <string>

namespace anomalens::models {

UNetImpl::UNetImpl(const ModelProfile& profile, std::int64_t inChannels, std::int64_t outChannels)
    : m_inChannels(inChannels)
{
    const auto& w = profile.widths;
    std::int64_t channels = inChannels;
    for (std::size_t level = 0; level < m_down.size(); ++level) {
        m_down[level] = register_module("down" + std::to_string(level + 1), doubleConv(channels, w[level]));
        channels = w[level];
    }
    // m_up[i] / m_merge[i] bring level i + 1 back to level i.
    for (std::size_t level = 3; level-- > 0;) {
        const std::string suffix = std::to_string(level + 1);
        m_up[level] = register_module("up" + suffix, UpConv2x(w[level + 1], w[level], 2));
        m_merge[level] = register_module("merge" + suffix, doubleConv(2 * w[level], w[level]));
    }
    m_head = register_module("head", conv3x3(w[0], outChannels));
}

torch::Tensor UNetImpl::forward(const torch::Tensor& input)
{
    if (input.dim() != 4 || input.size(1) != m_inChannels || input.size(2) % 8 != 0 ||
        input.size(3) % 8 != 0 || input.size(2) == 0 || input.size(3) == 0)
        throw std::invalid_argument("U-Net input must be [B, " + std::to_string(m_inChannels) +
                                    ", H, W] with H and W non-zero multiples of 8");
    std::array<torch::Tensor, 4> skips;
    skips[0] = m_down[0]->forward(input);
    for (std::size_t level = 1; level < skips.size(); ++level)
        skips[level] = m_down[level]->forward(at::max_pool2d(skips[level - 1], {2, 2}, {2, 2}));

    torch::Tensor x = skips[3];
    for (std::size_t level = 3; level-- > 0;)
        x = m_merge[level]->forward(torch::cat({skips[level], m_up[level]->forward(x)}, /*dim=*/1));
    return torch::tanh(m_head->forward(x));
}

} // namespace anomalens::models
