// MainWindow: opening media, frame folders and cases; recent files; drag and drop.
#include "mainwindow.h"

#include "controllers/caseloader.h"
#include "controllers/frameprovider.h"
#include "controllers/mediareview.h"
#include "controllers/recentfiles.h"
#include "docks/annotationsdock.h"
#include "docks/eventsdock.h"
#include "store/casedatabase.h"
#include "widgets/scoretimeline.h"
#include "docks/casemediadock.h"
#include "docks/mediainfodock.h"
#include "widgets/glyphicons.h"
#include "widgets/transportbar.h"
#include "widgets/videoview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace anomalens::ui {

namespace {

const QString kLastDirectoryKey = QStringLiteral("paths/lastDirectory");
const QString kCaseSuffix = QStringLiteral("alcase");
constexpr int kRecentEntryWidthPx = 460;

bool isCasePath(const QString& path)
{
    return QFileInfo(path).suffix().compare(kCaseSuffix, Qt::CaseInsensitive) == 0;
}

QIcon iconForPath(const QString& path)
{
    if (isCasePath(path))
        return glyphIcon(Glyph::OpenCase);
    return glyphIcon(QFileInfo(path).isDir() ? Glyph::OpenFolder : Glyph::OpenVideo);
}

} // namespace

void MainWindow::openPath(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    if (isCasePath(absolutePath)) {
        openCase(absolutePath);
        return;
    }
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolutePath)));
    // The decoder thread opens it (building the frame index reads the whole
    // file's packets); the window stays responsive meanwhile.
    m_frames->open(absolutePath);
}

void MainWindow::openVideoDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Video"), dialogDirectory(),
        tr("Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.mts *.m2ts *.ts *.mpg *.mpeg *.wmv *.asf "
           "*.flv *.webm *.3gp *.dav *.264 *.h264 *.265 *.hevc *.mjpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::openFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Frame Folder"), dialogDirectory());
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::openCaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), dialogDirectory(),
                                                      tr("Anomalens cases (*.alcase);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    openCase(path);
}

QString MainWindow::dialogDirectory() const
{
    const QString last = QSettings().value(kLastDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    return QFileInfo(movies).isDir() ? movies : QDir::homePath();
}

void MainWindow::openCase(const QString& path)
{
    statusBar()->showMessage(tr("Opening case %1…").arg(QDir::toNativeSeparators(path)));
    m_caseLoader->load(QFileInfo(path).absoluteFilePath());
}

void MainWindow::onCaseLoaded(const CaseSummary& summary)
{
    const bool newCase = summary.path != m_casePath;
    openCaseDatabase(summary.path);
    for (const store::MediaRecord& media : summary.media)
        m_caseMediaIds.insert(QString::fromStdString(media.path), media.id);
    if (newCase && m_frames->hasMedia())
        loadReviewForCurrentMedia();
    // Opening a case with nothing on screen shows its first file that is
    // still where the case says, so the reviewer lands on the curve at once.
    if (newCase && !m_frames->hasMedia())
        for (const store::MediaRecord& media : summary.media)
            if (QFileInfo::exists(QString::fromStdString(media.path))) {
                openPath(QString::fromStdString(media.path));
                break;
            }
    m_caseMediaDock->setCase(summary);
    m_caseMediaDock->setCurrentMedia(timeline().path());
    if (!m_caseMediaDock->isVisible()) {
        m_caseMediaDock->show();
        // A hidden dock ignored the initial size; give it its width now.
        resizeDocks({m_caseMediaDock}, {280}, Qt::Horizontal);
    }
    m_caseMediaDock->raise();
    m_recentFiles->add(summary.path);
    statusBar()->showMessage(tr("Case “%1”: %n media file(s). Double-click one to review it.", nullptr,
                                static_cast<int>(summary.media.size()))
                                 .arg(summary.name),
                             8000);
    Q_EMIT caseOpened(summary.path);
}

void MainWindow::onCaseFailed(const QString& path, const QString& message)
{
    reportError(tr("Could not open the case “%1”.").arg(QFileInfo(path).fileName()), message);
}

void MainWindow::closeMedia()
{
    m_frames->close();
    m_videoView->clear();
    m_videoView->showMessage(emptyViewHint());
    m_transportBar->setTimeline(MediaTimeline());
    m_mediaInfoDock->setMedia(MediaTimeline());
    m_caseMediaDock->setCurrentMedia(QString());
    m_scoreTimeline->reset(25.0, 0);
    m_eventsDock->clear();
    m_annotationsDock->setCase(nullptr, 0, 25.0);
    m_review.reset();
    setWindowTitle(tr("Anomalens"));
    setWindowFilePath(QString());
    updateActionStates();
    updatePlaybackStatus();
}

void MainWindow::onMediaOpened(const MediaTimeline& timeline)
{
    const QString path = timeline.path();
    setWindowTitle(tr("%1 — Anomalens").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    m_transportBar->setTimeline(timeline);
    m_mediaInfoDock->setMedia(timeline);
    m_caseMediaDock->setCurrentMedia(path);
    m_recentFiles->add(path);
    loadReviewForCurrentMedia();
    updateActionStates();
    updatePlaybackStatus();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    m_videoView->setFocus();
    Q_EMIT mediaOpened(path);
}

void MainWindow::onOpenFailed(const QString& path, const QString& message)
{
    reportError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), message);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    m_recentMenu->setToolTipsVisible(true);
    const QStringList paths = m_recentFiles->paths();
    bool anyUnavailable = false;
    const QFontMetrics metrics(m_recentMenu->font());
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        const bool available = RecentFiles::isAvailable(path);
        anyUnavailable = anyUnavailable || !available;
        // Middle elision keeps both the drive/case folder and the file name.
        QString shown = metrics.elidedText(QDir::toNativeSeparators(path), Qt::ElideMiddle, kRecentEntryWidthPx);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QString text = QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(shown);
        if (!available)
            text += tr("  (not found)");
        QAction* action = m_recentMenu->addAction(iconForPath(path), text);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(available);
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* removeUnavailable = m_recentMenu->addAction(tr("Remove Entries Not Found"));
    removeUnavailable->setEnabled(anyUnavailable);
    // Queued: the menu being rebuilt is the one whose action is firing.
    connect(removeUnavailable, &QAction::triggered, m_recentFiles, &RecentFiles::removeUnavailable,
            Qt::QueuedConnection);
    QAction* clear = m_recentMenu->addAction(tr("Clear Menu"));
    connect(clear, &QAction::triggered, m_recentFiles, &RecentFiles::clear, Qt::QueuedConnection);
}

QString MainWindow::droppedPath(const QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        // One item at a time: the first local file or folder wins.
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPath(event).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedPath(event);
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openPath(path);
}

} // namespace anomalens::ui
