#include "controllers/exportjob.h"
#include "controllers/applog.h"

#include "store/casedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <filesystem>

namespace anomalens::ui {

namespace {

constexpr auto kProgressInterval = std::chrono::milliseconds(100);

// Core's progress callback (fraction, stage; false = cancel) over the job's
// throttled progress and cancel flag.
exporting::ExportProgress coreProgress(const ExportControl& control)
{
    return [&control](double fraction, const std::string&) {
        if (control.progress)
            control.progress(fraction);
        return !(control.cancel && control.cancel->load());
    };
}

} // namespace

ExportJob::ExportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ExportOutcome>();
}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

bool ExportJob::start(const ExportRequest& request)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_future = QtConcurrent::run([this, request] { Q_EMIT finished(run(request)); });
    return true;
}

void ExportJob::cancel() { m_cancel = true; }
bool ExportJob::isRunning() const { return m_future.isRunning(); }
void ExportJob::wait() { m_future.waitForFinished(); }

// Runs on the pool thread; signals are queued to the window.
ExportOutcome ExportJob::run(const ExportRequest& request)
{
    ExportOutcome outcome;
    outcome.request = request;
    const std::filesystem::path destination = QFile::encodeName(request.destination).toStdString();
    const auto existing = request.overwrite ? exporting::ExistingFile::Overwrite : exporting::ExistingFile::Refuse;
    // Checked here too, not only by ExportFile: the window asks the user
    // instead of showing an error.
    if (!request.overwrite && request.kind != ExportRequest::Kind::ConfirmedClips &&
        std::filesystem::exists(destination)) {
        outcome.destinationExists = true;
        return outcome;
    }
    auto lastProgress = std::chrono::steady_clock::now() - kProgressInterval;
    ExportControl control;
    control.cancel = &m_cancel;
    control.progress = [&](double fraction) {
        const auto now = std::chrono::steady_clock::now();
        if (now - lastProgress < kProgressInterval && fraction < 1.0)
            return;
        lastProgress = now;
        Q_EMIT progressed(fraction);
    };
    try {
        store::OpenOptions open;
        open.integrityCheck = false;  // the window checked the case when it opened it
        store::CaseDatabase db = store::CaseDatabase::open(QFile::encodeName(request.casePath).toStdString(),
                                                           store::OpenMode::ReadWrite, open);
        if (request.kind == ExportRequest::Kind::Report) {
            const ReportResult result = exportReport(db, destination, existing, request.report, control);
            outcome.sha256 = QString::fromStdString(result.file.sha256);
            outcome.pageCount = result.pageCount;
            outcome.sourcesMatch = result.sourcesMatch;
        } else if (request.kind == ExportRequest::Kind::OriginalClip) {
            exporting::ClipExportRequest clip = request.originalClip;
            clip.destination = destination;
            clip.existing = existing;
            const exporting::ClipExportResult result = exportClip(db, clip, coreProgress(control));
            outcome.sha256 = QString::fromStdString(result.file.sha256);
            outcome.frames = result.range.lastFrame - result.range.firstFrame + 1;
            outcome.sourcesMatch = result.sourceVerified;
            outcome.summary = tr("Clip written: %1, frames %2–%3 (asked for %4–%5)")
                                  .arg(QFileInfo(request.destination).fileName())
                                  .arg(result.range.firstFrame)
                                  .arg(result.range.lastFrame)
                                  .arg(result.requestedFirstFrame)
                                  .arg(result.requestedLastFrame);
        } else if (request.kind == ExportRequest::Kind::ConfirmedClips) {
            exporting::BatchClipRequest batch = request.confirmedClips;
            batch.folder = destination;
            batch.existing = existing;
            const exporting::BatchClipResult result = exportConfirmedEvents(db, batch, coreProgress(control));
            if (result.cancelled)
                throw exporting::ExportCancelled("cancelled");
            outcome.frames = static_cast<qint64>(result.clips.size());
            outcome.summary = tr("%n clip(s) of confirmed events written to %1", nullptr,
                                 static_cast<int>(result.clips.size()))
                                  .arg(QDir::toNativeSeparators(request.destination));
        } else if (request.kind == ExportRequest::Kind::Scores) {
            exporting::ScoresExportRequest scores = request.scores;
            scores.destination = destination;
            scores.existing = existing;
            const exporting::ScoresExportResult result = exportScores(db, scores);
            outcome.sha256 = QString::fromStdString(result.file.sha256);
            outcome.summary = tr("Written: %1 (%n row(s))", nullptr, static_cast<int>(result.rows))
                                  .arg(QFileInfo(request.destination).fileName());
        } else {
            const AnnotatedClipResult result = exportAnnotatedClip(db, request.clip, destination, existing, control);
            outcome.sha256 = QString::fromStdString(result.file.sha256);
            outcome.frames = result.framesWritten;
            outcome.framesPerSecond = result.seconds > 0.0 ? result.framesWritten / result.seconds : 0.0;
            outcome.sourcesMatch = result.check.matches;
        }
        outcome.ok = true;
    } catch (const exporting::ExportCancelled&) {
        outcome.cancelled = true;
    } catch (const SourceChangedError& error) {
        outcome.sourceChanged = true;
        outcome.sourcesMatch = false;
        outcome.error = QString::fromStdString(error.what());
    } catch (const std::exception& error) {
        outcome.error = QString::fromStdString(error.what());
        applog::failure(QStringLiteral("Export to \"%1\"").arg(request.destination), outcome.error);
    }
    return outcome;
}

} // namespace anomalens::ui
