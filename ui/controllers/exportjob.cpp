#include "controllers/exportjob.h"
#include "controllers/applog.h"

#include "store/casedatabase.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <filesystem>

namespace anomalens::ui {

namespace {

constexpr auto kProgressInterval = std::chrono::milliseconds(100);

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
    if (!request.overwrite && std::filesystem::exists(destination)) {
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
