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
//   mainwindow_review.cpp    the open case's review: score timeline, events,
//                            annotations, heat maps, analysis
//   mainwindow_export.cpp    the Export menu: PDF report, annotated clips
#include "controllers/mediatypes.h"

#include <QHash>
#include <QMainWindow>

#include <cstdint>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSlider;
class QSplitter;
class QToolBar;

namespace anomalens::store {
class CaseDatabase;
enum class EventStatus;
struct EventRecord;
}

namespace anomalens::exporting {
enum class ScoresFormat;
}

namespace anomalens::ui {

struct AnalysisFileResult;
struct ExportOutcome;
struct ExportRequest;
class ExportJob;
struct FootageRangeChoice;
struct AnalysisRequest;
struct AnalysisProgressInfo;
struct MediaReview;
class AnalysisJob;
class AnnotationsDock;
class EventsDock;
class MediaReviewLoader;
class ScoreTimeline;
class TrainDialog;
class UserGuideDialog;

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
    ScoreTimeline* scoreTimeline() const { return m_scoreTimeline; }
    EventsDock* eventsDock() const { return m_eventsDock; }
    AnnotationsDock* annotationsDock() const { return m_annotationsDock; }
    AnalysisJob* analysisJob() const { return m_analysisJob; }
    const MediaReview* currentReview() const { return m_review.get(); }
    // The case open for review (read-write when possible), or nullptr.
    store::CaseDatabase* caseDatabase() const { return m_caseDb.get(); }
    QAction* heatMapAction() const { return m_heatMapAction; }
    // True while the file on screen belongs to the open case and its review
    // (curve, events) has not been shown yet.
    bool isReviewPending() const;

    // Review commands (also on keys and menus).
    void analyse(const AnalysisRequest& request);
    void goToNextEvent();
    void goToPreviousEvent();
    // Moves the threshold and recomputes the events; `store` writes them to the case.
    void applyThreshold(double threshold, bool store);

    // Exports of the open case, as the Export menu starts them after its file
    // dialog (tests call them with a path). Asynchronous: exportFinished()
    // follows, after any question (replace the file? export from changed
    // footage?) was answered.
    void exportReportTo(const QString& path, bool letterPaper = false, bool overwrite = false);
    void exportEventClipTo(const QString& path, std::int64_t eventId, bool overwrite = false);
    // The event's own footage (stream copy from the keyframe before it, or
    // frame-exact re-encoded), one second of context on each side.
    void exportOriginalClipTo(const QString& path, std::int64_t eventId, bool reencode = false, bool overwrite = false);
    // One original clip per confirmed event of the whole case, into `folder`.
    void exportConfirmedClipsTo(const QString& folder);
    // The score data of the analysis on screen.
    void exportScoresTo(const QString& path, exporting::ScoresFormat format, bool overwrite = false);
    ExportJob* exportJob() const { return m_exportJob; }
    QAction* exportReportAction() const { return m_exportReportAction; }
    QAction* exportClipAction() const { return m_exportClipAction; }
    QAction* exportOriginalClipAction() const { return m_exportOriginalAction; }
    QAction* exportConfirmedClipsAction() const { return m_exportConfirmedAction; }
    QAction* exportScoresAction() const { return m_exportScoresAction; }

Q_SIGNALS:
    void mediaOpened(const QString& path);
    void caseOpened(const QString& path);
    void frameDisplayed(qint64 frameIndex);
    void errorReported(const QString& summary, const QString& details);
    // The review of the file on screen was (re)loaded from the case.
    void reviewLoaded(std::int64_t mediaId);
    void analysisFinished(bool cancelled);
    // An export ended: written (true), or failed, cancelled or declined (false).
    void exportFinished(bool ok);

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
    // Opens (or raises) the user guide at a section (UserGuideDialog::Section).
    void showUserGuide(int section);

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

    // mainwindow_review.cpp
    void buildReviewWidgets();
    void createReviewActions();
    void openCaseDatabase(const QString& path);
    void closeCaseDatabase();
    std::int64_t caseMediaId(const QString& path) const;
    void loadReviewForCurrentMedia();
    void onReviewLoaded(const MediaReview& review);
    void showReview();
    void refreshEventSpans();
    void refreshAnnotationSpans();
    void onEventStateRequested(std::int64_t eventId, store::EventStatus status);
    void updateHeatOverlay(qint64 frameIndex);
    void analyseDialog();
    void onAnalysisProgress(const AnalysisProgressInfo& progress);
    void onAnalysisFileFinished(const AnalysisFileResult& result);
    void onAnalysisFinished(bool cancelled);
    void setInPoint();
    void setOutPoint();
    void addBookmark();
    void newCaseDialog();
    void addFootageDialog();
    void addFootage(const QStringList& paths);
    void settingsDialog();
    void trainDialog();
    QVector<FootageRangeChoice> annotatedRanges() const;

    // mainwindow_export.cpp
    void createExportActions();
    void updateExportActions();
    std::int64_t currentExportEventId() const;
    std::int64_t eventToExport();
    QString suggestedExportPath(const QString& pattern, std::int64_t eventId, const QString& suffix) const;
    const store::EventRecord* eventOnScreen(std::int64_t eventId) const;
    void exportReportDialog();
    void exportEventClipDialog();
    void exportOriginalClipDialog();
    void exportConfirmedClipsDialog();
    void exportScoresDialog();
    void startExport(const ExportRequest& request);
    void onExportFinished(const ExportOutcome& outcome);

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
    QAction* m_userGuideAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    UserGuideDialog* m_userGuide = nullptr;  // created on first use, kept: non-modal
    QList<QAction*> m_mediaActions;  // enabled only while media is open

    bool m_resumeAfterScrub = false;

    // Review of the open case.
    QString m_casePath;
    QHash<QString, std::int64_t> m_caseMediaIds;  // path as imported -> media id
    std::unique_ptr<store::CaseDatabase> m_caseDb;
    QString m_caseReadOnlyReason;                  // empty when the case is writable
    std::unique_ptr<MediaReview> m_review;         // the file on screen
    MediaReviewLoader* m_reviewLoader = nullptr;
    AnalysisJob* m_analysisJob = nullptr;
    ScoreTimeline* m_scoreTimeline = nullptr;
    EventsDock* m_eventsDock = nullptr;
    AnnotationsDock* m_annotationsDock = nullptr;
    QWidget* m_analysisStatus = nullptr;
    QLabel* m_analysisLabel = nullptr;
    QProgressBar* m_analysisProgress = nullptr;
    QPushButton* m_analysisCancel = nullptr;
    QSlider* m_heatOpacity = nullptr;
    QAction* m_analyseAction = nullptr;
    QAction* m_nextEventAction = nullptr;
    QAction* m_previousEventAction = nullptr;
    QAction* m_heatMapAction = nullptr;
    QAction* m_inPointAction = nullptr;
    QAction* m_outPointAction = nullptr;
    QAction* m_bookmarkAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_addFootageAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_trainAction = nullptr;
    TrainDialog* m_trainDialog = nullptr;  // non-modal: training takes a while
    std::optional<std::int64_t> m_inPoint;
    ExportJob* m_exportJob = nullptr;
    QAction* m_exportClipAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_exportOriginalAction = nullptr;
    QAction* m_exportConfirmedAction = nullptr;
    QAction* m_exportScoresAction = nullptr;
    QWidget* m_exportStatus = nullptr;
    QLabel* m_exportLabel = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_exportCancel = nullptr;
    int m_analysedFileIndex = -1;
};

} // namespace anomalens::ui
