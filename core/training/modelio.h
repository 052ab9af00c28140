#pragma once
// The torch side of the model bundle (internal to core): module state <->
// bundle tensors, strict loading, and LoadedModel, the ready-to-run model the
// analyzer scores footage with.
//
// Tensor names in a bundle are the module's own dotted names under a prefix:
// "model." for the network a bundle is for (MNAD, or FFP's generator),
// e.g. "model.encoder.level1.0.weight" and "model.memory.items"; a Destroyer
// bundle holds "model.generator.*" (the frozen generator, FFP's names under
// "generator.") and "model.destroyer.*"; checkpoints
// add "discriminator.", "optimizer.<which>.<parameter>.<field>" and "rng.".
#include "training/bundle.h"
#include "training/bundlefile.h"
#include "training/method.h"

#include "models/destroyer.h"
#include "models/f2lm.h"
#include "models/mnad.h"
#include "models/unet.h"

#include <c10/core/Device.h>
#include <torch/nn/module.h>

#include <string>
#include <vector>

namespace anomalens::training {

inline constexpr char kModelPrefix[] = "model.";

// CPU, contiguous copy of a tensor in the bundle's form. Float, int64 and
// uint8 tensors only (std::invalid_argument otherwise).
StoredTensor storeTensor(const std::string& name, const at::Tensor& tensor);
// A CPU tensor with the stored values.
at::Tensor tensorFromStored(const StoredTensor& stored);

// Every parameter and buffer of `module` (recursively), named prefix + name.
std::vector<StoredTensor> storeModule(const torch::nn::Module& module, const std::string& prefix);

// Copies the bundle's tensors into `module`, strictly: every parameter and
// buffer must be there with its dtype and shape (MissingTensor,
// ShapeMismatch), and no other tensor may carry the prefix (UnexpectedTensor:
// the bundle is for a different network).
void loadModuleStrict(torch::nn::Module& module, const BundleContents& contents, const std::string& prefix);

// Training on the CPU keeps 4-D weights and batches channels-last (NHWC):
// more MNAD steps/s than contiguous NCHW in every measurement (lite 1.05-1.6x,
// paper 1.5x; tests/core/training/trainingspeed_test.cpp). Bundles always store
// the standard layout, and calibration runs in it, as loadModel() gives it,
// so that its numbers are exactly the analyzer's.
bool trainsChannelsLast(c10::Device device);
// Lays out every 4-D weight of `module` in `format` (values unchanged).
void setWeightMemoryFormat(torch::nn::Module& module, at::MemoryFormat format);
at::Tensor channelsLast(const at::Tensor& images);

// A model of the method, profile and memory size the metadata names, ready to
// score: MNAD, FFP's generator, or a generator with its Destroyer, in eval
// mode, on `device`.
struct LoadedModel {
    BundleMetadata metadata;
    Method method = Method::MnadPrediction;
    models::Mnad mnad{nullptr};      // MNAD methods
    models::UNet generator{nullptr}; // FFP; the Destroyer's frozen FFP generator
    models::F2lmGenerator f2lm{nullptr}; // F2LM; the Destroyer's frozen F2LM generator
    models::UNet destroyer{nullptr}; // Destroyer bundles
    models::GeneratorWithDestroyer withDestroyer{nullptr}; // Destroyer bundles: both networks
    c10::Device device{c10::kCPU};

    // The bundle's "model." network: MNAD, FFP's or F2LM's generator, or
    // withDestroyer.
    torch::nn::Module& module() const;
    // The frame-predicting network (FFP's or F2LM's generator; not MNAD).
    torch::nn::Module& generatorModule() const;
};

// The generator's prediction of the next frame from `inputs` [B, 12, S, S]
// (FFP's U-Net, or F2LM's generator without its cue encoders).
at::Tensor predictNextFrame(LoadedModel& model, const at::Tensor& inputs);

// A freshly initialised model for `metadata` (random weights: seed with
// torch::manual_seed first), in train mode. Throws BundleError (BadMetadata)
// for an unknown method, an impossible profile, a Destroyer without its
// DestroyerRecord, or F2LM without its F2lmRecord.
LoadedModel createModel(const BundleMetadata& metadata, c10::Device device);

// Reads, verifies and loads a bundle onto `device` (the preferred device by
// default), in eval mode. Throws BundleError.
LoadedModel loadModel(const std::string& path);
LoadedModel loadModel(const std::string& path, c10::Device device);

// Writes `model` with its metadata as a bundle (atomically).
void writeModelBundle(const std::string& path, const LoadedModel& model);

} // namespace anomalens::training
