// FrameDecoder / FrameProvider: pictures equal to VideoSource::frame(n) on
// every access path, coalescing of request bursts, stale sessions, errors,
// and decoding on the worker thread.
#include "controllers/framedecoder.h"
#include "controllers/frameprovider.h"
#include "media/mediaerror.h"
#include "media/videosource.h"
#include "uitestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace anomalens;
using anomalens::ui::DecodedFrame;
using anomalens::ui::FrameDecoder;
using anomalens::ui::FrameProvider;

class FrameDecoderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("gop30-bframes.mp4"));
        QString reason;
        if (!uitest::makeTestClip(m_clip, 60, 320, 240, 30, &reason))
            QSKIP(qPrintable(QStringLiteral("cannot generate test footage: %1").arg(reason)));
        media::VideoSource reference(QFile::encodeName(m_clip).toStdString());
        QCOMPARE(reference.info().frameCount, qint64(60));
        for (qint64 n = 0; n < 60; ++n)
            m_reference.append(uitest::toImage(reference.frame(n)));
    }

    // The decoder lives on this thread here, so queued work runs only when
    // the test lets the event loop spin: bursts are fully deterministic.
    void coalescesABurstOfRequestsIntoTheNewest()
    {
        FrameDecoder decoder;
        QSignalSpy ready(&decoder, &FrameDecoder::frameReady);
        openDirect(decoder, 1);
        for (qint64 n = 0; n < 30; ++n)
            decoder.requestFrame(n, 1);
        QTRY_COMPARE(ready.count(), 1);
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);
        const auto frame = ready.at(0).at(0).value<DecodedFrame>();
        QCOMPARE(frame.frameIndex, qint64(29));
        QCOMPARE(decoder.supersededRequestCount(), quint64(29));
        QCOMPARE(frame.image.format(), QImage::Format_RGB888);
        compare(frame, 29);
    }

    void everyAccessPathMatchesRandomAccess()
    {
        FrameDecoder decoder;
        QSignalSpy ready(&decoder, &FrameDecoder::frameReady);
        openDirect(decoder, 1);
        // Sequential (next()), short forward skips without a keyframe in
        // between, skips across keyframes, and backward seeks, on a GOP-30
        // clip with B-frames.
        const QList<qint64> order = {0, 1, 2, 3, 7, 12, 13, 29, 30, 31, 45, 44, 3, 59, 0, 58, 59, 31, 33, 36};
        for (const qint64 n : order) {
            ready.clear();
            decoder.requestFrame(n, 1);
            QTRY_COMPARE(ready.count(), 1);
            compare(ready.at(0).at(0).value<DecodedFrame>(), n);
        }
        for (qint64 n = 0; n < 60; ++n) {
            ready.clear();
            decoder.requestFrame(n, 1);
            QTRY_COMPARE(ready.count(), 1);
            compare(ready.at(0).at(0).value<DecodedFrame>(), n);
        }
    }

    void ignoresRequestsOfAnotherSession()
    {
        FrameDecoder decoder;
        QSignalSpy ready(&decoder, &FrameDecoder::frameReady);
        openDirect(decoder, 4);
        decoder.requestFrame(5, 3);
        QTest::qWait(50);
        QCOMPARE(ready.count(), 0);
    }

    void reportsOutOfRangeFrames()
    {
        FrameDecoder decoder;
        QSignalSpy failed(&decoder, &FrameDecoder::frameFailed);
        openDirect(decoder, 1);
        decoder.requestFrame(60, 1);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toLongLong(), qint64(60));
        QVERIFY(!failed.at(0).at(2).toString().isEmpty());
    }

    void aFailedOpenKeepsThePreviousFile()
    {
        const QString bad = m_dir.filePath(QStringLiteral("not-a-video.mp4"));
        writeFile(bad, "this is not a video file\n");
        QString expectedMessage;
        try {
            media::VideoSource source(QFile::encodeName(bad).toStdString());
            QFAIL("VideoSource opened a text file");
        } catch (const media::MediaError& error) {
            expectedMessage = QString::fromStdString(error.what());
        }

        FrameDecoder decoder;
        QSignalSpy failedOpen(&decoder, &FrameDecoder::openFailed);
        QSignalSpy ready(&decoder, &FrameDecoder::frameReady);
        openDirect(decoder, 1);
        decoder.open(bad, 2);
        QCOMPARE(failedOpen.count(), 1);
        QCOMPARE(failedOpen.at(0).at(0).value<ui::SessionId>(), ui::SessionId(2));
        QCOMPARE(uitest::withoutAddresses(failedOpen.at(0).at(2).toString()), uitest::withoutAddresses(expectedMessage));
        decoder.requestFrame(3, 1);
        QTRY_COMPARE(ready.count(), 1);
        compare(ready.at(0).at(0).value<DecodedFrame>(), 3);
    }

    void providerDecodesOnItsOwnThread()
    {
        FrameProvider provider;
        QSignalSpy opened(&provider, &FrameProvider::opened);
        QSignalSpy ready(&provider, &FrameProvider::frameReady);
        QThread* decodingThread = nullptr;
        connect(provider.decoder(), &FrameDecoder::frameReady, this,
                [&decodingThread] { decodingThread = QThread::currentThread(); }, Qt::DirectConnection);
        provider.open(m_clip);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(provider.timeline().frameCount(), qint64(60));
        QCOMPARE(provider.timeline().info().width, 320);
        provider.requestFrame(42);
        QVERIFY(provider.isWaitingForFrame());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!provider.isWaitingForFrame());
        compare(ready.at(0).at(0).value<DecodedFrame>(), 42);
        QVERIFY(decodingThread != nullptr);
        QVERIFY(decodingThread != QThread::currentThread());
    }

    void providerDropsFramesOfAClosedFile()
    {
        FrameProvider provider;
        QSignalSpy opened(&provider, &FrameProvider::opened);
        QSignalSpy ready(&provider, &FrameProvider::frameReady);
        provider.open(m_clip);
        QTRY_COMPARE(opened.count(), 1);
        provider.requestFrame(10);
        provider.close();
        QVERIFY(!provider.hasMedia());
        QTest::qWait(200);
        QCOMPARE(ready.count(), 0);
    }

    // Fast scrubbing over 1080p footage: the view must land on the last
    // position after about one decode, not after decoding every position the
    // handle passed.
    void scrubbingA1080pFileStaysResponsive()
    {
        const QString hd = m_dir.filePath(QStringLiteral("hd.mp4"));
        QVERIFY(uitest::makeTestClip(hd, 90, 1920, 1080, 30));
        FrameProvider provider;
        QSignalSpy opened(&provider, &FrameProvider::opened);
        QSignalSpy ready(&provider, &FrameProvider::frameReady);
        provider.open(hd);
        QTRY_COMPARE(opened.count(), 1);

        QElapsedTimer clock;
        clock.start();
        for (qint64 n = 0; n < 90; ++n) {
            provider.requestFrame(n);
            QTest::qWait(0);
        }
        provider.requestFrame(89);
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isWaitingForFrame(), 10000);
        const qint64 sequentialMs = clock.elapsed();

        // A scrub backwards across keyframes, a request every 5 ms.
        ready.clear();
        clock.restart();
        for (qint64 n = 88; n >= 0; n -= 2) {
            provider.requestFrame(n);
            QTest::qWait(5);
        }
        const qint64 lastRequestMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!provider.isWaitingForFrame(), 10000);
        const qint64 settleMs = clock.elapsed() - lastRequestMs;
        QVERIFY(!ready.isEmpty());
        QCOMPARE(ready.last().at(0).value<DecodedFrame>().frameIndex, qint64(0));
        QCOMPARE(ready.last().at(0).value<DecodedFrame>().image.size(), QSize(1920, 1080));
        qInfo("1080p: 90 frames streamed in %lld ms; scrub of 45 positions: %lld frames shown, "
              "last one %lld ms after the last request",
              static_cast<long long>(sequentialMs), static_cast<long long>(ready.count()),
              static_cast<long long>(settleMs));
        QVERIFY(ready.count() < 45);
        QVERIFY2(settleMs < 2000, qPrintable(QString::number(settleMs)));
    }

private:
    void openDirect(FrameDecoder& decoder, ui::SessionId session)
    {
        QSignalSpy opened(&decoder, &FrameDecoder::opened);
        decoder.open(m_clip, session);
        QCOMPARE(opened.count(), 1);
        const auto media = opened.at(0).at(0).value<ui::OpenedMedia>();
        QCOMPARE(media.session, session);
        QCOMPARE(qint64(media.index->size()), qint64(60));
    }

    void compare(const DecodedFrame& frame, qint64 expectedIndex)
    {
        QCOMPARE(frame.frameIndex, expectedIndex);
        const QString difference = uitest::imageDifference(frame.image, m_reference.at(expectedIndex));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("frame %1: %2").arg(expectedIndex).arg(difference)));
    }

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QTemporaryDir m_dir;
    QString m_clip;
    QList<QImage> m_reference;
};

QTEST_GUILESS_MAIN(FrameDecoderTest)
#include "tst_framedecoder.moc"
