#pragma once
// The case report as a PDF: what an examiner hands over with exported clips.
// It states the case, every evidence file with its SHA-256 and whether the
// file still matches it now, the models and their training, the threshold and
// event rules of each analysis, a vector plot of the score per file with the
// events shaded by review state, the events with a peak-frame thumbnail
// (heat map blended), the annotations, the audit trail with its chain check
// and head hash, and what the method can and cannot show.
//
// A report on a case whose footage has changed since import is still written
// (it is evidence of the change), but says so on the first page and in the
// footer of every page.
#include "export/exportfile.h"
#include "report/exportcontrol.h"
#include "report/reportdata.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <filesystem>

namespace anomalens::store {
class CaseDatabase;
}

namespace anomalens::ui {

// Translation context of the report's text.
class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(anomalens::ui::PdfReport)
};

struct ReportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;   // A4 or Letter
};

struct ReportResult {
    exporting::ExportedFile file;
    int pageCount = 0;
    bool sourcesMatch = true;          // false: the report is marked
    std::vector<exporting::SourceCheck> checks;
};

// Lays out `data` and writes the PDF to `pdfPath` (any path; no sidecar, no
// audit). Returns the page count. Throws exporting::ExportError.
int writeReportPdf(const ReportData& data, const QString& pdfPath, const ReportOptions& options);

// The whole export: collects the case's data (hashing the footage), writes the
// PDF through an ExportFile (partial, commit, sidecar) and appends the audit
// row "export.report" to the case. `db` must be writable (the audit row).
// Throws exporting::ExportError (ExportCancelled: nothing was left) or
// store::CaseError.
ReportResult exportReport(store::CaseDatabase& db, const std::filesystem::path& destination,
                          exporting::ExistingFile existing, const ReportOptions& options,
                          const ExportControl& control = {});

} // namespace anomalens::ui
