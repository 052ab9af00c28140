#pragma once
// Analyzer: a trained model bundle applied to footage, frame by frame, as the
// frames stream in: decode (on its own thread, DecodeAhead) -> model input
// tensors -> model -> per-frame signals (PSNR, MNAD's feature distance and
// memory-gate decision, training/framesignals.h) and a heat map of where the
// frame is abnormal -> calibrated score (training/calibration.h). Torch-free
// header (pimpl): the GUI runs it on a worker thread.
//
// Invariants:
// - A frame's signals depend only on the footage before it (MNAD's memory is
//   carried frame to frame from the model's trained items at the start of
//   each video), never on the rest of the video or on what was analysed
//   before, and on the batch size only through float rounding (the encoder
//   runs on whole batches); the calibrated score is a function of the frame's
//   signals alone.
// - A prediction model scores frame n from frames n-4..n-1; frames without
//   such a history (the first four, and the four after a decode gap) get no
//   score and are not reported.
// - After each batch, onBatch receives the frames and a ResumePoint; analysing
//   from that point gives exactly the frames the uninterrupted stream would
//   have given after it (bit-identical on the same build and thread count).
#include "media/videosource.h"
#include "training/bundle.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace anomalens::analysis {

enum class Precision {
    Float32,  // the reference
    BFloat16, // convolutions in bfloat16 (CPU autocast); faster on CPUs with AVX512-BF16/AMX
};
const char* toString(Precision precision); // "fp32", "bf16"
// Throws std::invalid_argument naming the choices.
Precision precisionFromString(const std::string& text);

struct AnalyzerOptions {
    std::int64_t batchFrames = 8;       // frames per model call (>= 1)
    std::size_t decodeAheadFrames = 32; // frames decoded ahead of the model (>= 1)
    Precision precision = Precision::Float32;
    bool channelsLast = true;           // NHWC weights and inputs on the CPU
    // Heat maps: the frame's error map average-pooled onto heatMapCells x
    // heatMapCells cells (0: no maps, 0..1024).
    int heatMapCells = 32;
};

struct AnalyzedFrame {
    std::int64_t frameIndex = 0;        // in the source
    training::FrameSignals signals;
    bool memoryUpdated = false;         // MNAD: the frame passed the gate and updated the memory
    // Calibrated anomaly score; NaN when the bundle has no calibration or a
    // signal is not finite.
    double score = std::numeric_limits<double>::quiet_NaN();
    // Where the frame is abnormal: the squared prediction (MNAD-recon:
    // reconstruction) error per pixel, on pixel values in [0, 1], mean over
    // the colour channels, computed in float32 at the model's input size and
    // averaged over each cell of a heatMapWidth x heatMapHeight grid, row-major,
    // row 0 at the top. The model sees the whole frame resized, so cell (x, y)
    // covers the same fraction of the original picture. Empty when
    // AnalyzerOptions::heatMapCells is 0. When the cells divide the input size,
    // the mean of the map is the frame's mean squared error: PSNR = -10 log10(mean).
    // Destroyer bundles instead store each cell's destruction in [0, 1]: how
    // far the Destroyer moved the prediction towards black there
    // (models::destructionMaps; 1 = fully black), on the same grid.
    std::vector<float> heatMap;
    int heatMapWidth = 0;
    int heatMapHeight = 0;
};

// Where a stream stands: the first frame not yet scored, and the model state
// to continue with (MNAD's memory items; opaque bytes, e.g. for the case DB).
struct ResumePoint {
    std::int64_t nextFrame = 0;
    std::vector<std::uint8_t> state;    // empty: the model's trained state
};

// Seconds per stage. Decoding runs on its own thread, concurrently with the
// other stages, so the stages may add up to more than the wall time.
struct StageSeconds {
    double decode = 0.0;      // VideoSource: demux, decode, resize to the model's size
    double preprocess = 0.0;  // uint8 frames -> normalised input tensors
    double cues = 0.0;        // F2LM: motion and label cues of each frame (core/cues)
    double model = 0.0;       // networks, and MNAD's memory read, gate and update
    double scoring = 0.0;     // error maps, PSNR, heat maps, calibrated score, resume state
};

struct StreamSummary {
    std::int64_t framesDecoded = 0;
    std::int64_t framesScored = 0;
    bool cancelled = false;
    double wallSeconds = 0.0;
    StageSeconds stages;
    std::vector<media::DecodeGap> decodeGaps;
};

using BatchCallback = std::function<void(const std::vector<AnalyzedFrame>& frames, const ResumePoint& after)>;

class Analyzer {
public:
    // Loads and verifies the bundle (training::BundleError) onto the preferred
    // device (CUDA if present, else every CPU thread). Throws
    // std::invalid_argument for bad options.
    explicit Analyzer(const std::string& modelPath, const AnalyzerOptions& options = {});
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    const training::BundleMetadata& metadata() const;
    const AnalyzerOptions& options() const;
    std::string deviceDescription() const;

    // Streams `videoPath` from `from` to its end (or until `cancel` is set:
    // the batch in flight is finished and reported first). Throws
    // media::MediaError (footage it cannot open or read) and
    // std::invalid_argument (a resume state that does not fit this model).
    StreamSummary analyze(const std::string& videoPath, const BatchCallback& onBatch,
                          const ResumePoint& from = {}, const std::atomic<bool>* cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace anomalens::analysis
