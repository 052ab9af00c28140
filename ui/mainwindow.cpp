#include "mainwindow.h"

#include "controllers/analysisjob.h"
#include "controllers/exportjob.h"
#include "controllers/caseloader.h"
#include "controllers/mediareview.h"
#include "controllers/frameprovider.h"
#include "controllers/playbackcontroller.h"
#include "controllers/recentfiles.h"
#include "dialogs/errorbox.h"
#include "store/casedatabase.h"
#include "docks/casemediadock.h"
#include "docks/mediainfodock.h"
#include "widgets/glyphicons.h"
#include "widgets/transportbar.h"
#include "widgets/videoview.h"

#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace anomalens::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
// The docks are in kStateKey (by objectName); the central splitter is not.
const QString kReviewSplitterKey = QStringLiteral("mainWindow/reviewSplitter");
constexpr QSize kDefaultSize(1280, 800);

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Anomalens"));
    setWindowIcon(glyphIcon(Glyph::AppLogo));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_frames = new FrameProvider(this);
    m_playback = new PlaybackController(m_frames, this);
    m_recentFiles = new RecentFiles(this);
    m_caseLoader = new CaseLoader(this);

    buildCentralArea();
    buildDocks();
    buildReviewWidgets();
    createActions();
    createToolBar();
    createMenus();
    createReviewActions();
    createExportActions();
    buildStatusBar();
    connectPlayback();

    connect(m_frames, &FrameProvider::opened, this, &MainWindow::onMediaOpened);
    connect(m_frames, &FrameProvider::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_caseLoader, &CaseLoader::loaded, this, &MainWindow::onCaseLoaded);
    connect(m_caseLoader, &CaseLoader::failed, this, &MainWindow::onCaseFailed);
    connect(m_caseMediaDock, &CaseMediaDock::mediaActivated, this, &MainWindow::openPath);

    rebuildRecentMenu();
    updateActionStates();
    restoreSettings();
    m_videoView->setFocus();
}

MainWindow::~MainWindow()
{
    // An analysis writes to the case on a pool thread: stop it before the
    // window (its receiver) goes.
    m_analysisJob->cancel();
    m_analysisJob->wait();
    m_exportJob->cancel();
    m_exportJob->wait();
    // The controller refers to the provider: stop it first, then let the
    // provider join its decoder thread.
    delete m_playback;
    delete m_frames;
}

void MainWindow::buildCentralArea()
{
    m_videoView = new VideoView;
    m_videoView->setObjectName(QStringLiteral("videoView"));
    m_videoView->showMessage(emptyViewHint());
    m_videoView->setAccessibleName(tr("Video"));
    m_transportBar = new TransportBar;

    // The video and its transport bar form one pane, so the readouts stay
    // glued to the picture they describe.
    auto* videoPane = new QWidget;
    videoPane->setObjectName(QStringLiteral("videoPane"));
    auto* paneLayout = new QVBoxLayout(videoPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(m_videoView, 1);
    paneLayout->addWidget(m_transportBar);

    // A vertical splitter under which the anomaly score timeline will be
    // added as a second, resizable pane.
    m_reviewSplitter = new QSplitter(Qt::Vertical);
    m_reviewSplitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_reviewSplitter->setChildrenCollapsible(false);
    m_reviewSplitter->addWidget(videoPane);
    setCentralWidget(m_reviewSplitter);
}

void MainWindow::buildDocks()
{
    m_mediaInfoDock = new MediaInfoDock(this);
    m_mediaInfoDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_mediaInfoDock);

    m_caseMediaDock = new CaseMediaDock(this);
    m_caseMediaDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_caseMediaDock);
    // Shown when a case is opened; loose footage needs no case panel.
    m_caseMediaDock->hide();

    resizeDocks({m_mediaInfoDock, m_caseMediaDock}, {300, 280}, Qt::Horizontal);
}

void MainWindow::buildStatusBar()
{
    m_statusPlayback = new QLabel(tr("No media"));
    m_statusPlayback->setObjectName(QStringLiteral("statusPlayback"));
    m_statusZoom = new QLabel;
    m_statusZoom->setObjectName(QStringLiteral("statusZoom"));
    m_statusZoom->setToolTip(tr("Screen pixels per image pixel. Above 200 % pixels are shown unsmoothed."));
    // Breathing room between the permanent fields, which otherwise touch.
    m_statusPlayback->setContentsMargins(8, 0, 8, 0);
    m_statusZoom->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_statusPlayback);
    statusBar()->addPermanentWidget(m_statusZoom);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    resize(kDefaultSize);
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: a comfortable size, centred, within the screen.
        if (const QScreen* screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            resize(kDefaultSize.boundedTo(available.size()));
            move(available.center() - rect().center());
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_reviewSplitter->restoreState(settings.value(kReviewSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kReviewSplitterKey, m_reviewSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_playback->pause();
    saveSettings();
    QMainWindow::closeEvent(event);
}

QString MainWindow::emptyViewHint()
{
    return tr("Open a video, a frame folder or a case — or drop it here.\n\n"
              "Ctrl+O  video      Ctrl+Shift+O  frame folder      Ctrl+Alt+O  case");
}

void MainWindow::reportError(const QString& summary, const QString& details)
{
    statusBar()->showMessage(summary, 10000);
    Q_EMIT errorReported(summary, details);
    showErrorBox(this, summary, details);
}

} // namespace anomalens::ui
