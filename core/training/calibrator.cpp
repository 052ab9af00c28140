#include "training/calibrator.h"

#include "training/framesignals.h"
#include "training/frametensor.h"

#include "models/mnad.h"

#include <stdexcept>

namespace anomalens::training {

namespace {

// Frames per model call; MNAD runs them one by one anyway (framesignals.h).
constexpr std::size_t kScoringBatch = 8;

} // namespace

ScoreWeights scoreWeights(const LoadedModel& model)
{
    const BundleMetadata& metadata = model.metadata;
    ScoreWeights weights;
    if (model.mnad) {
        weights.psnr = models::mnadConstants(model.mnad->config().variant).scoreAlpha;
        weights.featureDistance = true;
    }
    if (metadata.destroyer) {
        weights.psnr = metadata.destroyer->generatorScoreWeight;
        weights.destroyer = metadata.destroyer->destroyerScoreWeight;
    }
    if (metadata.f2lm) {
        if (!metadata.destroyer)
            weights.psnr = metadata.f2lm->generatorScoreWeight;
        weights.labelTriplet = metadata.f2lm->labelTripletWeight;
        weights.motionTriplet = metadata.f2lm->motionTripletWeight;
    }
    return weights;
}

std::int64_t heldOutWindowCount(const ClipDataset& dataset)
{
    std::int64_t count = 0;
    for (std::size_t clip = 0; clip < dataset.clipCount(); ++clip)
        count += static_cast<std::int64_t>(dataset.heldOutWindows(clip).size());
    return count;
}

std::optional<Calibration> calibrateModel(LoadedModel& model, const ClipDataset& dataset,
                                          const std::string& source, const std::atomic<bool>* cancel,
                                          const std::function<void(std::int64_t done, std::int64_t total)>& progress)
{
    const std::int64_t total = heldOutWindowCount(dataset);
    if (total == 0)
        throw std::invalid_argument("No calibration frames: the held-out footage has no " +
                                    std::to_string(dataset.options().windowLength) + " consecutive frames");
    FrameScorer scorer(model);
    std::vector<FrameSignals> signals;
    bool cancelled = false;
    for (std::size_t clip = 0; clip < dataset.clipCount() && !cancelled; ++clip) {
        scorer.resetStream();
        const std::vector<ClipWindow> windows = dataset.heldOutWindows(clip);
        for (std::size_t first = 0; first < windows.size(); first += kScoringBatch) {
            if (cancel && cancel->load()) {
                cancelled = true;
                break;
            }
            const std::size_t end = std::min(first + kScoringBatch, windows.size());
            const std::vector<ClipWindow> part(windows.begin() + static_cast<std::ptrdiff_t>(first),
                                               windows.begin() + static_cast<std::ptrdiff_t>(end));
            const Batch batch = makeBatch(dataset, part, model.metadata.inputFrames, model.device);
            const ScoredFrames scored = scorer.score(batch);
            signals.insert(signals.end(), scored.signals.begin(), scored.signals.end());
            if (progress)
                progress(static_cast<std::int64_t>(signals.size()), total);
        }
    }
    scorer.resetStream();
    if (cancelled)
        return std::nullopt;
    Calibration calibration = calibrate(signals, scoreWeights(model));
    calibration.source = source;
    return calibration;
}

} // namespace anomalens::training
