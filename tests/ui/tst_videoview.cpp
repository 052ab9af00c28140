// VideoView: letterboxing, aspect ratio, zoom, coordinate mapping, and
// nearest-neighbour scaling beyond 2x.
#include "uitestsupport.h"
#include "widgets/videoview.h"

#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

using anomalens::ui::VideoView;

namespace {

QImage filled(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(colour);
    return image;
}

bool fuzzyEqual(const QRectF& a, const QRectF& b)
{
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01 && std::abs(a.width() - b.width()) < 0.01
        && std::abs(a.height() - b.height()) < 0.01;
}

} // namespace

class VideoViewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void letterboxesKeepingAspectRatio()
    {
        VideoView view;
        view.resize(400, 400);
        view.setFrame(filled(320, 240, Qt::red));
        // 4:3 in a square: full width, bars above and below.
        QVERIFY2(fuzzyEqual(view.imageRect(), QRectF(0, 50, 400, 300)), qPrintable(QDebug::toString(view.imageRect())));
        QCOMPARE(view.displayScale(), 1.25);

        view.resize(1000, 300);
        // Wide widget: full height, bars left and right.
        QVERIFY(fuzzyEqual(view.imageRect(), QRectF(300, 0, 400, 300)));

        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.pixelColor(10, 150), QColor(0x0e, 0x0f, 0x11));  // the dark surround
        QCOMPARE(shot.pixelColor(500, 150), QColor(Qt::red));
    }

    void heatMapOverlayStaysOnThePictureAtAnyShapeAndZoom()
    {
        // A 4x4 map whose top-left cell alone is hot: the hot colour must sit
        // on the picture's top-left quarter-by-quarter, whatever the widget's
        // shape (letterbox left/right or above/below) and the zoom.
        QImage map(4, 4, QImage::Format_ARGB32);
        map.fill(Qt::transparent);
        map.setPixelColor(0, 0, QColor(255, 0, 0, 255));
        for (const QSize size : {QSize(1000, 300), QSize(300, 900), QSize(640, 480)}) {
            VideoView view;
            view.resize(size);
            view.setFrame(filled(320, 240, Qt::black));
            view.setOverlay(map, QStringLiteral("low"), QStringLiteral("high"));
            view.setOverlayOpacity(1.0);
            for (int zoomSteps = 0; zoomSteps < 2; ++zoomSteps) {
                const QImage shot = view.grab().toImage();
                const QPoint hot = view.mapFromImage(QPointF(20, 15)).toPoint();       // inside cell (0, 0)
                const QPoint cold = view.mapFromImage(QPointF(200, 150)).toPoint();    // cell (2, 2)
                if (QRect(QPoint(0, 0), size).contains(hot))
                    QVERIFY2(shot.pixelColor(hot).red() > 200 && shot.pixelColor(hot).green() < 60,
                             qPrintable(QStringLiteral("%1x%2 zoom %3: hot cell not under the picture's corner")
                                            .arg(size.width()).arg(size.height()).arg(zoomSteps)));
                if (QRect(QPoint(0, 0), size).contains(cold))
                    QVERIFY(shot.pixelColor(cold).red() < 40);
                view.zoomIn();
            }
            // Outside the picture (the letterbox) nothing is painted.
            const QRectF picture = view.imageRect();
            if (picture.left() > 5)
                QCOMPARE(view.grab().toImage().pixelColor(2, size.height() / 2), QColor(0x0e, 0x0f, 0x11));
            view.clearOverlay();
            QVERIFY(view.overlay().isNull());
        }
    }

    void mapsBetweenWidgetAndImage()
    {
        VideoView view;
        view.resize(400, 400);
        view.setFrame(filled(320, 240, Qt::gray));
        QCOMPARE(view.mapToImage(QPointF(0, 50)), QPointF(0, 0));
        QCOMPARE(view.mapToImage(QPointF(200, 200)), QPointF(160, 120));
        QCOMPARE(view.mapFromImage(QPointF(320, 240)), QPointF(400, 350));
    }

    void nearestNeighbourWhenZoomedInBeyondTwoTimes()
    {
        // A 16x16 one-pixel checkerboard, fitted at 25x: smooth, it is for watching.
        QImage checker(16, 16, QImage::Format_RGB888);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                checker.setPixelColor(x, y, (x + y) % 2 ? Qt::white : Qt::black);
        VideoView view;
        view.resize(400, 400);
        view.setFrame(checker);
        QVERIFY(view.isSmoothScaling());

        // Zoomed in (31.25 screen pixels per image pixel, image rect from -50
        // to 450): nearest-neighbour, so screen pixels are exactly black or
        // white right up to the pixel edges at x = 75 and 200.
        view.zoomIn();
        QVERIFY(!view.isSmoothScaling());
        QCOMPARE(view.imageRect(), QRectF(-50, -50, 500, 500));
        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.pixelColor(74, 100), QColor(Qt::white));
        QCOMPARE(shot.pixelColor(75, 100), QColor(Qt::black));
        QCOMPARE(shot.pixelColor(199, 100), QColor(Qt::white));
        QCOMPARE(shot.pixelColor(200, 100), QColor(Qt::black));

        // Zoomed in on a large frame, below 2x: still smooth.
        view.setFrame(filled(320, 240, Qt::gray));
        view.zoomIn();
        QCOMPARE(view.displayScale(), 1.5625);
        QVERIFY(view.isSmoothScaling());
    }

    void zoomsAroundTheCentreAndBackToFit()
    {
        VideoView view;
        view.resize(400, 400);
        view.setFrame(filled(320, 240, Qt::gray));
        QSignalSpy zoomed(&view, &VideoView::zoomChanged);
        view.zoomIn();
        QCOMPARE(view.zoomFactor(), 1.25);
        QCOMPARE(zoomed.count(), 1);
        // The image point at the centre stays at the centre.
        QCOMPARE(view.mapToImage(QPointF(200, 200)), QPointF(160, 120));
        view.zoomToFit();
        QCOMPARE(view.zoomFactor(), 1.0);
        view.zoomOut();
        QCOMPARE(view.zoomFactor(), 1.0);  // never smaller than fit...
        view.zoomToActualPixels();
        QCOMPARE(view.displayScale(), 1.0);  // ...except for 1:1 of a small frame
        // A new frame of the same size keeps the zoom; a new size resets it.
        view.zoomIn();
        const double zoom = view.zoomFactor();
        view.setFrame(filled(320, 240, Qt::darkGray));
        QCOMPARE(view.zoomFactor(), zoom);
        view.setFrame(filled(640, 480, Qt::darkGray));
        QCOMPARE(view.zoomFactor(), 1.0);
    }

    void wheelStepsFramesAndCtrlWheelZooms()
    {
        VideoView view;
        view.resize(400, 400);
        view.setFrame(filled(320, 240, Qt::gray));
        QSignalSpy steps(&view, &VideoView::stepRequested);
        QWheelEvent towardsUser(QPointF(200, 200), view.mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, -120),
                                Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&view, &towardsUser);
        QCOMPARE(steps.count(), 1);
        QCOMPARE(steps.at(0).at(0).toInt(), 1);

        // Zoom is anchored at the cursor (here where the zoomed image can
        // still move freely: no clamping at its edges).
        const QPointF cursor(100, 200);
        QWheelEvent zoom(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        const QPointF imagePoint = view.mapToImage(cursor);
        QCoreApplication::sendEvent(&view, &zoom);
        QCOMPARE(view.zoomFactor(), 1.25);
        QCOMPARE(steps.count(), 1);
        const QPointF after = view.mapToImage(cursor);
        QVERIFY(std::abs(after.x() - imagePoint.x()) < 1e-6 && std::abs(after.y() - imagePoint.y()) < 1e-6);
    }

    void showsAMessageInsteadOfAStalePicture()
    {
        VideoView view;
        view.resize(400, 300);
        view.setFrame(filled(320, 240, Qt::red));
        view.showMessage(QStringLiteral("Frame 12 cannot be shown."));
        QVERIFY(!view.hasImage());
        QCOMPARE(view.message(), QStringLiteral("Frame 12 cannot be shown."));
        const QImage shot = view.grab().toImage();
        QVERIFY(shot.pixelColor(200, 20) != QColor(Qt::red));
    }
};

QTEST_MAIN(VideoViewTest)
#include "tst_videoview.moc"
