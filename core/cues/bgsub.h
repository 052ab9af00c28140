#pragma once
// Internal to core/cues: the "bgsub" label provider, plain C++ (no OpenCV, no
// torch), so it works in every build.
//
// Background model, per pixel, in 0..255 units, causal: a running mean
// mu (RGB) and a running variance var (one scalar per pixel, of the mean
// squared RGB difference). The first frame of a stream sets mu to the frame
// and var to kInitialSigma^2; it is all background (p = 0).
//
// Frame n (n = 0, 1, ... frames seen before it), pixel x:
//   d2  = ((x_r - mu_r)^2 + (x_g - mu_g)^2 + (x_b - mu_b)^2) / 3
//   p   = 1 - 2^(-d2 / (k^2 var))      (k = kThresholdSigmas; p = 0.5 exactly
//                                       at an RMS difference of k sigma)
//   a   = max(1 / (n + 1), kMinLearningRate), times kForegroundRateFactor
//         where p > 0.5 (selective update: pedestrians are not absorbed at once)
//   mu  += a (x - mu);   var = max(var + a (min(d2, k^2 var) - var), kSigmaFloor^2)
//         (a foreground difference counts at most as the threshold, so an
//         object standing still does not inflate the variance at once)
// p uses the model BEFORE the update (the frame is judged against its past).
//
// Blobs: pixels with p > 0.5, 8-connected components; each blob's class from
// its bounding box (w x h): w*h < kSmallBlobFraction of the frame -> small
// fragment, else h >= kUprightAspect * w -> upright (people), else wide
// (vehicles, carts, groups). Output channels [background, upright, wide,
// small]: a blob pixel gets channel(class) = p and background = 1 - p; a pixel
// in no blob (p <= 0.5) gets small = p and background = 1 - p; the other
// channels are 0, so the channels sum to 1 at each pixel.
#include "cues/cues.h"
#include "cues/providers.h"

#include <cstdint>
#include <vector>

namespace anomalens::cues::detail {

inline constexpr float kInitialSigma = 12.0F;
inline constexpr float kSigmaFloor = 4.0F;
inline constexpr float kThresholdSigmas = 2.5F;
inline constexpr float kMinLearningRate = 0.01F;
inline constexpr float kForegroundRateFactor = 0.1F;
inline constexpr double kSmallBlobFraction = 0.002;
inline constexpr double kUprightAspect = 1.2;

enum BgsubChannel : std::int64_t { Background = 0, Upright = 1, Wide = 2, SmallFragment = 3 };

class BackgroundSubtraction final : public LabelProvider {
public:
    explicit BackgroundSubtraction(std::int64_t size);
    std::int64_t channels() const override;
    void label(const std::uint8_t* rgb, float* out) override;
    void reset() override;

private:
    std::int64_t m_size;
    std::int64_t m_frames = 0;
    std::vector<float> m_mean;        // [S*S][3]
    std::vector<float> m_var;         // [S*S]
    std::vector<float> m_probability; // [S*S], this frame's p
    std::vector<std::int32_t> m_blob; // [S*S], blob id or -1
    std::vector<std::int32_t> m_queue;
};

} // namespace anomalens::cues::detail
