#pragma once
// Per-frame cues for F2LM's generator (METHODS.md section 3): MOTION (optical
// flow from the previous frame of the stream to this one) and LABEL (per-pixel
// class scores). The paper uses frozen pretrained networks (FlowNet2-SD,
// DeepLabv3); those weights cannot ship, so the cues come from pluggable
// providers: classical optical flow (OpenCV's DIS or Farneback), a
// background-subtraction label map that needs no network, or TorchScript
// models the user supplies. See README.md in this folder.
//
// Torch-free and OpenCV-free: the UI may include this header.
//
// Frames are RGB24, size x size, tightly packed (size*size*3 bytes), at the
// model input size.
//
// Motion scaling (every motion provider, built-in or TorchScript): the flow in
// pixels at the model size, multiplied by 64/size, i.e. in units of 1/64 of
// the frame width, so a profile at 128 px and one at 256 px give the same
// numbers for the same motion; then clamped to [-16, 16] (a quarter of the
// frame per frame). Channel 0 is dx (positive: to the right), channel 1 is dy
// (positive: downwards).
//
// Label "bgsub" (4 channels that sum to 1 at each pixel: background, upright
// blob, wide blob, small fragment): a causal per-pixel running-Gaussian
// background model, a soft foreground probability, and blobs of p > 0.5
// classified by their bounding box. The formulas and constants are in bgsub.h.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace anomalens::cues {

struct CueConfig {
    std::string motion = "dis";  // "dis" (cv::DISOpticalFlow, PRESET_MEDIUM), "farneback", or "torchscript:PATH"
    std::string label = "bgsub"; // "bgsub" or "torchscript:PATH"
};

// Throws std::invalid_argument for an unknown name (or "torchscript:" with an
// empty path), naming the valid ones. Does not open files and does not check
// that the build has OpenCV (CueStream's constructor does).
void validate(const CueConfig& config);

inline constexpr std::int64_t kMotionChannels = 2; // (dx, dy)
// Motion units: flow in pixels * kMotionUnitsPerFrame / size, clamped to
// [-kMotionClamp, kMotionClamp].
inline constexpr float kMotionUnitsPerFrame = 64.0F;
inline constexpr float kMotionClamp = 16.0F;
// Channels of the built-in "bgsub" label map.
inline constexpr std::int64_t kBgsubChannels = 4;

struct FrameCues {
    // kMotionChannels * size * size, planar [2][S][S]: flow from the PREVIOUS
    // frame of the stream to this one, scaled as above (all zeros for the
    // first frame).
    std::vector<float> motion;
    // labelChannels * size * size, planar [L][S][S].
    std::vector<float> label;
};

// One stream of consecutive frames (a clip). Causal: a frame's cues depend
// only on it and earlier frames of the stream, so training (whole clips in
// order) and streaming analysis compute identical cues. Deterministic: the
// same frames give the same floats.
class CueStream {
public:
    // Validates the config and loads TorchScript models if named (on the CPU,
    // probed with one frame). Throws std::invalid_argument with a clear message
    // for an unknown provider, a size < 8, a missing or invalid model file, a
    // model whose output has the wrong shape, and for "dis"/"farneback" in a
    // build without OpenCV.
    CueStream(const CueConfig& config, std::int64_t size);
    ~CueStream();
    CueStream(CueStream&&) noexcept;
    CueStream& operator=(CueStream&&) noexcept;

    std::int64_t size() const;
    // 4 for bgsub; for TorchScript, the model output's channel count.
    std::int64_t labelChannels() const;
    // The next frame of the stream (size*size*3 bytes, RGB24).
    FrameCues push(const std::uint8_t* rgb);
    // Starts a new stream (a new clip): the same as a freshly constructed one.
    void reset();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// SHA-256 (64 lowercase hex characters) of each TorchScript file the config
// names, keyed "motion" / "label", for a bundle's metadata; empty for built-in
// providers. Throws std::invalid_argument for an invalid config and
// evidence::EvidenceError if a named file cannot be read.
std::map<std::string, std::string> torchScriptHashes(const CueConfig& config);

} // namespace anomalens::cues
