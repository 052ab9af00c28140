#pragma once
// Private to core/media: owning handles for libav objects, error text, and the
// process-wide libav log setup. Every libav allocation in core/media goes
// through one of these handles so that early returns and exceptions never
// leak a context, packet or frame.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <memory>
#include <string>

namespace anomalens::media::detail {

struct FormatContextDeleter {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
struct CodecContextDeleter {
    void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct PacketDeleter {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct FrameDeleter {
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
struct SwsContextDeleter {
    void operator()(SwsContext* context) const { sws_freeContext(context); }
};
struct AvFreeDeleter {
    void operator()(void* memory) const { av_free(memory); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;
using AvBufferPtr = std::unique_ptr<uint8_t, AvFreeDeleter>;

// Allocators that throw std::bad_alloc instead of returning null.
PacketPtr makePacket();
FramePtr makeFrame();

// Unreferences a packet/frame on scope exit so a reused one never keeps a
// stale buffer alive after an exception.
class PacketUnref {
public:
    explicit PacketUnref(AVPacket* packet) : m_packet(packet) {}
    ~PacketUnref() { av_packet_unref(m_packet); }
    PacketUnref(const PacketUnref&) = delete;
    PacketUnref& operator=(const PacketUnref&) = delete;

private:
    AVPacket* m_packet;
};

// "Invalid data found when processing input" for AVERROR_INVALIDDATA etc.
std::string avErrorText(int errorCode);

// Installs, once per process, a log callback that drops libav's informational
// chatter, forwards errors to stderr (through libav's default callback, which
// also collapses repeats) and remembers the last error line of each thread so
// that MediaError messages can say what libav objected to ("moov atom not found").
void configureLibavLogging();

// Collects the libav error lines logged on this thread while it is alive.
class LibavErrorCapture {
public:
    LibavErrorCapture();
    ~LibavErrorCapture();
    LibavErrorCapture(const LibavErrorCapture&) = delete;
    LibavErrorCapture& operator=(const LibavErrorCapture&) = delete;
    // The last error line logged since construction (empty if none).
    std::string lastError() const;
};

// Opens `path` with libavformat and reads its stream parameters. Throws
// MediaError naming the file (with libav's own complaint when there is one).
FormatContextPtr openInput(const std::string& path);

// A decoder for `parameters`; threadCount 0 = one per core. Throws MediaError.
CodecContextPtr openDecoder(const AVCodecParameters& parameters, int threadCount,
                            const std::string& pathForErrors);

// The video stream a file's frames are numbered in: libav's best video stream,
// else the first one that is not cover art. FileDecoder and the remuxer both
// use it, so their frame numbers agree. Throws MediaError when there is none
// (or libavformat only saw text data).
int selectVideoStream(const AVFormatContext& format, const std::string& path);

} // namespace anomalens::media::detail
