#pragma once
// AnalysisJob: analyses files of a case with a model on a pool thread
// (analysis::analyzeIntoCase, its own read-write connection to the case), so
// the window keeps running. Scores reach the GUI thread batch by batch (the
// curve grows live), progress at most ten times a second. Cancel stops after
// the batch in flight; the run stays resumable, and a later start() of the
// same file and model continues it (resume is on by default).
//
// One file failing (missing, unreadable) is reported and the job goes on
// with the next one.
#include "analysis/caseanalysis.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <optional>

namespace anomalens::ui {

struct AnalysisRequest {
    QString casePath;
    QString modelPath;
    QStringList files;                  // as imported in the case (absolute)
    std::optional<double> threshold;    // default: the model's
    analysis::EventTiming eventTiming;
    QString precision = QStringLiteral("fp32");
    bool resume = true;                 // continue an unfinished run of the same file and model
};

struct AnalysisProgressInfo {
    int fileIndex = 0;
    int fileCount = 0;
    QString file;
    qint64 frame = 0;
    qint64 frameCount = 0;
    double framesPerSecond = 0.0;
    double etaSeconds = 0.0;            // for this file
};

struct AnalysisFileResult {
    QString file;
    qint64 mediaId = 0;
    qint64 runId = 0;
    bool completed = false;             // false: cancelled or failed
    int eventCount = 0;
    QString error;                      // when it failed
};

class AnalysisJob : public QObject {
    Q_OBJECT

public:
    explicit AnalysisJob(QObject* parent = nullptr);
    ~AnalysisJob() override;  // cancels and waits

    // False (and nothing started) while a job is running.
    bool start(const AnalysisRequest& request);
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown).
    void wait();

Q_SIGNALS:
    void batchScored(const QString& file, const QVector<qint64>& frames, const QVector<double>& scores);
    void progressed(const anomalens::ui::AnalysisProgressInfo& progress);
    void fileFinished(const anomalens::ui::AnalysisFileResult& result);
    // After the last file (or cancel); `cancelled` when stopped by cancel().
    void finished(bool cancelled);

private:
    void run(const AnalysisRequest& request);

    QFuture<void> m_future;
    std::atomic<bool> m_cancel{false};
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::AnalysisProgressInfo)
Q_DECLARE_METATYPE(anomalens::ui::AnalysisFileResult)
