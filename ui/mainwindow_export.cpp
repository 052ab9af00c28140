// MainWindow: the Export menu (PDF report, clips of events: annotated,
// original, all confirmed; score data). The
// exports run on ExportJob's pool thread; progress and Cancel sit in the
// status bar, and questions (overwrite, changed footage) come as window-modal
// boxes opened with open(), so the window never blocks.
#include "mainwindow.h"

#include "controllers/exportjob.h"
#include "controllers/mediareview.h"
#include "controllers/playbackcontroller.h"
#include "dialogs/errorbox.h"
#include "docks/eventsdock.h"
#include "export/scoresexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <cmath>

namespace anomalens::ui {

namespace {

// Context around an event in its annotated clip, so the viewer sees what led
// up to it and what followed.
constexpr double kClipPaddingSeconds = 1.0;

QString safeFileName(QString name)
{
    static const QString kForbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (kForbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return name.trimmed().isEmpty() ? QStringLiteral("case") : name.trimmed();
}

ExportRequest newRequest(ExportRequest::Kind kind, const QString& casePath, const QString& destination,
                         bool overwrite)
{
    ExportRequest request;
    request.kind = kind;
    request.casePath = casePath;
    request.destination = destination;
    request.overwrite = overwrite;
    return request;
}

} // namespace

void MainWindow::createExportActions()
{
    m_exportJob = new ExportJob(this);
    m_exportClipAction = new QAction(tr("Annotated &Clip of Event…"), this);
    m_exportClipAction->setStatusTip(
        tr("Re-encode the selected event with the heat map, score and a \"derived copy\" mark burned in"));
    connect(m_exportClipAction, &QAction::triggered, this, &MainWindow::exportEventClipDialog);
    m_exportReportAction = new QAction(tr("&Report (PDF)…"), this);
    m_exportReportAction->setStatusTip(
        tr("Write the case's evidence, analyses, events, annotations and audit trail as a PDF"));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReportDialog);

    m_exportOriginalAction = new QAction(tr("&Original Clip of Event…"), this);
    m_exportOriginalAction->setStatusTip(
        tr("Copy the selected event's footage as recorded (or re-encoded frame-exact), with a second before and after"));
    connect(m_exportOriginalAction, &QAction::triggered, this, &MainWindow::exportOriginalClipDialog);
    m_exportConfirmedAction = new QAction(tr("Clips of All &Confirmed Events…"), this);
    m_exportConfirmedAction->setStatusTip(tr("One original clip per confirmed event of the case, into a folder"));
    connect(m_exportConfirmedAction, &QAction::triggered, this, &MainWindow::exportConfirmedClipsDialog);
    m_exportScoresAction = new QAction(tr("&Scores (CSV/JSON)…"), this);
    m_exportScoresAction->setStatusTip(tr("The per-frame scores and signals, or the events, of the analysis on screen"));
    connect(m_exportScoresAction, &QAction::triggered, this, &MainWindow::exportScoresDialog);

    QMenu* exportMenu = new QMenu(tr("E&xport"), this);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    // Before Help, the last menu.
    menuBar()->insertMenu(menuBar()->actions().value(menuBar()->actions().size() - 1), exportMenu);
    exportMenu->addAction(m_exportOriginalAction);
    exportMenu->addAction(m_exportClipAction);
    exportMenu->addAction(m_exportConfirmedAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_exportScoresAction);
    exportMenu->addAction(m_exportReportAction);
    connect(exportMenu, &QMenu::aboutToShow, this, &MainWindow::updateExportActions);
    // Also when what is on screen changes, so the actions' state is right
    // wherever they are shown (menu, events panel, tests).
    connect(this, &MainWindow::reviewLoaded, this, &MainWindow::updateExportActions);
    connect(this, &MainWindow::caseOpened, this, &MainWindow::updateExportActions);
    m_eventsDock->setExtraContextActions({m_exportOriginalAction, m_exportClipAction, m_exportReportAction});
    connect(m_eventsDock, &EventsDock::contextMenuAboutToShow, this, &MainWindow::updateExportActions);

    m_exportStatus = new QWidget;
    auto* layout = new QHBoxLayout(m_exportStatus);
    layout->setContentsMargins(0, 0, 0, 0);
    m_exportLabel = new QLabel;
    m_exportProgress = new QProgressBar;
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setMaximumWidth(160);
    m_exportProgress->setTextVisible(false);
    m_exportCancel = new QPushButton(tr("Cancel Export"));
    m_exportCancel->setObjectName(QStringLiteral("exportCancel"));
    m_exportCancel->setToolTip(tr("Stop the export; no partial file is left behind"));
    layout->addWidget(m_exportLabel);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_exportCancel);
    statusBar()->addWidget(m_exportStatus);
    m_exportStatus->hide();
    connect(m_exportCancel, &QPushButton::clicked, m_exportJob, &ExportJob::cancel);
    connect(m_exportJob, &ExportJob::progressed, this,
            [this](double fraction) { m_exportProgress->setValue(static_cast<int>(std::lround(fraction * 1000))); });
    connect(m_exportJob, &ExportJob::finished, this, &MainWindow::onExportFinished);
    updateExportActions();
}

void MainWindow::updateExportActions()
{
    const bool idle = !m_exportJob->isRunning();
    m_exportReportAction->setEnabled(idle && m_caseDb != nullptr);
    const bool haveEvents = idle && m_caseDb && m_review && m_review->hasRun() && !m_review->events.empty();
    m_exportClipAction->setEnabled(haveEvents);
    m_exportOriginalAction->setEnabled(haveEvents);
    m_exportConfirmedAction->setEnabled(idle && m_caseDb != nullptr);
    m_exportScoresAction->setEnabled(idle && m_caseDb && m_review && m_review->hasRun());
}

const store::EventRecord* MainWindow::eventOnScreen(std::int64_t eventId) const
{
    if (m_review)
        for (const store::EventRecord& event : m_review->events)
            if (event.id == eventId)
                return &event;
    return nullptr;
}

// The event to export, or 0 after telling the reviewer to select one.
std::int64_t MainWindow::eventToExport()
{
    const std::int64_t eventId = currentExportEventId();
    if (!m_caseDb || !m_review || eventId == 0) {
        reportError(tr("Select an event first."),
                    tr("Choose the event in the Events panel (or move the playhead into it), then export its clip."));
        return 0;
    }
    return eventId;
}

// Next to the case file: `pattern` with %1 = the footage's base name and %2 =
// the event id (when not 0), made safe as a file name.
QString MainWindow::suggestedExportPath(const QString& pattern, std::int64_t eventId, const QString& suffix) const
{
    QString name = pattern.arg(QFileInfo(QString::fromStdString(m_review->media.path)).completeBaseName());
    if (eventId != 0)
        name = name.arg(eventId);
    return QFileInfo(m_casePath).dir().filePath(safeFileName(name) + suffix);
}

// The event the reviewer means: the one selected in the Events panel, else
// the one under the playhead.
std::int64_t MainWindow::currentExportEventId() const
{
    if (const store::EventRecord* selected = m_eventsDock->selectedEvent())
        return selected->id;
    if (!m_review)
        return 0;
    const qint64 frame = displayedFrameIndex();
    for (const store::EventRecord& event : m_review->events)
        if (frame >= event.startFrame && frame <= event.endFrame)
            return event.id;
    return 0;
}

void MainWindow::exportReportDialog()
{
    if (!m_caseDb) {
        reportError(tr("Open a case first."), tr("The report describes a case: its footage, analyses and audit trail."));
        return;
    }
    const QString a4 = tr("PDF, A4 paper (*.pdf)");
    const QString letter = tr("PDF, US Letter paper (*.pdf)");
    const bool usLetter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    QString filter = usLetter ? letter : a4;
    const QFileInfo caseFile(m_casePath);
    const QString suggested =
        caseFile.dir().filePath(safeFileName(tr("%1 report").arg(caseFile.completeBaseName())) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, a4 + QStringLiteral(";;") + letter,
                                                &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    // The file dialog has asked about replacing an existing file.
    exportReportTo(path, filter == letter, true);
}

void MainWindow::exportEventClipDialog()
{
    const std::int64_t eventId = eventToExport();
    if (eventId == 0)
        return;
    const QString suggested = suggestedExportPath(tr("%1 event %2 annotated"), eventId, QStringLiteral(".mp4"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Annotated Clip"), suggested,
                                                tr("MP4 video (*.mp4);;Matroska video (*.mkv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mp4");
    exportEventClipTo(path, eventId, true);
}

void MainWindow::exportOriginalClipDialog()
{
    const std::int64_t eventId = eventToExport();
    if (eventId == 0)
        return;
    const QString suggested = suggestedExportPath(tr("%1 event %2"), eventId, QStringLiteral(".mp4"));
    // The filter chooses the mode, as the paper size for reports.
    const QString original = tr("Original packets, starts at the keyframe before the event (*.mp4 *.mkv *.mov)");
    const QString reencoded = tr("Re-encoded H.264, exactly the event's frames (*.mp4 *.mkv)");
    QString filter = original;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Original Clip"), suggested,
                                                original + QStringLiteral(";;") + reencoded, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mp4");
    exportOriginalClipTo(path, eventId, filter == reencoded, true);
}

void MainWindow::exportConfirmedClipsDialog()
{
    if (!m_caseDb) {
        reportError(tr("Open a case first."), tr("The clips are cut from the case's footage at its confirmed events."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Clips of Confirmed Events"),
                                                             QFileInfo(m_casePath).absolutePath());
    if (!folder.isEmpty())
        exportConfirmedClipsTo(folder);
}

void MainWindow::exportScoresDialog()
{
    if (!m_caseDb || !m_review || !m_review->hasRun()) {
        reportError(tr("Nothing analysed on screen."), tr("Open footage of the case that has an analysis, then export its scores."));
        return;
    }
    const QString csv = tr("Per-frame scores and signals, CSV (*.csv)");
    const QString json = tr("Per-frame scores and signals with case, model and run, JSON (*.json)");
    const QString events = tr("Events, CSV (*.csv)");
    QString filter = csv;
    const QString suggested = suggestedExportPath(tr("%1 scores"), 0, QStringLiteral(".csv"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Scores"), suggested,
                                                QStringList{csv, json, events}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const exporting::ScoresFormat format = filter == json     ? exporting::ScoresFormat::Json
                                           : filter == events ? exporting::ScoresFormat::EventsCsv
                                                              : exporting::ScoresFormat::Csv;
    if (QFileInfo(path).suffix().isEmpty())
        path += format == exporting::ScoresFormat::Json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportScoresTo(path, format, true);
}

void MainWindow::exportOriginalClipTo(const QString& path, std::int64_t eventId, bool reencode, bool overwrite)
{
    if (!m_caseDb || !eventOnScreen(eventId)) {
        reportError(tr("The event is not in the footage on screen."),
                    tr("Open the case's footage that has the event, select the event, and export again."));
        return;
    }
    ExportRequest request = newRequest(ExportRequest::Kind::OriginalClip, m_casePath, path, overwrite);
    request.originalClip.mediaId = m_review->media.id;
    request.originalClip.eventId = eventId;
    request.originalClip.padding.beforeSeconds = kClipPaddingSeconds;
    request.originalClip.padding.afterSeconds = kClipPaddingSeconds;
    request.originalClip.mode = reencode ? exporting::ClipMode::Reencode : exporting::ClipMode::Original;
    startExport(request);
}

void MainWindow::exportConfirmedClipsTo(const QString& folder)
{
    ExportRequest request = newRequest(ExportRequest::Kind::ConfirmedClips, m_casePath, folder, false);
    request.confirmedClips.padding.beforeSeconds = kClipPaddingSeconds;
    request.confirmedClips.padding.afterSeconds = kClipPaddingSeconds;
    startExport(request);
}

void MainWindow::exportScoresTo(const QString& path, exporting::ScoresFormat format, bool overwrite)
{
    if (!m_caseDb || !m_review || !m_review->hasRun()) {
        reportError(tr("Nothing analysed on screen."), tr("Open footage of the case that has an analysis, then export its scores."));
        return;
    }
    ExportRequest request = newRequest(ExportRequest::Kind::Scores, m_casePath, path, overwrite);
    request.scores.runId = m_review->run->id;
    request.scores.format = format;
    startExport(request);
}

void MainWindow::exportReportTo(const QString& path, bool letterPaper, bool overwrite)
{
    if (!m_caseDb) {
        reportError(tr("Open a case first."), tr("The report describes a case: its footage, analyses and audit trail."));
        return;
    }
    ExportRequest request = newRequest(ExportRequest::Kind::Report, m_casePath, path, overwrite);
    request.report.pageSize = letterPaper ? QPageSize::Letter : QPageSize::A4;
    startExport(request);
}

void MainWindow::exportEventClipTo(const QString& path, std::int64_t eventId, bool overwrite)
{
    const store::EventRecord* event = eventOnScreen(eventId);
    if (!m_caseDb || !event) {
        reportError(tr("The event is not in the footage on screen."),
                    tr("Open the case's footage that has the event, select the event, and export again."));
        return;
    }
    ExportRequest request = newRequest(ExportRequest::Kind::AnnotatedClip, m_casePath, path, overwrite);
    request.clip.mediaId = m_review->media.id;
    request.clip.eventId = eventId;
    std::tie(request.clip.firstFrame, request.clip.lastFrame) =
        eventClipRange(m_review->media, *event, kClipPaddingSeconds, kClipPaddingSeconds);
    startExport(request);
}

void MainWindow::startExport(const ExportRequest& request)
{
    if (!m_caseReadOnlyReason.isEmpty()) {
        reportError(tr("This case cannot record the export."),
                    tr("Every export is written to the case's audit log. %1").arg(m_caseReadOnlyReason));
        return;
    }
    if (!m_exportJob->start(request)) {
        statusBar()->showMessage(tr("An export is already running"), 5000);
        return;
    }
    const QString name = QFileInfo(request.destination).fileName();
    switch (request.kind) {
    case ExportRequest::Kind::Report:
        m_exportLabel->setText(tr("Writing report %1…").arg(name));
        break;
    case ExportRequest::Kind::ConfirmedClips:
        m_exportLabel->setText(tr("Exporting the clips of confirmed events…"));
        break;
    case ExportRequest::Kind::Scores:
        m_exportLabel->setText(tr("Writing %1…").arg(name));
        break;
    default:
        m_exportLabel->setText(tr("Exporting clip %1…").arg(name));
    }
    m_exportProgress->setValue(0);
    m_exportStatus->show();
    updateExportActions();
}

void MainWindow::onExportFinished(const ExportOutcome& outcome)
{
    m_exportStatus->hide();
    updateExportActions();
    const QString name = QFileInfo(outcome.request.destination).fileName();
    if (outcome.destinationExists) {
        auto* box = new QMessageBox(QMessageBox::Question, tr("Anomalens"), tr("“%1” already exists.").arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("exportOverwriteBox"));
        box->setInformativeText(tr("Replace it (and its .sha256 file) with the new export?"));
        box->button(QMessageBox::Yes)->setText(tr("Replace"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        connect(box, &QMessageBox::finished, this, [this, outcome](int result) {
            if (result != QMessageBox::Yes) {
                Q_EMIT exportFinished(false);
                return;
            }
            ExportRequest again = outcome.request;
            again.overwrite = true;
            startExport(again);
        });
        box->open();
        return;
    }
    if (outcome.sourceChanged) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Anomalens"),
                                    tr("The footage has changed since it was imported into the case."),
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("exportSourceChangedBox"));
        const bool burnedIn = outcome.request.kind == ExportRequest::Kind::AnnotatedClip;
        box->setInformativeText(outcome.error + QStringLiteral("\n\n") +
                                (burnedIn ? tr("A clip made from it may not show what was analysed. Export it anyway, "
                                               "marked \"source changed since import\" in every frame?")
                                          : tr("A clip made from it may not show what was analysed. Export it anyway? "
                                               "The audit log records it as made from unverified footage.")));
        QPushButton* anyway =
            box->addButton(burnedIn ? tr("Export Marked Clip") : tr("Export Anyway"), QMessageBox::AcceptRole);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        connect(box, &QMessageBox::finished, this, [this, box, anyway, outcome](int) {
            if (box->clickedButton() != anyway) {
                Q_EMIT exportFinished(false);
                return;
            }
            ExportRequest again = outcome.request;
            again.clip.allowChangedSource = true;
            again.originalClip.allowChangedSource = true;
            again.confirmedClips.allowChangedSource = true;
            startExport(again);
        });
        box->open();
        return;
    }
    if (outcome.cancelled) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written"), 5000);
    } else if (!outcome.ok) {
        reportError(tr("Could not export “%1”.").arg(name), outcome.error);
    } else if (!outcome.sourcesMatch && outcome.request.kind == ExportRequest::Kind::Report) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Anomalens"),
                                    tr("The report was written, marked: evidence has changed since import."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportMarkedBox"));
        box->setInformativeText(tr("At least one evidence file no longer matches the SHA-256 the case recorded. "
                                   "The report says so on its first page and in the footer of every page."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
    } else if (!outcome.summary.isEmpty()) {
        statusBar()->showMessage(outcome.summary, 10000);
    } else {
        statusBar()->showMessage(outcome.request.kind == ExportRequest::Kind::Report
                                     ? tr("Report written: %1 (%2 pages)").arg(name).arg(outcome.pageCount)
                                     : tr("Clip written: %1 (%2 frames)").arg(name).arg(outcome.frames),
                                 10000);
    }
    Q_EMIT exportFinished(outcome.ok);
}

} // namespace anomalens::ui
