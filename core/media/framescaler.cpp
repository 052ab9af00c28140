#include "media/framescaler.h"

#include "media/mediaerror.h"

extern "C" {
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
}

#include <cstring>
#include <new>

namespace anomalens::media::detail {

namespace {

// The deprecated "J" formats only mean "full range"; swscale wants the plain
// format plus an explicit range, or it warns and may pick the wrong range.
AVPixelFormat withoutJpegAlias(AVPixelFormat format, bool& fullRange)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P: fullRange = true; return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P: fullRange = true; return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P: fullRange = true; return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P: fullRange = true; return AV_PIX_FMT_YUV440P;
    case AV_PIX_FMT_YUVJ411P: fullRange = true; return AV_PIX_FMT_YUV411P;
    default: return format;
    }
}

int swsColorspace(int colorspace)
{
    switch (colorspace) {
    case AVCOL_SPC_BT709: return SWS_CS_ITU709;
    case AVCOL_SPC_FCC: return SWS_CS_FCC;
    case AVCOL_SPC_SMPTE240M: return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL: return SWS_CS_BT2020;
    default: return SWS_CS_DEFAULT;  // BT.601, also what untagged material gets in ffmpeg
    }
}

constexpr int kRowAlignment = 64;

} // namespace

bool FrameScaler::Setup::operator==(const Setup& other) const
{
    return sourceWidth == other.sourceWidth && sourceHeight == other.sourceHeight
           && sourceFormat == other.sourceFormat && sourceColorspace == other.sourceColorspace
           && sourceRange == other.sourceRange && outputWidth == other.outputWidth
           && outputHeight == other.outputHeight && outputFormat == other.outputFormat;
}

void FrameScaler::prepare(const Setup& setup)
{
    bool fullRange = setup.sourceRange == AVCOL_RANGE_JPEG;
    const AVPixelFormat sourceFormat =
        withoutJpegAlias(static_cast<AVPixelFormat>(setup.sourceFormat), fullRange);
    const AVPixelFormat outputFormat =
        setup.outputFormat == PixelFormat::Rgb24 ? AV_PIX_FMT_RGB24 : AV_PIX_FMT_GRAY8;
    // Area averaging avoids aliasing when shrinking (the usual case: model
    // input); bilinear is enough for format conversion and enlarging.
    const bool shrinking =
        setup.outputWidth < setup.sourceWidth || setup.outputHeight < setup.sourceHeight;
    const int flags = shrinking ? SWS_AREA : SWS_BILINEAR;

    SwsContext* context = sws_getCachedContext(
        m_context.release(), setup.sourceWidth, setup.sourceHeight, sourceFormat,
        setup.outputWidth, setup.outputHeight, outputFormat, flags, nullptr, nullptr, nullptr);
    m_context.reset(context);
    m_setup = {};
    if (!context) {
        const char* name = av_get_pix_fmt_name(sourceFormat);
        throw MediaError(std::string("Cannot convert frames of pixel format ")
                         + (name ? name : "unknown") + " (" + std::to_string(setup.sourceWidth)
                         + "x" + std::to_string(setup.sourceHeight) + ") to the output format.");
    }
    // Not every conversion has colour details (RGB to RGB); failure just means
    // there is nothing to set.
    sws_setColorspaceDetails(context, sws_getCoefficients(swsColorspace(setup.sourceColorspace)),
                             fullRange ? 1 : 0, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                             1 << 16, 1 << 16);

    const int stride = setup.outputWidth * channelCount(setup.outputFormat);
    const int linesize = (stride + kRowAlignment - 1) / kRowAlignment * kRowAlignment;
    const size_t bytes =
        static_cast<size_t>(linesize) * static_cast<size_t>(setup.outputHeight) + kRowAlignment;
    m_padded.reset(static_cast<uint8_t*>(av_malloc(bytes)));
    if (!m_padded)
        throw std::bad_alloc();
    m_paddedLinesize = linesize;
    m_setup = setup;
}

void FrameScaler::convert(const AVFrame& source, const OutputSpec& spec, Frame& out)
{
    if (source.width <= 0 || source.height <= 0)
        throw MediaError("The decoder returned a picture without a size.");
    Setup setup;
    setup.sourceWidth = source.width;
    setup.sourceHeight = source.height;
    setup.sourceFormat = source.format;
    setup.sourceColorspace = source.colorspace;
    setup.sourceRange = source.color_range;
    setup.outputWidth = spec.width > 0 ? spec.width : source.width;
    setup.outputHeight = spec.height > 0 ? spec.height : source.height;
    setup.outputFormat = spec.format;
    if (!m_context || !(setup == m_setup))
        prepare(setup);

    uint8_t* destination[4] = {m_padded.get(), nullptr, nullptr, nullptr};
    int destinationLinesize[4] = {m_paddedLinesize, 0, 0, 0};
    const int rows = sws_scale(m_context.get(), source.data, source.linesize, 0, source.height,
                               destination, destinationLinesize);
    if (rows != setup.outputHeight)
        throw MediaError("Converting a decoded picture failed.");

    out.width = setup.outputWidth;
    out.height = setup.outputHeight;
    out.format = setup.outputFormat;
    const size_t stride = static_cast<size_t>(out.stride());
    // Same size as last time = no reallocation (vector keeps its capacity).
    out.data.resize(stride * static_cast<size_t>(out.height));
    const uint8_t* row = m_padded.get();
    uint8_t* target = out.data.data();
    for (int y = 0; y < out.height; ++y, row += m_paddedLinesize, target += stride)
        std::memcpy(target, row, stride);
}

} // namespace anomalens::media::detail
