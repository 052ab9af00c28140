// The annotated clip of an event: as many frames as the range, at the
// source's size and rate, each the source frame of the same number with the
// analysis burned in: the "derived copy" mark and the score strip change the
// picture where they sit, the heat map is the GUI's red blend where the
// stored map is hottest, and where the map is 0 the picture is the source's
// (up to re-encoding). Also: the audit row, a cancel that leaves nothing, and
// footage changed after import refused unless allowed.
#include "exporttestcase.h"
#include "uitestsupport.h"

#include "report/annotatedclip.h"
#include "report/heatmap.h"
#include "media/videosource.h"
#include "store/casedatabase.h"

#include <QFile>
#include <QtTest>

#include <atomic>
#include <cmath>

using namespace anomalens;

namespace {

std::filesystem::path local(const QString& path) { return QFile::encodeName(path).toStdString(); }

// Mean absolute difference of the RGB channels over `area`.
double meanDifference(const QImage& a, const QImage& b, const QRect& area)
{
    double sum = 0.0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            sum += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue());
        }
    return sum / (3.0 * area.width() * area.height());
}

// Mean absolute difference between `actual` and the source blended with the
// overlay colour at `level` the way the review window draws it.
double differenceFromBlend(const QImage& actual, const QImage& source, const QRect& area, double level)
{
    const QColor heat = ui::heatColor(level);
    const double alpha = heat.alphaF() * ui::kHeatOverlayOpacity;
    double sum = 0.0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor s = source.pixelColor(x, y);
            const QColor a = actual.pixelColor(x, y);
            sum += std::abs(a.red() - (s.red() * (1 - alpha) + heat.red() * alpha)) +
                   std::abs(a.green() - (s.green() * (1 - alpha) + heat.green() * alpha)) +
                   std::abs(a.blue() - (s.blue() * (1 - alpha) + heat.blue() * alpha));
        }
    return sum / (3.0 * area.width() * area.height());
}

} // namespace

class AnnotatedClipTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString reason;
        m_case = uitest::makeExportTestCase(m_dir.path(), 0, &reason);
        if (m_case.casePath.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void burnsTheAnalysisIntoEveryFrame()
    {
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        const store::EventRecord& event = m_case.events.front();   // frames 18-32, hot maps on 20-30
        ui::AnnotatedClipRequest request;
        request.mediaId = m_case.media.id;
        request.eventId = event.id;
        std::tie(request.firstFrame, request.lastFrame) = ui::eventClipRange(m_case.media, event, 0.3, 0.3);
        QCOMPARE(request.firstFrame, std::int64_t{15});
        QCOMPARE(request.lastFrame, std::int64_t{35});
        const QString output = m_dir.filePath(QStringLiteral("event clip.mp4"));
        const ui::AnnotatedClipResult result =
            ui::exportAnnotatedClip(db, request, local(output), exporting::ExistingFile::Refuse);
        qInfo("annotated clip: %lld frames in %.2f s (%.0f frames/s)", static_cast<long long>(result.framesWritten),
              result.seconds, result.framesWritten / std::max(result.seconds, 1e-9));
        QCOMPARE(result.framesWritten, std::int64_t{21});
        QCOMPARE(result.undecodableFrames, std::int64_t{0});
        QVERIFY(exporting::sidecarMatches(local(output)));

        media::VideoSource clip(local(output).string());
        QCOMPARE(clip.info().frameCount, std::int64_t{21});
        QCOMPARE(clip.info().width, uitest::kExportClipWidth);
        QCOMPARE(clip.info().height, uitest::kExportClipHeight);
        QVERIFY(std::abs(clip.info().fps - uitest::kExportClipFps) < 0.01);

        const ui::AnnotatedFrameLayout layout = ui::annotatedFrameLayout(QSize(320, 240));
        for (const std::int64_t sourceFrame : {std::int64_t{16}, std::int64_t{25}}) {
            const QImage actual = uitest::toImage(clip.frame(sourceFrame - request.firstFrame));
            const QImage source = uitest::referenceFrame(m_case.clipPath, sourceFrame);
            if (sourceFrame == 25)
                actual.save(uitest::screenshotPath(QStringLiteral("annotated-frame25.png")));
            // The burned-in elements change the picture where they sit.
            QVERIFY2(meanDifference(actual, source, layout.mark) > 40.0, "no derived-copy mark");
            QVERIFY2(meanDifference(actual, source, layout.strip) > 15.0, "no score strip");
            QVERIFY2(meanDifference(actual, source, layout.info) > 15.0, "no frame information");
            // Where the map is 0 the picture is the source's (x264 at crf 18).
            const double untouched = meanDifference(actual, source, uitest::zeroPixels());
            QVERIFY2(untouched < 6.0, qPrintable(QStringLiteral("zero-heat area differs by %1").arg(untouched)));
            const double hot = differenceFromBlend(actual, source, uitest::hotPixels(), 1.0);
            if (sourceFrame == 25) {
                // Hottest cells: the full-scale colour (opaque red) at the overlay opacity.
                QVERIFY2(hot < 12.0, qPrintable(QStringLiteral("hot area is %1 off the red blend").arg(hot)));
                const QColor centre = actual.pixelColor(uitest::hotPixels().center());
                QVERIFY(centre.red() > centre.green() + 60 || centre.red() > centre.blue() + 60);
            } else {
                // No hot block on frame 16: the same area is the source.
                QVERIFY(meanDifference(actual, source, uitest::hotPixels()) < 8.0);
            }
        }

        const evidence::AuditEntry last = db.audit().entries().back();
        QCOMPARE(QString::fromStdString(last.action), QStringLiteral("export.annotated_clip"));
        const nlohmann::json parameters = last.parametersJson();
        QCOMPARE(parameters["parameters"]["frames"].get<int>(), 21);
        QCOMPARE(parameters["parameters"]["event_id"].get<std::int64_t>(), event.id);
        QCOMPARE(parameters["outputs"][0]["sha256"].get<std::string>(), result.file.sha256);
        QCOMPARE(parameters["inputs"][0]["sha256"].get<std::string>(), m_case.media.sha256);
    }

    void cancelLeavesNothing()
    {
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        const std::size_t auditRows = db.audit().entries().size();
        ui::AnnotatedClipRequest request;
        request.mediaId = m_case.media.id;
        request.firstFrame = 0;
        request.lastFrame = uitest::kExportClipFrames - 1;
        const QString output = m_dir.filePath(QStringLiteral("cancelled.mp4"));
        std::atomic<bool> cancel{false};
        ui::ExportControl control;
        control.cancel = &cancel;
        bool sawPartial = false;
        control.progress = [&](double fraction) {
            // Half way through the frames: the partial file exists, then the user cancels.
            if (fraction > 0.5 && !cancel) {
                sawPartial = QFileInfo::exists(output + QStringLiteral(".partial"));
                cancel = true;
            }
        };
        QVERIFY_THROWS_EXCEPTION(exporting::ExportCancelled,
                                 ui::exportAnnotatedClip(db, request, local(output), exporting::ExistingFile::Refuse,
                                                         control));
        QVERIFY(sawPartial);
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".partial")));
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".sha256")));
        QCOMPARE(db.audit().entries().size(), auditRows);   // nothing exported, nothing audited
    }

    // Last: it changes the footage.
    void changedFootageIsRefusedUnlessAllowed()
    {
        {
            QFile clip(m_case.clipPath);
            QVERIFY(clip.open(QIODevice::Append));
            clip.write("tampered");
        }
        auto db = store::CaseDatabase::open(local(m_case.casePath).string());
        ui::AnnotatedClipRequest request;
        request.mediaId = m_case.media.id;
        request.firstFrame = 10;
        request.lastFrame = 14;
        const QString output = m_dir.filePath(QStringLiteral("changed.mkv"));
        QVERIFY_THROWS_EXCEPTION(ui::SourceChangedError,
                                 ui::exportAnnotatedClip(db, request, local(output), exporting::ExistingFile::Refuse));
        QVERIFY(!QFileInfo::exists(output));
        request.allowChangedSource = true;
        const ui::AnnotatedClipResult result =
            ui::exportAnnotatedClip(db, request, local(output), exporting::ExistingFile::Refuse);
        QVERIFY(!result.check.matches);
        QCOMPARE(result.framesWritten, std::int64_t{5});
        QCOMPARE(db.audit().entries().back().parametersJson()["inputs"][0]["verified"].get<bool>(), false);
    }

private:
    QTemporaryDir m_dir;
    uitest::ExportTestCase m_case;
};

QTEST_MAIN(AnnotatedClipTest)
#include "tst_annotatedclip.moc"
