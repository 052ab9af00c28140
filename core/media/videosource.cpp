#include "media/videosource.h"

#include "media/decoderbackend.h"
#include "media/filedecoder.h"
#include "media/framescaler.h"
#include "media/imagesequence.h"
#include "media/mediaerror.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace anomalens::media {

struct VideoSource::Impl {
    std::unique_ptr<detail::DecoderBackend> backend;
    MediaInfo info;
    detail::FrameScaler scaler;
    OutputSpec output;
    std::vector<DecodeGap> gaps;
    int64_t nextIndex = 0;  // what next() returns

    void checkFrameNumber(int64_t frameIndex) const;
    void deliver(const detail::DecodedPicture& picture, Frame& out);
    void recordGap(int64_t firstFrame, int64_t lastFrame, const std::string& reason);
};

namespace {

std::unique_ptr<detail::DecoderBackend> openBackend(const std::string& path,
                                                    const VideoSourceOptions& options)
{
    if (path.empty())
        throw MediaError("No file or folder was given to open.");
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (error && error != std::errc::no_such_file_or_directory)
        throw MediaError("'" + path + "' cannot be accessed: " + error.message() + ".");
    if (!std::filesystem::exists(status))
        throw MediaError("'" + path + "' does not exist.");
    if (std::filesystem::is_directory(status))
        return std::make_unique<detail::ImageSequence>(path, options.imageSequenceFps);
    if (std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, error) == 0
        && !error)
        throw MediaError("'" + path + "' is empty (0 bytes): it holds no video.");
    return std::make_unique<detail::FileDecoder>(path);
}

} // namespace

VideoSource::VideoSource(const std::string& path) : VideoSource(path, VideoSourceOptions{}) {}

VideoSource::VideoSource(const std::string& path, const VideoSourceOptions& options)
    : m_impl(std::make_unique<Impl>())
{
    detail::configureLibavLogging();
    Impl& impl = *m_impl;
    impl.backend = openBackend(path, options);

    // Decoding the first frame proves the footage is usable, and completes
    // what the container may not say (an image sequence's size and codec).
    const detail::DecodedPicture first = impl.backend->decodeAtOrAfter(0);
    if (!first.frame)
        throw MediaError("'" + path + "' contains no frame that can be decoded"
                         + (first.gapReason.empty() ? "" : ": " + first.gapReason) + ".");
    if (first.frameIndex > 0)
        impl.recordGap(0, first.frameIndex - 1, first.gapReason);
    impl.info = impl.backend->info();
    if (impl.info.width <= 0 || impl.info.height <= 0) {
        impl.info.width = first.frame->width;
        impl.info.height = first.frame->height;
    }
    if (impl.info.pixelFormat.empty()) {
        const char* name = av_get_pix_fmt_name(static_cast<AVPixelFormat>(first.frame->format));
        impl.info.pixelFormat = name ? name : "";
    }
}

VideoSource::~VideoSource() = default;
VideoSource::VideoSource(VideoSource&&) noexcept = default;
VideoSource& VideoSource::operator=(VideoSource&&) noexcept = default;

const MediaInfo& VideoSource::info() const
{
    return m_impl->info;
}

const std::vector<FrameIndexEntry>& VideoSource::frameIndex() const
{
    return m_impl->backend->index().entries();
}

int64_t VideoSource::frameAtTimeUs(int64_t timeUs) const
{
    return m_impl->backend->index().frameAtTimeUs(timeUs);
}

int64_t VideoSource::frameAtPts(int64_t pts) const
{
    return m_impl->backend->index().frameAtPts(pts);
}

int64_t VideoSource::timeUsOfFrame(int64_t frameIndex) const
{
    m_impl->checkFrameNumber(frameIndex);
    return m_impl->backend->index().entries()[static_cast<size_t>(frameIndex)].timeUs;
}

void VideoSource::setOutput(const OutputSpec& spec)
{
    if (spec.width < 0 || spec.height < 0)
        throw std::invalid_argument("The output size cannot be negative.");
    m_impl->output = spec;
}

const OutputSpec& VideoSource::output() const
{
    return m_impl->output;
}

Frame VideoSource::frame(int64_t frameIndex)
{
    Frame out;
    if (!readFrame(frameIndex, out)) {
        const DecodeGap* gap = nullptr;
        for (const DecodeGap& candidate : m_impl->gaps)
            if (candidate.firstFrame <= frameIndex && frameIndex <= candidate.lastFrame)
                gap = &candidate;
        throw MediaError("Frame " + std::to_string(frameIndex) + " of '" + m_impl->info.path
                         + "' cannot be decoded" + (gap ? ": " + gap->reason : "") + ".");
    }
    return out;
}

bool VideoSource::readFrame(int64_t frameIndex, Frame& out)
{
    Impl& impl = *m_impl;
    impl.checkFrameNumber(frameIndex);
    const detail::DecodedPicture picture = impl.backend->decodeAtOrAfter(frameIndex);
    impl.nextIndex = frameIndex + 1;
    if (picture.frame && picture.frameIndex == frameIndex) {
        impl.deliver(picture, out);
        return true;
    }
    // Only what this request proved missing: up to the next decodable frame.
    impl.recordGap(frameIndex, picture.frame ? picture.frameIndex - 1 : frameIndex,
                   picture.gapReason);
    return false;
}

bool VideoSource::next(Frame& out)
{
    Impl& impl = *m_impl;
    const int64_t frameCount = impl.backend->index().size();
    if (impl.nextIndex >= frameCount)
        return false;
    const detail::DecodedPicture picture = impl.backend->decodeAtOrAfter(impl.nextIndex);
    if (!picture.frame) {
        impl.recordGap(impl.nextIndex, frameCount - 1, picture.gapReason);
        impl.nextIndex = frameCount;
        return false;
    }
    if (picture.frameIndex > impl.nextIndex)
        impl.recordGap(impl.nextIndex, picture.frameIndex - 1, picture.gapReason);
    impl.deliver(picture, out);
    impl.nextIndex = picture.frameIndex + 1;
    return true;
}

void VideoSource::seek(int64_t frameIndex)
{
    Impl& impl = *m_impl;
    // One past the last frame is allowed: next() then reports the end.
    if (frameIndex != impl.backend->index().size())
        impl.checkFrameNumber(frameIndex);
    impl.nextIndex = frameIndex;  // the backend positions itself on the next read
}

const std::vector<DecodeGap>& VideoSource::decodeGaps() const
{
    return m_impl->gaps;
}

void VideoSource::Impl::checkFrameNumber(int64_t frameIndex) const
{
    const int64_t frameCount = backend->index().size();
    if (frameIndex < 0 || frameIndex >= frameCount)
        throw MediaError("Frame " + std::to_string(frameIndex) + " does not exist: '" + info.path
                         + "' has " + std::to_string(frameCount) + " frames (0 to "
                         + std::to_string(frameCount - 1) + ").");
}

void VideoSource::Impl::deliver(const detail::DecodedPicture& picture, Frame& out)
{
    scaler.convert(*picture.frame, output, out);
    out.frameIndex = picture.frameIndex;
    out.ptsUs = backend->index().entries()[static_cast<size_t>(picture.frameIndex)].timeUs;
}

void VideoSource::Impl::recordGap(int64_t firstFrame, int64_t lastFrame, const std::string& reason)
{
    if (lastFrame < firstFrame)
        return;
    gaps.push_back(
        {firstFrame, lastFrame, reason.empty() ? "the frames could not be decoded" : reason});
    std::sort(gaps.begin(), gaps.end(), [](const DecodeGap& a, const DecodeGap& b) {
        return a.firstFrame < b.firstFrame;
    });
    // The same damage is met again by every pass over it: merge overlaps, and
    // neighbours with the same cause, so each gap is reported once.
    std::vector<DecodeGap> merged;
    for (DecodeGap& gap : gaps) {
        if (!merged.empty()
            && (gap.firstFrame <= merged.back().lastFrame
                || (gap.firstFrame == merged.back().lastFrame + 1
                    && gap.reason == merged.back().reason))) {
            merged.back().lastFrame = std::max(merged.back().lastFrame, gap.lastFrame);
            continue;
        }
        merged.push_back(std::move(gap));
    }
    gaps = std::move(merged);
}

} // namespace anomalens::media
