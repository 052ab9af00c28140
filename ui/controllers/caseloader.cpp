#include "controllers/caseloader.h"
#include "controllers/applog.h"

#include "store/casedatabase.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace anomalens::ui {

namespace {

CaseSummary readCase(const QString& path)
{
    CaseSummary summary;
    summary.path = path;
    try {
        const store::CaseDatabase database =
            store::CaseDatabase::open(QFile::encodeName(path).toStdString(), store::OpenMode::ReadOnly);
        summary.name = QString::fromStdString(database.info().name);
        summary.media = database.listMedia();
        for (const store::MediaRecord& media : summary.media) {
            int events = -1;
            double unfinished = -1.0;
            for (const store::RunRecord& run : database.listRuns(media.id)) {  // oldest first
                if (run.status == store::RunStatus::Completed) {
                    events = static_cast<int>(database.events(run.id).size());
                    unfinished = -1.0;
                } else if (media.frameCount > 0) {
                    unfinished = static_cast<double>(run.lastFrameDone + 1) / static_cast<double>(media.frameCount);
                }
            }
            summary.eventCounts.push_back(events);
            summary.unfinishedFractions.push_back(unfinished);
        }
    } catch (const std::exception& error) {
        summary.error = QString::fromStdString(error.what());
        applog::failure(QStringLiteral("Opening the case \"%1\"").arg(path), summary.error);
    }
    return summary;
}

} // namespace

CaseLoader::CaseLoader(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<CaseSummary>::finished, this, &CaseLoader::onFinished);
}

CaseLoader::~CaseLoader()
{
    // The pool thread holds no reference to this object, but its result
    // would be delivered to a dead watcher: wait for it.
    m_watcher.waitForFinished();
}

void CaseLoader::load(const QString& path)
{
    m_latestPath = path;
    if (m_watcher.isRunning())
        return;  // onFinished() starts the newest path when the current one ends
    m_watcher.setFuture(QtConcurrent::run(readCase, path));
}

void CaseLoader::onFinished()
{
    const CaseSummary summary = m_watcher.result();
    if (summary.path != m_latestPath) {
        m_watcher.setFuture(QtConcurrent::run(readCase, m_latestPath));
        return;
    }
    if (summary.error.isEmpty())
        Q_EMIT loaded(summary);
    else
        Q_EMIT failed(summary.path, summary.error);
}

} // namespace anomalens::ui
