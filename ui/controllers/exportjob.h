#pragma once
// ExportJob: writes a PDF report or an annotated clip on a pool thread, with
// its own read-write connection to the case (the export is audited there), so
// the window keeps running. Progress reaches the GUI thread at most ten times
// a second; cancel() stops at the next frame or hashed chunk and the export
// leaves no file behind.
#include "report/annotatedclip.h"
#include "report/pdfreport.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>

namespace anomalens::ui {

struct ExportRequest {
    enum class Kind { Report, AnnotatedClip };
    Kind kind = Kind::Report;
    QString casePath;
    QString destination;
    bool overwrite = false;
    ReportOptions report;            // Kind::Report
    AnnotatedClipRequest clip;       // Kind::AnnotatedClip
};

struct ExportOutcome {
    ExportRequest request;
    bool ok = false;
    bool cancelled = false;
    bool destinationExists = false;  // refused: ask before overwriting
    bool sourceChanged = false;      // clip refused: the footage changed since import
    bool sourcesMatch = true;        // report written but marked when false
    QString error;                   // for the user when !ok
    QString sha256;
    int pageCount = 0;
    qint64 frames = 0;
    double framesPerSecond = 0.0;
};

class ExportJob : public QObject {
    Q_OBJECT

public:
    explicit ExportJob(QObject* parent = nullptr);
    ~ExportJob() override;  // cancels and waits

    // False (and nothing started) while an export is running.
    bool start(const ExportRequest& request);
    void cancel();
    bool isRunning() const;
    void wait();

Q_SIGNALS:
    void progressed(double fraction);
    void finished(const anomalens::ui::ExportOutcome& outcome);

private:
    ExportOutcome run(const ExportRequest& request);

    QFuture<void> m_future;
    std::atomic<bool> m_cancel{false};
};

} // namespace anomalens::ui

Q_DECLARE_METATYPE(anomalens::ui::ExportOutcome)
