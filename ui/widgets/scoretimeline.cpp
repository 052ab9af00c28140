#include "widgets/scoretimeline.h"

#include "report/scoreplot.h"
#include "widgets/qcustomplot_wrapper.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace anomalens::ui {

namespace {

constexpr double kMinVisibleFrames = 10.0;   // zoomed in: single frames are distinguishable
constexpr int kThresholdGrabPixels = 5;
constexpr double kAnnotationBandTop = 0.0;   // axis-rect ratio (0 = top)
constexpr double kAnnotationBandBottom = 0.07;
const QColor kScoreColor(90, 160, 240);
const QColor kThresholdColor(235, 80, 70);
const QColor kAnnotationColor(30, 90, 220, 170);

// The finite values' range; [0, 1] when there is none.
void finiteRange(const std::vector<double>& values, double& low, double& high)
{
    low = std::numeric_limits<double>::infinity();
    high = -low;
    for (double value : values)
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    if (low > high) {
        low = 0.0;
        high = 1.0;
    }
}

// Axis labels that stay readable from hours down to single frames.
QString timeFormatFor(double visibleSeconds)
{
    if (visibleSeconds < 20.0)
        return QStringLiteral("%m:%s.%z");
    if (visibleSeconds < 3600.0)
        return QStringLiteral("%m:%s");
    return QStringLiteral("%h:%m:%s");
}

} // namespace

QColor ScoreTimeline::colorForState(const QString& state)
{
    return eventStateColor(state);  // one palette for the timeline and the exports
}

ScoreTimeline::ScoreTimeline(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    setMinimumHeight(150);
    m_plot->setInteractions({});  // mouse handling is ours (seek, threshold, pan)
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->axisRect()->setMinimumMargins(QMargins(4, 4, 4, 4));

    QSharedPointer<QCPAxisTickerTime> ticker(new QCPAxisTickerTime);
    ticker->setTimeFormat(timeFormatFor(60.0));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("Score"));
    m_plot->yAxis2->setVisible(false);
    m_plot->yAxis2->setRange(-0.05, 1.05);
    m_plot->yAxis2->setTickLabels(false);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this, ticker](const QCPRange& range) {
        ticker->setTimeFormat(timeFormatFor(range.size()));
    });

    m_plot->addLayer(QStringLiteral("spans"), m_plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);

    m_scoreGraph = m_plot->addGraph();
    m_scoreGraph->setPen(QPen(kScoreColor, 1.5));
    m_scoreGraph->setName(tr("Score"));

    m_thresholdLine = new QCPItemStraightLine(m_plot);
    m_thresholdLine->setPen(QPen(kThresholdColor, 1.5, Qt::DashLine));
    m_thresholdLabel = new QCPItemText(m_plot);
    m_thresholdLabel->setColor(kThresholdColor);
    m_thresholdLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_thresholdLabel->setPadding(QMargins(3, 1, 3, 1));
    m_thresholdLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_thresholdLabel->position->setAxisRect(m_plot->axisRect());

    m_playhead = new QCPItemStraightLine(m_plot);
    m_playhead->setPen(QPen(QColor(20, 20, 20), 1.5));

    m_fitButton = new QToolButton(this);
    m_fitButton->setText(tr("Fit all"));
    m_fitButton->setToolTip(tr("Show the whole footage (double-click the plot)"));
    connect(m_fitButton, &QToolButton::clicked, this, &ScoreTimeline::fitAll);
    m_signalsButton = new QToolButton(this);
    m_signalsButton->setText(tr("Signals"));
    m_signalsButton->setToolTip(tr("Show the signals behind the score as extra curves (scaled to fit)"));
    m_signalsButton->setPopupMode(QToolButton::InstantPopup);
    m_signalsButton->setMenu(new QMenu(m_signalsButton));
    m_signalsButton->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(m_signalsButton);
    buttons->addWidget(m_fitButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_plot, 1);

    connect(m_plot, &QCustomPlot::mousePress, this, &ScoreTimeline::onPress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ScoreTimeline::onMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ScoreTimeline::onRelease);
    connect(m_plot, &QCustomPlot::mouseWheel, this, &ScoreTimeline::onWheel);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { fitAll(); });

    applyPalette();
    reset(25.0, 0);
}

void ScoreTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

// The plot follows the application's palette (dark theme included), which
// QCustomPlot does not do by itself.
void ScoreTimeline::applyPalette()
{
    const QPalette colors = palette();
    const QColor text = colors.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    m_plot->setBackground(colors.brush(QPalette::Base));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_playhead->setPen(QPen(text, 1.5));
    // The label stays readable where the curve crosses it.
    QColor labelBackground = colors.color(QPalette::Base);
    labelBackground.setAlpha(210);
    m_thresholdLabel->setBrush(labelBackground);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::reset(double fps, std::int64_t frameCount)
{
    m_fps = fps > 0.0 ? fps : 25.0;
    m_frameCount = std::max<std::int64_t>(frameCount, 0);
    m_scoreGraph->data()->clear();
    for (auto& [name, graph] : m_signalGraphs)
        m_plot->removeGraph(graph);
    m_signalGraphs.clear();
    m_signalsButton->menu()->clear();
    m_signalsButton->setEnabled(false);
    m_plot->yAxis2->setVisible(false);
    replaceSpans(m_eventItems, {}, 0, 0);
    replaceSpans(m_annotationItems, {}, 0, 0);
    // No analysis yet, nothing to threshold: setThreshold() shows the line.
    m_thresholdLine->setVisible(false);
    m_thresholdLabel->setVisible(false);
    m_scoreMin = 0.0;
    m_scoreMax = 1.0;
    m_playheadFrame = 0;
    updateScoreAxis();
    setPlayhead(0);
    fitAll();
}

void ScoreTimeline::setScores(const std::vector<double>& scores)
{
    QVector<double> keys(static_cast<int>(scores.size()));
    QVector<double> values(static_cast<int>(scores.size()));
    for (std::size_t frame = 0; frame < scores.size(); ++frame) {
        keys[static_cast<int>(frame)] = secondsOf(static_cast<double>(frame));
        values[static_cast<int>(frame)] = scores[frame];  // NaN: QCPGraph draws a gap
    }
    m_scoreGraph->setData(keys, values, true);
    finiteRange(scores, m_scoreMin, m_scoreMax);
    updateScoreAxis();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::appendScores(const std::vector<std::int64_t>& frames, const std::vector<double>& scores)
{
    QVector<double> keys;
    QVector<double> values;
    for (std::size_t i = 0; i < frames.size() && i < scores.size(); ++i) {
        keys.push_back(secondsOf(static_cast<double>(frames[i])));
        values.push_back(scores[i]);
        if (std::isfinite(scores[i])) {
            m_scoreMin = std::min(m_scoreMin, scores[i]);
            m_scoreMax = std::max(m_scoreMax, scores[i]);
        }
    }
    m_scoreGraph->addData(keys, values, true);
    updateScoreAxis();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setSignal(const QString& name, const std::vector<double>& values)
{
    QCPGraph*& graph = m_signalGraphs[name];
    if (!graph) {
        graph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        static const QColor palette[] = {QColor(30, 150, 80), QColor(150, 90, 20), QColor(120, 60, 170)};
        graph->setPen(QPen(palette[(m_signalGraphs.size() - 1) % 3], 1.0));
        graph->setName(name);
        graph->setVisible(false);
        QAction* toggle = m_signalsButton->menu()->addAction(name);
        toggle->setCheckable(true);
        connect(toggle, &QAction::toggled, this, [this, name](bool on) { setSignalVisible(name, on); });
        m_signalsButton->setEnabled(true);
    }
    double low = 0.0;
    double high = 0.0;
    finiteRange(values, low, high);
    const double span = high > low ? high - low : 1.0;
    QVector<double> keys(static_cast<int>(values.size()));
    QVector<double> scaled(static_cast<int>(values.size()));
    for (std::size_t frame = 0; frame < values.size(); ++frame) {
        keys[static_cast<int>(frame)] = secondsOf(static_cast<double>(frame));
        scaled[static_cast<int>(frame)] = (values[frame] - low) / span;
    }
    graph->setData(keys, scaled, true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setSignalVisible(const QString& name, bool visible)
{
    const auto found = m_signalGraphs.find(name);
    if (found == m_signalGraphs.end())
        return;
    found->second->setVisible(visible);
    bool any = false;
    for (const auto& [other, graph] : m_signalGraphs)
        any = any || graph->visible();
    m_plot->yAxis2->setVisible(any);
    for (QAction* action : m_signalsButton->menu()->actions())
        if (action->text() == name && action->isChecked() != visible)
            action->setChecked(visible);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList ScoreTimeline::signalNames() const
{
    QStringList names;
    for (const auto& [name, graph] : m_signalGraphs)
        names << name;
    return names;
}

void ScoreTimeline::setThreshold(double threshold)
{
    m_threshold = threshold;
    m_thresholdLine->setVisible(true);
    m_thresholdLabel->setVisible(true);
    updateThresholdItems();
    updateScoreAxis();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ScoreTimeline::isThresholdShown() const { return m_thresholdLine->visible(); }

void ScoreTimeline::updateThresholdItems()
{
    m_thresholdLine->point1->setCoords(0.0, m_threshold);
    m_thresholdLine->point2->setCoords(1.0, m_threshold);
    m_thresholdLabel->position->setCoords(0.005, m_threshold);
    m_thresholdLabel->setText(tr("threshold %1").arg(m_threshold, 0, 'f', 2));
}

void ScoreTimeline::updateScoreAxis()
{
    // The threshold stays in view, so it can always be grabbed.
    const double low = std::min(m_scoreMin, m_threshold);
    const double high = std::max(m_scoreMax, m_threshold);
    const double margin = std::max((high - low) * 0.08, 0.1);
    m_plot->yAxis->setRange(low - margin, high + margin * 2.0);  // room for the annotation band
}

void ScoreTimeline::replaceSpans(std::vector<QCPAbstractItem*>& items, const std::vector<TimelineSpan>& spans,
                                 double yTop, double yBottom)
{
    for (QCPAbstractItem* item : items)
        m_plot->removeItem(item);
    items.clear();
    for (const TimelineSpan& span : spans) {
        auto* rect = new QCPItemRect(m_plot);
        rect->setLayer(QStringLiteral("spans"));
        rect->setSelectable(false);
        for (QCPItemPosition* corner : {rect->topLeft, rect->bottomRight}) {
            corner->setAxisRect(m_plot->axisRect());
            corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        // Half a frame on each side, so a one-frame event is one frame wide.
        rect->topLeft->setCoords(secondsOf(static_cast<double>(span.startFrame) - 0.5), yTop);
        rect->bottomRight->setCoords(secondsOf(static_cast<double>(span.endFrame) + 0.5), yBottom);
        rect->setPen(QPen(span.color.darker(130), 1.0));
        rect->setBrush(span.color);
        items.push_back(rect);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setEvents(const std::vector<TimelineSpan>& events)
{
    replaceSpans(m_eventItems, events, kAnnotationBandBottom, 1.0);
}

void ScoreTimeline::setAnnotations(const std::vector<TimelineSpan>& annotations)
{
    std::vector<TimelineSpan> spans = annotations;
    for (TimelineSpan& span : spans)
        if (!span.color.isValid())
            span.color = kAnnotationColor;
    replaceSpans(m_annotationItems, spans, kAnnotationBandTop, kAnnotationBandBottom);
}

void ScoreTimeline::setPlayhead(std::int64_t frame)
{
    m_playheadFrame = frame;
    const double x = secondsOf(static_cast<double>(frame));
    m_playhead->point1->setCoords(x, 0.0);
    m_playhead->point2->setCoords(x, 1.0);
    // Playing past the right edge pages the view along, as editors do.
    const QCPRange range = m_plot->xAxis->range();
    if (m_drag == Drag::None && (x > range.upper || x < range.lower))
        m_plot->xAxis->setRange(x - range.size() * 0.1, x + range.size() * 0.9);
    clampRange();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::fitAll()
{
    setVisibleFrames(-0.5, std::max<double>(static_cast<double>(m_frameCount) - 0.5, kMinVisibleFrames));
}

void ScoreTimeline::setVisibleFrames(double firstFrame, double lastFrame)
{
    m_plot->xAxis->setRange(secondsOf(firstFrame), secondsOf(lastFrame));
    clampRange();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double ScoreTimeline::firstVisibleFrame() const { return m_plot->xAxis->range().lower * m_fps; }
double ScoreTimeline::lastVisibleFrame() const { return m_plot->xAxis->range().upper * m_fps; }
std::size_t ScoreTimeline::scoredFrameCount() const
{
    std::size_t count = 0;
    for (auto it = m_scoreGraph->data()->constBegin(); it != m_scoreGraph->data()->constEnd(); ++it)
        count += std::isfinite(it->value) ? 1 : 0;
    return count;
}

QPoint ScoreTimeline::positionOf(double frame, double score) const
{
    return QPointF(m_plot->xAxis->coordToPixel(secondsOf(frame)), m_plot->yAxis->coordToPixel(score)).toPoint();
}

void ScoreTimeline::clampRange()
{
    const double fullFirst = -0.5;
    const double fullLast = std::max<double>(static_cast<double>(m_frameCount) - 0.5, kMinVisibleFrames);
    double first = firstVisibleFrame();
    double last = lastVisibleFrame();
    double width = std::clamp(last - first, kMinVisibleFrames, fullLast - fullFirst);
    first = std::clamp(first, fullFirst, fullLast - width);
    last = first + width;
    m_plot->xAxis->setRange(secondsOf(first), secondsOf(last));
}

double ScoreTimeline::frameAt(double pixelX) const { return m_plot->xAxis->pixelToCoord(pixelX) * m_fps; }

void ScoreTimeline::zoomAround(double frameAtCursor, double factor)
{
    const double first = firstVisibleFrame();
    const double last = lastVisibleFrame();
    setVisibleFrames(frameAtCursor - (frameAtCursor - first) * factor, frameAtCursor + (last - frameAtCursor) * factor);
}

void ScoreTimeline::onPress(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (event->button() == Qt::LeftButton) {
        const double thresholdY = m_plot->yAxis->coordToPixel(m_threshold);
        if (m_thresholdLine->visible() && std::abs(pos.y() - thresholdY) <= kThresholdGrabPixels) {
            m_drag = Drag::Threshold;
            return;
        }
        m_drag = Drag::Seek;
        Q_EMIT seekRequested(std::clamp<std::int64_t>(std::llround(frameAt(pos.x())), 0,
                                                      std::max<std::int64_t>(m_frameCount - 1, 0)));
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        m_panStartPixel = pos.x();
        m_panStartFirst = firstVisibleFrame();
        m_panStartLast = lastVisibleFrame();
    }
}

void ScoreTimeline::onMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::None: {
        const bool nearThreshold = m_thresholdLine->visible() &&
                                   std::abs(pos.y() - m_plot->yAxis->coordToPixel(m_threshold)) <= kThresholdGrabPixels;
        m_plot->setCursor(nearThreshold ? Qt::SizeVerCursor : Qt::ArrowCursor);
        break;
    }
    case Drag::Seek:
        Q_EMIT seekRequested(std::clamp<std::int64_t>(std::llround(frameAt(pos.x())), 0,
                                                      std::max<std::int64_t>(m_frameCount - 1, 0)));
        break;
    case Drag::Threshold:
        setThreshold(m_plot->yAxis->pixelToCoord(pos.y()));
        Q_EMIT thresholdDragged(m_threshold);
        break;
    case Drag::Pan: {
        const double framesPerPixel = (m_panStartLast - m_panStartFirst) / std::max(1, m_plot->axisRect()->width());
        const double shift = (m_panStartPixel - pos.x()) * framesPerPixel;
        setVisibleFrames(m_panStartFirst + shift, m_panStartLast + shift);
        break;
    }
    }
}

void ScoreTimeline::onRelease(QMouseEvent*)
{
    const Drag finished = m_drag;
    m_drag = Drag::None;
    if (finished == Drag::Threshold)
        Q_EMIT thresholdChosen(m_threshold);
}

void ScoreTimeline::onWheel(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    zoomAround(frameAt(event->position().x()), std::pow(0.8, steps));
}

} // namespace anomalens::ui
