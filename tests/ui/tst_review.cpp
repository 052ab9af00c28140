// The review workflow, driven offscreen on a clip of the built-in sample
// scene with the shipped sample model: analyse from the window (curve grows,
// events found where the scene's anomaly is), next/previous event, dragging
// the threshold changes the stored events and keeps review states, event
// states and annotations survive closing and reopening the case, the heat map
// overlay appears.
#include "analysis/events.h"
#include "controllers/analysisjob.h"
#include "controllers/mediareview.h"
#include "controllers/playbackcontroller.h"
#include "dialogs/analysedialog.h"
#include "dialogs/annotationdialog.h"
#include "dialogs/settingsdialog.h"
#include "docks/annotationsdock.h"
#include "docks/eventsdock.h"
#include "mainwindow.h"
#include "theme.h"
#include "uitestsupport.h"
#include "widgets/scoretimeline.h"
#include "widgets/videoview.h"

#include "sample/sampledataset.h"
#include "store/casedatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QLabel>
#include <QSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "widgets/qcustomplot_wrapper.h"

using namespace anomalens;
using anomalens::ui::MainWindow;

namespace {

std::string local(const QString& path) { return QFile::encodeName(path).toStdString(); }
QString state(store::EventStatus status) { return QString::fromLatin1(store::toString(status)); }

} // namespace

class ReviewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<uitest::IsolatedSettings>();
        ui::applyDarkTheme(*static_cast<QApplication*>(QCoreApplication::instance()));
        if (!QFileInfo::exists(QStringLiteral(ANOMALENS_SAMPLE_MODEL)))
            QSKIP("the built-in sample model is not built (resources/models)");
        QVERIFY(m_dir.isValid());
        // One test clip of the sample scene: a walkway with an anomaly the
        // sample model was trained to notice.
        sample::SampleOptions options;
        options.trainingClips = 1;
        options.testingClips = 1;
        sample::SampleOutputOptions output;
        output.writeFrames = false;
        const sample::SampleDataset dataset =
            sample::writeSampleDataset(local(m_dir.filePath(QStringLiteral("sample"))), options, {}, output);
        m_clip = QString::fromStdString(sample::sampleVideoPath(dataset.root, sample::Split::Testing, 0).string());
        QVERIFY(!dataset.labels.empty());
        m_anomalyFirst = dataset.labels.front().firstFrame;
        m_anomalyLast = dataset.labels.front().lastFrame;

        m_case = m_dir.filePath(QStringLiteral("walkway.alcase"));
        store::CaseMetadata metadata;
        metadata.name = "Walkway";
        auto db = store::CaseDatabase::create(local(m_case), metadata);
        db.importMedia(local(m_clip));
    }

    void analysesFromTheWindowAndFindsTheAnomaly()
    {
        MainWindow window;
        openCaseAndClip(window);
        QVERIFY(!window.currentReview() || !window.currentReview()->hasRun());
        QVERIFY(!window.scoreTimeline()->isThresholdShown());  // nothing analysed: no threshold to drag

        QSignalSpy batches(window.analysisJob(), &ui::AnalysisJob::batchScored);
        QSignalSpy finished(&window, &MainWindow::analysisFinished);
        QSignalSpy reviewLoaded(&window, &MainWindow::reviewLoaded);
        ui::AnalysisRequest request;
        request.casePath = m_case;
        request.modelPath = QStringLiteral(ANOMALENS_SAMPLE_MODEL);
        request.files = {m_clip};
        window.analyse(request);
        // The curve grows while the analysis runs.
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() >= 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.scoreTimeline()->scoredFrameCount() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
        QCOMPARE(finished.front().front().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(reviewLoaded.count() >= 1, 10000);

        const ui::MediaReview* review = window.currentReview();
        QVERIFY(review && review->hasRun());
        QCOMPARE(QString::fromLatin1(store::toString(review->run->status)), QStringLiteral("completed"));
        // Every frame with four before it is scored and drawn.
        QCOMPARE(window.scoreTimeline()->scoredFrameCount(), static_cast<std::size_t>(review->media.frameCount - 4));
        QVERIFY(!review->events.empty());
        QVERIFY(window.scoreTimeline()->isThresholdShown());
        bool flagged = false;
        for (const store::EventRecord& event : review->events)
            flagged = flagged || (event.startFrame <= m_anomalyLast && event.endFrame >= m_anomalyFirst);
        QVERIFY2(flagged, "no event overlaps the scene's labelled anomaly");
        QCOMPARE(window.eventsDock()->events().size(), review->events.size());
        QCOMPARE(window.scoreTimeline()->eventSpanCount(), review->events.size());
        m_events = review->events;
    }

    void nextAndPreviousEventMoveThePlayhead()
    {
        QVERIFY(!m_events.empty());
        MainWindow window;
        openCaseAndClip(window);
        QTRY_VERIFY(window.currentReview() && window.currentReview()->hasRun());
        window.playback()->seek(0);
        QTRY_COMPARE(window.displayedFrameIndex(), qint64(0));
        const std::int64_t first = m_events.front().startFrame;
        if (first == 0)
            QSKIP("the first event starts at frame 0");
        QTest::keyClick(&window, Qt::Key_N);
        QTRY_COMPARE(window.displayedFrameIndex(), first);
        QCOMPARE(window.scoreTimeline()->playheadFrame(), first);
        QVERIFY(window.eventsDock()->selectedEvent());
        QCOMPARE(window.eventsDock()->selectedEvent()->id, m_events.front().id);
        if (m_events.size() > 1) {
            QTest::keyClick(&window, Qt::Key_N);
            QTRY_COMPARE(window.displayedFrameIndex(), m_events[1].startFrame);
            QTest::keyClick(&window, Qt::Key_P);
            QTRY_COMPARE(window.displayedFrameIndex(), first);
        }
        // Clicking on the curve seeks there.
        QCustomPlot* plot = window.scoreTimeline()->plot();
        const QPoint at = window.scoreTimeline()->positionOf(40, window.scoreTimeline()->threshold() - 5.0);
        QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(at.x(), plot->height() - 30));
        QTRY_COMPARE(window.displayedFrameIndex(), qint64(40));
    }

    void eventStatesAndThresholdDragAreStoredAndKept()
    {
        QVERIFY(!m_events.empty());
        double originalThreshold = 0.0;
        {
            MainWindow window;
            openCaseAndClip(window);
            QTRY_VERIFY(window.currentReview() && window.currentReview()->hasRun());
            originalThreshold = window.currentReview()->threshold();
            // Confirm the first event from the events panel.
            ui::EventsDock* dock = window.eventsDock();
            dock->selectEvent(m_events.front().id);
            QTest::keyClick(dock->list(), Qt::Key_C);
            QCOMPARE(state(dock->events().front().status), QStringLiteral("confirmed"));
            dock->stateFilter()->setCurrentIndex(dock->stateFilter()->findData(QStringLiteral("confirmed")));
            QCOMPARE(dock->visibleEventCount(), 1);

            // Drag the threshold far up: no frame reaches it, no events.
            ui::ScoreTimeline* timeline = window.scoreTimeline();
            QCustomPlot* plot = timeline->plot();
            const QPoint grab = timeline->positionOf(20, originalThreshold);
            QTest::mousePress(plot, Qt::LeftButton, {}, grab);
            QTest::mouseMove(plot, QPoint(grab.x(), 2));
            QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(grab.x(), 2));
            QVERIFY(timeline->threshold() > originalThreshold);
            const double highThreshold = timeline->threshold();
            std::size_t expected = 0;
            for (double score : window.currentReview()->scores)
                expected += std::isfinite(score) && score >= highThreshold ? 1 : 0;
            // Frames above the new threshold aside, only the confirmed event
            // remains: a reviewer's finding is not dropped by a threshold.
            if (expected == 0) {
                QCOMPARE(window.currentReview()->events.size(), std::size_t(1));
                QCOMPARE(state(window.currentReview()->events.front().status), QStringLiteral("confirmed"));
                QCOMPARE(window.eventsDock()->events().size(), std::size_t(1));
            }
            // The stored run has the new threshold.
            {
                const auto stored = store::CaseDatabase::open(local(m_case), store::OpenMode::ReadOnly);
                QCOMPARE(*stored.run(window.currentReview()->run->id).threshold, highThreshold);
            }
            // Back to the original threshold: the same events, and the
            // confirmed one is still confirmed.
            window.applyThreshold(originalThreshold, true);
            QCOMPARE(window.currentReview()->events.size(), m_events.size());
        }
        // Reopen from disk: states, events and threshold are in the case.
        MainWindow window;
        openCaseAndClip(window);
        QTRY_VERIFY(window.currentReview() && window.currentReview()->hasRun());
        const ui::MediaReview* review = window.currentReview();
        QCOMPARE(review->threshold(), originalThreshold);
        QCOMPARE(review->events.size(), m_events.size());
        QCOMPARE(state(review->events.front().status), QStringLiteral("confirmed"));
        QCOMPARE(review->events.front().startFrame, m_events.front().startFrame);
        QCOMPARE(state(window.eventsDock()->events().front().status), QStringLiteral("confirmed"));
    }

    void inAndOutKeysAnnotateARangeThatSurvivesReopening()
    {
        {
            MainWindow window;
            openCaseAndClip(window);
            window.playback()->seek(10);
            QTRY_COMPARE(window.displayedFrameIndex(), qint64(10));
            QTest::keyClick(&window, Qt::Key_I);
            window.playback()->seek(30);
            QTRY_COMPARE(window.displayedFrameIndex(), qint64(30));
            QTest::keyClick(&window, Qt::Key_O);
            ui::AnnotationDialog* dialog = window.annotationsDock()->activeDialog();
            QVERIFY(dialog);
            QCOMPARE(dialog->startFrameBox()->value(), 10);
            QCOMPARE(dialog->endFrameBox()->value(), 30);
            dialog->labelBox()->setEditText(QStringLiteral("Cyclist on the walkway"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            QTRY_COMPARE(window.annotationsDock()->annotations().size(), std::size_t(1));
            QCOMPARE(window.scoreTimeline()->annotationSpanCount(), std::size_t(1));
        }
        MainWindow window;
        openCaseAndClip(window);
        QCOMPARE(window.annotationsDock()->annotations().size(), std::size_t(1));
        const store::Annotation& stored = window.annotationsDock()->annotations().front();
        QCOMPARE(stored.frameStart, std::int64_t(10));
        QCOMPARE(stored.frameEnd, std::int64_t(30));
        QCOMPARE(QString::fromStdString(stored.label), QStringLiteral("Cyclist on the walkway"));
        QCOMPARE(window.scoreTimeline()->annotationSpanCount(), std::size_t(1));
    }

    void heatMapOverlayFollowsTheFrame()
    {
        MainWindow window;
        openCaseAndClip(window);
        QTRY_VERIFY(window.currentReview() && window.currentReview()->hasRun());
        if (window.currentReview()->heatMapTypical <= 0.0)
            QSKIP("this build's analyses store no heat maps");
        window.heatMapAction()->setChecked(true);
        const std::int64_t peak = m_events.front().peakFrame;
        window.playback()->seek(peak);
        QTRY_COMPARE(window.displayedFrameIndex(), peak);
        QTRY_VERIFY(!window.videoView()->overlay().isNull());
        QTest::keyClick(&window, Qt::Key_H);
        QVERIFY(window.videoView()->overlay().isNull());
        QTest::keyClick(&window, Qt::Key_H);
        QVERIFY(!window.videoView()->overlay().isNull());
        window.grab().save(uitest::screenshotPath(QStringLiteral("review-window.png")));
    }

    void analyseDialogShowsTheModelAndSettingsAreKept()
    {
        // Settings: an own threshold and event rules, saved and read back,
        // and used by the analyse dialog.
        {
            ui::SettingsDialog settings;
            ui::ReviewSettings chosen;
            chosen.threshold = 1.25;
            chosen.eventTiming.minDurationSeconds = 0.8;
            chosen.eventTiming.paddingSeconds = 1.5;
            chosen.cpuThreads = 1;
            settings.setSettings(chosen);
            settings.show();
            settings.grab().save(uitest::screenshotPath(QStringLiteral("settings-dialog.png")));
            settings.accept();
        }
        const ui::ReviewSettings loaded = ui::ReviewSettings::load();
        QCOMPARE(loaded.threshold.value_or(-1.0), 1.25);
        QCOMPARE(loaded.eventTiming.minDurationSeconds, 0.8);
        QCOMPARE(loaded.eventTiming.paddingSeconds, 1.5);
        QCOMPARE(loaded.cpuThreads, 1);

        ui::AnalyseDialog dialog(m_case, {m_clip}, m_clip, {}, nullptr);
        dialog.selectModel(QStringLiteral(ANOMALENS_SAMPLE_MODEL));
        dialog.show();
        bool describesModel = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            describesModel = describesModel || (label->text().contains(QStringLiteral("mnad-pred")) &&
                                                label->text().contains(QStringLiteral("small")));
        QVERIFY2(describesModel, "the model's method and profile are not shown");
        // "All files" checks every file of the case, and unchecking it none.
        auto* all = dialog.findChild<QCheckBox*>();
        QVERIFY(all);
        all->setChecked(true);
        all->setChecked(false);
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.fileList()->item(0)->setCheckState(Qt::Checked);
        const ui::AnalysisRequest request = dialog.request();
        QCOMPARE(request.files, QStringList{m_clip});
        QCOMPARE(request.modelPath, QStringLiteral(ANOMALENS_SAMPLE_MODEL));
        QCOMPARE(request.threshold.value_or(-1.0), 1.25);
        QCOMPARE(request.eventTiming.minDurationSeconds, 0.8);
        dialog.grab().save(uitest::screenshotPath(QStringLiteral("analyse-dialog.png")));
        // Back to the defaults for the other tests.
        ui::ReviewSettings().save();
        ui::ReviewSettings().applyDevice();
    }

private:
    void openCaseAndClip(MainWindow& window)
    {
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy caseOpened(&window, &MainWindow::caseOpened);
        QSignalSpy mediaOpened(&window, &MainWindow::mediaOpened);
        // A case opened with nothing on screen opens its (only) file.
        window.openPath(m_case);
        QTRY_COMPARE(caseOpened.count(), 1);
        QTRY_COMPARE(mediaOpened.count(), 1);
        QCOMPARE(mediaOpened.front().front().toString(), m_clip);
        QTRY_VERIFY(window.displayedFrameIndex() >= 0);
        QTRY_VERIFY(!window.isReviewPending());
    }

    std::unique_ptr<uitest::IsolatedSettings> m_settings;
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_case;
    std::int64_t m_anomalyFirst = 0;
    std::int64_t m_anomalyLast = 0;
    std::vector<store::EventRecord> m_events;
};

QTEST_MAIN(ReviewTest)
#include "tst_review.moc"
