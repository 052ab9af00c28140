#pragma once
// VideoView: shows one decoded frame, letterboxed on a near-black background
// with its aspect ratio kept. At zoom 1 the whole frame fits the widget; the
// reviewer can zoom in around the cursor (Ctrl+wheel) and pan by dragging.
// Scaling is smooth when fitted, and nearest-neighbour once zoomed in beyond
// 2 screen pixels per image pixel, so that when peering at a few pixels of a
// number plate the reviewer sees the recorded pixels, not interpolated ones.
//
// mapToImage()/mapFromImage() convert between widget and image coordinates;
// overlays (heat maps, annotations) are meant to use them.
#include "report/heatmap.h"   // heatColor(), shared with the exports

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace anomalens::ui {

class VideoView : public QWidget {
    Q_OBJECT

public:
    static constexpr double kSmoothScalingLimit = 2.0;
    static constexpr double kMaxDisplayScale = 32.0;

    explicit VideoView(QWidget* parent = nullptr);

    // Shows `image`. The zoom and pan are kept while the frame size stays the same.
    void setFrame(const QImage& image);
    // No picture: shows `message` instead (an empty-state hint or why the
    // frame cannot be shown).
    void showMessage(const QString& message);
    void clear();

    const QImage& image() const { return m_image; }
    bool hasImage() const { return !m_image.isNull(); }
    QString message() const { return m_message; }

    // 1 = whole frame fitted to the widget.
    double zoomFactor() const { return m_zoom; }
    // Screen (device-independent) pixels per image pixel.
    double displayScale() const;
    bool isSmoothScaling() const;
    QRectF imageRect() const;
    QPointF mapToImage(const QPointF& widgetPos) const;
    QPointF mapFromImage(const QPointF& imagePos) const;

    // Heat map over the picture: an ARGB image of any size stretched over
    // the frame (smoothly: map cells blend), drawn at `opacity`, with a colour
    // legend in the corner. Kept across frames until replaced or cleared.
    void setOverlay(const QImage& overlay, const QString& legendLow = {}, const QString& legendHigh = {});
    void clearOverlay();
    void setOverlayOpacity(double opacity);  // 0..1
    double overlayOpacity() const { return m_overlayOpacity; }
    const QImage& overlay() const { return m_overlay; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // One image pixel per device pixel.
    void zoomToActualPixels();

Q_SIGNALS:
    void zoomChanged(double displayScale);
    // Mouse wheel without modifier: step through frames (+ forward).
    void stepRequested(int frames);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    double fitScale() const;
    // Sets the zoom keeping the image point under `anchor` (widget coords)
    // fixed. Below "fit" only when allowed (actual pixels of a small frame).
    void setZoom(double zoom, const QPointF& anchor, bool allowBelowFit = false);
    void clampPan();
    void updateCursor();
    void paintMessage(QPainter& painter);
    void paintOverlay(QPainter& painter, const QRectF& target);

    QImage m_image;
    QPixmap m_pixmap;  // m_image converted once per frame, not once per paint
    QString m_message;
    QSize m_frameSize;
    double m_zoom = 1.0;
    QPointF m_pan;     // offset of the image centre from the widget centre
    bool m_panning = false;
    QPointF m_panStartMouse;
    QPointF m_panStartOffset;
    int m_wheelRemainder = 0;
    QImage m_overlay;
    QString m_legendLow;
    QString m_legendHigh;
    double m_overlayOpacity = kHeatOverlayOpacity;
};

} // namespace anomalens::ui
