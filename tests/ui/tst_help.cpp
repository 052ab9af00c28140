// The Help menu (About box, user guide, shortcut table) and crash safety:
// exceptions escaping event handlers are logged and reported, worker failures
// are logged, and the window's layout survives a restart.
#include "controllers/applog.h"
#include "controllers/caseloader.h"
#include "controllers/guardedapplication.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/userguidedialog.h"
#include "docks/annotationsdock.h"
#include "docks/eventsdock.h"
#include "mainwindow.h"
#include "models/device.h"
#include "theme.h"
#include "uitestsupport.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <stdexcept>

using namespace anomalens;

namespace {

ui::GuardedApplication* guardedApp() { return static_cast<ui::GuardedApplication*>(QCoreApplication::instance()); }

QAction* actionWithRole(const QWidget& window, QAction::MenuRole role)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->menuRole() == role)
            return action;
    return nullptr;
}

QString readLog()
{
    QFile file(ui::applog::filePath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The box's parent is whichever window was active: look everywhere.
QList<QMessageBox*> unexpectedErrorBoxes()
{
    QList<QMessageBox*> boxes;
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->objectName() == QLatin1String("unexpectedErrorBox"))
            boxes << box;
    return boxes;
}

void showAndActivate(QWidget& window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

class HelpTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::applyDarkTheme(*guardedApp());
        QVERIFY(m_logDir.isValid());
        ui::applog::setFilePath(m_logDir.filePath(QStringLiteral("logs/anomalens.log")));
    }

    void init() { m_settings = std::make_unique<uitest::IsolatedSettings>(); }

    void aboutListsTheVersions()
    {
        ui::MainWindow window;
        showAndActivate(window);
        QAction* about = actionWithRole(window, QAction::AboutRole);
        QVERIFY(about);
        about->trigger();
        auto* dialog = window.findChild<ui::AboutDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        const QString report = dialog->reportText();
        QVERIFY2(report.contains(QStringLiteral("Anomalens: " ANOMALENS_EXPECTED_VERSION)), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())), qPrintable(report));
        const QRegularExpression libtorch(QStringLiteral("^LibTorch: \\d+\\.\\d+"), QRegularExpression::MultilineOption);
        QVERIFY2(report.contains(libtorch), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("LibTorch: ") + QString::fromStdString(models::libtorchVersion())));
        const QRegularExpression ffmpeg(QStringLiteral("^FFmpeg: \\S*\\d+\\.\\d+.*libavformat \\d+\\.\\d+\\.\\d+"),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(report.contains(ffmpeg), qPrintable(report));
        const QRegularExpression sqlite(QStringLiteral("^SQLite: 3\\.\\d+\\.\\d+"), QRegularExpression::MultilineOption);
        QVERIFY2(report.contains(sqlite), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("QCustomPlot: 2.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Device: ") + QString::fromStdString(models::describeDevice())),
                 qPrintable(report));
        // The dialog shows what it copies.
        const QString shown = dialog->findChild<QTextBrowser*>(QStringLiteral("aboutVersions"))->toPlainText();
        QVERIFY2(shown.contains(QString::fromStdString(models::libtorchVersion())), qPrintable(shown));
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));

        QApplication::clipboard()->clear();
        dialog->findChild<QPushButton*>(QStringLiteral("aboutCopy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), report);

        QVERIFY(dialog->grab().save(uitest::screenshotPath(QStringLiteral("about-dialog.png"))));
        dialog->close();
    }

    void f1OpensTheGuideWithEveryShortcut()
    {
        ui::MainWindow window;
        showAndActivate(window);
        QTest::keyClick(&window, Qt::Key_F1);
        auto* guide = window.findChild<ui::UserGuideDialog*>();
        QVERIFY2(guide, "F1 opened no guide");
        QTRY_VERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();

        // Every action of the window with a shortcut, found independently of
        // the guide's own collection.
        QList<QAction*> actions = window.actions() + window.findChildren<QAction*>();
        int withShortcut = 0;
        const QList<ui::UserGuideDialog::ShortcutRow> rows = ui::UserGuideDialog::shortcutRows(&window);
        QSet<QAction*> checked;
        for (QAction* action : std::as_const(actions)) {
            if (action->shortcuts().isEmpty() || checked.contains(action))
                continue;
            checked.insert(action);
            ++withShortcut;
            const QString label = ui::UserGuideDialog::actionLabel(action);
            const QString keys = ui::UserGuideDialog::keysLabel(action);
            QVERIFY(!label.isEmpty());
            bool listed = false;
            for (const auto& row : rows)
                listed = listed || (row.action == label && row.keys == keys);
            QVERIFY2(listed, qPrintable(QStringLiteral("%1 (%2) is not in the table").arg(label, keys)));
            QVERIFY2(text.contains(label) && text.contains(keys),
                     qPrintable(QStringLiteral("%1 (%2) is not in the guide's text").arg(label, keys)));
        }
        QCOMPARE(rows.size(), withShortcut);  // and nothing else
        QVERIFY(withShortcut >= 25);          // the window's menus, not an empty list
        QVERIFY(text.contains(QStringLiteral("F1")));
        QVERIFY(text.contains(QStringLiteral("Ctrl+R")));

        // The score section says what the score is and is not.
        QVERIFY(text.contains(QStringLiteral("standard deviations")));
        QVERIFY(text.contains(QStringLiteral("1 normal frame in 200")));
        QVERIFY(text.contains(QStringLiteral("not evidence by itself")));
        QVERIFY(text.contains(QStringLiteral("same camera and view")));
        QVERIFY(text.contains(QStringLiteral("The reviewer decides")));

        guide->resize(760, 900);
        QVERIFY(guide->grab().save(uitest::screenshotPath(QStringLiteral("user-guide.png"))));
        guide->showSection(ui::UserGuideDialog::Section::Shortcuts);
        QVERIFY(guide->grab().save(uitest::screenshotPath(QStringLiteral("user-guide-shortcuts.png"))));
        guide->showSection(ui::UserGuideDialog::Section::Score);
        QVERIFY(guide->grab().save(uitest::screenshotPath(QStringLiteral("user-guide-score.png"))));
        guide->close();
    }

    void exceptionInASlotIsLoggedAndReported()
    {
        ui::MainWindow window;
        showAndActivate(window);
        const int caughtBefore = guardedApp()->caughtCount();
        QSignalSpy caught(guardedApp(), &ui::GuardedApplication::exceptionCaught);
        // A queued call: the slot runs from the event loop, inside notify().
        QMetaObject::invokeMethod(
            &window, [] { throw std::runtime_error("the export folder vanished (4711)"); }, Qt::QueuedConnection);
        QTRY_COMPARE(guardedApp()->caughtCount(), caughtBefore + 1);
        QCOMPARE(caught.size(), 1);
        QCOMPARE(caught.at(0).at(0).toString(), QStringLiteral("the export folder vanished (4711)"));
        QVERIFY2(readLog().contains(QStringLiteral("the export folder vanished (4711)")), qPrintable(readLog()));
        QVERIFY(readLog().contains(QStringLiteral("Unhandled exception")));

        QTRY_COMPARE(unexpectedErrorBoxes().size(), 1);
        QMessageBox* box = unexpectedErrorBoxes().value(0);
        QVERIFY(box->informativeText().contains(QStringLiteral("the export folder vanished (4711)")));

        // A second one from a timer while the box is open: logged, no second box.
        QTimer::singleShot(0, &window, [] { throw std::logic_error("second failure 4712"); });
        QTRY_COMPARE(guardedApp()->caughtCount(), caughtBefore + 2);
        QVERIFY(readLog().contains(QStringLiteral("second failure 4712")));
        QCOMPARE(unexpectedErrorBoxes().size(), 1);
        box->accept();
        QTRY_COMPARE(unexpectedErrorBoxes().size(), 0);  // deleted on close

        // The application keeps running: events are still delivered and the
        // window still answers its commands.
        bool ran = false;
        QTimer::singleShot(10, &window, [&ran] { ran = true; });
        QTRY_VERIFY(ran);
        // (The closed box handed activation back to nobody on offscreen.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.findChild<ui::UserGuideDialog*>() && window.findChild<ui::UserGuideDialog*>()->isVisible());
    }

    void workerFailureIsLogged()
    {
        ui::CaseLoader loader;
        QSignalSpy failed(&loader, &ui::CaseLoader::failed);
        const QString missing = m_logDir.filePath(QStringLiteral("no such case 4713.alcase"));
        loader.load(missing);
        QTRY_COMPARE(failed.size(), 1);
        const QString log = readLog();
        QVERIFY2(log.contains(QStringLiteral("Opening the case \"%1\" failed: ").arg(missing)), qPrintable(log));
        // Timestamped lines: "2026-11-24T10:59:53.123Z error ...".
        QVERIFY(log.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z error Opening"))));
    }

    void layoutSurvivesRestart()
    {
        QList<int> sizes;
        {
            ui::MainWindow window;
            showAndActivate(window);
            QSplitter* splitter = window.reviewSplitter();
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            QVERIFY(total > 200);
            splitter->setSizes({total - 150, 150});
            sizes = splitter->sizes();
            QCOMPARE(sizes.value(1), 150);
            window.eventsDock()->close();
            QVERIFY(window.eventsDock()->isHidden());
            window.close();
        }
        {
            ui::MainWindow window;
            showAndActivate(window);
            QTRY_COMPARE(window.reviewSplitter()->sizes(), sizes);
            QVERIFY(window.eventsDock()->isHidden());
            QVERIFY(!window.annotationsDock()->isHidden());
            // And the other way round.
            window.eventsDock()->show();
            window.annotationsDock()->close();
            window.close();
        }
        {
            ui::MainWindow window;
            showAndActivate(window);
            QTRY_COMPARE(window.reviewSplitter()->sizes(), sizes);
            QVERIFY(!window.eventsDock()->isHidden());
            QVERIFY(window.annotationsDock()->isHidden());
        }
    }

private:
    QTemporaryDir m_logDir;
    std::unique_ptr<uitest::IsolatedSettings> m_settings;
};

// Not QTEST_MAIN: the suite needs the application class the app uses, whose
// notify() is under test.
int main(int argc, char** argv)
{
    ui::GuardedApplication application(argc, argv);
    HelpTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_help.moc"
