#include "screenshotjob.h"

#include "controllers/playbackcontroller.h"
#include "mainwindow.h"

#include <QPixmap>
#include <QTextStream>

namespace anomalens::ui {

namespace {

// Long enough for queued layout/paint events and the status bar to settle.
constexpr int kSettleMs = 150;

} // namespace

ScreenshotJob::ScreenshotJob(MainWindow* window, const QString& outputPath, qint64 frameIndex, bool expectMedia,
                             int timeoutMs)
    : QObject(window)
    , m_window(window)
    , m_outputPath(outputPath)
    , m_frameIndex(frameIndex)
    , m_expectMedia(expectMedia)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        QTextStream(stderr) << "screenshot: timed out waiting for the frame\n";
        capture(TimedOut);
    });
}

void ScreenshotJob::start()
{
    if (!m_expectMedia) {
        captureSoon(Saved);
        return;
    }
    connect(m_window, &MainWindow::mediaOpened, this, &ScreenshotJob::onMediaOpened);
    connect(m_window, &MainWindow::frameDisplayed, this, &ScreenshotJob::onFrameDisplayed);
    connect(m_window, &MainWindow::errorReported, this, &ScreenshotJob::onError);
    // A file of a case: its curve and events arrive after the picture.
    connect(m_window, &MainWindow::reviewLoaded, this, [this] {
        if (m_frameReached)
            captureSoon(Saved);
    });
    m_timeout.start();
}

void ScreenshotJob::onMediaOpened()
{
    if (m_frameIndex >= 0)
        m_window->playback()->seek(m_frameIndex);
}

void ScreenshotJob::onFrameDisplayed(qint64 frameIndex)
{
    const qint64 wanted = m_frameIndex >= 0 ? m_window->playback()->position() : frameIndex;
    if (frameIndex != wanted)
        return;
    m_frameReached = true;
    if (!m_window->isReviewPending())
        captureSoon(Saved);
}

void ScreenshotJob::onError(const QString& summary, const QString& details)
{
    QTextStream(stderr) << "screenshot: " << summary << ' ' << details << '\n';
    captureSoon(MediaError);
}

void ScreenshotJob::captureSoon(int exitCode)
{
    QTimer::singleShot(kSettleMs, this, [this, exitCode] { capture(exitCode); });
}

void ScreenshotJob::capture(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (!m_window->grab().save(m_outputPath)) {
        QTextStream(stderr) << "screenshot: cannot write " << m_outputPath << '\n';
        exitCode = SaveFailed;
    }
    Q_EMIT finished(exitCode);
}

} // namespace anomalens::ui
