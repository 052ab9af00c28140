// The Export menu of the review window, driven offscreen: the report and the
// annotated clip of an event are written on a worker (the window keeps
// running) with their .sha256 sidecars; an existing file is only replaced
// after the user agrees; cancelling from the status bar leaves no file.
#include "exporttestcase.h"
#include "uitestsupport.h"

#include "controllers/exportjob.h"
#include "docks/eventsdock.h"
#include "mainwindow.h"

#include "export/exportfile.h"
#include "export/scoresexport.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

using namespace anomalens;
using anomalens::ui::MainWindow;

namespace {

std::filesystem::path local(const QString& path) { return QFile::encodeName(path).toStdString(); }

QMessageBox* findBox(const MainWindow& window, const QString& name)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>(name))
        if (box->isVisible())
            return box;
    return nullptr;
}

} // namespace

class ExportMenuTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<uitest::IsolatedSettings>();
        QVERIFY(m_dir.isValid());
        QString reason;
        m_case = uitest::makeExportTestCase(m_dir.path(), 2, &reason);
        if (m_case.casePath.isEmpty())
            QSKIP(qPrintable(reason));
    }

    void menuHasTheExports()
    {
        MainWindow window;
        QMenu* exportMenu = window.findChild<QMenu*>(QStringLiteral("exportMenu"));
        QVERIFY(exportMenu);
        QVERIFY(exportMenu->actions().contains(window.exportReportAction()));
        QVERIFY(exportMenu->actions().contains(window.exportClipAction()));
        QVERIFY(exportMenu->actions().contains(window.exportOriginalClipAction()));
        QVERIFY(exportMenu->actions().contains(window.exportConfirmedClipsAction()));
        QVERIFY(exportMenu->actions().contains(window.exportScoresAction()));
        QVERIFY(window.menuBar()->actions().contains(exportMenu->menuAction()));
        // Nothing to export without a case.
        QVERIFY(!window.exportReportAction()->isEnabled());
        QVERIFY(!window.exportClipAction()->isEnabled());
        QVERIFY(!window.exportScoresAction()->isEnabled());
    }

    void exportsReportAndClipFromTheWindow()
    {
        MainWindow window;
        openCase(window);
        QSignalSpy finished(&window, &MainWindow::exportFinished);

        const QString pdf = m_dir.filePath(QStringLiteral("window report.pdf"));
        window.exportReportTo(pdf);
        QVERIFY(window.exportJob()->isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        QVERIFY(exporting::sidecarMatches(local(pdf)));

        const QString clip = m_dir.filePath(QStringLiteral("window clip.mp4"));
        window.eventsDock()->selectEvent(m_case.events.front().id);
        window.exportEventClipTo(clip, m_case.events.front().id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        QVERIFY(exporting::sidecarMatches(local(clip)));

        // Again to the same file: the window asks; Cancel keeps the file, Replace writes it.
        const QByteArray before = sha256Sidecar(pdf);
        window.exportReportTo(pdf);
        QTRY_VERIFY(findBox(window, QStringLiteral("exportOverwriteBox")));
        findBox(window, QStringLiteral("exportOverwriteBox"))->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.takeFirst().front().toBool(), false);
        QCOMPARE(sha256Sidecar(pdf), before);
        window.exportReportTo(pdf);
        QTRY_VERIFY(findBox(window, QStringLiteral("exportOverwriteBox")));
        findBox(window, QStringLiteral("exportOverwriteBox"))->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        QVERIFY(exporting::sidecarMatches(local(pdf)));
        QVERIFY(sha256Sidecar(pdf) != before);   // a new report (it lists the first export)
    }

    void exportsOriginalClipsAndScoresFromTheWindow()
    {
        MainWindow window;
        openCase(window);
        // The menu as the reviewer sees it with a case and an analysis open.
        QMenu* exportMenu = window.findChild<QMenu*>(QStringLiteral("exportMenu"));
        exportMenu->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(exportMenu));
        QVERIFY(exportMenu->grab().save(uitest::screenshotPath(QStringLiteral("export_menu.png"))));
        exportMenu->hide();
        QVERIFY(window.exportOriginalClipAction()->isEnabled());
        QVERIFY(window.exportConfirmedClipsAction()->isEnabled());
        QVERIFY(window.exportScoresAction()->isEnabled());
        QSignalSpy finished(&window, &MainWindow::exportFinished);

        // The event's own footage, stream-copied: one second of context, and the
        // status bar reports the range the file really holds.
        const store::EventRecord& event = m_case.events.front();
        const QString original = m_dir.filePath(QStringLiteral("window original é.mp4"));
        window.exportOriginalClipTo(original, event.id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        QVERIFY(exporting::sidecarMatches(local(original)));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("asked for %1–%2").arg(event.startFrame - uitest::kExportClipFps)
                                      .arg(event.endFrame + uitest::kExportClipFps)),
                 qPrintable(message));

        const QString reencoded = m_dir.filePath(QStringLiteral("window reencoded.mkv"));
        window.exportOriginalClipTo(reencoded, event.id, true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        QVERIFY(exporting::sidecarMatches(local(reencoded)));

        // Scores as CSV: a header and one row per frame of the run.
        const QString csv = m_dir.filePath(QStringLiteral("window scores.csv"));
        window.exportScoresTo(csv, exporting::ScoresFormat::Csv);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        QVERIFY(exporting::sidecarMatches(local(csv)));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY(lines.front().startsWith("frame,time_s,score"));
        QVERIFY(lines.size() > 10);

        // One clip per confirmed event of the case, into a folder.
        const QString folder = m_dir.filePath(QStringLiteral("confirmed clips"));
        window.exportConfirmedClipsTo(folder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.takeFirst().front().toBool(), true);
        const QStringList clips = QDir(folder).entryList({QStringLiteral("*.mp4")}, QDir::Files);
        const auto confirmed = std::count_if(m_case.events.begin(), m_case.events.end(), [](const auto& e) {
            return e.status == store::EventStatus::Confirmed;
        });
        QCOMPARE(clips.size(), int(confirmed));
        for (const QString& clip : clips)
            QVERIFY(exporting::sidecarMatches(local(QDir(folder).filePath(clip))));
    }

    void cancelFromTheStatusBarLeavesNothing()
    {
        MainWindow window;
        openCase(window);
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        QSignalSpy progressed(window.exportJob(), &ui::ExportJob::progressed);
        const QString clip = m_dir.filePath(QStringLiteral("cancelled clip.mp4"));
        auto* cancel = window.findChild<QPushButton*>(QStringLiteral("exportCancel"));
        QVERIFY(cancel);
        window.exportEventClipTo(clip, m_case.events.front().id);
        QVERIFY(cancel->isVisible());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY(!cancel->isVisible());
        QVERIFY(!QFileInfo::exists(clip));
        QVERIFY(!QFileInfo::exists(clip + QStringLiteral(".partial")));
        QVERIFY(!QFileInfo::exists(clip + QStringLiteral(".sha256")));
    }

private:
    void openCase(MainWindow& window)
    {
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy caseOpened(&window, &MainWindow::caseOpened);
        window.openPath(m_case.casePath);
        QTRY_COMPARE(caseOpened.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.displayedFrameIndex() >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isReviewPending(), 10000);
        QTRY_COMPARE(window.eventsDock()->events().size(), m_case.events.size());
    }

    static QByteArray sha256Sidecar(const QString& file)
    {
        QFile sidecar(file + QStringLiteral(".sha256"));
        return sidecar.open(QIODevice::ReadOnly) ? sidecar.readAll() : QByteArray();
    }

    std::unique_ptr<uitest::IsolatedSettings> m_settings;
    QTemporaryDir m_dir;
    uitest::ExportTestCase m_case;
};

QTEST_MAIN(ExportMenuTest)
#include "tst_exportmenu.moc"
