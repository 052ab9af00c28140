#pragma once
// F2LM's Destroyer ("Making Anomalies More Anomalous", METHODS.md section 3):
// a second network, trained after a frame-predicting generator is frozen,
// that turns badly predicted patches of the generator's prediction black.
// The Destroyer is FFP's U-Net with 3 -> 3 channels (models::UNet with the
// profile's widths); this header adds the module that holds it together with
// its generator, so that one bundle holds both, and the per-patch
// destruction that the analyzer shows as the heat map.
//
// Patches: the paper cuts 256 px predictions into 32 px patches, an 8 x 8
// grid. Other input sizes keep the 8 x 8 grid (16 px patches at 128 px, the
// lite and small profiles), so a patch always covers the same share of the
// scene.
#include "models/f2lm.h"
#include "models/profile.h"
#include "models/unet.h"

#include <ATen/core/Tensor.h>
#include <torch/nn/module.h>

#include <cstdint>

namespace anomalens::models {

inline constexpr std::int64_t kDestroyerPatchesPerSide = 8;

// inputSize / 8; throws std::invalid_argument when the size is not a
// positive multiple of 8.
std::int64_t destroyerPatchSize(std::int64_t inputSize);

// A frozen generator (FFP's U-Net, 12 -> 3, or F2LM's generator) and its
// Destroyer (U-Net 3 -> 3) as one module: parameters named "generator.*" and
// "destroyer.*", so the generator's tensors keep their own bundle's names
// under "generator.".
class GeneratorWithDestroyerImpl : public torch::nn::Module {
public:
    // FFP's U-Net as the generator; with f2lmLabelChannels > 0, F2LM's
    // generator with that many label channels.
    explicit GeneratorWithDestroyerImpl(const ModelProfile& profile, std::int64_t f2lmLabelChannels = 0);

    UNet generator{nullptr};         // FFP's (null for F2LM)
    F2lmGenerator f2lmGenerator{nullptr}; // F2LM's (null for FFP)
    UNet destroyer{nullptr};
};
TORCH_MODULE(GeneratorWithDestroyer);

// How far each cell of a cells x cells grid of the Destroyer's output R moved
// towards black relative to the clean prediction A (both [B, 3, S, S] in
// [-1, 1]): sum over the cell and channels of max(A - R, 0) divided by the
// sum of (A + 1), the distance from A to black. 0 = untouched (or brightened),
// 1 = the cell turned fully black. Returns [B, cells, cells] float32 on A's
// device. Cells are adaptive-average pools, so any grid fits any input size.
at::Tensor destructionMaps(const at::Tensor& prediction, const at::Tensor& destroyed, std::int64_t cells);

} // namespace anomalens::models
