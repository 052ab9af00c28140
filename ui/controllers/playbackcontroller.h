#pragma once
// PlaybackController: where the reviewer is in the footage and whether it is
// playing. It turns transport commands (step, jump, seek, play) into frame
// requests to the FrameProvider and reports what actually reached the screen.
//
// Two positions are kept apart on purpose: position() is the frame last asked
// for (the slider follows it while scrubbing), displayedFrame() is the frame
// whose picture is on screen (the frame/time readout follows it, so a number
// is never shown next to a different picture).
//
// Playback is clock-driven: the frame due at "start time + elapsed wall time"
// is requested on every tick, so a slow decode drops display frames instead
// of drifting behind real time.
#include "controllers/mediatypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace anomalens::ui {

class FrameProvider;
class MediaTimeline;

class PlaybackController : public QObject {
    Q_OBJECT

public:
    explicit PlaybackController(FrameProvider* provider, QObject* parent = nullptr);

    bool hasMedia() const;
    bool isPlaying() const { return m_playing; }
    qint64 position() const { return m_position; }
    qint64 displayedFrame() const { return m_displayedFrame; }
    // Frames that playback had no time to show since play() was last pressed.
    qint64 droppedFrameCount() const { return m_droppedFrames; }

public Q_SLOTS:
    void seek(qint64 frameIndex);
    // Moves by whole frames; pauses first, because stepping is for inspection.
    void step(qint64 frames);
    // Moves by media time (e.g. ±1 s); keeps playing if playing.
    void jumpByUs(qint64 deltaUs);
    void goToFirst();
    void goToLast();
    void play();
    void pause();
    void togglePlay();

Q_SIGNALS:
    void positionChanged(qint64 frameIndex);
    void frameDisplayed(const anomalens::ui::DecodedFrame& frame);
    void frameUnavailable(qint64 frameIndex, const QString& message);
    void playingChanged(bool playing);

private:
    const MediaTimeline& timeline() const;
    void onOpened();
    void onClosed();
    void onFrameReady(const DecodedFrame& frame);
    void onFrameFailed(qint64 frameIndex, const QString& message);
    void onTick();
    void requestPosition(qint64 frameIndex);
    void restartClockAt(qint64 frameIndex);
    void setPlaying(bool playing);

    FrameProvider* m_provider = nullptr;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_clockStartUs = 0;   // media time when m_clock was started
    qint64 m_position = -1;
    qint64 m_displayedFrame = -1;
    qint64 m_droppedFrames = 0;
    bool m_playing = false;
};

} // namespace anomalens::ui
