// The adversarial frame predictors' training step: FFP (Liu et al., CVPR
// 2018) and F2LM's generator (METHODS.md section 3), one code path. The
// generator minimises intensity + gradient + 0.05 * adversarial (LSGAN),
// F2LM's plus its two triplet losses; then the patch discriminator learns to
// tell real frames from the (detached) predictions.
//
// FFP: Adam, G 2e-4 / D 2e-5. The paper's optical-flow loss (weight 2) needs
// a pretrained FlowNet, which cannot be shipped: it is left out, and the
// metadata says so. F2LM: AdamW, G 1e-4 / D 1e-5, weight decay 1e-4; triplet
// (margin 0.2) in the motion and the label space with weight 1.
#include "training/adamstate.h"
#include "training/methodtrainer.h"

#include "models/discriminator.h"
#include "models/losses.h"

#include <ATen/ATen.h>

#include <stdexcept>

namespace anomalens::training {

namespace {

constexpr double kIntensityWeight = 1.0;
constexpr double kGradientWeight = 1.0;
constexpr double kAdversarialWeight = 0.05;
constexpr double kTripletWeight = 1.0; // F2LM
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

torch::optim::Adam makeOptimizer(torch::nn::Module& module, double rate, torch::optim::Adam*)
{
    return torch::optim::Adam(module.parameters(), torch::optim::AdamOptions(rate));
}

torch::optim::AdamW makeOptimizer(torch::nn::Module& module, double rate, torch::optim::AdamW*)
{
    constexpr double kWeightDecay = 1e-4; // F2LM, Ped2
    return torch::optim::AdamW(module.parameters(), torch::optim::AdamWOptions(rate).weight_decay(kWeightDecay));
}

// What the generator's loss adds beyond FFP's: F2LM's triplet terms.
struct GeneratorStep {
    at::Tensor prediction;
    at::Tensor tripletMotion; // undefined for FFP
    at::Tensor tripletLabel;
};

GeneratorStep runGenerator(LoadedModel& model, const Batch& batch)
{
    if (!model.f2lm)
        return {model.generator->forward(batch.inputs), {}, {}};
    if (!batch.motion.defined() || !batch.labels.defined())
        throw std::logic_error("F2LM training needs batches with motion and label cues");
    const models::F2lmOutputs out = model.f2lm->forward(batch.inputs, batch.motion, batch.labels);
    return {out.prediction, models::tripletLoss(out.motionFromFrame, out.motionFeatures, out.frameFeatures),
            models::tripletLoss(out.labelFromFrame, out.labelFeatures, out.frameFeatures)};
}

template <typename Optimizer> class GanTrainer : public MethodTrainer {
public:
    GanTrainer(LoadedModel& model, double generatorRate, double discriminatorRate)
        : m_model(model),
          m_generatorRate(generatorRate),
          m_discriminatorRate(discriminatorRate),
          m_discriminator(discriminatorOn(model.metadata.profile, model.device)),
          m_generatorOptimizer(makeOptimizer(model.generatorModule(), generatorRate, static_cast<Optimizer*>(nullptr))),
          m_discriminatorOptimizer(makeOptimizer(*m_discriminator, discriminatorRate, static_cast<Optimizer*>(nullptr)))
    {
    }

    void describe(TrainingRecord& record) const override
    {
        const bool f2lm = static_cast<bool>(m_model.f2lm);
        record.optimizer = f2lm ? "AdamW (beta1 0.9, beta2 0.999, eps 1e-8, weight decay 1e-4), generator and "
                                  "discriminator"
                                : "Adam (beta1 0.9, beta2 0.999, eps 1e-8), generator and discriminator";
        record.learningRateSchedule = "constant";
        record.learningRates = {{"generator", m_generatorRate}, {"discriminator", m_discriminatorRate}};
        record.lossWeights = {{"intensity", kIntensityWeight},
                              {"gradient", kGradientWeight},
                              {"adversarial", kAdversarialWeight}};
        if (f2lm) {
            record.lossWeights["triplet"] = kTripletWeight;
            record.notes = {"Triplet loss (margin 0.2) in the motion and the label space: anchor the frame "
                            "features translated into the space, positive the cue encoder's features, negative "
                            "the frame features; L2 distance over channels, hinged at each position, then "
                            "averaged.",
                            "The motion and label encoders stay frozen at their seeded random initialisation "
                            "(trained, they collapse to a constant that meets the triplet margin trivially).",
                            "Cues from core/cues (motion '" + m_model.metadata.f2lm->motionCue + "', label '" +
                                m_model.metadata.f2lm->labelCue +
                                "') instead of the paper's FlowNet2-SD and DeepLabv3, whose weights cannot be "
                                "shipped."};
        } else {
            record.lossWeights["opticalFlow"] = 0.0;
            record.notes = {"No optical-flow loss: the paper's (weight 2) needs a pretrained FlowNet, which "
                            "Anomalens cannot ship; the generator is trained with intensity, gradient and "
                            "adversarial losses only."};
        }
    }

    StepLosses step(const Batch& batch, std::int64_t, std::int64_t) override
    {
        m_model.generatorModule().train();
        m_discriminator->train();
        const GeneratorStep generated = runGenerator(m_model, batch);
        const at::Tensor& prediction = generated.prediction;
        const at::Tensor intensity = models::intensityLoss(prediction, batch.targets);
        const at::Tensor gradient = models::gradientLoss(prediction, batch.targets);
        const at::Tensor adversarial = models::lsganGeneratorLoss(m_discriminator->forward(prediction));
        at::Tensor generatorLoss =
            kIntensityWeight * intensity + kGradientWeight * gradient + kAdversarialWeight * adversarial;
        if (generated.tripletMotion.defined())
            generatorLoss = generatorLoss + kTripletWeight * (generated.tripletMotion + generated.tripletLabel);
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
        StepLosses losses{{"loss", generatorLoss.item<double>()},
                          {"intensity", intensity.item<double>()},
                          {"gradient", gradient.item<double>()},
                          {"adversarial", adversarial.item<double>()},
                          {"discriminator", discriminatorLoss.item<double>()}};
        if (generated.tripletMotion.defined()) {
            losses["tripletMotion"] = generated.tripletMotion.item<double>();
            losses["tripletLabel"] = generated.tripletLabel.item<double>();
        }
        return losses;
    }

    std::vector<StoredTensor> trainingState() const override
    {
        std::vector<StoredTensor> tensors = storeModule(*m_discriminator, kDiscriminatorPrefix);
        for (const std::vector<StoredTensor>& part :
             {storeAdamState(m_generatorOptimizer, m_model.generatorModule(), kGeneratorOptimizerPrefix),
              storeAdamState(m_discriminatorOptimizer, *m_discriminator, kDiscriminatorOptimizerPrefix)})
            tensors.insert(tensors.end(), part.begin(), part.end());
        return tensors;
    }

    void restoreTrainingState(const BundleContents& contents) override
    {
        loadModuleStrict(*m_discriminator, contents, kDiscriminatorPrefix);
        restoreAdamState(m_generatorOptimizer, m_model.generatorModule(), contents, kGeneratorOptimizerPrefix);
        restoreAdamState(m_discriminatorOptimizer, *m_discriminator, contents, kDiscriminatorOptimizerPrefix);
    }

private:
    LoadedModel& m_model;
    double m_generatorRate;
    double m_discriminatorRate;
    models::PatchDiscriminator m_discriminator;
    Optimizer m_generatorOptimizer;
    Optimizer m_discriminatorOptimizer;
};

} // namespace

std::unique_ptr<MethodTrainer> makeFfpTrainer(LoadedModel& model)
{
    return std::make_unique<GanTrainer<torch::optim::Adam>>(model, 2e-4, 2e-5);
}

std::unique_ptr<MethodTrainer> makeF2lmTrainer(LoadedModel& model)
{
    return std::make_unique<GanTrainer<torch::optim::AdamW>>(model, 1e-4, 1e-5);
}

} // namespace anomalens::training
