#pragma once
// F2LM's generator ("Making Anomalies More Anomalous", METHODS.md section
// 3): future-frame prediction that has to go through the model's idea of
// WHAT is in the scene (labels) and HOW it moves (motion).
//
// Three encoders of one structure, for the 4 input frames (12 channels), the
// 3 motion fields between them (6) and the 4 frames' label maps (4 x L):
// DoubleConv -> w0, then (maxpool + DoubleConv) -> w1 -> w2 -> w3 (the
// profile's widths; the paper's 64..512 and a w3 x S/8 x S/8 bottleneck).
// The feature transformation (FTC) maps the frame bottleneck Z_f into the
// motion space (Z'_m) and the label space (Z'_l), one DoubleConv(w3, w3) x 2
// each. Every bottleneck is L2-normalised over channels. Fusion:
// concat[Z_f, Z'_m, Z'_l] -> DoubleConv(3 w3 -> w3) -> squeeze-and-excitation
// (w3 -> w3/8 -> w3) -> the frame U-Net decoder (frame encoder skips only,
// ConvTranspose k2 s2 as FFP's) -> conv3x3 -> tanh. Convolutions before a
// BatchNorm carry no bias (ConvBias::Without).
//
// The motion and label encoders need the real cues; they give the triplet
// targets in training and the triplet signals at test time. The prediction
// itself needs the frames only.
//
// The cue encoders stay FROZEN at their (seeded) random initialisation, in
// eval mode: trained, they collapse. The triplet loss is met by any map of
// every cue to one constant vector that the FTC then outputs (measured on
// Ped2: the hinge was 0 from step 80 on, and the triplet signals scored
// frames at chance, AUC 56 %). The paper's cue features come from frozen
// pretrained networks; a frozen random encoder keeps that property (a fixed
// function of the cue that the frame features must predict) without weights
// we cannot ship.
#include "models/blocks.h"
#include "models/profile.h"

#include <ATen/core/Tensor.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <array>
#include <cstdint>

namespace anomalens::models {

// Input frames and motion fields of one F2LM sample.
inline constexpr std::int64_t kF2lmInputFrames = 4;
inline constexpr std::int64_t kF2lmMotionChannels = 2 * (kF2lmInputFrames - 1);
// The triplet loss margin (METHODS.md).
inline constexpr double kTripletMargin = 0.2;

// DoubleConv -> w0, (maxpool + DoubleConv) -> w1, w2, w3: the feature map of
// each level (full resolution, /2, /4, /8).
class F2lmEncoderImpl : public torch::nn::Module {
public:
    F2lmEncoderImpl(const ModelProfile& profile, std::int64_t inChannels);
    std::array<at::Tensor, 4> forward(const at::Tensor& input);
    std::int64_t inChannels() const { return m_inChannels; }

private:
    std::int64_t m_inChannels;
    std::array<torch::nn::Sequential, 4> m_levels;
};
TORCH_MODULE(F2lmEncoder);

// Squeeze-and-excitation: global average pool, FC C -> C/8, ReLU, FC -> C,
// sigmoid, channel scaling.
class SqueezeExcitationImpl : public torch::nn::Module {
public:
    explicit SqueezeExcitationImpl(std::int64_t channels);
    at::Tensor forward(const at::Tensor& input);

private:
    torch::nn::Linear m_squeeze{nullptr};
    torch::nn::Linear m_excite{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

struct F2lmOutputs {
    at::Tensor prediction;      // [B, 3, S, S] in [-1, 1]
    at::Tensor frameFeatures;   // Z_f, L2-normalised, [B, w3, S/8, S/8]
    at::Tensor motionFromFrame; // Z'_m = FTC_m(Z_f), normalised
    at::Tensor labelFromFrame;  // Z'_l = FTC_l(Z_f), normalised
    at::Tensor motionFeatures;  // Z_m from the motion encoder (undefined without motion)
    at::Tensor labelFeatures;   // Z_l from the label encoder (undefined without labels)
};

class F2lmGeneratorImpl : public torch::nn::Module {
public:
    // `labelChannels`: L, the label cue's classes per frame.
    F2lmGeneratorImpl(const ModelProfile& profile, std::int64_t labelChannels);

    // frames [B, 12, S, S], motion [B, 6, S, S], labels [B, 4 L, S, S] (S a
    // non-zero multiple of 8); motion and labels may be undefined tensors,
    // which skips their encoders. Throws std::invalid_argument on a shape
    // mismatch.
    F2lmOutputs forward(const at::Tensor& frames, const at::Tensor& motion, const at::Tensor& labels);

    std::int64_t labelChannels() const { return m_labelChannels; }

    // Train mode for everything but the frozen cue encoders.
    void train(bool on = true) override;

private:
    std::int64_t m_labelChannels;
    F2lmEncoder m_frameEncoder{nullptr};
    F2lmEncoder m_motionEncoder{nullptr};
    F2lmEncoder m_labelEncoder{nullptr};
    torch::nn::Sequential m_toMotion;
    torch::nn::Sequential m_toLabel;
    torch::nn::Sequential m_fusion;
    SqueezeExcitation m_excitation{nullptr};
    std::array<UpConv2x, 3> m_up{nullptr, nullptr, nullptr};
    std::array<torch::nn::Sequential, 3> m_merge;
    torch::nn::Conv2d m_head{nullptr};
};
TORCH_MODULE(F2lmGenerator);

// Mean over pixels of the L2 distance over channels between two [B, C, H, W]
// feature maps: [B]. F2LM's test-time triplet signals are this distance
// between the translated frame features and the cue's own, d(Z'_l, Z_l) and
// d(Z'_m, Z_m): how badly the frame translates into the cue's space. Not the
// hinge the loss uses: once training meets the margin, the hinge is 0 on
// nearly every normal frame (measured on Ped2: 1e-10 +- 2e-9), which leaves
// its z-score without a spread and ranks frames worse than the distance
// (alone, per video: label 66.1 % hinge vs 73.9 % distance, motion 60.1 vs
// 71.0; core/training/README.md).
at::Tensor featureDistance(const at::Tensor& a, const at::Tensor& b);

// The triplet term at each position, max(d(anchor, positive) - d(anchor,
// negative) + margin, 0) with d the L2 distance over channels there:
// [B, H, W]. Hinged per position, not after averaging: an average over the
// whole map is met as soon as the static background translates well, and
// then nothing trains the moving parts (measured on Ped2: a per-sample hinge
// was 0 from step 80 on).
at::Tensor tripletMap(const at::Tensor& anchor, const at::Tensor& positive, const at::Tensor& negative,
                      double margin = kTripletMargin);

// The triplet loss: tripletMap averaged over positions and the batch.
at::Tensor tripletLoss(const at::Tensor& anchor, const at::Tensor& positive, const at::Tensor& negative,
                       double margin = kTripletMargin);

} // namespace anomalens::models
