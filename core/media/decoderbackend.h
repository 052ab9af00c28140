#pragma once
// Private to core/media: what VideoSource needs from one kind of footage (a
// video file, an image folder). A backend owns the metadata and the frame
// index and hands out decoded pictures in their source format; VideoSource
// does the conversion, the bookkeeping of positions and the gap record.
#include "media/frameindex.h"
#include "media/videosource.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <cstdint>
#include <string>

namespace anomalens::media::detail {

struct DecodedPicture {
    // Null when no frame from the requested one to the end could be decoded.
    const AVFrame* frame = nullptr;
    // The frame's number: the requested one, or a later one when the frames
    // in between could not be decoded.
    int64_t frameIndex = -1;
    // Why the frames from the requested one up to frameIndex (or to the end)
    // are missing; empty when the requested frame was decoded.
    std::string gapReason;
};

class DecoderBackend {
public:
    virtual ~DecoderBackend() = default;
    DecoderBackend(const DecoderBackend&) = delete;
    DecoderBackend& operator=(const DecoderBackend&) = delete;

    const MediaInfo& info() const { return m_info; }
    const FrameIndex& index() const { return m_index; }

    // Frame `frameIndex` (0 <= frameIndex < index().size()), or the first
    // decodable frame after it. The picture stays valid until the next call.
    // Throws MediaError only for faults that make the whole source unusable.
    virtual DecodedPicture decodeAtOrAfter(int64_t frameIndex) = 0;

protected:
    DecoderBackend() = default;

    MediaInfo m_info;
    FrameIndex m_index;
};

} // namespace anomalens::media::detail
