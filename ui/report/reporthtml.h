#pragma once
// The report's content as Qt rich text (the HTML subset QTextDocument reads),
// separate from pagination (pdfreport.cpp) so each stays readable. Score plots
// appear as <img src="plot:N"> placeholders that the PDF writer replaces with
// vector drawings of plots[N]; thumbnails as <img src="thumb:EVENTID">
// resources it adds. Every value taken from the case is HTML-escaped.
#include "report/reportdata.h"
#include "report/scoreplot.h"

#include <QString>

#include <vector>

namespace anomalens::ui {

struct ReportHtml {
    QString html;
    std::vector<ScorePlotData> plots;
};

// `pxPerMm`: CSS pixels per millimetre (Qt rich text measures lengths in
// 1/96 inch and scales them to the device), for paddings and image sizes;
// `contentWidthPx`: the width text flows in, in the same unit.
ReportHtml buildReportHtml(const ReportData& data, double pxPerMm, double contentWidthPx);

QString plotUrl(std::size_t plotIndex);
QString thumbnailUrl(std::int64_t eventId);

} // namespace anomalens::ui
