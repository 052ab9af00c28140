// MainWindow: transport commands and what reaches the screen.
#include "mainwindow.h"

#include "controllers/frameprovider.h"
#include "controllers/playbackcontroller.h"
#include "widgets/glyphicons.h"
#include "widgets/scoretimeline.h"
#include "widgets/seekslider.h"
#include "widgets/transportbar.h"
#include "widgets/videoview.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QStatusBar>

#include <cmath>

namespace anomalens::ui {

void MainWindow::connectPlayback()
{
    connect(m_playback, &PlaybackController::frameDisplayed, this, &MainWindow::onFrameDisplayed);
    connect(m_playback, &PlaybackController::frameUnavailable, this, &MainWindow::onFrameUnavailable);
    connect(m_playback, &PlaybackController::playingChanged, this, &MainWindow::onPlayingChanged);
    connect(m_playback, &PlaybackController::positionChanged, m_transportBar, &TransportBar::setPosition);

    connect(m_transportBar, &TransportBar::seekRequested, m_playback, &PlaybackController::seek);
    connect(m_transportBar, &TransportBar::scrubStarted, this, &MainWindow::beginScrub);
    connect(m_transportBar, &TransportBar::scrubFinished, this, &MainWindow::endScrub);

    connect(m_videoView, &VideoView::stepRequested, m_playback, &PlaybackController::step);
    connect(m_videoView, &VideoView::zoomChanged, this, &MainWindow::onZoomChanged);
    onPlayingChanged(false);
}

qint64 MainWindow::displayedFrameIndex() const
{
    return m_videoView->hasImage() ? m_playback->displayedFrame() : -1;
}

QImage MainWindow::displayedImage() const
{
    return m_videoView->image();
}

const MediaTimeline& MainWindow::timeline() const
{
    return m_frames->timeline();
}

void MainWindow::onFrameDisplayed(const DecodedFrame& frame)
{
    m_videoView->setFrame(frame.image);
    m_transportBar->showFrame(frame.frameIndex, frame.timeUs, frame.pts,
                              timeline().isKeyframe(frame.frameIndex));
    m_scoreTimeline->setPlayhead(frame.frameIndex);
    updateHeatOverlay(frame.frameIndex);
    Q_EMIT frameDisplayed(frame.frameIndex);
}

void MainWindow::onFrameUnavailable(qint64 frameIndex, const QString& message)
{
    // Never leave the previous picture under the new number: show why there
    // is no picture instead.
    m_videoView->showMessage(tr("Frame %1 cannot be shown.\n%2").arg(frameIndex).arg(message));
    m_transportBar->showFrame(frameIndex, timeline().timeUsOfFrame(frameIndex), timeline().ptsOfFrame(frameIndex),
                              timeline().isKeyframe(frameIndex));
    statusBar()->showMessage(message, 8000);
}

void MainWindow::onPlayingChanged(bool playing)
{
    m_playPauseAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playPauseAction->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play));
    m_playPauseAction->setToolTip(tr("%1 (%2)")
                                      .arg(playing ? tr("Pause") : tr("Play"),
                                           m_playPauseAction->shortcut().toString(QKeySequence::NativeText)));
    updatePlaybackStatus();
}

void MainWindow::updatePlaybackStatus()
{
    if (!m_frames->hasMedia()) {
        m_statusPlayback->setText(tr("No media"));
        return;
    }
    if (m_playback->isPlaying()) {
        m_statusPlayback->setText(tr("Playing at %1 fps").arg(timeline().playbackFps(), 0, 'f', 2));
        return;
    }
    const qint64 dropped = m_playback->droppedFrameCount();
    // Say so when playback skipped frames: the reviewer has not seen them.
    m_statusPlayback->setText(dropped > 0 ? tr("Paused · last playback skipped %n frame(s)", nullptr,
                                               static_cast<int>(dropped))
                                          : tr("Paused"));
}

void MainWindow::onZoomChanged(double displayScale)
{
    if (!m_videoView->hasImage()) {
        m_statusZoom->clear();
        return;
    }
    const int percent = static_cast<int>(std::lround(displayScale * 100.0));
    m_statusZoom->setText(m_videoView->zoomFactor() <= 1.0 ? tr("Zoom %1 % (fit)").arg(percent)
                                                           : tr("Zoom %1 %").arg(percent));
}

void MainWindow::goToFrameDialog()
{
    if (!m_frames->hasMedia())
        return;
    bool ok = false;
    const int frame = QInputDialog::getInt(this, tr("Go to Frame"),
                                           tr("Frame number (0–%1):").arg(timeline().lastFrame()),
                                           static_cast<int>(m_playback->position()), 0,
                                           static_cast<int>(timeline().lastFrame()), 1, &ok);
    if (ok)
        m_playback->seek(frame);
}

void MainWindow::beginScrub()
{
    // Scrubbing while the clock keeps moving the handle would fight the mouse.
    m_resumeAfterScrub = m_playback->isPlaying();
    m_playback->pause();
}

void MainWindow::endScrub()
{
    if (m_resumeAfterScrub)
        m_playback->play();
    m_resumeAfterScrub = false;
}

} // namespace anomalens::ui
