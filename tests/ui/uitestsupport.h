#pragma once
// Helpers shared by the Qt Test suites of anomalens_ui.
#include "media/frame.h"
#include "store/records.h"

#include <QImage>
#include <QString>
#include <QTemporaryDir>

namespace anomalens::uitest {

// Points QSettings (user scope) at a fresh folder for the lifetime of the
// object, so tests never read or write the real user's settings, and sets the
// organisation/application names the app uses.
class IsolatedSettings {
public:
    IsolatedSettings();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The pixels of a core frame as a QImage (deep copy).
QImage toImage(const media::Frame& frame);
// VideoSource(path).frame(frameIndex), opened fresh: the reference the window
// must match.
QImage referenceFrame(const QString& path, qint64 frameIndex);
// Empty if `actual` and `expected` have the same size and RGB pixels;
// otherwise a description of the first difference for the failure message.
QString imageDifference(const QImage& actual, const QImage& expected);

// `message` without FFmpeg's log-context addresses ("[mov,mp4 @ 0x55d0...]"),
// which differ between two opens of the same file.
QString withoutAddresses(QString message);

// Where suites save screenshots: <build>/tests/ui/screenshots/<name>.
QString screenshotPath(const QString& fileName);

// Generates the suites' standard clip: testsrc2 (a counter in every frame),
// H.264 with GOP 30 and B-frames. False (and a reason) if ffmpeg is missing.
bool makeTestClip(const QString& path, int frames = 60, int width = 320, int height = 240, int fps = 30,
                  QString* reason = nullptr);
// Extracts the frames of `video` as 000.png, 001.png, ... into `folder`
// (the layout of a frame folder).
bool makeFrameFolder(const QString& video, const QString& folder);

// A case's record of a 640x480, 25 fps, 250-frame H.264 file at `path` that
// need not exist (hash made up): for suites about files a case lists.
store::MediaRecord madeUpMediaRecord(const QString& path, char hashDigit = 'a');

} // namespace anomalens::uitest
