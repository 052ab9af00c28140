#include "media/reencode.h"

#include "media/mediaerror.h"
#include "media/videowriter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>

namespace anomalens::media {

namespace {

namespace fs = std::filesystem;

// Copies `frame` into `out` (width x height >= the frame's), repeating the
// last column and row into the padding.
void padFrame(const Frame& frame, int width, int height, Frame& out)
{
    const int channels = channelCount(frame.format);
    out.width = width;
    out.height = height;
    out.format = frame.format;
    out.frameIndex = frame.frameIndex;
    out.ptsUs = frame.ptsUs;
    out.data.resize(static_cast<size_t>(width) * height * channels);
    const size_t sourceRow = static_cast<size_t>(frame.stride());
    const size_t row = static_cast<size_t>(width) * channels;
    for (int y = 0; y < height; ++y) {
        const uint8_t* source = frame.data.data() + std::min(y, frame.height - 1) * sourceRow;
        uint8_t* target = out.data.data() + y * row;
        std::memcpy(target, source, sourceRow);
        for (size_t x = sourceRow; x < row; x += channels)
            std::memcpy(target + x, source + sourceRow - channels, channels);
    }
}

void addReplaced(std::vector<DecodeGap>& gaps, int64_t frameIndex, const std::string& reason)
{
    if (!gaps.empty() && gaps.back().lastFrame + 1 == frameIndex) {
        gaps.back().lastFrame = frameIndex;
        return;
    }
    gaps.push_back({frameIndex, frameIndex, reason});
}

} // namespace

ReencodeResult reencodeClip(const std::string& sourcePath, int64_t firstFrame, int64_t lastFrame,
                            const std::string& outputPath, const std::string& container,
                            const ReencodeOptions& options, const ClipProgress& progress)
{
    VideoSource source(libavPath(sourcePath), options.source);
    const MediaInfo& info = source.info();
    const auto& index = source.frameIndex();
    const int64_t frameCount = static_cast<int64_t>(index.size());
    if (firstFrame < 0 || lastFrame < firstFrame || lastFrame >= frameCount)
        throw MediaError("The frames " + std::to_string(firstFrame) + " to " + std::to_string(lastFrame) +
                         " are not a range of '" + sourcePath + "', which has frames 0 to " +
                         std::to_string(frameCount - 1) + ".");

    ReencodeResult result;
    result.range = {firstFrame, lastFrame, index[firstFrame].timeUs, index[lastFrame].timeUs};
    result.sourceWidth = info.width;
    result.sourceHeight = info.height;
    result.width = info.width + (info.width % 2);
    result.height = info.height + (info.height % 2);
    result.variableFrameRateSource = info.variableFrameRate;
    result.container = container;

    VideoWriterOptions writerOptions;
    writerOptions.width = result.width;
    writerOptions.height = result.height;
    writerOptions.fps = FrameRate::fromDouble(info.fps > 0.0 ? info.fps : kDefaultImageSequenceFps);
    result.fps = writerOptions.fps.value();
    writerOptions.crf = options.crf;
    writerOptions.x264Preset = options.x264Preset;
    writerOptions.gopSize = options.gopSize > 0 ? options.gopSize
                                                : std::max(1, static_cast<int>(std::lround(result.fps)));
    writerOptions.containerFormat = container;

    auto writer = std::make_unique<VideoWriter>(libavPath(outputPath), writerOptions);
    result.codec = writer->codecName();
    try {
        const bool padded = result.width != info.width || result.height != info.height;
        Frame decoded;
        Frame padding;
        std::optional<Frame> previous;  // last frame written, reused for undecodable ones
        int64_t missingAtStart = 0;     // undecodable frames before the first decoded one
        const std::string reason = "could not be decoded; the previous frame was repeated";
        auto emit = [&](const Frame& frame) {
            const Frame* out = &frame;
            if (padded) {
                padFrame(frame, result.width, result.height, padding);
                out = &padding;
            }
            writer->write(*out);
            ++result.framesWritten;
            if (progress && !progress(result.framesWritten, lastFrame - firstFrame + 1))
                throw ClipCancelled("The clip export was cancelled.");
        };
        auto fillTo = [&](int64_t endFrame) {  // repeat `previous` up to endFrame (exclusive)
            for (int64_t n = firstFrame + result.framesWritten + missingAtStart; n < endFrame; ++n) {
                if (!previous) {
                    ++missingAtStart;
                    continue;
                }
                addReplaced(result.replacedFrames, n, reason);
                emit(*previous);
            }
        };
        source.seek(firstFrame);
        while (firstFrame + result.framesWritten + missingAtStart <= lastFrame && source.next(decoded)) {
            fillTo(std::min(decoded.frameIndex, lastFrame + 1));
            if (decoded.frameIndex > lastFrame)
                break;
            if (!previous && missingAtStart > 0) {  // the first frames: take the next good one
                for (int64_t n = 0; n < missingAtStart; ++n) {
                    addReplaced(result.replacedFrames, firstFrame + n,
                                "could not be decoded; the next decodable frame was repeated");
                    emit(decoded);
                }
                missingAtStart = 0;
            }
            emit(decoded);
            previous = decoded;
        }
        if (!previous)
            throw MediaError("None of the frames " + std::to_string(firstFrame) + " to " +
                             std::to_string(lastFrame) + " of '" + sourcePath + "' could be decoded.");
        fillTo(lastFrame + 1);
        writer->finish();
    } catch (...) {
        writer.reset();
        std::error_code ec;
        fs::remove(fs::u8path(outputPath), ec);
        throw;
    }
    return result;
}

} // namespace anomalens::media
