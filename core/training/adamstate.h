#pragma once
// Adam's per-parameter state (step count, first and second moments) <->
// bundle tensors, so a checkpoint resumes with the optimiser exactly where it
// was. Stored as "<prefix><parameter name>.step|exp_avg|exp_avg_sq" by the
// module's own parameter names, never by LibTorch's internal keys (tensor
// addresses, which change between runs). Internal to core (torch).
#include "training/bundlefile.h"

#include <torch/nn/module.h>
#include <torch/optim/adam.h>
#include <torch/optim/adamw.h>

#include <string>
#include <vector>

namespace anomalens::training {

// `optimizer` must have been built over module.parameters(), in that order.
// AdamW (F2LM) keeps the same state and is stored the same way.
std::vector<StoredTensor> storeAdamState(const torch::optim::Adam& optimizer, const torch::nn::Module& module,
                                         const std::string& prefix);
std::vector<StoredTensor> storeAdamState(const torch::optim::AdamW& optimizer, const torch::nn::Module& module,
                                         const std::string& prefix);

// Restores what storeAdamState stored; parameters with no stored state (the
// optimiser had not stepped yet) keep none. Throws BundleError
// (MissingTensor, ShapeMismatch) for partial or mismatched state.
void restoreAdamState(torch::optim::Adam& optimizer, const torch::nn::Module& module,
                      const BundleContents& contents, const std::string& prefix);
void restoreAdamState(torch::optim::AdamW& optimizer, const torch::nn::Module& module,
                      const BundleContents& contents, const std::string& prefix);

} // namespace anomalens::training
