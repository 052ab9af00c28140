#pragma once
// TransportBar: the strip directly under the video with the seek slider and
// the readouts of the frame on screen: frame number, timestamp and PTS. The
// readouts are monospace so they do not jitter while playing, and selectable
// so a reviewer can copy them into notes.
#include <QWidget>

class QLabel;

namespace anomalens::ui {

class MediaTimeline;
class SeekSlider;

class TransportBar : public QWidget {
    Q_OBJECT

public:
    explicit TransportBar(QWidget* parent = nullptr);

    // Sets the slider range and the totals for new media; an empty timeline
    // resets the bar to "nothing open".
    void setTimeline(const MediaTimeline& timeline);
    // Moves the slider without emitting seekRequested().
    void setPosition(qint64 frameIndex);
    // The readouts describe the frame on screen.
    void showFrame(qint64 frameIndex, qint64 timeUs, qint64 pts, bool keyframe);

    SeekSlider* slider() const { return m_slider; }
    // Text of the readouts, for tests and screenshots.
    QString frameText() const;
    QString timeText() const;
    QString ptsText() const;

Q_SIGNALS:
    void seekRequested(qint64 frameIndex);
    void scrubStarted();
    void scrubFinished();

private:
    QLabel* makeCaption(const QString& text);
    QLabel* makeReadout();

    SeekSlider* m_slider = nullptr;
    QLabel* m_frameReadout = nullptr;
    QLabel* m_timeReadout = nullptr;
    QLabel* m_ptsReadout = nullptr;
    QLabel* m_keyframeBadge = nullptr;
    qint64 m_lastFrame = -1;
    qint64 m_durationUs = 0;
};

} // namespace anomalens::ui
