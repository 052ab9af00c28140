#include "analysis/analyzer.h"

#include "analysis/decodeahead.h"
#include "cues/cues.h"
#include "models/destroyer.h"
#include "models/device.h"
#include "training/framesignals.h"
#include "training/frametensor.h"
#include "training/modelio.h"

#include <ATen/ATen.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>
#include <c10/core/InferenceMode.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <stdexcept>

namespace anomalens::analysis {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The resume state: MNAD's memory items as "ALMEM1" + u32 rows + u32 columns
// + rows * columns float32, little-endian (the case DB stores these bytes).
constexpr char kStateMagic[] = "ALMEM1";
constexpr std::size_t kStateMagicSize = sizeof(kStateMagic) - 1;

std::vector<std::uint8_t> encodeMemory(const at::Tensor& items)
{
    if (!items.defined())
        return {};
    const at::Tensor values = items.to(at::kFloat).contiguous();
    const std::uint32_t shape[2] = {static_cast<std::uint32_t>(values.size(0)),
                                    static_cast<std::uint32_t>(values.size(1))};
    std::vector<std::uint8_t> bytes(kStateMagicSize + sizeof(shape) + values.numel() * sizeof(float));
    std::memcpy(bytes.data(), kStateMagic, kStateMagicSize);
    std::memcpy(bytes.data() + kStateMagicSize, shape, sizeof(shape));
    std::memcpy(bytes.data() + kStateMagicSize + sizeof(shape), values.data_ptr<float>(),
                values.numel() * sizeof(float));
    return bytes;
}

at::Tensor decodeMemory(const std::vector<std::uint8_t>& bytes)
{
    std::uint32_t shape[2] = {0, 0};
    const std::size_t header = kStateMagicSize + sizeof(shape);
    if (bytes.size() < header || std::memcmp(bytes.data(), kStateMagic, kStateMagicSize) != 0)
        throw std::invalid_argument("The resume state is not a memory state of this version of Anomalens");
    std::memcpy(shape, bytes.data() + kStateMagicSize, sizeof(shape));
    const std::size_t values = static_cast<std::size_t>(shape[0]) * shape[1];
    if (bytes.size() != header + values * sizeof(float))
        throw std::invalid_argument("The resume state is truncated or damaged");
    at::Tensor items = at::empty({shape[0], shape[1]}, at::kFloat);
    std::memcpy(items.data_ptr<float>(), bytes.data() + header, values * sizeof(float));
    return items;
}

// Autocast's switches: one API per device type since LibTorch 2.4, which
// deprecates 1.13's per-device functions (they print a warning per call).
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
bool autocastEnabled(c10::DeviceType type) { return at::autocast::is_autocast_enabled(type); }
void setAutocastEnabled(c10::DeviceType type, bool on) { at::autocast::set_autocast_enabled(type, on); }
at::ScalarType autocastType(c10::DeviceType type) { return at::autocast::get_autocast_dtype(type); }
void setAutocastType(c10::DeviceType type, at::ScalarType t) { at::autocast::set_autocast_dtype(type, t); }
#else
bool autocastEnabled(c10::DeviceType type)
{
    return type == c10::kCUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
}
void setAutocastEnabled(c10::DeviceType type, bool on)
{
    type == c10::kCUDA ? at::autocast::set_enabled(on) : at::autocast::set_cpu_enabled(on);
}
at::ScalarType autocastType(c10::DeviceType type)
{
    return type == c10::kCUDA ? at::autocast::get_autocast_gpu_dtype() : at::autocast::get_autocast_cpu_dtype();
}
void setAutocastType(c10::DeviceType type, at::ScalarType t)
{
    type == c10::kCUDA ? at::autocast::set_autocast_gpu_dtype(t) : at::autocast::set_autocast_cpu_dtype(t);
}
#endif

// Autocast to bfloat16 on the model's device (CPU or CUDA) for the scope,
// restored after (autocast state is per thread).
class AutocastScope {
public:
    AutocastScope(bool enable, c10::DeviceType device)
        : m_enable(enable)
        , m_device(device)
        , m_wasEnabled(autocastEnabled(device))
        , m_previousType(autocastType(device))
    {
        if (!m_enable)
            return;
        setAutocastType(m_device, at::kBFloat16);
        setAutocastEnabled(m_device, true);
    }
    ~AutocastScope()
    {
        if (!m_enable)
            return;
        setAutocastEnabled(m_device, m_wasEnabled);
        setAutocastType(m_device, m_previousType);
        at::autocast::clear_cache();
    }
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool m_enable;
    c10::DeviceType m_device;
    bool m_wasEnabled;
    at::ScalarType m_previousType;
};

// Error maps [B, S, S] averaged onto [B, cells, cells], on the CPU in float32
// (one pooling call for the batch; adaptive pooling, so any input size fits).
at::Tensor pooledHeatMaps(const at::Tensor& errorMaps, int cells)
{
    return at::adaptive_avg_pool2d(errorMaps.to(at::kFloat).unsqueeze(1), {cells, cells})
        .squeeze(1)
        .to(at::kCPU)
        .contiguous();
}

constexpr int kMaxHeatMapCells = 1024;

} // namespace

const char* toString(Precision precision)
{
    return precision == Precision::BFloat16 ? "bf16" : "fp32";
}

Precision precisionFromString(const std::string& text)
{
    if (text == "fp32")
        return Precision::Float32;
    if (text == "bf16")
        return Precision::BFloat16;
    throw std::invalid_argument("Unknown precision '" + text + "' (choose fp32 or bf16)");
}

struct Analyzer::Impl {
    AnalyzerOptions options;
    training::LoadedModel model;
    std::unique_ptr<training::FrameScorer> scorer;
    bool channelsLast = false;

    // F2LM: the motion and label cues of every decoded frame, computed once
    // and reused by the windows that hold the frame.
    std::optional<cues::CueStream> cueStream;

    // Frames waiting for the model: inputs [3 * inputFrames, S, S], target [3,
    // S, S]; F2LM: motion [6, S, S], labels [4 L, S, S].
    std::vector<at::Tensor> inputs, targets, motion, labels;
    std::vector<std::int64_t> frameIndices;

    void clearPending()
    {
        for (std::vector<at::Tensor>* pending : {&inputs, &targets, &motion, &labels})
            pending->clear();
        frameIndices.clear();
    }

    void flush(StreamSummary& summary, const BatchCallback& onBatch);
};

Analyzer::Analyzer(const std::string& modelPath, const AnalyzerOptions& options)
    : m_impl(std::make_unique<Impl>())
{
    if (options.batchFrames < 1 || options.decodeAheadFrames < 1)
        throw std::invalid_argument("The analyzer needs a batch and a decode-ahead queue of at least one frame");
    if (options.heatMapCells < 0 || options.heatMapCells > kMaxHeatMapCells)
        throw std::invalid_argument("The heat map grid must be 0 (no maps) to " + std::to_string(kMaxHeatMapCells) +
                                    " cells a side");
    models::configureTorchRuntime();
    m_impl->options = options;
    m_impl->model = training::loadModel(modelPath);
    m_impl->channelsLast = options.channelsLast && m_impl->model.device.is_cpu();
    if (m_impl->channelsLast)
        training::setWeightMemoryFormat(m_impl->model.module(), at::MemoryFormat::ChannelsLast);
    m_impl->scorer = std::make_unique<training::FrameScorer>(m_impl->model);
    if (const std::optional<training::F2lmRecord>& f2lm = m_impl->model.metadata.f2lm) {
        training::checkCueFiles(*f2lm);
        m_impl->cueStream.emplace(f2lm->cueConfig(), m_impl->model.metadata.profile.inputSize);
        if (m_impl->cueStream->labelChannels() != f2lm->labelChannels)
            throw std::invalid_argument("The model was trained with " + std::to_string(f2lm->labelChannels) +
                                        " label channels; its label cue now gives " +
                                        std::to_string(m_impl->cueStream->labelChannels()));
    }
}

Analyzer::~Analyzer() = default;

const training::BundleMetadata& Analyzer::metadata() const
{
    return m_impl->model.metadata;
}

const AnalyzerOptions& Analyzer::options() const
{
    return m_impl->options;
}

std::string Analyzer::deviceDescription() const
{
    return m_impl->model.device.is_cpu() ? models::describeDevice() : m_impl->model.device.str();
}

void Analyzer::Impl::flush(StreamSummary& summary, const BatchCallback& onBatch)
{
    if (frameIndices.empty())
        return;
    Clock::time_point start = Clock::now();
    at::Tensor in = at::stack(inputs);
    at::Tensor gt = at::stack(targets);
    at::Tensor motionCues = motion.empty() ? at::Tensor() : at::stack(motion);
    at::Tensor labelCues = labels.empty() ? at::Tensor() : at::stack(labels);
    if (channelsLast)
        for (at::Tensor* images : {&in, &motionCues, &labelCues})
            if (images->defined())
                *images = training::channelsLast(*images);
    summary.stages.preprocess += secondsSince(start);

    training::ScoredFrames scored;
    {
        AutocastScope autocast(options.precision == Precision::BFloat16, model.device.type());
        scored = scorer->score(in, gt, motionCues, labelCues);
    }
    summary.stages.model += scored.modelSeconds;
    summary.stages.scoring += scored.scoringSeconds;

    start = Clock::now();
    const int cells = options.heatMapCells;
    at::Tensor heatMaps;
    if (cells > 0) {
        c10::InferenceMode inferenceMode;
        // A Destroyer shows where it blackened the prediction (F2LM's heat map).
        heatMaps = scored.destroyed.defined()
                       ? models::destructionMaps(scored.predictions, scored.destroyed, cells).to(at::kCPU).contiguous()
                       : pooledHeatMaps(scored.errorMaps, cells);
    }
    const std::size_t cellsPerMap = static_cast<std::size_t>(cells) * static_cast<std::size_t>(cells);
    const std::optional<training::Calibration>& calibration = model.metadata.calibration;
    std::vector<AnalyzedFrame> frames(frameIndices.size());
    for (std::size_t i = 0; i < frames.size(); ++i) {
        frames[i].frameIndex = frameIndices[i];
        frames[i].signals = scored.signals[i];
        frames[i].memoryUpdated = i < scored.memoryUpdated.size() && scored.memoryUpdated[i];
        if (calibration)
            frames[i].score = training::calibratedScore(frames[i].signals, *calibration);
        if (heatMaps.defined()) {
            const float* values = heatMaps.data_ptr<float>() + i * cellsPerMap;
            frames[i].heatMap.assign(values, values + cellsPerMap);
            frames[i].heatMapWidth = cells;
            frames[i].heatMapHeight = cells;
        }
    }
    const ResumePoint after{frameIndices.back() + 1, encodeMemory(scorer->memory())};
    summary.stages.scoring += secondsSince(start);
    summary.framesScored += static_cast<std::int64_t>(frames.size());
    clearPending();
    if (onBatch)
        onBatch(frames, after);
}

StreamSummary Analyzer::analyze(const std::string& videoPath, const BatchCallback& onBatch, const ResumePoint& from,
                                const std::atomic<bool>* cancel)
{
    const Clock::time_point started = Clock::now();
    Impl& d = *m_impl;
    const training::Method method = d.model.method;
    const std::int64_t windowLength = training::windowLength(method);
    const std::int64_t inputFrames = training::inputFrameCount(method);
    const std::int64_t size = d.model.metadata.profile.inputSize;
    if (from.nextFrame < 0)
        throw std::invalid_argument("A stream cannot resume before frame 0");

    media::VideoSource source(videoPath);
    source.setOutput(media::OutputSpec{static_cast<int>(size), static_cast<int>(size), media::PixelFormat::Rgb24});
    d.scorer->resetStream();
    if (!from.state.empty())
        d.scorer->setMemory(decodeMemory(from.state));

    StreamSummary summary;
    // The frames before nextFrame that its window needs are decoded again;
    // with cues, every frame from the start, since the label cue's background
    // model depends on all of them.
    if (d.cueStream)
        d.cueStream->reset();
    const std::int64_t firstToDecode =
        d.cueStream ? 0 : std::max<std::int64_t>(0, from.nextFrame - (windowLength - 1));
    if (firstToDecode >= source.info().frameCount) {
        summary.wallSeconds = secondsSince(started);
        return summary;
    }
    if (firstToDecode > 0)
        source.seek(firstToDecode);

    d.clearPending();
    DecodeAhead ahead(std::move(source), d.options.decodeAheadFrames);
    // The last `windowLength` consecutive frames.
    struct WindowFrame {
        std::int64_t index = 0;
        at::Tensor image;  // [3, S, S]
        at::Tensor motion; // F2LM: [2, S, S], the flow from the previous decoded frame
        at::Tensor label;  // F2LM: [L, S, S]
    };
    std::deque<WindowFrame> window;
    media::Frame frame;
    while (ahead.pop(frame)) {
        ++summary.framesDecoded;
        const Clock::time_point start = Clock::now();
        if (!window.empty() && window.back().index + 1 != frame.frameIndex)
            window.clear(); // a decode gap: no prediction across it
        WindowFrame current{frame.frameIndex, training::framesToTensor({frame.data.data()}, size), {}, {}};
        if (d.cueStream) {
            // Every decoded frame, in order, as the training dataset does.
            const Clock::time_point cueStart = Clock::now();
            const cues::FrameCues frameCues = d.cueStream->push(frame.data.data());
            const double cueSeconds = secondsSince(cueStart);
            summary.stages.cues += cueSeconds;
            summary.stages.preprocess -= cueSeconds; // counted once, under cues
            current.motion = training::cuesToTensor({frameCues.motion.data()}, cues::kMotionChannels, size);
            current.label = training::cuesToTensor({frameCues.label.data()}, d.cueStream->labelChannels(), size);
        }
        window.push_back(std::move(current));
        if (static_cast<std::int64_t>(window.size()) > windowLength)
            window.pop_front();
        const bool complete = static_cast<std::int64_t>(window.size()) == windowLength;
        if (complete && frame.frameIndex >= from.nextFrame) {
            std::vector<at::Tensor> history, flows, labelMaps;
            for (std::int64_t i = 0; i < inputFrames; ++i) {
                const WindowFrame& input = window[static_cast<std::size_t>(i)];
                history.push_back(input.image);
                if (d.cueStream) {
                    if (i > 0) // the flows between the input frames
                        flows.push_back(input.motion);
                    labelMaps.push_back(input.label);
                }
            }
            d.inputs.push_back(history.size() == 1 ? history.front() : at::cat(history));
            d.targets.push_back(window.back().image);
            if (d.cueStream) {
                d.motion.push_back(at::cat(flows));
                d.labels.push_back(at::cat(labelMaps));
            }
            d.frameIndices.push_back(frame.frameIndex);
        }
        summary.stages.preprocess += secondsSince(start);
        if (static_cast<std::int64_t>(d.frameIndices.size()) >= d.options.batchFrames) {
            d.flush(summary, onBatch);
            if (cancel && cancel->load()) {
                summary.cancelled = true;
                break;
            }
        }
    }
    if (!summary.cancelled)
        d.flush(summary, onBatch);
    d.clearPending();
    summary.stages.decode = ahead.decodeSeconds();
    summary.decodeGaps = ahead.decodeGaps();
    summary.wallSeconds = secondsSince(started);
    return summary;
}

} // namespace anomalens::analysis
