#pragma once
// Private to core/media: frame-accurate decoding of the video stream of one
// file through libavformat/libavcodec.
//
// Pictures are identified by their PTS, looked up in the frame index; never by
// counting decoder outputs, which frame threading, dropped leading pictures
// and corrupted packets would all throw off. To reach frame n the decoder
// either keeps decoding forward (n is ahead in the current GOP, or close), or
// seeks to the keyframe at/before n, flushes, and decodes forward to n's PTS;
// if the first picture after a seek is already past n, the demuxer landed
// too late and it retries by DTS, from an earlier keyframe, finally from the
// start. On the way to a target, pictures shown before it that no other
// picture references are not decoded at all (skip_frame = NONREF), which
// roughly halves the cost of a seek in B-frame streams.
//
// Every loop is bounded: corrupted packets are skipped (the decoder's errors
// are not fatal), and a budget of packets per request plus a limit on
// consecutive failures guarantee that a request ends on any input.
#include "media/decoderbackend.h"
#include "media/ffmpegutil.h"

#include <optional>
#include <string>

namespace anomalens::media::detail {

class FileDecoder final : public DecoderBackend {
public:
    explicit FileDecoder(const std::string& path);

    DecodedPicture decodeAtOrAfter(int64_t frameIndex) override;

    // Demuxer seeks made so far (each retry counts): lets tests check that
    // nearby targets are decoded to rather than sought.
    int64_t seekCount() const { return m_seekCount; }

private:
    enum class Received { Picture, End };

    void openDemuxer();
    void buildIndex();
    void fillInfo();
    bool canDecodeForwardTo(int64_t frameIndex) const;
    DecodedPicture decodeForwardTo(int64_t frameIndex);
    // The timestamp to hand av_seek_frame for a seek point.
    int64_t seekTimestamp(size_t seekPoint, bool byDecodeTime) const;
    // Positions the demuxer at the keyframe at/before `timestamp` (stream time
    // base), or at the start of the stream when there is none; flushes the decoder.
    void seek(std::optional<int64_t> timestamp);
    Received receivePicture();
    bool sendNextPacket();
    int64_t identify(const AVFrame& picture) const;

    std::string m_path;
    FormatContextPtr m_format;
    CodecContextPtr m_decoder;
    PacketPtr m_packet;
    FramePtr m_picture;
    int m_streamIndex = -1;

    // Decoder run state (reset by seek()).
    bool m_positioned = false;     // a run started by seek() is under way
    bool m_inputEnded = false;     // the drain packet has been sent
    bool m_outputEnded = false;    // the decoder is drained (or gave up)
    bool m_waitForKeyframe = false;
    int64_t m_pictureIndex = -1;   // frame number of m_picture, -1 if none
    int64_t m_lastIndex = -1;      // highest frame number received in this run
    int64_t m_firstIndexInRun = -1;
    int64_t m_targetPts = 0;       // PTS of the frame being decoded to
    int m_consecutiveFailures = 0;
    std::string m_endReason;

    // Set once seeking by PTS has overshot: this demuxer indexes by DTS.
    bool m_seekByDecodeTime = false;

    // Per-request budget, so that no request can loop forever.
    int64_t m_packetBudget = 0;
    int64_t m_packetsRead = 0;
    int64_t m_seekCount = 0;
};

} // namespace anomalens::media::detail
