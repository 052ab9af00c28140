#include "controllers/mediatimeline.h"

#include <algorithm>
#include <cmath>

namespace anomalens::ui {

MediaTimeline::MediaTimeline(const OpenedMedia& media)
    : m_media(media)
{
    // All frames at the same time would make playback jump to the end.
    const qint64 count = frameCount();
    m_synthesizedTimes = count > 1 && m_media.index->back().timeUs <= m_media.index->front().timeUs;
}

qint64 MediaTimeline::frameCount() const
{
    return m_media.index ? static_cast<qint64>(m_media.index->size()) : 0;
}

qint64 MediaTimeline::clampFrame(qint64 frameIndex) const
{
    if (isEmpty())
        return -1;
    return std::clamp<qint64>(frameIndex, 0, lastFrame());
}

double MediaTimeline::playbackFps() const
{
    const double fps = m_media.info.fps;
    return std::isfinite(fps) && fps > 0.0 ? fps : kFallbackFps;
}

qint64 MediaTimeline::timeUsOfFrame(qint64 frameIndex) const
{
    if (isEmpty())
        return 0;
    if (m_synthesizedTimes)
        return static_cast<qint64>(std::llround(clampFrame(frameIndex) * 1e6 / playbackFps()));
    return (*m_media.index)[static_cast<size_t>(clampFrame(frameIndex))].timeUs;
}

qint64 MediaTimeline::ptsOfFrame(qint64 frameIndex) const
{
    if (isEmpty())
        return 0;
    return (*m_media.index)[static_cast<size_t>(clampFrame(frameIndex))].pts;
}

bool MediaTimeline::isKeyframe(qint64 frameIndex) const
{
    if (isEmpty())
        return false;
    return (*m_media.index)[static_cast<size_t>(clampFrame(frameIndex))].keyframe;
}

qint64 MediaTimeline::frameAtTimeUs(qint64 timeUs) const
{
    if (isEmpty())
        return -1;
    if (m_synthesizedTimes) {
        // +1 us absorbs the rounding of timeUsOfFrame(), so that
        // frameAtTimeUs(timeUsOfFrame(n)) == n.
        return clampFrame(static_cast<qint64>(std::floor((timeUs + 1) * playbackFps() / 1e6)));
    }
    const auto& index = *m_media.index;
    // Display order has non-decreasing times, so the frame on screen at timeUs
    // is the last one whose start is <= timeUs.
    const auto after = std::upper_bound(index.begin(), index.end(), timeUs,
        [](qint64 t, const media::FrameIndexEntry& entry) { return t < entry.timeUs; });
    if (after == index.begin())
        return 0;
    return static_cast<qint64>(std::distance(index.begin(), after)) - 1;
}

qint64 MediaTimeline::durationUs() const
{
    if (m_media.info.durationUs > 0)
        return m_media.info.durationUs;
    if (isEmpty())
        return 0;
    // Last frame start + one frame: the time the picture stops being shown.
    return timeUsOfFrame(lastFrame()) + static_cast<qint64>(std::llround(1e6 / playbackFps()));
}

} // namespace anomalens::ui
