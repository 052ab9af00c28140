#pragma once
// FrameProvider: the GUI thread's handle on the decoder. It owns a QThread
// running a FrameDecoder, forwards requests to it through queued signals and
// relays its answers, dropping those that belong to a file opened before the
// current one. Every call returns immediately; the GUI thread never decodes.
#include "controllers/mediatimeline.h"

#include <QObject>
#include <QThread>

namespace anomalens::ui {

class FrameDecoder;

class FrameProvider : public QObject {
    Q_OBJECT

public:
    explicit FrameProvider(QObject* parent = nullptr);
    ~FrameProvider() override;

    // Opens asynchronously: opened() or openFailed() follows. The current
    // media stays available until the new one has opened.
    void open(const QString& path);
    // Asks for a frame; when several requests are outstanding only the newest
    // is decoded. frameReady() or frameFailed() follows.
    void requestFrame(qint64 frameIndex);
    void close();

    const MediaTimeline& timeline() const { return m_timeline; }
    bool hasMedia() const { return !m_timeline.isEmpty(); }
    // True while a requested frame has not come back yet.
    bool isWaitingForFrame() const { return m_awaitedFrame >= 0; }
    // For tests and diagnostics only. The decoder lives on another thread:
    // connect to its signals, never call it.
    const FrameDecoder* decoder() const { return m_decoder; }

Q_SIGNALS:
    void opened(const anomalens::ui::MediaTimeline& timeline);
    void openFailed(const QString& path, const QString& message);
    void frameReady(const anomalens::ui::DecodedFrame& frame);
    void frameFailed(qint64 frameIndex, const QString& message);
    void closed();

    // Queued to the decoder thread; not meant for other receivers.
    void openRequested(const QString& path, anomalens::ui::SessionId session);
    void frameRequested(qint64 frameIndex, anomalens::ui::SessionId session);
    void closeRequested();

private:
    void onDecoderOpened(const OpenedMedia& media);
    void onDecoderOpenFailed(SessionId session, const QString& path, const QString& message);
    void onDecoderFrameReady(const DecodedFrame& frame);
    void onDecoderFrameFailed(SessionId session, qint64 frameIndex, const QString& message);

    QThread m_thread;
    FrameDecoder* m_decoder = nullptr;  // lives on m_thread, deleted when it finishes
    MediaTimeline m_timeline;
    SessionId m_lastSession = 0;        // of the newest open() call
    qint64 m_awaitedFrame = -1;
};

} // namespace anomalens::ui
