#pragma once
// drawScorePlot: the anomaly score curve of a stretch of footage drawn with
// QPainter paths, so that on a QPdfWriter it stays vector (sharp at any zoom,
// its text searchable) and on a video frame it is the same picture as in the
// report. Shows the threshold as a dashed line, events as spans shaded by
// their review state, and optionally a playhead. NaN scores (frames not
// scored) leave a gap in the curve.
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

class QPainter;

namespace anomalens::ui {

// The colour of an event's span by its stored state ("unreviewed",
// "confirmed", "dismissed", "needs_review", or "preview" for events not
// stored yet); the timeline and the exports share it.
QColor eventStateColor(const QString& stateKey);

struct ScorePlotSpan {
    std::int64_t startFrame = 0;  // inclusive
    std::int64_t endFrame = 0;    // inclusive
    QColor color;
};

struct ScorePlotData {
    std::vector<double> scores;   // index = frame; NaN = not scored
    double fps = 25.0;            // converts frames to the time axis
    std::int64_t firstFrame = 0;  // the frames drawn, inclusive; lastFrame < 0 = to the end
    std::int64_t lastFrame = -1;
    std::optional<double> threshold;
    std::vector<ScorePlotSpan> events;
    std::optional<std::int64_t> playheadFrame;
};

struct ScorePlotStyle {
    QColor background = Qt::white;
    QColor frame = QColor(120, 120, 120);
    QColor grid = QColor(225, 225, 225);
    QColor text = QColor(40, 40, 40);
    QColor curve = QColor(30, 100, 200);
    QColor threshold = QColor(210, 50, 40);
    QColor playhead = QColor(20, 20, 20);
    double lineWidth = 1.0;       // in the painter's units
    QFont font;                   // tick labels
    bool axes = true;             // tick labels and axis titles; off for a compact strip
    QString scoreLabel;           // y axis title
    QString timeLabel;            // x axis title
};

// Paper: white, dark text, thin lines.
ScorePlotStyle printPlotStyle(const QFont& font);
// Burned into video: translucent dark band, bright curve, no axes.
ScorePlotStyle overlayPlotStyle(const QFont& font);

void drawScorePlot(QPainter& painter, const QRectF& rect, const ScorePlotData& data, const ScorePlotStyle& style);

// "1:02.5" / "1:02:03" for axis labels and tables.
QString formatPlotTime(double seconds, bool withTenths);

} // namespace anomalens::ui
