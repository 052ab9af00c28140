#include "controllers/framedecoder.h"

#include "media/mediaerror.h"

#include <QFile>

#include <exception>

namespace anomalens::ui {

namespace {

// Decoding forward frame by frame beats a seek only while no keyframe lies in
// between (a seek would restart from that keyframe anyway). Past this distance
// a seek is cheaper even on long-GOP files.
constexpr qint64 kMaxSequentialSkip = 90;

// Values of m_sequentialPosition that are not frame numbers.
constexpr qint64 kBeforeFirstFrame = -1;  // freshly opened: next() returns frame 0
constexpr qint64 kPositionUnknown = -2;   // after a failure: seek before streaming

} // namespace

FrameDecoder::FrameDecoder(QObject* parent)
    : QObject(parent)
{
}

FrameDecoder::~FrameDecoder() = default;

void FrameDecoder::open(const QString& path, SessionId session)
{
    try {
        // Build the new source completely before dropping the old one, so a
        // file that fails to open leaves the current one on screen and usable.
        auto source = std::make_unique<media::VideoSource>(QFile::encodeName(path).toStdString());
        if (source->frameIndex().empty()) {
            Q_EMIT openFailed(session, path, tr("“%1” contains no video frames.").arg(path));
            return;
        }
        OpenedMedia media;
        media.session = session;
        media.path = path;
        media.info = source->info();
        media.index = std::make_shared<const std::vector<media::FrameIndexEntry>>(source->frameIndex());

        m_source = std::move(source);
        m_session = session;
        m_pendingFrame.reset();
        m_sequentialPosition = kBeforeFirstFrame;
        Q_EMIT opened(media);
    } catch (const std::exception& error) {
        Q_EMIT openFailed(session, path, QString::fromStdString(error.what()));
    }
}

void FrameDecoder::requestFrame(qint64 frameIndex, SessionId session)
{
    if (!m_source || session != m_session)
        return;  // stale: asked of a file that has been replaced or closed
    if (m_pendingFrame)
        ++m_supersededRequests;
    m_pendingFrame = frameIndex;
    if (m_decodeScheduled)
        return;
    // Decode after the requests already queued have been recorded, so a burst
    // of them collapses into the newest one.
    m_decodeScheduled = true;
    QMetaObject::invokeMethod(this, &FrameDecoder::decodePending, Qt::QueuedConnection);
}

void FrameDecoder::close()
{
    m_source.reset();
    m_session = 0;
    m_pendingFrame.reset();
    m_frame = media::Frame();
}

void FrameDecoder::decodePending()
{
    m_decodeScheduled = false;
    if (!m_source || !m_pendingFrame)
        return;
    const qint64 target = *m_pendingFrame;
    m_pendingFrame.reset();

    const auto& index = m_source->frameIndex();
    if (target < 0 || target >= static_cast<qint64>(index.size())) {
        Q_EMIT frameFailed(m_session, target, tr("Frame %1 is outside the file (0–%2).")
                                                  .arg(target).arg(static_cast<qint64>(index.size()) - 1));
        return;
    }

    QString failure;
    try {
        if (decode(target)) {
            DecodedFrame decoded;
            decoded.session = m_session;
            decoded.frameIndex = target;
            decoded.timeUs = index[static_cast<size_t>(target)].timeUs;
            decoded.pts = index[static_cast<size_t>(target)].pts;
            decoded.image = toImage(m_frame);
            Q_EMIT frameReady(decoded);
            return;
        }
        failure = tr("Frame %1 could not be decoded (damaged or missing data).").arg(target);
    } catch (const std::exception& error) {
        failure = QString::fromStdString(error.what());
    }
    m_sequentialPosition = kPositionUnknown;
    Q_EMIT frameFailed(m_session, target, failure);
}

bool FrameDecoder::decode(qint64 target)
{
    // Playback asks for current + 1: next() continues the open decoder, no seek.
    // Small forward skips (playback dropping frames) also stream forward when
    // no keyframe would let a seek start closer to the target.
    const bool positionKnown = m_sequentialPosition != kPositionUnknown;
    const qint64 gap = target - m_sequentialPosition;
    if (positionKnown && gap >= 1
        && (gap == 1 || (gap <= kMaxSequentialSkip && !keyframeBetween(m_sequentialPosition + 2, target)))) {
        if (decodeSequentiallyTo(target))
            return true;
    }
    const bool ok = m_source->readFrame(target, m_frame);
    m_sequentialPosition = ok ? target : kPositionUnknown;
    return ok;
}

bool FrameDecoder::decodeSequentiallyTo(qint64 target)
{
    while (m_sequentialPosition < target) {
        if (!m_source->next(m_frame)) {
            m_sequentialPosition = kPositionUnknown;
            return false;
        }
        m_sequentialPosition = m_frame.frameIndex >= 0 ? m_frame.frameIndex : m_sequentialPosition + 1;
    }
    // Overshooting means the stream skipped a damaged frame: let random access
    // decide what the target really is.
    return m_sequentialPosition == target;
}

bool FrameDecoder::keyframeBetween(qint64 firstFrame, qint64 lastFrame) const
{
    const auto& index = m_source->frameIndex();
    for (qint64 n = std::max<qint64>(firstFrame, 0); n <= lastFrame; ++n) {
        if (index[static_cast<size_t>(n)].keyframe)
            return true;
    }
    return false;
}

QImage FrameDecoder::toImage(const media::Frame& frame) const
{
    const QImage::Format format =
        frame.format == media::PixelFormat::Gray8 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    // The wrapper points into m_frame, which the next decode reuses: copy, so
    // the GUI owns its pixels.
    const QImage view(frame.data.data(), frame.width, frame.height, frame.stride(), format);
    return view.copy();
}

} // namespace anomalens::ui
