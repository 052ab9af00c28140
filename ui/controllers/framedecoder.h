#pragma once
// FrameDecoder: the worker that turns frame numbers into pictures for display.
// It lives on its own QThread (see FrameProvider) and owns the VideoSource,
// which is not thread-safe and therefore never touched by any other thread.
//
// Requests arrive as queued calls and are coalesced: a request only records
// "the frame wanted now" and schedules one decode pass at the back of the
// thread's event queue. Requests that pile up while a frame is being decoded
// (fast scrubbing) overwrite each other, so only the newest is decoded and the
// view never lags behind the slider by a backlog of stale frames.
//
// Answers are tagged with the session of the open they belong to; a failed
// open keeps the previous source (and session) usable.
#include "controllers/mediatypes.h"

#include <QObject>

#include <memory>
#include <optional>

namespace anomalens::ui {

class FrameDecoder : public QObject {
    Q_OBJECT

public:
    explicit FrameDecoder(QObject* parent = nullptr);
    ~FrameDecoder() override;

    // How many requests were superseded before being decoded (diagnostics and tests).
    quint64 supersededRequestCount() const { return m_supersededRequests; }

public Q_SLOTS:
    void open(const QString& path, anomalens::ui::SessionId session);
    void requestFrame(qint64 frameIndex, anomalens::ui::SessionId session);
    void close();

Q_SIGNALS:
    void opened(const anomalens::ui::OpenedMedia& media);
    void openFailed(anomalens::ui::SessionId session, const QString& path, const QString& message);
    void frameReady(const anomalens::ui::DecodedFrame& frame);
    void frameFailed(anomalens::ui::SessionId session, qint64 frameIndex, const QString& message);

private:
    void decodePending();
    // Decodes `target` into m_frame with the cheapest strategy; false if undecodable.
    bool decode(qint64 target);
    bool decodeSequentiallyTo(qint64 target);
    bool keyframeBetween(qint64 firstFrame, qint64 lastFrame) const;
    QImage toImage(const media::Frame& frame) const;

    std::unique_ptr<media::VideoSource> m_source;
    SessionId m_session = 0;
    std::optional<qint64> m_pendingFrame;
    bool m_decodeScheduled = false;
    quint64 m_supersededRequests = 0;
    // The last frame handed out by the source (next() continues after it), or
    // one of the sentinels in framedecoder.cpp.
    qint64 m_sequentialPosition = -1;
    media::Frame m_frame;  // reused so the sequential path does not reallocate
};

} // namespace anomalens::ui
