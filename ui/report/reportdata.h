#pragma once
// ReportData: everything the PDF report states, read from a case in one go
// (on the exporting thread, with its own connection) so that laying out the
// pages does no I/O: case facts, each evidence file with its hash checked
// against the file as it is now, the analysis the review window shows for it
// (run, model, scores, events, peak-frame thumbnails with the heat map),
// annotations and the audit trail with its verification.
#include "export/exportaudit.h"
#include "report/exportcontrol.h"
#include "store/records.h"

#include <QDateTime>
#include <QImage>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace anomalens::store {
class CaseDatabase;
}

namespace anomalens::ui {

// The run a media's review shows: its latest completed run, else its latest run.
std::optional<store::RunRecord> reviewedRun(const std::vector<store::RunRecord>& runsOldestFirst);

struct ReportMedia {
    store::MediaRecord media;
    exporting::SourceCheck check;                  // hashed while collecting
    std::optional<store::RunRecord> run;
    std::optional<store::ModelRecord> model;
    std::vector<double> scores;                    // by frame, NaN where not scored
    std::vector<store::EventRecord> events;
    std::map<std::int64_t, QImage> thumbnails;     // event id -> peak frame with its heat map
    bool thumbnailsWithheld = false;               // the file changed: no picture taken from it
    QString thumbnailsError;                       // why decoding them failed, if it did
    std::vector<store::Annotation> annotations;
};

struct ReportData {
    QString casePath;
    store::CaseInfo info;
    QDateTime generatedUtc;
    QString generatedBy;                           // OS user who made the report
    QString tool;                                  // "Anomalens x.y.z"
    std::vector<ReportMedia> media;
    std::vector<store::ModelRecord> models;        // the models of the runs shown
    std::vector<evidence::AuditEntry> audit;
    evidence::AuditVerifyResult auditCheck;

    bool allSourcesMatch() const;
};

struct ReportCollectOptions {
    int thumbnailWidth = 320;   // pixels; the heat map is blended at this size
};

// Reads the case and hashes every evidence file (most of the time goes
// there). Throws store::CaseError, exporting::ExportCancelled.
ReportData collectReportData(const store::CaseDatabase& db, const ReportCollectOptions& options,
                             const ExportControl& control);

} // namespace anomalens::ui
