#pragma once
// ScreenshotJob: behind `anomalens --screenshot FILE`. Waits until the window
// shows the wanted frame of the media it was asked to open (or reports an
// error, or a timeout passes), renders the window into FILE and finishes with
// an exit code. Used for README images and for looking at the window in
// automated checks, without a display (the offscreen platform).
#include <QObject>
#include <QTimer>

namespace anomalens::ui {

class MainWindow;

class ScreenshotJob : public QObject {
    Q_OBJECT

public:
    enum ExitCode { Saved = 0, SaveFailed = 1, MediaError = 2, TimedOut = 3 };

    // frameIndex < 0: the first frame shown after opening. expectMedia=false:
    // capture the empty window as soon as it is laid out.
    ScreenshotJob(MainWindow* window, const QString& outputPath, qint64 frameIndex, bool expectMedia,
                  int timeoutMs = 30000);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onMediaOpened();
    void onFrameDisplayed(qint64 frameIndex);
    void onError(const QString& summary, const QString& details);
    // Lets pending layout and paint events run before grabbing.
    void captureSoon(int exitCode);
    void capture(int exitCode);

    MainWindow* m_window = nullptr;
    QString m_outputPath;
    qint64 m_frameIndex = -1;
    bool m_expectMedia = true;
    bool m_done = false;
    bool m_frameReached = false;
    QTimer m_timeout;
};

} // namespace anomalens::ui
