#include "training/clipdataset.h"

#include "media/videosource.h"
#include "training/footage.h"

#include <cmath>

namespace anomalens::training {

namespace {

// SplitMix64 (Steele et al.): small, fast, and fully specified.
std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Uniform in [0, bound) by the multiply-shift method (bias below 2^-64 * bound).
std::uint64_t below(std::uint64_t& state, std::uint64_t bound)
{
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(splitMix64(state)) * bound) >> 64);
}

} // namespace

ClipDataset::ClipDataset(const std::vector<std::string>& paths, const DatasetOptions& options)
    : m_options(options)
{
    if (options.frameSize <= 0 || options.windowLength <= 0)
        throw std::invalid_argument("Dataset: frame size and window length must be positive");
    if (!(options.heldOutFraction >= 0.0 && options.heldOutFraction <= 1.0))
        throw std::invalid_argument("Dataset: the held-out fraction must be between 0 and 1");
    const std::vector<FootageSource> sources = discoverFootage(paths);
    std::optional<cues::CueStream> cueStream;
    if (options.cues) {
        cueStream.emplace(*options.cues, options.frameSize);
        m_labelChannels = cueStream->labelChannels();
    }
    for (const FootageSource& source : sources) {
        Clip clip;
        clip.record.path = source.path;
        clip.record.kind = source.isImageFolder ? "folder" : "file";
        clip.record.sha256 = footageSha256(source);
        clip.record.firstFrame = source.firstFrame;
        clip.record.lastFrame = source.lastFrame;
        decode(clip);
        const auto frames = static_cast<std::int64_t>(clip.sourceFrames.size());
        if (frames == 0)
            throw std::invalid_argument("No frames in '" + source.path + "'" +
                                        (source.isRange() ? " between frames " + std::to_string(source.firstFrame) +
                                                                " and " + std::to_string(source.lastFrame)
                                                          : std::string()));
        if (cueStream)
            computeCues(clip, *cueStream);
        clip.record.frameCount = frames;
        clip.record.heldOutFrames = std::llround(static_cast<double>(frames) * options.heldOutFraction);
        clip.record.trainingFrames = frames - clip.record.heldOutFrames;
        m_clips.push_back(std::move(clip));
        if (options.progress)
            options.progress(m_clips.size(), sources.size(), source.path);
    }
    for (std::size_t c = 0; c < m_clips.size(); ++c)
        for (std::int64_t first = 0; first + options.windowLength <= m_clips[c].record.trainingFrames; ++first)
            if (isConsecutive(m_clips[c], first))
                m_trainingWindows.push_back({c, first});
    if (m_trainingWindows.empty() && options.heldOutFraction < 1.0)
        throw std::invalid_argument("The footage is too short to train on: no clip has " +
                                    std::to_string(options.windowLength) +
                                    " consecutive frames outside its held-out part");
}

void ClipDataset::decode(Clip& clip) const
{
    media::VideoSource source(clip.record.path);
    const int size = static_cast<int>(m_options.frameSize);
    source.setOutput(media::OutputSpec{size, size, media::PixelFormat::Rgb24});
    clip.pixels.reserve(static_cast<std::size_t>(std::max<std::int64_t>(source.info().frameCount, 0)) *
                        frameBytes());
    const std::int64_t knownFrames = source.info().frameCount;
    if (knownFrames > 0 && clip.record.firstFrame >= knownFrames)
        throw std::invalid_argument("'" + clip.record.path + "' has " + std::to_string(knownFrames) +
                                    " frames: a range starting at frame " + std::to_string(clip.record.firstFrame) +
                                    " holds none of them");
    if (clip.record.firstFrame > 0)
        source.seek(clip.record.firstFrame);
    const std::int64_t lastFrame = clip.record.lastFrame;
    media::Frame frame;
    while (source.next(frame)) {
        if (m_options.cancel && m_options.cancel->load())
            throw DatasetCancelled("Cancelled while reading the footage");
        if (lastFrame >= 0 && frame.frameIndex > lastFrame)
            break;
        clip.pixels.insert(clip.pixels.end(), frame.data.begin(), frame.data.end());
        clip.sourceFrames.push_back(frame.frameIndex);
    }
}

void ClipDataset::computeCues(Clip& clip, cues::CueStream& stream) const
{
    stream.reset();
    const std::size_t planeSize = static_cast<std::size_t>(m_options.frameSize * m_options.frameSize);
    clip.motion.reserve(clip.sourceFrames.size() * planeSize * cues::kMotionChannels);
    clip.labels.reserve(clip.sourceFrames.size() * planeSize * static_cast<std::size_t>(m_labelChannels));
    for (std::size_t frame = 0; frame < clip.sourceFrames.size(); ++frame) {
        if (m_options.cancel && m_options.cancel->load())
            throw DatasetCancelled("Cancelled while computing the motion and label cues");
        const cues::FrameCues frameCues = stream.push(clip.pixels.data() + frame * frameBytes());
        clip.motion.insert(clip.motion.end(), frameCues.motion.begin(), frameCues.motion.end());
        clip.labels.insert(clip.labels.end(), frameCues.label.begin(), frameCues.label.end());
    }
}

bool ClipDataset::isConsecutive(const Clip& clip, std::int64_t firstFrame) const
{
    const std::int64_t last = firstFrame + m_options.windowLength - 1;
    // Decoded frames are in increasing source order, so the span equals the
    // length exactly when no frame in between was skipped.
    return clip.sourceFrames[static_cast<std::size_t>(last)] -
               clip.sourceFrames[static_cast<std::size_t>(firstFrame)] ==
           m_options.windowLength - 1;
}

std::vector<FootageRecord> ClipDataset::footageRecords() const
{
    std::vector<FootageRecord> records;
    for (const Clip& clip : m_clips)
        records.push_back(clip.record);
    return records;
}

std::size_t ClipDataset::frameBytes() const
{
    return static_cast<std::size_t>(m_options.frameSize * m_options.frameSize * 3);
}

void ClipDataset::checkFrame(const Clip& c, std::size_t clip, std::int64_t frame) const
{
    if (frame < 0 || frame >= c.record.frameCount)
        throw std::out_of_range("Dataset: frame " + std::to_string(frame) + " is outside clip " +
                                std::to_string(clip));
}

const std::uint8_t* ClipDataset::framePixels(std::size_t clip, std::int64_t frame) const
{
    const Clip& c = m_clips.at(clip);
    checkFrame(c, clip, frame);
    return c.pixels.data() + static_cast<std::size_t>(frame) * frameBytes();
}

const float* ClipDataset::motionCue(std::size_t clip, std::int64_t frame) const
{
    if (m_labelChannels == 0)
        throw std::logic_error("Dataset: no cues were computed");
    const Clip& c = m_clips.at(clip);
    checkFrame(c, clip, frame);
    const std::size_t planeSize = static_cast<std::size_t>(m_options.frameSize * m_options.frameSize);
    return c.motion.data() + static_cast<std::size_t>(frame) * planeSize * cues::kMotionChannels;
}

const float* ClipDataset::labelCue(std::size_t clip, std::int64_t frame) const
{
    if (m_labelChannels == 0)
        throw std::logic_error("Dataset: no cues were computed");
    const Clip& c = m_clips.at(clip);
    checkFrame(c, clip, frame);
    const std::size_t planeSize = static_cast<std::size_t>(m_options.frameSize * m_options.frameSize);
    return c.labels.data() + static_cast<std::size_t>(frame) * planeSize * static_cast<std::size_t>(m_labelChannels);
}

std::int64_t ClipDataset::sourceFrame(std::size_t clip, std::int64_t frame) const
{
    return m_clips.at(clip).sourceFrames.at(static_cast<std::size_t>(frame));
}

std::vector<ClipWindow> ClipDataset::heldOutWindows(std::size_t clip) const
{
    const Clip& c = m_clips.at(clip);
    std::vector<ClipWindow> windows;
    for (std::int64_t target = c.record.trainingFrames; target < c.record.frameCount; ++target) {
        const std::int64_t first = target - (m_options.windowLength - 1);
        if (first >= 0 && isConsecutive(c, first))
            windows.push_back({clip, first});
    }
    return windows;
}

WindowSampler::WindowSampler(std::size_t windowCount, std::uint64_t seed)
    : m_windowCount(windowCount), m_seed(seed)
{
    if (windowCount == 0)
        throw std::invalid_argument("WindowSampler: no windows to sample from");
}

std::size_t WindowSampler::windowAt(std::uint64_t sampleNumber)
{
    const std::uint64_t epoch = sampleNumber / m_windowCount;
    if (epoch != m_epoch) {
        m_order.resize(m_windowCount);
        for (std::size_t i = 0; i < m_windowCount; ++i)
            m_order[i] = i;
        std::uint64_t state = m_seed ^ (0xD1B54A32D192ED03ULL * (epoch + 1));
        for (std::size_t i = m_windowCount - 1; i > 0; --i)
            std::swap(m_order[i], m_order[static_cast<std::size_t>(below(state, i + 1))]);
        m_epoch = epoch;
    }
    return m_order[static_cast<std::size_t>(sampleNumber % m_windowCount)];
}

} // namespace anomalens::training
