#include "media/remux.h"

#include "media/ffmpegutil.h"
#include "media/frameindex.h"
#include "media/mediaerror.h"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace anomalens::media {

namespace {

namespace fs = std::filesystem;
using detail::avErrorText;
using detail::PacketRecord;

// Consecutive demuxer read errors tolerated before treating them as the end
// (as FileDecoder does when it builds its index).
constexpr int kMaxReadErrors = 64;

} // namespace

std::string libavPath(const std::string& path)
{
    std::error_code ec;
    const fs::path absolute = fs::absolute(fs::u8path(path), ec);
    return ec ? path : absolute.u8string();
}

namespace {

struct Demuxer {
    detail::FormatContextPtr format;
    int streamIndex = -1;
};

Demuxer openVideo(const std::string& path)
{
    Demuxer demuxer;
    demuxer.format = detail::openInput(libavPath(path));
    demuxer.streamIndex = detail::selectVideoStream(*demuxer.format, path);
    for (unsigned i = 0; i < demuxer.format->nb_streams; ++i)
        demuxer.format->streams[i]->discard =
            static_cast<int>(i) == demuxer.streamIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    return demuxer;
}

// The next packet of the video stream; false at the end of the file.
bool readVideoPacket(Demuxer& demuxer, AVPacket* packet)
{
    int readErrors = 0;
    for (;;) {
        const int rc = av_read_frame(demuxer.format.get(), packet);
        if (rc == AVERROR_EOF)
            return false;
        if (rc < 0) {
            if ((demuxer.format->pb && avio_feof(demuxer.format->pb)) || ++readErrors > kMaxReadErrors)
                return false;
            continue;
        }
        if (packet->stream_index == demuxer.streamIndex)
            return true;
        av_packet_unref(packet);
    }
}

std::vector<PacketRecord> demuxAll(Demuxer& demuxer, AVPacket* packet)
{
    std::vector<PacketRecord> packets;
    while (readVideoPacket(demuxer, packet)) {
        detail::PacketUnref unref(packet);
        packets.push_back(detail::packetRecord(*packet));
    }
    return packets;
}

// Which packets (decode order) make up the clip.
struct CutPlan {
    size_t startPacket = 0;  // the keyframe the copy starts at
    size_t endPacket = 0;    // inclusive
    int64_t startPts = 0;    // becomes time 0 in the clip
    int64_t packetCount = 0; // packets in [startPacket, endPacket] that are copied
    ClipRange range;
};

// Packets shown before the starting keyframe (open-GOP leading pictures)
// reference the previous GOP, which is not in the clip: they are left out.
bool copied(const PacketRecord& packet, int64_t startPts) { return packet.pts >= startPts; }

CutPlan planCut(const std::vector<PacketRecord>& packets, const detail::FrameIndex& index,
                int64_t firstFrame, int64_t lastFrame)
{
    const auto& entries = index.entries();
    CutPlan plan;
    const detail::SeekPoint key = index.seekPoints()[index.seekPointBefore(entries[firstFrame].pts)];
    plan.startPts = key.pts;
    if (index.hasKeyframeFlags()) {
        const auto start = std::find_if(packets.begin(), packets.end(), [&](const PacketRecord& p) {
            return p.keyframe && p.pts == key.pts;
        });
        plan.startPacket = static_cast<size_t>(start - packets.begin());
    }

    // Everything decoded before the last frame wanted is a potential
    // reference of it, and may itself be shown later (the P-frame that
    // B-frames lean on); the clip then runs to the highest PTS copied, and
    // every frame up to that PTS must be in it too, so widen until stable.
    int64_t endPts = entries[lastFrame].pts;
    plan.endPacket = plan.startPacket;
    for (;;) {
        for (size_t i = plan.startPacket; i < packets.size(); ++i)
            if (copied(packets[i], plan.startPts) && packets[i].pts <= endPts)
                plan.endPacket = i;
        int64_t highestPts = endPts;
        for (size_t i = plan.startPacket; i <= plan.endPacket; ++i)
            if (copied(packets[i], plan.startPts))
                highestPts = std::max(highestPts, packets[i].pts);
        if (highestPts == endPts)
            break;
        endPts = highestPts;
    }
    for (size_t i = plan.startPacket; i <= plan.endPacket; ++i)
        plan.packetCount += copied(packets[i], plan.startPts) ? 1 : 0;

    const auto firstShown = std::lower_bound(
        entries.begin(), entries.end(), plan.startPts,
        [](const FrameIndexEntry& entry, int64_t pts) { return entry.pts < pts; });
    const auto lastShown = std::upper_bound(
        entries.begin(), entries.end(), endPts,
        [](int64_t pts, const FrameIndexEntry& entry) { return pts < entry.pts; });
    plan.range.firstFrame = std::min<int64_t>(firstShown - entries.begin(), firstFrame);
    plan.range.lastFrame = std::max<int64_t>((lastShown - entries.begin()) - 1, lastFrame);
    plan.range.firstTimeUs = entries[plan.range.firstFrame].timeUs;
    plan.range.lastTimeUs = entries[plan.range.lastFrame].timeUs;
    return plan;
}

// Owns the output file while it is written; removes it unless finished.
class Muxer {
public:
    Muxer(const std::string& path, const std::string& container, const AVStream& source)
        : m_path(path)
    {
        try {
            open(container, source);
        } catch (...) {
            discard();  // a throwing constructor gets no destructor call
            throw;
        }
    }

    ~Muxer() { discard(); }

    Muxer(const Muxer&) = delete;
    Muxer& operator=(const Muxer&) = delete;

private:
    void open(const std::string& container, const AVStream& source)
    {
        // Absolute, so that a relative name with a colon ("evt:1.mp4") is not
        // taken for a libavformat protocol.
        const std::string path = libavPath(m_path);
        int rc = avformat_alloc_output_context2(&m_format, nullptr, container.c_str(), path.c_str());
        if (rc < 0 || !m_format)
            fail("the container format '" + container + "' is not available in this FFmpeg build");
        const AVCodecID codec = source.codecpar->codec_id;
        if (avformat_query_codec(m_format->oformat, codec, FF_COMPLIANCE_NORMAL) == 0)
            fail(std::string("the source's ") + avcodec_get_name(codec) + " video cannot be stored in a " +
                 m_format->oformat->name + " file without re-encoding; choose .mkv, or the re-encoded export");
        m_stream = avformat_new_stream(m_format, nullptr);
        if (!m_stream)
            throw std::bad_alloc();
        rc = avcodec_parameters_copy(m_stream->codecpar, source.codecpar);
        if (rc < 0)
            fail("cannot copy the stream parameters (" + avErrorText(rc) + ")");
        m_stream->codecpar->codec_tag = 0;  // the source container's tag may mean nothing here
        m_stream->time_base = source.time_base;
        m_stream->avg_frame_rate = source.avg_frame_rate;
        m_stream->r_frame_rate = source.r_frame_rate;
        m_stream->sample_aspect_ratio = source.sample_aspect_ratio;
        // The display matrix (rotation) and similar stream-level facts.
        for (int i = 0; i < source.nb_side_data; ++i) {
            const AVPacketSideData& side = source.side_data[i];
            uint8_t* copy = av_stream_new_side_data(m_stream, side.type, side.size);
            if (!copy)
                throw std::bad_alloc();
            std::copy(side.data, side.data + side.size, copy);
        }
        if (!(m_format->oformat->flags & AVFMT_NOFILE)) {
            rc = avio_open(&m_format->pb, path.c_str(), AVIO_FLAG_WRITE);
            if (rc < 0)
                fail("cannot create the file (" + avErrorText(rc) + ")");
            m_created = true;
        }
        AVDictionary* options = nullptr;
        const std::string name = m_format->oformat->name;
        if (name.find("mp4") != std::string::npos || name.find("mov") != std::string::npos)
            av_dict_set(&options, "movflags", "+faststart", 0);
        rc = avformat_write_header(m_format, &options);
        av_dict_free(&options);
        if (rc < 0)
            fail("cannot write the header (" + avErrorText(rc) + ")");
        m_sourceTimeBase = source.time_base;
    }

    void discard()
    {
        release();
        if (!m_finished && m_created) {
            std::error_code ec;
            fs::remove(fs::u8path(m_path), ec);
        }
    }

public:
    // Shifts the packet so the clip starts at 0 and hands it to the muxer,
    // which takes its data.
    void write(AVPacket* packet, int64_t startPts)
    {
        packet->pts -= startPts;
        if (packet->dts != AV_NOPTS_VALUE)
            packet->dts -= startPts;
        av_packet_rescale_ts(packet, m_sourceTimeBase, m_stream->time_base);
        packet->stream_index = m_stream->index;
        packet->pos = -1;
        const int rc = av_interleaved_write_frame(m_format, packet);
        if (rc < 0)
            fail("writing failed, is the disk full? (" + avErrorText(rc) + ")");
    }

    void finish()
    {
        int rc = av_interleaved_write_frame(m_format, nullptr);  // flush the interleaving queue
        if (rc >= 0)
            rc = av_write_trailer(m_format);
        if (rc >= 0 && m_format->pb && m_format->pb->error < 0)
            rc = m_format->pb->error;
        if (rc < 0)
            fail("cannot finish the file, is the disk full? (" + avErrorText(rc) + ")");
        if (m_created) {
            rc = avio_closep(&m_format->pb);
            if (rc < 0)
                fail("closing the file failed, is the disk full? (" + avErrorText(rc) + ")");
        }
        m_finished = true;
    }

    std::string containerName() const { return m_format->oformat->name; }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw MediaError("Cannot write the clip '" + m_path + "': " + what + ".");
    }

    void release()
    {
        if (!m_format)
            return;
        if (m_format->pb && !(m_format->oformat->flags & AVFMT_NOFILE))
            avio_closep(&m_format->pb);
        avformat_free_context(m_format);
        m_format = nullptr;
    }

    std::string m_path;
    AVFormatContext* m_format = nullptr;
    AVStream* m_stream = nullptr;
    AVRational m_sourceTimeBase{1, 1};
    bool m_created = false;
    bool m_finished = false;
};

// Positions `demuxer` so that the next video packet read is the plan's
// starting keyframe. Demuxers index keyframes by PTS or by DTS and some land
// late; landing early is fine (packets are skipped), landing late falls back
// to reading from the start of the file.
void positionAtStart(Demuxer& demuxer, const std::string& path, const CutPlan& plan,
                     const std::vector<PacketRecord>& packets, AVPacket* packet)
{
    const PacketRecord& key = packets[plan.startPacket];
    if (plan.startPacket > 0) {
        const int64_t target = key.dts != AV_NOPTS_VALUE ? key.dts : key.pts;
        if (av_seek_frame(demuxer.format.get(), demuxer.streamIndex, target, AVSEEK_FLAG_BACKWARD) < 0)
            demuxer = openVideo(path);
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        int64_t budget = static_cast<int64_t>(packets.size()) + 1024;
        while (budget-- > 0 && readVideoPacket(demuxer, packet)) {
            if (packet->pts == key.pts && ((packet->flags & AV_PKT_FLAG_KEY) || plan.startPacket == 0))
                return;  // the caller copies this packet first
            const bool overshot = (packet->flags & AV_PKT_FLAG_KEY) && packet->pts != AV_NOPTS_VALUE &&
                                  packet->pts > key.pts;
            av_packet_unref(packet);
            if (overshot)
                break;
        }
        demuxer = openVideo(path);  // from the very start
    }
    throw MediaError("'" + path + "' cannot be read again at frame " + std::to_string(plan.range.firstFrame) +
                     "; has the file changed during the export?");
}

} // namespace

std::string muxerForFileName(const fs::path& fileName)
{
    const std::string name = fileName.filename().u8string();
    const AVOutputFormat* format = av_guess_format(nullptr, name.c_str(), nullptr);
    if (!format || fileName.extension().empty())
        throw MediaError("'" + name + "' has no video file extension that says which container to write; "
                         "use .mp4, .mkv, .mov or .avi.");
    return format->name;
}

RemuxResult remuxClip(const std::string& sourcePath, int64_t firstFrame, int64_t lastFrame,
                      const std::string& outputPath, const std::string& container, const ClipProgress& progress)
{
    std::error_code ec;
    if (fs::is_directory(fs::u8path(sourcePath), ec))
        throw MediaError("'" + sourcePath + "' is a folder of still images; there are no video packets to copy. "
                         "Use the re-encoded export for image sequences.");
    detail::configureLibavLogging();
    const detail::LibavErrorCapture capture;
    detail::PacketPtr packet = detail::makePacket();

    Demuxer demuxer = openVideo(sourcePath);
    const AVStream& stream = *demuxer.format->streams[demuxer.streamIndex];
    const std::vector<PacketRecord> packets = demuxAll(demuxer, packet.get());
    const detail::FrameIndex index = detail::FrameIndex::fromPackets(packets, stream.time_base);
    if (index.empty())
        throw MediaError("'" + sourcePath + "' contains no video frames.");
    if (index.synthesizedPts())
        throw MediaError("'" + sourcePath + "' stores no presentation times for its frames (typical of AVI files "
                         "with B-frames); a stream copy could not keep their order. Use the re-encoded export.");
    if (firstFrame < 0 || lastFrame < firstFrame || lastFrame >= index.size())
        throw MediaError("The frames " + std::to_string(firstFrame) + " to " + std::to_string(lastFrame) +
                         " are not a range of '" + sourcePath + "', which has frames 0 to " +
                         std::to_string(index.size() - 1) + ".");
    const CutPlan plan = planCut(packets, index, firstFrame, lastFrame);

    RemuxResult result;
    result.range = plan.range;
    result.codec = avcodec_get_name(stream.codecpar->codec_id);
    for (unsigned i = 0; i < demuxer.format->nb_streams; ++i) {
        const AVStream& other = *demuxer.format->streams[i];
        if (static_cast<int>(i) != demuxer.streamIndex && !(other.disposition & AV_DISPOSITION_ATTACHED_PIC))
            ++result.streamsLeftOut;
    }

    Muxer muxer(outputPath, container, stream);
    result.container = muxer.containerName();
    Demuxer reader = openVideo(sourcePath);
    positionAtStart(reader, sourcePath, plan, packets, packet.get());
    // positionAtStart left the starting keyframe in `packet`; from there the
    // packets come in the order the first pass recorded them.
    bool havePacket = true;
    for (size_t i = plan.startPacket; i <= plan.endPacket; ++i) {
        if (!havePacket && !readVideoPacket(reader, packet.get()))
            throw MediaError("'" + sourcePath + "' ended early while the clip was copied; has it changed?");
        havePacket = false;
        detail::PacketUnref unref(packet.get());
        if (packet->pts != packets[i].pts)
            throw MediaError("'" + sourcePath + "' reads differently the second time (packet " + std::to_string(i) +
                             "); has the file changed during the export?");
        if (!copied(packets[i], plan.startPts))
            continue;
        muxer.write(packet.get(), plan.startPts);
        ++result.packetsWritten;
        if (progress && !progress(result.packetsWritten, plan.packetCount))
            throw ClipCancelled("The clip export was cancelled.");
    }
    muxer.finish();
    return result;
}

} // namespace anomalens::media
