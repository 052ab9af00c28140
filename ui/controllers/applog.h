#pragma once
// AppLog: the application's log file, so a reviewer can attach what went
// wrong to a bug report after the message box is gone. Lines are appended,
// timestamped (UTC, ISO 8601 with milliseconds), to
// QStandardPaths::AppDataLocation/logs/anomalens.log. Every function is
// thread-safe: the workers (analysis, training, case loading) log from pool
// threads.
#include <QString>

namespace anomalens::ui::applog {

// Routes Qt's messages (qDebug() ... qFatal()) into the log file as well as
// to the previous handler (stderr), so nothing the console showed is lost.
// Call once, after the application's names are set (they pick the folder).
void installMessageHandler();

// The file lines go to. Defaults to the AppDataLocation path; tests point it
// elsewhere. An empty path restores the default.
QString filePath();
void setFilePath(const QString& path);

// Appends one line: "<timestamp> <level> <message>". `level` is a short word
// ("error", "warning", "info"). Never throws: logging must not add a failure
// to the one being logged.
void write(const QString& level, const QString& message);

// A worker's failure: "<what> failed: <message>", at level "error".
void failure(const QString& what, const QString& message);

} // namespace anomalens::ui::applog
