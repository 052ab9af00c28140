#include "media/filedecoder.h"

#include "media/mediaerror.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>

namespace anomalens::media::detail {

namespace {

// A run gives up after this many packets or pictures in a row failed to decode
// (a long stretch of garbage), rather than crawl through it packet by packet.
constexpr int kMaxConsecutiveFailures = 256;
// Consecutive demuxer read errors tolerated before treating them as the end.
constexpr int kMaxReadErrors = 64;
// Decoding this many frames forward costs about as much as a seek plus
// refilling a frame-threaded decoder, so nearer targets are decoded to.
constexpr int64_t kForwardDecodeFrames = 16;
// Packets one request may read beyond the stream's own packet count.
constexpr int64_t kPacketBudgetSlack = 1024;

const char* const kMissingPicturesReason =
    "no picture could be decoded for these frames (corrupted or missing data)";
const char* const kStreamEndedReason =
    "the stream ended before these frames could be decoded (truncated or corrupted data)";

// Clockwise rotation needed to show the picture upright, from the stream's
// display matrix (which rotates counter-clockwise), snapped to 0/90/180/270
// like ffmpeg's own "rotate" tag.
int rotationFromDisplayMatrix(const AVStream& stream)
{
    size_t size = 0;
    const uint8_t* matrix = av_stream_get_side_data(&stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    const double counterClockwise =
        av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
    if (std::isnan(counterClockwise))
        return 0;
    const long quarterTurns = std::lround(-counterClockwise / 90.0);
    return static_cast<int>(((quarterTurns % 4) + 4) % 4) * 90;
}

bool validRate(AVRational rate) { return rate.num > 0 && rate.den > 0; }

} // namespace

FileDecoder::FileDecoder(const std::string& path)
    : m_path(path), m_packet(makePacket()), m_picture(makeFrame())
{
    openDemuxer();
    buildIndex();
    m_decoder = openDecoder(*m_format->streams[m_streamIndex]->codecpar, 0, m_path);
    fillInfo();
}

void FileDecoder::openDemuxer()
{
    m_format = openInput(m_path);
    const int stream = selectVideoStream(*m_format, m_path);
    if (m_streamIndex >= 0 && stream != m_streamIndex)
        throw MediaError("'" + m_path + "' changed while it was open.");
    m_streamIndex = stream;
    // Other streams are not demuxed at all: less I/O, fewer packets to skip.
    for (unsigned i = 0; i < m_format->nb_streams; ++i)
        m_format->streams[i]->discard =
            static_cast<int>(i) == m_streamIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
}

void FileDecoder::buildIndex()
{
    std::vector<PacketRecord> packets;
    int readErrors = 0;
    for (;;) {
        const int result = av_read_frame(m_format.get(), m_packet.get());
        if (result == AVERROR_EOF)
            break;
        if (result < 0) {
            // Damaged container data: demuxers resynchronise, unless the
            // file is simply over.
            if ((m_format->pb && avio_feof(m_format->pb)) || ++readErrors > kMaxReadErrors)
                break;
            continue;
        }
        readErrors = 0;
        PacketUnref unref(m_packet.get());
        if (m_packet->stream_index != m_streamIndex)
            continue;
        packets.push_back(packetRecord(*m_packet));
    }
    m_index = FrameIndex::fromPackets(packets, m_format->streams[m_streamIndex]->time_base);
    if (m_index.empty())
        throw MediaError("'" + m_path + "' contains no video frames.");
    m_packetBudget = static_cast<int64_t>(packets.size()) + kPacketBudgetSlack;
}

void FileDecoder::fillInfo()
{
    const AVStream& stream = *m_format->streams[m_streamIndex];
    const AVCodecParameters& parameters = *stream.codecpar;
    m_info.path = m_path;
    m_info.container = m_format->iformat->name;
    m_info.codec = avcodec_get_name(parameters.codec_id);
    const char* pixelFormat = av_get_pix_fmt_name(static_cast<AVPixelFormat>(parameters.format));
    m_info.pixelFormat = pixelFormat ? pixelFormat : "";
    m_info.width = parameters.width;
    m_info.height = parameters.height;
    if (validRate(stream.avg_frame_rate))
        m_info.fps = av_q2d(stream.avg_frame_rate);
    else if (m_index.averageFps() > 0.0)
        m_info.fps = m_index.averageFps();
    else if (validRate(stream.r_frame_rate))
        m_info.fps = av_q2d(stream.r_frame_rate);
    m_info.variableFrameRate = m_index.variableFrameRate();
    m_info.frameCount = m_index.size();
    m_info.durationUs = m_index.durationUs();
    // Synthesized PTS sit one frame late by construction; decoding starts at
    // the first keyframe's DTS.
    const int64_t start =
        m_index.synthesizedPts() ? m_index.seekPoints().front().dts : m_index.firstPts();
    m_info.startTimeUs = av_rescale_q(start, stream.time_base, AV_TIME_BASE_Q);
    m_info.rotationDeg = rotationFromDisplayMatrix(stream);
    m_info.isImageSequence = false;
}

DecodedPicture FileDecoder::decodeAtOrAfter(int64_t frameIndex)
{
    if (frameIndex == m_pictureIndex && m_pictureIndex >= 0)
        return {m_picture.get(), frameIndex, {}};
    if (canDecodeForwardTo(frameIndex)) {
        m_packetsRead = 0;
        return decodeForwardTo(frameIndex);
    }

    // Seek to the keyframe at/before the target. Demuxers index keyframes by
    // PTS (Matroska) or by DTS (MP4, AVI, MPEG-TS bisection); seeking by PTS
    // can land past a B-frame stream's keyframe in a DTS index. So: by PTS
    // first, by DTS if that overshot (and from then on for this file), then
    // earlier keyframes, finally the start of the stream.
    const size_t key = m_index.seekPointBefore(m_index.entries()[frameIndex].pts);
    const size_t earlier = key >= 1 ? key - 1 : 0;
    const std::optional<int64_t> attempts[] = {
        seekTimestamp(key, m_seekByDecodeTime),
        seekTimestamp(key, true),
        seekTimestamp(earlier, true),
        std::nullopt,  // start of the stream
    };
    DecodedPicture result;
    for (size_t i = 0; i < std::size(attempts); ++i) {
        if (i > 0 && attempts[i] && attempts[i] == attempts[i - 1])
            continue;
        seek(attempts[i]);
        result = decodeForwardTo(frameIndex);
        const bool overshot = m_firstIndexInRun < 0 || m_firstIndexInRun > frameIndex;
        if (result.frameIndex == frameIndex || !overshot) {
            if (i == 1)
                m_seekByDecodeTime = true;
            return result;
        }
    }
    return result;
}

int64_t FileDecoder::seekTimestamp(size_t seekPoint, bool byDecodeTime) const
{
    const SeekPoint& point = m_index.seekPoints()[seekPoint];
    if (m_index.synthesizedPts())
        return point.dts;  // such containers only know decode order
    if (byDecodeTime && point.dts != AV_NOPTS_VALUE)
        return std::min(point.pts, point.dts);
    return point.pts;
}

bool FileDecoder::canDecodeForwardTo(int64_t frameIndex) const
{
    if (!m_positioned || m_outputEnded || m_lastIndex < 0 || frameIndex <= m_lastIndex)
        return false;
    const std::vector<FrameIndexEntry>& entries = m_index.entries();
    const SeekPoint& key =
        m_index.seekPoints()[m_index.seekPointBefore(entries[static_cast<size_t>(frameIndex)].pts)];
    // Same GOP (no keyframe in between): a seek could only land where we are.
    return key.pts <= entries[static_cast<size_t>(m_lastIndex)].pts
           || frameIndex - m_lastIndex <= kForwardDecodeFrames;
}

DecodedPicture FileDecoder::decodeForwardTo(int64_t frameIndex)
{
    m_targetPts = m_index.entries()[static_cast<size_t>(frameIndex)].pts;
    for (int64_t received = 0; received < m_packetBudget; ++received) {
        if (receivePicture() == Received::End)
            return {nullptr, -1, m_endReason.empty() ? kStreamEndedReason : m_endReason};
        const int64_t number = identify(*m_picture);
        // Pictures the index does not know (dropped pre-roll, damaged
        // timestamps) or that come out of order after damage are not shown.
        if (number < 0 || number <= m_lastIndex)
            continue;
        m_lastIndex = number;
        if (m_firstIndexInRun < 0)
            m_firstIndexInRun = number;
        m_pictureIndex = number;
        if (number < frameIndex)
            continue;
        return {m_picture.get(), number, number > frameIndex ? kMissingPicturesReason : ""};
    }
    m_outputEnded = true;
    m_pictureIndex = -1;
    return {nullptr, -1, "decoding was abandoned: the decoder's pictures do not match the index"};
}

void FileDecoder::seek(std::optional<int64_t> timestamp)
{
    ++m_seekCount;
    m_packetsRead = 0;
    m_positioned = true;
    m_inputEnded = false;
    m_outputEnded = false;
    m_waitForKeyframe = m_index.hasKeyframeFlags();
    m_pictureIndex = -1;
    m_lastIndex = -1;
    m_firstIndexInRun = -1;
    m_consecutiveFailures = 0;
    m_endReason.clear();
    avcodec_flush_buffers(m_decoder.get());

    const bool sought =
        timestamp
        && av_seek_frame(m_format.get(), m_streamIndex, *timestamp, AVSEEK_FLAG_BACKWARD) >= 0;
    // Reopening always reaches the start, whatever the demuxer's seeking supports.
    if (!sought)
        openDemuxer();
}

FileDecoder::Received FileDecoder::receivePicture()
{
    m_pictureIndex = -1;  // m_picture is about to be overwritten
    for (;;) {
        if (m_outputEnded)
            return Received::End;
        const int result = avcodec_receive_frame(m_decoder.get(), m_picture.get());
        if (result == 0) {
            m_consecutiveFailures = 0;
            return Received::Picture;
        }
        if (result == AVERROR_EOF) {
            m_outputEnded = true;
            return Received::End;
        }
        if (result != AVERROR(EAGAIN)) {
            // Frame-threaded decoders report a damaged packet here; later
            // packets still decode.
            if (++m_consecutiveFailures > kMaxConsecutiveFailures) {
                m_endReason = "decoding stopped after too many damaged packets in a row";
                m_outputEnded = true;
            }
            continue;
        }
        if (m_inputEnded) {  // drained, yet no EOF: nothing more will come
            m_outputEnded = true;
            continue;
        }
        if (!sendNextPacket()) {
            m_inputEnded = true;
            avcodec_send_packet(m_decoder.get(), nullptr);  // drain the pictures still held
        }
    }
}

bool FileDecoder::sendNextPacket()
{
    int readErrors = 0;
    while (m_packetsRead < m_packetBudget) {
        ++m_packetsRead;
        const int result = av_read_frame(m_format.get(), m_packet.get());
        if (result == AVERROR_EOF)
            return false;
        if (result < 0) {
            if ((m_format->pb && avio_feof(m_format->pb)) || ++readErrors > kMaxReadErrors)
                return false;
            continue;
        }
        readErrors = 0;
        PacketUnref unref(m_packet.get());
        if (m_packet->stream_index != m_streamIndex)
            continue;
        // After a seek the demuxer may land before a keyframe (MPEG-TS
        // seeks by bisection); pictures decoded from there would be garbage.
        if (m_waitForKeyframe) {
            if (!(m_packet->flags & AV_PKT_FLAG_KEY))
                continue;
            m_waitForKeyframe = false;
        }
        if (m_index.synthesizedPts())
            m_packet->pts = m_index.synthesizedPtsForDts(m_packet->dts);
        // Pictures shown before the target that nothing references (most
        // B-frames) need not be decoded at all on the way to it.
        m_decoder->skip_frame =
            m_packet->pts != AV_NOPTS_VALUE && m_packet->pts < m_targetPts ? AVDISCARD_NONREF
                                                                          : AVDISCARD_DEFAULT;
        const int sent = avcodec_send_packet(m_decoder.get(), m_packet.get());
        if (sent == 0)
            return true;
        // A damaged packet (AVERROR_INVALIDDATA, ...) is skipped, not fatal.
        if (++m_consecutiveFailures > kMaxConsecutiveFailures) {
            m_endReason = "decoding stopped after too many damaged packets in a row";
            return false;
        }
    }
    m_endReason = "decoding was abandoned: the stream has more data than its index";
    return false;
}

int64_t FileDecoder::identify(const AVFrame& picture) const
{
    int64_t pts = picture.pts;
    if (pts == AV_NOPTS_VALUE)
        pts = picture.best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        return -1;
    return m_index.frameAtPts(pts);
}

} // namespace anomalens::media::detail
