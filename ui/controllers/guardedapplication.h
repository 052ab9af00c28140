#pragma once
// GuardedApplication: a QApplication that survives an exception escaping an
// event handler or slot. Qt's default is std::terminate, which would lose the
// reviewer's unsaved work for what is usually one failed command (a file that
// vanished, a full disk). The exception is caught in notify(), written to the
// log (applog) and shown in an error box; the event loop goes on.
//
// Exceptions thrown on worker threads never get here: the workers (analysis,
// training, case and review loading) catch and report their own.
#include <QApplication>

namespace anomalens::ui {

class GuardedApplication : public QApplication {
    Q_OBJECT

public:
    GuardedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // How many exceptions notify() has caught (tests).
    int caughtCount() const { return m_caughtCount; }

Q_SIGNALS:
    // After the exception was logged, before the box opens.
    void exceptionCaught(const QString& message);

private:
    void report(const QString& message, const QObject* receiver, const QEvent* event);

    int m_caughtCount = 0;
    bool m_boxOpen = false;  // one box at a time: a failing timer would flood the screen
};

} // namespace anomalens::ui
