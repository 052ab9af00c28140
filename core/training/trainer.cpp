#include "training/trainer.h"

#include "evidence/timestamp.h"
#include "models/device.h"
#include "models/torchdevice.h"
#include "training/calibrator.h"
#include "training/checkpoint.h"
#include "training/clipdataset.h"
#include "training/frametensor.h"
#include "training/generatorbundle.h"
#include "models/destroyer.h"

#include <torch/utils.h>
#include <torch/version.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

namespace anomalens::training {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kRecentLossSteps = 50; // averaged into the final losses
constexpr std::size_t kRateWindowSteps = 20; // steps/s is measured over these
constexpr std::int64_t kMnadMemoryItems = 10;

void validate(const TrainingOptions& options)
{
    if (options.data.empty())
        throw std::invalid_argument("No training footage given");
    if (options.outputPath.empty())
        throw std::invalid_argument("No output path given for the model");
    if (options.steps < 1 || options.batchSize < 1)
        throw std::invalid_argument("Steps and batch size must be at least 1");
    if (options.calibrationData.empty() && !(options.heldOutFraction > 0.0 && options.heldOutFraction < 1.0))
        throw std::invalid_argument("The held-out fraction must be between 0 and 1 (exclusive) when no "
                                    "calibration footage is named");
    if (options.profile.inputSize <= 0 || options.profile.inputSize % 8 != 0)
        throw std::invalid_argument("The profile's input size must be a positive multiple of 8");
    if (!needsGenerator(options.method) && !options.generatorPath.empty())
        throw std::invalid_argument("A generator model is only used to train a Destroyer (method destroyer), not " +
                                    methodName(options.method));
    const auto usable = [](double weight) { return std::isfinite(weight) && weight >= 0.0; };
    if (!usable(options.generatorScoreWeight) || !usable(options.destroyerScoreWeight) ||
        !usable(options.labelTripletWeight) || !usable(options.motionTripletWeight))
        throw std::invalid_argument("The score weights must be finite and non-negative");
    if (needsGenerator(options.method) && options.generatorScoreWeight + options.destroyerScoreWeight <= 0.0)
        throw std::invalid_argument("The score weights of the generator and the Destroyer must not both be 0");
    if (options.destroyerSteps < 0 || (options.destroyerSteps > 0 && !canCarryDestroyer(options.method)))
        throw std::invalid_argument("Only a frame-predicting generator (ffp, f2lm) can be followed by a "
                                    "Destroyer, not " + methodName(options.method));
    if (usesCues(options.method)) {
        cues::validate(options.cues);
        if (options.generatorScoreWeight + options.labelTripletWeight + options.motionTripletWeight <= 0.0)
            throw std::invalid_argument("F2LM's score weights must not all be 0");
    }
}

// The cues the model is trained with: F2LM's own, a Destroyer's generator's.
std::optional<cues::CueConfig> trainingCues(const TrainingOptions& options, const GeneratorSource* generator)
{
    if (usesCues(options.method))
        return options.cues;
    if (generator && generator->metadata.f2lm)
        return generator->metadata.f2lm->cueConfig();
    return std::nullopt;
}

std::optional<F2lmRecord> f2lmRecord(const TrainingOptions& options, const ClipDataset& dataset,
                                     const GeneratorSource* generator)
{
    std::optional<F2lmRecord> record;
    if (usesCues(options.method)) {
        record = f2lmRecordFor(options.cues, dataset.labelChannels());
    } else if (generator && generator->metadata.f2lm) {
        record = generator->metadata.f2lm;
        // The Destroyer must see the cues its generator was trained with.
        checkCueFiles(*record);
    } else {
        return record;
    }
    record->labelTripletWeight = options.labelTripletWeight;
    record->motionTripletWeight = options.motionTripletWeight;
    record->generatorScoreWeight = options.generatorScoreWeight;
    return record;
}

DestroyerRecord destroyerRecord(const TrainingOptions& options, const GeneratorSource& generator)
{
    DestroyerRecord record;
    record.generatorMethod = generator.metadata.method;
    record.generatorSha256 = generator.sha256;
    record.generatorPath = generator.path;
    record.generatorSteps = generator.metadata.training.stepsCompleted;
    record.patchSize = models::destroyerPatchSize(generator.metadata.profile.inputSize);
    record.generatorScoreWeight = options.generatorScoreWeight;
    record.destroyerScoreWeight = options.destroyerScoreWeight;
    return record;
}

BundleMetadata initialMetadata(const TrainingOptions& options, const ClipDataset& dataset,
                               const ClipDataset* calibrationSet, const GeneratorSource* generator)
{
    BundleMetadata metadata;
    metadata.method = methodName(options.method);
    metadata.profile = options.profile;
    metadata.inputFrames = inputFrameCount(options.method);
    metadata.memoryItems = isMnad(options.method) ? kMnadMemoryItems : 0;
    if (generator)
        metadata.destroyer = destroyerRecord(options, *generator);
    metadata.f2lm = f2lmRecord(options, dataset, generator);
    metadata.trainingFootage = dataset.footageRecords();
    if (calibrationSet)
        metadata.calibrationFootage = calibrationSet->footageRecords();
    metadata.training.steps = options.steps;
    metadata.training.batchSize = options.batchSize;
    metadata.training.seed = options.seed;
    metadata.training.heldOutFraction = calibrationSet ? 0.0 : options.heldOutFraction;
    metadata.anomalensVersion = ANOMALENS_TRAINING_APP_VERSION;
    metadata.libtorchVersion = TORCH_VERSION;
    metadata.device = models::describeDevice();
    return metadata;
}

// Resuming with other settings or other footage would silently train a
// different model than either run asked for.
void checkResumable(const BundleMetadata& saved, const BundleMetadata& wanted)
{
    const auto mismatch = [](const std::string& what, const std::string& saved, const std::string& wanted) {
        throw std::invalid_argument("Cannot resume: the checkpoint was trained with " + what + " " + saved +
                                    ", this run asks for " + wanted);
    };
    if (saved.method != wanted.method)
        mismatch("method", saved.method, wanted.method);
    if (saved.profile.name != wanted.profile.name || saved.profile.inputSize != wanted.profile.inputSize ||
        saved.profile.widths != wanted.profile.widths)
        mismatch("profile", saved.profile.name, wanted.profile.name);
    if (saved.training.batchSize != wanted.training.batchSize)
        mismatch("batch size", std::to_string(saved.training.batchSize), std::to_string(wanted.training.batchSize));
    if (saved.training.seed != wanted.training.seed)
        mismatch("seed", std::to_string(saved.training.seed), std::to_string(wanted.training.seed));
    if (saved.destroyer && wanted.destroyer && saved.destroyer->generatorSha256 != wanted.destroyer->generatorSha256)
        mismatch("the generator with SHA-256", saved.destroyer->generatorSha256,
                 "one with " + wanted.destroyer->generatorSha256);
    if (saved.f2lm && wanted.f2lm &&
        (saved.f2lm->motionCue != wanted.f2lm->motionCue || saved.f2lm->labelCue != wanted.f2lm->labelCue))
        mismatch("the cues", saved.f2lm->motionCue + " + " + saved.f2lm->labelCue,
                 wanted.f2lm->motionCue + " + " + wanted.f2lm->labelCue);
    if (saved.training.heldOutFraction != wanted.training.heldOutFraction)
        mismatch("held-out fraction", std::to_string(saved.training.heldOutFraction),
                 std::to_string(wanted.training.heldOutFraction));
    // Paths may change (footage moved); content may not.
    bool sameFootage = saved.trainingFootage.size() == wanted.trainingFootage.size();
    for (std::size_t i = 0; sameFootage && i < saved.trainingFootage.size(); ++i)
        sameFootage = saved.trainingFootage[i].sha256 == wanted.trainingFootage[i].sha256 &&
                      saved.trainingFootage[i].frameCount == wanted.trainingFootage[i].frameCount &&
                      saved.trainingFootage[i].firstFrame == wanted.trainingFootage[i].firstFrame;
    if (!sameFootage)
        throw std::invalid_argument("Cannot resume: the training footage differs from the checkpoint's (" +
                                    std::to_string(saved.trainingFootage.size()) + " clips then, " +
                                    std::to_string(wanted.trainingFootage.size()) +
                                    " now, compared by SHA-256)");
}

std::map<std::string, double> averageLosses(const std::vector<StepLosses>& steps)
{
    std::map<std::string, double> sums;
    for (const StepLosses& losses : steps)
        for (const auto& [name, value] : losses)
            sums[name] += value / static_cast<double>(steps.size());
    return sums;
}

// Steps per second over the last few steps (the first steps are slower, and
// other processes come and go).
class RateMeter {
public:
    void stepDone(Clock::time_point now)
    {
        m_times.push_back(now);
        if (m_times.size() > kRateWindowSteps + 1)
            m_times.pop_front();
    }
    double stepsPerSecond() const
    {
        if (m_times.size() < 2)
            return 0.0;
        const double seconds = std::chrono::duration<double>(m_times.back() - m_times.front()).count();
        return seconds > 0.0 ? static_cast<double>(m_times.size() - 1) / seconds : 0.0;
    }

private:
    std::deque<Clock::time_point> m_times;
};

// One call of trainModel(): read the footage, set the model up (fresh or from
// the checkpoint), train, calibrate, save. Each stage returns false when the
// cancel token stopped it.
class TrainingRun {
public:
    TrainingRun(const TrainingOptions& options, std::optional<GeneratorSource> generator)
        : m_options(options),
          m_generator(std::move(generator)),
          m_device(models::preferredDevice()),
          m_checkpointPath(checkpointPathFor(options.outputPath))
    {
    }

    TrainingResult run()
    {
        if (!readFootage()) {
            m_result.cancelled = true;
            if (m_options.resume)
                m_result.checkpointPath = m_checkpointPath; // untouched, still there to resume from
            return m_result;
        }
        prepareModel();
        if (!train() || !calibrateAndSave())
            return saveCheckpointAndStop();
        return m_result;
    }

private:
    bool cancelRequested() const { return m_options.cancel && m_options.cancel->load(); }

    void report(const TrainingProgress& progress) const
    {
        if (m_options.progress)
            m_options.progress(progress);
    }

    std::unique_ptr<ClipDataset> readClips(const std::vector<std::string>& paths, double heldOutFraction)
    {
        DatasetOptions options;
        options.frameSize = m_options.profile.inputSize;
        options.windowLength = windowLength(m_options.method);
        options.heldOutFraction = heldOutFraction;
        options.cues = trainingCues(m_options, m_generator ? &*m_generator : nullptr);
        options.cancel = m_options.cancel;
        options.progress = [this](std::size_t, std::size_t, const std::string&) {
            report({TrainingPhase::ReadingFootage, ++m_clipsRead, 0, {}, 0.0, 0.0});
        };
        return std::make_unique<ClipDataset>(paths, options);
    }

    bool readFootage()
    {
        try {
            const bool heldOut = m_options.calibrationData.empty();
            m_dataset = readClips(m_options.data, heldOut ? m_options.heldOutFraction : 0.0);
            if (!heldOut)
                m_calibrationSet = readClips(m_options.calibrationData, 1.0);
        } catch (const DatasetCancelled&) {
            return false;
        }
        if (heldOutWindowCount(calibrationFootage()) == 0)
            throw std::invalid_argument("No calibration frames: the held-out footage has no " +
                                        std::to_string(windowLength(m_options.method)) + " consecutive frames");
        return true;
    }

    const ClipDataset& calibrationFootage() const { return m_calibrationSet ? *m_calibrationSet : *m_dataset; }

    void prepareModel()
    {
        torch::manual_seed(m_options.seed);
        m_model = createModel(
            initialMetadata(m_options, *m_dataset, m_calibrationSet.get(), m_generator ? &*m_generator : nullptr),
            m_device);
        if (m_generator)
            loadFrozenGenerator(m_model, *m_generator);
        m_trainer = makeMethodTrainer(m_model);
        m_trainer->describe(m_model.metadata.training);
        if (!m_options.resume)
            return;
        if (!std::filesystem::exists(m_checkpointPath))
            throw std::invalid_argument("Nothing to resume: there is no checkpoint '" + m_checkpointPath + "'");
        const Checkpoint checkpoint = readCheckpoint(m_checkpointPath);
        checkResumable(checkpoint.metadata, m_model.metadata);
        if (checkpoint.state.step > m_options.steps)
            throw std::invalid_argument("Cannot resume: the checkpoint has done " +
                                        std::to_string(checkpoint.state.step) + " steps, more than the " +
                                        std::to_string(m_options.steps) + " asked for");
        restoreCheckpoint(checkpoint, m_model, *m_trainer);
        m_state = checkpoint.state;
    }

    // The batch of the current step: samples step * batchSize onwards.
    Batch nextBatch(WindowSampler& sampler) const
    {
        const std::vector<ClipWindow>& windows = m_dataset->trainingWindows();
        std::vector<ClipWindow> batchWindows;
        for (std::int64_t sample = 0; sample < m_options.batchSize; ++sample)
            batchWindows.push_back(
                windows[sampler.windowAt(static_cast<std::uint64_t>(m_state.step * m_options.batchSize + sample))]);
        Batch batch = makeBatch(*m_dataset, batchWindows, m_model.metadata.inputFrames, m_device);
        if (trainsChannelsLast(m_device))
            for (at::Tensor* images : {&batch.inputs, &batch.targets, &batch.motion, &batch.labels})
                if (images->defined())
                    *images = channelsLast(*images);
        return batch;
    }

    bool train()
    {
        WindowSampler sampler(m_dataset->trainingWindows().size(), m_options.seed);
        RateMeter rate;
        rate.stepDone(Clock::now());
        Clock::time_point lastCheckpoint = Clock::now();
        while (m_state.step < m_options.steps) {
            if (cancelRequested())
                return false;
            const Clock::time_point start = Clock::now();
            const StepLosses losses = m_trainer->step(nextBatch(sampler), m_state.step, m_options.steps);
            const Clock::time_point end = Clock::now();
            m_state.trainingSeconds += std::chrono::duration<double>(end - start).count();
            ++m_state.step;
            m_state.recentLosses.push_back(losses);
            if (m_state.recentLosses.size() > kRecentLossSteps)
                m_state.recentLosses.erase(m_state.recentLosses.begin());
            m_result.lossHistory.push_back(losses);
            rate.stepDone(end);
            const double stepsPerSecond = rate.stepsPerSecond();
            const double eta =
                stepsPerSecond > 0.0 ? static_cast<double>(m_options.steps - m_state.step) / stepsPerSecond : 0.0;
            report({TrainingPhase::Training, m_state.step, m_options.steps, losses, stepsPerSecond, eta});
            if (m_options.checkpointIntervalSeconds > 0.0 &&
                std::chrono::duration<double>(end - lastCheckpoint).count() >= m_options.checkpointIntervalSeconds) {
                saveCheckpoint();
                lastCheckpoint = Clock::now();
            }
        }
        return true;
    }

    bool calibrateAndSave()
    {
        char percent[32];
        std::snprintf(percent, sizeof percent, "%g", m_options.heldOutFraction * 100.0);
        const std::string source =
            m_calibrationSet ? "the named calibration footage"
                             : std::string("the last ") + percent +
                                   " % of the frames of each training clip (held out, never trained on)";
        // In the layout loadModel() gives, so the numbers are the analyzer's.
        setWeightMemoryFormat(m_model.module(), at::MemoryFormat::Contiguous);
        const std::optional<Calibration> calibration = calibrateModel(
            m_model, calibrationFootage(), source, m_options.cancel, [this](std::int64_t done, std::int64_t total) {
                report({TrainingPhase::Calibrating, done, total, {}, 0.0, 0.0});
            });
        if (!calibration)
            return false;

        BundleMetadata& metadata = m_model.metadata;
        metadata.calibration = calibration;
        metadata.defaultThreshold = calibration->threshold;
        metadata.training.stepsCompleted = m_state.step;
        metadata.training.finalLosses = averageLosses(m_state.recentLosses);
        metadata.training.durationSeconds = m_state.trainingSeconds;
        metadata.createdUtc = evidence::utcNowIso8601();
        writeModelBundle(m_options.outputPath, m_model);
        std::error_code ignored; // a stale checkpoint left behind is harmless
        std::filesystem::remove(m_checkpointPath, ignored);
        m_result.modelPath = m_options.outputPath;
        m_result.stepsCompleted = m_state.step;
        m_result.metadata = metadata;
        return true;
    }

    void saveCheckpoint()
    {
        m_model.metadata.training.stepsCompleted = m_state.step;
        m_model.metadata.training.durationSeconds = m_state.trainingSeconds;
        writeCheckpoint(m_checkpointPath, m_model, *m_trainer, m_state);
    }

    TrainingResult saveCheckpointAndStop()
    {
        saveCheckpoint();
        m_result.cancelled = true;
        m_result.checkpointPath = m_checkpointPath;
        m_result.stepsCompleted = m_state.step;
        m_result.metadata = m_model.metadata;
        return m_result;
    }

    const TrainingOptions& m_options;
    const std::optional<GeneratorSource> m_generator; // the Destroyer's
    const c10::Device m_device;
    const std::string m_checkpointPath;
    std::int64_t m_clipsRead = 0;
    std::unique_ptr<ClipDataset> m_dataset;
    std::unique_ptr<ClipDataset> m_calibrationSet;
    LoadedModel m_model;
    std::unique_ptr<MethodTrainer> m_trainer;
    CheckpointState m_state;
    TrainingResult m_result;
};

bool checkpointExists(const std::string& modelPath)
{
    std::error_code ec;
    return std::filesystem::exists(checkpointPathFor(modelPath), ec);
}

TrainingResult trainOnePhase(const TrainingOptions& options)
{
    if (!needsGenerator(options.method))
        return TrainingRun(options, std::nullopt).run();
    // Checked before the footage is read: a wrong --generator fails at once.
    GeneratorSource generator = inspectGeneratorBundle(options.generatorPath);
    TrainingOptions withProfile = options;
    withProfile.profile = generator.metadata.profile;
    return TrainingRun(withProfile, std::move(generator)).run();
}

// The generator, then its Destroyer, each phase a run of its own with its
// own checkpoint.
TrainingResult trainWithDestroyer(const TrainingOptions& options)
{
    const auto staged = [&options](int stage) {
        return [&options, stage](const TrainingProgress& progress) {
            TrainingProgress withStage = progress;
            withStage.stage = stage;
            withStage.stages = 2;
            if (options.progress)
                options.progress(withStage);
        };
    };
    TrainingOptions generator = options;
    generator.destroyerSteps = 0;
    generator.outputPath = generatorBundlePath(options.outputPath);
    generator.progress = staged(1);
    std::error_code ec;
    const bool generatorDone = options.resume && std::filesystem::exists(generator.outputPath, ec) &&
                               !checkpointExists(generator.outputPath);
    if (!generatorDone) {
        generator.resume = options.resume && checkpointExists(generator.outputPath);
        TrainingResult first = trainOnePhase(generator);
        if (first.cancelled)
            return first;
    }
    TrainingOptions destroyer = options;
    destroyer.method = Method::Destroyer;
    destroyer.destroyerSteps = 0;
    destroyer.generatorPath = generator.outputPath;
    destroyer.steps = options.destroyerSteps;
    destroyer.resume = options.resume && checkpointExists(options.outputPath);
    destroyer.progress = staged(2);
    TrainingResult second = trainOnePhase(destroyer);
    second.generatorModelPath = generator.outputPath;
    return second;
}

} // namespace

std::string generatorBundlePath(const std::string& outputPath)
{
    const std::filesystem::path path(outputPath);
    return (path.parent_path() / (path.stem().string() + ".generator" + path.extension().string())).string();
}

TrainingResult trainModel(const TrainingOptions& options)
{
    validate(options);
    return options.destroyerSteps > 0 ? trainWithDestroyer(options) : trainOnePhase(options);
}

} // namespace anomalens::training
