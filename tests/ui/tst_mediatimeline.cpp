// MediaTimeline: the GUI thread's copy of the frame index.
#include "controllers/mediatimeline.h"

#include <QtTest>

using namespace anomalens;
using anomalens::ui::MediaTimeline;
using anomalens::ui::OpenedMedia;

namespace {

// Frames at 0, 40, 80 ... ms (25 fps) with keyframes every 10 frames.
OpenedMedia makeMedia(int frames, qint64 frameUs, double fps)
{
    auto index = std::make_shared<std::vector<media::FrameIndexEntry>>();
    for (int n = 0; n < frames; ++n)
        index->push_back({n * 512, n * frameUs, n % 10 == 0});
    OpenedMedia opened;
    opened.session = 7;
    opened.path = QStringLiteral("/evidence/cam1.mp4");
    opened.info.fps = fps;
    opened.index = index;
    return opened;
}

} // namespace

class MediaTimelineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyTimelineMeansNothingOpen()
    {
        const MediaTimeline timeline;
        QVERIFY(timeline.isEmpty());
        QCOMPARE(timeline.frameCount(), qint64(0));
        QCOMPARE(timeline.clampFrame(5), qint64(-1));
        QCOMPARE(timeline.frameAtTimeUs(0), qint64(-1));
    }

    void mapsFramesTimesAndPts()
    {
        const MediaTimeline timeline(makeMedia(100, 40'000, 25.0));
        QCOMPARE(timeline.frameCount(), qint64(100));
        QCOMPARE(timeline.session(), ui::SessionId(7));
        QCOMPARE(timeline.timeUsOfFrame(25), qint64(1'000'000));
        QCOMPARE(timeline.ptsOfFrame(25), qint64(25 * 512));
        QVERIFY(timeline.isKeyframe(20));
        QVERIFY(!timeline.isKeyframe(21));
        // The frame on screen at t is the last one that started at or before t.
        QCOMPARE(timeline.frameAtTimeUs(1'000'000), qint64(25));
        QCOMPARE(timeline.frameAtTimeUs(1'039'999), qint64(25));
        QCOMPARE(timeline.frameAtTimeUs(1'040'000), qint64(26));
        QCOMPARE(timeline.frameAtTimeUs(-5), qint64(0));
        QCOMPARE(timeline.frameAtTimeUs(99'000'000), qint64(99));
        QCOMPARE(timeline.clampFrame(1000), qint64(99));
        QCOMPARE(timeline.clampFrame(-3), qint64(0));
    }

    void durationFallsBackToLastFramePlusOne()
    {
        const MediaTimeline timeline(makeMedia(100, 40'000, 25.0));
        QCOMPARE(timeline.durationUs(), qint64(4'000'000));
    }

    void synthesizesTimesWhenTheSourceHasNone()
    {
        // An image folder without a frame rate: every frame at time 0.
        const MediaTimeline timeline(makeMedia(50, 0, 0.0));
        QVERIFY(timeline.hasSynthesizedTimes());
        QCOMPARE(timeline.playbackFps(), MediaTimeline::kFallbackFps);
        QCOMPARE(timeline.timeUsOfFrame(25), qint64(1'000'000));
        for (qint64 n = 0; n < 50; ++n)
            QCOMPARE(timeline.frameAtTimeUs(timeline.timeUsOfFrame(n)), n);
    }
};

QTEST_GUILESS_MAIN(MediaTimelineTest)
#include "tst_mediatimeline.moc"
