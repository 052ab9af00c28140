// MainWindow: actions, menus and the toolbar.
#include "mainwindow.h"

#include "controllers/frameprovider.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/userguidedialog.h"
#include "controllers/playbackcontroller.h"
#include "docks/mediainfodock.h"
#include "docks/casemediadock.h"
#include "widgets/glyphicons.h"
#include "widgets/videoview.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QToolBar>

namespace anomalens::ui {

namespace {

constexpr qint64 kJumpUs = 1'000'000;

// "Next Frame (Right)": the shortcut is part of the tooltip so it is learnt
// by hovering, which is how most reviewers discover them.
QString toolTipFor(const QAction* action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    const QKeySequence shortcut = action->shortcut();
    if (shortcut.isEmpty())
        return text;
    return MainWindow::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

QAction* MainWindow::makeAction(const QString& text, const QKeySequence& shortcut, const QIcon& icon)
{
    auto* action = new QAction(icon, text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(toolTipFor(action));
    // Registered on the window too, so shortcuts keep working with the
    // toolbar hidden.
    QWidget::addAction(action);
    return action;
}

void MainWindow::createActions()
{
    m_openVideoAction = makeAction(tr("&Open Video…"), QKeySequence(Qt::CTRL | Qt::Key_O), glyphIcon(Glyph::OpenVideo));
    m_openVideoAction->setStatusTip(tr("Open a video file"));
    connect(m_openVideoAction, &QAction::triggered, this, &MainWindow::openVideoDialog);

    m_openFolderAction = makeAction(tr("Open &Frame Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                    glyphIcon(Glyph::OpenFolder));
    m_openFolderAction->setStatusTip(tr("Open a folder of numbered still images as one video"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolderDialog);

    m_openCaseAction = makeAction(tr("Open &Case…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
                                  glyphIcon(Glyph::OpenCase));
    m_openCaseAction->setStatusTip(tr("Open an Anomalens case file and list its media"));
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCaseDialog);

    m_closeAction = makeAction(tr("&Close Media"), QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeMedia);

    m_quitAction = makeAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_playPauseAction = makeAction(tr("&Play"), QKeySequence(Qt::Key_Space), glyphIcon(Glyph::Play));
    connect(m_playPauseAction, &QAction::triggered, m_playback, &PlaybackController::togglePlay);

    m_stepBackAction = makeAction(tr("Previous F&rame"), QKeySequence(Qt::Key_Left), glyphIcon(Glyph::StepBack));
    // Held keys step continuously; the decoder's coalescing keeps up.
    m_stepBackAction->setAutoRepeat(true);
    connect(m_stepBackAction, &QAction::triggered, this, [this] { m_playback->step(-1); });

    m_stepForwardAction = makeAction(tr("&Next Frame"), QKeySequence(Qt::Key_Right), glyphIcon(Glyph::StepForward));
    m_stepForwardAction->setAutoRepeat(true);
    connect(m_stepForwardAction, &QAction::triggered, this, [this] { m_playback->step(1); });

    m_jumpBackAction = makeAction(tr("&Back 1 Second"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
                                  glyphIcon(Glyph::JumpBack));
    connect(m_jumpBackAction, &QAction::triggered, this, [this] { m_playback->jumpByUs(-kJumpUs); });

    m_jumpForwardAction = makeAction(tr("&Forward 1 Second"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
                                     glyphIcon(Glyph::JumpForward));
    connect(m_jumpForwardAction, &QAction::triggered, this, [this] { m_playback->jumpByUs(kJumpUs); });

    m_firstFrameAction = makeAction(tr("F&irst Frame"), QKeySequence(Qt::Key_Home), glyphIcon(Glyph::First));
    connect(m_firstFrameAction, &QAction::triggered, m_playback, &PlaybackController::goToFirst);

    m_lastFrameAction = makeAction(tr("&Last Frame"), QKeySequence(Qt::Key_End), glyphIcon(Glyph::Last));
    connect(m_lastFrameAction, &QAction::triggered, m_playback, &PlaybackController::goToLast);

    m_goToFrameAction = makeAction(tr("&Go to Frame…"), QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToFrameAction, &QAction::triggered, this, &MainWindow::goToFrameDialog);

    m_zoomInAction = makeAction(tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Plus), glyphIcon(Glyph::ZoomIn));
    // Ctrl+= too: on most keyboards "+" needs Shift.
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_videoView, &VideoView::zoomIn);
    m_zoomOutAction = makeAction(tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), glyphIcon(Glyph::ZoomOut));
    connect(m_zoomOutAction, &QAction::triggered, m_videoView, &VideoView::zoomOut);
    m_zoomFitAction = makeAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), glyphIcon(Glyph::ZoomFit));
    connect(m_zoomFitAction, &QAction::triggered, m_videoView, &VideoView::zoomToFit);
    m_zoomActualAction = makeAction(tr("&Actual Pixels"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                    glyphIcon(Glyph::ZoomActual));
    connect(m_zoomActualAction, &QAction::triggered, m_videoView, &VideoView::zoomToActualPixels);

    m_aboutAction = new QAction(tr("&About Anomalens"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_userGuideAction = makeAction(tr("&User Guide"), QKeySequence(Qt::Key_F1));
    m_userGuideAction->setStatusTip(tr("The review workflow, the keys, and what the score means"));
    connect(m_userGuideAction, &QAction::triggered, this,
            [this] { showUserGuide(static_cast<int>(UserGuideDialog::Section::Workflow)); });
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    connect(m_shortcutsAction, &QAction::triggered, this,
            [this] { showUserGuide(static_cast<int>(UserGuideDialog::Section::Shortcuts)); });

    // The docks' own toggle actions, so menu, toolbar button and the dock's
    // close button always agree.
    QAction* infoToggle = m_mediaInfoDock->toggleViewAction();
    infoToggle->setIcon(glyphIcon(Glyph::MediaInfo));
    infoToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    infoToggle->setToolTip(toolTipFor(infoToggle));
    QAction* caseToggle = m_caseMediaDock->toggleViewAction();
    caseToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    caseToggle->setToolTip(toolTipFor(caseToggle));

    m_mediaActions = {m_closeAction,      m_playPauseAction,  m_stepBackAction,   m_stepForwardAction,
                      m_jumpBackAction,   m_jumpForwardAction, m_firstFrameAction, m_lastFrameAction,
                      m_goToFrameAction,  m_zoomInAction,     m_zoomOutAction,    m_zoomFitAction,
                      m_zoomActualAction};
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openVideoAction);
    fileMenu->addAction(m_openFolderAction);
    fileMenu->addAction(m_openCaseAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Rebuilt on every opening so entries on a drive unplugged meanwhile grey out.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* playbackMenu = menuBar()->addMenu(tr("&Playback"));
    playbackMenu->addAction(m_playPauseAction);
    playbackMenu->addSeparator();
    playbackMenu->addAction(m_stepBackAction);
    playbackMenu->addAction(m_stepForwardAction);
    playbackMenu->addAction(m_jumpBackAction);
    playbackMenu->addAction(m_jumpForwardAction);
    playbackMenu->addSeparator();
    playbackMenu->addAction(m_firstFrameAction);
    playbackMenu->addAction(m_lastFrameAction);
    playbackMenu->addAction(m_goToFrameAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomFitAction);
    viewMenu->addAction(m_zoomActualAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_mediaInfoDock->toggleViewAction());
    viewMenu->addAction(m_caseMediaDock->toggleViewAction());
    viewMenu->addAction(m_toolBar->toggleViewAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_userGuideAction);
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openVideoAction);
    m_toolBar->addAction(m_openFolderAction);
    m_toolBar->addAction(m_openCaseAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_firstFrameAction);
    m_toolBar->addAction(m_jumpBackAction);
    m_toolBar->addAction(m_stepBackAction);
    m_toolBar->addAction(m_playPauseAction);
    m_toolBar->addAction(m_stepForwardAction);
    m_toolBar->addAction(m_jumpForwardAction);
    m_toolBar->addAction(m_lastFrameAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_zoomFitAction);
    m_toolBar->addAction(m_zoomActualAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_mediaInfoDock->toggleViewAction());
}

void MainWindow::updateActionStates()
{
    const bool hasMedia = m_frames->hasMedia();
    for (QAction* action : std::as_const(m_mediaActions))
        action->setEnabled(hasMedia);
}

void MainWindow::showAbout()
{
    // open(), not exec(): the window keeps running (and the tests can read it).
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUserGuide(int section)
{
    if (!m_userGuide)
        m_userGuide = new UserGuideDialog(this);
    m_userGuide->showSection(static_cast<UserGuideDialog::Section>(section));
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

} // namespace anomalens::ui
