#include "media/frameindex.h"

extern "C" {
#include <libavcodec/packet.h>
#include <libavutil/avutil.h>
#include <libavutil/mathematics.h>
}

#include <algorithm>
#include <limits>
#include <utility>

namespace anomalens::media::detail {

PacketRecord packetRecord(const AVPacket& packet)
{
    PacketRecord record;
    record.pts = packet.pts;
    record.dts = packet.dts;
    record.duration = packet.duration;
    record.keyframe = (packet.flags & AV_PKT_FLAG_KEY) != 0;
    record.discard = (packet.flags & AV_PKT_FLAG_DISCARD) != 0;
    return record;
}

namespace {

bool known(int64_t timestamp) { return timestamp != AV_NOPTS_VALUE; }

// Fills in the PTS of packets that have none, following the one-frame reorder
// delay of MPEG-1/2/4 decoders (see the header). Packets without a DTS either
// get one continuing from the previous packet.
std::vector<PacketRecord> withSynthesizedPts(std::vector<PacketRecord> packets)
{
    int64_t previousDts = AV_NOPTS_VALUE;
    int64_t previousStep = 1;
    for (PacketRecord& packet : packets) {
        if (!known(packet.dts))
            packet.dts = known(previousDts) ? previousDts + previousStep : 0;
        previousStep = packet.duration > 0 ? packet.duration : 1;
        previousDts = packet.dts;
    }
    PacketRecord* pendingReference = nullptr;
    int64_t maxDts = AV_NOPTS_VALUE;
    int64_t lastStep = 1;
    for (PacketRecord& packet : packets) {
        maxDts = known(maxDts) ? std::max(maxDts, packet.dts) : packet.dts;
        lastStep = packet.duration > 0 ? packet.duration : 1;
        if (known(packet.pts))
            continue;
        if (pendingReference)
            pendingReference->pts = packet.dts;
        pendingReference = &packet;
    }
    if (pendingReference)
        pendingReference->pts = maxDts + lastStep;
    return packets;
}

} // namespace

FrameIndex FrameIndex::fromPackets(const std::vector<PacketRecord>& demuxed, AVRational timeBase)
{
    FrameIndex index;
    index.m_timeBase = timeBase;
    index.m_synthesizedPts = std::any_of(demuxed.begin(), demuxed.end(),
                                         [](const PacketRecord& p) { return !known(p.pts); });
    const std::vector<PacketRecord> packets =
        index.m_synthesizedPts ? withSynthesizedPts(demuxed) : demuxed;
    if (index.m_synthesizedPts) {
        for (const PacketRecord& packet : packets)
            index.m_ptsByDts.emplace_back(packet.dts, packet.pts);
        std::sort(index.m_ptsByDts.begin(), index.m_ptsByDts.end());
    }

    // Packets before the first keyframe reference pictures that are not in the
    // file; so do pictures shown before it (open-GOP leading frames).
    const auto firstKey = std::find_if(packets.begin(), packets.end(),
                                       [](const PacketRecord& p) { return p.keyframe; });
    index.m_hasKeyframeFlags = firstKey != packets.end();
    const auto start = index.m_hasKeyframeFlags ? firstKey : packets.begin();
    const int64_t minimumPts =
        start != packets.end() ? start->pts : std::numeric_limits<int64_t>::min();

    struct Shown {
        int64_t pts, duration;
        bool keyframe;
    };
    std::vector<Shown> shown;
    shown.reserve(packets.size());
    for (auto it = start; it != packets.end(); ++it) {
        if (it == start || it->keyframe)
            index.m_seekPoints.push_back({it->pts, it->dts});
        if (it->discard || it->pts < minimumPts)
            continue;
        shown.push_back({it->pts, it->duration, it->keyframe});
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Shown& a, const Shown& b) { return a.pts < b.pts; });
    std::sort(index.m_seekPoints.begin(), index.m_seekPoints.end(),
              [](const SeekPoint& a, const SeekPoint& b) { return a.pts < b.pts; });

    index.m_entries.reserve(shown.size());
    for (const Shown& frame : shown) {
        // A repeated PTS would make two frames indistinguishable; the decoder's
        // second picture with it is dropped the same way.
        if (!index.m_entries.empty() && index.m_entries.back().pts == frame.pts) {
            index.m_entries.back().keyframe |= frame.keyframe;
            continue;
        }
        FrameIndexEntry entry;
        entry.pts = frame.pts;
        entry.keyframe = frame.keyframe;
        entry.timeUs = av_rescale_q(frame.pts - shown.front().pts, timeBase, AV_TIME_BASE_Q);
        index.m_entries.push_back(entry);
        index.m_lastFrameDuration = frame.duration;
    }
    if (index.m_lastFrameDuration <= 0 && index.m_entries.size() >= 2)
        index.m_lastFrameDuration = (index.m_entries.back().pts - index.m_entries.front().pts)
                                    / static_cast<int64_t>(index.m_entries.size() - 1);
    return index;
}

FrameIndex FrameIndex::uniform(int64_t frameCount, AVRational timeBase)
{
    FrameIndex index;
    index.m_timeBase = timeBase;
    index.m_lastFrameDuration = 1;
    index.m_entries.resize(static_cast<size_t>(std::max<int64_t>(frameCount, 0)));
    for (int64_t n = 0; n < frameCount; ++n) {
        FrameIndexEntry& entry = index.m_entries[static_cast<size_t>(n)];
        entry.pts = n;
        entry.timeUs = av_rescale_q(n, timeBase, AV_TIME_BASE_Q);
        entry.keyframe = true;
        index.m_seekPoints.push_back({n, n});
    }
    return index;
}

int64_t FrameIndex::frameAtPts(int64_t pts) const
{
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), pts,
        [](const FrameIndexEntry& entry, int64_t value) { return entry.pts < value; });
    if (it == m_entries.end() || it->pts != pts)
        return -1;
    return it - m_entries.begin();
}

int64_t FrameIndex::frameAtTimeUs(int64_t timeUs) const
{
    if (m_entries.empty())
        return -1;
    const auto it = std::upper_bound(
        m_entries.begin(), m_entries.end(), timeUs,
        [](int64_t value, const FrameIndexEntry& entry) { return value < entry.timeUs; });
    if (it == m_entries.begin())
        return 0;
    return (it - m_entries.begin()) - 1;
}

int64_t FrameIndex::firstPts() const
{
    return m_entries.empty() ? 0 : m_entries.front().pts;
}

int64_t FrameIndex::durationUs() const
{
    if (m_entries.empty())
        return 0;
    return m_entries.back().timeUs + av_rescale_q(m_lastFrameDuration, m_timeBase, AV_TIME_BASE_Q);
}

double FrameIndex::averageFps() const
{
    if (m_entries.size() < 2)
        return 0.0;
    const double seconds =
        static_cast<double>(m_entries.back().pts - m_entries.front().pts) * av_q2d(m_timeBase);
    return seconds > 0.0 ? static_cast<double>(m_entries.size() - 1) / seconds : 0.0;
}

bool FrameIndex::variableFrameRate() const
{
    if (m_entries.size() < 3)
        return false;
    int64_t smallest = std::numeric_limits<int64_t>::max();
    int64_t largest = 0;
    for (size_t i = 1; i < m_entries.size(); ++i) {
        const int64_t step = m_entries[i].pts - m_entries[i - 1].pts;
        smallest = std::min(smallest, step);
        largest = std::max(largest, step);
    }
    // Containers with coarse time bases (Matroska: 1 ms) store 29.97 fps as
    // alternating 33/34 ms steps; that is still a constant rate.
    return largest - smallest > std::max<int64_t>(1, smallest / 100);
}

size_t FrameIndex::seekPointBefore(int64_t pts) const
{
    const auto it = std::upper_bound(
        m_seekPoints.begin(), m_seekPoints.end(), pts,
        [](int64_t value, const SeekPoint& point) { return value < point.pts; });
    if (it == m_seekPoints.begin())
        return 0;
    return static_cast<size_t>((it - m_seekPoints.begin()) - 1);
}

int64_t FrameIndex::synthesizedPtsForDts(int64_t dts) const
{
    const auto it = std::lower_bound(
        m_ptsByDts.begin(), m_ptsByDts.end(), dts,
        [](const std::pair<int64_t, int64_t>& entry, int64_t value) {
            return entry.first < value;
        });
    if (it == m_ptsByDts.end() || it->first != dts)
        return AV_NOPTS_VALUE;
    return it->second;
}

} // namespace anomalens::media::detail
