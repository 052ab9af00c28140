#include "controllers/analysisjob.h"
#include "controllers/applog.h"

#include "store/casedatabase.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>

namespace anomalens::ui {

namespace {

constexpr auto kProgressInterval = std::chrono::milliseconds(100);

std::string localPath(const QString& path) { return QFile::encodeName(path).toStdString(); }

} // namespace

AnalysisJob::AnalysisJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<AnalysisProgressInfo>();
    qRegisterMetaType<AnalysisFileResult>();
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    wait();
}

bool AnalysisJob::start(const AnalysisRequest& request)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_future = QtConcurrent::run([this, request] { run(request); });
    return true;
}

void AnalysisJob::cancel() { m_cancel = true; }
bool AnalysisJob::isRunning() const { return m_future.isRunning(); }
void AnalysisJob::wait() { m_future.waitForFinished(); }

// Runs on the pool thread. Signals emitted here are queued to the receivers
// on the GUI thread.
void AnalysisJob::run(const AnalysisRequest& request)
{
    const int fileCount = static_cast<int>(request.files.size());
    std::unique_ptr<store::CaseDatabase> db;
    std::unique_ptr<analysis::Analyzer> analyzer;
    try {
        store::OpenOptions open;
        open.integrityCheck = false;  // the window checked the case when it opened it
        db = std::make_unique<store::CaseDatabase>(
            store::CaseDatabase::open(localPath(request.casePath), store::OpenMode::ReadWrite, open));
        analysis::AnalyzerOptions options;
        options.precision = analysis::precisionFromString(request.precision.toStdString());
        analyzer = std::make_unique<analysis::Analyzer>(localPath(request.modelPath), options);
    } catch (const std::exception& error) {
        applog::failure(QStringLiteral("Analysis with model \"%1\"").arg(request.modelPath),
                        QString::fromStdString(error.what()));
        for (const QString& file : request.files)
            Q_EMIT fileFinished({file, 0, 0, false, 0, QString::fromStdString(error.what())});
        Q_EMIT finished(false);
        return;
    }

    for (int index = 0; index < fileCount && !m_cancel; ++index) {
        const QString& file = request.files[index];
        auto lastProgress = std::chrono::steady_clock::now() - kProgressInterval;
        analysis::CaseAnalysisOptions options;
        options.threshold = request.threshold;
        options.eventTiming = request.eventTiming;
        options.resume = request.resume;
        options.cancel = &m_cancel;
        options.onBatch = [&](const std::vector<analysis::AnalyzedFrame>& frames, const analysis::ResumePoint&) {
            QVector<qint64> frameIndices;
            QVector<double> scores;
            for (const analysis::AnalyzedFrame& frame : frames) {
                frameIndices.push_back(frame.frameIndex);
                scores.push_back(frame.score);
            }
            Q_EMIT batchScored(file, frameIndices, scores);
        };
        options.progress = [&](const analysis::CaseAnalysisProgress& progress) {
            const auto now = std::chrono::steady_clock::now();
            if (now - lastProgress < kProgressInterval && progress.frameIndex + 1 < progress.frameCount)
                return;
            lastProgress = now;
            AnalysisProgressInfo info{index, fileCount, file, progress.frameIndex, progress.frameCount,
                                      progress.framesPerSecond, 0.0};
            if (progress.framesPerSecond > 0.0)
                info.etaSeconds = static_cast<double>(progress.frameCount - progress.frameIndex - 1) /
                                  progress.framesPerSecond;
            Q_EMIT progressed(info);
        };
        AnalysisFileResult result;
        result.file = file;
        try {
            Q_EMIT progressed({index, fileCount, file, 0, 0, 0.0, 0.0});
            const analysis::CaseAnalysisResult done =
                analysis::analyzeIntoCase(*db, *analyzer, localPath(request.modelPath), localPath(file), options);
            result.mediaId = done.mediaId;
            result.runId = done.runId;
            result.completed = done.status == store::RunStatus::Completed;
            result.eventCount = static_cast<int>(done.events.size());
        } catch (const std::exception& error) {
            result.error = QString::fromStdString(error.what());
            applog::failure(QStringLiteral("Analysis of \"%1\"").arg(file), result.error);
        }
        Q_EMIT fileFinished(result);
    }
    Q_EMIT finished(m_cancel.load());
}

} // namespace anomalens::ui
