// formatTimecode / formatFrameNumber: the text every readout uses.
#include "widgets/timecode.h"

#include <QtTest>

using anomalens::ui::formatFrameNumber;
using anomalens::ui::formatTimecode;

class TimecodeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsHoursMinutesSecondsMilliseconds_data()
    {
        QTest::addColumn<qint64>("timeUs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00:00.000");
        QTest::newRow("one frame at 30 fps") << qint64(33'333) << QStringLiteral("00:00:00.033");
        QTest::newRow("truncates, never rounds up") << qint64(999'999) << QStringLiteral("00:00:00.999");
        QTest::newRow("h m s ms") << qint64(3'723'456'789) << QStringLiteral("01:02:03.456");
        QTest::newRow("past 99 hours") << qint64(360'000'000'000) << QStringLiteral("100:00:00.000");
        QTest::newRow("negative") << qint64(-1'500'000) << QStringLiteral("-00:00:01.500");
    }

    void formatsHoursMinutesSecondsMilliseconds()
    {
        QFETCH(qint64, timeUs);
        QFETCH(QString, expected);
        QCOMPARE(formatTimecode(timeUs), expected);
    }

    void padsFrameNumbersToTheLastFrame()
    {
        QCOMPARE(formatFrameNumber(42, 1799), QStringLiteral("0042"));
        QCOMPARE(formatFrameNumber(1799, 1799), QStringLiteral("1799"));
        QCOMPARE(formatFrameNumber(7, 59), QStringLiteral("07"));
        QCOMPARE(formatFrameNumber(0, 0), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TimecodeTest)
#include "tst_timecode.moc"
