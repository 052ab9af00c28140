// MNAD training step (Park et al., CVPR 2020): L = MSE(pred, gt) + lambda_c *
// compactness + lambda_s * separateness; the memory is updated inside the
// forward pass (models/mnad.h).
#include "training/adamstate.h"
#include "training/methodtrainer.h"

#include <ATen/ATen.h>

#include <cmath>

namespace anomalens::training {

namespace {

constexpr double kLearningRate = 2e-4;
constexpr char kOptimizerPrefix[] = "optimizer.model.";

class MnadTrainer : public MethodTrainer {
public:
    explicit MnadTrainer(LoadedModel& model)
        : m_model(model),
          m_constants(models::mnadConstants(model.mnad->config().variant)),
          m_optimizer(model.mnad->parameters(), torch::optim::AdamOptions(kLearningRate))
    {
    }

    void describe(TrainingRecord& record) const override
    {
        record.optimizer = "Adam (beta1 0.9, beta2 0.999, eps 1e-8)";
        record.learningRateSchedule = "cosine annealing from the initial rate to 0 over the planned steps";
        record.learningRates = {{"model", kLearningRate}};
        record.lossWeights = {{"prediction", 1.0},
                              {"compactness", m_constants.lambdaCompact},
                              {"separateness", m_constants.lambdaSeparate}};
        record.notes = {"The learning rate is annealed per step over the planned steps (the reference "
                        "anneals per epoch over 60 epochs)."};
    }

    StepLosses step(const Batch& batch, std::int64_t step, std::int64_t totalSteps) override
    {
        // Cosine annealing (CosineAnnealingLR with eta_min = 0), per step.
        const double progress =
            static_cast<double>(step) / static_cast<double>(std::max<std::int64_t>(totalSteps, 1));
        const double rate = kLearningRate * 0.5 * (1.0 + std::cos(M_PI * progress));
        for (auto& group : m_optimizer.param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(rate);

        m_model.mnad->train();
        const models::MnadTrainingOutput output = m_model.mnad->forwardTraining(batch.inputs);
        const at::Tensor prediction = at::mse_loss(output.prediction, batch.targets);
        const at::Tensor loss = prediction + m_constants.lambdaCompact * output.compactnessLoss +
                                m_constants.lambdaSeparate * output.separatenessLoss;
        m_optimizer.zero_grad();
        loss.backward();
        m_optimizer.step();
        return {{"loss", loss.item<double>()},
                {"prediction", prediction.item<double>()},
                {"compactness", output.compactnessLoss.item<double>()},
                {"separateness", output.separatenessLoss.item<double>()}};
    }

    std::vector<StoredTensor> trainingState() const override
    {
        return storeAdamState(m_optimizer, *m_model.mnad, kOptimizerPrefix);
    }

    void restoreTrainingState(const BundleContents& contents) override
    {
        restoreAdamState(m_optimizer, *m_model.mnad, contents, kOptimizerPrefix);
    }

private:
    LoadedModel& m_model;
    models::MnadConstants m_constants;
    torch::optim::Adam m_optimizer;
};

} // namespace

std::unique_ptr<MethodTrainer> makeMnadTrainer(LoadedModel& model)
{
    return std::make_unique<MnadTrainer>(model);
}

} // namespace anomalens::training
