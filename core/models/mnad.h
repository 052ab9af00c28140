#pragma once
// MNAD: memory-guided normality for anomaly detection (Park et al., CVPR
// 2020; METHODS.md section 1). Encoder -> memory read -> decoder, in the
// prediction variant (4 past frames in, next frame out, U-Net skips) and the
// reconstruction variant (one frame in, the same frame out, no skips: with
// skips the network learns to copy its input).
//
// Tensors are images in [-1, 1], [B, C, S, S] with S = profile.inputSize
// (any S divisible by 8 works). The memory is part of the module (a buffer):
// it is saved with the weights, and it keeps changing at test time.
#include "models/memory.h"
#include "models/profile.h"

#include <torch/nn/modules/container/sequential.h>

#include <array>
#include <cstdint>

namespace anomalens::models {

enum class MnadVariant { Prediction, Reconstruction };

// The method's numbers that depend on the variant (METHODS.md).
struct MnadConstants {
    std::int64_t inputFrames;   // frames stacked on channels at the input
    double lambdaCompact;       // weight of the compactness loss
    double lambdaSeparate;      // weight of the separateness loss
    double gateThreshold;       // gamma: test-time memory-update threshold
    double scoreAlpha;          // weight of the PSNR term in the score
};
MnadConstants mnadConstants(MnadVariant variant);

struct MnadConfig {
    MnadVariant variant = MnadVariant::Prediction;
    ModelProfile profile = paperProfile();
    std::int64_t memoryItems = 10;
};

struct MnadEncoderOutput {
    torch::Tensor features;             // bottleneck, [B, w3, S/8, S/8], not normalised
    std::array<torch::Tensor, 3> skips; // Basic outputs at S, S/2, S/4 (w0, w1, w2 channels)
};

// Three Basic blocks with max-pooling, then conv -> BN -> ReLU -> conv with
// NO BN/ReLU after the last conv (a ReLU would cut the negative half of the
// query space).
class MnadEncoderImpl : public torch::nn::Module {
public:
    MnadEncoderImpl(std::int64_t inChannels, const ModelProfile& profile);
    MnadEncoderOutput forward(const torch::Tensor& input);

private:
    std::array<torch::nn::Sequential, 3> m_levels;
    torch::nn::Sequential m_bottleneck;
};
TORCH_MODULE(MnadEncoder);

// Input: concat[q, p_hat] (2 * w3 channels at S/8). With skips (prediction),
// each upsampling halves the channels and the matching encoder skip is
// concatenated before the Basic block; without skips (reconstruction), the
// upsampling keeps the channels and the Basic block halves them.
class MnadDecoderImpl : public torch::nn::Module {
public:
    MnadDecoderImpl(const ModelProfile& profile, bool useSkips, std::int64_t outChannels = 3);
    // `skips` is ignored (may hold undefined tensors) without skips.
    torch::Tensor forward(const torch::Tensor& input, const std::array<torch::Tensor, 3>& skips);

private:
    bool m_useSkips;
    torch::nn::Sequential m_bottleneck;
    std::array<torch::nn::Sequential, 3> m_upsample; // deepest first
    std::array<torch::nn::Sequential, 2> m_blocks;   // after the first two upsamplings
    torch::nn::Sequential m_head;                    // conv-BN-ReLU x 2, conv, tanh
};
TORCH_MODULE(MnadDecoder);

struct MnadTrainingOutput {
    torch::Tensor prediction;       // [B, 3, S, S] in [-1, 1]
    torch::Tensor compactnessLoss;  // scalar
    torch::Tensor separatenessLoss; // scalar
};

struct MnadInferenceOutput {
    torch::Tensor prediction;      // [B, 3, S, S] in [-1, 1]
    torch::Tensor queries;         // [B, K, C], L2-normalised; feed to updateMemoryWhereNormal
    torch::Tensor nearestItem;     // [B, S/8, S/8], int64
    torch::Tensor queryDistance;   // [B, S/8, S/8], per-query compactness distance
    torch::Tensor featureDistance; // [B], D_t = mean of queryDistance
};

struct MemoryGateResult {
    torch::Tensor gateError; // [B], eps_t
    torch::Tensor updated;   // [B], bool: the frame updated the memory
};

struct MnadStreamOutput {
    MnadInferenceOutput frames; // per frame, each read from the memory as the frames before it left it
    MemoryGateResult gate;
};

class MnadImpl : public torch::nn::Module {
public:
    explicit MnadImpl(const MnadConfig& config);

    const MnadConfig& config() const { return m_config; }
    std::int64_t inputChannels() const;

    // One training forward (call train() first): read with the current
    // memory, decode, compute the memory losses, then update the memory with
    // this batch's queries (all of them together, as the reference does).
    MnadTrainingOutput forwardTraining(const torch::Tensor& input);

    // Test-time forward (call eval() first): leaves the memory unchanged; the
    // caller decides on the update with updateMemoryWhereNormal(), which
    // needs the prediction error.
    MnadInferenceOutput forwardInference(const torch::Tensor& input);

    // The test-time gate: frames whose gate error is below gamma update the
    // memory, one after the other in batch order, as a stream processed frame
    // by frame would. `target` is the true frame, [B, 3, S, S] in [-1, 1].
    MemoryGateResult updateMemoryWhereNormal(const MnadInferenceOutput& output,
                                             const torch::Tensor& target);

    // Test-time scoring of B consecutive frames of one stream: the same
    // numbers as B calls of forwardInference + updateMemoryWhereNormal, frame
    // after frame, but the encoder (which never reads the memory) runs once on
    // the whole batch. Each frame then reads the memory as the frames before
    // it left it, is decoded and passes or fails the gate. `targets` is
    // [B, 3, S, S]; predictions come out in its dtype.
    MnadStreamOutput forwardStream(const torch::Tensor& inputs, const torch::Tensor& targets);

    MnadEncoder encoder{nullptr};
    Memory memory{nullptr};
    MnadDecoder decoder{nullptr};

private:
    void checkInput(const torch::Tensor& input) const;

    MnadConfig m_config;
};
TORCH_MODULE(Mnad);

} // namespace anomalens::models
