#pragma once
// Internal to core/cues: the provider interfaces behind CueStream and their
// factories. Torch-free and OpenCV-free; the implementations that need those
// live in torchscriptproviders.cpp and opencvflow.cpp.
#include <cstdint>
#include <memory>
#include <string>

namespace anomalens::cues::detail {

// Optical flow between two RGB24 frames of the stream's size.
class MotionProvider {
public:
    virtual ~MotionProvider() = default;
    // Writes planar [2][S][S] flow from `previous` to `current`, already in
    // motion units (scaling.h).
    virtual void flow(const std::uint8_t* previous, const std::uint8_t* current, float* out) = 0;
};

// Per-pixel class scores of one RGB24 frame; may keep causal state.
class LabelProvider {
public:
    virtual ~LabelProvider() = default;
    virtual std::int64_t channels() const = 0;
    // Writes planar [channels()][S][S].
    virtual void label(const std::uint8_t* rgb, float* out) = 0;
    // Forgets the state (a new stream).
    virtual void reset() = 0;
};

// "dis" or "farneback". Throws std::invalid_argument in a build without OpenCV.
std::unique_ptr<MotionProvider> makeOpenCvFlow(const std::string& name, std::int64_t size);
// A TorchScript model file; loaded on the CPU and probed with a blank frame.
// Throws std::invalid_argument for a missing or invalid file or a bad output.
std::unique_ptr<MotionProvider> makeTorchScriptMotion(const std::string& path, std::int64_t size);
std::unique_ptr<LabelProvider> makeTorchScriptLabel(const std::string& path, std::int64_t size);

} // namespace anomalens::cues::detail
