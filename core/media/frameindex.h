#pragma once
// Private to core/media: the frame index of one video stream, built from the
// packets a demuxer returns (no decoding). It numbers the pictures a decoder
// will output, in display order, and maps number <-> PTS <-> time.
//
// To agree with the decoder's output the index leaves out packets flagged
// AV_PKT_FLAG_DISCARD (edit-list pre-roll: decoded as references, never shown)
// and packets before the first keyframe (nothing to decode them from). It keeps
// every keyframe, shown or not, as a seek point.
//
// Some demuxers give no PTS to reference frames (AVI with B-frames: the
// container only knows decode order). Then the index assigns each such packet
// a PTS itself: an MPEG-style decoder with one frame of reorder delay shows a
// reference frame when the next reference frame arrives, so its display slot
// is the DTS of the next reference packet. The decoder must then be fed
// packets carrying the same assigned PTS (synthesizedPtsForDts) so that the
// PTS of the decoded pictures identify them.
#include "media/videosource.h"

extern "C" {
#include <libavutil/rational.h>
}

#include <cstddef>
#include <cstdint>
#include <vector>

struct AVPacket;

namespace anomalens::media::detail {

// One demuxed packet of the video stream, in demux (decode) order.
struct PacketRecord {
    int64_t pts = 0;   // AV_NOPTS_VALUE when the demuxer had none
    int64_t dts = 0;   // AV_NOPTS_VALUE when the demuxer had none
    int64_t duration = 0;
    bool keyframe = false;
    bool discard = false;
};

// The record of a demuxed packet (its timestamps and flags).
PacketRecord packetRecord(const AVPacket& packet);

// A keyframe packet: decoding may start there.
struct SeekPoint {
    int64_t pts = 0;
    int64_t dts = 0;  // AV_NOPTS_VALUE when unknown
};

class FrameIndex {
public:
    FrameIndex() = default;
    static FrameIndex fromPackets(const std::vector<PacketRecord>& packets, AVRational timeBase);
    // `frameCount` frames, PTS 0, 1, 2, ... in `timeBase` units, all keyframes.
    static FrameIndex uniform(int64_t frameCount, AVRational timeBase);

    const std::vector<FrameIndexEntry>& entries() const { return m_entries; }
    int64_t size() const { return static_cast<int64_t>(m_entries.size()); }
    bool empty() const { return m_entries.empty(); }
    AVRational timeBase() const { return m_timeBase; }

    int64_t frameAtPts(int64_t pts) const;       // -1 if no frame has that PTS
    int64_t frameAtTimeUs(int64_t timeUs) const; // clamped to [0, size-1]; -1 if empty
    int64_t firstPts() const;
    // Time from the first frame to the end of the last one.
    int64_t durationUs() const;
    // Average rate over the index (0 with fewer than two frames).
    double averageFps() const;
    // True when the PTS steps between frames differ by more than rounding.
    bool variableFrameRate() const;

    // Keyframes in PTS order; never empty for a non-empty index.
    const std::vector<SeekPoint>& seekPoints() const { return m_seekPoints; }
    // Position in seekPoints() of the last keyframe with PTS <= pts (0 if none).
    size_t seekPointBefore(int64_t pts) const;
    // False when the stream flags no keyframe at all (then only the stream start
    // is a safe place to begin decoding).
    bool hasKeyframeFlags() const { return m_hasKeyframeFlags; }

    bool synthesizedPts() const { return m_synthesizedPts; }
    // The PTS assigned to the packet with this DTS (AV_NOPTS_VALUE if unknown).
    int64_t synthesizedPtsForDts(int64_t dts) const;

private:
    std::vector<FrameIndexEntry> m_entries;
    std::vector<SeekPoint> m_seekPoints;
    std::vector<std::pair<int64_t, int64_t>> m_ptsByDts;  // sorted by dts; synthesized mode only
    AVRational m_timeBase{1, 1};
    int64_t m_lastFrameDuration = 0;  // time base units
    bool m_hasKeyframeFlags = true;
    bool m_synthesizedPts = false;
};

} // namespace anomalens::media::detail
