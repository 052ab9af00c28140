#include "media/ffmpegutil.h"

#include "media/mediaerror.h"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

#include <cstdarg>
#include <mutex>
#include <new>

namespace anomalens::media::detail {

namespace {

// Per thread: whether a LibavErrorCapture is active and the last error seen.
// Decoder worker threads log into their own (inactive) slot, which is harmless.
thread_local int t_captureDepth = 0;
thread_local std::string t_lastError;

void logCallback(void* avClass, int level, const char* format, va_list args)
{
    if (level > AV_LOG_ERROR)
        return;
    if (t_captureDepth > 0) {
        va_list copy;
        va_copy(copy, args);
        char line[512];
        int printPrefix = 0;  // no "[mov,mp4,... @ 0x55...]": the message is for users
        av_log_format_line2(avClass, level, format, copy, line, sizeof line, &printPrefix);
        va_end(copy);
        t_lastError = line;
        while (!t_lastError.empty()
               && (t_lastError.back() == '\n' || t_lastError.back() == '\r'))
            t_lastError.pop_back();
    }
    av_log_default_callback(avClass, level, format, args);
}

} // namespace

PacketPtr makePacket()
{
    PacketPtr packet(av_packet_alloc());
    if (!packet)
        throw std::bad_alloc();
    return packet;
}

FramePtr makeFrame()
{
    FramePtr frame(av_frame_alloc());
    if (!frame)
        throw std::bad_alloc();
    return frame;
}

std::string avErrorText(int errorCode)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errorCode, text, sizeof text);
    return text;
}

void configureLibavLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_ERROR);
        av_log_set_callback(logCallback);
    });
}

LibavErrorCapture::LibavErrorCapture()
{
    configureLibavLogging();
    if (t_captureDepth++ == 0)
        t_lastError.clear();
}

LibavErrorCapture::~LibavErrorCapture()
{
    --t_captureDepth;
}

std::string LibavErrorCapture::lastError() const
{
    return t_lastError;
}

FormatContextPtr openInput(const std::string& path)
{
    LibavErrorCapture capture;
    AVFormatContext* raw = nullptr;
    int result = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
    if (result < 0) {
        // avformat_open_input frees the context on failure.
        std::string detail = capture.lastError();
        if (detail.empty())
            detail = avErrorText(result);
        throw MediaError("'" + path + "' is not a video file that can be read (" + detail + ").");
    }
    FormatContextPtr context(raw);
    result = avformat_find_stream_info(context.get(), nullptr);
    if (result < 0)
        throw MediaError("'" + path + "' could not be analysed: " + avErrorText(result) + ".");
    return context;
}

CodecContextPtr openDecoder(const AVCodecParameters& parameters, int threadCount,
                            const std::string& pathForErrors)
{
    const AVCodec* decoder = avcodec_find_decoder(parameters.codec_id);
    if (!decoder)
        throw MediaError("'" + pathForErrors + "' uses the codec '"
                         + avcodec_get_name(parameters.codec_id)
                         + "', for which this build has no decoder.");
    CodecContextPtr context(avcodec_alloc_context3(decoder));
    if (!context)
        throw std::bad_alloc();
    int result = avcodec_parameters_to_context(context.get(), &parameters);
    if (result < 0)
        throw MediaError("'" + pathForErrors + "': invalid codec parameters ("
                         + avErrorText(result) + ").");
    context->thread_count = threadCount;
    context->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    result = avcodec_open2(context.get(), decoder, nullptr);
    if (result < 0)
        throw MediaError("'" + pathForErrors + "': the " + decoder->name
                         + " decoder could not be opened (" + avErrorText(result) + ").");
    return context;
}

// libavformat happily "opens" text files and random bytes as text-art video
// (tty, bin demuxers); nobody reviews those as footage.
static bool isTextArt(AVCodecID codec)
{
    return codec == AV_CODEC_ID_ANSI || codec == AV_CODEC_ID_BINTEXT || codec == AV_CODEC_ID_XBIN
           || codec == AV_CODEC_ID_IDF;
}

int selectVideoStream(const AVFormatContext& format, const std::string& path)
{
    auto usable = [&format](int i) {
        const AVStream& stream = *format.streams[i];
        return stream.codecpar->codec_type == AVMEDIA_TYPE_VIDEO
               && !(stream.disposition & AV_DISPOSITION_ATTACHED_PIC);  // cover art
    };
    int chosen = av_find_best_stream(const_cast<AVFormatContext*>(&format), AVMEDIA_TYPE_VIDEO,
                                     -1, -1, nullptr, 0);
    if (chosen < 0 || !usable(chosen)) {
        chosen = -1;
        for (unsigned i = 0; i < format.nb_streams && chosen < 0; ++i)
            if (usable(static_cast<int>(i)))
                chosen = static_cast<int>(i);
    }
    if (chosen < 0)
        throw MediaError("'" + path + "' contains no video stream.");
    if (isTextArt(format.streams[chosen]->codecpar->codec_id))
        throw MediaError("'" + path + "' is not a video file (libavformat only recognised it as '"
                         + format.iformat->name + "' text data).");
    return chosen;
}

} // namespace anomalens::media::detail
