// The Destroyer's training step (F2LM phase 2, METHODS.md section 3): the
// frozen generator predicts the target frame (eval mode, no gradient) from
// the same clip window, a random 5-50 % of the prediction's patches are
// corrupted with channel dropout, each patch's difficulty diff_p is measured
// against the real frame with SSIM, and the Destroyer, given the noisy
// prediction, learns to paint difficult patches black and leave the others as
// the clean prediction (training/patchnoise.h).
//
// Optimiser: Adam, lr 2e-4 (beta 0.9/0.999), constant, with the run's batch
// (default 4). METHODS.md gives no separate recipe for the Destroyer; these
// are the settings of FFP's generator, the network the Destroyer copies, and
// of the FFP + Destroyer ablation this reproduces.
#include "training/adamstate.h"
#include "training/methodtrainer.h"
#include "training/patchnoise.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

namespace anomalens::training {

namespace {

constexpr double kLearningRate = 2e-4;
constexpr char kOptimizerPrefix[] = "optimizer.destroyer.";

class DestroyerTrainer : public MethodTrainer {
public:
    explicit DestroyerTrainer(LoadedModel& model)
        : m_model(model),
          m_optimizer(model.destroyer->parameters(), torch::optim::AdamOptions(kLearningRate))
    {
        m_noise.patchSize = models::destroyerPatchSize(model.metadata.profile.inputSize);
        m_lambda = model.metadata.destroyer ? model.metadata.destroyer->diffLambda : kDestroyerDiffLambda;
    }

    void describe(TrainingRecord& record) const override
    {
        record.optimizer = "Adam (beta1 0.9, beta2 0.999, eps 1e-8), Destroyer only (the generator is frozen)";
        record.learningRateSchedule = "constant";
        record.learningRates = {{"destroyer", kLearningRate}};
        record.lossWeights = {{"destroyer", 1.0}};
        const std::string patch = std::to_string(m_noise.patchSize);
        record.notes = {
            "Phase 2 of F2LM: the Destroyer (U-Net 3 -> 3) trained on the frozen generator's predictions; "
            "the generator's weights are the generator bundle's, unchanged.",
            "Patches of " + patch + " x " + patch + " px (an 8 x 8 grid, as the paper's 32 px at 256 px); " +
                "5-50 % of them corrupted with channel dropout, p ~ U[0.05, 0.5]; diff = min(4 (1 - SSIM), 1) "
                "with SSIM on [0, 1] images (11 x 11 Gaussian window, sigma 1.5).",
            "The loss is the paper's sum divided by the number of elements (a mean).",
            "METHODS.md gives no optimiser for the Destroyer: Adam 2e-4, constant, as FFP's generator."};
        if (m_model.metadata.destroyer && m_model.metadata.destroyer->generatorMethod == "ffp")
            record.notes.push_back("The FFP generator was trained without the optical-flow loss (see its bundle).");
    }

    StepLosses step(const Batch& batch, std::int64_t, std::int64_t) override
    {
        at::Tensor prediction;
        {
            torch::NoGradGuard noGrad;
            m_model.generatorModule().eval();
            prediction = predictNextFrame(m_model, batch.inputs).detach();
        }
        m_model.destroyer->train();
        const CorruptedPrediction corrupted = corruptPatches(prediction, m_noise);
        const at::Tensor difficulty = patchDifficulty(corrupted.noisy, batch.targets, m_noise.patchSize, m_lambda);
        at::Tensor noisy = corrupted.noisy;
        if (trainsChannelsLast(m_model.device))
            noisy = channelsLast(noisy);
        const at::Tensor destroyed = m_model.destroyer->forward(noisy);
        const at::Tensor loss = destroyerLoss(destroyed, prediction, difficulty, m_noise.patchSize);
        m_optimizer.zero_grad();
        loss.backward();
        m_optimizer.step();
        return {{"loss", loss.item<double>()},
                {"meanDiff", difficulty.mean().item<double>()},
                {"corruptedShare", corrupted.patchMask.to(at::kFloat).mean().item<double>()}};
    }

    std::vector<StoredTensor> trainingState() const override
    {
        return storeAdamState(m_optimizer, *m_model.destroyer, kOptimizerPrefix);
    }

    void restoreTrainingState(const BundleContents& contents) override
    {
        restoreAdamState(m_optimizer, *m_model.destroyer, contents, kOptimizerPrefix);
    }

private:
    LoadedModel& m_model;
    torch::optim::Adam m_optimizer;
    PatchNoiseOptions m_noise;
    double m_lambda = kDestroyerDiffLambda;
};

} // namespace

std::unique_ptr<MethodTrainer> makeDestroyerTrainer(LoadedModel& model)
{
    return std::make_unique<DestroyerTrainer>(model);
}

} // namespace anomalens::training
