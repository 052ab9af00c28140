#pragma once
// The GUI thread's read-only view of the open media: its info and frame index
// (number <-> time <-> PTS). VideoSource is not thread-safe and lives on the
// decoder thread, so the GUI keeps this shared copy of the index, taken once
// when the file opens, to answer "which frame is shown at t?" without asking
// the decoder. An empty timeline means "nothing open".
#include "controllers/mediatypes.h"

namespace anomalens::ui {

class MediaTimeline {
public:
    // Frame rate used for playback when the source does not declare one
    // (image folders usually do not).
    static constexpr double kFallbackFps = 25.0;

    MediaTimeline() = default;
    explicit MediaTimeline(const OpenedMedia& media);

    bool isEmpty() const { return frameCount() == 0; }
    SessionId session() const { return m_media.session; }
    const QString& path() const { return m_media.path; }
    const media::MediaInfo& info() const { return m_media.info; }

    qint64 frameCount() const;
    qint64 lastFrame() const { return frameCount() - 1; }
    qint64 clampFrame(qint64 frameIndex) const;

    // Declared fps, or kFallbackFps when the source has none.
    double playbackFps() const;

    qint64 timeUsOfFrame(qint64 frameIndex) const;
    qint64 ptsOfFrame(qint64 frameIndex) const;
    bool isKeyframe(qint64 frameIndex) const;
    // The frame on screen at timeUs (the last frame that starts at or before
    // it), clamped to the valid range.
    qint64 frameAtTimeUs(qint64 timeUs) const;
    qint64 durationUs() const;

    // True when the source carries no usable timestamps (e.g. an image folder
    // without a frame rate) and times are derived from playbackFps().
    bool hasSynthesizedTimes() const { return m_synthesizedTimes; }

private:
    OpenedMedia m_media;
    bool m_synthesizedTimes = false;
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::MediaTimeline)
