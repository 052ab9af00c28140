#pragma once
// ScoreTimeline: the anomaly score of every frame under the video, with time
// on the x axis. It shows the threshold (a dashed line the reviewer drags),
// the events as shaded spans coloured by review state, annotations as blue
// marks along the top, and a playhead.
//
// Mouse: left click/drag on the plot seeks (scrubs); pressing within a few
// pixels of the threshold line drags the threshold instead; the wheel zooms
// around the cursor (from ~10 frames to the whole footage); right or middle
// drag pans; double-click fits all. Keyboard focus is left to the window.
//
// Frames are the unit of the API; the widget converts with the frame rate.
// Scores may be NaN (frame not scored): the curve has a gap there.
#include <QWidget>

#include <QColor>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPAbstractItem;
class QToolButton;
class QMouseEvent;
class QWheelEvent;

namespace anomalens::ui {

struct TimelineSpan {
    std::int64_t startFrame = 0;  // inclusive
    std::int64_t endFrame = 0;    // inclusive
    QColor color;
};

class ScoreTimeline : public QWidget {
    Q_OBJECT

public:
    explicit ScoreTimeline(QWidget* parent = nullptr);

    // Empties the plot and sets the footage's time base; fits all.
    void reset(double fps, std::int64_t frameCount);
    // The whole score series (index = frame).
    void setScores(const std::vector<double>& scores);
    // Scores arriving during an analysis (frames in increasing order, after
    // any already shown).
    void appendScores(const std::vector<std::int64_t>& frames, const std::vector<double>& scores);
    // Extra signals drawn min-max scaled on the right axis; shown when enabled.
    void setSignal(const QString& name, const std::vector<double>& values);
    void setSignalVisible(const QString& name, bool visible);
    QStringList signalNames() const;

    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    // False until setThreshold() (after reset(): no analysis shown).
    bool isThresholdShown() const;
    void setEvents(const std::vector<TimelineSpan>& events);
    void setAnnotations(const std::vector<TimelineSpan>& annotations);
    void setPlayhead(std::int64_t frame);
    std::int64_t playheadFrame() const { return m_playheadFrame; }

    // Visible frame range and view control.
    void fitAll();
    void setVisibleFrames(double firstFrame, double lastFrame);
    double firstVisibleFrame() const;
    double lastVisibleFrame() const;
    std::size_t scoredFrameCount() const;
    std::size_t eventSpanCount() const { return m_eventItems.size(); }
    std::size_t annotationSpanCount() const { return m_annotationItems.size(); }

    // Where (frame, score) is drawn, in plot() widget coordinates (tests drive
    // the mouse there).
    QPoint positionOf(double frame, double score) const;
    QCustomPlot* plot() const { return m_plot; }

    static QColor colorForState(const QString& state);

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void seekRequested(std::int64_t frame);
    // While dragging the threshold line (recompute a preview), then once on release.
    void thresholdDragged(double threshold);
    void thresholdChosen(double threshold);

private:
    void applyPalette();
    void onPress(QMouseEvent* event);
    void onMove(QMouseEvent* event);
    void onRelease(QMouseEvent* event);
    void onWheel(QWheelEvent* event);
    void zoomAround(double frameAtCursor, double factor);
    void clampRange();
    void updateThresholdItems();
    void updateScoreAxis();
    double frameAt(double pixelX) const;
    double secondsOf(double frame) const { return frame / m_fps; }
    void replaceSpans(std::vector<QCPAbstractItem*>& items, const std::vector<TimelineSpan>& spans,
                      double yTop, double yBottom);

    QCustomPlot* m_plot = nullptr;
    QToolButton* m_fitButton = nullptr;
    QToolButton* m_signalsButton = nullptr;
    QCPGraph* m_scoreGraph = nullptr;
    std::map<QString, QCPGraph*> m_signalGraphs;
    QCPItemStraightLine* m_thresholdLine = nullptr;
    QCPItemText* m_thresholdLabel = nullptr;
    QCPItemStraightLine* m_playhead = nullptr;
    std::vector<QCPAbstractItem*> m_eventItems;
    std::vector<QCPAbstractItem*> m_annotationItems;

    double m_fps = 25.0;
    std::int64_t m_frameCount = 0;
    double m_threshold = 0.0;
    std::int64_t m_playheadFrame = 0;
    double m_scoreMin = 0.0;
    double m_scoreMax = 1.0;

    enum class Drag { None, Seek, Threshold, Pan };
    Drag m_drag = Drag::None;
    double m_panStartPixel = 0.0;
    double m_panStartFirst = 0.0;
    double m_panStartLast = 0.0;
};

} // namespace anomalens::ui
