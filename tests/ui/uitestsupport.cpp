#include "uitestsupport.h"

#include "media/videosource.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>

#include <cstring>

namespace anomalens::uitest {

IsolatedSettings::IsolatedSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AnomalensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AnomalensUiTests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

QImage toImage(const media::Frame& frame)
{
    const QImage::Format format =
        frame.format == media::PixelFormat::Gray8 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    return QImage(frame.data.data(), frame.width, frame.height, frame.stride(), format).copy();
}

QImage referenceFrame(const QString& path, qint64 frameIndex)
{
    media::VideoSource source(QFile::encodeName(path).toStdString());
    return toImage(source.frame(frameIndex));
}

QString imageDifference(const QImage& actual, const QImage& expected)
{
    if (actual.isNull() || expected.isNull())
        return QStringLiteral("null image (actual %1, expected %2)").arg(actual.isNull()).arg(expected.isNull());
    if (actual.size() != expected.size()) {
        return QStringLiteral("size %1x%2, expected %3x%4")
            .arg(actual.width()).arg(actual.height()).arg(expected.width()).arg(expected.height());
    }
    const QImage a = actual.convertToFormat(QImage::Format_RGB888);
    const QImage b = expected.convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < a.height(); ++y) {
        if (std::memcmp(a.constScanLine(y), b.constScanLine(y), static_cast<size_t>(a.width()) * 3) == 0)
            continue;
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                return QStringLiteral("first difference at (%1,%2): #%3, expected #%4")
                    .arg(x).arg(y)
                    .arg(a.pixel(x, y) & 0xffffff, 6, 16, QLatin1Char('0'))
                    .arg(b.pixel(x, y) & 0xffffff, 6, 16, QLatin1Char('0'));
            }
        }
    }
    return {};
}

QString withoutAddresses(QString message)
{
    static const QRegularExpression address(QStringLiteral(" @ 0x[0-9a-fA-F]+"));
    return message.remove(address);
}

QString screenshotPath(const QString& fileName)
{
    QDir().mkpath(QStringLiteral(ANOMALENS_UI_SCREENSHOT_DIR));
    return QDir(QStringLiteral(ANOMALENS_UI_SCREENSHOT_DIR)).filePath(fileName);
}

bool makeTestClip(const QString& path, int frames, int width, int height, int fps, QString* reason)
{
    if (!test::haveFfmpegCli()) {
        if (reason)
            *reason = QStringLiteral("the ffmpeg command-line tool is not installed");
        return false;
    }
    const bool ok = test::makeClip(QFile::encodeName(path).toStdString(), frames, width, height, fps,
                                   "-c:v libx264 -preset veryfast -g 30 -bf 2");
    if (!ok && reason)
        *reason = QStringLiteral("ffmpeg failed to generate %1").arg(path);
    return ok;
}

bool makeFrameFolder(const QString& video, const QString& folder)
{
    if (!test::haveFfmpegCli() || !QDir().mkpath(folder))
        return false;
    const QString command =
        QStringLiteral("ffmpeg -hide_banner -loglevel error -y -i '%1' -start_number 0 '%2/%03d.png'")
            .arg(video, folder);
    return test::runCommand(QFile::encodeName(command).toStdString()) == 0;
}

store::MediaRecord madeUpMediaRecord(const QString& path, char hashDigit)
{
    store::MediaRecord media;
    media.path = QFile::encodeName(path).toStdString();
    media.sha256 = std::string(64, hashDigit);
    media.container = "mov,mp4,m4a,3gp,3g2,mj2";
    media.codec = "h264";
    media.width = 640;
    media.height = 480;
    media.fps = 25.0;
    media.frameCount = 250;
    media.durationUs = 10'000'000;
    return media;
}

} // namespace anomalens::uitest
