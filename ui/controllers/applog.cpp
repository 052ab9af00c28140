#include "controllers/applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

namespace anomalens::ui::applog {

namespace {

QMutex g_mutex;
QString g_path;  // guarded by g_mutex; empty = default
QtMessageHandler g_previousHandler = nullptr;

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs/anomalens.log");
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QString line = message;
    if (context.category && qstrcmp(context.category, "default") != 0)
        line = QStringLiteral("[%1] %2").arg(QLatin1String(context.category), message);
    write(QLatin1String(levelName(type)), line);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void installMessageHandler() { g_previousHandler = qInstallMessageHandler(messageHandler); }

QString filePath()
{
    const QMutexLocker lock(&g_mutex);
    return g_path.isEmpty() ? defaultPath() : g_path;
}

void setFilePath(const QString& path)
{
    const QMutexLocker lock(&g_mutex);
    g_path = path;
}

void write(const QString& level, const QString& message)
{
    // QFile may itself warn (qWarning) while we hold the mutex: that message
    // would come back here and deadlock. Drop it instead.
    thread_local bool writing = false;
    if (writing)
        return;
    writing = true;
    try {
        const QString path = filePath();
        const QMutexLocker lock(&g_mutex);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return;
        // One line per entry, so a multi-line core message stays greppable.
        QString text = message;
        text.replace(QLatin1Char('\n'), QStringLiteral(" | "));
        const QString line = QStringLiteral("%1 %2 %3\n")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), level, text);
        file.write(line.toUtf8());
    } catch (...) {
        // Out of memory or disk: the caller is already reporting a failure.
    }
    writing = false;
}

void failure(const QString& what, const QString& message)
{
    write(QStringLiteral("error"), QStringLiteral("%1 failed: %2").arg(what, message));
}

} // namespace anomalens::ui::applog
