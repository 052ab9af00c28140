// Open Case…: the case's media listed in the Case Media dock, greyed when
// missing, opened on activation; bad case files reported.
#include "controllers/mediatimeline.h"
#include "controllers/recentfiles.h"
#include "docks/casemediadock.h"
#include "mainwindow.h"
#include "theme.h"
#include "uitestsupport.h"

#include "store/casedatabase.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace anomalens;
using anomalens::ui::MainWindow;

class CaseMediaTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<uitest::IsolatedSettings>();
        // The screenshots show the window as users see it.
        ui::applyDarkTheme(*static_cast<QApplication*>(QCoreApplication::instance()));
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("entrance.mp4"));
        QString reason;
        if (!uitest::makeTestClip(m_clip, 30, 320, 240, 30, &reason))
            QSKIP(qPrintable(QStringLiteral("cannot generate test footage: %1").arg(reason)));

        m_case = m_dir.filePath(QStringLiteral("burglary.alcase"));
        store::CaseMetadata metadata;
        metadata.name = "Burglary 2024-031";
        auto database = store::CaseDatabase::create(QFile::encodeName(m_case).toStdString(), metadata);
        const store::MediaRecord entrance = database.importMedia(QFile::encodeName(m_clip).toStdString());
        // An analysis of it that flagged two events.
        store::ModelRecord model;
        model.name = "entrance.alm";
        model.method = "mnad-pred";
        model.profile = "lite";
        model.path = "/models/entrance.alm";
        model.sha256 = std::string(64, 'b');
        store::RunRecord run;
        run.mediaId = entrance.id;
        run.modelId = database.addModel(model);
        const std::int64_t runId = database.createRun(run);
        database.addEvents(runId, {{0, runId, 2, 8, 5, 3.5, store::EventStatus::Unreviewed},
                                   {0, runId, 20, 25, 22, 4.0, store::EventStatus::Unreviewed}});
        database.finishRun(runId, store::RunStatus::Completed);
        // A file the case references but that is no longer there.
        database.addMedia(uitest::madeUpMediaRecord(m_dir.filePath(QStringLiteral("moved/yard.mp4"))));
        // One whose analysis was stopped after 100 of its 250 frames.
        store::RunRecord stopped;
        stopped.mediaId = database.addMedia(uitest::madeUpMediaRecord(m_dir.filePath(QStringLiteral("moved/lobby.mp4")), 'e'));
        stopped.modelId = run.modelId;
        const std::int64_t stoppedId = database.createRun(stopped);
        std::vector<store::FrameScore> scores;
        for (std::int64_t frame = 0; frame < 100; ++frame)
            scores.push_back({frame, 0.5, {}});
        database.appendFrameScores(stoppedId, scores);
        database.finishRun(stoppedId, store::RunStatus::Cancelled, "stopped by the reviewer");
    }

    void listsTheCasesMediaAndOpensOne()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy caseOpened(&window, &MainWindow::caseOpened);
        QSignalSpy mediaOpened(&window, &MainWindow::mediaOpened);
        window.openPath(m_case);
        QTRY_COMPARE(caseOpened.count(), 1);

        ui::CaseMediaDock* dock = window.caseMediaDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->casePath(), QFileInfo(m_case).absoluteFilePath());
        QTreeWidget* list = dock->mediaList();
        QCOMPARE(list->topLevelItemCount(), 3);
        QTreeWidgetItem* present = nullptr;
        QTreeWidgetItem* missing = nullptr;
        QTreeWidgetItem* stopped = nullptr;
        for (int row = 0; row < 3; ++row) {
            QTreeWidgetItem* item = list->topLevelItem(row);
            if (item->text(0) == QStringLiteral("entrance.mp4"))
                present = item;
            else if (item->text(0) == QStringLiteral("yard.mp4"))
                missing = item;
            else
                stopped = item;
        }
        QVERIFY(present && missing && stopped);
        QCOMPARE(stopped->text(3), QStringLiteral("40 %"));  // analysis stopped at frame 100 of 250
        QCOMPARE(missing->text(0), QStringLiteral("yard.mp4"));
        QVERIFY(!present->isDisabled());
        QVERIFY(missing->isDisabled());
        QCOMPARE(present->text(1), QStringLiteral("00:00:01.000"));
        QCOMPARE(present->text(3), QStringLiteral("2"));        // events of its analysis
        QCOMPARE(missing->text(3), QStringLiteral("—"));        // never analysed
        QVERIFY(present->toolTip(0).contains(QStringLiteral("SHA-256")));

        // Nothing was on screen, so the case opened its first file that is
        // still there.
        QTRY_COMPARE(mediaOpened.count(), 1);
        QCOMPARE(mediaOpened.front().front().toString(), QFileInfo(m_clip).absoluteFilePath());
        // Activating the missing one does nothing; the present one opens.
        Q_EMIT list->itemActivated(missing, 0);
        QTest::qWait(100);
        QCOMPARE(mediaOpened.count(), 1);
        Q_EMIT list->itemActivated(present, 0);
        QTRY_COMPARE(mediaOpened.count(), 2);
        QCOMPARE(window.timeline().path(), QFileInfo(m_clip).absoluteFilePath());
        QTRY_COMPARE(window.displayedFrameIndex(), qint64(0));
        const QString difference =
            uitest::imageDifference(window.displayedImage(), uitest::referenceFrame(m_clip, 0));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(present->font(0).bold());  // marked as the one on screen

        QVERIFY(window.recentFiles()->paths().contains(QFileInfo(m_case).absoluteFilePath()));
        QTest::qWait(100);
        window.grab().save(uitest::screenshotPath(QStringLiteral("mainwindow-case.png")));
    }

    void aBadCaseFileIsReported()
    {
        const QString bad = m_dir.filePath(QStringLiteral("broken.alcase"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not an sqlite database");
        }
        MainWindow window;
        window.show();
        QSignalSpy errors(&window, &MainWindow::errorReported);
        window.openPath(bad);
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("broken.alcase")));
        QVERIFY(!errors.at(0).at(1).toString().isEmpty());
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("errorBox")));
        QVERIFY(!window.caseMediaDock()->isVisible());
    }

private:
    std::unique_ptr<uitest::IsolatedSettings> m_settings;
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_case;
};

QTEST_MAIN(CaseMediaTest)
#include "tst_casemedia.moc"
