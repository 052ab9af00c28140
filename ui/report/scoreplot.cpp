#include "report/scoreplot.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace anomalens::ui {

namespace {

// 1, 2 or 5 times a power of ten, so that about `count` ticks span `range`.
double niceStep(double range, int count)
{
    if (!(range > 0.0) || count < 1)
        return 1.0;
    const double raw = range / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction < 1.5 ? 1.0 : fraction < 3.5 ? 2.0 : fraction < 7.5 ? 5.0 : 10.0;
    return nice * magnitude;
}

// Time ticks in seconds that read as clock times: 0.1 s .. 1 h.
double niceTimeStep(double seconds, int count)
{
    static const double kSteps[] = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    const double raw = seconds / std::max(1, count);
    for (double step : kSteps)
        if (step >= raw)
            return step;
    return std::ceil(raw / 3600.0) * 3600.0;
}

} // namespace

QColor eventStateColor(const QString& stateKey)
{
    if (stateKey == QLatin1String("confirmed"))
        return QColor(220, 50, 50, 90);
    if (stateKey == QLatin1String("dismissed"))
        return QColor(130, 130, 130, 60);
    if (stateKey == QLatin1String("needs_review"))
        return QColor(170, 80, 220, 80);
    if (stateKey == QLatin1String("preview"))
        return QColor(240, 150, 30, 50);
    return QColor(240, 150, 30, 90);  // unreviewed
}

ScorePlotStyle printPlotStyle(const QFont& font)
{
    ScorePlotStyle style;
    style.font = font;
    return style;
}

ScorePlotStyle overlayPlotStyle(const QFont& font)
{
    ScorePlotStyle style;
    style.background = QColor(0, 0, 0, 150);
    style.frame = QColor(255, 255, 255, 90);
    style.grid = QColor(255, 255, 255, 40);
    style.text = Qt::white;
    style.curve = QColor(110, 200, 255);
    style.threshold = QColor(255, 90, 80);
    style.playhead = Qt::white;
    style.font = font;
    style.axes = false;
    return style;
}

QString formatPlotTime(double seconds, bool withTenths)
{
    const double clamped = std::max(0.0, seconds);
    const auto whole = static_cast<qint64>(std::floor(clamped));
    const int tenths = static_cast<int>(std::floor((clamped - whole) * 10.0 + 1e-6)) % 10;
    QString text = whole >= 3600 ? QStringLiteral("%1:%2:%3")
                                       .arg(whole / 3600)
                                       .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
                                       .arg(whole % 60, 2, 10, QLatin1Char('0'))
                                 : QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    if (withTenths)
        text += QStringLiteral(".%1").arg(tenths);
    return text;
}

void drawScorePlot(QPainter& painter, const QRectF& rect, const ScorePlotData& data, const ScorePlotStyle& style)
{
    const auto frameCount = static_cast<std::int64_t>(data.scores.size());
    const std::int64_t first = std::clamp<std::int64_t>(data.firstFrame, 0, std::max<std::int64_t>(frameCount - 1, 0));
    const std::int64_t last = data.lastFrame < 0 ? frameCount - 1 : std::min(data.lastFrame, frameCount - 1);
    const double fps = data.fps > 0.0 && std::isfinite(data.fps) ? data.fps : 25.0;

    // The score range: the finite scores drawn and the threshold, padded.
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (std::int64_t frame = first; frame <= last; ++frame) {
        const double score = data.scores[static_cast<std::size_t>(frame)];
        if (std::isfinite(score)) {
            low = std::min(low, score);
            high = std::max(high, score);
        }
    }
    if (data.threshold && std::isfinite(*data.threshold)) {
        low = std::min(low, *data.threshold);
        high = std::max(high, *data.threshold);
    }
    if (low > high) {
        low = 0.0;
        high = 1.0;
    }
    const double pad = std::max((high - low) * 0.08, 1e-6);
    low -= pad;
    high += pad;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(style.font);
    const QFontMetricsF metrics(style.font, painter.device());
    const double textHeight = metrics.height();

    // Room for the tick labels and axis titles on paper; none on video.
    QRectF plot = rect;
    if (style.axes) {
        const double left = metrics.horizontalAdvance(QStringLiteral("-00.0")) + textHeight * 1.6;
        plot.adjust(left, textHeight * 0.5, -textHeight * 0.5, -textHeight * 2.6);
    }
    painter.fillRect(rect, style.background);
    if (plot.width() <= 1.0 || plot.height() <= 1.0 || last < first) {
        painter.restore();
        return;
    }
    const double span = std::max<double>(1.0, static_cast<double>(last - first));
    auto xOf = [&](double frame) { return plot.left() + (frame - first) / span * plot.width(); };
    auto yOf = [&](double score) { return plot.bottom() - (score - low) / (high - low) * plot.height(); };

    // Events under everything else, as in the review window.
    for (const ScorePlotSpan& event : data.events) {
        if (event.endFrame < first || event.startFrame > last)
            continue;
        const double x0 = xOf(std::max<double>(event.startFrame, first) - (event.startFrame > first ? 0.5 : 0.0));
        const double x1 = xOf(std::min<double>(event.endFrame, last) + (event.endFrame < last ? 0.5 : 0.0));
        painter.fillRect(QRectF(QPointF(x0, plot.top()), QPointF(std::max(x1, x0 + style.lineWidth), plot.bottom())),
                         event.color);
    }

    const QPen gridPen(style.grid, style.lineWidth * 0.6);
    const QPen textPen(style.text);
    const double scoreStep = niceStep(high - low, std::max(2, static_cast<int>(plot.height() / (textHeight * 2.2))));
    const double timeStep = niceTimeStep(span / fps, std::max(2, static_cast<int>(plot.width() / (textHeight * 6.0))));
    const bool tenths = timeStep < 1.0;
    for (double tick = std::ceil(low / scoreStep) * scoreStep; tick <= high; tick += scoreStep) {
        painter.setPen(gridPen);
        painter.drawLine(QPointF(plot.left(), yOf(tick)), QPointF(plot.right(), yOf(tick)));
        if (style.axes) {
            painter.setPen(textPen);
            const QString label = QString::number(std::abs(tick) < scoreStep * 1e-6 ? 0.0 : tick, 'g', 4);
            painter.drawText(QRectF(rect.left(), yOf(tick) - textHeight / 2, plot.left() - rect.left() - textHeight * 0.3,
                                    textHeight),
                             Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }
    for (double tick = std::ceil(first / fps / timeStep) * timeStep; tick * fps <= last + 1e-9; tick += timeStep) {
        const double x = xOf(tick * fps);
        painter.setPen(gridPen);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (style.axes) {
            painter.setPen(textPen);
            painter.drawText(QRectF(x - textHeight * 4, plot.bottom() + textHeight * 0.2, textHeight * 8, textHeight),
                             Qt::AlignHCenter | Qt::AlignTop, formatPlotTime(tick, tenths));
        }
    }
    if (style.axes) {
        painter.setPen(textPen);
        painter.drawText(QRectF(plot.left(), plot.bottom() + textHeight * 1.3, plot.width(), textHeight),
                         Qt::AlignHCenter | Qt::AlignTop, style.timeLabel);
        painter.save();
        painter.translate(rect.left(), plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), textHeight), Qt::AlignHCenter | Qt::AlignTop,
                         style.scoreLabel);
        painter.restore();
    }

    // The curve. Long footage is reduced to the lowest and highest score of
    // each column of about half a line width, so the path stays small while
    // every peak still shows.
    const double columnWidth = std::max(style.lineWidth * 0.5, 1e-3);
    const auto columns = static_cast<std::int64_t>(std::max(1.0, plot.width() / columnWidth));
    const std::int64_t framesPerColumn = std::max<std::int64_t>(1, (last - first + 1) / columns);
    QPainterPath path;
    bool penDown = false;
    for (std::int64_t start = first; start <= last; start += framesPerColumn) {
        const std::int64_t end = std::min(last, start + framesPerColumn - 1);
        double columnLow = std::numeric_limits<double>::infinity();
        double columnHigh = -columnLow;
        std::int64_t lowFrame = start;
        std::int64_t highFrame = start;
        for (std::int64_t frame = start; frame <= end; ++frame) {
            const double score = data.scores[static_cast<std::size_t>(frame)];
            if (!std::isfinite(score))
                continue;
            if (score < columnLow) {
                columnLow = score;
                lowFrame = frame;
            }
            if (score > columnHigh) {
                columnHigh = score;
                highFrame = frame;
            }
        }
        if (columnLow > columnHigh) {
            penDown = false;  // a gap: frames not scored
            continue;
        }
        const std::int64_t firstPoint = std::min(lowFrame, highFrame);
        const std::int64_t secondPoint = std::max(lowFrame, highFrame);
        for (std::int64_t frame : {firstPoint, secondPoint}) {
            const QPointF point(xOf(static_cast<double>(frame)), yOf(data.scores[static_cast<std::size_t>(frame)]));
            if (penDown)
                path.lineTo(point);
            else
                path.moveTo(point);
            penDown = true;
            if (firstPoint == secondPoint)
                break;
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.curve, style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);

    if (data.threshold && std::isfinite(*data.threshold)) {
        painter.setPen(QPen(style.threshold, style.lineWidth, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yOf(*data.threshold)), QPointF(plot.right(), yOf(*data.threshold)));
    }
    if (data.playheadFrame && *data.playheadFrame >= first && *data.playheadFrame <= last) {
        const double x = xOf(static_cast<double>(*data.playheadFrame));
        painter.setPen(QPen(style.playhead, style.lineWidth * 1.5));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.setPen(QPen(style.frame, style.lineWidth * 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.restore();
}

} // namespace anomalens::ui
