#pragma once
// MainWindow: the review window. The video sits in the centre with the
// transport bar (seek slider, frame/time/PTS readouts) directly under it;
// docks hold the media info and the open case's media (later: events,
// annotations). The score timeline goes into reviewSplitter(), under the video.
//
// The class is split by concern across files:
//   mainwindow.cpp           layout, docks, settings, window events
//   mainwindow_actions.cpp   actions, menus, toolbar
//   mainwindow_file.cpp      opening media/folders/cases, recent files, drag and drop
//   mainwindow_playback.cpp  transport commands and what reaches the screen
#include "controllers/mediatypes.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;

namespace anomalens::ui {

struct CaseSummary;
class CaseLoader;
class CaseMediaDock;
class FrameProvider;
class MediaInfoDock;
class MediaTimeline;
class PlaybackController;
class RecentFiles;
class TransportBar;
class VideoView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a video file, a frame folder or (by extension) a case. Asynchronous:
    // mediaOpened() or errorReported() follows.
    void openPath(const QString& path);

    // State, for the screenshot job and the tests.
    qint64 displayedFrameIndex() const;
    QImage displayedImage() const;
    const MediaTimeline& timeline() const;
    PlaybackController* playback() const { return m_playback; }
    RecentFiles* recentFiles() const { return m_recentFiles; }
    VideoView* videoView() const { return m_videoView; }
    TransportBar* transportBar() const { return m_transportBar; }
    MediaInfoDock* mediaInfoDock() const { return m_mediaInfoDock; }
    CaseMediaDock* caseMediaDock() const { return m_caseMediaDock; }
    QMenu* recentMenu() const { return m_recentMenu; }
    // Vertical splitter whose first pane is the video with its transport bar;
    // panes added after it (the score timeline) sit below and are resizable.
    QSplitter* reviewSplitter() const { return m_reviewSplitter; }

Q_SIGNALS:
    void mediaOpened(const QString& path);
    void caseOpened(const QString& path);
    void frameDisplayed(qint64 frameIndex);
    void errorReported(const QString& summary, const QString& details);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // mainwindow.cpp
    void buildCentralArea();
    void buildDocks();
    void buildStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void reportError(const QString& summary, const QString& details);
    static QString emptyViewHint();

    // mainwindow_actions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void updateActionStates();
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QIcon& icon = QIcon());
    void showAbout();

    // mainwindow_file.cpp
    void openVideoDialog();
    void openFolderDialog();
    void openCaseDialog();
    void openCase(const QString& path);
    void onCaseLoaded(const CaseSummary& summary);
    void onCaseFailed(const QString& path, const QString& message);
    void closeMedia();
    void onMediaOpened(const MediaTimeline& timeline);
    void onOpenFailed(const QString& path, const QString& message);
    void rebuildRecentMenu();
    QString dialogDirectory() const;
    static QString droppedPath(const QDropEvent* event);

    // mainwindow_playback.cpp
    void connectPlayback();
    void onFrameDisplayed(const DecodedFrame& frame);
    void onFrameUnavailable(qint64 frameIndex, const QString& message);
    void onPlayingChanged(bool playing);
    void updatePlaybackStatus();
    void onZoomChanged(double displayScale);
    void goToFrameDialog();
    void beginScrub();
    void endScrub();

    FrameProvider* m_frames = nullptr;
    PlaybackController* m_playback = nullptr;
    RecentFiles* m_recentFiles = nullptr;
    CaseLoader* m_caseLoader = nullptr;

    QSplitter* m_reviewSplitter = nullptr;  // video pane; the score timeline joins it later
    VideoView* m_videoView = nullptr;
    TransportBar* m_transportBar = nullptr;
    MediaInfoDock* m_mediaInfoDock = nullptr;
    CaseMediaDock* m_caseMediaDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusPlayback = nullptr;
    QLabel* m_statusZoom = nullptr;

    QAction* m_openVideoAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_playPauseAction = nullptr;
    QAction* m_stepBackAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_jumpBackAction = nullptr;
    QAction* m_jumpForwardAction = nullptr;
    QAction* m_firstFrameAction = nullptr;
    QAction* m_lastFrameAction = nullptr;
    QAction* m_goToFrameAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_zoomActualAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_mediaActions;  // enabled only while media is open

    bool m_resumeAfterScrub = false;
};

} // namespace anomalens::ui
