#pragma once
// Private to core/media: converts decoded AVFrames (any size, any pixel format)
// into tightly packed Frames at the requested OutputSpec. The SwsContext and a
// padded intermediate picture are reused from frame to frame, and the output
// Frame's vector is only resized when the output size changes, so streaming
// does not allocate per frame.
#include "media/ffmpegutil.h"
#include "media/frame.h"

namespace anomalens::media::detail {

class FrameScaler {
public:
    FrameScaler() = default;
    FrameScaler(const FrameScaler&) = delete;
    FrameScaler& operator=(const FrameScaler&) = delete;
    FrameScaler(FrameScaler&&) noexcept = default;
    FrameScaler& operator=(FrameScaler&&) noexcept = default;

    // Fills out.width/height/format/data from `source`; frameIndex and ptsUs are
    // left to the caller. Throws MediaError if libswscale cannot convert.
    void convert(const AVFrame& source, const OutputSpec& spec, Frame& out);

private:
    struct Setup {
        int sourceWidth = 0, sourceHeight = 0, sourceFormat = -1;
        int sourceColorspace = -1, sourceRange = -1;
        int outputWidth = 0, outputHeight = 0;
        PixelFormat outputFormat = PixelFormat::Rgb24;
        bool operator==(const Setup& other) const;
    };

    void prepare(const Setup& setup);

    SwsContextPtr m_context;
    Setup m_setup;
    // swscale's SIMD paths may write a little past the end of a row, so it
    // converts into this aligned, padded picture and rows are copied out.
    AvBufferPtr m_padded;
    int m_paddedLinesize = 0;
};

} // namespace anomalens::media::detail
