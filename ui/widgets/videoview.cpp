#include "widgets/videoview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace anomalens::ui {

namespace {

// Neutral near-black: a coloured surround shifts how colours in the footage
// are perceived, which matters when describing clothing or vehicles.
const QColor kBackground(0x0e, 0x0f, 0x11);
const QColor kMessageColor(0x8a, 0x90, 0x99);
constexpr double kZoomStep = 1.25;
constexpr int kWheelStep = 120;  // one notch, QWheelEvent's unit

} // namespace

VideoView::VideoView(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Keys belong to the window's shortcuts; focus here keeps them away from
    // whatever other widget would otherwise hold it.
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void VideoView::setFrame(const QImage& image)
{
    // Compared with the last frame's size, not m_image's: a damaged frame in
    // between (showMessage) must not reset the reviewer's zoom.
    const bool sizeChanged = image.size() != m_frameSize;
    m_frameSize = image.size();
    m_image = image;
    m_pixmap = QPixmap::fromImage(image);
    m_message.clear();
    if (sizeChanged) {
        m_zoom = 1.0;
        m_pan = QPointF();
        Q_EMIT zoomChanged(displayScale());
    }
    updateCursor();
    update();
}

void VideoView::showMessage(const QString& message)
{
    m_image = QImage();
    m_pixmap = QPixmap();
    m_message = message;
    updateCursor();
    update();
}

void VideoView::clear()
{
    showMessage(QString());
    m_frameSize = QSize();
    m_zoom = 1.0;
    m_pan = QPointF();
}

double VideoView::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::min(static_cast<double>(width()) / m_image.width(),
                    static_cast<double>(height()) / m_image.height());
}

double VideoView::displayScale() const
{
    return fitScale() * m_zoom;
}

bool VideoView::isSmoothScaling() const
{
    // Fitted to the window the picture is for watching: smooth, even when a
    // small CIF frame is blown up. Once the reviewer zooms in past 2x it is
    // for inspecting: show the recorded pixels as blocks, not interpolations.
    return m_zoom <= 1.0 || displayScale() * devicePixelRatioF() <= kSmoothScalingLimit;
}

QRectF VideoView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const double scale = displayScale();
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    const QPointF centre = QRectF(rect()).center() + m_pan;
    return QRectF(centre.x() - size.width() / 2.0, centre.y() - size.height() / 2.0, size.width(),
                  size.height());
}

QPointF VideoView::mapToImage(const QPointF& widgetPos) const
{
    const QRectF target = imageRect();
    if (target.isEmpty())
        return {};
    const double scale = displayScale();
    return (widgetPos - target.topLeft()) / scale;
}

QPointF VideoView::mapFromImage(const QPointF& imagePos) const
{
    const QRectF target = imageRect();
    if (target.isEmpty())
        return {};
    return target.topLeft() + imagePos * displayScale();
}

QSize VideoView::sizeHint() const
{
    return {960, 540};
}

QSize VideoView::minimumSizeHint() const
{
    return {320, 180};
}

void VideoView::zoomIn()
{
    setZoom(m_zoom * kZoomStep, QRectF(rect()).center());
}

void VideoView::zoomOut()
{
    setZoom(m_zoom / kZoomStep, QRectF(rect()).center());
}

void VideoView::zoomToFit()
{
    setZoom(1.0, QRectF(rect()).center());
}

void VideoView::zoomToActualPixels()
{
    setZoom(1.0 / (devicePixelRatioF() * fitScale()), QRectF(rect()).center(), true);
}

void VideoView::setZoom(double zoom, const QPointF& anchor, bool allowBelowFit)
{
    if (m_image.isNull())
        return;
    // Never smaller than "fit" (that only wastes screen), except to show a
    // small frame at its actual pixel size.
    const double actualPixels = 1.0 / (fitScale() * devicePixelRatioF());
    const double minZoom = allowBelowFit ? std::min(1.0, actualPixels) : std::min(1.0, m_zoom);
    const double maxZoom = std::max(1.0, kMaxDisplayScale / fitScale());
    const double clamped = std::clamp(zoom, minZoom, maxZoom);
    const QPointF imagePoint = mapToImage(anchor);
    m_zoom = clamped;
    // Re-centre so that the image point under the anchor stays under it.
    const QPointF imageCentre(m_image.width() / 2.0, m_image.height() / 2.0);
    const QPointF newCentre = anchor - (imagePoint - imageCentre) * displayScale();
    m_pan = newCentre - QRectF(rect()).center();
    clampPan();
    updateCursor();
    update();
    Q_EMIT zoomChanged(displayScale());
}

void VideoView::clampPan()
{
    const QSizeF scaled = imageRect().size();
    // Smaller than the widget on an axis: centred. Larger: no empty border.
    const double maxX = std::max(0.0, (scaled.width() - width()) / 2.0);
    const double maxY = std::max(0.0, (scaled.height() - height()) / 2.0);
    m_pan.setX(std::clamp(m_pan.x(), -maxX, maxX));
    m_pan.setY(std::clamp(m_pan.y(), -maxY, maxY));
}

void VideoView::updateCursor()
{
    if (m_panning)
        setCursor(Qt::ClosedHandCursor);
    else if (hasImage() && m_zoom > 1.0)
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

void VideoView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    if (m_pixmap.isNull()) {
        paintMessage(painter);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, isSmoothScaling());
    // Only the visible part: at high zoom the full target is many times the widget.
    const QRectF target = imageRect();
    const QRectF visible = target.intersected(QRectF(rect()));
    if (visible.isEmpty())
        return;
    const double scale = displayScale();
    const QRectF source((visible.left() - target.left()) / scale, (visible.top() - target.top()) / scale,
                        visible.width() / scale, visible.height() / scale);
    painter.drawPixmap(visible, m_pixmap, source);
    if (!m_overlay.isNull())
        paintOverlay(painter, target);
}

void VideoView::setOverlay(const QImage& overlay, const QString& legendLow, const QString& legendHigh)
{
    m_overlay = overlay;
    m_legendLow = legendLow;
    m_legendHigh = legendHigh;
    update();
}

void VideoView::clearOverlay()
{
    if (m_overlay.isNull())
        return;
    m_overlay = QImage();
    update();
}

void VideoView::setOverlayOpacity(double opacity)
{
    m_overlayOpacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void VideoView::paintOverlay(QPainter& painter, const QRectF& target)
{
    painter.save();
    painter.setClipRect(rect());
    painter.setOpacity(m_overlayOpacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    // The map covers the whole frame, so the same rectangle as the picture
    // keeps them aligned at any zoom, pan and aspect ratio.
    painter.drawImage(target, m_overlay);
    painter.restore();

    // Legend: the colour ramp from the overlay's low end to its high end.
    const QRectF bar(width() - 172.0, height() - 30.0, 120.0, 10.0);
    QLinearGradient ramp(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 4; ++i) {
        const double at = i / 4.0;
        ramp.setColorAt(at, heatColor(at));
    }
    painter.fillRect(bar.adjusted(-50, -8, 50, 18), QColor(0, 0, 0, 150));
    painter.fillRect(bar, ramp);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.drawText(QRectF(bar.left() - 48, bar.top() - 4, 46, 18), Qt::AlignRight | Qt::AlignVCenter, m_legendLow);
    painter.drawText(QRectF(bar.right() + 2, bar.top() - 4, 48, 18), Qt::AlignLeft | Qt::AlignVCenter, m_legendHigh);
}

void VideoView::paintMessage(QPainter& painter)
{
    if (m_message.isEmpty())
        return;
    painter.setPen(kMessageColor);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

void VideoView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    clampPan();
    Q_EMIT zoomChanged(displayScale());
}

void VideoView::wheelEvent(QWheelEvent* event)
{
    if (!hasImage()) {
        event->ignore();
        return;
    }
    // Touchpads send fractions of a notch; act per whole notch.
    m_wheelRemainder += event->angleDelta().y();
    const int notches = m_wheelRemainder / kWheelStep;
    m_wheelRemainder -= notches * kWheelStep;
    if (notches != 0) {
        if (event->modifiers() & Qt::ControlModifier)
            setZoom(m_zoom * std::pow(kZoomStep, notches), event->position());
        else
            Q_EMIT stepRequested(-notches);  // wheel towards the user = later frames
    }
    event->accept();
}

void VideoView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton && hasImage() && m_zoom > 1.0) {
        m_panning = true;
        m_panStartMouse = event->position();
        m_panStartOffset = m_pan;
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void VideoView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_panning) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    m_pan = m_panStartOffset + (event->position() - m_panStartMouse);
    clampPan();
    update();
}

void VideoView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        updateCursor();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void VideoView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && hasImage()) {
        zoomToFit();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace anomalens::ui
