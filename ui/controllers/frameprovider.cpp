#include "controllers/frameprovider.h"

#include "controllers/framedecoder.h"

namespace anomalens::ui {

FrameProvider::FrameProvider(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<OpenedMedia>();
    qRegisterMetaType<DecodedFrame>();
    qRegisterMetaType<MediaTimeline>();
    qRegisterMetaType<SessionId>("anomalens::ui::SessionId");

    m_thread.setObjectName(QStringLiteral("anomalens-frame-decoder"));
    m_decoder = new FrameDecoder;
    m_decoder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_decoder, &QObject::deleteLater);

    connect(this, &FrameProvider::openRequested, m_decoder, &FrameDecoder::open, Qt::QueuedConnection);
    connect(this, &FrameProvider::frameRequested, m_decoder, &FrameDecoder::requestFrame, Qt::QueuedConnection);
    connect(this, &FrameProvider::closeRequested, m_decoder, &FrameDecoder::close, Qt::QueuedConnection);

    connect(m_decoder, &FrameDecoder::opened, this, &FrameProvider::onDecoderOpened, Qt::QueuedConnection);
    connect(m_decoder, &FrameDecoder::openFailed, this, &FrameProvider::onDecoderOpenFailed, Qt::QueuedConnection);
    connect(m_decoder, &FrameDecoder::frameReady, this, &FrameProvider::onDecoderFrameReady, Qt::QueuedConnection);
    connect(m_decoder, &FrameDecoder::frameFailed, this, &FrameProvider::onDecoderFrameFailed, Qt::QueuedConnection);

    m_thread.start();
}

FrameProvider::~FrameProvider()
{
    // The decoder finishes the frame it is on (tens of ms at most), then the
    // thread's finished() deletes it on that thread.
    m_thread.quit();
    m_thread.wait();
}

void FrameProvider::open(const QString& path)
{
    Q_EMIT openRequested(path, ++m_lastSession);
}

void FrameProvider::requestFrame(qint64 frameIndex)
{
    if (!hasMedia())
        return;
    m_awaitedFrame = m_timeline.clampFrame(frameIndex);
    Q_EMIT frameRequested(m_awaitedFrame, m_timeline.session());
}

void FrameProvider::close()
{
    // A later session number makes any answer still in flight stale.
    ++m_lastSession;
    m_timeline = MediaTimeline();
    m_awaitedFrame = -1;
    Q_EMIT closeRequested();
    Q_EMIT closed();
}

void FrameProvider::onDecoderOpened(const OpenedMedia& media)
{
    if (media.session != m_lastSession)
        return;  // superseded by a later open() or close()
    m_timeline = MediaTimeline(media);
    m_awaitedFrame = -1;
    Q_EMIT opened(m_timeline);
}

void FrameProvider::onDecoderOpenFailed(SessionId session, const QString& path, const QString& message)
{
    if (session != m_lastSession)
        return;
    Q_EMIT openFailed(path, message);
}

void FrameProvider::onDecoderFrameReady(const DecodedFrame& frame)
{
    if (!hasMedia() || frame.session != m_timeline.session())
        return;
    if (frame.frameIndex == m_awaitedFrame)
        m_awaitedFrame = -1;
    Q_EMIT frameReady(frame);
}

void FrameProvider::onDecoderFrameFailed(SessionId session, qint64 frameIndex, const QString& message)
{
    if (!hasMedia() || session != m_timeline.session())
        return;
    if (frameIndex == m_awaitedFrame)
        m_awaitedFrame = -1;
    Q_EMIT frameFailed(frameIndex, message);
}

} // namespace anomalens::ui
