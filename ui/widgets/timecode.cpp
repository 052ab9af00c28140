#include "widgets/timecode.h"

#include <algorithm>
#include <cstdlib>

namespace anomalens::ui {

QString formatTimecode(qint64 timeUs)
{
    const bool negative = timeUs < 0;
    const qint64 totalMs = std::llabs(timeUs) / 1000;
    const qint64 ms = totalMs % 1000;
    const qint64 totalSeconds = totalMs / 1000;
    const qint64 seconds = totalSeconds % 60;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 hours = totalSeconds / 3600;
    return QStringLiteral("%1%2:%3:%4.%5")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(hours, 2, 10, QLatin1Char('0'))
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'))
        .arg(ms, 3, 10, QLatin1Char('0'));
}

QString formatFrameNumber(qint64 frameIndex, qint64 lastFrame)
{
    const int width = static_cast<int>(QString::number(std::max<qint64>(lastFrame, 0)).size());
    return QStringLiteral("%1").arg(frameIndex, width, 10, QLatin1Char('0'));
}

} // namespace anomalens::ui
