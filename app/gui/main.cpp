// anomalens: the review window.
//
//   anomalens [PATH] [--heat-map] [--screenshot FILE [--frame N] [--size WxH]]
//
// PATH is a video file, a frame folder or a case (.alcase). --screenshot
// renders the window after PATH's frame is on screen into FILE and exits; it
// needs no display (it selects the offscreen platform unless one is set).
#include "controllers/applog.h"
#include "controllers/guardedapplication.h"
#include "mainwindow.h"
#include "screenshotjob.h"
#include "theme.h"
#include "translation.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

#include <cstring>
#include <optional>

namespace {

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // The platform is chosen when QApplication is constructed, before the
    // command line parser can run.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Logs and reports an exception escaping an event handler instead of
    // terminating (and losing the reviewer's work).
    anomalens::ui::GuardedApplication application(argc, argv);
    // QSettings (recent files, window layout) are stored under these names.
    QApplication::setOrganizationName(QStringLiteral("Anomalens"));
    QApplication::setOrganizationDomain(QStringLiteral("anomalens.org"));
    QApplication::setApplicationName(QStringLiteral("Anomalens"));
    QApplication::setApplicationVersion(QStringLiteral(ANOMALENS_VERSION));
    // After the names: they choose the log's folder.
    anomalens::ui::applog::installMessageHandler();
    anomalens::ui::applog::write(QStringLiteral("info"), QStringLiteral("Anomalens %1 started (Qt %2)")
                                                             .arg(QApplication::applicationVersion(),
                                                                  QString::fromLatin1(qVersion())));
    anomalens::ui::applyDarkTheme(application);
    // Before anything builds a string for the user (the parser's --help too);
    // the language stored in Settings, or the system's.
    anomalens::ui::installTranslations(application, anomalens::ui::storedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Forensic review of CCTV footage."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("main", "Video file, frame folder or case (.alcase) to open."),
                                 QStringLiteral("[path]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save an image of the window to <file> once the frame is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption frameOption(QStringLiteral("frame"),
                                         QApplication::translate("main", "Frame to show for --screenshot."),
                                         QStringLiteral("n"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size, e.g. 1280x800."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption heatMapOption(QStringLiteral("heat-map"),
                                           QApplication::translate("main", "Start with the heat map overlay on."));
    parser.addOptions({screenshotOption, frameOption, sizeOption, heatMapOption});
    parser.process(application);

    // A screenshot shows the default layout and must not add to the user's
    // recent files: give it throw-away settings.
    std::optional<QTemporaryDir> screenshotSettings;
    if (parser.isSet(screenshotOption)) {
        screenshotSettings.emplace();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, screenshotSettings->path());
    }

    anomalens::ui::MainWindow window;
    // Screenshots are taken at the default size unless told otherwise (the
    // offscreen screen is smaller than that).
    if (parser.isSet(screenshotOption) && !parser.isSet(sizeOption))
        window.resize(1280, 800);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts[0].toInt(), parts[1].toInt());
    }
    window.show();
    if (parser.isSet(heatMapOption))
        window.heatMapAction()->setChecked(true);

    const QString path = parser.positionalArguments().value(0);
    if (parser.isSet(screenshotOption)) {
        bool frameOk = false;
        const qint64 frame = parser.value(frameOption).toLongLong(&frameOk);
        auto* job = new anomalens::ui::ScreenshotJob(&window, parser.value(screenshotOption),
                                                      frameOk ? frame : -1, !path.isEmpty());
        QObject::connect(job, &anomalens::ui::ScreenshotJob::finished, &application, &QApplication::exit);
        job->start();
    }
    window.openPath(path);
    return application.exec();
}
