// MainWindow: the review of the open case — score timeline under the video,
// events, annotations, heat map overlay, and running analyses.
#include "mainwindow.h"

#include "analysis/events.h"
#include "controllers/analysisjob.h"
#include "controllers/frameprovider.h"
#include "controllers/mediareview.h"
#include "controllers/playbackcontroller.h"
#include "dialogs/analysedialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/traindialog.h"
#include "docks/annotationsdock.h"
#include "docks/casemediadock.h"
#include "docks/eventsdock.h"
#include "docks/mediainfodock.h"
#include "report/heatmap.h"
#include "store/casedatabase.h"
#include "widgets/scoretimeline.h"
#include "widgets/videoview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>
#include <exception>

namespace anomalens::ui {

namespace {

QString formatEta(double seconds)
{
    const auto total = static_cast<qint64>(std::max(0.0, std::round(seconds)));
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString runStatusText(store::RunStatus status)
{
    switch (status) {
    case store::RunStatus::Running:
        return MainWindow::tr("running");
    case store::RunStatus::Completed:
        return MainWindow::tr("completed");
    case store::RunStatus::Failed:
        return MainWindow::tr("failed");
    case store::RunStatus::Cancelled:
        return MainWindow::tr("cancelled");
    }
    return QString::fromLatin1(store::toString(status));
}

// Spans coloured by each event's review state, or all by `stateKey`.
std::vector<TimelineSpan> eventSpans(const std::vector<store::EventRecord>& events, const QString& stateKey = {})
{
    std::vector<TimelineSpan> spans;
    for (const store::EventRecord& event : events)
        spans.push_back({event.startFrame, event.endFrame,
                         ScoreTimeline::colorForState(stateKey.isEmpty() ? eventStateKey(event.status) : stateKey)});
    return spans;
}

} // namespace

void MainWindow::buildReviewWidgets()
{
    ReviewSettings::load().applyDevice();
    m_reviewLoader = new MediaReviewLoader(this);
    m_analysisJob = new AnalysisJob(this);

    m_scoreTimeline = new ScoreTimeline;
    m_scoreTimeline->setObjectName(QStringLiteral("scoreTimeline"));
    m_reviewSplitter->addWidget(m_scoreTimeline);
    m_reviewSplitter->setStretchFactor(0, 3);
    m_reviewSplitter->setStretchFactor(1, 1);
    m_reviewSplitter->setSizes({600, 200});

    m_eventsDock = new EventsDock(this);
    m_eventsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_eventsDock);
    m_annotationsDock = new AnnotationsDock(this);
    m_annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    m_annotationsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    tabifyDockWidget(m_mediaInfoDock, m_annotationsDock);
    m_eventsDock->raise();

    // Analysis progress, in the status bar while a job runs.
    m_analysisStatus = new QWidget;
    auto* layout = new QHBoxLayout(m_analysisStatus);
    layout->setContentsMargins(0, 0, 0, 0);
    m_analysisLabel = new QLabel;
    m_analysisProgress = new QProgressBar;
    m_analysisProgress->setMaximumWidth(180);
    m_analysisProgress->setTextVisible(true);
    m_analysisCancel = new QPushButton(tr("Cancel"));
    m_analysisCancel->setToolTip(tr("Stop after the frames in flight; analysing again continues where it stopped"));
    layout->addWidget(m_analysisLabel);
    layout->addWidget(m_analysisProgress);
    layout->addWidget(m_analysisCancel);
    statusBar()->addWidget(m_analysisStatus, 1);
    m_analysisStatus->hide();

    connect(m_reviewLoader, &MediaReviewLoader::loaded, this, &MainWindow::onReviewLoaded);
    connect(m_scoreTimeline, &ScoreTimeline::seekRequested, m_playback, &PlaybackController::seek);
    connect(m_scoreTimeline, &ScoreTimeline::thresholdDragged, this, [this](double threshold) {
        applyThreshold(threshold, false);
    });
    connect(m_scoreTimeline, &ScoreTimeline::thresholdChosen, this, [this](double threshold) {
        applyThreshold(threshold, true);
    });
    connect(m_eventsDock, &EventsDock::eventActivated, this, [this](const store::EventRecord& event) {
        m_playback->pause();
        m_playback->seek(event.startFrame);
    });
    connect(m_eventsDock, &EventsDock::stateChangeRequested, this, &MainWindow::onEventStateRequested);
    connect(m_annotationsDock, &AnnotationsDock::seekRequested, m_playback, &PlaybackController::seek);
    connect(m_annotationsDock, &AnnotationsDock::annotationsChanged, this, &MainWindow::refreshAnnotationSpans);
    connect(m_analysisCancel, &QPushButton::clicked, m_analysisJob, &AnalysisJob::cancel);
    connect(m_analysisJob, &AnalysisJob::progressed, this, &MainWindow::onAnalysisProgress);
    connect(m_analysisJob, &AnalysisJob::fileFinished, this, &MainWindow::onAnalysisFileFinished);
    connect(m_analysisJob, &AnalysisJob::finished, this, &MainWindow::onAnalysisFinished);
    connect(m_analysisJob, &AnalysisJob::batchScored, this,
            [this](const QString& file, const QVector<qint64>& frames, const QVector<double>& scores) {
                if (file != timeline().path())
                    return;
                m_scoreTimeline->appendScores(std::vector<std::int64_t>(frames.begin(), frames.end()),
                                              std::vector<double>(scores.begin(), scores.end()));
            });
}

void MainWindow::createReviewActions()
{
    m_analyseAction = makeAction(tr("&Analyse…"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_analyseAction->setStatusTip(tr("Score every frame of the case's footage with a model of normal activity"));
    connect(m_analyseAction, &QAction::triggered, this, &MainWindow::analyseDialog);

    m_nextEventAction = makeAction(tr("N&ext Event"), QKeySequence(Qt::Key_N));
    connect(m_nextEventAction, &QAction::triggered, this, &MainWindow::goToNextEvent);
    m_previousEventAction = makeAction(tr("P&revious Event"), QKeySequence(Qt::Key_P));
    connect(m_previousEventAction, &QAction::triggered, this, &MainWindow::goToPreviousEvent);

    m_heatMapAction = makeAction(tr("&Heat Map"), QKeySequence(Qt::Key_H));
    m_heatMapAction->setCheckable(true);
    m_heatMapAction->setStatusTip(tr("Overlay where the model finds the frame abnormal"));
    connect(m_heatMapAction, &QAction::toggled, this, [this] { updateHeatOverlay(m_playback->displayedFrame()); });
    m_heatOpacity = new QSlider(Qt::Horizontal);
    m_heatOpacity->setRange(10, 100);
    m_heatOpacity->setValue(60);
    m_heatOpacity->setMaximumWidth(100);
    m_heatOpacity->setToolTip(tr("Heat map opacity"));
    connect(m_heatOpacity, &QSlider::valueChanged, this,
            [this](int value) { m_videoView->setOverlayOpacity(value / 100.0); });

    m_inPointAction = makeAction(tr("Mark &In"), QKeySequence(Qt::Key_I));
    m_inPointAction->setStatusTip(tr("Start a range annotation at this frame"));
    connect(m_inPointAction, &QAction::triggered, this, &MainWindow::setInPoint);
    m_outPointAction = makeAction(tr("Mark &Out"), QKeySequence(Qt::Key_O));
    m_outPointAction->setStatusTip(tr("End the range annotation at this frame and describe it"));
    connect(m_outPointAction, &QAction::triggered, this, &MainWindow::setOutPoint);
    m_bookmarkAction = makeAction(tr("&Bookmark Frame…"), QKeySequence(Qt::Key_M));
    connect(m_bookmarkAction, &QAction::triggered, this, &MainWindow::addBookmark);

    m_newCaseAction = makeAction(tr("&New Case…"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newCaseAction->setStatusTip(tr("Start a case file that keeps footage hashes, analyses and annotations"));
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCaseDialog);
    m_addFootageAction = makeAction(tr("Add &Footage to Case…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addFootageAction->setStatusTip(tr("Hash and list video files in the open case"));
    connect(m_addFootageAction, &QAction::triggered, this, &MainWindow::addFootageDialog);
    m_settingsAction = makeAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsDialog);
    m_trainAction = makeAction(tr("&Train Model…"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_trainAction->setStatusTip(tr("Teach a model what is normal for a camera from its ordinary footage"));
    connect(m_trainAction, &QAction::triggered, this, &MainWindow::trainDialog);
    QMenu* fileMenu = menuBar()->actions().value(0)->menu();
    fileMenu->insertAction(m_openVideoAction, m_newCaseAction);
    fileMenu->insertAction(fileMenu->actions().value(fileMenu->actions().indexOf(m_recentMenu->menuAction()) + 1),
                           m_addFootageAction);

    QMenu* reviewMenu = new QMenu(tr("&Review"), this);
    menuBar()->insertMenu(menuBar()->actions().value(menuBar()->actions().size() - 1), reviewMenu);
    reviewMenu->addAction(m_analyseAction);
    reviewMenu->addAction(m_trainAction);
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_nextEventAction);
    reviewMenu->addAction(m_previousEventAction);
    reviewMenu->addAction(m_heatMapAction);
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_inPointAction);
    reviewMenu->addAction(m_outPointAction);
    reviewMenu->addAction(m_bookmarkAction);
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_eventsDock->toggleViewAction());
    reviewMenu->addAction(m_annotationsDock->toggleViewAction());
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_settingsAction);

    m_toolBar->addSeparator();
    m_toolBar->addAction(m_analyseAction);
    m_toolBar->addAction(m_previousEventAction);
    m_toolBar->addAction(m_nextEventAction);
    m_toolBar->addAction(m_heatMapAction);
    m_toolBar->addWidget(m_heatOpacity);
    m_mediaActions << m_nextEventAction << m_previousEventAction << m_heatMapAction << m_inPointAction
                   << m_outPointAction << m_bookmarkAction;
}

// ---- the case ----------------------------------------------------------------

void MainWindow::openCaseDatabase(const QString& path)
{
    if (path == m_casePath && m_caseDb)
        return;
    closeCaseDatabase();
    m_casePath = path;
    store::OpenOptions options;
    options.integrityCheck = false;  // CaseLoader has just checked it
    const std::string file = QFile::encodeName(path).toStdString();
    try {
        m_caseDb = std::make_unique<store::CaseDatabase>(store::CaseDatabase::open(file, store::OpenMode::ReadWrite, options));
        m_caseReadOnlyReason.clear();
    } catch (const std::exception& writeError) {
        // Read-only media, or another program holds it for writing: review
        // it anyway, without edits.
        try {
            m_caseDb = std::make_unique<store::CaseDatabase>(store::CaseDatabase::open(file, store::OpenMode::ReadOnly, options));
            m_caseReadOnlyReason = tr("The case is open read-only: %1").arg(QString::fromStdString(writeError.what()));
            statusBar()->showMessage(m_caseReadOnlyReason, 10000);
        } catch (const std::exception& readError) {
            reportError(tr("Could not open the case “%1”.").arg(QFileInfo(path).fileName()),
                        QString::fromStdString(readError.what()));
            m_casePath.clear();
        }
    }
    m_eventsDock->setEditable(m_caseReadOnlyReason.isEmpty(), m_caseReadOnlyReason);
}

void MainWindow::closeCaseDatabase()
{
    m_caseDb.reset();
    m_casePath.clear();
    m_caseMediaIds.clear();
    m_review.reset();
}

bool MainWindow::isReviewPending() const
{
    return m_reviewLoader->isLoading() || (m_caseDb && caseMediaId(timeline().path()) != 0 && !m_review);
}

std::int64_t MainWindow::caseMediaId(const QString& path) const { return m_caseMediaIds.value(path, 0); }

void MainWindow::loadReviewForCurrentMedia()
{
    const std::int64_t mediaId = caseMediaId(timeline().path());
    const MediaTimeline& media = timeline();
    m_scoreTimeline->reset(media.playbackFps(), media.frameCount());
    m_eventsDock->clear();
    m_videoView->clearOverlay();
    m_review.reset();
    m_annotationsDock->setCase(mediaId ? m_caseDb.get() : nullptr, mediaId, media.playbackFps());
    refreshAnnotationSpans();
    if (mediaId && m_caseDb)
        m_reviewLoader->load(m_casePath, mediaId);
}

void MainWindow::onReviewLoaded(const MediaReview& review)
{
    if (review.casePath != m_casePath || review.media.id != caseMediaId(timeline().path()))
        return;  // the reviewer moved on meanwhile
    if (!review.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not read the analysis of this file: %1").arg(review.error), 10000);
        return;
    }
    m_review = std::make_unique<MediaReview>(review);
    showReview();
    Q_EMIT reviewLoaded(review.media.id);
}

void MainWindow::showReview()
{
    const MediaReview& review = *m_review;
    m_scoreTimeline->reset(review.media.fps > 0 ? review.media.fps : timeline().playbackFps(), timeline().frameCount());
    if (review.hasRun()) {
        m_scoreTimeline->setScores(review.scores);
        m_scoreTimeline->setSignal(tr("PSNR (dB)"), review.psnrDb);
        if (!review.featureDistance.empty())
            m_scoreTimeline->setSignal(tr("Feature distance"), review.featureDistance);
        m_scoreTimeline->setThreshold(review.threshold());
        m_scoreTimeline->setToolTip(tr("Model “%1”, run %2 (%3)")
                                        .arg(review.modelName)
                                        .arg(review.run->id)
                                        .arg(runStatusText(review.run->status)));
    }
    m_eventsDock->setEvents(review.events, review.media.fps, timeline().path());
    refreshEventSpans();
    refreshAnnotationSpans();
    m_scoreTimeline->setPlayhead(std::max<qint64>(0, m_playback->displayedFrame()));
    updateHeatOverlay(m_playback->displayedFrame());
}

void MainWindow::refreshEventSpans()
{
    m_scoreTimeline->setEvents(m_review ? eventSpans(m_review->events) : std::vector<TimelineSpan>{});
}

void MainWindow::refreshAnnotationSpans()
{
    std::vector<TimelineSpan> spans;
    for (const store::Annotation& annotation : m_annotationsDock->annotations())
        spans.push_back({annotation.frameStart, annotation.frameEnd, QColor()});
    m_scoreTimeline->setAnnotations(spans);
}

// ---- events -----------------------------------------------------------------

void MainWindow::goToNextEvent()
{
    if (!m_review)
        return;
    const qint64 current = m_playback->position();
    for (const store::EventRecord& event : m_review->events)
        if (event.startFrame > current) {
            m_playback->pause();
            m_playback->seek(event.startFrame);
            m_eventsDock->selectEvent(event.id);
            return;
        }
    statusBar()->showMessage(tr("No event after this frame"), 3000);
}

void MainWindow::goToPreviousEvent()
{
    if (!m_review)
        return;
    const qint64 current = m_playback->position();
    for (auto event = m_review->events.rbegin(); event != m_review->events.rend(); ++event)
        if (event->startFrame < current) {
            m_playback->pause();
            m_playback->seek(event->startFrame);
            m_eventsDock->selectEvent(event->id);
            return;
        }
    statusBar()->showMessage(tr("No event before this frame"), 3000);
}

void MainWindow::applyThreshold(double threshold, bool store)
{
    if (!m_review || !m_review->hasRun() || !std::isfinite(threshold))
        return;
    std::vector<store::EventRecord> events;
    for (const analysis::DetectedEvent& event :
         analysis::detectEvents(m_review->scores, m_review->eventOptions(threshold)))
        events.push_back({0, m_review->run->id, event.startFrame, event.endFrame, event.peakFrame, event.peakScore,
                          store::EventStatus::Unreviewed});
    m_scoreTimeline->setThreshold(threshold);
    if (!store) {
        // A preview while dragging: the stored events and their states stay
        // until the reviewer lets go.
        m_scoreTimeline->setEvents(eventSpans(events, QStringLiteral("preview")));
        statusBar()->showMessage(tr("Threshold %1: %n event(s)", nullptr, static_cast<int>(events.size()))
                                     .arg(threshold, 0, 'f', 2));
        return;
    }
    // A reviewer's decision is a finding, not a by-product of the threshold:
    // reviewed events that no new event overlaps are kept as they are (the
    // store carries the states of overlapped ones over to the new events).
    for (const store::EventRecord& old : m_review->events) {
        if (old.status == store::EventStatus::Unreviewed)
            continue;
        const bool overlapped = std::any_of(events.begin(), events.end(), [&](const store::EventRecord& event) {
            return event.startFrame <= old.endFrame && old.startFrame <= event.endFrame;
        });
        if (!overlapped)
            events.push_back(old);
    }
    std::sort(events.begin(), events.end(), [](const store::EventRecord& a, const store::EventRecord& b) {
        return a.startFrame < b.startFrame;
    });
    const bool completed = m_review->run->status == store::RunStatus::Completed;
    if (m_caseDb && m_caseReadOnlyReason.isEmpty() && completed) {
        try {
            m_review->events = m_caseDb->replaceEvents(m_review->run->id, events, threshold);
            m_review->run->threshold = threshold;
        } catch (const std::exception& error) {
            reportError(tr("Could not store the new events."), QString::fromStdString(error.what()));
            return;
        }
    } else {
        m_review->events = events;  // shown, not stored: the case cannot take them
        statusBar()->showMessage(completed ? m_caseReadOnlyReason
                                           : tr("The analysis is not finished: events are shown, not stored"),
                                 8000);
    }
    m_eventsDock->setEvents(m_review->events, m_review->media.fps, timeline().path());
    refreshEventSpans();
}

void MainWindow::onEventStateRequested(std::int64_t eventId, store::EventStatus status)
{
    if (!m_caseDb || !m_review)
        return;
    try {
        m_caseDb->setEventStatus(eventId, status);
    } catch (const std::exception& error) {
        reportError(tr("Could not store the event's state."), QString::fromStdString(error.what()));
        return;
    }
    for (store::EventRecord& event : m_review->events)
        if (event.id == eventId) {
            event.status = status;
            m_eventsDock->updateEvent(event);
        }
    refreshEventSpans();
}

// ---- heat map -----------------------------------------------------------------

void MainWindow::updateHeatOverlay(qint64 frameIndex)
{
    if (!m_heatMapAction->isChecked() || !m_review || !m_review->hasRun() || !m_caseDb || frameIndex < 0 ||
        m_review->heatMapTypical <= 0.0) {
        m_videoView->clearOverlay();
        if (m_heatMapAction->isChecked() && m_review && m_review->hasRun() && m_review->heatMapTypical <= 0.0)
            statusBar()->showMessage(tr("This analysis stored no heat maps"), 3000);
        return;
    }
    std::optional<store::PatchMap> map;
    try {
        map = m_caseDb->patchMap(m_review->run->id, frameIndex);
    } catch (const std::exception&) {
        map.reset();  // shown as "no map for this frame"
    }
    if (!map || map->width <= 0 || map->height <= 0) {
        m_videoView->clearOverlay();
        return;
    }
    // Cells at or below the reference error (MediaReview::heatMapTypical) stay
    // transparent; kHeatFullScale times the reference is full red.
    const QImage overlay = heatOverlayImage(*map, m_review->heatMapTypical);
    m_videoView->setOverlay(overlay, tr("usual"), tr("%1×").arg(kHeatFullScale, 0, 'f', 0));
}

// ---- analysis -----------------------------------------------------------------

void MainWindow::analyseDialog()
{
    if (!m_caseDb) {
        reportError(tr("Open a case first."),
                    tr("Analyses are stored in a case, with the footage's hash and the model used. "
                       "Create one with File ▸ New Case… or open an existing case."));
        return;
    }
    if (!m_caseReadOnlyReason.isEmpty()) {
        reportError(tr("This case cannot be changed."), m_caseReadOnlyReason);
        return;
    }
    QStringList files = m_caseMediaIds.keys();
    files.sort();
    QStringList models;
    for (const store::ModelRecord& model : m_caseDb->listModels())
        models << QString::fromStdString(model.path);
    AnalyseDialog dialog(m_casePath, files, timeline().path(), models, this);
    if (dialog.modelBox()->count() == 0)
        dialog.modelBox()->setPlaceholderText(tr("No model found"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    analyse(dialog.request());
}

void MainWindow::analyse(const AnalysisRequest& request)
{
    if (!m_analysisJob->start(request)) {
        statusBar()->showMessage(tr("An analysis is already running"), 5000);
        return;
    }
    m_analysedFileIndex = -1;
    m_analyseAction->setEnabled(false);
    m_analysisLabel->setText(tr("Starting the analysis…"));
    m_analysisProgress->setRange(0, 0);
    m_analysisStatus->show();
}

void MainWindow::onAnalysisProgress(const AnalysisProgressInfo& progress)
{
    if (progress.fileIndex != m_analysedFileIndex) {
        m_analysedFileIndex = progress.fileIndex;
        // The curve of the file on screen is redrawn as the new run scores it.
        if (progress.file == timeline().path()) {
            m_scoreTimeline->reset(timeline().playbackFps(), timeline().frameCount());
            m_eventsDock->clear();
            m_videoView->clearOverlay();
            m_review.reset();
        }
    }
    m_analysisProgress->setRange(0, static_cast<int>(std::max<qint64>(progress.frameCount, 1)));
    m_analysisProgress->setValue(static_cast<int>(progress.frame));
    QString text = tr("Analysing %1 (%2 of %3)").arg(QFileInfo(progress.file).fileName())
                       .arg(progress.fileIndex + 1)
                       .arg(progress.fileCount);
    if (progress.framesPerSecond > 0.0)
        text += tr(": %1 frames/s, %2 left").arg(progress.framesPerSecond, 0, 'f', 1).arg(formatEta(progress.etaSeconds));
    m_analysisLabel->setText(text);
}

void MainWindow::onAnalysisFileFinished(const AnalysisFileResult& result)
{
    if (!result.error.isEmpty()) {
        reportError(tr("Could not analyse “%1”.").arg(QFileInfo(result.file).fileName()), result.error);
    } else if (result.completed) {
        statusBar()->showMessage(tr("%1: %n event(s)", nullptr, result.eventCount).arg(QFileInfo(result.file).fileName()),
                                 8000);
    }
    if (result.mediaId)
        m_caseMediaIds.insert(result.file, result.mediaId);
    if (result.file == timeline().path() && result.mediaId)
        m_reviewLoader->load(m_casePath, result.mediaId);
}

void MainWindow::onAnalysisFinished(bool cancelled)
{
    m_analysisStatus->hide();
    m_analyseAction->setEnabled(true);
    if (cancelled)
        statusBar()->showMessage(tr("Analysis cancelled; analysing again continues where it stopped"), 8000);
    // The case dock's event counts (and any newly imported file).
    if (!m_casePath.isEmpty())
        m_caseLoader->load(m_casePath);
    Q_EMIT analysisFinished(cancelled);
}

// ---- case management ------------------------------------------------------------

void MainWindow::newCaseDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Case"), dialogDirectory(),
                                                      tr("Anomalens cases (*.alcase)"));
    if (path.isEmpty())
        return;
    const QString casePath = path.endsWith(QStringLiteral(".alcase"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".alcase");
    try {
        store::CaseMetadata metadata;
        metadata.name = QFileInfo(casePath).completeBaseName().toStdString();
        store::CaseDatabase::create(QFile::encodeName(casePath).toStdString(), metadata);
    } catch (const std::exception& error) {
        reportError(tr("Could not create the case “%1”.").arg(QFileInfo(casePath).fileName()),
                    QString::fromStdString(error.what()));
        return;
    }
    openCase(casePath);
    // The footage on screen is what the reviewer meant to put in it.
    if (m_frames->hasMedia())
        addFootage({timeline().path()});
}

void MainWindow::addFootageDialog()
{
    if (m_casePath.isEmpty()) {
        reportError(tr("Open or create a case first."), tr("Footage is listed, hashed and analysed inside a case."));
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Footage"), dialogDirectory(),
                                                            tr("Video files (*.mp4 *.m4v *.mov *.mkv *.avi *.ts *.mpg "
                                                               "*.mpeg *.wmv *.webm *.3gp *.dav);;All files (*)"));
    if (!paths.isEmpty())
        addFootage(paths);
}

void MainWindow::addFootage(const QStringList& paths)
{
    // Hashing reads every byte (minutes for hours of footage): a pool
    // thread with its own connection does it.
    const QString casePath = m_casePath;
    statusBar()->showMessage(tr("Adding %n file(s) to the case (hashing)…", nullptr, static_cast<int>(paths.size())));
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, casePath] {
        const QStringList errors = watcher->result();
        watcher->deleteLater();
        if (!errors.isEmpty())
            reportError(tr("Some footage could not be added."), errors.join(QLatin1Char('\n')));
        if (casePath == m_casePath)
            m_caseLoader->load(casePath);
    });
    watcher->setFuture(QtConcurrent::run([casePath, paths] {
        QStringList errors;
        try {
            store::OpenOptions options;
            options.integrityCheck = false;
            store::CaseDatabase db = store::CaseDatabase::open(QFile::encodeName(casePath).toStdString(),
                                                               store::OpenMode::ReadWrite, options);
            for (const QString& path : paths) {
                try {
                    db.importMedia(QFile::encodeName(path).toStdString());
                } catch (const std::exception& error) {
                    errors << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), QString::fromStdString(error.what()));
                }
            }
        } catch (const std::exception& error) {
            errors << QString::fromStdString(error.what());
        }
        return errors;
    }));
}

void MainWindow::trainDialog()
{
    if (!m_trainDialog) {
        m_trainDialog = new TrainDialog(AnalyseDialog::userModelsFolder(), this);
        QDir().mkpath(AnalyseDialog::userModelsFolder());
        QStringList footage = m_caseMediaIds.keys();
        footage.sort();
        if (footage.isEmpty() && m_frames->hasMedia())
            footage << timeline().path();
        m_trainDialog->setFootage(footage);
        connect(m_trainDialog, &TrainDialog::modelTrained, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Model saved: %1. It is listed in Analyse….").arg(QDir::toNativeSeparators(path)),
                                     10000);
        });
    }
    if (!m_trainDialog->isTraining())
        m_trainDialog->setSuggestedRanges(annotatedRanges());
    m_trainDialog->show();
    m_trainDialog->raise();
    m_trainDialog->activateWindow();
}

// The case's annotated stretches (two frames or more), offered as training
// ranges: reviewers mark normal activity they want the model to learn.
QVector<FootageRangeChoice> MainWindow::annotatedRanges() const
{
    QVector<FootageRangeChoice> ranges;
    if (!m_caseDb)
        return ranges;
    try {
        for (auto it = m_caseMediaIds.cbegin(); it != m_caseMediaIds.cend(); ++it)
            for (const store::Annotation& annotation : m_caseDb->annotations(it.value()))
                if (annotation.frameEnd > annotation.frameStart)
                    ranges.push_back({it.key(), annotation.frameStart, annotation.frameEnd,
                                      QString::fromStdString(annotation.label)});
    } catch (const std::exception& error) {
        qWarning("Cannot read the case's annotations: %s", error.what());
    }
    return ranges;
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

// ---- annotations ------------------------------------------------------------------

void MainWindow::setInPoint()
{
    m_inPoint = std::max<qint64>(0, m_playback->position());
    statusBar()->showMessage(tr("In point at frame %1: move to the end of the range and press O").arg(*m_inPoint),
                             8000);
}

void MainWindow::setOutPoint()
{
    const qint64 out = std::max<qint64>(0, m_playback->position());
    const qint64 in = m_inPoint.value_or(out);
    m_inPoint.reset();
    m_annotationsDock->addRange(std::min(in, out), std::max(in, out));
}

void MainWindow::addBookmark() { m_annotationsDock->addBookmark(std::max<qint64>(0, m_playback->position())); }

} // namespace anomalens::ui
