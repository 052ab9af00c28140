#include "widgets/glyphicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace anomalens::ui {

namespace {

// Glyphs are designed on a 24 x 24 grid and scaled to the requested size.
constexpr qreal kGrid = 24.0;
constexpr qreal kStroke = 1.8;

QPainterPath triangleRight(qreal left, qreal top, qreal right, qreal bottom)
{
    QPainterPath path;
    path.moveTo(left, top);
    path.lineTo(right, (top + bottom) / 2.0);
    path.lineTo(left, bottom);
    path.closeSubpath();
    return path;
}

QPainterPath roundedBar(qreal x, qreal y, qreal width, qreal height)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(x, y, width, height), 1.0, 1.0);
    return path;
}

// Transport glyphs are drawn pointing right; their "back" twins are mirrored.
QPainterPath transportPath(Glyph glyph)
{
    QPainterPath path;
    switch (glyph) {
    case Glyph::Play:
        path.addPath(triangleRight(7, 4.5, 19.5, 19.5));
        break;
    case Glyph::Pause:
        path.addPath(roundedBar(6, 5, 4.2, 14));
        path.addPath(roundedBar(13.8, 5, 4.2, 14));
        break;
    case Glyph::StepForward:
    case Glyph::StepBack:
        path.addPath(triangleRight(6, 6, 15, 18));
        path.addPath(roundedBar(15.5, 6, 2.6, 12));
        break;
    case Glyph::JumpForward:
    case Glyph::JumpBack:
        path.addPath(triangleRight(3.5, 6.5, 12, 17.5));
        path.addPath(triangleRight(12, 6.5, 20.5, 17.5));
        break;
    case Glyph::Last:
    case Glyph::First:
        path.addPath(triangleRight(2.5, 6.5, 10, 17.5));
        path.addPath(triangleRight(10, 6.5, 17.5, 17.5));
        path.addPath(roundedBar(18, 6.5, 2.6, 11));
        break;
    default:
        break;
    }
    return path;
}

bool isMirrored(Glyph glyph)
{
    return glyph == Glyph::StepBack || glyph == Glyph::JumpBack || glyph == Glyph::First;
}

void drawMagnifier(QPainter& painter, Glyph glyph)
{
    painter.drawEllipse(QPointF(10, 10), 6, 6);
    painter.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
    painter.drawLine(QPointF(7, 10), QPointF(13, 10));
    if (glyph == Glyph::ZoomIn)
        painter.drawLine(QPointF(10, 7), QPointF(10, 13));
}

void drawOutlineGlyph(QPainter& painter, Glyph glyph, const QColor& color)
{
    QPen pen(color, kStroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::OpenVideo: {
        // A page with a folded corner and a play mark: "a video file".
        QPainterPath page;
        page.moveTo(6, 3);
        page.lineTo(14, 3);
        page.lineTo(19, 8);
        page.lineTo(19, 21);
        page.lineTo(6, 21);
        page.closeSubpath();
        painter.drawPath(page);
        painter.drawPolyline(QPolygonF({QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)}));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(triangleRight(10, 11, 15.5, 18));
        break;
    }
    case Glyph::OpenFolder: {
        QPainterPath folder;
        folder.moveTo(3, 6);
        folder.lineTo(9, 6);
        folder.lineTo(11, 8.5);
        folder.lineTo(21, 8.5);
        folder.lineTo(21, 19);
        folder.lineTo(3, 19);
        folder.closeSubpath();
        painter.drawPath(folder);
        painter.drawLine(QPointF(3, 11.5), QPointF(21, 11.5));
        break;
    }
    case Glyph::OpenCase:
        // A briefcase: a case file.
        painter.drawRoundedRect(QRectF(3, 8, 18, 12), 1.5, 1.5);
        painter.drawPolyline(QPolygonF({QPointF(9, 8), QPointF(9, 5), QPointF(15, 5), QPointF(15, 8)}));
        painter.drawLine(QPointF(3, 13), QPointF(21, 13));
        break;
    case Glyph::ZoomIn:
    case Glyph::ZoomOut:
        drawMagnifier(painter, glyph);
        break;
    case Glyph::ZoomFit:
        // Four corners: "fit the frame to the window".
        painter.drawPolyline(QPolygonF({QPointF(4, 9), QPointF(4, 4), QPointF(9, 4)}));
        painter.drawPolyline(QPolygonF({QPointF(15, 4), QPointF(20, 4), QPointF(20, 9)}));
        painter.drawPolyline(QPolygonF({QPointF(20, 15), QPointF(20, 20), QPointF(15, 20)}));
        painter.drawPolyline(QPolygonF({QPointF(9, 20), QPointF(4, 20), QPointF(4, 15)}));
        painter.drawRect(QRectF(8.5, 8.5, 7, 7));
        break;
    case Glyph::ZoomActual: {
        painter.drawRect(QRectF(3, 4, 18, 16));
        QFont font = painter.font();
        font.setPixelSize(9);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(3, 4, 18, 16), Qt::AlignCenter, QStringLiteral("1:1"));
        break;
    }
    case Glyph::MediaInfo:
        painter.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        painter.drawLine(QPointF(12, 11), QPointF(12, 16.5));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(12, 7.8), 1.2, 1.2);
        break;
    case Glyph::AppLogo: {
        // A lens over a flat signal with one spike: "find the anomaly".
        pen.setWidthF(2.2);
        painter.setPen(pen);
        painter.drawEllipse(QPointF(11, 11), 8, 8);
        painter.drawLine(QPointF(17, 17), QPointF(21.5, 21.5));
        painter.setPen(QPen(QColor(0xe0, 0x8a, 0x3c), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF({QPointF(5, 12.5), QPointF(8.5, 12.5), QPointF(10, 6.5),
                                        QPointF(12, 15), QPointF(13.5, 12.5), QPointF(17, 12.5)}));
        break;
    }
    default:
        break;
    }
}

QColor glyphColor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Active:   // hovered
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

class GlyphIconEngine final : public QIconEngine {
public:
    explicit GlyphIconEngine(Glyph glyph)
        : m_glyph(glyph)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = glyphColor(mode);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / kGrid, side / kGrid);

        const QPainterPath transport = transportPath(m_glyph);
        if (!transport.isEmpty()) {
            if (isMirrored(m_glyph)) {
                painter->translate(kGrid, 0);
                painter->scale(-1, 1);
            }
            painter->setPen(QPen(color, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(color);
            painter->drawPath(transport);
        } else {
            drawOutlineGlyph(*painter, m_glyph, color);
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        return QPixmap::fromImage(image);
    }

    QIconEngine* clone() const override { return new GlyphIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("anomalens-glyph"); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(glyph));
}

} // namespace anomalens::ui
