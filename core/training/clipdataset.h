#pragma once
// ClipDataset: the frames of some clips of footage, decoded once (resized to
// the model's square input, RGB24) and kept in memory as uint8 (a float copy
// would take 4x the memory; batches are converted when they are drawn).
// Torch-free.
//
// Each clip is split in two: the leading frames are for training, the last
// `heldOutFraction` of its frames are held out for calibration and never
// trained on (a training window lies entirely in the leading part).
//
// Invariants: a window is `windowLength` frames that are consecutive in the
// source, within ONE clip: it never spans two clips, nor a gap the decoder
// had to skip. Frame numbers here are positions in the decoded frames of the
// clip (0-based); sourceFrame() maps them back to the footage.
#include "cues/cues.h"
#include "training/bundle.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace anomalens::training {

// Raised when the cancel token stopped the decoding.
class DatasetCancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// `windowLength` consecutive frames of clip `clip` starting at `firstFrame`;
// the last one is the target.
struct ClipWindow {
    std::size_t clip = 0;
    std::int64_t firstFrame = 0;

    std::int64_t targetFrame(std::int64_t windowLength) const { return firstFrame + windowLength - 1; }
    bool operator==(const ClipWindow& other) const
    {
        return clip == other.clip && firstFrame == other.firstFrame;
    }
};

struct DatasetOptions {
    std::int64_t frameSize = 128;   // frames become frameSize x frameSize
    std::int64_t windowLength = 5;  // 5 for prediction (4 inputs + target), 1 for reconstruction
    // Part of each clip's frames, at its end, kept for calibration: 0 = train
    // on everything; 1 = a calibration-only dataset.
    double heldOutFraction = 0.1;
    // F2LM: the motion and label cues of every frame, computed once as each
    // clip is decoded (one causal cues::CueStream per clip, over every
    // decoded frame in order, as the analyzer computes them).
    std::optional<cues::CueConfig> cues;
    // Called after each clip is decoded.
    std::function<void(std::size_t clipsDone, std::size_t clipsTotal, const std::string& path)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

class ClipDataset {
public:
    // Finds (discoverFootage), hashes and decodes the footage under `paths`.
    // Throws std::invalid_argument (no footage, no training window although
    // training frames were asked for), media::MediaError,
    // evidence::EvidenceError, DatasetCancelled.
    ClipDataset(const std::vector<std::string>& paths, const DatasetOptions& options);

    const DatasetOptions& options() const { return m_options; }
    std::size_t clipCount() const { return m_clips.size(); }
    const FootageRecord& footage(std::size_t clip) const { return m_clips.at(clip).record; }
    std::vector<FootageRecord> footageRecords() const;

    // RGB24 pixels, frameSize * frameSize * 3 bytes (frameBytes()).
    const std::uint8_t* framePixels(std::size_t clip, std::int64_t frame) const;
    std::size_t frameBytes() const;
    std::int64_t sourceFrame(std::size_t clip, std::int64_t frame) const;

    // With cues: the frame's motion (cues::kMotionChannels planes, the flow
    // from the previous decoded frame) and label cue (labelChannels() planes),
    // frameSize x frameSize floats each. Without cues, labelChannels() is 0
    // and the accessors throw std::logic_error.
    std::int64_t labelChannels() const { return m_labelChannels; }
    const float* motionCue(std::size_t clip, std::int64_t frame) const;
    const float* labelCue(std::size_t clip, std::int64_t frame) const;

    // Every window that lies in the training part of a clip, clip by clip.
    const std::vector<ClipWindow>& trainingWindows() const { return m_trainingWindows; }
    // The windows of one clip whose target lies in its held-out part, in
    // stream order: what calibration scores.
    std::vector<ClipWindow> heldOutWindows(std::size_t clip) const;

private:
    struct Clip {
        FootageRecord record;
        std::vector<std::int64_t> sourceFrames;
        std::vector<std::uint8_t> pixels;
        std::vector<float> motion; // per frame, cues::kMotionChannels * S * S
        std::vector<float> labels; // per frame, labelChannels * S * S
    };
    void decode(Clip& clip) const;
    void computeCues(Clip& clip, cues::CueStream& stream) const;
    void checkFrame(const Clip& clip, std::size_t clipIndex, std::int64_t frame) const;
    bool isConsecutive(const Clip& clip, std::int64_t firstFrame) const;

    DatasetOptions m_options;
    std::vector<Clip> m_clips;
    std::vector<ClipWindow> m_trainingWindows;
    std::int64_t m_labelChannels = 0;
};

// Draws training windows: the n-th sample of a run is a pure function of
// (seed, n), so a resumed run draws exactly what the uninterrupted run would
// have. Epoch e = n / windowCount visits every window once, in an order
// shuffled per (seed, e) (Fisher-Yates with a SplitMix64 stream: the same on
// every platform, unlike <random>'s distributions).
class WindowSampler {
public:
    WindowSampler(std::size_t windowCount, std::uint64_t seed);
    std::size_t windowAt(std::uint64_t sampleNumber);

private:
    std::size_t m_windowCount;
    std::uint64_t m_seed;
    std::uint64_t m_epoch = ~std::uint64_t{0};
    std::vector<std::size_t> m_order;
};

} // namespace anomalens::training
