// MainWindow end to end, offscreen: opening (argument path, drag and drop of a
// file or a frame folder), stepping, jumping, seeking with the slider and the
// keyboard, playback speed, recent files, error reporting, remembered window
// layout. Every "the window shows frame n" is checked pixel by pixel against
// VideoSource::frame(n).
#include "controllers/mediatimeline.h"
#include "controllers/playbackcontroller.h"
#include "controllers/recentfiles.h"
#include "docks/mediainfodock.h"
#include "mainwindow.h"
#include "widgets/scoretimeline.h"
#include "theme.h"
#include "uitestsupport.h"
#include "widgets/seekslider.h"
#include "widgets/transportbar.h"
#include "widgets/videoview.h"

#include "media/mediaerror.h"
#include "media/videosource.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSplitter>
#include <QtTest>

using namespace anomalens;
using anomalens::ui::MainWindow;

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The screenshots show the window as users see it.
        ui::applyDarkTheme(*static_cast<QApplication*>(QCoreApplication::instance()));
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("camera-07 gop30.mp4"));  // a space, as real exports have
        QString reason;
        if (!uitest::makeTestClip(m_clip, 60, 320, 240, 30, &reason))
            QSKIP(qPrintable(QStringLiteral("cannot generate test footage: %1").arg(reason)));
        m_folder = m_dir.filePath(QStringLiteral("frames"));
        QVERIFY(uitest::makeFrameFolder(m_clip, m_folder));
        media::VideoSource source(QFile::encodeName(m_clip).toStdString());
        for (qint64 n = 0; n < source.info().frameCount; ++n)
            m_reference.append(uitest::toImage(source.frame(n)));
        QCOMPARE(m_reference.size(), 60);
    }

    void init() { m_settings = std::make_unique<uitest::IsolatedSettings>(); }

    void opensAPathAndShowsFrameZero()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        expectDisplayed(window, 0);
        QVERIFY(window.windowTitle().contains(QFileInfo(m_clip).fileName()));

        // Frame number, timestamp and PTS of the frame on screen.
        const ui::TransportBar* bar = window.transportBar();
        QCOMPARE(bar->frameText(), QStringLiteral("00 / 59"));
        QCOMPARE(bar->timeText(), QStringLiteral("00:00:00.000 / 00:00:02.000"));
        QCOMPARE(bar->ptsText(), QString::number(window.timeline().ptsOfFrame(0)));

        const ui::MediaInfoDock* info = window.mediaInfoDock();
        QCOMPARE(info->valueText(QStringLiteral("Frames")), QStringLiteral("60"));
        QCOMPARE(info->valueText(QStringLiteral("Codec")), QStringLiteral("h264"));
        QCOMPARE(info->valueText(QStringLiteral("Frame size")), QStringLiteral("320 × 240 px"));
        QCOMPARE(info->valueText(QStringLiteral("Duration")), QStringLiteral("00:00:02.000"));
        QCOMPARE(info->valueText(QStringLiteral("Name")), QFileInfo(m_clip).fileName());
    }

    void keyboardStepsAndJumps()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        expectDisplayed(window, 0);

        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&window, Qt::Key_Right);
        expectDisplayed(window, 3);
        QCOMPARE(window.transportBar()->frameText(), QStringLiteral("03 / 59"));
        QTest::keyClick(&window, Qt::Key_Left);
        expectDisplayed(window, 2);

        // Shift+Right: one second later = 30 frames at 30 fps.
        QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier);
        expectDisplayed(window, 32);
        QCOMPARE(window.transportBar()->timeText(), QStringLiteral("00:00:01.066 / 00:00:02.000"));
        QTest::keyClick(&window, Qt::Key_Left, Qt::ShiftModifier);
        expectDisplayed(window, 2);

        QTest::keyClick(&window, Qt::Key_End);
        expectDisplayed(window, 59);
        QTest::keyClick(&window, Qt::Key_Right);  // clamped at the end
        QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier);
        QTest::qWait(100);
        expectDisplayed(window, 59);
        QTest::keyClick(&window, Qt::Key_Home);
        expectDisplayed(window, 0);
        QTest::keyClick(&window, Qt::Key_Left);  // clamped at the start
        QTest::qWait(100);
        expectDisplayed(window, 0);

        // A reviewer who clicked a readout to copy it can still step and play.
        auto* readout = window.transportBar()->findChild<QLabel*>(QStringLiteral("frameReadout"));
        QVERIFY(readout);
        QTest::mouseClick(readout, Qt::LeftButton);
        QTRY_VERIFY(readout->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        expectDisplayed(window, 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(window.playback()->isPlaying());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!window.playback()->isPlaying());
    }

    void sliderClickSeeks()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        ui::SeekSlider* slider = window.transportBar()->slider();
        QCOMPARE(slider->maximum(), 59);
        const QPoint target(slider->positionOf(45), slider->height() / 2);
        QCOMPARE(slider->valueAt(target.x()), 45);
        QTest::mouseClick(slider, Qt::LeftButton, Qt::NoModifier, target);
        expectDisplayed(window, 45);
        QCOMPARE(slider->value(), 45);

        // The slider follows keyboard navigation without seeking by itself.
        QTest::keyClick(&window, Qt::Key_Home);
        expectDisplayed(window, 0);
        QCOMPARE(slider->value(), 0);
    }

    void fastScrubbingEndsOnTheLastPosition()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        expectDisplayed(window, 0);
        QSignalSpy displayed(&window, &MainWindow::frameDisplayed);
        ui::SeekSlider* slider = window.transportBar()->slider();
        // A drag from the end back to frame 17, one slider position per step,
        // without waiting for any frame: the view must settle on 17.
        slider->setSliderDown(true);
        for (int value = 59; value >= 17; --value)
            slider->setSliderPosition(value);
        slider->setSliderDown(false);
        expectDisplayed(window, 17);
        QCOMPARE(window.playback()->position(), qint64(17));
        qInfo("43 scrub positions, %lld frames reached the screen", static_cast<long long>(displayed.count()));
        QVERIFY(displayed.count() <= 43);
    }

    void playsAtTheFilesFrameRate()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        expectDisplayed(window, 0);
        QSignalSpy displayed(&window, &MainWindow::frameDisplayed);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.playback()->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(window.displayedFrameIndex(), qint64(59), 15000);
        const qint64 elapsedMs = clock.elapsed();
        // 59 frame intervals at 30 fps = 1967 ms; never faster than real time.
        QVERIFY2(elapsedMs >= 1900, qPrintable(QStringLiteral("played in %1 ms").arg(elapsedMs)));
        // The upper bound only catches a stalled clock; a busy CI machine may lag a lot.
        QVERIFY2(elapsedMs <= 14000, qPrintable(QStringLiteral("played in %1 ms").arg(elapsedMs)));
        QTRY_VERIFY(!window.playback()->isPlaying());  // stops at the end
        QVERIFY(displayed.count() >= 20);                // it played, it did not jump
        expectDisplayed(window, 59);

        // Space on the last frame replays from the start; Space again pauses.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.playback()->isPlaying());
        QTest::qWait(300);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!window.playback()->isPlaying());
        const qint64 pausedAt = window.playback()->position();
        QVERIFY2(pausedAt > 0 && pausedAt < 59, qPrintable(QString::number(pausedAt)));
        QTest::qWait(200);
        QCOMPARE(window.playback()->position(), pausedAt);
    }

    void dropsAFrameFolderAndAFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::mediaOpened);

        QVERIFY(!drop(window, QUrl(QStringLiteral("https://example.org/clip.mp4"))));
        QVERIFY(drop(window, QUrl::fromLocalFile(m_folder)));
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QFileInfo(m_folder).absoluteFilePath());
        QCOMPARE(window.timeline().frameCount(), qint64(60));
        QVERIFY(window.timeline().info().isImageSequence);
        QTRY_COMPARE(window.displayedFrameIndex(), qint64(0));
        const QImage folderFrame = uitest::referenceFrame(m_folder, 0);
        QVERIFY2(uitest::imageDifference(window.displayedImage(), folderFrame).isEmpty(),
                 qPrintable(uitest::imageDifference(window.displayedImage(), folderFrame)));

        QVERIFY(drop(window, QUrl::fromLocalFile(m_clip)));
        QTRY_COMPARE(opened.count(), 2);
        expectDisplayed(window, 0);
        QCOMPARE(window.timeline().path(), QFileInfo(m_clip).absoluteFilePath());
    }

    void recentFilesFollowWhatWasOpened()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        QSignalSpy opened(&window, &MainWindow::mediaOpened);
        window.openPath(m_folder);
        QTRY_COMPARE(opened.count(), 1);
        const QString clip = QFileInfo(m_clip).absoluteFilePath();
        const QString folder = QFileInfo(m_folder).absoluteFilePath();
        QCOMPARE(window.recentFiles()->paths(), QStringList({folder, clip}));
        QCOMPARE(ui::RecentFiles().paths(), QStringList({folder, clip}));  // persisted

        const QString unplugged = m_dir.filePath(QStringLiteral("unplugged/cam2.mp4"));
        window.recentFiles()->add(unplugged);
        Q_EMIT window.recentMenu()->aboutToShow();
        const QList<QAction*> actions = window.recentMenu()->actions();
        QVERIFY(actions.size() >= 3);
        QCOMPARE(actions.at(0)->data().toString(), QFileInfo(unplugged).absoluteFilePath());
        QVERIFY(!actions.at(0)->isEnabled());  // greyed, not silently dropped
        QVERIFY(actions.at(0)->text().contains(QStringLiteral("not found")));
        QCOMPARE(actions.at(1)->data().toString(), folder);
        QVERIFY(actions.at(1)->isEnabled());
        QCOMPARE(actions.at(2)->data().toString(), clip);

        // Choosing an entry opens it.
        actions.at(2)->trigger();
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(window.recentFiles()->paths().first(), clip);
    }

    void aBadFileShowsTheCoresMessageAndKeepsTheCurrentOne()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.mp4"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("these are notes, not a video\n");
        }
        QString coreMessage;
        try {
            media::VideoSource source(QFile::encodeName(bad).toStdString());
        } catch (const media::MediaError& error) {
            coreMessage = QString::fromStdString(error.what());
        }
        QVERIFY(!coreMessage.isEmpty());

        MainWindow window;
        showAndOpen(window, m_clip);
        QTest::keyClick(&window, Qt::Key_Right);
        expectDisplayed(window, 1);
        QSignalSpy errors(&window, &MainWindow::errorReported);
        window.openPath(bad);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(uitest::withoutAddresses(errors.at(0).at(1).toString()), uitest::withoutAddresses(coreMessage));

        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("notes.mp4")));
        QCOMPARE(box->informativeText(), errors.at(0).at(1).toString());
        QCOMPARE(box->icon(), QMessageBox::Critical);
        box->grab().save(uitest::screenshotPath(QStringLiteral("error-box.png")));
        box->accept();
        QTRY_VERIFY(!box->isVisible());  // the key below must reach the window, not the closing box
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The footage under review is untouched and still navigable.
        QCOMPARE(window.timeline().path(), QFileInfo(m_clip).absoluteFilePath());
        QTest::keyClick(&window, Qt::Key_Right);
        expectDisplayed(window, 2);
        QVERIFY(!window.recentFiles()->paths().contains(QFileInfo(bad).absoluteFilePath()));
    }

    void aMissingFileIsReported()
    {
        MainWindow window;
        window.show();
        QSignalSpy errors(&window, &MainWindow::errorReported);
        window.openPath(m_dir.filePath(QStringLiteral("no-such-file.mp4")));
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(!errors.at(0).at(1).toString().isEmpty());
        QCOMPARE(window.displayedFrameIndex(), qint64(-1));
    }

    void closingMediaResetsTheWindow()
    {
        MainWindow window;
        showAndOpen(window, m_clip);
        expectDisplayed(window, 0);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.displayedFrameIndex(), qint64(-1));
        QVERIFY(window.timeline().isEmpty());
        QVERIFY(!window.videoView()->message().isEmpty());  // the empty-state hint
        QCOMPARE(window.windowTitle(), QStringLiteral("Anomalens"));
        QTest::keyClick(&window, Qt::Key_Right);  // nothing to step: no crash, nothing shown
        QTest::qWait(50);
        QCOMPARE(window.displayedFrameIndex(), qint64(-1));
    }

    void remembersGeometryAndDocks()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            window.mediaInfoDock()->hide();
            window.close();
        }
        MainWindow restored;
        QCOMPARE(restored.size(), QSize(1111, 777));
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QVERIFY(!restored.mediaInfoDock()->isVisible());
    }

    void theScoreTimelineSitsUnderTheVideo()
    {
        MainWindow window;
        window.resize(1280, 800);
        showAndOpen(window, m_clip);
        QSplitter* splitter = window.reviewSplitter();
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        QCOMPARE(splitter->count(), 2);
        QVERIFY(splitter->widget(0)->isAncestorOf(window.videoView()));
        QVERIFY(splitter->widget(0)->isAncestorOf(window.transportBar()));
        QCOMPARE(splitter->widget(1), static_cast<QWidget*>(window.scoreTimeline()));

        QWidget* timeline = window.scoreTimeline();
        QTRY_VERIFY(timeline->isVisible() && timeline->height() >= 150);
        const int transportBottom =
            window.transportBar()->mapTo(&window, QPoint(0, window.transportBar()->height())).y();
        QVERIFY(timeline->mapTo(&window, QPoint(0, 0)).y() >= transportBottom);
        QVERIFY(window.videoView()->height() > 300);  // the video keeps most of the room
    }

    void defaultSizeIsComfortable()
    {
        MainWindow window;
        // 1280x800, or the whole screen where it is smaller (the offscreen
        // platform's screen is 800x600).
        const QSize available = window.screen()->availableGeometry().size();
        QCOMPARE(window.size(), QSize(1280, 800).boundedTo(available));
    }

    void screenshots()
    {
        MainWindow window;
        window.resize(1280, 800);
        showAndOpen(window, m_clip);
        QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier);
        expectDisplayed(window, 30);
        saveScreenshot(window, QStringLiteral("mainwindow-320x240.png"));

        const QString hd = m_dir.filePath(QStringLiteral("hd.mp4"));
        QVERIFY(uitest::makeTestClip(hd, 30, 1920, 1080, 30));
        QSignalSpy opened(&window, &MainWindow::mediaOpened);
        window.openPath(hd);
        QTRY_COMPARE(opened.count(), 1);
        QTest::keyClick(&window, Qt::Key_End);
        QTRY_COMPARE(window.displayedFrameIndex(), qint64(29));
        QCOMPARE(window.displayedImage().size(), QSize(1920, 1080));
        saveScreenshot(window, QStringLiteral("mainwindow-1080p.png"));

        const std::filesystem::path ped2 = test::ped2Dir();
        if (ped2.empty())
            return;
        const QString ped2Video = QString::fromStdString((ped2 / "videos" / "testing" / "01.mp4").string());
        if (!QFileInfo::exists(ped2Video))
            return;
        window.openPath(ped2Video);
        QTRY_COMPARE(opened.count(), 2);
        window.playback()->seek(80);
        QTRY_COMPARE(window.displayedFrameIndex(), qint64(80));
        saveScreenshot(window, QStringLiteral("mainwindow-ped2.png"));
    }

private:
    void showAndOpen(MainWindow& window, const QString& path)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy opened(&window, &MainWindow::mediaOpened);
        window.openPath(path);
        QTRY_COMPARE(opened.count(), 1);
        QTRY_VERIFY(window.displayedFrameIndex() >= 0);
    }

    void expectDisplayed(const MainWindow& window, qint64 frameIndex)
    {
        QTRY_COMPARE(window.displayedFrameIndex(), frameIndex);
        const QString difference = uitest::imageDifference(window.displayedImage(), m_reference.at(frameIndex));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("frame %1: %2").arg(frameIndex).arg(difference)));
    }

    // Sends a drag-enter and, if accepted, a drop of `url` to the window.
    static bool drop(MainWindow& window, const QUrl& url)
    {
        QMimeData mime;
        mime.setUrls({url});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropEvent);
        return dropEvent.isAccepted();
    }

    static void saveScreenshot(MainWindow& window, const QString& name)
    {
        QTest::qWait(100);  // let the status bar and layouts settle
        const QString path = uitest::screenshotPath(name);
        QVERIFY(window.grab().save(path));
        const QImage saved(path);
        QCOMPARE(saved.size(), window.size());
        qInfo("screenshot: %s", qPrintable(path));
    }

    std::unique_ptr<uitest::IsolatedSettings> m_settings;
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_folder;
    QList<QImage> m_reference;
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
