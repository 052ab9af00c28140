#include "media/videowriter.h"

#include "media/ffmpegutil.h"
#include "media/mediaerror.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <cstring>
#include <filesystem>
#include <utility>

namespace anomalens::media {

namespace {

using detail::avErrorText;

// Adds what libav itself logged (e.g. "Could not find tag for codec") to a
// message, when it said anything while the failing call ran.
MediaError withLibavDetail(const MediaError& error, const detail::LibavErrorCapture& capture)
{
    const std::string detail = capture.lastError();
    if (detail.empty())
        return error;
    return MediaError(std::string(error.what()) + " [libav: " + detail + "]");
}

AVPixelFormat avFormatOf(PixelFormat format)
{
    return format == PixelFormat::Rgb24 ? AV_PIX_FMT_RGB24 : AV_PIX_FMT_GRAY8;
}

bool isMp4Family(const AVOutputFormat* format)
{
    const std::string name = format->name;
    return name.find("mp4") != std::string::npos || name.find("mov") != std::string::npos;
}

} // namespace

FrameRate FrameRate::fromDouble(double fps)
{
    const double whole = std::round(fps);
    if (std::fabs(fps - whole) < 1e-6)
        return FrameRate{static_cast<int>(whole), 1};
    // NTSC-style rates (23.976, 29.97, 59.94) are n*1000/1001, not what a
    // decimal fraction would give (2997/100): a wrong fraction drifts by a
    // frame every few minutes.
    const double ntsc = fps * 1.001;
    if (std::fabs(ntsc - std::round(ntsc)) < 1e-3)
        return FrameRate{static_cast<int>(std::round(ntsc)) * 1000, 1001};
    const AVRational q = av_d2q(fps, 100000);
    return FrameRate{q.num, q.den};
}

struct VideoWriter::Impl {
    std::string path;
    VideoWriterOptions options;
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    AVFrame* encodeFrame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* scaler = nullptr;
    int64_t nextPts = 0;
    bool finished = false;

    ~Impl() { release(); }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw MediaError("Cannot write video '" + path + "': " + what);
    }

    void release()
    {
        sws_freeContext(scaler);
        scaler = nullptr;
        av_packet_free(&packet);
        av_frame_free(&encodeFrame);
        avcodec_free_context(&codec);
        if (format) {
            if (!(format->oformat->flags & AVFMT_NOFILE))
                avio_closep(&format->pb);
            avformat_free_context(format);
            format = nullptr;
        }
    }

    const AVCodec* findEncoder() const
    {
        const AVCodec* encoder = avcodec_find_encoder_by_name(options.codec.c_str());
        // Debian-like builds always have libx264, but stripped FFmpeg builds do
        // not; MPEG-4 part 2 is built into every libavcodec.
        if (!encoder && options.codec == "libx264")
            encoder = avcodec_find_encoder_by_name("mpeg4");
        if (!encoder)
            fail("the encoder '" + options.codec + "' is not available in this FFmpeg build");
        if (encoder->type != AVMEDIA_TYPE_VIDEO)
            fail("'" + options.codec + "' is not a video encoder");
        return encoder;
    }

    void open()
    {
        if (options.width <= 0 || options.height <= 0)
            fail("the frame size " + std::to_string(options.width) + "x" +
                 std::to_string(options.height) + " is invalid");
        if (options.fps.num <= 0 || options.fps.den <= 0)
            fail("the frame rate must be positive");
        const AVPixelFormat pixelFormat = av_get_pix_fmt(options.pixelFormat.c_str());
        if (pixelFormat == AV_PIX_FMT_NONE)
            fail("unknown pixel format '" + options.pixelFormat + "'");
        const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(pixelFormat);
        if ((options.width % (1 << desc->log2_chroma_w)) || (options.height % (1 << desc->log2_chroma_h)))
            fail("the frame size " + std::to_string(options.width) + "x" +
                 std::to_string(options.height) + " must be even for " + options.pixelFormat);

        const char* muxer = options.containerFormat.empty() ? nullptr : options.containerFormat.c_str();
        int rc = avformat_alloc_output_context2(&format, nullptr, muxer, path.c_str());
        if ((rc < 0 || !format) && muxer)
            fail("the container format '" + options.containerFormat + "' is not available in this FFmpeg build");
        if (rc < 0 || !format)
            fail("the container cannot be chosen from the file extension (use .mp4, .mkv, .avi or .mov)");

        const AVCodec* encoder = findEncoder();
        if (avformat_query_codec(format->oformat, encoder->id, FF_COMPLIANCE_NORMAL) == 0)
            fail(std::string("the codec ") + encoder->name + " cannot be stored in a " +
                 format->oformat->name + " file");
        stream = avformat_new_stream(format, nullptr);
        codec = avcodec_alloc_context3(encoder);
        if (!stream || !codec)
            fail("out of memory");

        codec->width = options.width;
        codec->height = options.height;
        codec->pix_fmt = pixelFormat;
        codec->time_base = AVRational{options.fps.den, options.fps.num};
        codec->framerate = AVRational{options.fps.num, options.fps.den};
        codec->gop_size = options.gopSize;
        codec->max_b_frames = options.maxBFrames;
        codec->thread_count = options.threads;
        codec->sample_aspect_ratio = AVRational{1, 1};
        // swscale converts with BT.601 limited range; tag the stream so players agree.
        codec->color_range = AVCOL_RANGE_MPEG;
        codec->colorspace = AVCOL_SPC_SMPTE170M;
        codec->color_primaries = AVCOL_PRI_SMPTE170M;
        codec->color_trc = AVCOL_TRC_SMPTE170M;
        if (format->oformat->flags & AVFMT_GLOBALHEADER)
            codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

        const bool x264 = std::strcmp(encoder->name, "libx264") == 0;
        if (options.bitRate > 0) {
            codec->bit_rate = options.bitRate;
        } else if (x264) {
            av_opt_set_int(codec->priv_data, "crf", options.crf, 0);
        } else {
            codec->flags |= AV_CODEC_FLAG_QSCALE;
            codec->global_quality = FF_QP2LAMBDA * options.qscale;
        }
        if (x264 && !options.x264Preset.empty())
            av_opt_set(codec->priv_data, "preset", options.x264Preset.c_str(), 0);

        rc = avcodec_open2(codec, encoder, nullptr);
        if (rc < 0)
            fail(std::string("the encoder ") + encoder->name + " rejected the settings (" +
                 avErrorText(rc) + ")");
        rc = avcodec_parameters_from_context(stream->codecpar, codec);
        if (rc < 0)
            fail("cannot configure the stream (" + avErrorText(rc) + ")");
        stream->time_base = codec->time_base;  // a hint; the muxer may pick another
        stream->avg_frame_rate = codec->framerate;
        stream->r_frame_rate = codec->framerate;

        if (!(format->oformat->flags & AVFMT_NOFILE)) {
            rc = avio_open(&format->pb, path.c_str(), AVIO_FLAG_WRITE);
            if (rc < 0)
                fail("cannot create the file (" + avErrorText(rc) + ")");
        }
        AVDictionary* muxerOptions = nullptr;
        if (options.fastStart && isMp4Family(format->oformat))
            av_dict_set(&muxerOptions, "movflags", "+faststart", 0);
        rc = avformat_write_header(format, &muxerOptions);
        av_dict_free(&muxerOptions);
        if (rc < 0)
            fail("cannot write the header (" + avErrorText(rc) + ")");

        // Allocated once: av_frame_get_buffer pads lines, which swscale's SIMD
        // paths need, and the packet is reused for every encoded frame.
        encodeFrame = av_frame_alloc();
        packet = av_packet_alloc();
        if (!encodeFrame || !packet)
            fail("out of memory");
        encodeFrame->format = pixelFormat;
        encodeFrame->width = options.width;
        encodeFrame->height = options.height;
        encodeFrame->color_range = codec->color_range;
        encodeFrame->colorspace = codec->colorspace;
        if (av_frame_get_buffer(encodeFrame, 0) < 0)
            fail("out of memory");
    }

    // Moves every packet the encoder has ready into the file.
    void drain()
    {
        for (;;) {
            int rc = avcodec_receive_packet(codec, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            if (rc < 0)
                fail("encoding failed (" + avErrorText(rc) + ")");
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            rc = av_interleaved_write_frame(format, packet);  // takes the packet's data
            if (rc < 0)
                fail("writing failed, is the disk full? (" + avErrorText(rc) + ")");
        }
    }

    void write(const Frame& frame)
    {
        if (finished)
            fail("the file is already finished");
        if (frame.width != options.width || frame.height != options.height)
            fail("frame " + std::to_string(nextPts) + " is " + std::to_string(frame.width) + "x" +
                 std::to_string(frame.height) + " but the video is " +
                 std::to_string(options.width) + "x" + std::to_string(options.height));
        if (frame.data.size() < static_cast<size_t>(frame.stride()) * frame.height)
            fail("frame " + std::to_string(nextPts) + " has fewer pixels than its size says");

        const AVPixelFormat source = avFormatOf(frame.format);
        // Cached: only rebuilt if the input format changes between frames.
        scaler = sws_getCachedContext(scaler, frame.width, frame.height, source, options.width,
                                      options.height, codec->pix_fmt,
                                      SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
        if (!scaler)
            fail("cannot convert the frames to " + options.pixelFormat);
        // The encoder may still reference the previous picture (e.g. mpeg4 with
        // B-frames); only then does this allocate.
        if (av_frame_make_writable(encodeFrame) < 0)
            fail("out of memory");
        const uint8_t* srcData[4] = {frame.data.data(), nullptr, nullptr, nullptr};
        const int srcStride[4] = {frame.stride(), 0, 0, 0};
        sws_scale(scaler, srcData, srcStride, 0, frame.height, encodeFrame->data,
                  encodeFrame->linesize);
        encodeFrame->pts = nextPts;
        if (codec->flags & AV_CODEC_FLAG_QSCALE)
            encodeFrame->quality = codec->global_quality;
        const int rc = avcodec_send_frame(codec, encodeFrame);
        if (rc < 0)
            fail("encoding frame " + std::to_string(nextPts) + " failed (" + avErrorText(rc) + ")");
        ++nextPts;
        drain();
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;  // also on failure: a half-flushed encoder cannot be resumed
        const int rc = avcodec_send_frame(codec, nullptr);
        if (rc < 0 && rc != AVERROR_EOF)
            fail("flushing the encoder failed (" + avErrorText(rc) + ")");
        drain();
        const int trailer = av_write_trailer(format);
        if (trailer < 0)
            fail("cannot write the trailer (" + avErrorText(trailer) + ")");
        if (!(format->oformat->flags & AVFMT_NOFILE)) {
            const int closed = avio_closep(&format->pb);
            if (closed < 0)
                fail("closing the file failed (" + avErrorText(closed) + ")");
        }
    }
};

VideoWriter::VideoWriter(const std::string& path, const VideoWriterOptions& options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->path = path;
    m_impl->options = options;
    const detail::LibavErrorCapture capture;  // also silences libav's informational output
    try {
        m_impl->open();
    } catch (...) {
        const bool created = m_impl->format && m_impl->format->pb;
        m_impl->release();
        if (created) {  // no half-written file is left behind
            std::error_code ec;
            std::filesystem::remove(path, ec);
        }
        try {
            throw;
        } catch (const MediaError& error) {
            throw withLibavDetail(error, capture);
        }
    }
}

VideoWriter::~VideoWriter()
{
    if (!m_impl)
        return;
    try {
        m_impl->finish();
    } catch (...) {
        // A destructor must not throw; callers who care call finish().
    }
}

VideoWriter::VideoWriter(VideoWriter&&) noexcept = default;

VideoWriter& VideoWriter::operator=(VideoWriter&& other) noexcept
{
    if (this != &other) {
        if (m_impl) {
            try {
                m_impl->finish();
            } catch (...) {
            }
        }
        m_impl = std::move(other.m_impl);
    }
    return *this;
}

void VideoWriter::write(const Frame& frame)
{
    if (!m_impl)
        throw MediaError("Cannot write video: the writer was moved from");
    const detail::LibavErrorCapture capture;
    try {
        m_impl->write(frame);
    } catch (const MediaError& error) {
        throw withLibavDetail(error, capture);
    }
}

void VideoWriter::finish()
{
    if (!m_impl)
        return;
    const detail::LibavErrorCapture capture;
    try {
        m_impl->finish();
    } catch (const MediaError& error) {
        throw withLibavDetail(error, capture);
    }
}

const std::string& VideoWriter::path() const
{
    static const std::string movedFrom;
    return m_impl ? m_impl->path : movedFrom;
}

std::string VideoWriter::codecName() const
{
    return m_impl && m_impl->codec && m_impl->codec->codec ? m_impl->codec->codec->name : "";
}

int64_t VideoWriter::framesWritten() const
{
    return m_impl ? m_impl->nextPts : 0;
}

} // namespace anomalens::media
