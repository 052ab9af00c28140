#pragma once
// One optimisation step of each method, with the published defaults
// (METHODS.md): MNAD (Adam 2e-4, cosine annealing, lambda_c / lambda_s per
// variant), FFP (Adam G 2e-4 / D 2e-5; intensity 1, gradient 1,
// adversarial 0.05; no optical-flow loss), F2LM's generator (gantrainer.cpp)
// and F2LM's Destroyer on a frozen generator (destroyertrainer.cpp). Internal to core (torch).
#include "training/frametensor.h"
#include "training/modelio.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace anomalens::training {

using StepLosses = std::map<std::string, double>;

class MethodTrainer {
public:
    virtual ~MethodTrainer() = default;

    // The method's optimiser, schedule, rates, loss weights and deviations
    // from the paper, for the bundle's metadata.
    virtual void describe(TrainingRecord& record) const = 0;

    // One step on `batch`, the 0-based `step` of `totalSteps` (the learning
    // rate schedule depends on both). Returns the losses by name; "loss" is
    // the one the model's weights minimise.
    virtual StepLosses step(const Batch& batch, std::int64_t step, std::int64_t totalSteps) = 0;

    // What a checkpoint needs beyond the model's own tensors (optimiser
    // state, FFP's discriminator), and its restoration.
    virtual std::vector<StoredTensor> trainingState() const = 0;
    virtual void restoreTrainingState(const BundleContents& contents) = 0;
};

// A trainer for `model` (created by createModel: the trainer keeps a
// reference, so `model` must outlive it). On the CPU, lays the model's weights
// out channels-last first (trainsChannelsLast).
std::unique_ptr<MethodTrainer> makeMethodTrainer(LoadedModel& model);

// The trainers themselves, with the model's memory layout left as it is.
std::unique_ptr<MethodTrainer> makeMnadTrainer(LoadedModel& model);
std::unique_ptr<MethodTrainer> makeFfpTrainer(LoadedModel& model);
// F2LM's generator (gantrainer.cpp, with FFP's): AdamW G 1e-4 / D 1e-5,
// weight decay 1e-4, the triplet losses added; batches need cues.
std::unique_ptr<MethodTrainer> makeF2lmTrainer(LoadedModel& model);
// The Destroyer on model.generator, which must already hold the frozen
// generator's weights (generatorbundle.h).
std::unique_ptr<MethodTrainer> makeDestroyerTrainer(LoadedModel& model);

} // namespace anomalens::training
