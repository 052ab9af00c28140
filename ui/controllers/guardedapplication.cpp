#include "controllers/guardedapplication.h"

#include "controllers/applog.h"
#include "dialogs/errorbox.h"

#include <QEvent>
#include <QMessageBox>

#include <exception>

namespace anomalens::ui {

GuardedApplication::GuardedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception& error) {
        report(QString::fromLocal8Bit(error.what()), receiver, event);
    } catch (...) {
        report(tr("An unknown error occurred."), receiver, event);
    }
    // The event counts as handled: delivering it again would throw again.
    return true;
}

void GuardedApplication::report(const QString& message, const QObject* receiver, const QEvent* event)
{
    ++m_caughtCount;
    // Which object and event, for whoever reads the log; not for the box.
    const QString where = QStringLiteral("%1 \"%2\", event %3")
                              .arg(QLatin1String(receiver ? receiver->metaObject()->className() : "null"),
                                   receiver ? receiver->objectName() : QString(),
                                   QString::number(event ? static_cast<int>(event->type()) : -1));
    applog::write(QStringLiteral("error"), QStringLiteral("Unhandled exception (%1): %2").arg(where, message));
    Q_EMIT exceptionCaught(message);
    if (m_boxOpen)
        return;
    m_boxOpen = true;
    QMessageBox* box = showErrorBox(activeWindow(),
                                    tr("An unexpected error occurred. Anomalens keeps running; "
                                       "save your work and check the result of the last command."),
                                    tr("%1\n\nDetails are in the log: %2").arg(message, applog::filePath()));
    box->setObjectName(QStringLiteral("unexpectedErrorBox"));
    connect(box, &QObject::destroyed, this, [this] { m_boxOpen = false; });
}

} // namespace anomalens::ui
