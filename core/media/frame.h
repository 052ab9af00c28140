#pragma once
// A decoded picture in a tightly packed 8-bit layout (RGB24 or GRAY8), as handed
// out by VideoSource. `data` is row-major, stride = width * channels, no padding.
// Frames are plain values: they own their pixels and are safe to move between
// threads. Sequential readers reuse one Frame so its buffer is not reallocated.
#include <cstdint>
#include <vector>

namespace anomalens::media {

enum class PixelFormat { Rgb24, Gray8 };

inline int channelCount(PixelFormat format) { return format == PixelFormat::Rgb24 ? 3 : 1; }

// The size and format frames are delivered in. width/height 0 = source size.
struct OutputSpec {
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Rgb24;
};

struct Frame {
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Rgb24;
    int64_t frameIndex = -1;  // 0-based display-order number in the source
    int64_t ptsUs = 0;        // presentation time relative to the stream start, microseconds
    std::vector<uint8_t> data;

    int stride() const { return width * channelCount(format); }
    bool empty() const { return data.empty(); }
};

} // namespace anomalens::media
