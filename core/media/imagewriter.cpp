#include "media/imagewriter.h"

#include "media/ffmpegutil.h"
#include "media/mediaerror.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

namespace anomalens::media {

namespace {

enum class ImageType { Png, Jpeg };

using detail::avErrorText;

std::string lowerExtension(const std::string& path)
{
    const size_t dot = path.find_last_of('.');
    const size_t slash = path.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace

// One encoder context per (type, size, input format); rebuilt only when one changes.
struct ImageWriter::Impl {
    ImageWriteOptions options;
    AVCodecContext* codec = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* scaler = nullptr;
    ImageType type = ImageType::Png;
    PixelFormat inputFormat = PixelFormat::Rgb24;
    int width = 0;
    int height = 0;

    ~Impl() { release(); }

    void release()
    {
        sws_freeContext(scaler);
        scaler = nullptr;
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
    }

    [[noreturn]] static void fail(const std::string& path, const std::string& what)
    {
        throw MediaError("Cannot write image '" + path + "': " + what);
    }

    void prepare(ImageType wantedType, const Frame& input, const std::string& path)
    {
        if (codec && wantedType == type && input.width == width && input.height == height &&
            input.format == inputFormat)
            return;
        release();
        type = wantedType;
        width = input.width;
        height = input.height;
        inputFormat = input.format;

        const char* encoderName = type == ImageType::Png ? "png" : "mjpeg";
        const AVCodec* encoder = avcodec_find_encoder_by_name(encoderName);
        if (!encoder)
            fail(path, std::string("the ") + encoderName + " encoder is not available");
        codec = avcodec_alloc_context3(encoder);
        frame = av_frame_alloc();
        packet = av_packet_alloc();
        if (!codec || !frame || !packet)
            fail(path, "out of memory");

        // PNG stores the pixels as they are (exact round trip); JPEG needs
        // full-range 4:2:0 YCbCr, which plain JPEG readers assume. yuv420p
        // tagged full range is the non-deprecated spelling of yuvj420p.
        const AVPixelFormat source = input.format == PixelFormat::Rgb24 ? AV_PIX_FMT_RGB24
                                                                         : AV_PIX_FMT_GRAY8;
        const AVPixelFormat target = type == ImageType::Png ? source : AV_PIX_FMT_YUV420P;
        codec->width = width;
        codec->height = height;
        codec->pix_fmt = target;
        codec->time_base = AVRational{1, 25};
        codec->thread_count = 1;  // slice threads would make the bytes depend on the core count
        if (type == ImageType::Jpeg) {
            codec->color_range = AVCOL_RANGE_JPEG;
            codec->flags |= AV_CODEC_FLAG_QSCALE;
            codec->global_quality = FF_QP2LAMBDA * std::clamp(options.jpegQscale, 1, 31);
        }
        const int rc = avcodec_open2(codec, encoder, nullptr);
        if (rc < 0)
            fail(path, std::string("the ") + encoderName + " encoder rejected the frame (" +
                           avErrorText(rc) + ")");

        frame->format = target;
        frame->width = width;
        frame->height = height;
        frame->color_range = codec->color_range;
        if (av_frame_get_buffer(frame, 0) < 0)
            fail(path, "out of memory");
        if (type == ImageType::Jpeg) {
            scaler = sws_getContext(width, height, source, width, height, target,
                                    SWS_BICUBIC | SWS_ACCURATE_RND, nullptr,
                                    nullptr, nullptr);
            if (!scaler)
                fail(path, "cannot convert the frame to YCbCr");
            const int* bt601 = sws_getCoefficients(SWS_CS_ITU601);
            sws_setColorspaceDetails(scaler, bt601, 1, bt601, 1 /* full-range output */, 0,
                                     1 << 16, 1 << 16);
        }
    }

    void fillFrame(const Frame& input, const std::string& path)
    {
        if (av_frame_make_writable(frame) < 0)
            fail(path, "out of memory");
        if (scaler) {
            const uint8_t* srcData[4] = {input.data.data(), nullptr, nullptr, nullptr};
            const int srcStride[4] = {input.stride(), 0, 0, 0};
            sws_scale(scaler, srcData, srcStride, 0, height, frame->data, frame->linesize);
            return;
        }
        const size_t rowBytes = static_cast<size_t>(input.stride());
        for (int y = 0; y < height; ++y)
            std::memcpy(frame->data[0] + static_cast<size_t>(y) * frame->linesize[0],
                        input.data.data() + y * rowBytes, rowBytes);
    }

    void write(const Frame& input, const std::string& path)
    {
        const std::string ext = lowerExtension(path);
        ImageType wanted;
        if (ext == ".png")
            wanted = ImageType::Png;
        else if (ext == ".jpg" || ext == ".jpeg")
            wanted = ImageType::Jpeg;
        else
            fail(path, "unsupported extension '" + ext + "' (use .png, .jpg or .jpeg)");
        if (input.width <= 0 || input.height <= 0 ||
            input.data.size() < static_cast<size_t>(input.stride()) * input.height)
            fail(path, "the frame is empty or smaller than its size says");

        prepare(wanted, input, path);
        fillFrame(input, path);
        if (codec->flags & AV_CODEC_FLAG_QSCALE)
            frame->quality = codec->global_quality;  // mjpeg takes the quantiser per picture
        int rc = avcodec_send_frame(codec, frame);
        if (rc >= 0)
            rc = avcodec_receive_packet(codec, packet);
        if (rc < 0) {
            // A failed encoder may be left mid-frame; start afresh next time.
            release();
            fail(path, "encoding failed (" + avErrorText(rc) + ")");
        }

        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(packet->data), packet->size);
        out.close();
        av_packet_unref(packet);
        if (!out)
            fail(path, "cannot write the file (missing folder, no permission or disk full?)");
    }
};

ImageWriter::ImageWriter(const ImageWriteOptions& options) : m_impl(std::make_unique<Impl>())
{
    m_impl->options = options;
}

ImageWriter::~ImageWriter() = default;
ImageWriter::ImageWriter(ImageWriter&&) noexcept = default;
ImageWriter& ImageWriter::operator=(ImageWriter&&) noexcept = default;

void ImageWriter::write(const Frame& frame, const std::string& path)
{
    if (!m_impl)
        throw MediaError("Cannot write image '" + path + "': the writer was moved from");
    const detail::LibavErrorCapture capture;  // also silences libav's informational output
    try {
        m_impl->write(frame, path);
    } catch (const MediaError& error) {
        const std::string detail = capture.lastError();
        if (detail.empty())
            throw;
        throw MediaError(std::string(error.what()) + " [libav: " + detail + "]");
    }
}

void writeImage(const Frame& frame, const std::string& path, const ImageWriteOptions& options)
{
    ImageWriter(options).write(frame, path);
}

} // namespace anomalens::media
