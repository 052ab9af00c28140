// FFP training step (Liu et al., CVPR 2018): the generator minimises
// intensity + gradient + 0.05 * adversarial (LSGAN); then the patch
// discriminator learns to tell real frames from the (detached) predictions.
// The paper's optical-flow loss (weight 2) needs a pretrained FlowNet, which
// cannot be shipped: it is left out, and the metadata says so.
#include "training/adamstate.h"
#include "training/methodtrainer.h"

#include "models/discriminator.h"
#include "models/losses.h"

#include <ATen/ATen.h>

namespace anomalens::training {

namespace {

constexpr double kGeneratorRate = 2e-4;
constexpr double kDiscriminatorRate = 2e-5;
constexpr double kIntensityWeight = 1.0;
constexpr double kGradientWeight = 1.0;
constexpr double kAdversarialWeight = 0.05;
constexpr char kDiscriminatorPrefix[] = "discriminator.";
constexpr char kGeneratorOptimizerPrefix[] = "optimizer.model.";
constexpr char kDiscriminatorOptimizerPrefix[] = "optimizer.discriminator.";

// Moved to the device before the optimiser takes its parameters.
models::PatchDiscriminator discriminatorOn(const models::ModelProfile& profile, c10::Device device)
{
    models::PatchDiscriminator discriminator(profile);
    discriminator->to(device);
    if (trainsChannelsLast(device))
        setWeightMemoryFormat(*discriminator, at::MemoryFormat::ChannelsLast);
    return discriminator;
}

class FfpTrainer : public MethodTrainer {
public:
    explicit FfpTrainer(LoadedModel& model)
        : m_model(model),
          m_discriminator(discriminatorOn(model.metadata.profile, model.device)),
          m_generatorOptimizer(model.generator->parameters(), torch::optim::AdamOptions(kGeneratorRate)),
          m_discriminatorOptimizer(m_discriminator->parameters(), torch::optim::AdamOptions(kDiscriminatorRate))
    {
    }

    void describe(TrainingRecord& record) const override
    {
        record.optimizer = "Adam (beta1 0.9, beta2 0.999, eps 1e-8), generator and discriminator";
        record.learningRateSchedule = "constant";
        record.learningRates = {{"generator", kGeneratorRate}, {"discriminator", kDiscriminatorRate}};
        record.lossWeights = {{"intensity", kIntensityWeight},
                              {"gradient", kGradientWeight},
                              {"adversarial", kAdversarialWeight},
                              {"opticalFlow", 0.0}};
        record.notes = {"No optical-flow loss: the paper's (weight 2) needs a pretrained FlowNet, which "
                        "Anomalens cannot ship; the generator is trained with intensity, gradient and "
                        "adversarial losses only."};
    }

    StepLosses step(const Batch& batch, std::int64_t, std::int64_t) override
    {
        m_model.generator->train();
        m_discriminator->train();
        const at::Tensor prediction = m_model.generator->forward(batch.inputs);
        const at::Tensor intensity = models::intensityLoss(prediction, batch.targets);
        const at::Tensor gradient = models::gradientLoss(prediction, batch.targets);
        const at::Tensor adversarial = models::lsganGeneratorLoss(m_discriminator->forward(prediction));
        const at::Tensor generatorLoss =
            kIntensityWeight * intensity + kGradientWeight * gradient + kAdversarialWeight * adversarial;
        m_generatorOptimizer.zero_grad();
        generatorLoss.backward();
        m_generatorOptimizer.step();

        // The generator's backward also left gradients in the discriminator:
        // zero_grad discards them before its own step.
        const at::Tensor discriminatorLoss = models::lsganDiscriminatorLoss(
            m_discriminator->forward(batch.targets), m_discriminator->forward(prediction.detach()));
        m_discriminatorOptimizer.zero_grad();
        discriminatorLoss.backward();
        m_discriminatorOptimizer.step();
        return {{"loss", generatorLoss.item<double>()},
                {"intensity", intensity.item<double>()},
                {"gradient", gradient.item<double>()},
                {"adversarial", adversarial.item<double>()},
                {"discriminator", discriminatorLoss.item<double>()}};
    }

    std::vector<StoredTensor> trainingState() const override
    {
        std::vector<StoredTensor> tensors = storeModule(*m_discriminator, kDiscriminatorPrefix);
        for (const std::vector<StoredTensor>& part :
             {storeAdamState(m_generatorOptimizer, *m_model.generator, kGeneratorOptimizerPrefix),
              storeAdamState(m_discriminatorOptimizer, *m_discriminator, kDiscriminatorOptimizerPrefix)})
            tensors.insert(tensors.end(), part.begin(), part.end());
        return tensors;
    }

    void restoreTrainingState(const BundleContents& contents) override
    {
        loadModuleStrict(*m_discriminator, contents, kDiscriminatorPrefix);
        restoreAdamState(m_generatorOptimizer, *m_model.generator, contents, kGeneratorOptimizerPrefix);
        restoreAdamState(m_discriminatorOptimizer, *m_discriminator, contents, kDiscriminatorOptimizerPrefix);
    }

private:
    LoadedModel& m_model;
    models::PatchDiscriminator m_discriminator;
    torch::optim::Adam m_generatorOptimizer;
    torch::optim::Adam m_discriminatorOptimizer;
};

} // namespace

std::unique_ptr<MethodTrainer> makeFfpTrainer(LoadedModel& model)
{
    return std::make_unique<FfpTrainer>(model);
}

} // namespace anomalens::training
