#include "training/framesignals.h"

#include "models/losses.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <chrono>
#include <limits>
#include <stdexcept>

namespace anomalens::training {

namespace {

std::vector<double> toDoubles(const at::Tensor& values)
{
    const at::Tensor cpu = values.detach().to(at::kCPU, at::kDouble).contiguous();
    return std::vector<double>(cpu.data_ptr<double>(), cpu.data_ptr<double>() + cpu.numel());
}

// Seconds since construction or the previous lap().
class Stopwatch {
public:
    double lap()
    {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        return seconds;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

at::Tensor errorMaps(const at::Tensor& predictions, const at::Tensor& targets)
{
    // On [0, 1]: ((p + 1) / 2 - (g + 1) / 2)^2 = ((p - g) / 2)^2.
    return (predictions - targets).mul(0.5).pow(2).mean(/*dim=*/1);
}

} // namespace

FrameScorer::FrameScorer(LoadedModel& model)
    : m_model(model)
{
    m_model.module().eval();
    if (m_model.mnad)
        m_trainedItems = m_model.mnad->memory->items().clone();
}

void FrameScorer::resetStream()
{
    if (m_model.mnad)
        m_model.mnad->memory->setItems(m_trainedItems);
}

at::Tensor FrameScorer::memory() const
{
    return m_model.mnad ? m_model.mnad->memory->items().detach().to(at::kCPU, at::kFloat).clone() : at::Tensor();
}

void FrameScorer::setMemory(const at::Tensor& items)
{
    if (!m_model.mnad || !items.defined() || items.sizes() != m_trainedItems.sizes())
        throw std::invalid_argument("The memory state does not fit this model (" +
                                    std::to_string(m_trainedItems.defined() ? m_trainedItems.size(0) : 0) +
                                    " items expected)");
    m_model.mnad->memory->setItems(items.to(m_trainedItems.device(), m_trainedItems.scalar_type()));
}

ScoredFrames FrameScorer::score(const at::Tensor& inputs, const at::Tensor& targets, const at::Tensor& motion,
                                const at::Tensor& labels)
{
    const std::int64_t channels = 3 * inputFrameCount(m_model.method);
    const std::int64_t size = m_model.metadata.profile.inputSize;
    if (inputs.dim() != 4 || inputs.size(1) != channels || inputs.size(2) != size || inputs.size(3) != size ||
        targets.dim() != 4 || targets.size(0) != inputs.size(0) || targets.size(1) != 3 ||
        targets.size(2) != size || targets.size(3) != size)
        throw std::invalid_argument("FrameScorer: expected inputs [B, " + std::to_string(channels) + ", " +
                                    std::to_string(size) + ", " + std::to_string(size) +
                                    "] and targets [B, 3, " + std::to_string(size) + ", " + std::to_string(size) +
                                    "]");
    c10::InferenceMode inferenceMode;
    const at::Tensor in = inputs.to(m_model.device);
    const at::Tensor gt = targets.to(m_model.device).to(at::kFloat);
    ScoredFrames scored;
    Stopwatch stopwatch;
    at::Tensor featureDistance, labelTriplet, motionTriplet;
    if (m_model.f2lm && !(motion.defined() && labels.defined()))
        throw std::invalid_argument("FrameScorer: an F2LM model needs the frames' motion and label cues");
    if (m_model.mnad) {
        const models::MnadStreamOutput stream = m_model.mnad->forwardStream(in, gt);
        scored.predictions = stream.frames.prediction;
        featureDistance = stream.frames.featureDistance.to(at::kFloat);
        scored.queryDistanceMaps = stream.frames.queryDistance.to(at::kFloat);
        const at::Tensor updated = stream.gate.updated.cpu();
        for (std::int64_t frame = 0; frame < updated.size(0); ++frame)
            scored.memoryUpdated.push_back(updated[frame].item<bool>());
        scored.modelSeconds += stopwatch.lap();
    } else {
        at::Tensor prediction;
        if (m_model.f2lm) {
            const models::F2lmOutputs out =
                m_model.f2lm->forward(in, motion.to(m_model.device), labels.to(m_model.device));
            prediction = out.prediction;
            labelTriplet = models::featureDistance(out.labelFromFrame, out.labelFeatures);
            motionTriplet = models::featureDistance(out.motionFromFrame, out.motionFeatures);
        } else {
            prediction = m_model.generator->forward(in);
        }
        // The Destroyer sees the prediction as the generator gave it (its
        // dtype under autocast, its memory format).
        if (m_model.destroyer)
            scored.destroyed = m_model.destroyer->forward(prediction).to(at::kFloat);
        scored.predictions = prediction.to(at::kFloat);
        scored.modelSeconds += stopwatch.lap();
    }
    scored.errorMaps = errorMaps(scored.predictions, gt);
    const std::vector<double> psnr = toDoubles(models::psnrPerFrame(scored.predictions, gt));
    constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> distance =
        featureDistance.defined() ? toDoubles(featureDistance) : std::vector<double>(psnr.size(), kNoValue);
    const std::vector<double> destroyerMse = scored.destroyed.defined()
                                                 ? toDoubles(models::mseOnUnitRange(scored.destroyed, gt))
                                                 : std::vector<double>(psnr.size(), kNoValue);
    const auto valuesOf = [&psnr, kNoValue](const at::Tensor& values) {
        return values.defined() ? toDoubles(values) : std::vector<double>(psnr.size(), kNoValue);
    };
    const std::vector<double> labelTriplets = valuesOf(labelTriplet);
    const std::vector<double> motionTriplets = valuesOf(motionTriplet);
    for (std::size_t i = 0; i < psnr.size(); ++i)
        scored.signals.push_back({psnr[i], distance[i], destroyerMse[i], labelTriplets[i], motionTriplets[i]});
    scored.scoringSeconds += stopwatch.lap();
    return scored;
}

} // namespace anomalens::training
