#include "controllers/playbackcontroller.h"

#include "controllers/frameprovider.h"

#include <algorithm>
#include <cmath>

namespace anomalens::ui {

PlaybackController::PlaybackController(FrameProvider* provider, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
{
    // Precise: a coarse timer's ±5% slack would show as uneven motion.
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &PlaybackController::onTick);

    connect(m_provider, &FrameProvider::opened, this, &PlaybackController::onOpened);
    connect(m_provider, &FrameProvider::closed, this, &PlaybackController::onClosed);
    connect(m_provider, &FrameProvider::frameReady, this, &PlaybackController::onFrameReady);
    connect(m_provider, &FrameProvider::frameFailed, this, &PlaybackController::onFrameFailed);
}

const MediaTimeline& PlaybackController::timeline() const
{
    return m_provider->timeline();
}

bool PlaybackController::hasMedia() const
{
    return m_provider->hasMedia();
}

void PlaybackController::seek(qint64 frameIndex)
{
    if (!hasMedia())
        return;
    const qint64 target = timeline().clampFrame(frameIndex);
    if (m_playing)
        restartClockAt(target);
    requestPosition(target);
}

void PlaybackController::step(qint64 frames)
{
    if (!hasMedia())
        return;
    pause();
    seek(m_position + frames);
}

void PlaybackController::jumpByUs(qint64 deltaUs)
{
    if (!hasMedia())
        return;
    const qint64 target = timeline().frameAtTimeUs(timeline().timeUsOfFrame(m_position) + deltaUs);
    seek(target);
}

void PlaybackController::goToFirst()
{
    seek(0);
}

void PlaybackController::goToLast()
{
    if (hasMedia())
        seek(timeline().lastFrame());
}

void PlaybackController::play()
{
    if (!hasMedia() || m_playing)
        return;
    // Pressing play on the last frame replays from the start, as players do.
    if (m_position >= timeline().lastFrame())
        requestPosition(0);
    m_droppedFrames = 0;
    restartClockAt(m_position);
    const double frameIntervalMs = 1000.0 / timeline().playbackFps();
    // A few ticks per frame keep the on-screen error well under a frame
    // without busy-waiting.
    m_tick.start(std::clamp(static_cast<int>(frameIntervalMs / 4.0), 2, 15));
    setPlaying(true);
}

void PlaybackController::pause()
{
    m_tick.stop();
    setPlaying(false);
}

void PlaybackController::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackController::onOpened()
{
    pause();
    m_position = -1;
    m_displayedFrame = -1;
    m_droppedFrames = 0;
    seek(0);
}

void PlaybackController::onClosed()
{
    pause();
    m_position = -1;
    m_displayedFrame = -1;
    Q_EMIT positionChanged(-1);
}

void PlaybackController::onFrameReady(const DecodedFrame& frame)
{
    if (m_playing && m_displayedFrame >= 0 && frame.frameIndex > m_displayedFrame + 1)
        m_droppedFrames += frame.frameIndex - m_displayedFrame - 1;
    m_displayedFrame = frame.frameIndex;
    Q_EMIT frameDisplayed(frame);
}

void PlaybackController::onFrameFailed(qint64 frameIndex, const QString& message)
{
    m_displayedFrame = frameIndex;
    Q_EMIT frameUnavailable(frameIndex, message);
}

void PlaybackController::onTick()
{
    if (!hasMedia()) {
        pause();
        return;
    }
    const qint64 mediaTimeUs = m_clockStartUs + m_clock.nsecsElapsed() / 1000;
    const qint64 due = timeline().frameAtTimeUs(mediaTimeUs);
    if (due != m_position)
        requestPosition(due);
    if (due >= timeline().lastFrame())
        pause();
}

void PlaybackController::requestPosition(qint64 frameIndex)
{
    m_position = frameIndex;
    m_provider->requestFrame(frameIndex);
    Q_EMIT positionChanged(frameIndex);
}

void PlaybackController::restartClockAt(qint64 frameIndex)
{
    m_clockStartUs = timeline().timeUsOfFrame(frameIndex);
    m_clock.start();
}

void PlaybackController::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

} // namespace anomalens::ui
