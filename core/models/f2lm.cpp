#include "models/f2lm.h"

#include "models/blocks.h"

#include <ATen/ATen.h>
#include <torch/nn/functional/normalization.h>

#include <stdexcept>
#include <string>

namespace anomalens::models {

namespace {

at::Tensor normaliseChannels(const at::Tensor& features)
{
    return torch::nn::functional::normalize(features,
                                            torch::nn::functional::NormalizeFuncOptions().p(2).dim(1));
}

void checkInput(const at::Tensor& input, std::int64_t channels, const at::Tensor& frames, const char* what)
{
    const bool sizeOk = input.dim() == 4 && input.size(1) == channels && input.size(0) == frames.size(0) &&
                        input.size(2) == frames.size(2) && input.size(3) == frames.size(3);
    if (!sizeOk)
        throw std::invalid_argument(std::string("F2LM ") + what + " must be [B, " + std::to_string(channels) +
                                    ", H, W] with the frames' B, H and W");
}

// FTC: DoubleConv(w3, w3) twice, as one flat sequence (a Sequential cannot
// hold another).
torch::nn::Sequential featureTransformation(std::int64_t channels)
{
    torch::nn::Sequential layers;
    for (int block = 0; block < 2; ++block)
        layers->extend(*doubleConv(channels, channels, ConvBias::Without));
    return layers;
}

} // namespace

F2lmEncoderImpl::F2lmEncoderImpl(const ModelProfile& profile, std::int64_t inChannels)
    : m_inChannels(inChannels)
{
    std::int64_t channels = inChannels;
    for (std::size_t level = 0; level < m_levels.size(); ++level) {
        m_levels[level] = register_module("level" + std::to_string(level + 1),
                                          doubleConv(channels, profile.widths[level], ConvBias::Without));
        channels = profile.widths[level];
    }
}

std::array<at::Tensor, 4> F2lmEncoderImpl::forward(const at::Tensor& input)
{
    std::array<at::Tensor, 4> levels;
    levels[0] = m_levels[0]->forward(input);
    for (std::size_t level = 1; level < levels.size(); ++level)
        levels[level] = m_levels[level]->forward(at::max_pool2d(levels[level - 1], {2, 2}, {2, 2}));
    return levels;
}

SqueezeExcitationImpl::SqueezeExcitationImpl(std::int64_t channels)
{
    m_squeeze = register_module("squeeze", torch::nn::Linear(channels, channels / 8));
    m_excite = register_module("excite", torch::nn::Linear(channels / 8, channels));
}

at::Tensor SqueezeExcitationImpl::forward(const at::Tensor& input)
{
    const at::Tensor pooled = input.mean({2, 3});
    const at::Tensor scale = at::sigmoid(m_excite->forward(at::relu(m_squeeze->forward(pooled))));
    return input * scale.unsqueeze(-1).unsqueeze(-1);
}

F2lmGeneratorImpl::F2lmGeneratorImpl(const ModelProfile& profile, std::int64_t labelChannels)
    : m_labelChannels(labelChannels)
{
    if (labelChannels < 1)
        throw std::invalid_argument("F2LM needs at least one label channel");
    const auto& w = profile.widths;
    m_frameEncoder = register_module("frameEncoder", F2lmEncoder(profile, 3 * kF2lmInputFrames));
    m_motionEncoder = register_module("motionEncoder", F2lmEncoder(profile, kF2lmMotionChannels));
    m_labelEncoder = register_module("labelEncoder", F2lmEncoder(profile, kF2lmInputFrames * labelChannels));
    m_toMotion = register_module("toMotion", featureTransformation(w[3]));
    m_toLabel = register_module("toLabel", featureTransformation(w[3]));
    m_fusion = register_module("fusion", doubleConv(3 * w[3], w[3], ConvBias::Without));
    m_excitation = register_module("excitation", SqueezeExcitation(w[3]));
    for (std::size_t level = 3; level-- > 0;) {
        const std::string suffix = std::to_string(level + 1);
        m_up[level] = register_module("up" + suffix, UpConv2x(w[level + 1], w[level], 2));
        m_merge[level] = register_module("merge" + suffix, doubleConv(2 * w[level], w[level], ConvBias::Without));
    }
    m_head = register_module("head", conv3x3(w[0], 3));
    for (F2lmEncoder* encoder : {&m_motionEncoder, &m_labelEncoder})
        for (at::Tensor parameter : (*encoder)->parameters())
            parameter.set_requires_grad(false);
    train(is_training());
}

void F2lmGeneratorImpl::train(bool on)
{
    torch::nn::Module::train(on);
    m_motionEncoder->eval();
    m_labelEncoder->eval();
}

F2lmOutputs F2lmGeneratorImpl::forward(const at::Tensor& frames, const at::Tensor& motion, const at::Tensor& labels)
{
    if (frames.dim() != 4 || frames.size(1) != 3 * kF2lmInputFrames || frames.size(2) == 0 ||
        frames.size(2) % 8 != 0 || frames.size(3) == 0 || frames.size(3) % 8 != 0)
        throw std::invalid_argument("F2LM frames must be [B, 12, H, W] with H and W non-zero multiples of 8");
    F2lmOutputs out;
    const std::array<at::Tensor, 4> skips = m_frameEncoder->forward(frames);
    out.frameFeatures = normaliseChannels(skips[3]);
    out.motionFromFrame = normaliseChannels(m_toMotion->forward(skips[3]));
    out.labelFromFrame = normaliseChannels(m_toLabel->forward(skips[3]));
    if (motion.defined()) {
        checkInput(motion, kF2lmMotionChannels, frames, "motion");
        out.motionFeatures = normaliseChannels(m_motionEncoder->forward(motion)[3]);
    }
    if (labels.defined()) {
        checkInput(labels, kF2lmInputFrames * m_labelChannels, frames, "labels");
        out.labelFeatures = normaliseChannels(m_labelEncoder->forward(labels)[3]);
    }
    at::Tensor x = m_excitation->forward(
        m_fusion->forward(at::cat({out.frameFeatures, out.motionFromFrame, out.labelFromFrame}, 1)));
    for (std::size_t level = 3; level-- > 0;)
        x = m_merge[level]->forward(at::cat({skips[level], m_up[level]->forward(x)}, 1));
    out.prediction = at::tanh(m_head->forward(x));
    return out;
}

namespace {

// L2 distance over channels at each position: [B, H, W]. The epsilon keeps
// the gradient of the norm finite where a == b.
at::Tensor distanceMap(const at::Tensor& a, const at::Tensor& b)
{
    return ((a - b).pow(2).sum(1) + 1e-12).sqrt();
}

} // namespace

at::Tensor featureDistance(const at::Tensor& a, const at::Tensor& b)
{
    return distanceMap(a, b).mean({1, 2});
}

at::Tensor tripletMap(const at::Tensor& anchor, const at::Tensor& positive, const at::Tensor& negative,
                      double margin)
{
    return (distanceMap(anchor, positive) - distanceMap(anchor, negative) + margin).clamp_min(0.0);
}

at::Tensor tripletLoss(const at::Tensor& anchor, const at::Tensor& positive, const at::Tensor& negative,
                       double margin)
{
    return tripletMap(anchor, positive, negative, margin).mean();
}

} // namespace anomalens::models
