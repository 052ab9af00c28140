#pragma once
// ExportJob: writes a PDF report, a clip (annotated, original, or every
// confirmed event's) or the score data on a pool thread, with
// its own read-write connection to the case (the export is audited there), so
// the window keeps running. Progress reaches the GUI thread at most ten times
// a second; cancel() stops at the next frame or hashed chunk and the export
// leaves no file behind.
#include "export/clipexport.h"
#include "export/scoresexport.h"
#include "report/annotatedclip.h"
#include "report/pdfreport.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>

namespace anomalens::ui {

struct ExportRequest {
    enum class Kind { Report, AnnotatedClip, OriginalClip, ConfirmedClips, Scores };
    Kind kind = Kind::Report;
    QString casePath;
    QString destination;             // a file; the folder for ConfirmedClips
    bool overwrite = false;
    ReportOptions report;            // Kind::Report
    AnnotatedClipRequest clip;       // Kind::AnnotatedClip
    exporting::ClipExportRequest originalClip;  // Kind::OriginalClip (destination, existing: from above)
    exporting::BatchClipRequest confirmedClips;  // Kind::ConfirmedClips (folder, existing: from above)
    exporting::ScoresExportRequest scores;       // Kind::Scores (destination, existing: from above)
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
    QString summary;                 // what was written, for the status bar
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
